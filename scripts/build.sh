#!/usr/bin/env bash
# Builds the release version of every page into dist/: the calculator (dist/), the
# caseload (dist/caseload/), the 3:1 planner (dist/planner/), compare/present
# (dist/compare/), the indirect services (dist/indirect/), the weekly schedule (dist/schedule/), team staffing (dist/team/), import/export/share (dist/data/), the spreadsheet import
# (dist/spreadsheet/), the printable report (dist/report/) and the time study
# (dist/time-study/), each with its own wasm. Usage: scripts/build.sh [BASE] where BASE
# is the path the site is served under. The default, "./", makes every URL relative, so the
# same dist/ works at a site's root or under any sub-path (a GitHub Pages project site).
# Installs any missing tool first.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
base="${1:-./}"
[[ "$base" == */ ]] || base="$base/"
scripts/ensure-tools.sh
export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"
# Where a page's own files are: relative to the page itself, or under BASE.
page_url() { if [[ "$base" == "./" ]]; then echo "./"; else echo "${base}$1"; fi; }
# The calculator first: Trunk empties dist/ before it writes a build there.
trunk build index.html --release --public-url "$base"
for page in caseload planner indirect schedule compare team present-team data spreadsheet report time-study; do
  trunk build "$page.html" --release --dist "dist/$page" --public-url "$(page_url "$page/")"
done
# The manifest, icons and service worker (with the list of every file above) at the root.
node scripts/finish-site.mjs dist
