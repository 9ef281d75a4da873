#!/usr/bin/env bash
# One instance versus two: the same load through nginx against one Marquee instance, then against a
# cluster of two (Payara Micro's data grid, TCP member list on loopback, one PostgreSQL schema), with
# the load clients of bench/chat.sh and bench/rtmp.sh. Chat: C clients in one stage, S senders at RATE
# messages per second in total, spread over the instances by nginx. Viewers: one stream published to
# the first instance, N HTTP-FLV viewers through nginx (with two instances, half of them are relayed by
# the second one, which pulls the stream from the first). Server CPU and RSS are those of every
# instance plus nginx. Prints one Markdown table and keeps the raw JSON lines in
# bench/cluster-results/<timestamp>.jsonl.
#   bench/cluster.sh
# Environment (all optional):
#   MODES="one two"  CHAT_CLIENTS=2000  SENDERS=20  RATE=20  VIEWERS=400
#   WARMUP=10  MEASURE=30  GRACE=5  WORKERS=2  QUIET_WAIT=300  MARQUEE_JAVA_OPTS (passed to java)
#   PG_URL=jdbc:postgresql://127.0.0.1:5432/test  PG_SCHEMA=bench_cluster (dropped and made again)
# Needs webapp/target/marquee.war and payara-micro.jar (mvn -B install -DskipTests), nginx, ffmpeg,
# psql and node. Everything runs on this one machine: with two instances on the same cores, the run
# shows what the cluster costs, not what a second machine would add.
set -euo pipefail
cd "$(dirname "$0")/.."
MODES=${MODES:-one two}; CHAT_CLIENTS=${CHAT_CLIENTS:-2000}; SENDERS=${SENDERS:-20}; RATE=${RATE:-20}
VIEWERS=${VIEWERS:-400}; WARMUP=${WARMUP:-10}; MEASURE=${MEASURE:-30}; GRACE=${GRACE:-5}; WORKERS=${WORKERS:-2}
PG_URL=${PG_URL:-jdbc:postgresql://127.0.0.1:5432/test}; PG_SCHEMA=${PG_SCHEMA:-bench_cluster}
ADMIN_EMAIL=bench@marquee.test ADMIN_PASSWORD=bench-password-123
HTTP=(18191 18192) RTMP=(19391 19392) GRID=(15991 15992) LB=18190
stamp=$(date -u +%Y-%m-%dT%H-%M-%S)
work=$(mktemp -d)
pids=(); npid=; fpid=
stop() { [[ -n $1 ]] && kill "$1" 2>/dev/null && while kill -0 "$1" 2>/dev/null; do sleep 0.2; done; return 0; }
stop_all() { stop "$fpid"; fpid=; stop "$npid"; npid=; for p in "${pids[@]}"; do stop "$p"; done; pids=(); }
trap 'stop_all; rm -rf "$work"' EXIT

ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
for d in chat rtmp; do [[ -d bench/$d/node_modules ]] || (cd bench/$d && npm ci --no-audit --no-fund --loglevel=error); done
clip=bench/rtmp/work/clip-720p30.flv
if [[ ! -s $clip ]]; then
  mkdir -p bench/rtmp/work
  ffmpeg -hide_banner -loglevel error -y -f lavfi -i testsrc2=size=1280x720:rate=30 \
    -f lavfi -i sine=frequency=440:sample_rate=48000 -t 60 \
    -c:v libx264 -preset veryfast -pix_fmt yuv420p -b:v 1400k -minrate 1400k -maxrate 1400k -bufsize 1400k \
    -x264-params nal-hrd=cbr -g 60 -keyint_min 60 -sc_threshold 0 \
    -c:a aac -b:a 128k -ar 48000 -ac 2 -f flv "$clip.part" && mv "$clip.part" "$clip"
fi

start_instances() { # count: a fresh schema, then that many instances in one cluster; sets pids
  local n=$1 members="" i
  psql -q -h 127.0.0.1 -U postgres -d test -c "drop schema if exists $PG_SCHEMA cascade; create schema $PG_SCHEMA" >/dev/null
  for ((i = 0; i < n; i++)); do members+="${members:+,}127.0.0.1:${GRID[i]}"; done
  for ((i = 0; i < n; i++)); do
    mkdir -p "$work/i$i"
    # shellcheck disable=SC2086
    (cd "$work/i$i" && exec env MARQUEE_DB_URL="$PG_URL?currentSchema=$PG_SCHEMA" MARQUEE_DB_USER=postgres \
      MARQUEE_ADMIN_EMAIL=$ADMIN_EMAIL MARQUEE_ADMIN_PASSWORD=$ADMIN_PASSWORD MARQUEE_DEMO=false \
      MARQUEE_RTMP_PORT=${RTMP[i]} MARQUEE_CLUSTER_INTERNAL_URL=http://127.0.0.1:${HTTP[i]} \
      MARQUEE_HTTP_TRUSTED_PROXIES=127.0.0.1 \
      java -Xmx1g ${MARQUEE_JAVA_OPTS:-} -Dhazelcast.socket.bind.any=false -Dhazelcast.max.no.heartbeat.seconds=10 -Dhazelcast.metrics.enabled=false -Ddeployment.resource.validation=false \
      -jar "$work/payara-micro.jar" --deploy "$work/marquee.war" --contextroot / --port "${HTTP[i]}" \
      --rootdir "$work/i$i/payara" --name "bench-$i" --clustername "bench-$stamp" --clustermode "tcpip:$members" \
      --startport "${GRID[i]}" --interfaces 127.0.0.1 >"$work/i$i/log.txt" 2>&1) &
    pids+=($!)
    for _ in $(seq 1 400); do # one after the other: the first one migrates the schema
      [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${HTTP[i]}/health/ready") == 200 ]] && break
      kill -0 "${pids[i]}" 2>/dev/null || { tail -20 "$work/i$i/log.txt" >&2; return 1; }
      sleep 0.3
    done
  done
  for ((i = 0; i < n; i++)); do
    for _ in $(seq 1 120); do
      curl -s "http://127.0.0.1:${HTTP[i]}/health/ready" | grep -Eq "\"members\":\"?$n\"?[,}]" && continue 2
      sleep 0.5
    done
    echo "instance $i does not see $n members" >&2; return 1
  done
  echo "$n instance(s) ready, one cluster" >&2
}

start_nginx() { # count: nginx in front of that many instances (the configuration of docs/operations.md)
  local n=$1 servers="" i
  for ((i = 0; i < n; i++)); do servers+="server 127.0.0.1:${HTTP[i]} max_fails=1 fail_timeout=5s; "; done
  mkdir -p "$work/nginx/temp"
  cat >"$work/nginx/nginx.conf" <<EOF
daemon off; worker_processes 1; pid $work/nginx/nginx.pid; error_log $work/nginx/error.log warn;
events { worker_connections 16384; }
http {
  access_log off;
  client_body_temp_path $work/nginx/temp/body; proxy_temp_path $work/nginx/temp/proxy;
  fastcgi_temp_path $work/nginx/temp/fcgi; uwsgi_temp_path $work/nginx/temp/uwsgi; scgi_temp_path $work/nginx/temp/scgi;
  map \$http_upgrade \$connection_upgrade { default ''; ~*^websocket\$ upgrade; }
  map \$http_upgrade \$websocket_upgrade { default ''; ~*^websocket\$ websocket; }
  upstream marquee { $servers keepalive 64; }
  server {
    listen 127.0.0.1:$LB;
    location / {
      proxy_pass http://marquee; proxy_http_version 1.1;
      proxy_set_header Host \$http_host; proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header Upgrade \$websocket_upgrade; proxy_set_header Connection \$connection_upgrade;
      proxy_buffering off; proxy_read_timeout 1h; proxy_send_timeout 1h; proxy_connect_timeout 2s;
    }
  }
}
EOF
  ulimit -n 65536 2>/dev/null || true
  nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" & npid=$!
  until curl -s -o /dev/null "http://127.0.0.1:$LB/health"; do sleep 0.2; done
}

api() { # method path [json]: through nginx, signed in as the organizer
  local out csrf
  csrf=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$work/jar" 2>/dev/null || true)
  out=$(curl -s -w '\n%{http_code}' -b "$work/jar" -c "$work/jar" -X "$1" -H 'Content-Type: application/json' \
    -H "X-CSRF-Token: ${csrf:-}" ${3:+-d "$3"} "http://127.0.0.1:$LB/api/v1$2")
  [[ ${out##*$'\n'} == 2* ]] || { echo "$1 $2 answered ${out##*$'\n'}: ${out%$'\n'*}" >&2; return 1; }
  printf '%s' "${out%$'\n'*}"
}
json() { node -p "const j = JSON.parse(require('fs').readFileSync(0, 'utf8')); $1"; }

QUIET_WAIT=${QUIET_WAIT:-300}
# shellcheck source=bench/lib/quiet.sh
source bench/lib/quiet.sh

mkdir -p bench/cluster-results
out=bench/cluster-results/$stamp.jsonl
cp webapp/target/marquee.war webapp/target/payara-micro.jar "$work/"
for mode in $MODES; do
  n=1; [[ $mode == two ]] && n=2
  start_instances "$n"; start_nginx "$n"
  server_pids=$(IFS=,; echo "${pids[*]},$npid")
  rm -f "$work/jar"
  api POST /auth/login "{\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\"}" >/dev/null
  event=$(api POST /events "{\"slug\":\"bench-$mode\",\"title\":\"Bench\",\"timezone\":\"UTC\",\"access\":\"PUBLIC\"}" | json j.id)
  stage=$(api POST "/events/$event/stages" '{"slug":"main","name":"Main","provider":"rtmp","settings":{}}' | json j.id)
  key=$(api GET "/stages/$stage" | json j.ingest.streamKey)

  echo "== $mode: chat, $CHAT_CLIENTS clients" >&2
  wait_quiet
  r=$(node bench/chat/load.js --target marquee --url "ws://127.0.0.1:$LB/ws/stages/$stage" --server-pid "$server_pids" \
    --clients "$CHAT_CLIENTS" --senders "$SENDERS" --rate "$RATE" --warmup "$WARMUP" --measure "$MEASURE" \
    --grace "$GRACE" --workers "$WORKERS") || true
  [[ $r == '{'* ]] || r='{"error":"load.js printed no result"}'
  node -e 'const r = JSON.parse(process.argv[1]); console.log(JSON.stringify({ mode: process.argv[2], kind: "chat", ...r }))' \
    "$r" "$mode" >>"$out"

  echo "== $mode: $VIEWERS HTTP-FLV viewers" >&2
  ffmpeg -hide_banner -nostdin -loglevel warning -re -stream_loop -1 -i "$clip" -c copy -f flv \
    "rtmp://127.0.0.1:${RTMP[0]}/live/$key" >>"$work/ffmpeg.log" 2>&1 & fpid=$!
  url=
  for _ in $(seq 1 60); do
    p=$(api GET "/stages/$stage/playback" || true)
    if [[ $(json "j.live === true" <<<"$p") == true ]]; then url=http://127.0.0.1:$LB$(json "j.sources.find((s) => s.type === 'http-flv').url" <<<"$p"); break; fi
    sleep 0.5
  done
  [[ -n $url ]] || { echo "the stage did not go live" >&2; exit 1; }
  wait_quiet
  r=$(node bench/rtmp/load.js --target marquee --url "$url" --server-pid "$server_pids" --viewers "$VIEWERS" \
    --warmup "$WARMUP" --measure "$MEASURE" --probes 10 --workers "$WORKERS" --wait-live 30) || true
  [[ $r == '{'* ]] || r='{"error":"load.js printed no result"}'
  node -e 'const r = JSON.parse(process.argv[1]); console.log(JSON.stringify({ mode: process.argv[2], kind: "viewers", ...r }))' \
    "$r" "$mode" >>"$out"
  for ((i = 0; i < n; i++)); do cp "$work/i$i/log.txt" "bench/cluster-results/$stamp.$mode.instance$i.log"; done
  stop_all
done

node - "$out" <<'EOF'
const rows = require('fs').readFileSync(process.argv[2], 'utf8').trim().split('\n').map(JSON.parse);
const f = (v, d = 1) => (v == null ? 'n/a' : typeof v === 'number' ? +v.toFixed(d) : v);
console.log('| instances | load | served | p50 / p99 (ms) | server CPU (% of a core) | CPU-ms per unit | RSS (MiB) | other CPU % |');
console.log('|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  if (r.error) { console.log(`| ${r.mode} | ${r.kind} | failed: ${r.error} |||||`); continue; }
  if (r.kind === 'chat') {
    console.log(`| ${r.mode} | chat, ${r.clients} clients, ${r.senders} senders | ${f(r.deliveredPct, 2)}% delivered | ${f(r.p50)} / ${f(r.p99)} | ${f(r.serverCpuPct)} | ${f(r.serverCpuMsPerMsg, 4)} per delivered message | ${f(r.serverRssMiB, 0)} | ${f(r.otherCpuPct)} |`);
  } else {
    console.log(`| ${r.mode} | ${r.viewers} HTTP-FLV viewers | ${r.keptUp} kept up | first keyframe ${f(r.ttfkP50)} / ${f(r.ttfkMax)} | ${f(r.serverCpuPct)} | ${f(r.serverCpuMsPerViewerSecond, 3)} per viewer-second | ${f(r.serverRssMaxMiB, 0)} | ${f(r.otherCpuPct)} |`);
  }
}
EOF
echo "raw results: $out" >&2
