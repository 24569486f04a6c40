#!/usr/bin/env bash
# Installs whatever this project needs that the machine lacks; safe to run again.
#   bash scripts/setup.sh            build tools: wasm target, trunk, wasm-bindgen-cli, wasm-opt
#   bash scripts/setup.sh --browser  also Chromium, ChromeDriver and the e2e npm packages
# Source it (`. scripts/setup.sh`) to keep the PATH it sets.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION=0.21.14
# Trunk uses a system wasm-bindgen only when it is exactly the version Cargo.lock pins; otherwise
# it would download one, which this network does not allow.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")"
# npm's binaryen ships a wasm-opt that works; Debian's (108) builds wasm that fails at run time.
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '\n==> %s\n' "$*"; }

say "Rust: wasm32 target, rustfmt, clippy"
rustup target add wasm32-unknown-unknown >/dev/null
rustup component add rustfmt clippy >/dev/null

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "Installing trunk $TRUNK_VERSION (about 6 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 4 minutes)"
  # Not --locked: one of its locked dependencies is missing from the registry as served here.
  cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION" --force
fi

if [ ! -x "$ROOT/node_modules/.bin/wasm-opt" ] || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
  say "npm packages: wasm-opt (binaryen), playwright-core, axe-core"
  (cd "$ROOT" && npm ci --no-audit --no-fund)
fi

if [ "${1:-}" = "--browser" ] && ! { command -v chromium && command -v chromedriver; } >/dev/null; then
  say "Installing Debian's Chromium and ChromeDriver"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
fi
