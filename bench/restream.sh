#!/usr/bin/env bash
# Restream cost: one ~1.5 Mbit/s stream (bench/rtmp.sh's clip: H.264 720p30 CBR 1.4 Mbit/s, 2 s GOP, AAC
# 128k) published to a Marquee rtmp stage by `ffmpeg -re -stream_loop -1 -c copy`, pushed to N restream
# targets (all on one local nginx-rtmp, `live on; record off;`, each under its own key), for each N in turn.
# Prints a Markdown table: Marquee's CPU (% of one core) over the measured window, the extra per target
# against N = 0, the restream threads' own CPU per target, and whether every target kept up (connected,
# bitrate within 10 % of the source's, no packet skipped, no reconnect).
#   flock /tmp/mvn.lock bench/restream.sh      (hold the build lock so no build disturbs the numbers)
# Environment (all optional): COUNTS="0 1 10"  WARMUP=10  MEASURE=30  QUIET_WAIT=600
#   MARQUEE_PORT=18087 MARQUEE_RTMP_PORT=19353 NGINX_RTMP_PORT=19354  MARQUEE_JAVA_OPTS
# Marquee starts from webapp/target/marquee.war (build it first) with MARQUEE_OUTBOUND_ALLOW=127.0.0.1, the
# documented way to let restream targets reach a server on loopback, and as many targets per stage as the
# largest count.
set -euo pipefail
cd "$(dirname "$0")/.."
COUNTS=${COUNTS:-0 1 10}; WARMUP=${WARMUP:-10}; MEASURE=${MEASURE:-30}
MARQUEE_PORT=${MARQUEE_PORT:-18087}; MARQUEE_RTMP_PORT=${MARQUEE_RTMP_PORT:-19353}
NGINX_RTMP_PORT=${NGINX_RTMP_PORT:-19354}
MARQUEE_ADMIN_EMAIL=${MARQUEE_ADMIN_EMAIL:-bench@marquee.test}
MARQUEE_ADMIN_PASSWORD=${MARQUEE_ADMIN_PASSWORD:-bench-password-123}
nginx_module=/usr/lib/nginx/modules/ngx_rtmp_module.so
work=$(mktemp -d)
mpid=; npid=; fpid=; boot_lines=1; marquee_build=
stop() { [[ -n $1 ]] && kill "$1" 2>/dev/null && while kill -0 "$1" 2>/dev/null; do sleep 0.2; done; return 0; }
trap 'stop "$fpid"; stop "$npid"; stop "$mpid"; rm -rf "$work"' EXIT

# shellcheck source=bench/lib/marquee.sh
source bench/lib/marquee.sh

rtmp_clip
mkdir -p "$work/nginx"
cat >"$work/nginx/nginx.conf" <<CONF
load_module $nginx_module;
daemon off;
master_process off;
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log notice;
events { worker_connections 256; }
rtmp { server { listen 127.0.0.1:$NGINX_RTMP_PORT; chunk_size 4096; application live { live on; record off; } } }
CONF
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" & npid=$!
most=5; for n in $COUNTS; do (( n > most )) && most=$n; done
start_marquee MARQUEE_OUTBOUND_ALLOW=127.0.0.1 MARQUEE_RTMP_RESTREAM_MAX_TARGETS=$most
create_stage
ffmpeg -hide_banner -nostdin -loglevel warning -re -stream_loop -1 -i bench/rtmp/work/clip.flv -c copy -f flv \
  "rtmp://127.0.0.1:$MARQUEE_RTMP_PORT/live/$STREAM_KEY" >>"$work/ffmpeg.log" 2>&1 & fpid=$!
marquee_source http-flv >/dev/null

targets() { api GET "/stages/$STAGE_ID/restreams"; }
set_targets() { # n: deletes every target, adds n
  local id
  for id in $(targets | json "j.map((t) => t.id).join(' ')"); do api DELETE "/restreams/$id" >/dev/null; done
  for i in $(seq 1 "$1"); do
    api POST "/stages/$STAGE_ID/restreams" "{\"url\":\"rtmp://127.0.0.1:$NGINX_RTMP_PORT/live\",\"key\":\"bench-$i\"}" >/dev/null
  done
  for _ in $(seq 1 60); do
    [[ $(targets | json "j.filter((t) => t.status.state !== 'connected').length") == 0 ]] && return 0; sleep 0.5
  done
  echo "not every target connected: $(targets)" >&2
}

echo "| targets | Marquee CPU (% of a core) | extra per target (% of a core) | restream threads per target (% of a core) | kept up |"
echo "|---|---|---|---|---|"
base=
for n in $COUNTS; do
  set_targets "$n"
  wait_quiet
  sleep "$WARMUP"
  targets >"$work/before.json"
  c1=$(cpu_ms "$mpid"); r1=$(threads_cpu_ms "$mpid" marquee-restrea); t1=$(date +%s%N)
  sleep "$MEASURE"
  c2=$(cpu_ms "$mpid"); r2=$(threads_cpu_ms "$mpid" marquee-restrea); t2=$(date +%s%N)
  after=$(targets)
  ms=$(( (t2 - t1) / 1000000 ))
  cpu=$(awk -v a="$c1" -v b="$c2" -v ms="$ms" 'BEGIN {printf "%.2f", (b - a) * 100 / ms}')
  [[ -n $base ]] || base=$cpu
  extra=$( ((n > 0)) && awk -v c="$cpu" -v b="$base" -v n="$n" 'BEGIN {printf "%.2f", (c - b) / n}' || echo "-")
  threads=$( ((n > 0)) && awk -v a="$r1" -v b="$r2" -v ms="$ms" -v n="$n" 'BEGIN {printf "%.2f", (b - a) * 100 / ms / n}' || echo "-")
  kept=$(json "const b = JSON.parse(require('fs').readFileSync('$work/before.json', 'utf8')); j.length === 0 ? '-' : j.every((t) => {
      const p = b.find((x) => x.id === t.id);
      return t.status.state === 'connected' && t.status.bitrate > 1350000 && t.status.droppedPackets === p.status.droppedPackets
        && t.status.reconnects === p.status.reconnects; }) ? 'yes, all ' + j.length : 'no: ' + JSON.stringify(j.map((t) => t.status))" <<<"$after")
  echo "| $n | $cpu | $extra | $threads | $kept |"
done
