#!/usr/bin/env bash
# Installs whatever this project needs that the machine lacks; safe to run again.
#   bash scripts/setup.sh            build tools: wasm target, trunk, wasm-bindgen-cli, wasm-opt
#   bash scripts/setup.sh --browser  also Chromium, ChromeDriver and the e2e npm packages
# serve.sh and test.sh source it, so that the PATH it sets stays for their commands.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION=0.21.14
# Trunk uses a system wasm-bindgen only when it is exactly the version Cargo.lock pins; otherwise
# it would download one, which this network does not allow.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")"
# npm's binaryen ships a wasm-opt that works; Debian's (108) builds wasm that fails at run time.
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '\n==> %s\n' "$*"; }
# Root on these machines; elsewhere apt-get needs sudo.
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq
  as_root apt-get install -y -qq "$@" >/dev/null
}

if ! command -v cc >/dev/null; then
  say "Installing a C toolchain (build scripts of some crates need one)"
  apt_install build-essential pkg-config
fi

rust_minor="$(rustc --version | awk '{ split($2, v, "."); print v[2] }')"
if [ "${rust_minor:-0}" -lt 88 ]; then
  echo "Rust 1.88 or newer is needed; this is $(rustc --version). Run: rustup update stable" >&2
  exit 1
fi

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
  apt_install chromium chromium-driver
fi
