//! Non-confidential preferences in localStorage (gloo-storage), and the
//! only module that reads or writes it (erasing clears it whole). Nothing
//! a user types about a case is ever stored here: the UI language, the
//! last profile's id, the auto-lock time, and the reference-data
//! endpoint's address and kind of sign-in.

use gloo_storage::{LocalStorage, Storage};
use serde::{de::DeserializeOwned, Serialize};

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

const LAST_PROFILE: &str = "mla.last_profile";
const LOCK_MINUTES: &str = "mla.lock_minutes";

/// Auto-lock choices offered in Settings, in minutes.
pub const LOCK_CHOICES: [u32; 5] = [5, 10, 15, 20, 30];
const DEFAULT_LOCK_MINUTES: u32 = 10;

/// The profile chosen last on this browser (its id only), to preselect it.
pub fn last_profile() -> Option<String> {
    LocalStorage::get(LAST_PROFILE).ok()
}

pub fn set_last_profile(id: &str) {
    let _ = LocalStorage::set(LAST_PROFILE, id);
}

/// Minutes without activity before a protected profile locks.
pub fn lock_minutes() -> u32 {
    LocalStorage::get::<u32>(LOCK_MINUTES)
        .ok()
        .filter(|m| LOCK_CHOICES.contains(m))
        .unwrap_or(DEFAULT_LOCK_MINUTES)
}

pub fn set_lock_minutes(minutes: u32) {
    let _ = LocalStorage::set(LOCK_MINUTES, minutes);
}

const DATA_ENDPOINT: &str = "mla.data_endpoint";

/// The reference-data endpoint's address and kind of sign-in (never the
/// credentials themselves); its type belongs to `reference::endpoint`.
pub fn data_endpoint<T: DeserializeOwned + Default>() -> T {
    LocalStorage::get(DATA_ENDPOINT).unwrap_or_default()
}

pub fn set_data_endpoint<T: Serialize>(value: &T) {
    let _ = LocalStorage::set(DATA_ENDPOINT, value);
}
