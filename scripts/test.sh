#!/usr/bin/env bash
# Runs every test: formatting and lints, native tests of the core and the
# command line, browser unit tests, the release build, and the end-to-end
# suite in headless Chromium. Installs whatever is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh

step() { printf '\n=== %s\n' "$*"; }

step "format"
cargo fmt --all --check

step "lint: native core and command line"
cargo clippy --workspace --exclude mla-app --all-targets -- -D warnings
step "lint: the wasm app"
cargo clippy -p mla-app --target wasm32-unknown-unknown --all-targets -- -D warnings
step "check: no raw HTML anywhere"
scripts/check_no_raw_html.sh
step "check: the app's layers import downwards only"
scripts/check_layers.sh

step "native tests"
cargo test --workspace --exclude mla-app

step "browser unit tests (wasm-bindgen-test in headless Chromium)"
cargo test -p mla-app --target wasm32-unknown-unknown

step "release build"
trunk build --release

step "end-to-end tests (headless Chromium)"
# The shell expands the glob: Node 20 takes a list of files, and Node 21+
# no longer takes a folder.
(cd tests/e2e && node --test --test-concurrency=1 specs/*.test.mjs)
