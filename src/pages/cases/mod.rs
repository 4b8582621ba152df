//! The case register's screens: the register (`register.rs`), a case
//! (`case.rs`), opening a case (`new.rs`) and the statistics (`stats.rs`).
//! The logic is `mla_core::cases`; these are the views over it.

pub mod case;
pub mod case_form;
pub mod events;
pub mod new;
pub mod register;
pub mod stats;

use mla_core::cases::store::Loaded;
use mla_core::cases::{Case, Event};
use mla_core::languages::Lang;
use mla_core::reference::countries;

/// The UI language as the core's `Lang` (State names, search).
pub fn ui_lang(i18n: crate::I18n) -> Lang {
    use leptos_i18n::Locale as _;
    Lang::from_tag(i18n.get_locale().as_str()).unwrap_or(Lang::En)
}

/// A State as shown: its name in the UI language when stored as a code.
pub fn state_name(stored: &str, lang: Lang) -> String {
    countries::country_name(stored.trim(), lang)
        .map(str::to_string)
        .unwrap_or_else(|| stored.to_string())
}

/// The events of one case, from everything loaded.
pub fn events_of<'a>(loaded: &'a Loaded, case_id: &str) -> Vec<&'a Event> {
    loaded
        .events
        .iter()
        .filter(|e| e.case_id == case_id)
        .collect()
}

/// The case with `id`, from everything loaded.
pub fn find<'a>(loaded: &'a Loaded, id: &str) -> Option<&'a Case> {
    loaded.cases.iter().find(|c| c.id == id)
}
