#!/usr/bin/env bash
# What an HTTP-FLV viewer adds to Marquee's memory, split the way the JVM sees it: for each viewer count, while
# the viewers play bench/rtmp.sh's stream, the process's RSS, the heap in use right after a full collection,
# and the JVM's native memory tracking summary (committed KiB per category: heap, class, thread, code, GC,
# other = direct buffers, ...). One Marquee for all counts, -Xmx512m unless MARQUEE_JAVA_OPTS says otherwise.
#   flock /tmp/mvn.lock bench/viewer-memory.sh
# Environment: VIEWERS="200 1000"  HOLD=45 (seconds the viewers play before the sample)
set -euo pipefail
cd "$(dirname "$0")/.."
VIEWERS=${VIEWERS:-200 1000}; HOLD=${HOLD:-45}
MARQUEE_PORT=18091; MARQUEE_RTMP_PORT=19361
MARQUEE_ADMIN_EMAIL=bench@marquee.test; MARQUEE_ADMIN_PASSWORD=bench-password-123
export MARQUEE_JAVA_OPTS="${MARQUEE_JAVA_OPTS:--Xmx512m} -XX:NativeMemoryTracking=summary"
work=$(mktemp -d); mpid=; fpid=; lpid=; boot_lines=1; marquee_build=
stop() { [[ -n $1 ]] && kill "$1" 2>/dev/null && while kill -0 "$1" 2>/dev/null; do sleep 0.2; done; return 0; }
trap 'stop "$lpid"; stop "$fpid"; stop "$mpid"; rm -rf "$work"' EXIT
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
# shellcheck source=bench/lib/marquee.sh
source bench/lib/marquee.sh
[[ -d bench/rtmp/node_modules ]] || (cd bench/rtmp && npm ci --no-audit --no-fund --loglevel=error)

start_marquee MARQUEE_RTMP_MAX_VIEWERS_PER_STAGE=2100 MARQUEE_RTMP_MAX_CONNECTIONS=2100 \
  MARQUEE_RTMP_MAX_CONNECTIONS_PER_ADDRESS=2100 MARQUEE_RTMP_MAX_PENDING_CONNECTIONS=2100 >/dev/null
create_stage 2>/dev/null
rtmp_clip
ffmpeg -hide_banner -nostdin -loglevel warning -re -stream_loop -1 -i bench/rtmp/work/clip.flv -c copy -f flv \
  "rtmp://127.0.0.1:$MARQUEE_RTMP_PORT/live/$STREAM_KEY" > "$work/ffmpeg.log" 2>&1 & fpid=$!
flv=$MARQUEE_URL$(marquee_source http-flv)
echo "$marquee_build; JVM options: $MARQUEE_JAVA_OPTS"

sample() { # label: RSS, heap in use after a full collection, and the committed KiB of each NMT category
  local heap; heap=$(heap_mib "$mpid")
  printf '%-12s RSS %5s MiB, heap in use after GC %4s MiB; committed MiB:' "$1" "$(rss_mib "$mpid")" "$heap"
  jcmd "$mpid" VM.native_memory summary | sed -n 's/^-  *\([A-Za-z ]*\) (reserved=[0-9]*KB, committed=\([0-9]*\)KB).*/\1=\2/p' |
    awk -F= '{ gsub(/ +$/, "", $1); gsub(/ /, "_", $1); if ($2 >= 1024) printf " %s %d", $1, $2 / 1024 } END { print "" }'
}

sleep 30; sample "0 viewers"
for n in $VIEWERS; do
  node bench/rtmp/load.js --target marquee --url "$flv" --server-pid "$mpid" --viewers "$n" --warmup "$HOLD" \
    --measure 5 --probes 1 --workers 2 --wait-live 30 > "$work/load.json" 2> "$work/load.err" & lpid=$!
  sleep "$HOLD"; sample "$n viewers"
  wait "$lpid" || true; lpid=
  sleep 5
done
