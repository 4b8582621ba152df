//! Names and clocks from the browser's CLDR data (the Intl API), so country
//! and language names are never hand-translated and no time-zone database
//! is shipped.

use std::cell::RefCell;
use std::collections::HashMap;

use js_sys::{Array, Function, Object, Reflect};
use mla_core::reference::directory::Weekday;
use wasm_bindgen::{JsCast, JsValue};

/// Locales to ask Intl for: Montenegrin is missing from most CLDR builds,
/// and Serbian Latin is the closest it has.
fn locale_chain(locale: &str) -> Array {
    let chain = Array::of1(&locale.into());
    if locale == "cnr" {
        chain.push(&"sr-Latn-ME".into());
        chain.push(&"sr-Latn".into());
    }
    chain.push(&"en".into());
    chain
}

fn options(pairs: &[(&str, &str)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &(*k).into(), &(*v).into());
    }
    o
}

fn intl(name: &str) -> Option<Function> {
    let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    Reflect::get(&intl, &name.into()).ok()?.dyn_into().ok()
}

thread_local! {
    static NAMES: RefCell<HashMap<(String, &'static str, String), String>> = RefCell::new(HashMap::new());
}

/// `Intl.DisplayNames(locale, {type}).of(code)`, cached; the code itself
/// when the browser has no name for it.
fn display_name(locale: &str, kind: &'static str, code: &str) -> String {
    let key = (locale.to_string(), kind, code.to_string());
    if let Some(hit) = NAMES.with(|n| n.borrow().get(&key).cloned()) {
        return hit;
    }
    let name = (|| {
        let ctor = intl("DisplayNames")?;
        let args = Array::of2(
            &locale_chain(locale),
            &options(&[("type", kind), ("fallback", "code")]),
        );
        let names = Reflect::construct(&ctor, &args).ok()?;
        let of: Function = Reflect::get(&names, &"of".into()).ok()?.dyn_into().ok()?;
        of.call1(&names, &code.into()).ok()?.as_string()
    })()
    .unwrap_or_else(|| code.to_string());
    NAMES.with(|n| n.borrow_mut().insert(key, name.clone()));
    name
}

/// A State's name in the UI language ("EU" is the European Union).
pub fn country(code: &str, locale: &str) -> String {
    display_name(locale, "region", code)
}

/// A language's name in the UI language.
pub fn language(tag: &str, locale: &str) -> String {
    display_name(locale, "language", tag)
}

fn date_format(locale: &str, pairs: &[(&str, &str)]) -> Option<JsValue> {
    let ctor = intl("DateTimeFormat")?;
    Reflect::construct(&ctor, &Array::of2(&locale_chain(locale), &options(pairs))).ok()
}

fn format(formatter: &JsValue, date: &js_sys::Date) -> Option<String> {
    let f: Function = Reflect::get(formatter, &"format".into())
        .ok()?
        .dyn_into()
        .ok()?;
    f.call1(formatter, date).ok()?.as_string()
}

/// The weekday's name in the UI language.
pub fn weekday(day: Weekday, locale: &str) -> String {
    // 1 January 2024 was a Monday.
    let date = js_sys::Date::new(&JsValue::from_f64(
        js_sys::Date::utc(2024.0, 0.0) + day.index() as f64 * 86_400_000.0,
    ));
    date_format(locale, &[("weekday", "long"), ("timeZone", "UTC")])
        .and_then(|f| format(&f, &date))
        .unwrap_or_else(|| format!("{day:?}"))
}

/// The time now in an IANA zone: the text to show in the UI language, and
/// the weekday and minute of the day there. `None` when the browser does
/// not know the zone.
pub fn local_time(zone: &str, locale: &str) -> Option<(String, Weekday, u32)> {
    let now = js_sys::Date::new_0();
    let shown = date_format(
        locale,
        &[
            ("timeZone", zone),
            ("weekday", "long"),
            ("hour", "2-digit"),
            ("minute", "2-digit"),
            ("timeZoneName", "short"),
        ],
    )?;
    let text = format(&shown, &now)?;
    let parts_format = date_format(
        "en-US",
        &[
            ("timeZone", zone),
            ("weekday", "short"),
            ("hour", "2-digit"),
            ("minute", "2-digit"),
            ("hourCycle", "h23"),
        ],
    )?;
    let to_parts: Function = Reflect::get(&parts_format, &"formatToParts".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let parts: Array = to_parts.call1(&parts_format, &now).ok()?.dyn_into().ok()?;
    let (mut day, mut hour, mut minute) = (None, None, None);
    for part in parts.iter() {
        let kind = Reflect::get(&part, &"type".into()).ok()?.as_string()?;
        let value = Reflect::get(&part, &"value".into()).ok()?.as_string()?;
        match kind.as_str() {
            "weekday" => {
                day = Weekday::ALL
                    .into_iter()
                    .find(|d| format!("{d:?}").eq_ignore_ascii_case(&value))
            }
            "hour" => hour = value.parse::<u32>().ok(),
            "minute" => minute = value.parse::<u32>().ok(),
            _ => {}
        }
    }
    Some((text, day?, hour? % 24 * 60 + minute?))
}
