#!/usr/bin/env bash
# Runs every check: format, clippy (ssr and wasm32 hydrate, separately), unit and
# integration tests on SQLite and on PostgreSQL, and Playwright against the release
# server. Prints a summary and exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
logs=$(mktemp -d /tmp/pitchline-test.XXXXXX)
pg_dir=/tmp/pitchline-pg-$$
# The first free port from 55432 up: another PostgreSQL (or a stale test run) may hold one.
free_port() {
  local port=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}
pg_port=${PITCHLINE_TEST_PG_PORT:-$(free_port 55432)}
declare -a results=()
failed=0
passed_tests=0
failed_tests=0

cleanup() {
  scripts/pg.sh stop "$pg_dir" 2>/dev/null
}
trap cleanup EXIT

# Runs a named step, keeps its log, and counts the tests it reports.
step() {
  local name=$1; shift
  printf '\n== %s\n' "$name"
  local log="$logs/$(echo "$name" | tr -c 'a-zA-Z0-9' '_').log"
  local start=$SECONDS
  "$@" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  local p f
  p=$(grep -Eo 'test result: [a-zA-Z]+\. [0-9]+ passed' "$log" | awk '{s+=$4} END {print s+0}')
  f=$(grep -Eo '[0-9]+ failed;' "$log" | awk '{s+=$1} END {print s+0}')
  if grep -qE '^\s+[0-9]+ passed \(' "$log"; then # Playwright
    p=$((p + $(grep -Eo '^\s+[0-9]+ passed' "$log" | awk '{s+=$1} END {print s+0}')))
    f=$((f + $(grep -Eo '^\s+[0-9]+ failed' "$log" | awk '{s+=$1} END {print s+0}')))
  fi
  passed_tests=$((passed_tests + p)); failed_tests=$((failed_tests + f))
  if [ "$rc" -eq 0 ]; then
    results+=("ok    $name ($((SECONDS - start))s${p:+, $p tests})")
  else
    results+=("FAIL  $name ($((SECONDS - start))s, see $log)")
    failed=1
  fi
  return "$rc"
}

export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/pitchline/target}
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export RUST_BACKTRACE=0
# Incremental caches help nobody in a one-off run and cost gigabytes of disk (a full
# disk failed CI once).
export CARGO_INCREMENTAL=0

step "install build tools" scripts/setup.sh || { echo "cannot install build tools"; exit 1; }
step "install test tools" scripts/setup-test.sh || { echo "cannot install test tools"; exit 1; }

step "format" cargo fmt --all -- --check
# `frontend` enables app/hydrate: never build it together with the ssr crates.
step "clippy (server, ssr)" cargo clippy --workspace --exclude frontend --all-targets --locked -- -D warnings
step "clippy (browser, wasm32 hydrate)" cargo clippy -p frontend -p app --lib --target wasm32-unknown-unknown --features app/hydrate --locked -- -D warnings

step "build tests" cargo test --workspace --exclude frontend --locked --no-run
# `timeout`: a hung test must fail its step, not eat the whole CI budget.
step "unit + integration tests (SQLite)" timeout 900 cargo test --workspace --exclude frontend --locked

if step "start PostgreSQL" scripts/pg.sh start "$pg_dir" "$pg_port"; then
  PITCHLINE_TEST_DATABASE="postgres://postgres@127.0.0.1:$pg_port/postgres" \
    step "integration tests (PostgreSQL)" timeout 900 cargo test -p server --test api --locked
fi

# Also precompresses the assets and fails when the browser bundle outgrows its budget.
if step "release build (cargo leptos) and bundle size" scripts/build-site.sh; then
  # end2end/tests/fresh-server.ts starts one server per spec file, each on a fresh
  # database and a free port; it needs the binary (hash.txt sits beside it) and the site.
  export PITCHLINE_BIN="$CARGO_TARGET_DIR/release/pitchline"
  export LEPTOS_SITE_ROOT="$root/target/site" PITCHLINE_E2E_LOGS="$logs/e2e-servers"
  (cd end2end && step "end-to-end (Playwright, Chromium)" timeout 1200 npx playwright test)
  rc=$?
  # `step` ran in a subshell: record its outcome here.
  p=$(grep -Eo '^\s+[0-9]+ passed' "$logs"/end_to_end*.log 2>/dev/null | awk -F: '{print $NF}' | awk '{s+=$1} END {print s+0}')
  f=$(grep -Eo '^\s+[0-9]+ failed' "$logs"/end_to_end*.log 2>/dev/null | awk -F: '{print $NF}' | awk '{s+=$1} END {print s+0}')
  passed_tests=$((passed_tests + p)); failed_tests=$((failed_tests + f))
  if [ "$rc" -eq 0 ]; then results+=("ok    end-to-end ($p tests)"); else results+=("FAIL  end-to-end (server logs: $PITCHLINE_E2E_LOGS)"); failed=1; fi
fi

printf '\n== Summary\n'
printf '  %s\n' "${results[@]}"
echo "tests: $passed_tests passed, $failed_tests failed"
exit "$failed"
