//! The one home of the app's enum-to-sentence functions: a typed value from
//! the core or the shell becomes words in the UI language here, and only
//! here. `errors` turns every typed error into a sentence that says what
//! the user can do (a browser's own words are never part of it; they stay
//! in the error as a detail for a separate "technical detail" line);
//! `names` names things: steps, severities, channels, designations, and the
//! like; `questions` gives the wizard's questions their labels, hints,
//! headings and choices; `findings` turns a finding into its message.
//!
//! Below the pages and the components: it uses the shell's error types
//! (`storage`, `vault`, `reference`, `render`), never a screen.

pub mod cases;
pub mod errors;
pub mod findings;
pub mod names;
pub mod questions;
