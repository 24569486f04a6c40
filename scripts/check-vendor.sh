#!/usr/bin/env bash
# Proves that vendor/tachys is the published tachys crate plus the patches vendor/tachys-*.patch
# and nothing else: cargo downloads the published version (checked against the crates.io index),
# the patches are applied to that copy (in the order of their names), and the two trees must be
# identical.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENDORED="$ROOT/vendor/tachys"
version="$(awk -F'"' '/^version = / { print $2; exit }' "$VENDORED/Cargo.toml")"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A throwaway package that depends on exactly that version, outside this project (whose
# [patch] would otherwise stand in for the download).
mkdir -p "$work/probe/src"
touch "$work/probe/src/lib.rs"
printf '[package]\nname = "probe"\nversion = "0.0.0"\nedition = "2021"\n\n[dependencies]\ntachys = "=%s"\n' \
  "$version" >"$work/probe/Cargo.toml"
published="$(cd "$work/probe" && cargo fetch --quiet && cargo metadata --format-version 1 \
  | node -e 'const m = JSON.parse(require("fs").readFileSync(0, "utf8"));
             const p = m.packages.find((p) => p.name === "tachys");
             console.log(require("path").dirname(p.manifest_path));')"

mkdir "$work/expected"
cp -r "$published/." "$work/expected/"
rm -f "$work/expected/.cargo-ok"
for fix in "$ROOT"/vendor/tachys-*.patch; do
  (cd "$work/expected" && patch --quiet -p1 <"$fix")
done
# LICENSE is the only file added: the published crate names its licence without the text.
if ! diff -r --exclude=LICENSE "$work/expected" "$VENDORED"; then
  echo "vendor/tachys is not tachys $version with vendor/tachys-*.patch applied." >&2
  exit 1
fi
echo "vendor/tachys is tachys $version with vendor/tachys-*.patch applied, and nothing else."
