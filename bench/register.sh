#!/usr/bin/env bash
# Prints the time to filter and sort a register of 10,000 cases in headless
# Chromium (release build), next to the same filter and sort over a plain
# JavaScript array in the same run. Prints figures only.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
source scripts/env.sh
cargo test --release -p mla-app --target wasm32-unknown-unknown --test bench_web -- --include-ignored --nocapture bench_register 2>&1 |
  grep -E "BENCH|test result" | sed 's/^.*BENCH/BENCH/'
