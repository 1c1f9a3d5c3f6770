#!/usr/bin/env bash
# Builds the release version of the app (every page) and serves it on
# http://127.0.0.1:8080/ (PORT=9000 scripts/serve.sh for another port).
# Installs any missing tool first.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
scripts/build.sh
port="${PORT:-8080}"
exec node scripts/serve-static.mjs dist "$port"
