//! Profiles, unlocking and locking in the app. The formats and the
//! encrypting store are `mla_core::vault`; this is the browser side:
//! WebCrypto (`crypto.rs`), the stored profile list (`registry.rs`), the
//! open profile and its transitions (`session.rs`), and auto-lock
//! (`idle.rs`).

pub mod crypto;
pub mod registry;
pub mod session;
