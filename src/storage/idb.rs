//! [`RecordStore`] over IndexedDB, through rexie.
//!
//! The layout (stores and indexes) comes from `mla_core::storage`; every
//! store is declared on every open, because rexie deletes undeclared ones.
//! Each call is one transaction that does no other await inside it, so it
//! cannot auto-commit early; a commit is checked, since an abort (for
//! example a full disk) is reported by rexie as a result, not an error.

use js_sys::{Object, Reflect};
use mla_core::storage::{
    sort_newest_first, Listed, Record, RecordStore, StorageError, StoreSpec, DB_NAME, DB_VERSION,
    META, STORES,
};
use rexie::{Index, ObjectStore, Rexie, TransactionMode, TransactionResult};
use wasm_bindgen::JsValue;

/// The version of the data inside the stores; data migrations run after the
/// database opens when the stored value is lower.
pub const DATA_VERSION: u32 = 1;

/// IndexedDB-backed record store.
pub struct IdbStore {
    /// `None` once closed (a profile about to be deleted: an open
    /// connection, even this tab's own, blocks the deletion).
    db: std::cell::RefCell<Option<Rexie>>,
}

impl IdbStore {
    /// Opens (creating or upgrading) the app's database.
    pub async fn open() -> Result<IdbStore, StorageError> {
        Self::open_named(DB_NAME).await
    }

    /// Opens a database of the app's layout under another name (tests).
    pub async fn open_named(name: &str) -> Result<IdbStore, StorageError> {
        let mut builder = Rexie::builder(name).version(DB_VERSION);
        for spec in STORES {
            let mut store = ObjectStore::new(spec.name).key_path("id");
            for index in spec.indexes {
                store = store.add_index(Index::new(index, index));
            }
            builder = builder.add_object_store(store);
        }
        let db = builder.build().await.map_err(open_error)?;
        let store = IdbStore {
            db: std::cell::RefCell::new(Some(db)),
        };
        store.migrate_data().await?;
        Ok(store)
    }

    /// Brings stored data up to [`DATA_VERSION`]. Version 1 is the first
    /// layout; draft bodies migrate themselves on load (`mla_core::migrate`),
    /// so there is nothing to rewrite yet. Each future step goes here.
    async fn migrate_data(&self) -> Result<(), StorageError> {
        let stored = self
            .get(&META, "data_version")
            .await?
            .and_then(|r| r.body.parse::<u32>().ok())
            .unwrap_or(0);
        if stored < DATA_VERSION {
            let record = Record {
                id: "data_version".into(),
                updated: String::new(),
                body: DATA_VERSION.to_string(),
            };
            self.put(&META, &record).await?;
        }
        Ok(())
    }

    /// Closes the connection; every later call fails as unavailable.
    pub fn close(&self) {
        if let Some(db) = self.db.borrow_mut().take() {
            db.close();
        }
    }

    /// One transaction over one store. The borrow ends before any await.
    fn tx(
        &self,
        store: &StoreSpec,
        mode: TransactionMode,
    ) -> Result<rexie::Transaction, StorageError> {
        self.db
            .borrow()
            .as_ref()
            // Closed with its profile (locked, or about to be deleted).
            .ok_or(StorageError::Locked)?
            .transaction(&[store.name], mode)
            .map_err(storage_error)
    }

    /// Deletes a database by name (tests, and later "erase this computer").
    pub async fn delete_database(name: &str) -> Result<(), StorageError> {
        Rexie::delete(name).await.map_err(storage_error)
    }
}

fn to_js(record: &Record) -> JsValue {
    let obj = Object::new();
    let _ = Reflect::set(&obj, &"id".into(), &record.id.as_str().into());
    let _ = Reflect::set(&obj, &"updated".into(), &record.updated.as_str().into());
    let _ = Reflect::set(&obj, &"body".into(), &record.body.as_str().into());
    obj.into()
}

fn from_js(value: &JsValue) -> Result<Record, StorageError> {
    let field = |name: &str| {
        Reflect::get(value, &name.into())
            .ok()
            .and_then(|v| v.as_string())
            .ok_or_else(|| StorageError::Corrupt(format!("record without {name}")))
    };
    Ok(Record {
        id: field("id")?,
        updated: field("updated").unwrap_or_default(),
        body: field("body")?,
    })
}

/// What IndexedDB said: the DOMException's name and message as the browser
/// words them (rexie's own text is only "idb error").
fn detail(e: &rexie::Error) -> String {
    match e {
        rexie::Error::IdbError(inner) => inner.to_string(),
        other => other.to_string(),
    }
}

/// The DOMException names that mean something the user can act on.
fn classify(detail: String, otherwise: fn(String) -> StorageError) -> StorageError {
    if detail.contains("QuotaExceededError") {
        StorageError::QuotaExceeded
    } else if detail.contains("VersionError") {
        // The database on disk is newer than this page's layout: another
        // tab runs a newer version of the app.
        StorageError::Outdated
    } else if detail.contains("SecurityError") {
        // Storage turned off for this site, or a sandboxed context.
        StorageError::Unavailable { detail }
    } else {
        otherwise(detail)
    }
}

/// A database that would not open: whatever the browser says, no storage
/// is available (private browsing, storage turned off, a broken profile
/// folder).
fn open_error(e: rexie::Error) -> StorageError {
    classify(detail(&e), |detail| StorageError::Unavailable { detail })
}

fn storage_error(e: rexie::Error) -> StorageError {
    classify(detail(&e), |detail| StorageError::Unknown { detail })
}

fn committed(result: TransactionResult) -> Result<(), StorageError> {
    match result {
        TransactionResult::Committed => Ok(()),
        // Chrome reports a full disk as an aborted transaction.
        TransactionResult::Aborted => Err(StorageError::QuotaExceeded),
    }
}

impl RecordStore for IdbStore {
    async fn put(&self, store: &StoreSpec, record: &Record) -> Result<(), StorageError> {
        let value = to_js(record);
        let tx = self.tx(store, TransactionMode::ReadWrite)?;
        tx.store(store.name)
            .map_err(storage_error)?
            .put(&value, None)
            .await
            .map_err(storage_error)?;
        committed(tx.done().await.map_err(storage_error)?)
    }

    async fn get(&self, store: &StoreSpec, id: &str) -> Result<Option<Record>, StorageError> {
        let tx = self.tx(store, TransactionMode::ReadOnly)?;
        let value = tx
            .store(store.name)
            .map_err(storage_error)?
            .get(id.into())
            .await
            .map_err(storage_error)?;
        value
            .filter(|v| !v.is_undefined())
            .map(|v| from_js(&v))
            .transpose()
    }

    async fn delete(&self, store: &StoreSpec, id: &str) -> Result<(), StorageError> {
        let tx = self.tx(store, TransactionMode::ReadWrite)?;
        tx.store(store.name)
            .map_err(storage_error)?
            .delete(id.into())
            .await
            .map_err(storage_error)?;
        committed(tx.done().await.map_err(storage_error)?)
    }

    async fn list(&self, store: &StoreSpec) -> Result<Vec<Listed>, StorageError> {
        let tx = self.tx(store, TransactionMode::ReadOnly)?;
        let values = tx
            .store(store.name)
            .map_err(storage_error)?
            .get_all(None, None)
            .await
            .map_err(storage_error)?;
        let mut records = values.iter().map(from_js).collect::<Result<Vec<_>, _>>()?;
        sort_newest_first(&mut records);
        Ok(records.into_iter().map(Listed::Readable).collect())
    }
}
