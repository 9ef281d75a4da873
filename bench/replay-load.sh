#!/usr/bin/env bash
# Replay viewers from local storage: a fresh Marquee (H2, the built-in directory store) with one rtmp stage
# and a schedule of SESSIONS sessions of SESSION_SECONDS each, back to back; the clip of bench/rtmp.sh
# (1.5 Mbit/s) is published from 20 s before the first until 5 s after the last, so each session's
# replay is cut from one recording. Then bench/replay/load.js plays VIEWERS viewers spread evenly over
# those replays, each at real-time pace from a random position (definitions in its header). With two
# or more cores and PIN=1 (the default) Marquee's threads are pinned to core 1 and the load client to
# core 0 for the load (taskset). Prints a Markdown summary and keeps the JSON (and Marquee's log) in
# bench/replay/results/.
#   bench/replay-load.sh
# Environment: VIEWERS=500 SESSIONS=10 SESSION_SECONDS=12 WARMUP=10 MEASURE=60 RAMP=5 PIN=1
#   MARQUEE_PORT=18091 MARQUEE_RTMP_PORT=19357 MARQUEE_JAVA_OPTS QUIET_WAIT=600
set -euo pipefail
cd "$(dirname "$0")/.."
VIEWERS=${VIEWERS:-500}; SESSIONS=${SESSIONS:-10}; SESSION_SECONDS=${SESSION_SECONDS:-12}
WARMUP=${WARMUP:-10}; MEASURE=${MEASURE:-60}; RAMP=${RAMP:-5}; PIN=${PIN:-1}
MARQUEE_PORT=${MARQUEE_PORT:-18091}; MARQUEE_RTMP_PORT=${MARQUEE_RTMP_PORT:-19357}
MARQUEE_ADMIN_EMAIL=${MARQUEE_ADMIN_EMAIL:-bench@marquee.test}
MARQUEE_ADMIN_PASSWORD=${MARQUEE_ADMIN_PASSWORD:-bench-password-123}
stamp=$(date -u +%Y-%m-%dT%H-%M-%S)
clip=bench/rtmp/work/clip.flv
work=$(mktemp -d)
mpid=; fpid=; boot_lines=1; marquee_build=
stop() { [[ -n $1 ]] && kill "$1" 2>/dev/null && while kill -0 "$1" 2>/dev/null; do sleep 0.2; done; return 0; }
trap 'stop "$fpid"; stop "$mpid"; rm -rf "$work"' EXIT
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
# shellcheck source=bench/lib/marquee.sh
source bench/lib/marquee.sh
iso() { date -u -d "@$1" +%FT%TZ; }

rtmp_clip
wait_quiet
start_marquee
create_stage
first=$(( $(date +%s) + 20 ))
sessions=()
for k in $(seq 0 $(( SESSIONS - 1 ))); do
  sessions+=("$(api POST "/stages/$STAGE_ID/sessions" "{\"title\":\"Session $((k + 1))\",\"startsAt\":\"$(iso $(( first + k * SESSION_SECONDS )))\",\"endsAt\":\"$(iso $(( first + (k + 1) * SESSION_SECONDS )))\"}" | json j.session.id)")
done
last=$(( first + SESSIONS * SESSION_SECONDS ))
echo "publishing until $(iso $(( last + 5 ))) for $SESSIONS sessions of $SESSION_SECONDS s from $(iso "$first") ..." >&2
ffmpeg -hide_banner -nostdin -loglevel warning -re -stream_loop -1 -i "$clip" -c copy -f flv \
  "rtmp://127.0.0.1:$MARQUEE_RTMP_PORT/live/$STREAM_KEY" >>"$work/ffmpeg.log" 2>&1 & fpid=$!
marquee_source http-flv >/dev/null
sleep $(( last + 5 - $(date +%s) ))
stop "$fpid"; fpid=
for _ in $(seq 1 60); do # the recording is complete once its lane has stored and indexed the last segment
  [[ $(api GET "/stages/$STAGE_ID/recordings" | json "j.map((r) => r.status).join(' ')") == complete ]] && break
  sleep 0.5
done
recording=$(api GET "/stages/$STAGE_ID/recordings")
echo "recording: $(json "j.map((r) => r.status + ', ' + r.durationSeconds + ' s, ' + r.sizeBytes + ' bytes').join('; ')" <<<"$recording")" >&2
: >"$work/urls"
for id in "${sessions[@]}"; do
  replay=$(api GET "/sessions/$id/replay")
  echo "$MARQUEE_URL$(json 'j.sources[0].url' <<<"$replay")" >>"$work/urls"
  echo "session $id: replay of $(json 'j.durationSeconds' <<<"$replay") s" >&2
done

wait_quiet
pin=()
if [[ $PIN == 1 ]] && (( $(nproc) >= 2 )); then
  taskset -a -p -c 1 "$mpid" >/dev/null # every thread of Marquee's JVM; threads it starts later inherit it
  pin=(taskset -c 0)
fi
out=$("${pin[@]}" node bench/replay/load.js --urls "$work/urls" --viewers "$VIEWERS" --warmup "$WARMUP" \
  --measure "$MEASURE" --ramp "$RAMP" --server-pid "$mpid") || true
[[ $out == '{'* ]] || out='{"error":"load.js printed no result"}'
mkdir -p bench/replay/results
info=$(node -e 'const [b, r, p] = process.argv.slice(1); console.log(JSON.stringify({ marquee: b, recording: JSON.parse(r),
  pinned: p === "1", cores: require("os").cpus().length, node: process.version, loadAverageAtEnd: require("os").loadavg() }))' \
  "$marquee_build" "$recording" "$([[ ${#pin[@]} -gt 0 ]] && echo 1 || echo 0)")
node -e 'const [o, i] = process.argv.slice(1); console.log(JSON.stringify({ ...JSON.parse(i), result: JSON.parse(o) }, null, 1))' \
  "$out" "$info" >"bench/replay/results/$stamp.json"
cp "$work/marquee.log" "bench/replay/results/$stamp.marquee.log"
echo "results: bench/replay/results/$stamp.json; Marquee's log after it got ready (line $boot_lines):" \
  "$(tail -n +"$boot_lines" "$work/marquee.log" | grep -c -E 'WARNING|SEVERE' || true) WARNING/SEVERE lines" >&2
node -e '
  const r = JSON.parse(process.argv[1]);
  if (r.error) { console.log("failed: " + r.error); process.exit(1); }
  console.log(`(${process.argv[2]}; ${r.viewers} viewers over ${r.replays} replays, ${r.measure} s measured; pinned: ${process.argv[3]})`);
  console.log("| viewers | segments fetched | segment fetch p50 / p99 / max ms | playlist p50 / p99 ms | start-up p50 / p99 ms | viewers that fell behind | late segments | errors | Marquee CPU (one core = 100 %) | Marquee RSS max MiB | load client CPU | other CPU |");
  console.log("|---|---|---|---|---|---|---|---|---|---|---|---|");
  const errors = Object.values(r.errors).reduce((a, b) => a + b, 0);
  console.log(`| ${r.viewers} | ${r.segments} (${r.segmentsPerSecond}/s, ${r.mbps} Mbit/s) | ${r.segmentP50} / ${r.segmentP99} / ${r.segmentMax} | ${r.playlistP50} / ${r.playlistP99} | ${r.startP50} / ${r.startP99} | ${r.viewersFellBehind} | ${r.lateSegments} (max ${r.lateMsMax} ms late) | ${errors} | ${r.serverCpuPct} % | ${r.serverRssMaxMiB} | ${r.clientCpuPct} % | ${r.otherCpuPct} % |`);
' "$out" "$marquee_build" "$([[ ${#pin[@]} -gt 0 ]] && echo "Marquee on core 1, load client on core 0" || echo no)"
