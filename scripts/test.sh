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

say "fuzz target for the import parser (built only; run by hand with cargo +nightly fuzz run import)"
if cargo fuzz --version >/dev/null 2>&1 && rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  cargo +nightly fuzz build import
else
  echo "skipping fuzz build: cargo-fuzz or nightly not installed"
fi

say "wasm tests in headless Chromium (wasm-bindgen-test through chromedriver)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
CHROMEDRIVER=/usr/bin/chromedriver \
  cargo test --locked --target wasm32-unknown-unknown --test wasm_notes_storage --test wasm_components

say "release build into dist/"
trunk build --release

# The same app built as a GitHub Pages user following Trunk's docs would: absolute URLs under
# /workshop/. Kept outside the clone, with the build cache.
PUBLIC_URL_DIST="$(dirname "$CARGO_TARGET_DIR")/dist-public-url"
say "release build with --public-url /workshop/ into $PUBLIC_URL_DIST"
trunk build --release --public-url /workshop/ --dist "$PUBLIC_URL_DIST"

say "size budget of the release build"
node --test tests/size-budget.test.mjs

say "end-to-end tests (Playwright, Chromium, release build under /workshop/)"
E2E_PUBLIC_URL_DIST="$PUBLIC_URL_DIST" playwright test

say "Lighthouse (release build under /workshop/): Performance, Accessibility, Best Practices >= 0.95"
node scripts/lighthouse.mjs

say "benchmark"
node scripts/bench.mjs
