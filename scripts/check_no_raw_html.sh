#!/usr/bin/env bash
# Fails if any Rust source renders raw HTML: Leptos `inner_html` bypasses
# escaping, and user or directory text must never reach it.
set -euo pipefail
cd "$(dirname "$0")/.."
if grep -rnE 'inner_html|set_inner_html|innerHTML|outer_html|insertAdjacentHTML' src crates --include='*.rs'; then
  echo "raw HTML found (see above): render text through the view! macro instead" >&2
  exit 1
fi
echo "no raw HTML"
