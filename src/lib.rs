//! MLA Request Writer: the Leptos client-side app.
//!
//! A thin shell over `mla-core`: components render the core's data and send
//! the user's edits back to it. Only `storage` touches IndexedDB, only
//! `prefs` reads and writes localStorage (`storage::erase` clears it), only
//! `pwa` talks to the service worker,
//! only `crypto` calls WebCrypto, only `render` talks to the render
//! worker.

pub mod app;
pub mod components;
pub mod crypto;
pub mod downloads;
pub mod draft_lock;
pub mod draft_state;
pub mod exercises;
pub mod ids;
pub mod intl_format;
pub mod pages;
pub mod prefs;
pub mod pwa;
pub mod reference;
pub mod render;
pub mod storage;
pub mod texts;
pub mod vault;

include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));

pub use app::App;

/// The UI translation context, as passed to helpers that translate.
pub type I18n = leptos_i18n::I18nContext<i18n::Locale>;
