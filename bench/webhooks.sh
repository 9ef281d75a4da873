#!/usr/bin/env bash
# Webhook delivery benchmark: 10,000 queued webhook messages delivered to a local receiver.
# A fresh Marquee (embedded H2) boots with the dispatcher held back (marquee.webhooks.dispatch-interval
# PT1H: its first pass would come after an hour), an organizer registers a webhook for attendee.created
# on a receiver at 127.0.0.2 (allowed with marquee.outbound.allow) and imports a CSV of EVENTS buyers:
# each new attendee queues one message in the import's own transaction, so the outbox holds EVENTS
# messages, filled through the real API. Marquee is stopped and started again with the default webhook
# settings; the receiver (bench/webhooks/receiver.py, verifying every signature) times the first and the
# last message. Reported: the delivery span (first to last message), from "ready" to the last message,
# and messages per second. Target: 10,000 in at most 30 s.
# Also printed: Marquee's CPU by thread group (the webhook senders, the dispatcher's scheduler, the rest).
# JFR=file.jfr records the delivery with Java Flight Recorder (settings "profile") into that file.
# DB=postgres uses PostgreSQL at 127.0.0.1:5432 (database test, user postgres, trust) in a schema of its own,
# marquee_bench_hooks, dropped and made again, instead of the embedded H2.
#   bench/webhooks.sh      Environment: EVENTS=10000 MARQUEE_PORT=18095 MARQUEE_RTMP_PORT=19361 RECEIVER_PORT=18096 JFR= DB=h2
set -euo pipefail
cd "$(dirname "$0")/.."
EVENTS=${EVENTS:-10000}
MARQUEE_PORT=${MARQUEE_PORT:-18095}; MARQUEE_RTMP_PORT=${MARQUEE_RTMP_PORT:-19361}; RECEIVER_PORT=${RECEIVER_PORT:-18096}
MARQUEE_ADMIN_EMAIL=${MARQUEE_ADMIN_EMAIL:-bench@marquee.test}
MARQUEE_ADMIN_PASSWORD=${MARQUEE_ADMIN_PASSWORD:-bench-password-123}
work=$(mktemp -d)
mpid=; rpid=; boot_lines=1; marquee_build=
stop() { [[ -n $1 ]] && kill "$1" 2>/dev/null && while kill -0 "$1" 2>/dev/null; do sleep 0.2; done; return 0; }
trap 'stop "$mpid"; stop "$rpid"; rm -rf "$work"' EXIT
# shellcheck source=bench/lib/marquee.sh
source bench/lib/marquee.sh
db=()
if [[ ${DB:-h2} == postgres ]]; then
  psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d test \
    -c "SET client_min_messages TO warning; DROP SCHEMA IF EXISTS marquee_bench_hooks CASCADE; CREATE SCHEMA marquee_bench_hooks;"
  db=(MARQUEE_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=marquee_bench_hooks" MARQUEE_DB_USER=postgres
    MARQUEE_DB_PASSWORD=unused)
fi
stat_() { node -p "const j = JSON.parse(require('fs').readFileSync('$work/stats.json', 'utf8')); $1"; }

python3 bench/webhooks/receiver.py 127.0.0.2 "$RECEIVER_PORT" "$work/secret" "$work/stats.json" &
rpid=$!
start_marquee "${db[@]}" MARQUEE_OUTBOUND_ALLOW=127.0.0.2 MARQUEE_WEBHOOKS_DISPATCH_INTERVAL=PT1H
api POST /auth/login "{\"email\":\"$MARQUEE_ADMIN_EMAIL\",\"password\":\"$MARQUEE_ADMIN_PASSWORD\"}" >/dev/null
event=$(api POST /events '{"slug":"hooks-bench","title":"Webhooks bench","timezone":"UTC","access":"TICKETED"}' | json j.id)
api POST /webhooks "{\"url\":\"http://127.0.0.2:$RECEIVER_PORT/hooks\",\"events\":[\"attendee.created\"],\"eventId\":$event}" \
  | json j.secret >"$work/secret"
{ echo "Ticket ID,Email,First Name,Last Name"; seq 1 "$EVENTS" | awk '{print "W-" $1 ",buyer" $1 "@example.org,Buyer," $1}'; } >"$work/buyers.csv"
csrf=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$work/jar")
curl -sf -b "$work/jar" -H "X-CSRF-Token: $csrf" -H 'Content-Type: text/csv' --data-binary @"$work/buyers.csv" \
  "$MARQUEE_URL/api/v1/events/$event/imports" | json '"import: created " + j.created' >&2
stop "$mpid"
rm -rf "$work/marquee/payara"
[[ $(stat_ j.messages) == 0 ]] || { echo "messages went out before the restart" >&2; exit 1; }

wait_quiet
start_marquee "${db[@]}" MARQUEE_OUTBOUND_ALLOW=127.0.0.2
ready=$(date +%s.%N)
[[ -n ${JFR:-} ]] && jcmd "$mpid" JFR.start name=hooks settings=profile >/dev/null
cpu0=$(cpu_ms "$mpid"); send0=$(threads_cpu_ms "$mpid" marquee-webhook); sched0=$(threads_cpu_ms "$mpid" concurrent/)
for _ in $(seq 1 600); do
  [[ $(stat_ j.messages) -ge $EVENTS ]] && break
  sleep 0.5
done
sleep 1
cpu1=$(cpu_ms "$mpid"); send1=$(threads_cpu_ms "$mpid" marquee-webhook); sched1=$(threads_cpu_ms "$mpid" concurrent/)
[[ -n ${JFR:-} ]] && jcmd "$mpid" JFR.stop name=hooks filename="$(realpath -m "$JFR")" >/dev/null
node -e "
const s = JSON.parse(require('fs').readFileSync('$work/stats.json', 'utf8'));
const span = s.last - s.first, fromReady = s.last - $ready;
console.log('| messages queued | received | distinct webhook-ids | signatures verified | first to last (s) | ready to last (s) | messages/s | Marquee CPU (core-s) |');
console.log('|---|---|---|---|---|---|---|---|');
console.log('| $EVENTS | ' + s.messages + ' | ' + s.distinct + ' | ' + s.verified + ' | ' + span.toFixed(1) + ' | '
  + fromReady.toFixed(1) + ' | ' + Math.round(s.messages / span) + ' | ' + (($cpu1 - $cpu0) / 1000).toFixed(1) + ' |');
"
echo "Marquee CPU-ms: sending threads $((send1 - send0)), managed scheduler threads $((sched1 - sched0)), all $(awk -v a="$cpu1" -v b="$cpu0" 'BEGIN {printf "%.0f", a - b}')" >&2
echo "build: $marquee_build; $(nproc) cores; database ${DB:-h2}" >&2
