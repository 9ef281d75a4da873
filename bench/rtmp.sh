#!/usr/bin/env bash
# RTMP fan-out benchmark: one ~1.5 Mbit/s stream (H.264 720p30, 2 s GOP, AAC), published by
# `ffmpeg -re -stream_loop -1 -c copy`, watched by N viewers of a light Node client, against Marquee
# (HTTP-FLV from a stage with the rtmp provider), Node-Media-Server 4 (HTTP-FLV) and nginx with
# libnginx-mod-rtmp (RTMP play), at each N in turn. Prints a Markdown table per N (viewers that
# kept up, server CPU-ms per viewer-second, RSS, a new viewer's time to first keyframe, load-client
# CPU) and keeps the raw results in bench/rtmp/results/<timestamp>.json (Marquee's log beside them).
# Definitions: bench/rtmp/README.md. The load client shares the machine with the servers.
#   bench/rtmp.sh
# Environment (all optional):
#   VIEWERS="200 500 1000"  TARGETS="marquee nms nginx" (also: marquee-rtmp, Marquee's RTMP play;
#   marquee-llhls, its low-latency HLS: blocking playlist reloads and parts, bench/rtmp/llhls.js)
#   WARMUP=10  MEASURE=30  PROBES=20  WORKERS=2  (load-client processes)
#   SERVER_WARMUP=90  seconds of the stream with 200 unmeasured viewers on a freshly started Marquee before its
#     first measured run, so that its JIT compiler is done with the streaming path (0: measure the cold server;
#     a fresh JVM compiles for a minute or two, at up to a fifth of a core). Node-Media-Server and nginx are
#     started fresh for every run and get only WARMUP.
#   QUIET_WAIT=600  before each run, wait up to this many seconds for the machine to be idle
#   MARQUEE_PORT=18086 MARQUEE_RTMP_PORT=19350 NMS_HTTP_PORT=18001 NMS_RTMP_PORT=19351
#   NGINX_RTMP_PORT=19352 NGINX_WORKERS=1 (worker_processes)  MARQUEE_JAVA_OPTS (passed to java)
#   MARQUEE_ADMIN_EMAIL / MARQUEE_ADMIN_PASSWORD: the organizer Marquee is started with
# Marquee is started from webapp/target/marquee.war in a temporary directory, with the Payara Micro
# runtime from webapp/target (or the local Maven repository); the test clip is made once with ffmpeg
# and kept in bench/rtmp/work/.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
VIEWERS=${VIEWERS:-200 500 1000}; TARGETS=${TARGETS:-marquee nms nginx}
SERVER_WARMUP=${SERVER_WARMUP:-90}; WARMUP=${WARMUP:-10}; MEASURE=${MEASURE:-30}; PROBES=${PROBES:-20}; WORKERS=${WORKERS:-2}
MARQUEE_PORT=${MARQUEE_PORT:-18086}; MARQUEE_RTMP_PORT=${MARQUEE_RTMP_PORT:-19350}
NMS_HTTP_PORT=${NMS_HTTP_PORT:-18001}; NMS_RTMP_PORT=${NMS_RTMP_PORT:-19351}
NGINX_RTMP_PORT=${NGINX_RTMP_PORT:-19352}; NGINX_WORKERS=${NGINX_WORKERS:-1}
MARQUEE_ADMIN_EMAIL=${MARQUEE_ADMIN_EMAIL:-bench@marquee.test}
MARQUEE_ADMIN_PASSWORD=${MARQUEE_ADMIN_PASSWORD:-bench-password-123}
stamp=$(date -u +%Y-%m-%dT%H-%M-%S)
clip=bench/rtmp/work/clip.flv
work=$(mktemp -d)
mpid=; spid=; fpid=; boot_lines=1; marquee_build=
stop() { # pid: ends a process this script started and waits for it
  [[ -n $1 ]] && kill "$1" 2>/dev/null && while kill -0 "$1" 2>/dev/null; do sleep 0.2; done; return 0
}
trap 'stop "$fpid"; stop "$spid"; stop "$mpid"; rm -rf "$work"' EXIT

ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
max=0; for n in $VIEWERS; do (( n > max )) && max=$n; done
(( $(ulimit -n) > max * 2 + 200 )) || echo "warning: only $(ulimit -n) open files allowed" >&2
[[ -d bench/rtmp/node_modules ]] || (cd bench/rtmp && npm ci --no-audit --no-fund --loglevel=error)

# shellcheck source=bench/lib/marquee.sh
source bench/lib/marquee.sh

load() { # target url server-pid viewers: appends one JSON line to $work/runs.jsonl
  local out
  out=$(node bench/rtmp/load.js --target "$1" --url "$2" --server-pid "$3" --viewers "$4" --warmup "$WARMUP" \
    --measure "$MEASURE" --probes "$PROBES" --workers "$WORKERS" --wait-live 30) || true
  [[ $out == '{'* ]] || out="{\"target\":\"$1\",\"viewers\":$4,\"error\":\"load.js printed no result\"}"
  printf '%s\n' "$out" >>"$work/runs.jsonl"
  [[ $out != *'"error"'* ]] || node -p '"  failed: " + JSON.parse(process.argv[1]).error' "$out" >&2
}

run() { # target viewers: one measured run on a fresh publisher (and a fresh server, but for Marquee)
  local t=$1 n=$2 url
  wait_quiet
  case $t in
    marquee|marquee-rtmp|marquee-llhls)
      publish_clip "rtmp://127.0.0.1:$MARQUEE_RTMP_PORT/live/$STREAM_KEY" "$work/ffmpeg.log"
      case $t in
        marquee) url=$MARQUEE_URL$(marquee_source http-flv) || url= ;;
        marquee-llhls) url=$MARQUEE_URL$(marquee_source ll-hls) || url= ;;
        *) url=$(marquee_source rtmp | sed "s#^rtmp://[^/]*/#rtmp://127.0.0.1:$MARQUEE_RTMP_PORT/#") || url= ;;
      esac
      if [[ -n $url ]]; then load "$t" "$url" "$mpid" "$n"
      else printf '{"target":"%s","viewers":%s,"error":"the stage did not go live"}\n' "$t" "$n" >>"$work/runs.jsonl"; fi
      ;;
    nms)
      mkdir -p "$work/nms"
      node bench/rtmp/nms-server.js "$NMS_RTMP_PORT" "$NMS_HTTP_PORT" "$work/nms" >"$work/nms.log" 2>&1 & spid=$!
      until grep -q '^listening' "$work/nms.log"; do kill -0 $spid 2>/dev/null || { tail -5 "$work/nms.log" >&2; exit 1; }; sleep 0.1; done
      publish_clip "rtmp://127.0.0.1:$NMS_RTMP_PORT/live/bench" "$work/ffmpeg.log"
      load nms "http://127.0.0.1:$NMS_HTTP_PORT/live/bench.flv" "$spid" "$n"
      ;;
    nginx)
      mkdir -p "$work/nginx"
      cat >"$work/nginx/nginx.conf" <<EOF
load_module $nginx_module;
daemon off;
worker_processes $NGINX_WORKERS;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log notice;
events { worker_connections $(( max * 2 + 200 )); }
rtmp {
    server {
        listen 127.0.0.1:$NGINX_RTMP_PORT;
        application live { live on; }
    }
}
EOF
      nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" & spid=$!
      sleep 1; kill -0 $spid 2>/dev/null || { tail -5 "$work/nginx/error.log" >&2; exit 1; }
      publish_clip "rtmp://127.0.0.1:$NGINX_RTMP_PORT/live/bench" "$work/ffmpeg.log"
      load nginx "rtmp://127.0.0.1:$NGINX_RTMP_PORT/live/bench" "$spid" "$n"
      ;;
    *) echo "unknown target $t" >&2; exit 2 ;;
  esac
  stop "$fpid"; fpid=
  [[ $t == marquee* ]] || { stop "$spid"; spid=; }
  sleep 3 # let closed connections settle before the next run
}

rtmp_clip
nginx_module=$(ls /usr/lib/nginx/modules/ngx_rtmp_module.so /usr/share/nginx/modules/ngx_rtmp_module.so 2>/dev/null | head -1 || true)
[[ " $TARGETS " != *" nginx "* || -n $nginx_module ]] || { echo "no ngx_rtmp_module.so: apt-get install libnginx-mod-rtmp" >&2; exit 1; }
if [[ " $TARGETS " == *" marquee"* ]]; then
  limit=$(( max * 2 + 100 ))
  start_marquee MARQUEE_RTMP_MAX_VIEWERS_PER_STAGE=$limit MARQUEE_RTMP_MAX_CONNECTIONS=$limit \
    MARQUEE_RTMP_MAX_CONNECTIONS_PER_ADDRESS=$limit MARQUEE_RTMP_MAX_PENDING_CONNECTIONS=$limit
  create_stage
  if (( SERVER_WARMUP > 0 )); then
    echo "== warming Marquee up: the stream and 200 viewers for $SERVER_WARMUP s, not measured" >&2
    publish_clip "rtmp://127.0.0.1:$MARQUEE_RTMP_PORT/live/$STREAM_KEY" "$work/ffmpeg.log"
    url=$MARQUEE_URL$(marquee_source http-flv)
    node bench/rtmp/load.js --target marquee --url "$url" --server-pid "$mpid" --viewers 200 --warmup "$SERVER_WARMUP" \
      --measure 1 --probes 1 --workers "$WORKERS" --wait-live 30 >/dev/null 2>&1 || echo "warning: the warm-up failed" >&2
    stop "$fpid"; fpid=
    sleep 3
  fi
fi

touch "$work/runs.jsonl"
for n in $VIEWERS; do
  for t in $TARGETS; do
    echo "== $t, N = $n" >&2
    run "$t" "$n"
  done
done

info=$(node -e '
  const [marquee, java, nginx, ffmpeg, clip, nginxWorkers, memGiB] = process.argv.slice(1);
  console.log(JSON.stringify({ cores: require("os").cpus().length, memGiB: Number(memGiB), node: process.version, java,
    marquee: marquee || null, nodeMediaServer: require("./bench/rtmp/node_modules/node-media-server/package.json").version,
    nginx, nginxWorkers: Number(nginxWorkers), ffmpeg, clip, loadAverageAtEnd: require("os").loadavg() }))' \
  "$marquee_build" "$(java -version 2>&1 | head -1)" "$(nginx -v 2>&1)" \
  "$(ffmpeg -version | head -1)" "$(ffprobe -v error -show_entries format=bit_rate,duration -of compact=p=0 "$clip")" \
  "$NGINX_WORKERS" "$(free -g | awk '/^Mem:/{print $2}')")
mkdir -p bench/rtmp/results
if [[ -n $mpid ]]; then
  cp "$work/marquee.log" "bench/rtmp/results/$stamp.marquee.log"
  echo "Marquee log: bench/rtmp/results/$stamp.marquee.log; after it got ready (line $boot_lines):" \
    "$(tail -n +"$boot_lines" "$work/marquee.log" | grep -c -E 'WARNING|SEVERE' || true) WARNING/SEVERE lines," \
    "$(tail -n +"$boot_lines" "$work/marquee.log" | grep -c 'Exception' || true) mentioning an exception" >&2
fi
node bench/rtmp/report.js "$work/runs.jsonl" "$info" "$stamp"
