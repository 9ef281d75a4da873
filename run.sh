#!/usr/bin/env bash
# Runs Marquee on Payara Micro: http://localhost:8080, data (embedded H2) under ./data, the demo
# event seeded on first start. Builds marquee.war first when it is missing or older than the sources.
# Configure with environment variables (docs/operations.md), e.g.
#   MARQUEE_ADMIN_EMAIL=you@example.org MARQUEE_ADMIN_PASSWORD='a long password' ./run.sh
# Extra arguments go to Payara Micro (e.g. --port 9090). MARQUEE_JAVA_OPTS replaces the JVM options, by default
# the recommended heap, -Xmx512m (docs/operations.md, "Memory").
set -euo pipefail
cd "$(dirname "$0")"

war=webapp/target/marquee.war
runtime=webapp/target/payara-micro.jar
if [[ ! -f $war || ! -f $runtime ]] || [[ -n $(find . \( -path ./data -o -name node_modules \) -prune -o -path '*/src/*' -type f -newer "$war" -print -quit) ]]; then
  echo "Building marquee.war ..."
  mvn -B -q -DskipTests package
fi

# Payara's runtime directory holds no data of Marquee's; a stale one would deploy the WAR twice.
rm -rf data/payara
mkdir -p data

# Listens on HTTP 8080 and RTMP 1935 only. Payara's data grid is a grid of one bound to 127.0.0.1
# (payara/grid-single.xml; Payara's own --nocluster would listen on every address); /metrics and
# /openapi are not served on the public port (payara/post-boot.txt). Set MARQUEE_MANAGEMENT_PORT
# (and MARQUEE_MANAGEMENT_ADDRESS, default 127.0.0.1) to serve them, with /health, on a management
# listener of their own (payara/management-listener.txt; docs/operations.md, "Metrics").
for file in payara/grid-single.xml payara/post-boot.txt payara/management-listener.txt; do
  [[ -f $file ]] || { echo "$file is missing" >&2; exit 1; }
done
management=()
if [[ -n ${MARQUEE_MANAGEMENT_PORT:-}${MARQUEE_MANAGEMENT_ADDRESS:-} ]]; then
  management=(--postdeploycommandfile payara/management-listener.txt)
fi
# shellcheck disable=SC2086
exec java ${MARQUEE_JAVA_OPTS--Xmx512m} -Dhazelcast.config=payara/grid-single.xml -Ddeployment.resource.validation=false -jar "$runtime" --deploy "$war" --contextroot / \
  --port 8080 --nocluster --postbootcommandfile payara/post-boot.txt "${management[@]}" \
  --rootdir data/payara "$@"
