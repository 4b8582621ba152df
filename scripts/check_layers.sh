#!/usr/bin/env bash
# Fails if the app's modules import against its layering:
#
#   app → pages → components → texts → state (vault, reference, the root
#   modules such as draft_state and render) → storage → crypto
#
# An arrow never points back up: nothing below the pages names a page,
# nothing below the components names a component, `storage` does not
# reach up into `vault` or `reference`, and the WebCrypto glue
# (`src/crypto.rs`) depends on neither. Comments are not checked.
set -euo pipefail
cd "$(dirname "$0")/.."

failed=0

# check <what> <forbidden module> <file or folder>...
check() {
  local what="$1" module="$2"
  shift 2
  local hits
  # `crate::module` in a path or a `use`, and `module` inside a grouped
  # `use crate::{...}` on one line; comment lines are skipped.
  hits=$(grep -rnE --include='*.rs' \
      "crate::${module}\b|use crate::\{[^}]*\b${module}\b" "$@" \
    | grep -vE '^[^:]+:[0-9]+:\s*//' || true)
  if [ -n "$hits" ]; then
    echo "$hits" >&2
    echo "layering: $what must not import crate::${module} (see above)" >&2
    failed=1
  fi
}

# The modules of the crate root below the pages and components: everything
# but the root component (app.rs) and the crate's own entry points.
state_roots=$(ls src/*.rs | grep -vE '^src/(app|lib|main)\.rs$')

check "components, storage, vault, reference, texts and the state modules" pages \
  src/components src/storage src/vault src/reference src/texts $state_roots
check "storage, vault, reference, texts and the state modules" components \
  src/storage src/vault src/reference src/texts $state_roots
check "storage" vault src/storage
check "storage" reference src/storage
check "the WebCrypto glue (src/crypto.rs)" storage src/crypto.rs
check "the WebCrypto glue (src/crypto.rs)" vault src/crypto.rs

if [ "$failed" -ne 0 ]; then
  exit 1
fi
echo "layers in order"
