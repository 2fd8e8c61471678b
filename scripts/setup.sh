#!/usr/bin/env bash
# Installs what building Pitchline needs, skipping whatever is already there.
# Sources: rustup components, crates.io and npm only.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(cargo leptos --version 2>/dev/null | awk '{print $2}')" != "0.3.10" ]; then
  # 0.3.11 needs rustc 1.96; no_downloads: a missing tool is reported, never fetched.
  step "cargo install cargo-leptos 0.3.10 (about 12 minutes, once)"
  # Its own release profile asks for fat LTO with one codegen unit: slow to build and no
  # faster at what it does (driving cargo and wasm-bindgen). Build it the quick way.
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 CARGO_PROFILE_RELEASE_OPT_LEVEL=1 \
    cargo install cargo-leptos --version 0.3.10 --locked --features no_downloads
fi

bindgen_version=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/"/, "", $3); print $3; exit}' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$bindgen_version" ]; then
  step "cargo install wasm-bindgen-cli $bindgen_version (must match Cargo.lock)"
  cargo install wasm-bindgen-cli --version "$bindgen_version"
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -x node_modules/.bin/sass ] || [ package.json -nt node_modules/.stamp ]; then
  step "npm install (wasm-opt from binaryen 132, sass)"
  npm install --no-audit --no-fund --loglevel=error
  touch node_modules/.stamp
fi
