//! Saving, loading and listing drafts over any [`RecordStore`].

use crate::check::{check, CheckContext};
use crate::draft_file::{parse_draft, to_json, ImportError};
use crate::findings::Counts;
use crate::model::Draft;
use crate::storage::{Listed, Record, RecordStore, StorageError, DRAFTS};

/// What the drafts list shows of a draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftSummary {
    pub id: String,
    pub title: String,
    pub requested_state: String,
    pub updated: String,
    pub counts: Counts,
}

impl DraftSummary {
    pub fn of(draft: &Draft) -> DraftSummary {
        DraftSummary {
            id: draft.id.clone(),
            title: draft.title.clone(),
            requested_state: draft.requested.state.clone(),
            updated: draft.updated.clone(),
            counts: Counts::of(&check(draft, &CheckContext::default())),
        }
    }
}

/// Why a stored draft could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error(transparent)]
    Format(#[from] ImportError),
}

/// Stores a draft (insert or replace).
pub async fn save(store: &impl RecordStore, draft: &Draft) -> Result<(), StorageError> {
    let record = Record {
        id: draft.id.clone(),
        updated: draft.updated.clone(),
        body: to_json(draft),
    };
    store.put(&DRAFTS, &record).await
}

/// Loads a draft, migrating it from an older format if needed.
pub async fn load(store: &impl RecordStore, id: &str) -> Result<Option<Draft>, LoadError> {
    match store.get(&DRAFTS, id).await? {
        Some(record) => Ok(Some(parse_draft(&record.body)?)),
        None => Ok(None),
    }
}

/// Every stored draft, newest first. A record that cannot be read is
/// returned as an error in its place rather than hiding the others.
pub async fn list(
    store: &impl RecordStore,
) -> Result<Vec<Result<Draft, (String, ImportError)>>, StorageError> {
    let records = store.list(&DRAFTS).await?;
    Ok(records
        .into_iter()
        .map(|listed| match listed {
            Listed::Readable(r) => parse_draft(&r.body).map_err(|e| (r.id, e)),
            Listed::Unreadable { id, .. } => Err((id, ImportError::Unreadable)),
        })
        .collect())
}

/// Whether a draft with this id is stored.
pub async fn exists(store: &impl RecordStore, id: &str) -> Result<bool, StorageError> {
    Ok(store.get(&DRAFTS, id).await?.is_some())
}

/// Deletes a draft.
pub async fn delete(store: &impl RecordStore, id: &str) -> Result<(), StorageError> {
    store.delete(&DRAFTS, id).await
}
