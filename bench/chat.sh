#!/usr/bin/env bash
# Chat fan-out benchmark: C clients in one stage, S of them sending RATE messages per second in total
# (send time in the text), against Marquee's /ws/stages/{id} and a socket.io 4 server that rebroadcasts
# to a room, at each C in turn. Prints a Markdown table (delivered within 5 s, p50/p99/max latency,
# server CPU-ms per delivered message, server CPU and RSS, load-client CPU) and keeps the raw results
# in bench/chat/results/<timestamp>.json. The load client (bench/chat/load.js) shares the machine.
#   bench/chat.sh
# Environment (all optional):
#   CLIENTS="1000 5000"  SENDERS=20  RATE=20  WARMUP=10  MEASURE=30  GRACE=5  WORKERS=2
#   TARGETS="marquee socketio"  SIO_PORT=3001
#   SERVER_WARMUP=60  seconds of unmeasured load (the first C, same senders) on a Marquee this script started,
#     before its first measured run, so that its JIT compiler is done with the chat path (0: measure it cold).
#     socket.io is started fresh for every run and gets only WARMUP.
#   QUIET_WAIT=600  before each run, wait up to this many seconds for the machine to be idle
#   MARQUEE_URL=http://127.0.0.1:8080  use a running Marquee instead of starting one; its stage is
#     STAGE_ID, or, without one, a PUBLIC event and stage created with MARQUEE_ADMIN_EMAIL/_PASSWORD;
#     MARQUEE_PID is its java process (default: whoever listens on the URL's port).
#   Otherwise Marquee is started from webapp/target (marquee.war, payara-micro.jar) in a temporary
#   directory on MARQUEE_PORT (default 18084), with MARQUEE_JAVA_OPTS passed to java.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
CLIENTS=${CLIENTS:-1000 5000}; TARGETS=${TARGETS:-marquee socketio}
SENDERS=${SENDERS:-20}; RATE=${RATE:-20}; WARMUP=${WARMUP:-10}; MEASURE=${MEASURE:-30}; GRACE=${GRACE:-5}
SERVER_WARMUP=${SERVER_WARMUP:-60}; WORKERS=${WORKERS:-2}; SIO_PORT=${SIO_PORT:-3001}; MARQUEE_PORT=${MARQUEE_PORT:-18084}
MARQUEE_ADMIN_EMAIL=${MARQUEE_ADMIN_EMAIL:-bench@marquee.test}
MARQUEE_ADMIN_PASSWORD=${MARQUEE_ADMIN_PASSWORD:-bench-password-123}
work=$(mktemp -d)
mpid=; spid=
stop() { # pid: ends a process this script started and waits for it
  [[ -n $1 ]] && kill "$1" 2>/dev/null && while kill -0 "$1" 2>/dev/null; do sleep 0.2; done; return 0
}
trap 'stop "$spid"; stop "$mpid"; rm -rf "$work"' EXIT

ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
(( $(ulimit -n) > 5000 * 2 + 100 )) || echo "warning: only $(ulimit -n) open files allowed" >&2
[[ -d bench/chat/node_modules ]] || (cd bench/chat && npm ci --no-audit --no-fund --loglevel=error)

start_marquee() { # starts a fresh Marquee from copies of webapp/target's files; sets MARQUEE_URL, mpid
  local war=webapp/target/marquee.war runtime=webapp/target/payara-micro.jar
  [[ -f $war && -f $runtime ]] || { echo "no $war or $runtime: build the webapp first" >&2; return 1; }
  [[ $(unzip -l "$war") == *WEB-INF/lib/plugin-chat.jar* ]] ||
    echo "warning: $war has no WEB-INF/lib/plugin-chat.jar: expect 404 on /ws/stages/..." >&2
  mkdir -p "$work/marquee" && cp "$war" "$runtime" "$work/"
  # shellcheck disable=SC2086
  (cd "$work/marquee" && exec env MARQUEE_ADMIN_EMAIL="$MARQUEE_ADMIN_EMAIL" \
      MARQUEE_ADMIN_PASSWORD="$MARQUEE_ADMIN_PASSWORD" MARQUEE_DEMO=false MARQUEE_RTMP_ENABLED=false \
      java ${MARQUEE_JAVA_OPTS:-} -jar "$work/payara-micro.jar" --deploy "$work/marquee.war" --contextroot / \
      --port "$MARQUEE_PORT" --nocluster --rootdir "$work/marquee/payara" >"$work/marquee.log" 2>&1) &
  mpid=$! MARQUEE_PID=$!
  MARQUEE_URL=http://127.0.0.1:$MARQUEE_PORT
  echo "starting Marquee (pid $mpid) on $MARQUEE_URL ..." >&2
  for _ in $(seq 1 600); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' "$MARQUEE_URL/health/ready") == 200 ]] && return 0
    kill -0 "$mpid" 2>/dev/null || break
    sleep 0.3
  done
  echo "Marquee did not get ready; the end of its log:" >&2; tail -20 "$work/marquee.log" >&2; return 1
}

create_stage() { # signs in, creates a PUBLIC event with one stage, prints the stage id
  local api=$MARQUEE_URL/api/v1 csrf out slug=chat-bench-$(date +%s)
  call() { # method path json: prints the body, fails on a non-2xx answer
    out=$(curl -s -w '\n%{http_code}' -b "$work/jar" -c "$work/jar" -X "$1" -H 'Content-Type: application/json' \
      -H "X-CSRF-Token: ${csrf:-}" -d "$3" "$api$2")
    [[ ${out##*$'\n'} == 2* ]] || { echo "$1 $2 answered ${out##*$'\n'}: ${out%$'\n'*}" >&2; return 1; }
    printf '%s' "${out%$'\n'*}"
  }
  call POST /auth/login "{\"email\":\"$MARQUEE_ADMIN_EMAIL\",\"password\":\"$MARQUEE_ADMIN_PASSWORD\"}" >/dev/null || return 1
  csrf=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$work/jar")
  local event stage
  event=$(call POST /events "{\"slug\":\"$slug\",\"title\":\"Chat bench\",\"timezone\":\"UTC\",\"access\":\"PUBLIC\"}" |
    node -p 'JSON.parse(require("fs").readFileSync(0, "utf8")).id') || return 1
  stage=$(call POST "/events/$event/stages" '{"slug":"main","name":"Main","provider":"external","settings":{"url":"https://example.org/x.m3u8"}}' |
    node -p 'JSON.parse(require("fs").readFileSync(0, "utf8")).id') || return 1
  echo "created PUBLIC event $event ($slug) with stage $stage" >&2
  printf '%s' "$stage"
}

# shellcheck source=bench/lib/quiet.sh
source bench/lib/quiet.sh

load() { # target url server-pid clients: appends one JSON line to $work/runs.jsonl
  wait_quiet
  local out
  out=$(node bench/chat/load.js --target "$1" --url "$2" --server-pid "$3" --clients "$4" --senders "$SENDERS" \
    --rate "$RATE" --warmup "$WARMUP" --measure "$MEASURE" --grace "$GRACE" --workers "$WORKERS") || true
  [[ $out == '{'* ]] || out="{\"target\":\"$1\",\"clients\":$4,\"senders\":$SENDERS,\"error\":\"load.js printed no result\"}"
  printf '%s\n' "$out" >>"$work/runs.jsonl"
  [[ $out != *'"error"'* ]] || node -p '"  failed: " + JSON.parse(process.argv[1]).error' "$out" >&2
  sleep 3 # let closed connections settle before the next run
}

marquee_ready=
if [[ " $TARGETS " == *" marquee "* ]]; then
  if [[ -z ${MARQUEE_URL:-} ]]; then start_marquee || exit 1; fi
  MARQUEE_URL=${MARQUEE_URL%/}; port=${MARQUEE_URL##*:}
  MARQUEE_PID=${MARQUEE_PID:-$(ss -Hltnp "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)}
  STAGE_ID=${STAGE_ID:-$(create_stage)} || exit 1
  ws_url="ws${MARQUEE_URL#http}/ws/stages/$STAGE_ID" # http → ws, https → wss
  marquee_ready=1
  if [[ -n $mpid ]] && (( SERVER_WARMUP > 0 )); then
    first=${CLIENTS%% *}
    echo "== warming Marquee up: $first clients for $SERVER_WARMUP s, not measured" >&2
    node bench/chat/load.js --target marquee --url "$ws_url" --server-pid "$mpid" --clients "$first" --senders "$SENDERS" \
      --rate "$RATE" --warmup "$SERVER_WARMUP" --measure 1 --grace 1 --workers "$WORKERS" >/dev/null 2>&1 ||
      echo "warning: the warm-up failed" >&2
    sleep 3
  fi
fi

touch "$work/runs.jsonl"
for c in $CLIENTS; do
  for t in $TARGETS; do
    echo "== $t, C = $c" >&2
    if [[ $t == marquee && -n $marquee_ready ]]; then
      load marquee "$ws_url" "${MARQUEE_PID:-0}" "$c"
    elif [[ $t == socketio ]]; then # a fresh server each run: its backlog and RSS belong to that run
      node bench/chat/socketio-server.js "$SIO_PORT" >"$work/sio.log" 2>&1 & spid=$!
      until grep -q listening "$work/sio.log"; do kill -0 $spid 2>/dev/null || { tail -5 "$work/sio.log" >&2; exit 1; }; sleep 0.1; done
      load socketio "http://127.0.0.1:$SIO_PORT" "$spid" "$c"
      stop "$spid"; spid=
    fi
  done
done

info=$(node -e 'console.log(JSON.stringify({ cores: require("os").cpus().length, node: process.version,
  java: process.argv[1], socketio: require("./bench/chat/node_modules/socket.io/package.json").version,
  marquee: process.argv[2] || null, loadAverageAtEnd: require("os").loadavg() }))' \
  "$(java -version 2>&1 | head -1)" "${MARQUEE_URL:-}")
node bench/chat/report.js "$work/runs.jsonl" "$info"
