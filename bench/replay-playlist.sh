#!/usr/bin/env bash
# How long a long replay takes to build: a fresh Marquee on PostgreSQL (127.0.0.1:5432, database test,
# its own schema marquee_bench_replay, dropped and made again), one rtmp stage whose recording index is
# seeded straight into the database: one complete recording of HOURS hours in 2 s segments (5,400 for 3
# hours; index rows only, no media objects), and SAMPLES + WARMUP_SAMPLES scheduled sessions that each
# cover exactly those hours, ended 10 minutes ago. For every session in turn, as the organizer:
#   GET /api/v1/sessions/{id}/replay (cuts the replay from the index; never cached) and then the first
#   GET of the playlist it names (built again, since the replay cache only keeps what playlist and
#   segment requests built: uncached), and a second GET of that playlist (from the replay cache).
# Each session is a different replay, so nothing carries over between samples but the warm JVM. The
# first WARMUP_SAMPLES sessions are not counted. For comparison, GET /api/v1/stages/{id} after each: what
# any small signed-in request costs on this machine at that moment. Times are curl's time_total on loopback.
#   bench/replay-playlist.sh     Environment: HOURS=3 SAMPLES=20 WARMUP_SAMPLES=5 MARQUEE_PORT=18090 MARQUEE_RTMP_PORT=19356
set -euo pipefail
cd "$(dirname "$0")/.."
HOURS=${HOURS:-3}; SAMPLES=${SAMPLES:-20}; WARMUP_SAMPLES=${WARMUP_SAMPLES:-5}
MARQUEE_PORT=${MARQUEE_PORT:-18090}; MARQUEE_RTMP_PORT=${MARQUEE_RTMP_PORT:-19356}
MARQUEE_ADMIN_EMAIL=${MARQUEE_ADMIN_EMAIL:-bench@marquee.test}
MARQUEE_ADMIN_PASSWORD=${MARQUEE_ADMIN_PASSWORD:-bench-password-123}
PG_SCHEMA=marquee_bench_replay
psql_() { psql -X -q -t -A -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d test "$@"; }
work=$(mktemp -d)
mpid=; boot_lines=1; marquee_build=
stop() { [[ -n $1 ]] && kill "$1" 2>/dev/null && while kill -0 "$1" 2>/dev/null; do sleep 0.2; done; return 0; }
trap 'stop "$mpid"; rm -rf "$work"' EXIT
# shellcheck source=bench/lib/marquee.sh
source bench/lib/marquee.sh

segments=$(( HOURS * 1800 ))
now_s=$(date +%s)
start_s=$(( now_s - HOURS * 3600 - 600 )); end_s=$(( start_s + HOURS * 3600 ))
iso() { date -u -d "@$1" +%FT%TZ; }

wait_quiet
psql_ -c "SET client_min_messages TO warning; DROP SCHEMA IF EXISTS $PG_SCHEMA CASCADE; CREATE SCHEMA $PG_SCHEMA;"
start_marquee MARQUEE_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$PG_SCHEMA" \
  MARQUEE_DB_USER=postgres MARQUEE_DB_PASSWORD=unused
create_stage
sessions=()
for i in $(seq 1 $(( SAMPLES + WARMUP_SAMPLES ))); do
  sessions+=("$(api POST "/stages/$STAGE_ID/sessions" \
    "{\"title\":\"Three hours $i\",\"startsAt\":\"$(iso "$start_s")\",\"endsAt\":\"$(iso "$end_s")\"}" | json j.session.id)")
done
# One complete recording of the stage, as RecordingLane and RecordingSteps would have left it.
psql_ <<SQL
SET search_path TO $PG_SCHEMA;
WITH r AS (
  INSERT INTO recording (stage_id, event_id, store, status, started_at, ended_at, updated_at, duration_micros,
                         size_bytes, segments, published)
  SELECT id, event_id, 'directory', 'COMPLETE', to_timestamp($start_s), to_timestamp($end_s), to_timestamp($end_s),
         $segments::bigint * 2000000, $segments::bigint * 375000, $segments, true FROM stage WHERE id = $STAGE_ID
  RETURNING id
), i AS (
  INSERT INTO recording_init (recording_id, version, codecs, width, height)
  SELECT id, 0, 'avc1.64001f,mp4a.40.2', 1280, 720 FROM r
)
INSERT INTO recording_segment (recording_id, sequence, wall_clock_ms, duration_micros, size_bytes, discontinuity, init_version)
SELECT r.id, n, ($start_s::bigint * 1000) + n * 2000, 2000000, 375000, false, 0 FROM r, generate_series(0, $segments - 1) n;
ANALYZE recording; ANALYZE recording_segment;
SQL
echo "seeded a recording of $segments segments ($(iso "$start_s") to $(iso "$end_s")) and ${#sessions[@]} sessions" >&2

timed() { # url: prints "status seconds bytes" of a GET as the organizer, the body in $work/body
  curl -s -o "$work/body" -b "$work/jar" -w '%{http_code} %{time_total} %{size_download}\n' "$MARQUEE_URL$1"
}
: >"$work/samples"
n=0; t0=$(date +%s.%N); busy0=$(busy_ms); m0=$(cpu_ms "$mpid")
for id in "${sessions[@]}"; do
  n=$(( n + 1 ))
  read -r s1 t1 _ < <(timed "/api/v1/sessions/$id/replay")
  [[ $s1 == 200 ]] || { echo "GET /sessions/$id/replay answered $s1: $(cat "$work/body")" >&2; exit 1; }
  url=$(json "j.sources[0].url" <"$work/body")
  read -r s2 t2 b2 < <(timed "$url")
  [[ $s2 == 200 ]] || { echo "GET of its playlist answered $s2" >&2; exit 1; }
  listed=$(grep -c '^#EXTINF' "$work/body")
  [[ $listed == "$segments" ]] || { echo "the playlist lists $listed segments, not $segments" >&2; exit 1; }
  read -r s3 t3 _ < <(timed "$url")
  [[ $s3 == 200 ]] || { echo "the second GET of its playlist answered $s3" >&2; exit 1; }
  read -r s4 t4 _ < <(timed "/api/v1/stages/$STAGE_ID")
  [[ $s4 == 200 ]] || { echo "GET /stages/$STAGE_ID answered $s4" >&2; exit 1; }
  (( n > WARMUP_SAMPLES )) && echo "$t1 $t2 $t3 $t4 $b2" >>"$work/samples"
  echo "session $id: replay $t1 s, playlist $t2 s (uncached, $b2 bytes), again $t3 s; the stage $t4 s" >&2
done

other=$(awk -v t0="$t0" -v t1="$(date +%s.%N)" -v b0="$busy0" -v b1="$(busy_ms)" -v m0="$m0" -v m1="$(cpu_ms "$mpid")" \
  'BEGIN {printf "%.0f", (b1 - b0 - (m1 - m0)) / (t1 - t0) / 10}')
echo "($marquee_build; $segments segments of 2 s, $SAMPLES samples after $WARMUP_SAMPLES not counted;" \
  "other processes than Marquee used $other % of a core while sampling)"
echo "| request | p50 ms | p95 ms | max ms |"
echo "|---|---|---|---|"
for col in 1 2 3 4; do
  label=$(case $col in 1) echo "GET /api/v1/sessions/{id}/replay (cut from the index)" ;;
    2) echo "first GET of its playlist (built again, uncached)" ;; 3) echo "second GET of its playlist (replay cache)" ;;
    4) echo "GET /api/v1/stages/{id} (a small request, for comparison)" ;; esac)
  awk -v c="$col" '{print $c * 1000}' "$work/samples" | sort -n | awk -v label="$label" '
    function rank(p) { r = int(p * NR); if (r < p * NR) r++; return r < 1 ? 1 : r } # nearest rank
    { v[NR] = $1 } END { printf "| %s | %.1f | %.1f | %.1f |\n", label, v[rank(0.5)], v[rank(0.95)], v[NR] }'
done
