#!/usr/bin/env bash
# Mutation testing of the pure logic (see .cargo/mutants.toml): every mutant a test does not
# catch is listed in mutants.out/missed.txt. Slow (a few seconds a mutant, after a first build
# of about 80 s), so not part of scripts/test.sh.
#   bash scripts/mutants.sh                 all of src/data, src/reading, src/embed, src/drafting,
#                                           src/page and src/state/placement.rs
#   bash scripts/mutants.sh -f src/reading/filter.rs
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v cargo-mutants >/dev/null; then
  cargo install cargo-mutants --version 27.1.0 --locked
fi
# The pure logic: the data rules (with what `validate-brief` says and its exit status), the
# reader's logic (with the date axis's numbers), what embedding asks, drafting, the page's build
# (its policy, integrity value, escaping, the loader's rules) and the links a placement makes.
# The views, the rest of the state and the host code run in the browser, where the wasm and e2e
# tests defend them.
# Those are the files unless the arguments name some (-f FILE); other arguments pass through.
case " $* " in
  *" -f "* | *" --file"*) ;;
  *) set -- -f 'src/data/**/*.rs' -f 'src/reading/**/*.rs' -f 'src/embed/**/*.rs' -f 'src/drafting/**/*.rs' \
    -f 'src/page/**/*.rs' -f src/state/placement.rs "$@" ;;
esac
exec cargo mutants --no-shuffle "$@"
