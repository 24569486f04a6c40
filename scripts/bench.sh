#!/usr/bin/env bash
# Builds the release dist and runs the size and speed benchmark (see scripts/bench.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh --browser
trunk build --release
node scripts/tools/bench.mjs "$@"
