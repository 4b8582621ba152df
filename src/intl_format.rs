//! Numbers and dates formatted for people in the UI language, through the
//! browser's Intl (CLDR data the app need not ship).

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

/// A date ("2026-11-01") or timestamp (RFC 3339) in the given locale:
/// "1 November 2026", or with the time for a timestamp. Dates are shown as
/// the calendar day they name, whatever the user's time zone.
pub fn format_date(iso: &str, locale: &str) -> String {
    let is_timestamp = iso.contains('T');
    let date = js_sys::Date::new(&JsValue::from_str(iso));
    if date.get_time().is_nan() {
        return iso.to_string();
    }
    let options = Object::new();
    let set = |k: &str, v: &str| Reflect::set(&options, &k.into(), &v.into()).ok();
    set("dateStyle", "long");
    if is_timestamp {
        set("timeStyle", "short");
    } else {
        set("timeZone", "UTC");
    }
    let locales = Array::of1(&locale.into());
    Intl::DateTimeFormat::new(&locales, &options)
        .format()
        .call1(&JsValue::UNDEFINED, &date)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| iso.to_string())
}
