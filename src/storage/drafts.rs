//! The open profile's drafts, for the screens that list or save them
//! outside the wizard (whose autosave is `draft_state`).

use mla_core::drafts::{self, LoadError};
use mla_core::storage::StorageError;
use mla_core::Draft;

use super::shared;

/// Every readable draft of the open profile, newest first. A record that
/// cannot be read is left out here; the drafts list shows it apart.
pub async fn load_all() -> Result<Vec<Draft>, StorageError> {
    let store = shared::store().await?;
    let all = drafts::list(store.as_ref()).await?;
    Ok(all.into_iter().filter_map(Result::ok).collect())
}

/// Saves `draft` in the open profile as a new revision, which `draft`
/// then carries.
pub async fn save(draft: &mut Draft) -> Result<(), StorageError> {
    let store = shared::store().await?;
    drafts::save(store.as_ref(), draft).await
}

/// Stores a draft read from a file or a backup in the open profile, with
/// the revision it names when it is new here (see [`drafts::import`]).
pub async fn import(draft: &mut Draft) -> Result<(), StorageError> {
    let store = shared::store().await?;
    drafts::import(store.as_ref(), draft).await
}

/// The draft with `id` in the open profile, migrated if it is older.
pub async fn load(id: &str) -> Result<Option<Draft>, LoadError> {
    let store = shared::store().await?;
    drafts::load(store.as_ref(), id).await
}

/// Deletes the draft with `id` from the open profile: a tombstone without
/// its content takes its place (saving it again restores it).
pub async fn delete(id: &str) -> Result<(), StorageError> {
    let store = shared::store().await?;
    drafts::delete(store.as_ref(), id, &crate::ids::now()).await
}
