#!/usr/bin/env bash
# Prints the time to check and to autosave a draft with 50 measures and 30
# persons, in headless Chromium, release build. Prints figures only.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
source scripts/env.sh
cargo test --release -p mla-app --target wasm32-unknown-unknown --test bench_web -- --include-ignored --nocapture 2>&1 |
  grep -E "BENCH|test result" | sed 's/^.*BENCH/BENCH/'
