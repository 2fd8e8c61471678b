#!/usr/bin/env bash
# The release build: server binary and browser bundle (cargo leptos), then the assets
# precompressed at build time and the bundle checked against bundle-budget.json.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo leptos build --release
node scripts/precompress.mjs "${LEPTOS_SITE_ROOT:-target/site}" "$@"
