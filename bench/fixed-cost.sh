#!/usr/bin/env bash
# What a Marquee costs with nobody watching: its CPU per second and the threads that use it, first idle, then
# with one published stream (bench/rtmp.sh's clip) and no viewer. Per-thread CPU comes from /proc, pool threads
# added up by name (digits dropped). This is the fixed cost behind the 200-viewer row of bench/peers.sh.
#   flock /tmp/mvn.lock bench/fixed-cost.sh
# Environment: SETTLE=90 (seconds after the start, and after the stream starts, before each 30 s window: a fresh
#   JVM compiles for a minute or two)  MARQUEE_JAVA_OPTS (default -Xmx512m)  JFR=file.jfr (a recording of the
#   stream's window, the JDK's profile settings)
set -euo pipefail
cd "$(dirname "$0")/.."
SETTLE=${SETTLE:-90}; WINDOW=30
MARQUEE_PORT=18090; MARQUEE_RTMP_PORT=19360
MARQUEE_ADMIN_EMAIL=bench@marquee.test; MARQUEE_ADMIN_PASSWORD=bench-password-123
export MARQUEE_JAVA_OPTS=${MARQUEE_JAVA_OPTS:--Xmx512m}
work=$(mktemp -d); mpid=; fpid=; boot_lines=1; marquee_build=
stop() { [[ -n $1 ]] && kill "$1" 2>/dev/null && while kill -0 "$1" 2>/dev/null; do sleep 0.2; done; return 0; }
trap 'stop "$fpid"; stop "$mpid"; rm -rf "$work"' EXIT
# shellcheck source=bench/lib/marquee.sh
source bench/lib/marquee.sh

window() { # label: the process's CPU per second over WINDOW seconds, and its busiest thread groups
  local c0 c1
  thread_groups_ticks "$mpid" > "$work/before"; c0=$(cpu_ms "$mpid"); sleep "$WINDOW"; c1=$(cpu_ms "$mpid"); thread_groups_ticks "$mpid" > "$work/after"
  echo "$1: $(awk -v a="$c0" -v b="$c1" -v s="$WINDOW" 'BEGIN {printf "%.1f", (b - a) / s}') CPU-ms per second"
  awk -v tck="$(getconf CLK_TCK)" -v s="$WINDOW" 'NR == FNR {x[$1] = $2; next}
    {d = ($2 - x[$1]) * 1000 / tck / s; if (d > 0) printf "  %7.2f ms/s  %s\n", d, $1}' "$work/before" "$work/after" | sort -rn | head -12
}

start_marquee >/dev/null
create_stage 2>/dev/null
echo "$marquee_build; JVM options: $MARQUEE_JAVA_OPTS"
sleep "$SETTLE"
window "idle, no stream, ${SETTLE} s after ready"
rtmp_clip
publish_clip "rtmp://127.0.0.1:$MARQUEE_RTMP_PORT/live/$STREAM_KEY" "$work/ffmpeg.log"
sleep "$SETTLE"
[[ -z ${JFR:-} ]] || jcmd "$mpid" JFR.start name=fixed settings=profile >/dev/null
window "one stream, no viewer, ${SETTLE} s after it started"
[[ -z ${JFR:-} ]] || jcmd "$mpid" JFR.dump name=fixed filename="$(realpath -m "$JFR")" >/dev/null
