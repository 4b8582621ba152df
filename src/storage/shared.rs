//! The one open database of this tab, shared by every screen.

use std::cell::RefCell;
use std::rc::Rc;

use mla_core::storage::StorageError;

use super::IdbStore;

thread_local! {
    static STORE: RefCell<Option<Rc<IdbStore>>> = const { RefCell::new(None) };
}

/// The app's database, opened on first use.
pub async fn store() -> Result<Rc<IdbStore>, StorageError> {
    if let Some(s) = STORE.with(|s| s.borrow().clone()) {
        return Ok(s);
    }
    let opened = Rc::new(IdbStore::open().await?);
    STORE.with(|s| *s.borrow_mut() = Some(opened.clone()));
    Ok(opened)
}
