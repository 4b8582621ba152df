//! Where the app keeps its records. The only module that touches IndexedDB.

pub mod cases;
pub mod drafts;
pub mod erase;
pub mod idb;
pub mod own_authority;
pub mod persistence;
pub mod shared;

pub use idb::IdbStore;
