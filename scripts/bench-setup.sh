#!/usr/bin/env bash
# Installs what `make bench` needs beyond the build tools: the open-loop HTTP load
# generator oha (crates.io). Skips it when present. Not part of `make test`.
set -euo pipefail

if command -v oha >/dev/null 2>&1; then
  exit 0
fi
printf '\n== cargo install oha (a few minutes, once)\n'
# A quick release build of the tool: it spends its time waiting on sockets, not computing.
quick=(env CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16)
if ! "${quick[@]}" cargo install oha --locked; then
  printf '\n== oha does not build with its locked dependencies here; trying without --locked\n'
  "${quick[@]}" cargo install oha
fi
