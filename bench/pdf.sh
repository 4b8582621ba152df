#!/usr/bin/env bash
# Prints the PDF generation time and size of a 10+ page request mixing
# Latin, Cyrillic and Arabic: ours (render worker) against pdfmake in the
# same headless Chromium run, and natively (`mla render`). Release build.
# Prints figures only.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
source scripts/env.sh
trunk build --release >/dev/null 2>&1
cargo build --release -q -p mla-cli
node bench/pdf.mjs
