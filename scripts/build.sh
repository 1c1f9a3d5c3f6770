#!/usr/bin/env bash
# Builds the release version of every page into dist/: the calculator (dist/), the
# 3:1 planner (dist/planner/), compare/present (dist/compare/), import/export/share
# (dist/data/) and the printable report (dist/report/), each with its own wasm. Usage: scripts/build.sh [BASE]
# where BASE is the path the site is served under (default "/"; "/repo-name/" for a
# GitHub Pages project site). Installs any missing tool first.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
base="${1:-/}"
[[ "$base" == */ ]] || base="$base/"
scripts/ensure-tools.sh
export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"
# The calculator first: Trunk empties dist/ before it writes a build there.
trunk build index.html --release --public-url "$base"
trunk build planner.html --release --dist dist/planner --public-url "${base}planner/"
trunk build compare.html --release --dist dist/compare --public-url "${base}compare/"
trunk build data.html --release --dist dist/data --public-url "${base}data/"
trunk build report.html --release --dist dist/report --public-url "${base}report/"
