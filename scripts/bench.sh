#!/usr/bin/env bash
# HTTP load against the release server on a seeded database (see BENCHMARKS.md).
#
# Builds the release server, seeds a scale (default: conference) into a temporary SQLite
# database, starts the server, logs in as staff, judge and founder through the real
# log-in endpoint, then runs oha against every main page of each role and the busiest
# server functions: requests per second at saturation (-c CONNECTIONS for DURATION) and
# latency at a fixed rate (-q RATE with latency correction). Any non-2xx answer or
# transport error fails the run. Records the server's RSS: its peak during each run, the
# process peak (VmHWM), and RSS a minute after the load stops.
#
# Knobs (environment): BENCH_SCALE (tiny|conference|large), BENCH_SEED, BENCH_DURATION
# (10s), BENCH_CONNECTIONS (16), BENCH_RATE (500), BENCH_PORT (3999), BENCH_IDLE (60, the
# seconds to wait before the idle RSS), BENCH_ONLY (a regex over the target names),
# BENCH_ENCODING (the Accept-Encoding sent; default "br, gzip" like a browser),
# BENCH_SKIP_BUILD=1 (use the binary already built), BENCH_BIN (another binary), BENCH_OUT
# (where the table goes), BENCH_DATABASE (a seeded SQLite file to copy instead of seeding,
# e.g. the large scale, seeded once), BENCH_MODE=latency (instead of the load runs, one
# connection and BENCH_REQUESTS (400) requests a target: the p50/p95/p99 a single user
# meets, which is the server's time per request; used for the large scale's list and
# search budget).
set -euo pipefail
cd "$(dirname "$0")/.."

: "${CARGO_TARGET_DIR:=$HOME/.cache/pitchline/target}"
export CARGO_TARGET_DIR
SCALE=${BENCH_SCALE:-conference}
SEED=${BENCH_SEED:-1}
DURATION=${BENCH_DURATION:-10s}
CONNS=${BENCH_CONNECTIONS:-16}
RATE=${BENCH_RATE:-500}
PORT=${BENCH_PORT:-3999}
IDLE=${BENCH_IDLE:-60}
ONLY=${BENCH_ONLY:-.}
ENCODING=${BENCH_ENCODING-br, gzip}
MODE=${BENCH_MODE:-load}
REQUESTS=${BENCH_REQUESTS:-400}
OUT=${BENCH_OUT:-$CARGO_TARGET_DIR/bench/http-$SCALE.md}
BIN=${BENCH_BIN:-$CARGO_TARGET_DIR/release/pitchline}
BASE=http://127.0.0.1:$PORT

step() { printf '\n== %s\n' "$*" >&2; }

scripts/bench-setup.sh
export PATH=$HOME/.cargo/bin:$PATH

# The server needs a site directory (for /pkg files); pages render without the bundle,
# so a plain cargo build is enough when a site was built before.
export LEPTOS_SITE_ROOT=${LEPTOS_SITE_ROOT:-$PWD/target/site}
export LEPTOS_OUTPUT_NAME=pitchline LEPTOS_SITE_PKG_DIR=pkg LEPTOS_ENV=PROD
if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  if [ -d "$LEPTOS_SITE_ROOT/pkg" ]; then
    step "cargo build --release -p server (site at $LEPTOS_SITE_ROOT)"
    cargo build --release -p server --bin pitchline --locked
  else
    step "cargo leptos build --release"
    cargo leptos build --release
  fi
fi
# cargo-leptos writes hash.txt beside the binary; a plain cargo build does not.
if [ -f "$(dirname "$BIN")/hash.txt" ]; then
  export LEPTOS_HASH_FILES=true
else
  export LEPTOS_HASH_FILES=false
fi

mkdir -p "$(dirname "$OUT")"
WORK=$(mktemp -d /tmp/pitchline-bench.XXXXXX)
SERVER_PID=
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  cp "$WORK/server.log" "$(dirname "$OUT")/server.log" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
export DATABASE_URL="sqlite://$WORK/bench.db?mode=rwc" PITCHLINE_DATA_DIR=$WORK/data
export LEPTOS_SITE_ADDR=127.0.0.1:$PORT RUST_LOG=${RUST_LOG:-warn}

if [ -n "${BENCH_DATABASE:-}" ]; then
  step "a copy of $BENCH_DATABASE"
  cp "$BENCH_DATABASE" "$WORK/bench.db"
  [ -f "$BENCH_DATABASE-wal" ] && cp "$BENCH_DATABASE-wal" "$WORK/bench.db-wal"
  "$BIN" migrate >/dev/null
else
  step "seed --scale $SCALE --seed $SEED"
  "$BIN" seed --scale "$SCALE" --seed "$SEED" >"$WORK/seed.log"
  grep '^Seeded' "$WORK/seed.log" >&2
fi

step "serve on $BASE"
"$BIN" serve >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 100); do
  curl -fsS "$BASE/healthz" >/dev/null 2>&1 && break
  sleep 0.1
done
curl -fsS "$BASE/healthz" >/dev/null

rss() { awk -v k="$1:" '$1 == k { print $2 }' "/proc/$SERVER_PID/status"; }
mib() { awk -v kb="$1" 'BEGIN { printf "%.0f", kb / 1024 }'; }
RSS_START=$(rss VmRSS)

# A server function call the way the hydrated front end makes it (same-origin POST).
call() { # endpoint cookie body
  curl -fsS -X POST "$BASE/api/$1" -H "Origin: $BASE" -H 'Accept: application/json' \
    -H 'Content-Type: application/x-www-form-urlencoded' ${2:+-H "Cookie: $2"} --data "$3"
}
log_in() { # email password → the session cookie
  curl -fsS -o /dev/null -D - -X POST "$BASE/api/auth/log-in" -H "Origin: $BASE" \
    -H 'Accept: application/json' -H 'Content-Type: application/x-www-form-urlencoded' \
    --data "email=$1&password=$2" | tr -d '\r' |
    sed -n 's/^[Ss]et-[Cc]ookie: \(pitchline_session=[^;]*\).*/\1/p' | head -n 1
}
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

STAFF=$(log_in staff%40pitchline.test staff-demo-pass)
JUDGE=$(log_in investor1%40pitchline.test investor-demo-pass)
FOUNDER=$(log_in founder1%40pitchline.test founder-demo-pass)
[ -n "$STAFF" ] && [ -n "$JUDGE" ] && [ -n "$FOUNDER" ] || { echo "log-in failed" >&2; exit 1; }
PUBLIC=$(call showcase/list "" "" | json "d['entries'][0]['startup_id']")
PITCH=$(call reviews/queue "$JUDGE" "" | json "d['items'][0]['submission_id']")
STARTUP=$(call startups/mine "$FOUNDER" "" | json "d[0]['id']")
# A word of many seeded names ("Lumen Robotics", "Lumen Grid"…): the search reads them all.
SEARCH=${BENCH_SEARCH:-lumen}

# name | method | path | cookie | body
TARGETS=(
  "landing page|GET|/||"
  "showcase (24 a page)|GET|/showcase||"
  "showcase, search|GET|/showcase?q=$SEARCH||"
  "public startup page|GET|/showcase/$PUBLIC||"
  "staff: submission table (50 a page)|GET|/staff/submissions|$STAFF|"
  "staff: submission table, page 20|GET|/staff/submissions?page=20|$STAFF|"
  "staff: submission table, search|GET|/staff/submissions?q=$SEARCH|$STAFF|"
  "staff: judging board|GET|/staff/judging|$STAFF|"
  "staff: ranking|GET|/staff/ranking|$STAFF|"
  "judge: review queue|GET|/investor/reviews|$JUDGE|"
  "judge: review form|GET|/investor/reviews/$PITCH|$JUDGE|"
  "founder: home|GET|/founder|$FOUNDER|"
  "founder: startup page|GET|/startups/$STARTUP|$FOUNDER|"
  "founder: pitch page|GET|/startups/$STARTUP/pitch|$FOUNDER|"
  "fn auth/me|POST|/api/auth/me|$STAFF|"
  "fn editions/current|POST|/api/editions/current||"
  "fn showcase/list|POST|/api/showcase/list||"
  "fn showcase/list, search|POST|/api/showcase/list||q=$SEARCH"
  "fn showcase/startup|POST|/api/showcase/startup||id=$PUBLIC"
  "fn staff/submissions|POST|/api/staff/submissions|$STAFF|"
  "fn staff/submissions, search|POST|/api/staff/submissions|$STAFF|q=$SEARCH"
  "fn reviews/queue|POST|/api/reviews/queue|$JUDGE|"
  "fn reviews/form|POST|/api/reviews/form|$JUDGE|submission=$PITCH"
  "fn judging/ranking|POST|/api/judging/ranking|$STAFF|"
)

# Peak VmRSS while a command runs (sampled every 100 ms).
PEAK_FILE=$WORK/peak
sample_peak() {
  local peak=0 now
  while kill -0 "$SERVER_PID" 2>/dev/null; do
    now=$(rss VmRSS)
    [ "${now:-0}" -gt "$peak" ] && peak=$now && echo "$peak" >"$PEAK_FILE"
    sleep 0.1
  done
}

# oha with the target's method, headers and body; prints its JSON summary.
load() { # method path cookie body extra-args...
  local method=$1 path=$2 cookie=$3 body=$4
  shift 4
  # -w: requests in flight at the deadline finish (and count), not "aborted".
  # -t: a request that never answers counts as an error (and fails the run) instead of
  # holding the bench for good, as a panicked render once did.
  local args=(--no-tui --output-format json -w -t 30s -m "$method" -H 'Accept: text/html')
  [ -n "$ENCODING" ] && args+=(-H "Accept-Encoding: $ENCODING")
  [ -n "$cookie" ] && args+=(-H "Cookie: $cookie")
  if [ "$method" = POST ]; then
    args+=(-H "Origin: $BASE" -H 'Accept: application/json'
      -H 'Content-Type: application/x-www-form-urlencoded' -d "$body")
  fi
  oha "${args[@]}" "$@" "$BASE$path"
}

# What one oha JSON summary says: req/s, p50, p95, p99 (ms), and the answers that were not 2xx.
summarise() {
  python3 -c '
import json, sys
d = json.load(sys.stdin)
s = d["summary"]
p = d["latencyPercentiles"]
codes = d.get("statusCodeDistribution", {})
bad = {c: n for c, n in codes.items() if not c.startswith("2")}
bad.update(d.get("errorDistribution", {}))
ms = lambda v: "%.1f" % (v * 1e3) if v is not None else "n/a"
print("%.0f %s %s %s %s" % (s["requestsPerSec"] or 0, ms(p["p50"]), ms(p["p95"]), ms(p["p99"]),
      ";".join("%s×%s" % (c, n) for c, n in bad.items()).replace(" ", "_") or "-"))'
}

{
  echo "HTTP load, scale $SCALE (seed $SEED${BENCH_DATABASE:+, from $BENCH_DATABASE}), $(date -u +%Y-%m-%d), $(nproc) cores, $(uname -r)"
  if [ "$MODE" = latency ]; then
    echo "one user at a time: oha -n $REQUESTS -c 1; Accept-Encoding: ${ENCODING:-none}"
    echo
    echo "| target | p50 ms | p95 ms | p99 ms | peak RSS MiB | not 2xx |"
    echo "|---|---|---|---|---|---|"
  else
    echo "saturation: oha -z $DURATION -c $CONNS; fixed rate: oha -q $RATE --latency-correction -z $DURATION -c $CONNS; Accept-Encoding: ${ENCODING:-none}"
    echo
    echo "| target | req/s at saturation | p50 ms | p99 ms | p50 ms at $RATE/s | p99 ms at $RATE/s | peak RSS MiB | not 2xx |"
    echo "|---|---|---|---|---|---|---|---|"
  fi
} >"$OUT"
FAILED=0
for t in "${TARGETS[@]}"; do
  IFS='|' read -r name method path cookie body <<<"$t"
  [[ $name =~ $ONLY ]] || continue
  step "$name"
  # A warm-up, so the first run does not pay for cold caches.
  load "$method" "$path" "$cookie" "$body" -n 50 -c 4 >/dev/null
  echo 0 >"$PEAK_FILE"
  sample_peak &
  SAMPLER=$!
  if [ "$MODE" = latency ]; then
    read -r _ lat_p50 lat_p95 lat_p99 sat_bad < <(load "$method" "$path" "$cookie" "$body" -n "$REQUESTS" -c 1 | summarise)
    fix_bad=-
  else
    read -r sat_rps sat_p50 _ sat_p99 sat_bad < <(load "$method" "$path" "$cookie" "$body" -z "$DURATION" -c "$CONNS" | summarise)
    read -r _ fix_p50 _ fix_p99 fix_bad < <(load "$method" "$path" "$cookie" "$body" -z "$DURATION" -c "$CONNS" -q "$RATE" --latency-correction | summarise)
  fi
  kill "$SAMPLER" 2>/dev/null || true
  wait "$SAMPLER" 2>/dev/null || true
  peak=$(mib "$(cat "$PEAK_FILE")")
  bad=$sat_bad
  [ "$fix_bad" != "-" ] && bad="$bad $fix_bad"
  [ "$bad" != "-" ] && FAILED=1
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    echo "The server died under load; its log: $(dirname "$OUT")/server.log" >&2
    exit 1
  fi
  if [ "$MODE" = latency ]; then
    line="| $name | $lat_p50 | $lat_p95 | $lat_p99 | $peak | $bad |"
  else
    line="| $name | $sat_rps | $sat_p50 | $sat_p99 | $fix_p50 | $fix_p99 | $peak | $bad |"
  fi
  echo "$line" | tee -a "$OUT" >&2
done

HWM=$(rss VmHWM)
END=$(rss VmRSS)
step "idle for $IDLE s"
sleep "$IDLE"
IDLE_RSS=$(rss VmRSS)
{
  echo
  echo "RSS: $(mib "$RSS_START") MiB after start, peak $(mib "$HWM") MiB (VmHWM), $(mib "$END") MiB when the load stopped, $(mib "$IDLE_RSS") MiB ${IDLE} s later."
} | tee -a "$OUT" >&2
echo "Written to $OUT" >&2
if [ "$FAILED" = 1 ]; then
  echo "Some answers were not 2xx (last column): the run does not count." >&2
  exit 1
fi
