#!/usr/bin/env bash
# Rewrites the committed reference outputs from the current code: the
# assembled document of the fixture in every language
# (crates/mla-core/tests/ref/, test document_ref) and the description of
# each fixture PDF (crates/mla-render/tests/ref/, test native). Neither
# needs an external program. Files no test produces any more are deleted.
# Review the result with `git diff` before committing it.
set -euo pipefail
cd "$(dirname "$0")/.."
UPDATE_REF=1 cargo test -p mla-core --test document_ref
UPDATE_REF=1 cargo test -p mla-render --test native
git status --short -- crates/mla-core/tests/ref crates/mla-render/tests/ref
