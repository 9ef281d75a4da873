#!/usr/bin/env bash
# What recording costs a live stream: Marquee's CPU over MEASURE seconds with one publisher (the 720p30
# clip of bench/rtmp.sh, 1.5 Mbit/s) and no viewers, once with recordings switched off
# (marquee.recordings.enabled=false) and once on (the default: the built-in directory store, H2), each
# on a fresh Marquee with an empty data directory, ROUNDS times in turn (off, on, off, on, ...). Also
# the RSS at the end of the window, the heap in use after a full collection (taken after the CPU window,
# so it does not disturb it) and what the recording wrote (files and MB under marquee.recordings.dir).
# The other processes' CPU during the window shows how quiet the machine was. Because two JVMs differ
# by more than the cost measured, the CPU of the threads of Payara's default managed executors is shown
# too (names starting "concurrent/__defaultManaged": core's ManagedExecutorService, on which
# RecordingLane stores each segment and indexes it, and the scheduled one the sweeps run on): with
# recording on minus off, that is the recording's own work, whatever else the JVM did.
# LL-HLS stays at its default (on), so the CMAF packager runs either way: the difference is the
# recording alone. Prints a Markdown table and the difference as a share of one core.
#   bench/recording-cost.sh      Environment: ROUNDS=2 WARMUP=30 MEASURE=60 MARQUEE_PORT=18089 MARQUEE_RTMP_PORT=19355
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-2}; WARMUP=${WARMUP:-30}; MEASURE=${MEASURE:-60}
MARQUEE_PORT=${MARQUEE_PORT:-18089}; MARQUEE_RTMP_PORT=${MARQUEE_RTMP_PORT:-19355}
MARQUEE_ADMIN_EMAIL=${MARQUEE_ADMIN_EMAIL:-bench@marquee.test}
MARQUEE_ADMIN_PASSWORD=${MARQUEE_ADMIN_PASSWORD:-bench-password-123}
EXECUTOR=concurrent/__de # the 15 characters /proc keeps of the managed executor's thread names
clip=bench/rtmp/work/clip.flv
work=$(mktemp -d)
mpid=; fpid=; result=; boot_lines=1; marquee_build=
stop() { [[ -n $1 ]] && kill "$1" 2>/dev/null && while kill -0 "$1" 2>/dev/null; do sleep 0.2; done; return 0; }
trap 'stop "$fpid"; stop "$mpid"; rm -rf "$work"' EXIT
# shellcheck source=bench/lib/marquee.sh
source bench/lib/marquee.sh

measure() { # recordings-enabled: sets result to "CPU-ms/s executor-CPU-ms/s other-% RSS-MiB heap-MiB files MB" of a fresh Marquee with one publisher
  # (not in a subshell, so that the trap stops what it started)
  local before after ex0 ex1 busy0 busy1 rss heap files mb dir=$work/marquee/data/recordings
  rm -rf "$work/marquee" "$work/jar"
  start_marquee MARQUEE_RECORDINGS_ENABLED="$1"
  create_stage >/dev/null
  ffmpeg -hide_banner -nostdin -loglevel warning -re -stream_loop -1 -i "$clip" -c copy -f flv \
    "rtmp://127.0.0.1:$MARQUEE_RTMP_PORT/live/$STREAM_KEY" >>"$work/ffmpeg.log" 2>&1 & fpid=$!
  marquee_source http-flv >/dev/null
  sleep "$WARMUP"
  before=$(cpu_ms "$mpid"); ex0=$(threads_cpu_ms "$mpid" "$EXECUTOR"); busy0=$(busy_ms)
  sleep "$MEASURE"
  after=$(cpu_ms "$mpid"); ex1=$(threads_cpu_ms "$mpid" "$EXECUTOR"); busy1=$(busy_ms)
  rss=$(rss_mib "$mpid")
  heap=$(heap_mib "$mpid")
  files=0; mb=0
  if [[ -d $dir ]]; then files=$(find "$dir" -type f | wc -l); mb=$(du -sm "$dir" | cut -f1); fi
  stop "$fpid"; fpid=; stop "$mpid"; mpid=
  result=$(awk -v a="$after" -v b="$before" -v e0="$ex0" -v e1="$ex1" -v b0="$busy0" -v b1="$busy1" -v s="$MEASURE" \
    -v r="$rss" -v h="$heap" -v f="$files" -v m="$mb" \
    'BEGIN {printf "%.1f %.1f %.0f %s %s %s %s", (a - b) / s, (e1 - e0) / s, (b1 - b0 - (a - b)) / s / 10, r, h, f, m}')
}

rtmp_clip
echo "| round | recording | Marquee CPU-ms per second (one publisher, no viewers) | of which managed-executor threads | other processes (% of a core) | RSS MiB | heap after full GC MiB | files written | MB written |"
echo "|---|---|---|---|---|---|---|---|---|"
offs=(); ons=(); exoffs=(); exons=()
for round in $(seq 1 "$ROUNDS"); do
  for enabled in false true; do
    wait_quiet
    measure "$enabled"
    read -r cpu executor other rss heap files mb <<<"$result"
    echo "| $round | $([[ $enabled == true ]] && echo on || echo off) | $cpu | $executor | $other | $rss | $heap | $files | $mb |"
    if [[ $enabled == true ]]; then ons+=("$cpu"); exons+=("$executor"); else offs+=("$cpu"); exoffs+=("$executor"); fi
  done
done
echo "($marquee_build; WARMUP=$WARMUP s, MEASURE=$MEASURE s)"
awk -v on="${ons[*]}" -v off="${offs[*]}" 'BEGIN {
  n = split(on, a, " "); split(off, b, " "); for (i = 1; i <= n; i++) { son += a[i]; soff += b[i] }
  d = (son - soff) / n
  printf "mean off %.1f, on %.1f: recording adds %.1f CPU-ms per second, %.2f %% of one core\n", soff / n, son / n, d, d / 10
}'
awk -v on="${exons[*]}" -v off="${exoffs[*]}" 'BEGIN {
  n = split(on, a, " "); split(off, b, " "); for (i = 1; i <= n; i++) { son += a[i]; soff += b[i] }
  d = (son - soff) / n
  printf "managed-executor threads (where the recording is stored and indexed): off %.1f, on %.1f, +%.1f CPU-ms per second, %.2f %% of one core\n", soff / n, son / n, d, d / 10
}'
