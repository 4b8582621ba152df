//! The web-free core of MLA Request Writer.
//!
//! Everything here is plain Rust over plain data: the request model, the
//! completeness rules, draft migrations and the storage contract. It does no
//! I/O of its own, takes "now" and ids as parameters, and is tested natively
//! with `cargo test`. The browser app and the `mla` command line are thin
//! shells over it.

pub mod acknowledge;
pub mod backup;
pub mod cases;
pub mod check;
pub mod dates;
pub mod document;
pub mod draft_file;
pub mod drafts;
pub mod findings;
pub mod kinds;
pub mod languages;
pub mod migrate;
pub mod model;
pub mod own_authority;
pub mod questions;
pub mod reference;
pub mod render_protocol;
pub mod revision;
pub mod rules;
pub mod steps;
pub mod storage;
pub mod vault;

pub use check::{check, CheckContext};
pub use findings::{Finding, Severity};
pub use model::Draft;
