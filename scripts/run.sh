#!/usr/bin/env bash
# Runs the app on http://127.0.0.1:8080 with the bundled sample data,
# installing whatever is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
exec trunk serve "$@"
