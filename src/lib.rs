//! MLA Request Writer: the Leptos client-side app.
//!
//! A thin shell over `mla-core`: components render the core's data and send
//! the user's edits back to it. Only `storage` touches IndexedDB, only
//! `prefs` touches localStorage, only `pwa` talks to the service worker.

pub mod app;
pub mod components;
pub mod pages;
pub mod prefs;
pub mod pwa;
pub mod storage;
pub mod units;

include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));

pub use app::App;
