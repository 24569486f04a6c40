#!/usr/bin/env bash
# Quick start 2: sets up what is missing (Chromium too), then runs every check and test:
# formatting, lints, native tests, browser tests, and end-to-end tests against the release dist.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh --browser
export CHROMEDRIVER=/usr/bin/chromedriver

say "Vendored tachys: the published crate with its one patch, nothing else"
bash scripts/check-vendor.sh

say "cargo fmt --check"
cargo fmt --check

say "cargo clippy (native and wasm32, tests included)"
cargo clippy --all-targets -- -D warnings
cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings

say "Native tests: data model, validation, data integrity, timeline logic"
cargo test

say "Browser tests (wasm-bindgen-test in headless Chromium)"
cargo test --target wasm32-unknown-unknown --test web

say "Release build"
trunk build --release
node scripts/tools/sizes.mjs dist

say "Size gate: the wasm and the first paint's bytes (gzip -9) against scripts/size-ceilings.txt"
node scripts/tools/size-gate.mjs dist

say "End-to-end tests (release dist served from /widgets/brief/)"
node --test --test-concurrency=1 --test-timeout=120000 e2e/*.spec.mjs

say "Lighthouse, median of 3 (accessibility must be 100 and performance 90 or more; the rest is reported)"
node scripts/tools/lighthouse.mjs --runs 3
