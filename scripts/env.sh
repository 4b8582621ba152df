# Sourced by the other scripts: puts the pinned tools first on PATH.
# wasm-opt must be binaryen 132 from npm (Debian's 108 breaks the bundle).
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$root/tests/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
export CHROMIUM=/usr/bin/chromium
