#!/usr/bin/env bash
# Runs Marquee on Payara Micro: http://localhost:8080, data (embedded H2) under ./data, the demo
# event seeded on first start. Builds marquee.war first when it is missing or older than the sources.
# Configure with environment variables (docs/operations.md), e.g.
#   MARQUEE_ADMIN_EMAIL=you@example.org MARQUEE_ADMIN_PASSWORD='a long password' ./run.sh
# Extra arguments go to Payara Micro (e.g. --port 9090).
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
exec java -jar "$runtime" --deploy "$war" --contextroot / --port 8080 --nocluster \
  --rootdir data/payara "$@"
