#!/usr/bin/env bash
# Sign-in benchmark: 1,000 attendees with real emailed codes sign in at once, over and over, for 20 s
# (wrk, 1,000 connections). Codes are read from the mails an SMTP sink received. Prints wrk's rate and
# latency, the server's CPU over the measured 20 s, and that CPU per thread group (from /proc).
# Run it holding the build lock, as every benchmark: flock /tmp/mvn.lock bench/signin.sh h2
#   bench/signin.sh [h2|postgres]   (default h2; needs wrk, python3 3.11 with smtpd, PostgreSQL on
#                                    127.0.0.1:5432 for postgres)
#   Environment: PIN=1   the server on CPU 1 and wrk (one thread) on CPU 0 (taskset), instead of both
#                        sharing the two cores
#                JFR=file.jfr   a flight recording of the measured 20 s (the JDK's profile settings, Java
#                               sampled every millisecond, stacks 256 deep)
#                WARMUP=30   seconds of sign-ins (100 connections) before the measured 20 s, so that the
#                            JIT has compiled the sign-in path (a fresh Payara still compiles for a minute)
#                MARQUEE_PORT=18082 MARQUEE_RTMP_PORT=19352 SMTP_PORT=18025
set -euo pipefail
cd "$(dirname "$0")/.."
MARQUEE_PORT=${MARQUEE_PORT:-18082}; MARQUEE_RTMP_PORT=${MARQUEE_RTMP_PORT:-19352}; SMTP_PORT=${SMTP_PORT:-18025}
MARQUEE_ADMIN_EMAIL=bench@marquee.test; MARQUEE_ADMIN_PASSWORD=bench-password-123
work=$(mktemp -d)
mpid=; spid=; boot_lines=1; marquee_build=
stop() { [[ -n $1 ]] && kill "$1" 2>/dev/null && while kill -0 "$1" 2>/dev/null; do sleep 0.2; done; return 0; }
trap 'stop "$mpid"; stop "$spid"; rm -rf "$work"' EXIT
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
# shellcheck source=bench/lib/marquee.sh
source bench/lib/marquee.sh

python3 -W ignore -m smtpd -n -c DebuggingServer 127.0.0.1:"$SMTP_PORT" > "$work/mails.txt" 2>&1 & spid=$!
python3 bench/make-export.py 1000 s > "$work/export.csv"

db=()
if [[ ${1:-h2} == postgres ]]; then
  psql -q -h 127.0.0.1 -U postgres -d test -c 'SET client_min_messages = warning; DROP SCHEMA IF EXISTS marquee_bench CASCADE; CREATE SCHEMA marquee_bench;'
  db=(MARQUEE_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=marquee_bench" MARQUEE_DB_USER=postgres
      MARQUEE_DB_PASSWORD=unused)
fi
if [[ -n ${JFR:-} ]]; then
  MARQUEE_JAVA_OPTS="${MARQUEE_JAVA_OPTS:-} -XX:FlightRecorderOptions:stackdepth=256"
  sed 's|<setting name="period" control="method-sampling-java-interval">.*</setting>|<setting name="period" control="method-sampling-java-interval">1 ms</setting>|' \
    "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")/lib/jfr/profile.jfc" > "$work/sampling.jfc"
fi
start_marquee "${db[@]}" MARQUEE_MAIL_SMTP_HOST=127.0.0.1 MARQUEE_MAIL_SMTP_PORT="$SMTP_PORT" \
  MARQUEE_MAIL_SMTP_SECURITY=none MARQUEE_MAIL_DISPATCH_INTERVAL=PT1S MARQUEE_HTTP_TRUSTED_PROXIES=127.0.0.1
echo "$marquee_build, database ${1:-h2}, $(if [[ -n ${PIN:-} ]]; then echo 'pinned: server CPU 1, wrk CPU 0'; else echo 'shared cores'; fi)"

api POST /auth/login "{\"email\":\"$MARQUEE_ADMIN_EMAIL\",\"password\":\"$MARQUEE_ADMIN_PASSWORD\"}" >/dev/null
event=$(api POST /events '{"slug":"bench","title":"Bench","timezone":"UTC","access":"TICKETED"}' | json j.id)
csrf=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$work/jar")
curl -sf -b "$work/jar" -H "X-CSRF-Token: $csrf" -H 'Content-Type: text/csv' --data-binary @"$work/export.csv" \
  "$MARQUEE_URL/api/v1/events/$event/imports" >/dev/null
codes_in() { grep -oE '\b[2-9A-Z]{5}-[2-9A-Z]{5}-[2-9A-Z]{5}\b' "$work/mails.txt" | sort -u; }
until [[ $(codes_in | wc -l) -ge 1000 ]]; do sleep 1; done
codes_in > "$work/codes.txt"

load=(wrk -t2); [[ -z ${PIN:-} ]] || { taskset -a -p -c 1 "$mpid" >/dev/null; load=(taskset -c 0 wrk -t1); }


echo "warm-up (${WARMUP:-30} s, 100 connections):"; CODES=$work/codes.txt "${load[@]}" -c100 -d"${WARMUP:-30}"s -s bench/signin.lua "$MARQUEE_URL" | tail -2
QUIET_WAIT=30 wait_quiet
thread_groups_ticks "$mpid" > "$work/threads.before"; cpu0=$(cpu_ms "$mpid"); busy0=$(busy_ms)
[[ -z ${JFR:-} ]] || jcmd "$mpid" JFR.start name=signin settings="$work/sampling.jfc" >/dev/null
echo "1,000 concurrent attendees, 20 s:"
CODES=$work/codes.txt "${load[@]}" -c1000 -d20s --timeout 10s --latency -s bench/signin.lua "$MARQUEE_URL" | tail -3
[[ -z ${JFR:-} ]] || jcmd "$mpid" JFR.dump name=signin filename="$(realpath -m "$JFR")" >/dev/null
cpu1=$(cpu_ms "$mpid"); busy1=$(busy_ms); thread_groups_ticks "$mpid" > "$work/threads.after"
awk -v s="$cpu0" -v e="$cpu1" -v b0="$busy0" -v b1="$busy1" 'BEGIN {
  printf "server CPU %.0f ms (%.2f cores over the 20 s), machine busy %.2f cores\n", e - s, (e - s) / 20000, (b1 - b0) / 20000 }'
echo "server CPU by thread group (ms, top 12):"
tck=$(getconf CLK_TCK)
awk -v tck="$tck" 'NR == FNR { before[$1] = $2; next } { d = ($2 - before[$1]) * 1000 / tck; if (d > 0) print d, $1 }' \
  "$work/threads.before" "$work/threads.after" | sort -rn | head -12 | awk '{ printf "  %7.0f  %s\n", $1, $2 }'
grep -q 'SEVERE.*\] \[\|^SEVERE:' "$work/marquee.log" && echo "(the server log has errors: $(grep -c 'SEVERE.*\] \[\|^SEVERE:' "$work/marquee.log") SEVERE entries)"
exit 0
