//! Non-confidential preferences in localStorage (gloo-storage). Nothing a
//! user types about a case is ever stored here.

use gloo_storage::{LocalStorage, Storage};

const UI_LANGUAGE: &str = "mla.ui_language";

/// The UI language the user chose, if they ever chose one.
pub fn ui_language() -> Option<String> {
    LocalStorage::get(UI_LANGUAGE).ok()
}

/// Remembers the UI language the user chose.
pub fn set_ui_language(tag: &str) {
    // A full or disabled localStorage only loses the preference, never data.
    let _ = LocalStorage::set(UI_LANGUAGE, tag);
}
