#!/usr/bin/env bash
# Installs everything the app and its tests need, pinned, idempotently.
# Safe to run again: each step checks what is already there first.
set -euo pipefail

cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# Must equal the wasm-bindgen crate in Cargo.lock (pinned with "=" in Cargo.toml).
WASM_BINDGEN_VERSION=0.2.130

log() { printf '[setup] %s\n' "$*" >&2; }

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    log "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_cargo_tool() { # binary version crate [extra args...]
  local bin=$1 version=$2 crate=$3; shift 3
  if command -v "$bin" >/dev/null && "$bin" --version 2>/dev/null | grep -q " $version"; then
    return
  fi
  log "installing $crate $version (several minutes on 2 cores)"
  cargo install "$crate" --version "=$version" "$@"
}

ensure_debian_packages() {
  local wanted=(chromium chromium-driver nginx libnginx-mod-http-headers-more-filter brotli poppler-utils qpdf fonts-noto-core libreoffice-writer-nogui)
  local missing=()
  for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

ensure_npm_packages() {
  # binaryen (wasm-opt 132: Debian's 108 breaks the bundle) and the e2e tools,
  # from the committed lockfile.
  if [ ! -x tests/e2e/node_modules/.bin/wasm-opt ] ||
     ! cmp -s tests/e2e/package-lock.json tests/e2e/node_modules/.package-lock.json.copy 2>/dev/null; then
    log "installing npm packages from tests/e2e/package-lock.json"
    (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error)
    cp tests/e2e/package-lock.json tests/e2e/node_modules/.package-lock.json.copy
  fi
}

ensure_wasm_target
ensure_debian_packages
ensure_npm_packages
ensure_cargo_tool trunk "$TRUNK_VERSION" trunk --locked
# Without --locked: its own lockfile wants a webpki-roots the registry lacks.
ensure_cargo_tool wasm-bindgen "$WASM_BINDGEN_VERSION" wasm-bindgen-cli
log "ready"
