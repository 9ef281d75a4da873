#!/usr/bin/env bash
# Issue 22's table in one command: Marquee and its peers measured side by side on this machine, one row per
# measure, written into docs/benchmarks.md between its "peers-table" markers (with the date, commit and heap).
# Runs, one after another (each measured run waits for a quiet machine):
#   rtmp      bench/rtmp.sh: one 1.54 Mbit/s stream, 200/500/1,000 viewers; Marquee (HTTP-FLV),
#             Node-Media-Server (HTTP-FLV) and nginx-rtmp (RTMP play)
#   chat      bench/chat.sh: 1,000 and 5,000 clients in one room, 20 senders at 20 msg/s; Marquee, socket.io
#   signin    bench/signin.sh h2 and postgres: 1,000 attendees signing in with their access codes
#   tickets   bench/tickets.sh: the first import of a 100,000-row export, H2 and PostgreSQL
#   boot      boot to ready: Marquee started as bench/lib/marquee.sh starts it (run.sh's options) on an
#             empty data directory, and bare Payara Micro with a one-page WAR, BOOTS times each
#   combined  1,000 HTTP-FLV viewers and 5,000 chat clients on one Marquee at the same time
# Every Marquee runs with -Xmx$HEAP, the heap run.sh recommends. Each step's output and raw results are kept
# in bench/peers/results/<timestamp>/; bench/peers/table.js turns that directory into the table.
#   flock /tmp/mvn.lock bench/peers.sh          (build the webapp first; needs ffmpeg, nginx with
#                                                libnginx-mod-rtmp, wrk, node, psql and PostgreSQL on 5432)
# Environment: HEAP=512m  STEPS="rtmp chat signin tickets boot combined"  BOOTS=2  WRITE=1 (0: print the
#   table only)  QUIET_WAIT (see bench/lib/quiet.sh). With fewer STEPS, the table says "not run" for the rest,
#   unless RESULTS names the directory of an earlier run: then these STEPS are run again into it, the others kept.
set -euo pipefail
cd "$(dirname "$0")/.."
HEAP=${HEAP:-512m}; STEPS=${STEPS:-rtmp chat signin tickets boot combined}; BOOTS=${BOOTS:-2}; WRITE=${WRITE:-1}
export MARQUEE_JAVA_OPTS="-Xmx$HEAP ${MARQUEE_JAVA_OPTS:-}"
MARQUEE_PORT=18087; MARQUEE_RTMP_PORT=19353; BARE_PORT=18088
MARQUEE_ADMIN_EMAIL=bench@marquee.test; MARQUEE_ADMIN_PASSWORD=bench-password-123
results=${RESULTS:-bench/peers/results/$(date -u +%Y-%m-%dT%H-%M-%S)}
mkdir -p "$results"
work=$(mktemp -d)
mpid=; bpid=; fpid=; boot_lines=1; marquee_build=
stop() { [[ -n $1 ]] && kill "$1" 2>/dev/null && while kill -0 "$1" 2>/dev/null; do sleep 0.2; done; return 0; }
trap 'stop "$fpid"; stop "$bpid"; stop "$mpid"; rm -rf "$work"' EXIT
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
# shellcheck source=bench/lib/marquee.sh
source bench/lib/marquee.sh

# One line per invocation: a later one with RESULTS set re-runs some steps into the same directory.
echo "{\"date\":\"$(date -u +%FT%TZ)\",\"commit\":\"$(git rev-parse --short HEAD)\",\"heap\":\"$HEAP\",\"cores\":$(nproc),\
\"java\":\"$(java -version 2>&1 | head -1 | sed 's/"/\\"/g')\",\"steps\":\"$STEPS\"}" >> "$results/runs.jsonl"

step() { [[ " $STEPS " == *" $1 "* ]]; }
keep_raw() { # step-output target: copies the raw results file a sub-benchmark named ("Raw results: path") to target
  local raw; raw=$(sed -n 's/^Raw results: //p' "$1" | tail -1)
  if [[ -n $raw && -f $raw ]]; then cp "$raw" "$2"; else echo "no raw results in $1" >&2; fi
}

if step rtmp; then
  echo "== rtmp (about 10 min)" >&2
  VIEWERS="200 500 1000" TARGETS="marquee nms nginx" bench/rtmp.sh > "$results/rtmp.txt" || true
  keep_raw "$results/rtmp.txt" "$results/rtmp.json"
fi
if step chat; then
  echo "== chat (about 5 min)" >&2
  CLIENTS="1000 5000" TARGETS="marquee socketio" bench/chat.sh > "$results/chat.txt" || true
  keep_raw "$results/chat.txt" "$results/chat.json"
fi
if step signin; then
  for db in h2 postgres; do
    echo "== signin $db (about 2 min)" >&2
    bench/signin.sh "$db" > "$results/signin-$db.txt" 2>&1 || true
  done
fi
if step tickets; then
  echo "== tickets (about 3 min)" >&2
  bench/tickets.sh 100000 > "$results/tickets.txt" || true
fi

if step boot; then
  echo "== boot" >&2
  # A one-page WAR: what Payara Micro itself takes to serve an application.
  mkdir -p "$work/bare/WEB-INF" && echo '<!doctype html><title>bare</title>' > "$work/bare/index.html"
  printf '<web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0"/>\n' > "$work/bare/WEB-INF/web.xml"
  (cd "$work/bare" && jar cf "$work/bare.war" index.html WEB-INF)
  runtime=webapp/target/payara-micro.jar
  : > "$results/boot.jsonl"
  for i in $(seq 1 "$BOOTS"); do
    wait_quiet
    rm -rf "$work/marquee"; t0=$(date +%s%N)
    start_marquee MARQUEE_DEMO=true
    t1=$(date +%s%N); rss=$(rss_mib "$mpid"); stop "$mpid"; mpid=
    echo "{\"server\":\"marquee\",\"seconds\":$(( (t1 - t0) / 1000000 ))e-3,\"rssMiB\":$rss}" >> "$results/boot.jsonl"
    wait_quiet
    rm -rf "$work/bare-root"; t0=$(date +%s%N)
    # shellcheck disable=SC2086
    java $MARQUEE_JAVA_OPTS -jar "$runtime" --deploy "$work/bare.war" --contextroot / --port "$BARE_PORT" --nocluster \
      --rootdir "$work/bare-root" > "$work/bare.log" 2>&1 & bpid=$!
    until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$BARE_PORT/index.html") == 200 ]]; do
      kill -0 "$bpid" 2>/dev/null || { tail -5 "$work/bare.log" >&2; exit 1; }; sleep 0.1
    done
    t1=$(date +%s%N); rss=$(rss_mib "$bpid"); stop "$bpid"; bpid=
    echo "{\"server\":\"payara\",\"seconds\":$(( (t1 - t0) / 1000000 ))e-3,\"rssMiB\":$rss}" >> "$results/boot.jsonl"
  done
fi

if step combined; then
  echo "== combined: 1,000 HTTP-FLV viewers and 5,000 chat clients at once (about 3 min)" >&2
  [[ -d bench/rtmp/node_modules ]] || (cd bench/rtmp && npm ci --no-audit --no-fund --loglevel=error)
  [[ -d bench/chat/node_modules ]] || (cd bench/chat && npm ci --no-audit --no-fund --loglevel=error)
  rtmp_clip
  rm -rf "$work/marquee"
  start_marquee MARQUEE_RTMP_MAX_VIEWERS_PER_STAGE=2100 MARQUEE_RTMP_MAX_CONNECTIONS=2100 \
    MARQUEE_RTMP_MAX_CONNECTIONS_PER_ADDRESS=2100 MARQUEE_RTMP_MAX_PENDING_CONNECTIONS=2100
  create_stage
  wait_quiet
  publish_clip "rtmp://127.0.0.1:$MARQUEE_RTMP_PORT/live/$STREAM_KEY" "$work/ffmpeg.log"
  flv=$MARQUEE_URL$(marquee_source http-flv)
  # 5,000 chat clients take half a minute or more to connect; the viewers start 20 s after them and their
  # window (15 s warm-up, 60 s measured) covers the chat's (10 s warm-up, 30 s measured, 5 s grace).
  node bench/chat/load.js --target marquee --url "ws${MARQUEE_URL#http}/ws/stages/$STAGE_ID" --server-pid "$mpid" \
    --clients 5000 --senders 20 --rate 20 --warmup 10 --measure 30 --grace 5 --workers 2 \
    > "$results/combined-chat.json" 2> "$work/combined-chat.err" &
  cpid=$!
  sleep 20
  node bench/rtmp/load.js --target marquee --url "$flv" --server-pid "$mpid" --viewers 1000 --warmup 15 \
    --measure 60 --probes 20 --workers 2 --wait-live 30 > "$results/combined-rtmp.json" 2> "$work/combined-rtmp.err" ||
    tail -5 "$work/combined-rtmp.err" >&2
  wait "$cpid" || tail -5 "$work/combined-chat.err" >&2
  echo "{\"rssMiBAtEnd\":$(rss_mib "$mpid"),\"heapInUseAfterGcMiB\":$(heap_mib "$mpid")}" > "$results/combined-memory.json"
  grep 'SEVERE\|WARNING' "$work/marquee.log" | head -100 > "$results/combined-log-warnings.txt" || true
  stop "$fpid"; fpid=; stop "$mpid"; mpid=
fi

if [[ $WRITE == 1 ]]; then node bench/peers/table.js "$results" docs/benchmarks.md
else node bench/peers/table.js "$results"; fi
