#!/usr/bin/env bash
# Measures what ops feel of a Marquee instance: the build, boot-to-ready on Payara Micro and the memory
# of the running server. Prints a Markdown table for docs/benchmarks.md.
#   bench/boot.sh [runs]     (default 3 boots; needs the port 18080 free)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
port=18080
work=$(mktemp -d)
trap 'pkill -f "payara-micro.jar --deploy .*--port $port" || true; rm -rf "$work"' EXIT

t0=$(date +%s.%N)
mvn -B -q -DskipTests clean package
build=$(awk "BEGIN {print $(date +%s.%N) - $t0}")

war=$PWD/webapp/target/marquee.war
runtime=$PWD/webapp/target/payara-micro.jar

boot() { # $1 = data directory; prints seconds to ready and leaves the server running
  local start pid
  start=$(date +%s.%N)
  rm -rf "$1/payara"  # Payara runtime state; reused, it would deploy the WAR twice
  (cd "$1" && exec java -jar "$runtime" --deploy "$war" --contextroot / --port $port --nocluster \
      --rootdir "$1/payara" >"$1/log.txt" 2>&1) &
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready") == 200 ]]; do
    sleep 0.2
  done
  awk "BEGIN {print $(date +%s.%N) - $start}"
}
rss_mib() { ps -o rss= -p "$(pgrep -f "payara-micro.jar --deploy .*--port $port" | head -1)" | awk '{printf "%d", $1/1024}'; }
stop() { pkill -f "payara-micro.jar --deploy .*--port $port"; while pgrep -f "payara-micro.jar --deploy .*--port $port" >/dev/null; do sleep 0.2; done; }

first=(); again=(); rss_ready=(); rss_load=()
for i in $(seq 1 "$runs"); do
  dir=$work/run$i; mkdir -p "$dir"
  first+=("$(boot "$dir")")
  rss_ready+=("$(rss_mib)")
  for _ in $(seq 1 500); do curl -s -o /dev/null "http://127.0.0.1:$port/api/v1/events/1/schedule"; done
  rss_load+=("$(rss_mib)")
  stop
  again+=("$(boot "$dir")")
  stop
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "| measure | median of $runs | all runs |"
echo "|---|---|---|"
printf '| clean build, warm Maven repository (s) | %.1f | |\n' "$build"
printf '| boot to ready, first start: empty H2, migrations and demo seed (s) | %.1f | %s |\n' "$(median "${first[@]}")" "${first[*]}"
printf '| boot to ready, restart on existing data (s) | %.1f | %s |\n' "$(median "${again[@]}")" "${again[*]}"
printf '| RSS at ready (MiB) | %s | %s |\n' "$(median "${rss_ready[@]}")" "${rss_ready[*]}"
printf '| RSS after 500 schedule requests (MiB) | %s | %s |\n' "$(median "${rss_load[@]}")" "${rss_load[*]}"
echo
echo "war size: $(du -h "$war" | cut -f1); java: $(java -version 2>&1 | head -1); cores: $(nproc)"
