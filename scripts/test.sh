#!/usr/bin/env bash
# Installs what is missing, then runs every test: native unit and integration tests, wasm tests
# in headless Chromium, the release build and its size budget, the Playwright end-to-end tests
# against that build served from /workshop/, and finally the benchmark (figures only).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WITH_BROWSER=1
source "$ROOT/scripts/setup.sh"
cd "$ROOT"

say "native tests: domain, routes, content, locales, notes codec"
cargo test --locked

say "wasm tests in headless Chromium (wasm-bindgen-test through chromedriver)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
CHROMEDRIVER=/usr/bin/chromedriver \
  cargo test --locked --target wasm32-unknown-unknown --test wasm_notes_storage

say "release build into dist/"
trunk build --release

say "size budget"
node --test tests/size-budget.test.mjs

say "end-to-end tests (Playwright, Chromium, release build under /workshop/)"
playwright test

say "benchmark"
node scripts/bench.mjs
