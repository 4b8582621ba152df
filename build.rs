//! Generates the `i18n` module from `locales/*.json` (leptos_i18n).
//! A key missing from any locale fails the build (see `emit_diagnostics`).

use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};
use std::error::Error;
use std::path::PathBuf;

/// The UI languages; English is the fallback for nothing: every locale must
/// be complete.
const LOCALES: [&str; 10] = ["ar", "bs", "hr", "fr", "cnr", "fa", "pt", "ru", "sr", "es"];

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=Cargo.toml");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("no OUT_DIR")?).join("i18n");
    // Messages with arguments are also needed as plain strings (titles,
    // aria labels), which `interpolate_display` provides.
    let options = ParseOptions::default().interpolate_display(true);
    let mut cfg = Config::new("en")?.parse_options(options);
    for l in LOCALES {
        cfg = cfg.add_locale(l)?;
    }
    let infos = TranslationsInfos::parse(cfg)?;
    infos.emit_diagnostics();
    infos.rerun_if_locales_changed();
    infos.generate_i18n_module(out)?;
    Ok(())
}
