//! Architecture invariant: the core has no browser dependency, so it builds
//! and tests natively and its logic cannot grow tied to the UI.

#[test]
fn the_core_manifest_names_no_web_crate() {
    let manifest = include_str!("../Cargo.toml");
    let deps = manifest.split("[dependencies]").nth(1).unwrap_or("");
    let deps = deps.split("\n[").next().unwrap_or("");
    for banned in [
        "leptos",
        "web-sys",
        "wasm-bindgen",
        "js-sys",
        "gloo",
        "rexie",
    ] {
        assert!(
            !deps.lines().any(|l| l.trim_start().starts_with(banned)),
            "mla-core must not depend on {banned}"
        );
    }
}
