#!/usr/bin/env bash
# Installs, idempotently, every tool the build needs (and, with --test, every tool
# the test layers need). Quick when everything is already there.
# Only package registries are used: crates.io, npm, Debian.
set -euo pipefail

TRUNK_VERSION=0.21.14
# Must equal the wasm-bindgen crate version pinned in Cargo.toml (=0.2.130).
WASM_BINDGEN_VERSION=0.2.130

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
want_test=false
[[ "${1:-}" == "--test" ]] && want_test=true

say() { printf '\033[1m[tools]\033[0m %s\n' "$*"; }

export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"

# The two tools compiled from crates.io are built without LTO and with more codegen units:
# a much faster first install on 2 cores, and neither tool's speed matters here.
fast_install() {
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 cargo install "$@"
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if $want_test; then
  for component in clippy rustfmt; do
    if ! rustup component list --installed 2>/dev/null | grep -q "^$component"; then
      say "adding the $component component"
      rustup component add "$component"
    fi
  done
fi

if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (several minutes on 2 cores)"
  fast_install trunk --version "$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes)"
  # --locked fails here: one locked dependency is gone from the registry.
  fast_install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# npm packages: wasm-opt (binaryen) and terser for the build; Playwright, axe, Lighthouse for tests.
lock_hash="$(sha256sum "$root/package-lock.json" 2>/dev/null | cut -d' ' -f1 || true)"
stamp="$root/node_modules/.installed-lock-hash"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$lock_hash" ]]; then
  say "installing npm packages"
  (cd "$root" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$lock_hash" > "$stamp"
fi

if $want_test; then
  # A browser and driver given by the environment (CHROMIUM_PATH, CHROMEDRIVER: a CI runner's
  # preinstalled Chrome) are used as they are; otherwise Debian's Chromium is installed.
  if [[ -x "${CHROMIUM_PATH:-}" && -x "${CHROMEDRIVER:-}" ]]; then
    :
  elif ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Chromium and its driver from Debian"
    if [[ $(id -u) -eq 0 ]]; then sudo=""; else sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
fi
say "tools ready"
