#!/usr/bin/env bash
# Prints the size of the initial download (wasm, js, css) raw, gzip and
# brotli, next to a bare Leptos CSR "hello world" built with the same
# profile in the same run, and the ratio. Target: app <= 300 KB brotli.
# Prints figures only; it asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
source scripts/env.sh

out=$(mktemp -d)
trunk build --release --dist "$out/app" >/dev/null 2>&1
(cd bench/floor && trunk build --release --dist "$out/floor" >/dev/null 2>&1)

measure() { # dir -> prints rows, sets total_* vars
  local dir=$1 label=$2
  total_raw=0 total_gz=0 total_br=0
  for f in "$dir"/*.wasm "$dir"/*.js "$dir"/*.css; do
    [ -e "$f" ] || continue
    local raw gz br
    raw=$(stat -c %s "$f")
    gz=$(gzip -9 -c "$f" | wc -c)
    br=$(brotli -q 11 -c "$f" | wc -c)
    total_raw=$((total_raw + raw)) total_gz=$((total_gz + gz)) total_br=$((total_br + br))
    printf '%-8s %-44s %10d %10d %10d\n' "$label" "$(basename "$f")" "$raw" "$gz" "$br"
  done
  printf '%-8s %-44s %10d %10d %10d\n' "$label" "TOTAL" "$total_raw" "$total_gz" "$total_br"
}

printf '%-8s %-44s %10s %10s %10s\n' "bundle" "file" "raw B" "gzip B" "brotli B"
measure "$out/app" app
app_br=$total_br
measure "$out/floor" floor
floor_br=$total_br
python3 - "$app_br" "$floor_br" <<'PY'
import sys
app, floor = map(int, sys.argv[1:])
print(f"\ninitial download: {app/1000:.1f} KB brotli (target <= 300 KB); "
      f"framework floor {floor/1000:.1f} KB; ratio app/floor {app/floor:.2f}")
PY
rm -rf "$out"
