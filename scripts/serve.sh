#!/usr/bin/env bash
# Builds the release version of the app and serves it on http://127.0.0.1:8080/
# (PORT=9000 scripts/serve.sh for another port). Installs any missing tool first.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
scripts/ensure-tools.sh
export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"
port="${PORT:-8080}"
echo "Building and serving on http://127.0.0.1:${port}/ (Ctrl+C to stop)"
# --no-autoreload: the reload script Trunk would inject is not allowed by the page's CSP.
exec trunk serve --release --no-autoreload --port "$port"
