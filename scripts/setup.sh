#!/usr/bin/env bash
# Installs whatever is missing to build, serve and test the workshop. Idempotent: when
# everything is present it only checks versions, in a few seconds.
#
# Needs: a Debian machine with rustup, cargo, node and npm. Installs: the wasm32 target,
# Trunk and wasm-bindgen-cli (pinned), wasm-opt from npm's binaryen (on PATH via
# node_modules/.bin), npm packages from package-lock.json, and Chromium + chromedriver from apt
# (only with WITH_BROWSER=1, i.e. for the tests).
set -euo pipefail

TRUNK_VERSION=0.21.14
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# Must equal the `wasm-bindgen = "=…"` pin in Cargo.toml.
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\(.*\)"$/\1/p' "$ROOT/Cargo.toml")

# Build output stays outside the clone, so a fresh clone rebuilds incrementally.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/devops-workshop/target}"
# Source paths compiled into the wasm (panic locations) name /crates/… and /rustup/…, not this
# machine's home: the build comes out the same on any machine, and a little smaller.
# `erase_components` is Leptos's own switch (leptos, tachys): each component's view and each
# reactive closure is type-erased, so the renderer's code is compiled once per kind of output
# rather than once per view. Measured on this app: the first visit goes from 408 KB to 328 KB
# (zlib -9), and builds are faster.
# Two LLVM settings for size, both safe transforms of the standard pipeline: inline only where
# it shrinks the code (`-inline-threshold=0`; opt-level "z" still inlines up to a cost of 25),
# and hoist or sink the instructions that both arms of a branch share, in every CFG
# simplification rather than the last one only. Measured on this app: 2.0 and 1.1 KB less wasm
# at zlib -9.
export RUSTFLAGS="${RUSTFLAGS:+$RUSTFLAGS }-C llvm-args=-inline-threshold=0 -C llvm-args=-hoist-common-insts=true -C llvm-args=-sink-common-insts=true --cfg erase_components --remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}/registry/src=/crates --remap-path-prefix=${RUSTUP_HOME:-$HOME/.rustup}=/rustup"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Playwright drives Debian's Chromium; it must never try to download a browser.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
  say "installing trunk $TRUNK_VERSION (about 10 minutes on 2 cores, once per machine)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\b"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: its lock file names a crate version the registry mirror lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

lock_stamp="$ROOT/node_modules/.package-lock.json"
if [ ! -f "$lock_stamp" ] || [ "$ROOT/package-lock.json" -nt "$lock_stamp" ]; then
  say "installing npm packages from package-lock.json"
  (cd "$ROOT" && npm ci --no-audit --no-fund)
fi

if [ "${WITH_BROWSER:-0}" = 1 ] && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; }; then
  say "installing chromium and chromedriver from apt"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver
fi
