//! Saving, loading and listing drafts over any [`RecordStore`].
//!
//! Like the case register's records, every stored draft has a revision
//! history ([`crate::revision`]) that each save advances, and a deleted
//! draft stays as a tombstone, so drafts can later replicate to a team's
//! CouchDB. Loading and listing leave tombstones out.

use crate::check::{check, CheckContext};
use crate::draft_file::{parse_draft, to_json, ImportError};
use crate::findings::Counts;
use crate::model::{Draft, SCHEMA_VERSION};
use crate::revision::Revisions;
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

/// What saving needs of a stored draft, read without the rest of it.
#[derive(Debug, Default, serde::Deserialize)]
struct Head {
    #[serde(default)]
    revisions: Revisions,
    #[serde(default)]
    deleted: bool,
}

/// The stored draft's history and whether it is a tombstone; `None` when
/// nothing is stored under `id`. A record that cannot be decrypted or read
/// is there but has no history to continue: an empty one.
async fn head(store: &impl RecordStore, id: &str) -> Result<Option<Head>, StorageError> {
    match store.get(&DRAFTS, id).await {
        Ok(Some(record)) => Ok(Some(
            serde_json::from_str::<Head>(&record.body)
                .ok()
                .filter(|h| h.revisions.is_valid())
                .unwrap_or_default(),
        )),
        Ok(None) => Ok(None),
        Err(StorageError::Corrupt(_)) => Ok(Some(Head::default())),
        Err(e) => Err(e),
    }
}

async fn put(store: &impl RecordStore, draft: &Draft) -> Result<(), StorageError> {
    let record = Record {
        id: draft.id.clone(),
        updated: draft.updated.clone(),
        body: to_json(draft),
    };
    store.put(&DRAFTS, &record).await
}

/// Stores a change made on this device (insert or replace) as a new
/// revision; on success `draft` carries it. The caller sets `updated`.
///
/// Drafts have no conflict check (one tab edits a draft, the others show it
/// read-only), so the stored record is this device's truth: the new
/// revision continues the stored history, or the draft's own when that
/// already descends from it (an import of a later revision). So every save
/// is a newer revision than the one stored before it, whatever revision
/// the caller last saw: a draft restored after its deletion continues from
/// the tombstone's, and a replica sees the restore as a newer revision,
/// not as a conflict.
pub async fn save(store: &impl RecordStore, draft: &mut Draft) -> Result<(), StorageError> {
    let stored = head(store, &draft.id).await?;
    let mut next = match stored {
        Some(h)
            if !draft.revisions.is_valid()
                || !draft.revisions.descends_from(&h.revisions.rev()) =>
        {
            h.revisions
        }
        _ if draft.revisions.is_valid() => draft.revisions.clone(),
        _ => Revisions::default(),
    };
    draft.deleted = false;
    next.advance(&draft.content());
    let previous = std::mem::replace(&mut draft.revisions, next);
    let written = put(store, draft).await;
    if written.is_err() {
        // Not stored: the draft keeps the revision it had.
        draft.revisions = previous;
    }
    written
}

/// Stores a draft that arrives from a file or a backup rather than from an
/// edit here. A draft that is exactly the revision it names (its content
/// hashes to it) is stored as it is when this device has no such draft or
/// holds an earlier revision of it, as a replica would store it: the same
/// draft then has the same revision on both devices. Anything else (no
/// revision yet, changed since its revision, or this device holds a later,
/// diverged or deleted version) is stored as a change made here, by
/// [`save`], so that it is newer than what it replaces.
pub async fn import(store: &impl RecordStore, draft: &mut Draft) -> Result<(), StorageError> {
    let known = !draft.deleted && draft.revisions.is_revision_of(&draft.content());
    if known {
        let newer = match head(store, &draft.id).await? {
            None => true,
            Some(h) => draft.revisions.descends_from(&h.revisions.rev()),
        };
        if newer {
            return put(store, draft).await;
        }
    }
    save(store, draft).await
}

/// Loads a draft, migrating it from an older format if needed; `None` when
/// there is none or it was deleted.
pub async fn load(store: &impl RecordStore, id: &str) -> Result<Option<Draft>, LoadError> {
    match store.get(&DRAFTS, id).await? {
        Some(record) => Ok(Some(parse_draft(&record.body)?).filter(|d| !d.deleted)),
        None => Ok(None),
    }
}

/// Every stored draft, newest first, deleted ones left out. A record that
/// cannot be read is returned as an error in its place rather than hiding
/// the others.
pub async fn list(
    store: &impl RecordStore,
) -> Result<Vec<Result<Draft, (String, ImportError)>>, StorageError> {
    let records = store.list(&DRAFTS).await?;
    Ok(records
        .into_iter()
        .filter_map(|listed| match listed {
            Listed::Readable(r) => match parse_draft(&r.body) {
                Ok(d) if d.deleted => None,
                Ok(d) => Some(Ok(d)),
                Err(e) => Some(Err((r.id, e))),
            },
            Listed::Unreadable { id, .. } => Some(Err((id, ImportError::Unreadable))),
        })
        .collect())
}

/// Whether a draft with this id is stored (and not deleted).
pub async fn exists(store: &impl RecordStore, id: &str) -> Result<bool, StorageError> {
    Ok(head(store, id).await?.is_some_and(|h| !h.deleted))
}

/// Deletes a draft: its record is replaced by a tombstone, a newer revision
/// that says it was deleted at `now`, so the deletion replicates. The
/// tombstone keeps only the id, the history, the time and `deleted`, as a
/// CouchDB tombstone keeps only `_id`, `_rev` and `_deleted`: nothing the
/// user wrote stays behind. Saving the draft again (undo) makes a newer
/// revision still. Deleting a missing or deleted draft does nothing.
pub async fn delete(store: &impl RecordStore, id: &str, now: &str) -> Result<(), StorageError> {
    let Some(stored) = head(store, id).await? else {
        return Ok(());
    };
    if stored.deleted {
        return Ok(());
    }
    let mut tombstone = Draft {
        schema_version: SCHEMA_VERSION,
        id: id.to_string(),
        updated: now.to_string(),
        deleted: true,
        ..Draft::default()
    };
    let mut revisions = stored.revisions;
    revisions.advance(&tombstone.content());
    tombstone.revisions = revisions;
    let body = serde_json::json!({
        "schema_version": tombstone.schema_version,
        "id": tombstone.id,
        "revisions": tombstone.revisions,
        "updated": tombstone.updated,
        "deleted": true,
    });
    let record = Record {
        id: tombstone.id,
        updated: tombstone.updated,
        body: serde_json::to_string_pretty(&body).unwrap_or_default(),
    };
    store.put(&DRAFTS, &record).await
}
