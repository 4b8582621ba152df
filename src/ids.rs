//! Fresh ids and the current time, from the browser (the core takes both as
//! parameters so that it stays deterministic).

/// A random UUID for a new draft.
pub fn draft_id() -> String {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.random_uuid())
        .unwrap_or_else(|| format!("d{}", js_sys::Date::now()))
}

/// A short random id for an item inside a draft (a measure, a person...).
pub fn item_id(prefix: &str) -> String {
    let uuid = draft_id();
    format!("{prefix}-{}", &uuid[..8.min(uuid.len())])
}

/// Now, as RFC 3339 in UTC.
pub fn now() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Today in the user's own time zone: deadlines fall due at local
/// midnight, not at midnight in UTC.
pub fn today() -> mla_core::dates::Date {
    let now = js_sys::Date::new_0();
    mla_core::dates::Date::new(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or_else(|| mla_core::dates::Date::parse("1970-01-01").expect("a valid date"))
}
