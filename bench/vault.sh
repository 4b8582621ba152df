#!/usr/bin/env bash
# Prints the time to unlock a profile (PBKDF2, 600,000 iterations) and to
# encrypt and save (and load and decrypt) a large draft, in headless
# Chromium, release build. Prints figures only.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
source scripts/env.sh
cargo test --release -p mla-app --target wasm32-unknown-unknown --test bench_web -- --include-ignored --nocapture bench_vault 2>&1 |
  grep -E "BENCH|test result" | sed 's/^.*BENCH/BENCH/'
