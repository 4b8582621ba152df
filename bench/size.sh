#!/usr/bin/env bash
# Prints the initial download of the app's first screen (the drafts list or
# the profile chooser): every file the page fetches before its first
# heading is on screen, as measured in headless Chromium with service
# workers blocked (index.html, the JS glue, the wasm, the CSS; not the
# render worker, the fonts or sw.js, which are fetched later or in the
# background), raw, gzip and brotli. The same for a bare Leptos CSR "hello
# world" built with the same profile in the same run, and the ratio. What
# the screen fetches after it is up (for example reference data) is
# printed separately. Target: initial download <= 300 KB brotli.
# Prints figures only; it asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
source scripts/env.sh

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
trunk build --release --dist "$out/app" >/dev/null 2>&1
(cd bench/floor && trunk build --release --dist "$out/floor" >/dev/null 2>&1)

printf '%-8s %-8s %-48s %10s %10s %10s\n' "bundle" "when" "file" "raw B" "gzip B" "brotli B"
node bench/first_screen.mjs "$out/app" app | tee "$out/app.txt" | grep -v '^RESULT'
node bench/first_screen.mjs "$out/floor" floor | tee "$out/floor.txt" | grep -v '^RESULT'
python3 - "$out/app.txt" "$out/floor.txt" <<'PY'
import json, sys
def result(path):
    line = next(l for l in open(path) if l.startswith("RESULT "))
    return json.loads(line[len("RESULT "):])
app, floor = result(sys.argv[1]), result(sys.argv[2])
a, f = app["initial"]["br"], floor["initial"]["br"]
print(f"\ninitial download: {a/1000:.1f} KB brotli (target <= 300 KB); "
      f"framework floor {f/1000:.1f} KB; ratio app/floor {a/f:.2f}")
print(f"fetched by the first screen after it is up: {app['later']['br']/1000:.1f} KB brotli")
PY
