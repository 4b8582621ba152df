//! Formatting numbers for people, in the UI language (Intl, not hand-rolled).

use js_sys::{Array, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

/// A byte count as "12.3 MB" in the given BCP 47 locale.
pub fn format_bytes(bytes: f64, locale: &str) -> String {
    let (value, unit) = if bytes >= 1e9 {
        (bytes / 1e9, "gigabyte")
    } else if bytes >= 1e6 {
        (bytes / 1e6, "megabyte")
    } else {
        (bytes / 1e3, "kilobyte")
    };
    let options = Object::new();
    let set = |k: &str, v: JsValue| Reflect::set(&options, &k.into(), &v).ok();
    set("style", "unit".into());
    set("unit", unit.into());
    set("maximumFractionDigits", 1.into());
    let locales = Array::of1(&locale.into());
    Intl::NumberFormat::new(&locales, &options)
        .format()
        .call1(&JsValue::UNDEFINED, &value.into())
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| format!("{value:.1} {unit}"))
}
