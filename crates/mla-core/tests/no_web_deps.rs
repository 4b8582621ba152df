//! Architecture invariant: the core has no browser dependency, so it builds
//! and tests natively and its logic cannot grow tied to the UI.

#[test]
fn the_core_manifest_names_no_web_crate() {
    assert_no_web_crate("mla-core", include_str!("../Cargo.toml"));
}

/// The renderer (PDF, DOCX) is document logic too: tested natively, and
/// wrapped for the browser only by the render worker crate.
#[test]
fn the_renderer_manifest_names_no_web_crate() {
    assert_no_web_crate("mla-render", include_str!("../../mla-render/Cargo.toml"));
}

fn assert_no_web_crate(name: &str, manifest: &str) {
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
            "{name} must not depend on {banned}"
        );
    }
}
