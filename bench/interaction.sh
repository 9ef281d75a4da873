#!/usr/bin/env bash
# Interaction benchmark (issue 17): C clients on one stage. Chat alone for a while (S senders), then
# RATE reactions a second spread over all clients for MEASURE s with the chat going on, then a poll that
# every client votes on within VOTE_WINDOW s and the organizer closes. Prints a Markdown summary (burst
# frames per client per second, reaction counts and delay, chat latency with and without reactions, the
# poll's correctness and close-to-client times, server CPU and RSS) and keeps the raw result in
# bench/interaction/results/<timestamp>.json. The load client (bench/interaction/load.js) shares the machine.
#   bench/interaction.sh             (hold `flock /tmp/mvn.lock` around it so no build runs meanwhile)
# Environment (all optional):
#   CLIENTS=5000  RATE=2000  MEASURE=30  WARMUP=5  GRACE=3  SENDERS=5  CHAT_RATE=5  CHAT_ALONE=15
#   VOTE_WINDOW=10  WORKERS=2  SAMPLE_EVERY=20  QUIET_WAIT=600  MARQUEE_PORT=18086  MARQUEE_RTMP_PORT=19386
#   MARQUEE_LOG=path  keeps Marquee's log there.  MARQUEE_JAVA_OPTS  passed to java. Marquee is started from webapp/target (marquee.war,
#   payara-micro.jar) in a temporary directory, H2, with every default limit (see README.md: no
#   per-address limit of the stage socket is in the way, and 2,000 reactions a second over 5,000 clients
#   is 0.4 per person per second, under marquee.interaction.reactions-per-second).
set -euo pipefail
cd "$(dirname "$0")/.."
CLIENTS=${CLIENTS:-5000}; RATE=${RATE:-2000}; MEASURE=${MEASURE:-30}; WARMUP=${WARMUP:-5}; GRACE=${GRACE:-3}
SENDERS=${SENDERS:-5}; CHAT_RATE=${CHAT_RATE:-5}; CHAT_ALONE=${CHAT_ALONE:-15}; VOTE_WINDOW=${VOTE_WINDOW:-10}
WORKERS=${WORKERS:-2}; SAMPLE_EVERY=${SAMPLE_EVERY:-20}
MARQUEE_PORT=${MARQUEE_PORT:-18086}; MARQUEE_RTMP_PORT=${MARQUEE_RTMP_PORT:-19386}
MARQUEE_ADMIN_EMAIL=${MARQUEE_ADMIN_EMAIL:-bench@marquee.test}
MARQUEE_ADMIN_PASSWORD=${MARQUEE_ADMIN_PASSWORD:-bench-password-123}
EMOJI='👏,❤️,😂,🎉,😮,👍'
work=$(mktemp -d)
mpid=
stop() { [[ -n $1 ]] && kill "$1" 2>/dev/null && while kill -0 "$1" 2>/dev/null; do sleep 0.2; done; return 0; }
trap 'stop "$mpid"; [[ -z ${MARQUEE_LOG:-} ]] || cp "$work/marquee.log" "$MARQUEE_LOG"; rm -rf "$work"' EXIT
# shellcheck source=bench/lib/marquee.sh
source bench/lib/marquee.sh

ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
(( $(ulimit -n) > CLIENTS * 2 + 100 )) || echo "warning: only $(ulimit -n) open files allowed" >&2
[[ -d bench/interaction/node_modules ]] || (cd bench/interaction && npm ci --no-audit --no-fund --loglevel=error)

start_marquee || exit 1
api POST /auth/login "{\"email\":\"$MARQUEE_ADMIN_EMAIL\",\"password\":\"$MARQUEE_ADMIN_PASSWORD\"}" >/dev/null
event=$(api POST /events "{\"slug\":\"interaction-bench-$(date +%s)\",\"title\":\"Interaction bench\",\"timezone\":\"UTC\",\"access\":\"PUBLIC\"}" | json j.id)
stage=$(api POST "/events/$event/stages" '{"slug":"main","name":"Main","provider":"external","settings":{"url":"https://example.org/x.m3u8"}}' | json j.id)
api PUT "/stages/$stage/interaction" "{\"polls\":{\"enabled\":true},\"reactions\":{\"enabled\":true,\"set\":$(node -p 'JSON.stringify(process.argv[1].split(","))' "$EMOJI")}}" >/dev/null
poll=$(api POST "/stages/$stage/polls" '{"question":"Which talk next?","options":["A","B","C","D"],"multiple":false,"changeable":false,"resultsLive":true}' | json j.id)
echo "PUBLIC event $event, stage $stage, poll $poll (draft)" >&2

wait_quiet
out=$(node bench/interaction/load.js --url "ws://127.0.0.1:$MARQUEE_PORT/ws/stages/$stage" --api "$MARQUEE_URL/api/v1" \
  --jar "$work/jar" --poll "$poll" --server-pid "$mpid" --clients "$CLIENTS" --rate "$RATE" --measure "$MEASURE" \
  --warmup "$WARMUP" --grace "$GRACE" --senders "$SENDERS" --chat-rate "$CHAT_RATE" --chat-alone "$CHAT_ALONE" \
  --vote-window "$VOTE_WINDOW" --workers "$WORKERS" --sample-every "$SAMPLE_EVERY" --emoji "$EMOJI") || true
[[ $out == '{'* ]] || out="{\"clients\":$CLIENTS,\"error\":\"load.js printed no result\"}"
info=$(node -e 'console.log(JSON.stringify({ cores: require("os").cpus().length, node: process.version,
  java: process.argv[1], build: process.argv[2], loadAverageAtEnd: require("os").loadavg() }))' \
  "$(java -version 2>&1 | head -1)" "$marquee_build")
node bench/interaction/report.js "$out" "$info"
