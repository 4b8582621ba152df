//! Keeps the UI language, `<html lang dir>` and the remembered choice in step.
//!
//! Start-up order: the language the user chose before (localStorage), else
//! the first of `navigator.languages` that we support, else English.

use std::str::FromStr;

use leptos::prelude::*;
use mla_core::languages;

use crate::i18n::*;
use crate::prefs;

#[component]
pub fn LocaleSync() -> impl IntoView {
    let i18n = use_i18n();
    // leptos_i18n applies its own guess (navigator.languages) in an effect
    // of the provider; this effect is created after it, so it runs after it
    // and the remembered choice wins.
    Effect::new(move |_| {
        if let Some(locale) = initial_language().and_then(|t| Locale::from_str(&t).ok()) {
            i18n.set_locale(locale);
        }
    });
    Effect::new(move |_| {
        let tag = i18n.get_locale().as_str();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", tag);
            let dir = if languages::is_rtl(tag) { "rtl" } else { "ltr" };
            let _ = html.set_attribute("dir", dir);
        }
    });
}

fn initial_language() -> Option<String> {
    prefs::ui_language().or_else(|| {
        let langs = window().navigator().languages();
        let prefs: Vec<String> = langs.iter().filter_map(|v| v.as_string()).collect();
        languages::negotiate(prefs.iter().map(String::as_str)).map(|l| l.tag().to_string())
    })
}
