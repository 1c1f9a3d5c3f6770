#!/usr/bin/env bash
# Builds the release version and prints the benchmark numbers (sizes, Lighthouse,
# edit-to-results time). Not a pass/fail test.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
scripts/ensure-tools.sh --test
export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"
scripts/build.sh /
node scripts/bench.mjs dist
