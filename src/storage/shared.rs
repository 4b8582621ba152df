//! The one store of this tab, shared by every screen: the IndexedDB
//! database, or, in training mode, a store in memory that disappears with
//! the tab and never touches the disk.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use mla_core::storage::{MemoryStore, Record, RecordStore, StorageError, StoreSpec};

use super::IdbStore;

/// Where this tab keeps its records.
pub enum AppStore {
    Idb(IdbStore),
    /// Training mode: nothing is written to the disk.
    Memory(MemoryStore),
}

impl RecordStore for AppStore {
    async fn put(&self, store: &StoreSpec, record: &Record) -> Result<(), StorageError> {
        match self {
            AppStore::Idb(s) => s.put(store, record).await,
            AppStore::Memory(s) => s.put(store, record).await,
        }
    }

    async fn get(&self, store: &StoreSpec, id: &str) -> Result<Option<Record>, StorageError> {
        match self {
            AppStore::Idb(s) => s.get(store, id).await,
            AppStore::Memory(s) => s.get(store, id).await,
        }
    }

    async fn delete(&self, store: &StoreSpec, id: &str) -> Result<(), StorageError> {
        match self {
            AppStore::Idb(s) => s.delete(store, id).await,
            AppStore::Memory(s) => s.delete(store, id).await,
        }
    }

    async fn list(&self, store: &StoreSpec) -> Result<Vec<Record>, StorageError> {
        match self {
            AppStore::Idb(s) => s.list(store).await,
            AppStore::Memory(s) => s.list(store).await,
        }
    }
}

thread_local! {
    static STORE: RefCell<Option<Rc<AppStore>>> = const { RefCell::new(None) };
    static TRAINING: Cell<bool> = const { Cell::new(false) };
}

/// The app's store, opened on first use.
pub async fn store() -> Result<Rc<AppStore>, StorageError> {
    if let Some(s) = STORE.with(|s| s.borrow().clone()) {
        return Ok(s);
    }
    let opened = Rc::new(AppStore::Idb(IdbStore::open().await?));
    // Training mode may have started while the database was opening.
    if TRAINING.with(Cell::get) {
        return Ok(STORE.with(|s| s.borrow().clone()).unwrap_or(opened));
    }
    STORE.with(|s| *s.borrow_mut() = Some(opened.clone()));
    Ok(opened)
}

/// Switches this tab to an empty store in memory until the tab closes or
/// reloads (training mode).
pub fn start_training() {
    TRAINING.with(|t| t.set(true));
    STORE.with(|s| *s.borrow_mut() = Some(Rc::new(AppStore::Memory(MemoryStore::default()))));
}

pub fn is_training() -> bool {
    TRAINING.with(Cell::get)
}
