#!/usr/bin/env bash
# Quick start 1: sets up what is missing, then serves the app at http://127.0.0.1:8080/
# with live reload. Pass --release to serve the optimised build.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
exec trunk serve "$@"
