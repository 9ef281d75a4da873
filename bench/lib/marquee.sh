# Helpers the benchmarks share: start a fresh Marquee from webapp/target, talk to its API as the
# organizer, make a PUBLIC event with an rtmp stage, read a playback source, make the test clip of
# bench/rtmp.sh, read a process's CPU and memory from /proc, wait for a quiet machine (bench/lib/quiet.sh).
# Source it from a script that sets: work (a temporary directory), MARQUEE_PORT, MARQUEE_RTMP_PORT,
# MARQUEE_ADMIN_EMAIL, MARQUEE_ADMIN_PASSWORD; it sets mpid, MARQUEE_URL, boot_lines, marquee_build.

start_marquee() { # [VAR=value ...]: a fresh Marquee with RTMP on MARQUEE_RTMP_PORT (and these settings); sets MARQUEE_URL, mpid
  # MARQUEE_WAR: another WAR than webapp/target/marquee.war (an earlier build, to compare)
  local war=${MARQUEE_WAR:-webapp/target/marquee.war} runtime=webapp/target/payara-micro.jar version
  if [[ ! -f $runtime ]]; then # the WAR alone was built: the runtime the pom names, from the Maven repository
    version=$(sed -n 's:.*<payara.micro.version>\(.*\)</payara.micro.version>.*:\1:p' pom.xml | head -1)
    runtime=$HOME/.m2/repository/fish/payara/extras/payara-micro/$version/payara-micro-$version.jar
  fi
  [[ -f $war && -f $runtime ]] || { echo "no $war or $runtime: build the webapp first" >&2; return 1; }
  [[ $(unzip -l "$war") == *WEB-INF/lib/plugin-rtmp.jar* ]] || { echo "$war has no plugin-rtmp" >&2; return 1; }
  # Payara Micro's root directory of an earlier start holds that start's deployment: booting from it deploys the
  # WAR twice (the second deploy undeploys the first half-way and the app answers 500 after /health/ready said
  # 200). Only the database in $work/marquee/data is kept from one start to the next.
  rm -rf "$work/marquee/payara"
  mkdir -p "$work/marquee" && cp "$war" "$work/marquee.war" && cp "$runtime" "$work/payara-micro.jar"
  marquee_build="HEAD $(git rev-parse --short HEAD 2>/dev/null) at start; $war of $(date -u -r "$war" +%FT%TZ)"
  local payara=$PWD/payara
  # The options of ./run.sh (a grid of one on loopback, /metrics off the public port); shellcheck disable=SC2086
  (cd "$work/marquee" && exec env MARQUEE_ADMIN_EMAIL="$MARQUEE_ADMIN_EMAIL" \
      MARQUEE_ADMIN_PASSWORD="$MARQUEE_ADMIN_PASSWORD" MARQUEE_DEMO=false \
      MARQUEE_PUBLIC_URL="http://127.0.0.1:$MARQUEE_PORT" MARQUEE_RTMP_ENABLED=true \
      MARQUEE_RTMP_PORT="$MARQUEE_RTMP_PORT" MARQUEE_RTMP_BIND_ADDRESS=127.0.0.1 "$@" \
      java ${MARQUEE_JAVA_OPTS:-} -Dhazelcast.config="$payara/grid-single.xml" -Ddeployment.resource.validation=false -jar "$work/payara-micro.jar" \
      --deploy "$work/marquee.war" --contextroot / --port "$MARQUEE_PORT" --nocluster \
      --postbootcommandfile "$payara/post-boot.txt" --rootdir "$work/marquee/payara" >"$work/marquee.log" 2>&1) &
  mpid=$!
  MARQUEE_URL=http://127.0.0.1:$MARQUEE_PORT
  echo "starting Marquee (pid $mpid) on $MARQUEE_URL, RTMP on $MARQUEE_RTMP_PORT ..." >&2
  for _ in $(seq 1 600); do
    if [[ $(curl -s -o /dev/null -w '%{http_code}' "$MARQUEE_URL/health/ready") == 200 ]]; then
      boot_lines=$(wc -l <"$work/marquee.log"); return 0
    fi
    kill -0 "$mpid" 2>/dev/null || break
    sleep 0.3
  done
  echo "Marquee did not get ready; the end of its log:" >&2; tail -20 "$work/marquee.log" >&2; return 1
}

api() { # method path [json]: prints the body, fails on a non-2xx answer (signed in as the organizer)
  local out csrf
  csrf=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$work/jar" 2>/dev/null || true)
  out=$(curl -s -w '\n%{http_code}' -b "$work/jar" -c "$work/jar" -X "$1" -H 'Content-Type: application/json' \
    -H "X-CSRF-Token: ${csrf:-}" ${3:+-d "$3"} "$MARQUEE_URL/api/v1$2")
  [[ ${out##*$'\n'} == 2* ]] || { echo "$1 $2 answered ${out##*$'\n'}: ${out%$'\n'*}" >&2; return 1; }
  printf '%s' "${out%$'\n'*}"
}
json() { node -p "const j = JSON.parse(require('fs').readFileSync(0, 'utf8')); $1"; }

create_stage() { # [access]: signs in, creates an event (PUBLIC unless told) with an rtmp stage; sets EVENT_ID, STAGE_ID, STREAM_KEY
  local access=${1:-PUBLIC} slug=rtmp-bench-$(date +%s)
  api POST /auth/login "{\"email\":\"$MARQUEE_ADMIN_EMAIL\",\"password\":\"$MARQUEE_ADMIN_PASSWORD\"}" >/dev/null
  EVENT_ID=$(api POST /events "{\"slug\":\"$slug\",\"title\":\"RTMP bench\",\"timezone\":\"UTC\",\"access\":\"$access\"}" | json j.id)
  STAGE_ID=$(api POST "/events/$EVENT_ID/stages" '{"slug":"main","name":"Main","provider":"rtmp","settings":{}}' | json j.id)
  STREAM_KEY=$(api GET "/stages/$STAGE_ID" | json j.ingest.streamKey)
  echo "created $access event $EVENT_ID ($slug) with rtmp stage $STAGE_ID" >&2
}

marquee_source() { # type: waits up to 30 s for the stage to be live, prints that playback source's URL
  local p
  for _ in $(seq 1 60); do
    p=$(api GET "/stages/$STAGE_ID/playback" || true)
    if [[ -n $p ]] && [[ $(json "j.live === true" <<<"$p") == true ]]; then
      json "j.sources.find((s) => s.type === '$1').url" <<<"$p"; return 0
    fi
    sleep 0.5
  done
  echo "stage $STAGE_ID did not go live: $p" >&2; return 1
}

rtmp_clip() { # makes bench/rtmp/work/clip.flv once (the stream every RTMP benchmark publishes): 60 s of 720p30 testsrc2, H.264 CBR 1.4 Mbit/s, 2 s GOP, AAC 128k
  local clip=bench/rtmp/work/clip.flv
  [[ -s $clip ]] && return 0
  echo "making $clip (once) ..." >&2
  mkdir -p "$(dirname "$clip")"
  ffmpeg -hide_banner -loglevel error -y -f lavfi -i testsrc2=size=1280x720:rate=30 \
    -f lavfi -i sine=frequency=440:sample_rate=48000 -t 60 \
    -c:v libx264 -preset veryfast -pix_fmt yuv420p -b:v 1400k -minrate 1400k -maxrate 1400k -bufsize 1400k \
    -x264-params nal-hrd=cbr -g 60 -keyint_min 60 -sc_threshold 0 \
    -c:a aac -b:a 128k -ar 48000 -ac 2 -f flv "$clip.part" && mv "$clip.part" "$clip"
}

publish_clip() { # rtmp-url log: loops bench/rtmp/work/clip.flv into the URL in real time, as OBS would (sets fpid)
  ffmpeg -hide_banner -nostdin -loglevel warning -re -stream_loop -1 -i bench/rtmp/work/clip.flv -c copy -f flv "$1" \
    >>"$2" 2>&1 &
  fpid=$!
}

cpu_ms() { # pid: its user + system CPU so far, in ms
  awk '{print ($14 + $15) * 1000 / '"$(getconf CLK_TCK)"'}' "/proc/$1/stat"
}
threads_cpu_ms() { # pid name-prefix: the CPU so far of its threads whose name (15 characters at most) starts so, in ms
  cat /proc/"$1"/task/*/stat 2>/dev/null | awk -v p="$2" -v tck="$(getconf CLK_TCK)" '{
    o = index($0, "("); c = 0
    for (k = length($0); k > o; k--) if (substr($0, k, 1) == ")") { c = k; break }
    if (index(substr($0, o + 1, c - o - 1), p) == 1) { split(substr($0, c + 2), f, " "); t += f[12] + f[13] }
  } END { print int(t * 1000 / tck) }'
}
thread_groups_ticks() { # pid: "name ticks" per group of its threads, digits dropped from the names so that a pool's threads add up
  for f in /proc/"$1"/task/*/stat; do cat "$f" 2>/dev/null || true; done | awk '{
    o = index($0, "("); c = 0
    for (k = length($0); k > o; k--) if (substr($0, k, 1) == ")") { c = k; break }
    name = substr($0, o + 1, c - o - 1); gsub(/[0-9]+/, "#", name); gsub(/ /, "_", name)
    split(substr($0, c + 2), f, " "); t[name] += f[12] + f[13]
  } END { for (n in t) print n, t[n] }'
}
busy_ms() { # the whole machine's busy CPU so far (all cores), in ms
  awk '/^cpu / {print ($2 + $3 + $4 + $7 + $8 + $9) * 1000 / '"$(getconf CLK_TCK)"'}' /proc/stat
}
rss_mib() { # pid: its resident set, MiB
  awk '/^VmRSS:/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"
}
heap_mib() { # pid of a JVM: its heap in use right after a full collection, MiB (forces that collection)
  jcmd "$1" GC.run >/dev/null && jcmd "$1" GC.heap_info | sed -n 's/.*total [0-9]*K, used \([0-9]*\)K.*/\1/p' | head -1 |
    awk '{printf "%.0f", $1 / 1024}'
}

# shellcheck source=bench/lib/quiet.sh
source bench/lib/quiet.sh

