#!/usr/bin/env bash
# What tracking viewing sessions costs: VIEWERS HTTP-FLV viewers join at RATE a second, each watches
# HOLD seconds and leaves (1,000 at 50/s, 20 s each: about 1,000 open at the peak, 60 s of churn), on
# a small stream (320x180, 150 kbit/s, so the server's work is the joining and leaving, not copying
# video). Marquee's CPU over the whole churn and the flush after it is measured with tracking on
# (marquee.viewing.enabled=true: a viewing opened and closed in the ledger per viewer, the grid entry
# of each signed-in person, batched rows) and off, alternating ROUNDS times in one run, each on a fresh
# Marquee. The viewers are PEOPLE distinct people (VIEWERS unless told): a TICKETED event, PEOPLE buyers
# imported from a CSV (bench/make-export.py), their access codes read from the mails an SMTP sink got,
# each signed in with the code and given their own playback address (bench/viewing/people.js); viewer i
# plays person i mod PEOPLE's address. PEOPLE=1 is the earlier mode: every viewer on playback addresses
# of the one signed-in organizer (one grid key, the worst case for contention). All of that is set up
# before the CPU window, which holds only the churn and the flush. Prints a Markdown table and the
# difference. Run it holding the build lock, as every benchmark: flock /tmp/mvn.lock bench/viewing-cost.sh
#   bench/viewing-cost.sh   Environment: VIEWERS=1000 PEOPLE=$VIEWERS RATE=50 HOLD=20 ROUNDS=2
#                           MARQUEE_PORT=18089 MARQUEE_RTMP_PORT=19355 SMTP_PORT=18027 (needs python3 3.11, smtpd)
set -euo pipefail
cd "$(dirname "$0")/.."
VIEWERS=${VIEWERS:-1000}; PEOPLE=${PEOPLE:-$VIEWERS}; SMTP_PORT=${SMTP_PORT:-18027}; RATE=${RATE:-50}; HOLD=${HOLD:-20}; ROUNDS=${ROUNDS:-2}
MARQUEE_PORT=${MARQUEE_PORT:-18089}; MARQUEE_RTMP_PORT=${MARQUEE_RTMP_PORT:-19355}
MARQUEE_ADMIN_EMAIL=${MARQUEE_ADMIN_EMAIL:-bench@marquee.test}
MARQUEE_ADMIN_PASSWORD=${MARQUEE_ADMIN_PASSWORD:-bench-password-123}
clip=bench/viewing/work/small.flv
work=$(mktemp -d)
mpid=; fpid=; spid=; boot_lines=1; marquee_build=; result=
stop() { [[ -n $1 ]] && kill "$1" 2>/dev/null && while kill -0 "$1" 2>/dev/null; do sleep 0.2; done; return 0; }
trap 'stop "$fpid"; stop "$mpid"; stop "$spid"; rm -rf "$work"' EXIT
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
# shellcheck source=bench/lib/marquee.sh
source bench/lib/marquee.sh

if [[ ! -s $clip ]]; then
  mkdir -p "$(dirname "$clip")"
  ffmpeg -hide_banner -loglevel error -y -f lavfi -i testsrc2=size=320x180:rate=25 -f lavfi -i sine=frequency=440 \
    -t 60 -c:v libx264 -preset veryfast -pix_fmt yuv420p -b:v 120k -g 50 -c:a aac -b:a 32k -f flv "$clip.part"
  mv "$clip.part" "$clip"
fi

codes_in() { grep -oE '\b[2-9A-Z]{5}-[2-9A-Z]{5}-[2-9A-Z]{5}\b' "$1" | sort -u; }

people() { # writes $work/urls: PEOPLE distinct ticket buyers' own playback addresses of STAGE_ID (the stage is live)
  local csrf
  python3 bench/make-export.py "$PEOPLE" v > "$work/export.csv"
  csrf=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$work/jar")
  curl -sf -b "$work/jar" -H "X-CSRF-Token: $csrf" -H 'Content-Type: text/csv' --data-binary @"$work/export.csv" \
    "$MARQUEE_URL/api/v1/events/$EVENT_ID/imports" >/dev/null
  for _ in $(seq 1 300); do
    [[ $(codes_in "$work/mails.txt" | wc -l) -ge $PEOPLE ]] && break
    sleep 1
  done
  codes_in "$work/mails.txt" > "$work/codes.txt"
  [[ $(wc -l <"$work/codes.txt") -eq $PEOPLE ]] || { echo "got $(wc -l <"$work/codes.txt") access codes of $PEOPLE" >&2; return 1; }
  node bench/viewing/people.js --base "$MARQUEE_URL" --codes "$work/codes.txt" --stage "$STAGE_ID" > "$work/urls"
  echo "$PEOPLE people signed in, each with their own playback address" >&2
}

measure() { # tracking-enabled: sets result to "cpu-ms ok refused failed" of one churn on a fresh Marquee
  # (not in a subshell, so that the trap stops what it started; a fresh database and Payara root each time)
  local before after out
  rm -rf "$work/marquee" "$work/jar"
  : > "$work/mails.txt"
  python3 -W ignore -m smtpd -n -c DebuggingServer "127.0.0.1:$SMTP_PORT" >"$work/mails.txt" 2>&1 & spid=$!
  start_marquee MARQUEE_VIEWING_ENABLED="$1" MARQUEE_MAIL_SMTP_HOST=127.0.0.1 MARQUEE_MAIL_SMTP_PORT="$SMTP_PORT" \
    MARQUEE_MAIL_SMTP_SECURITY=none MARQUEE_MAIL_DISPATCH_INTERVAL=PT1S
  if (( PEOPLE > 1 )); then create_stage TICKETED >/dev/null; else create_stage >/dev/null; fi
  ffmpeg -hide_banner -nostdin -loglevel warning -re -stream_loop -1 -i "$clip" -c copy -f flv \
    "rtmp://127.0.0.1:$MARQUEE_RTMP_PORT/live/$STREAM_KEY" >>"$work/ffmpeg.log" 2>&1 & fpid=$!
  local url
  url=$MARQUEE_URL$(marquee_source http-flv)
  if (( PEOPLE > 1 )); then people; else echo "$url" > "$work/urls"; fi
  stop "$spid"; spid=
  sleep 10
  before=$(cpu_ms "$mpid")
  out=$(node bench/viewing/churn.js --urls "$work/urls" --viewers "$VIEWERS" --rate "$RATE" --hold "$HOLD")
  sleep 6 # the last batch of rows is written (flush interval 5 s)
  after=$(cpu_ms "$mpid")
  stop "$fpid"; fpid=; stop "$mpid"; mpid=
  result="$(awk -v a="$after" -v b="$before" 'BEGIN {printf "%.0f", a - b}') $(json 'j.ok + " " + j.refused + " " + j.failed' <<<"$out")"
}

wait_quiet
declare -a on off
for r in $(seq 1 "$ROUNDS"); do
  measure false; read -r c ok refused failed <<<"$result"; off+=("$c")
  echo "round $r off: $c CPU-ms ($ok played, $refused refused, $failed failed)" >&2
  measure true; read -r c ok refused failed <<<"$result"; on+=("$c")
  echo "round $r on: $c CPU-ms ($ok played, $refused refused, $failed failed)" >&2
done
sum() { local t=0; for v in "$@"; do t=$(( t + v )); done; echo "$t"; }
total_off=$(sum "${off[@]}"); total_on=$(sum "${on[@]}")
echo "| Tracking | Marquee CPU-ms per churn ($VIEWERS viewers, $PEOPLE distinct people, at $RATE/s, ${HOLD} s each), rounds: ${ROUNDS} |"
echo "|---|---|"
echo "| off (marquee.viewing.enabled=false) | ${off[*]} (sum $total_off) |"
echo "| on | ${on[*]} (sum $total_on) |"
awk -v a="$total_on" -v b="$total_off" 'BEGIN {printf "tracking costs %+.1f %% of the CPU without it (target: at most +10 %%)\n", (a - b) * 100 / b}'
