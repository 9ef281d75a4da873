#!/usr/bin/env bash
# Import benchmark: a 100,000-row Weemss export uploaded to a fresh Marquee, first import and unchanged
# re-import, on H2 and on PostgreSQL (127.0.0.1:5432, database test, schema marquee_bench).
#   bench/tickets.sh [rows]      (default 100000; needs the port 18081 free and webapp built)
#   Environment: MARQUEE_JAVA_OPTS (passed to java, e.g. -Xmx512m)
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-100000}
port=18081
work=$(mktemp -d)
trap 'pkill -f "payara-micro.jar --deploy .*--port $port" || true; rm -rf "$work"' EXIT

war=$PWD/webapp/target/marquee.war
runtime=$PWD/webapp/target/payara-micro.jar
[[ -f $war && -f $runtime ]] || mvn -B -q -DskipTests package
python3 bench/make-export.py "$rows" > "$work/export.csv"

boot() { # env assignments...; boots on a fresh directory and waits for readiness
  mkdir -p "$work/run" && rm -rf "$work/run"/*
  (cd "$work/run" && exec env "$@" MARQUEE_ADMIN_EMAIL=bench@marquee.test MARQUEE_ADMIN_PASSWORD=bench-password-123 \
      MARQUEE_DEMO=false java ${MARQUEE_JAVA_OPTS:-} -jar "$runtime" --deploy "$war" --contextroot / --port $port --nocluster \
      --rootdir "$work/run/payara" >"$work/run/log.txt" 2>&1) &
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready") == 200 ]]; do sleep 0.3; done
}
stop() { pkill -f "payara-micro.jar --deploy .*--port $port"; while pgrep -f "payara-micro.jar --deploy .*--port $port" >/dev/null; do sleep 0.2; done; }
seconds() { awk "BEGIN {printf \"%.1f\", $2 - $1}"; }

measure() { # label
  local jar=$work/cookies api=http://127.0.0.1:$port/api/v1 csrf t0 t1 t2 first again
  rm -f "$jar"
  curl -s -c "$jar" -H 'Content-Type: application/json' \
    -d '{"email":"bench@marquee.test","password":"bench-password-123"}' "$api/auth/login" >/dev/null
  csrf=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$jar")
  curl -s -b "$jar" -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' \
    -d '{"slug":"bench","title":"Bench","timezone":"UTC","access":"TICKETED"}' "$api/events" >/dev/null
  t0=$(date +%s.%N)
  first=$(curl -s -b "$jar" -H "X-CSRF-Token: $csrf" -H 'Content-Type: text/csv' --data-binary @"$work/export.csv" "$api/events/1/imports")
  t1=$(date +%s.%N)
  again=$(curl -s -b "$jar" -H "X-CSRF-Token: $csrf" -H 'Content-Type: text/csv' --data-binary @"$work/export.csv" "$api/events/1/imports")
  t2=$(date +%s.%N)
  echo "| $1 | $rows | $(seconds "$t0" "$t1") | $(echo "$first" | grep -o '"created":[0-9]*') | $(seconds "$t1" "$t2") | $(echo "$again" | grep -o '"unchanged":[0-9]*') |"
}

echo "| database | rows | first import (s) | result | unchanged re-import (s) | result |"
echo "|---|---|---|---|---|---|"
boot MARQUEE_DB_URL="jdbc:h2:./data/marquee;WRITE_DELAY=0"
measure "H2 (embedded file)"
stop
psql -q -h 127.0.0.1 -U postgres -d test -c 'DROP SCHEMA IF EXISTS marquee_bench CASCADE; CREATE SCHEMA marquee_bench;'
boot MARQUEE_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=marquee_bench&reWriteBatchedInserts=true" \
  MARQUEE_DB_USER=postgres MARQUEE_DB_PASSWORD=unused
measure "PostgreSQL 15"
stop
