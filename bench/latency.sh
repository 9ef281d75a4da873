#!/usr/bin/env bash
# Glass-to-glass latency without a camera: bench/latency/stamper.js makes 640x360 frames at 25 fps,
# each carrying the wall clock at the moment it is handed to the encoder; ffmpeg (x264 zerolatency,
# a keyframe every second, AAC) publishes them to an rtmp stage of a fresh Marquee; headless
# Chromium plays the stage's sources as the stage page does (hls.js for LL-HLS and HLS, mpegts.js for
# HTTP-FLV) and reads the stamp of every frame shown. Latency = shown − made, one clock, one machine.
# Prints a Markdown table (p50, p95, max per kind) and keeps bench/latency/results/<timestamp>.json.
#   bench/latency.sh
# Environment (all optional): KINDS="ll-hls http-flv hls"  WARMUP=15  MEASURE=45 (seconds per kind)
#   GOP=25 (frames between keyframes)  MARQUEE_PORT=18087 MARQUEE_RTMP_PORT=19353 QUIET_WAIT=600
set -euo pipefail
cd "$(dirname "$0")/.."
KINDS=${KINDS:-ll-hls http-flv hls}; WARMUP=${WARMUP:-15}; MEASURE=${MEASURE:-45}; GOP=${GOP:-25}
MARQUEE_PORT=${MARQUEE_PORT:-18087}; MARQUEE_RTMP_PORT=${MARQUEE_RTMP_PORT:-19353}
MARQUEE_ADMIN_EMAIL=${MARQUEE_ADMIN_EMAIL:-bench@marquee.test}
MARQUEE_ADMIN_PASSWORD=${MARQUEE_ADMIN_PASSWORD:-bench-password-123}
stamp=$(date -u +%Y-%m-%dT%H-%M-%S)
work=$(mktemp -d)
mpid=; ppid_=; boot_lines=1; marquee_build=
stop() { [[ -n $1 ]] && kill "$1" 2>/dev/null && while kill -0 "$1" 2>/dev/null; do sleep 0.2; done; return 0; }
trap 'stop "$ppid_"; stop "$mpid"; rm -rf "$work"' EXIT
[[ -d bench/latency/node_modules ]] || (cd bench/latency && npm ci --no-audit --no-fund --loglevel=error)

# shellcheck source=bench/lib/marquee.sh
source bench/lib/marquee.sh

publish() { # rtmp-url: the stamped camera through ffmpeg (sets ppid_)
  (node bench/latency/stamper.js | ffmpeg -hide_banner -nostdin -loglevel warning \
      -f rawvideo -pix_fmt yuv420p -s 640x360 -r 25 -i pipe: \
      -re -f lavfi -i sine=frequency=440:sample_rate=44100 \
      -c:v libx264 -preset ultrafast -tune zerolatency -pix_fmt yuv420p -b:v 1000k -g "$GOP" -keyint_min "$GOP" \
      -sc_threshold 0 -c:a aac -b:a 64k -f flv "$1" >>"$work/ffmpeg.log" 2>&1) &
  ppid_=$!
}

wait_quiet
start_marquee
create_stage
publish "rtmp://127.0.0.1:$MARQUEE_RTMP_PORT/live/$STREAM_KEY"
: >"$work/runs.jsonl"
for kind in $KINDS; do
  url=$(marquee_source "$kind") || { echo "no $kind source" >&2; continue; }
  echo "measuring $kind for ${MEASURE}s after ${WARMUP}s ..." >&2
  out=$(node bench/latency/probe.js "$kind" "$MARQUEE_URL$url" "$WARMUP" "$MEASURE") || true
  [[ $out == '{'* ]] || out="{\"kind\":\"$kind\",\"error\":\"probe.js printed no result\"}"
  printf '%s\n' "$out" >>"$work/runs.jsonl"
done

mkdir -p bench/latency/results
node -e '
  const fs = require("fs");
  const runs = fs.readFileSync(process.argv[1], "utf8").trim().split("\n").filter(Boolean).map(JSON.parse);
  const out = { date: process.argv[2], build: process.argv[3], gopFrames: Number(process.argv[4]), runs };
  fs.writeFileSync(process.argv[5], JSON.stringify(out, null, 2));
  console.log("| kind | frames read | unreadable | p50 ms | p95 ms | max ms |");
  console.log("|---|---|---|---|---|---|");
  for (const r of runs) console.log(`| ${r.kind} | ${r.frames ?? "-"} | ${r.unreadable ?? "-"} | ${r.p50 ?? "-"} | ${r.p95 ?? "-"} | ${r.max ?? "-"} |`);
' "$work/runs.jsonl" "$stamp" "$marquee_build" "$GOP" "bench/latency/results/$stamp.json"
echo "results: bench/latency/results/$stamp.json" >&2
