//! The case register's screens: the register (`register.rs`), a case
//! (`case.rs`), opening a case (`new.rs`) and the statistics (`stats.rs`).
//! The logic is `mla_core::cases`; these are the views over it.

pub mod case;
pub mod case_form;
pub mod events;
pub mod new;
pub mod register;
pub mod stats;

pub use crate::texts::cases::{state_name, ui_lang};

use mla_core::cases::store::Loaded;
use mla_core::cases::{Case, Event};

/// The events of one case, from everything loaded.
pub fn events_of<'a>(loaded: &'a Loaded, case_id: &str) -> Vec<&'a Event> {
    loaded.events_of(case_id)
}

/// The case with `id`, from everything loaded.
pub fn find<'a>(loaded: &'a Loaded, id: &str) -> Option<&'a Case> {
    loaded.case(id)
}
