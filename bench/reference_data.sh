#!/usr/bin/env bash
# Prints the time to load and validate the bundled sample reference data and
# the search time per query over 5,000 directory records, in headless
# Chromium, release build. Prints figures only.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
source scripts/env.sh
cargo test --release -p mla-app --target wasm32-unknown-unknown --test bench_web -- --include-ignored --nocapture bench_reference_data 2>&1 |
  grep -E "BENCH|test result" | sed 's/^.*BENCH/BENCH/'
