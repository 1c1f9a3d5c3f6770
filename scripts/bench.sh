#!/usr/bin/env bash
# Builds the release version and the two floor pages, measures them, prints the numbers and
# writes docs/performance.md. Not a pass/fail test.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
scripts/ensure-tools.sh --test
export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"
# twiggy: where each page's bytes go (docs/performance.md).
command -v twiggy >/dev/null || cargo install twiggy --locked
scripts/build.sh
# The floor the app is compared with: a one-line Leptos page, same profile (not shipped).
trunk build bench/bare.html --release --dist dist-bare --public-url ./
# The second floor: only what every page does at start (read, compute, encode, one line).
trunk build bench/engine-floor.html --release --dist dist-engine-floor --public-url ./
node scripts/bench.mjs dist dist-bare dist-engine-floor
