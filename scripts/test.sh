#!/usr/bin/env bash
# Runs every test layer: formatting and lints, native (the core: model, engine, saved
# format, interchange), browser components (wasm-bindgen-test in headless Chromium), and end
# to end on the release build (Playwright in Chromium). Installs any missing tool first.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
scripts/ensure-tools.sh --test
export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"
mkdir -p test-results
log="test-results/cargo.log"
: > "$log"

echo "== 0/3 formatting and lints (both crates, native and wasm targets)"
cargo fmt --all -- --check
# Each with and without the time study's, the log's, the schedule's and the team's code (pages are built every way:
# Cargo.toml, and each page's data-cargo-features).
cargo clippy --locked -p workload-core --all-targets -- -D warnings
cargo clippy --locked -p workload-core --all-targets --no-default-features -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --all-targets -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --all-targets --features time-study -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --all-targets --features indirect-log -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --all-targets --features schedule -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --all-targets --features team -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --all-targets --features time-study,indirect-log,schedule,team -- -D warnings

echo "== 1/3 native tests of the core: model, engine, saved-data format, interchange"
cargo test --locked -p workload-core 2>&1 | tee -a "$log"
# As the pages without the time study, the log, the schedule and the team build it: each is
# carried, not read.
cargo test --locked -p workload-core --no-default-features 2>&1 | tee -a "$log"

echo "== 2/3 component tests in headless Chromium"
cargo test --locked --target wasm32-unknown-unknown --test browser 2>&1 | tee -a "$log"

echo "== 3/3 end to end on the release build"
scripts/build.sh
npx playwright test -c tests/e2e/playwright.config.js

# One closing line over every layer.
read -r cargo_passed cargo_failed < <(awk '/^test result:/ { p += $4; f += $6 } END { print p + 0, f + 0 }' "$log")
read -r e2e_passed e2e_failed < <(node -e '
  const s = require("./test-results/e2e.json").stats;
  console.log(s.expected, s.unexpected + s.flaky);')
echo "all layers: $((cargo_passed + e2e_passed)) passed, $((cargo_failed + e2e_failed)) failed"
