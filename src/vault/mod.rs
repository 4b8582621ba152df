//! Profiles, unlocking and locking in the app. The formats and the
//! encrypting store are `mla_core::vault`; this is the browser side:
//! the stored profile list (`registry.rs`) and the open profile and its
//! transitions (`session.rs`); WebCrypto is `crate::crypto`.

pub mod registry;
pub mod session;
