#!/usr/bin/env bash
# What LL-HLS costs a stream nobody watches as LL-HLS: Marquee's CPU over MEASURE seconds with one
# publisher (the 720p30 clip of bench/rtmp.sh, 1.5 Mbit/s) and no viewers, once with LL-HLS switched
# off (marquee.rtmp.llhls.enabled=false) and once on, each on a fresh Marquee. Prints both and the
# difference as a share of one core.
#   bench/llhls-cost.sh          Environment: WARMUP=15 MEASURE=60 MARQUEE_PORT=18088 MARQUEE_RTMP_PORT=19354
set -euo pipefail
cd "$(dirname "$0")/.."
WARMUP=${WARMUP:-15}; MEASURE=${MEASURE:-60}
MARQUEE_PORT=${MARQUEE_PORT:-18088}; MARQUEE_RTMP_PORT=${MARQUEE_RTMP_PORT:-19354}
MARQUEE_ADMIN_EMAIL=${MARQUEE_ADMIN_EMAIL:-bench@marquee.test}
MARQUEE_ADMIN_PASSWORD=${MARQUEE_ADMIN_PASSWORD:-bench-password-123}
clip=bench/rtmp/work/clip.flv
work=$(mktemp -d)
mpid=; fpid=; boot_lines=1; marquee_build=
stop() { [[ -n $1 ]] && kill "$1" 2>/dev/null && while kill -0 "$1" 2>/dev/null; do sleep 0.2; done; return 0; }
trap 'stop "$fpid"; stop "$mpid"; rm -rf "$work"' EXIT
[[ -s $clip ]] || { echo "no $clip: run bench/rtmp.sh once (it makes the clip)" >&2; exit 1; }
# shellcheck source=bench/lib/marquee.sh
source bench/lib/marquee.sh

cpu_ms() { awk '{print ($14 + $15) * 1000 / '"$(getconf CLK_TCK)"'}' "/proc/$1/stat"; }

measure() { # llhls-enabled: prints CPU-ms per second of Marquee with one publisher and no viewers
  local before after
  start_marquee MARQUEE_RTMP_LLHLS_ENABLED="$1"
  rm -f "$work/jar"; create_stage >/dev/null
  ffmpeg -hide_banner -nostdin -loglevel warning -re -stream_loop -1 -i "$clip" -c copy -f flv \
    "rtmp://127.0.0.1:$MARQUEE_RTMP_PORT/live/$STREAM_KEY" >>"$work/ffmpeg.log" 2>&1 & fpid=$!
  marquee_source http-flv >/dev/null
  sleep "$WARMUP"
  before=$(cpu_ms "$mpid"); sleep "$MEASURE"; after=$(cpu_ms "$mpid")
  stop "$fpid"; fpid=; stop "$mpid"; mpid=
  awk -v a="$after" -v b="$before" -v s="$MEASURE" 'BEGIN {printf "%.1f", (a - b) / s}'
}

wait_quiet
off=$(measure false)
on=$(measure true)
echo "| LL-HLS | Marquee CPU-ms per second (one publisher, no viewers) |"
echo "|---|---|"
echo "| off | $off |"
echo "| on | $on |"
awk -v on="$on" -v off="$off" 'BEGIN {printf "LL-HLS adds %.1f CPU-ms per second: %.2f %% of one core\n", on - off, (on - off) / 10}'
