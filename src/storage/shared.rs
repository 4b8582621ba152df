//! The stores of this tab.
//!
//! - The **device** store: the app's original database. It holds what every
//!   profile shares and what must be readable before unlocking: the profile
//!   list and the cached reference data.
//! - The **profile** store: the open profile's drafts and confidential
//!   records. Plain IndexedDB for a profile without a passphrase, the same
//!   behind the encrypting [`VaultStore`] for one with, or memory only in
//!   training mode. There is none while locked.

use std::cell::RefCell;
use std::rc::Rc;

use mla_core::storage::{
    Listed, MemoryStore, Record, RecordStore, StorageError, StoreSpec, DB_NAME,
};
use mla_core::vault::{database_name, VaultStore};

use super::IdbStore;
use crate::crypto::WebCipher;

/// Where the open profile keeps its records.
pub enum AppStore {
    Plain(Rc<IdbStore>),
    /// Training mode: nothing is written to the disk.
    Memory(MemoryStore),
    Vault(VaultStore<Rc<IdbStore>, WebCipher>),
}

impl AppStore {
    /// The IndexedDB database underneath, if any.
    pub fn database(&self) -> Option<&Rc<IdbStore>> {
        match self {
            AppStore::Plain(db) => Some(db),
            AppStore::Memory(_) => None,
            AppStore::Vault(v) => Some(v.inner()),
        }
    }
}

macro_rules! each {
    ($self:ident, $s:ident => $call:expr) => {
        match $self {
            AppStore::Plain($s) => $call,
            AppStore::Memory($s) => $call,
            AppStore::Vault($s) => $call,
        }
    };
}

impl RecordStore for AppStore {
    async fn put(&self, store: &StoreSpec, record: &Record) -> Result<(), StorageError> {
        each!(self, s => s.put(store, record).await)
    }

    async fn get(&self, store: &StoreSpec, id: &str) -> Result<Option<Record>, StorageError> {
        each!(self, s => s.get(store, id).await)
    }

    async fn delete(&self, store: &StoreSpec, id: &str) -> Result<(), StorageError> {
        each!(self, s => s.delete(store, id).await)
    }

    async fn list(&self, store: &StoreSpec) -> Result<Vec<Listed>, StorageError> {
        each!(self, s => s.list(store).await)
    }
}

thread_local! {
    static DEVICE: RefCell<Option<Rc<IdbStore>>> = const { RefCell::new(None) };
    static PROFILE: RefCell<Option<Rc<AppStore>>> = const { RefCell::new(None) };
}

/// The device store, opened on first use.
pub async fn device() -> Result<Rc<IdbStore>, StorageError> {
    if let Some(s) = DEVICE.with(|s| s.borrow().clone()) {
        return Ok(s);
    }
    let opened = Rc::new(IdbStore::open_named(DB_NAME).await?);
    // Two callers may have raced to open it; keep the first.
    Ok(DEVICE.with(|s| s.borrow_mut().get_or_insert(opened).clone()))
}

/// The database of a profile (the device database for the default one).
pub async fn profile_database(profile_id: &str) -> Result<Rc<IdbStore>, StorageError> {
    let name = database_name(profile_id);
    if name == DB_NAME {
        device().await
    } else {
        Ok(Rc::new(IdbStore::open_named(&name).await?))
    }
}

/// The open profile's store; an error while locked.
pub async fn store() -> Result<Rc<AppStore>, StorageError> {
    PROFILE
        .with(|s| s.borrow().clone())
        .ok_or(StorageError::Locked)
}

/// Puts a profile's store in use, or (with `None`) drops it and with it
/// the profile's key.
pub fn set_profile(store: Option<AppStore>) {
    PROFILE.with(|s| *s.borrow_mut() = store.map(Rc::new));
}
