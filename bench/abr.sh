#!/usr/bin/env bash
# Adaptive-bitrate cost: bench/rtmp.sh's clip (H.264 720p30 CBR 1.4 Mbit/s, 2 s GOP, AAC 128k) published to a
# Marquee rtmp stage by `ffmpeg -re -stream_loop -1 -c copy`; the stage's transcoding ladder is switched on with
# one rendition at a time, then with the whole ladder. For each, the CPU of Marquee's transcoder (its ffmpeg
# child, from /proc, over the measured window) is printed beside the CPU of ffmpeg run alone on the same clip
# with the same arguments (reading the file in real time with -re, writing FLV to /dev/null instead of
# publishing to Marquee), and beside Marquee's estimate (POST .../transcode/estimate, a 1080p30 reference).
# Prints a Markdown table, in % of one core.
#   flock /tmp/mvn.lock bench/abr.sh      (hold the build lock so no build disturbs the numbers)
# Environment (all optional): LADDER="480p:480:1200:96 360p:360:700:96 240p:240:400:64" PRESET=veryfast
#   WARMUP=5 MEASURE=20 MARQUEE_PORT=18088 MARQUEE_RTMP_PORT=19355 MARQUEE_JAVA_OPTS
# Marquee starts from webapp/target/marquee.war (build it first).
set -euo pipefail
cd "$(dirname "$0")/.."
LADDER=${LADDER:-480p:480:1200:96 360p:360:700:96 240p:240:400:64}; PRESET=${PRESET:-veryfast}
WARMUP=${WARMUP:-5}; MEASURE=${MEASURE:-20}
MARQUEE_PORT=${MARQUEE_PORT:-18088}; MARQUEE_RTMP_PORT=${MARQUEE_RTMP_PORT:-19355}
MARQUEE_ADMIN_EMAIL=${MARQUEE_ADMIN_EMAIL:-bench@marquee.test}
MARQUEE_ADMIN_PASSWORD=${MARQUEE_ADMIN_PASSWORD:-bench-password-123}
work=$(mktemp -d)
mpid=; fpid=; apid=; boot_lines=1; marquee_build=
stop() { [[ -n $1 ]] && kill "$1" 2>/dev/null && while kill -0 "$1" 2>/dev/null; do sleep 0.2; done; return 0; }
trap 'stop "$apid"; stop "$fpid"; stop "$mpid"; rm -rf "$work"' EXIT

# shellcheck source=bench/lib/marquee.sh
source bench/lib/marquee.sh

clip=bench/rtmp/work/clip.flv
rtmp_clip
start_marquee
create_stage
ffmpeg -hide_banner -nostdin -loglevel warning -re -stream_loop -1 -i "$clip" -c copy -f flv \
  "rtmp://127.0.0.1:$MARQUEE_RTMP_PORT/live/$STREAM_KEY" >>"$work/ffmpeg.log" 2>&1 & fpid=$!
marquee_source http-flv >/dev/null

ladder_json() { # rendition specs name:height:video:audio ...
  local items=() spec n h v a
  for spec in "$@"; do
    IFS=: read -r n h v a <<<"$spec"
    items+=("{\"name\":\"$n\",\"height\":$h,\"videoKbps\":$v,\"audioKbps\":$a}")
  done
  local IFS=,
  echo "{\"enabled\":true,\"preset\":\"$PRESET\",\"renditions\":[${items[*]}]}"
}
rendition_args() { # the transcoder's per-rendition arguments (TranscoderCommand), output to /dev/null
  local spec n h v a
  for spec in "$@"; do
    IFS=: read -r n h v a <<<"$spec"
    printf '%s\n' -map 0:v:0 -map '0:a:0?' -vf "scale=-2:'min($h,ih)'" -pix_fmt yuv420p -c:v libx264 \
      -preset "$PRESET" -tune zerolatency -b:v "${v}k" -maxrate "${v}k" -bufsize "$((2 * v))k" \
      -force_key_frames 'expr:gte(t,n_forced*2)' -c:a aac -b:a "${a}k" -f flv /dev/null
  done
}
transcoder_pid() { pgrep -P "$mpid" -f 'pipe:0' | head -1; }
window_cpu() { # pid: % of one core over MEASURE s
  local c1 c2 t1 t2
  c1=$(cpu_ms "$1"); t1=$(date +%s%N); sleep "$MEASURE"; c2=$(cpu_ms "$1"); t2=$(date +%s%N)
  awk -v a="$c1" -v b="$c2" -v ns="$((t2 - t1))" 'BEGIN {printf "%.1f", (b - a) * 100 / (ns / 1000000)}'
}
marquee_run() { # specs...: the ladder on; Marquee's transcoder CPU
  api PUT "/stages/$STAGE_ID/transcode" "$(ladder_json "$@")" >/dev/null
  local pid=
  for _ in $(seq 1 60); do
    [[ $(api GET "/stages/$STAGE_ID/transcode" | json "j.status.state === 'running' && j.renditions.every((r) => r.live)") == true ]] \
      && pid=$(transcoder_pid) && [[ -n $pid ]] && break
    sleep 0.5
  done
  [[ -n $pid ]] || { echo "the transcoder did not start: $(api GET "/stages/$STAGE_ID/transcode")" >&2; return 1; }
  sleep "$WARMUP"
  window_cpu "$pid"
  api PUT "/stages/$STAGE_ID/transcode" "$(ladder_json "$@" | sed 's/"enabled":true/"enabled":false/')" >/dev/null
  while [[ -n $(transcoder_pid) ]]; do sleep 0.2; done
}
alone_run() { # specs...: ffmpeg alone on the clip with the same arguments
  local args=()
  mapfile -t args < <(rendition_args "$@")
  ffmpeg -hide_banner -nostdin -y -loglevel error -re -stream_loop -1 -i "$clip" "${args[@]}" >>"$work/alone.log" 2>&1 & apid=$!
  sleep "$WARMUP"
  window_cpu "$apid"
  stop "$apid"; apid=
}
read -r -a specs <<<"$LADDER"
estimate=$(api POST "/stages/$STAGE_ID/transcode/estimate" "$(ladder_json "${specs[@]}")")
echo "estimate: $estimate" >&2

echo "| rendition | Marquee's transcoder (% of a core) | ffmpeg alone, same clip and arguments (% of a core) | estimate (% of a core, 1080p30 reference, decoding apart) |"
echo "|---|---|---|---|"
for spec in "${specs[@]}"; do
  name=${spec%%:*}
  m=$(marquee_run "$spec"); a=$(alone_run "$spec")
  e=$(json "(j.renditions.find((r) => r.name === '$name') || {}).cpuPercent" <<<"$estimate")
  echo "| $spec | $m | $a | $e |"
done
m=$(marquee_run "${specs[@]}"); a=$(alone_run "${specs[@]}")
e=$(json "j.totalPercent" <<<"$estimate")
echo "| whole ladder ($LADDER) | $m | $a | $e (with decoding $(json j.decodePercent <<<"$estimate")) |"
echo
echo "source: $clip published with -re -c copy; preset $PRESET; warm-up ${WARMUP} s, measured ${MEASURE} s; $(nproc) cores; $marquee_build"
