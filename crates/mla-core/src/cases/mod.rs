//! The case register: the requests an authority sends and receives, what
//! happened to each (an append-only event log), the clocks that run on them
//! and the figures an authority reports each year.
//!
//! - [`record`]: a case (who, what, which way, which channel) and its enums;
//! - [`events`]: the event log, the status derived from it and what may
//!   happen next;
//! - [`deadlines`]: the deadlines, reminders and legal clocks of a case;
//! - [`query`]: the register's search, filters, sort and pages;
//! - [`stats`]: statistics and their CSV;
//! - [`file`]: the register file (export, import, `mla cases stats`);
//! - [`store`]: saving over any [`RecordStore`](crate::storage::RecordStore),
//!   with revision checks so two tabs never overwrite each other.
//!
//! Every case and event has a UUID and a CouchDB revision history
//! ([`crate::revision`]), so a team can later replicate its register.

/// An enum stored as snake_case text, with its list and its name (the
/// suffix of its message key in `locales/*.json`).
macro_rules! named_enum {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $text)] $variant,)+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The stored name (also the suffix of its message key).
            pub fn name(self) -> &'static str {
                match self { $($name::$variant => $text,)+ }
            }

            pub fn from_name(name: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|v| v.name() == name)
            }
        }
    };
}

pub mod deadlines;
pub mod events;
pub mod file;
pub mod query;
pub mod record;
pub mod samples;
pub mod stats;
pub mod store;

pub use deadlines::{deadlines, Clock, Deadline};
pub use events::{status, Event, EventKind, EventProblem, RefusalGround, Status};
pub use record::{Case, CaseKind, Channel, Counterpart, Direction, Priority};
