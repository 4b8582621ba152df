# Convenience wrappers; the scripts are the source of truth.
.PHONY: run test core lint e2e bench dist
run:
	scripts/run.sh
test:
	scripts/test.sh
core:
	cargo test -p mla-core -p mla-cli
lint:
	cargo fmt --all --check
	cargo clippy --workspace --exclude mla-app --all-targets -- -D warnings
	. scripts/env.sh && cargo clippy -p mla-app --target wasm32-unknown-unknown --all-targets -- -D warnings
e2e: dist
	cd tests/e2e && node --test --test-concurrency=1 specs/*.test.mjs
bench:
	bench/size.sh
	bench/draft_ops.sh
	bench/reference_data.sh
	bench/vault.sh
	bench/register.sh
	bench/pdf.sh
dist:
	scripts/setup.sh && . scripts/env.sh && trunk build --release
