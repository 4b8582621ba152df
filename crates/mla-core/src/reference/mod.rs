//! Reference data: the directory of competent national authorities and the
//! treaties, as the data endpoint publishes them (`directory.json`,
//! `treaties.json`), with their validation, search, the legal-basis finder
//! and the requested authority's requirements for the completeness check.
//!
//! Field list: section 7 of the domain reference; the files' JSON Schemas are
//! `docs/schemas/{directory,treaties}.schema.json` (`mla schema`).

pub mod cache;
pub mod countries;
mod country_names;
pub mod directory;
pub mod fold;
mod fold_table;
pub mod legal_basis;
pub mod requirements;
pub mod search;
pub mod treaties;
pub mod validate;

pub use directory::{AuthorityRecord, Designation, Directory};
pub use treaties::{Treaties, TreatyRecord};
pub use validate::{parse_directory, parse_treaties, DataError, DataFile};

/// The format version of both files this build reads. Raised whenever a
/// change is not backwards compatible; older files are refused with a
/// message telling the maintainer to re-export them.
pub const FORMAT_VERSION: u32 = 1;
