#!/usr/bin/env bash
# Sign-in benchmark: 1,000 attendees with real emailed codes sign in at once, over and over, for 20 s
# (wrk, 1,000 connections). Codes are read from the mails an SMTP sink received.
#   bench/signin.sh [h2|postgres]   (default h2; needs wrk, python3 3.11 with smtpd, ports 18082, 18025)
set -euo pipefail
cd "$(dirname "$0")/.."
port=18082
smtp=18025
work=$(mktemp -d)
trap 'pkill -f "payara-micro.jar --deploy .*--port $port" || true; kill $sink 2>/dev/null || true; rm -rf "$work"' EXIT

war=$PWD/webapp/target/marquee.war
runtime=$PWD/webapp/target/payara-micro.jar
[[ -f $war && -f $runtime ]] || mvn -B -q -DskipTests package
python3 -W ignore -m smtpd -n -c DebuggingServer 127.0.0.1:$smtp > "$work/mails.txt" 2>&1 & sink=$!
python3 bench/make-export.py 1000 s > "$work/export.csv"

db=()
if [[ ${1:-h2} == postgres ]]; then
  psql -q -h 127.0.0.1 -U postgres -d test -c 'DROP SCHEMA IF EXISTS marquee_bench CASCADE; CREATE SCHEMA marquee_bench;'
  db=(MARQUEE_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=marquee_bench" MARQUEE_DB_USER=postgres
      MARQUEE_DB_PASSWORD=unused)
fi
mkdir -p "$work/run"
(cd "$work/run" && exec env "${db[@]}" MARQUEE_ADMIN_EMAIL=bench@marquee.test MARQUEE_ADMIN_PASSWORD=bench-password-123 \
    MARQUEE_DEMO=false MARQUEE_MAIL_SMTP_HOST=127.0.0.1 MARQUEE_MAIL_SMTP_PORT=$smtp MARQUEE_MAIL_SMTP_SECURITY=none MARQUEE_MAIL_DISPATCH_INTERVAL=PT1S \
    java -jar "$runtime" --deploy "$war" --contextroot / --port $port --nocluster --rootdir "$work/run/payara" \
    >"$work/run/log.txt" 2>&1) &
until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready") == 200 ]]; do sleep 0.3; done

api=http://127.0.0.1:$port/api/v1
curl -s -c "$work/jar" -H 'Content-Type: application/json' \
  -d '{"email":"bench@marquee.test","password":"bench-password-123"}' "$api/auth/login" >/dev/null
csrf=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$work/jar")
curl -s -b "$work/jar" -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' \
  -d '{"slug":"bench","title":"Bench","timezone":"UTC","access":"TICKETED"}' "$api/events" >/dev/null
curl -s -b "$work/jar" -H "X-CSRF-Token: $csrf" -H 'Content-Type: text/csv' --data-binary @"$work/export.csv" \
  "$api/events/1/imports" >/dev/null
until [[ $(grep -oE '\b[2-9A-Z]{5}-[2-9A-Z]{5}-[2-9A-Z]{5}\b' "$work/mails.txt" | sort -u | wc -l) -ge 1000 ]]; do sleep 1; done
grep -oE '\b[2-9A-Z]{5}-[2-9A-Z]{5}-[2-9A-Z]{5}\b' "$work/mails.txt" | sort -u > "$work/codes.txt"

echo "warm-up:"; CODES=$work/codes.txt wrk -t2 -c100 -d5s -s bench/signin.lua "http://127.0.0.1:$port" | tail -2
echo "1,000 concurrent attendees, 20 s:"
CODES=$work/codes.txt wrk -t2 -c1000 -d20s --timeout 10s --latency -s bench/signin.lua "http://127.0.0.1:$port" | tail -3
