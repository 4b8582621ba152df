//! The storage contract between the app and whatever keeps its records.
//!
//! The browser app implements it over IndexedDB (`src/storage/idb.rs`); an
//! encrypting wrapper can implement it over another implementation without
//! the callers changing. Bodies are opaque strings so that a wrapper can
//! replace them with ciphertext. [`MemoryStore`] serves native tests and
//! in-memory profiles.

use std::cell::RefCell;
use std::collections::BTreeMap;

/// Name of the IndexedDB database.
pub const DB_NAME: &str = "mla-request-writer";

/// Version of the database layout (object stores and indexes). Raise it, and
/// add the new stores to [`STORES`], whenever the layout changes.
/// 2: the case register's stores (cases, events, documents).
pub const DB_VERSION: u32 = 2;

/// An object store of the database, with the indexes it declares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StoreSpec {
    pub name: &'static str,
    /// Index names; each indexes the record field of the same name.
    pub indexes: &'static [&'static str],
    /// Whether its bodies are the user's confidential content, which a
    /// protected profile encrypts (`vault::VaultStore`).
    pub confidential: bool,
}

/// Store for drafts: `{ id, updated, body }`. `updated` is not confidential
/// and lets the list sort without reading bodies.
pub const DRAFTS: StoreSpec = StoreSpec {
    name: "drafts",
    indexes: &["updated"],
    confidential: true,
};

/// Store for small app facts such as the data version: `{ id, body }`.
pub const META: StoreSpec = StoreSpec {
    name: "meta",
    indexes: &[],
    // Only some records (`vault::CONFIDENTIAL_META`).
    confidential: false,
};

/// Every store of the current layout. All must be declared on every open:
/// rexie deletes stores that the builder does not declare.
pub const STORES: &[StoreSpec] = &[
    DRAFTS,
    META,
    crate::cases::store::CASES,
    crate::cases::store::EVENTS,
    crate::cases::store::DOCUMENTS,
];

/// A stored record: key, sort key and opaque body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub id: String,
    /// RFC 3339 time of the last change.
    pub updated: String,
    pub body: String,
}

/// One record of a listing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Listed {
    Readable(Record),
    /// A record that could not be decrypted or authenticated. It is listed
    /// with what is known without its body, so that one damaged record does
    /// not hide the others.
    Unreadable {
        id: String,
        updated: String,
    },
}

impl Listed {
    pub fn id(&self) -> &str {
        match self {
            Listed::Readable(r) => &r.id,
            Listed::Unreadable { id, .. } => id,
        }
    }

    /// The record, when it could be read.
    pub fn readable(self) -> Option<Record> {
        match self {
            Listed::Readable(r) => Some(r),
            Listed::Unreadable { .. } => None,
        }
    }
}

/// What a record store can fail with. Each variant is something the user
/// can act on; a `detail` is what the backend said (a browser's exception
/// name and message), for a secondary "technical detail" line only, never
/// part of a translated sentence.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StorageError {
    /// The browser refused the write because the disk or quota is full.
    #[error("storage is full")]
    QuotaExceeded,
    /// The browser offers no storage to this site: private browsing, or
    /// storage turned off for it.
    #[error("storage unavailable: {detail}")]
    Unavailable { detail: String },
    /// The stored data was upgraded by a newer version of the app (open in
    /// another tab): this page must reload.
    #[error("the stored data belongs to a newer version of the app")]
    Outdated,
    /// No profile is open (the app is locked), so there is no store.
    #[error("no profile is open")]
    Locked,
    /// A stored record could not be read back; the text names the record
    /// and why (technical detail).
    #[error("stored record unreadable: {0}")]
    Corrupt(String),
    /// A record could not be encrypted, so nothing was written.
    #[error("encryption failed: {detail}")]
    Encryption { detail: String },
    /// Anything else the backend reported.
    #[error("storage error: {detail}")]
    Unknown { detail: String },
}

impl StorageError {
    /// What the backend said, for a "technical detail" line.
    pub fn detail(&self) -> Option<&str> {
        match self {
            StorageError::Unavailable { detail }
            | StorageError::Encryption { detail }
            | StorageError::Unknown { detail } => Some(detail),
            StorageError::Corrupt(detail) => Some(detail),
            StorageError::QuotaExceeded | StorageError::Outdated | StorageError::Locked => None,
        }
    }
}

/// A key-value store of records, grouped in named stores.
// Single-threaded (wasm): the futures need not be Send.
#[allow(async_fn_in_trait)]
pub trait RecordStore {
    /// Writes (inserts or replaces) a record.
    async fn put(&self, store: &StoreSpec, record: &Record) -> Result<(), StorageError>;
    /// Reads a record by id.
    async fn get(&self, store: &StoreSpec, id: &str) -> Result<Option<Record>, StorageError>;
    /// Deletes a record; deleting a missing record is not an error.
    async fn delete(&self, store: &StoreSpec, id: &str) -> Result<(), StorageError>;
    /// Every record of a store, most recently updated first.
    async fn list(&self, store: &StoreSpec) -> Result<Vec<Listed>, StorageError>;
}

/// A shared or borrowed store is a store (the app shares one between a
/// profile's wrapper and the device's records).
macro_rules! forward_store {
    ($($ty:ty),*) => {$(
        impl<T: RecordStore> RecordStore for $ty {
            async fn put(&self, store: &StoreSpec, record: &Record) -> Result<(), StorageError> {
                (**self).put(store, record).await
            }
            async fn get(&self, store: &StoreSpec, id: &str) -> Result<Option<Record>, StorageError> {
                (**self).get(store, id).await
            }
            async fn delete(&self, store: &StoreSpec, id: &str) -> Result<(), StorageError> {
                (**self).delete(store, id).await
            }
            async fn list(&self, store: &StoreSpec) -> Result<Vec<Listed>, StorageError> {
                (**self).list(store).await
            }
        }
    )*};
}
forward_store!(std::rc::Rc<T>, &T);

/// A store that lives in memory only.
#[derive(Debug, Default)]
pub struct MemoryStore {
    stores: RefCell<BTreeMap<&'static str, BTreeMap<String, Record>>>,
}

impl RecordStore for MemoryStore {
    async fn put(&self, store: &StoreSpec, record: &Record) -> Result<(), StorageError> {
        self.stores
            .borrow_mut()
            .entry(store.name)
            .or_default()
            .insert(record.id.clone(), record.clone());
        Ok(())
    }

    async fn get(&self, store: &StoreSpec, id: &str) -> Result<Option<Record>, StorageError> {
        Ok(self
            .stores
            .borrow()
            .get(store.name)
            .and_then(|s| s.get(id))
            .cloned())
    }

    async fn delete(&self, store: &StoreSpec, id: &str) -> Result<(), StorageError> {
        if let Some(s) = self.stores.borrow_mut().get_mut(store.name) {
            s.remove(id);
        }
        Ok(())
    }

    async fn list(&self, store: &StoreSpec) -> Result<Vec<Listed>, StorageError> {
        let mut all: Vec<Record> = self
            .stores
            .borrow()
            .get(store.name)
            .map(|s| s.values().cloned().collect())
            .unwrap_or_default();
        sort_newest_first(&mut all);
        Ok(all.into_iter().map(Listed::Readable).collect())
    }
}

/// Sorts records most recently updated first (RFC 3339 sorts as text).
pub fn sort_newest_first(records: &mut [Record]) {
    records.sort_by(|a, b| b.updated.cmp(&a.updated).then_with(|| a.id.cmp(&b.id)));
}
