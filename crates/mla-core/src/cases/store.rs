//! Keeping the register over any [`RecordStore`]: one record per case, per
//! event and per archived document, so an added event never rewrites a
//! case and a case's list never reads a document's bytes.
//!
//! Cases are written with a revision check: a tab that saves a case
//! another tab changed since it was read gets [`SaveError::Conflict`] with
//! the stored version, and nothing is overwritten without the user's
//! choice. Events are created once and never replaced.

use std::collections::BTreeSet;

use super::events::Event;
use super::file::{Archived, ArchivedJson, Register};
use super::record::{ArchivedRef, Case};
use crate::storage::{Listed, Record, RecordStore, StorageError, StoreSpec};

/// Cases: `{ id, updated, body }`.
pub const CASES: StoreSpec = StoreSpec {
    name: "cases",
    indexes: &["updated"],
    confidential: true,
};

/// Events of every case: `{ id, updated, body }`.
pub const EVENTS: StoreSpec = StoreSpec {
    name: "events",
    indexes: &["updated"],
    confidential: true,
};

/// Archived documents' bytes: `{ id, updated, body }`.
pub const DOCUMENTS: StoreSpec = StoreSpec {
    name: "documents",
    indexes: &["updated"],
    confidential: true,
};

/// Why a case was not saved.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SaveError {
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// Another tab or an import changed the case since it was read.
    #[error("the case was changed elsewhere")]
    Conflict { stored: Box<Case> },
    /// An event with this id exists already: events are never replaced.
    #[error("the event exists already")]
    EventExists,
}

/// The register as stored, with what could not be read named.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Loaded {
    pub cases: Vec<Case>,
    pub events: Vec<Event>,
    /// Record ids that could not be decrypted or parsed.
    pub unreadable: Vec<String>,
}

fn parse<T: serde::de::DeserializeOwned>(
    listed: Listed,
    unreadable: &mut Vec<String>,
) -> Option<T> {
    match listed {
        Listed::Readable(r) => match serde_json::from_str(&r.body) {
            Ok(v) => Some(v),
            Err(_) => {
                unreadable.push(r.id);
                None
            }
        },
        Listed::Unreadable { id, .. } => {
            unreadable.push(id);
            None
        }
    }
}

impl Loaded {
    /// The events of one case.
    pub fn events_of(&self, case_id: &str) -> Vec<&Event> {
        self.events
            .iter()
            .filter(|e| e.case_id == case_id)
            .collect()
    }

    /// The case with `id`.
    pub fn case(&self, id: &str) -> Option<&Case> {
        self.cases.iter().find(|c| c.id == id)
    }
}

/// Every case (tombstones left out) and event.
pub async fn load(store: &impl RecordStore) -> Result<Loaded, StorageError> {
    let mut loaded = Loaded::default();
    for listed in store.list(&CASES).await? {
        if let Some(case) = parse::<Case>(listed, &mut loaded.unreadable) {
            if !case.deleted {
                loaded.cases.push(case);
            }
        }
    }
    for listed in store.list(&EVENTS).await? {
        if let Some(event) = parse::<Event>(listed, &mut loaded.unreadable) {
            loaded.events.push(event);
        }
    }
    Ok(loaded)
}

/// One case as stored (tombstones included).
pub async fn get(store: &impl RecordStore, id: &str) -> Result<Option<Case>, StorageError> {
    match store.get(&CASES, id).await? {
        Some(r) => serde_json::from_str(&r.body)
            .map(Some)
            .map_err(|e| StorageError::Corrupt(format!("case {id}: {e}"))),
        None => Ok(None),
    }
}

/// Saves a case read at revision `case.rev()`: refused if the stored case
/// has moved on. On success the case carries its new revision.
pub async fn save(store: &impl RecordStore, case: &mut Case, now: &str) -> Result<(), SaveError> {
    if let Some(stored) = get(store, &case.id).await? {
        if stored.rev() != case.rev() {
            return Err(SaveError::Conflict {
                stored: Box::new(stored),
            });
        }
    }
    case.updated = now.to_string();
    let content = case.content();
    case.revisions.advance(&content);
    let record = Record {
        id: case.id.clone(),
        updated: case.updated.clone(),
        body: serde_json::to_string(case).unwrap_or_default(),
    };
    store.put(&CASES, &record).await?;
    Ok(())
}

/// Deletes a case as a tombstone (with its revision), so the deletion can
/// replicate; its events and documents go with it.
pub async fn delete(
    store: &impl RecordStore,
    case: &mut Case,
    events: &[&Event],
    now: &str,
) -> Result<(), SaveError> {
    // Marked on a copy: a refused deletion (a conflict) must leave the
    // caller's case as it was, not showing as deleted.
    let mut tombstone = case.clone();
    tombstone.deleted = true;
    save(store, &mut tombstone, now).await?;
    *case = tombstone;
    for event in events {
        store.delete(&EVENTS, &event.id).await?;
    }
    for doc in &case.documents {
        store.delete(&DOCUMENTS, &doc.id).await?;
    }
    Ok(())
}

/// Removes what a deleted case leaves behind: its events and the bytes of
/// the documents it listed.
async fn remove_contents(store: &impl RecordStore, case: &Case) -> Result<(), StorageError> {
    for listed in store.list(&EVENTS).await? {
        let Listed::Readable(record) = listed else {
            continue;
        };
        if serde_json::from_str::<Event>(&record.body).is_ok_and(|e| e.case_id == case.id) {
            store.delete(&EVENTS, &record.id).await?;
        }
    }
    for doc in &case.documents {
        store.delete(&DOCUMENTS, &doc.id).await?;
    }
    Ok(())
}

/// Adds an event to the log (given its first revision here).
pub async fn add_event(store: &impl RecordStore, event: &mut Event) -> Result<(), SaveError> {
    if store.get(&EVENTS, &event.id).await?.is_some() {
        return Err(SaveError::EventExists);
    }
    if event.revisions.start == 0 {
        let content = event.content();
        event.revisions.advance(&content);
    }
    let record = Record {
        id: event.id.clone(),
        updated: event.recorded.clone(),
        body: serde_json::to_string(event).unwrap_or_default(),
    };
    store.put(&EVENTS, &record).await?;
    Ok(())
}

/// Stores a document's bytes (before the case that lists it is saved, so
/// a case never lists bytes that are not there).
pub async fn put_document(
    store: &impl RecordStore,
    doc: &Archived,
    now: &str,
) -> Result<(), StorageError> {
    let record = Record {
        id: doc.id.clone(),
        updated: now.to_string(),
        body: serde_json::to_string(&ArchivedJson::from(doc)).unwrap_or_default(),
    };
    store.put(&DOCUMENTS, &record).await
}

/// What reading an archived document found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocumentState {
    Intact(Vec<u8>),
    /// The bytes no longer match the hash recorded when they were archived.
    Damaged,
    Missing,
}

/// Reads an archived document and checks it against the case's record.
pub async fn read_document(
    store: &impl RecordStore,
    listed: &ArchivedRef,
) -> Result<DocumentState, StorageError> {
    let Some(record) = store.get(&DOCUMENTS, &listed.id).await? else {
        return Ok(DocumentState::Missing);
    };
    let doc = serde_json::from_str::<ArchivedJson>(&record.body)
        .ok()
        .and_then(ArchivedJson::decode);
    Ok(match doc {
        Some(doc) if doc.is_intact() && doc.sha256 == listed.sha256 => {
            DocumentState::Intact(doc.bytes)
        }
        _ => DocumentState::Damaged,
    })
}

/// Every document's bytes, for a register file (damaged ones left out:
/// the file must carry only what still matches its hash).
pub async fn documents(
    store: &impl RecordStore,
    cases: &[Case],
) -> Result<Vec<Archived>, StorageError> {
    let mut out = Vec::new();
    for case in cases {
        for listed in &case.documents {
            if let DocumentState::Intact(bytes) = read_document(store, listed).await? {
                out.push(Archived {
                    id: listed.id.clone(),
                    case_id: case.id.clone(),
                    sha256: listed.sha256.clone(),
                    bytes,
                });
            }
        }
    }
    Ok(out)
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub cases_added: usize,
    pub cases_updated: usize,
    /// Cases changed both here and in the file: kept as they are here,
    /// listed by our reference for the user to settle.
    pub cases_in_conflict: Vec<String>,
    pub events_added: usize,
    pub documents_added: usize,
}

/// Imports a checked register: new cases are added, a case the file holds
/// a later revision of is updated, one changed on both sides is left as
/// it is here and reported; events and documents are added when missing
/// (the log is append-only, so both sides' events are kept). A case that
/// ends up deleted here gets no events or documents back, and a deletion
/// that the file carries removes them as [`delete`] does.
pub async fn import(
    store: &impl RecordStore,
    register: &Register,
) -> Result<ImportReport, StorageError> {
    let mut report = ImportReport::default();
    // Each case is decided first, so that what a deletion removed is not
    // brought back by the file's older copy (a deletion must replicate).
    let mut writes: Vec<(&Case, Option<Case>)> = Vec::new();
    let mut deleted = BTreeSet::new();
    for case in &register.cases {
        let stored = get(store, &case.id).await?;
        let write = match &stored {
            None => {
                report.cases_added += 1;
                true
            }
            Some(here) if here.rev() == case.rev() || here.revisions.descends_from(&case.rev()) => {
                false
            }
            Some(here) if case.revisions.descends_from(&here.rev()) => {
                report.cases_updated += 1;
                true
            }
            Some(here) => {
                report.cases_in_conflict.push(here.our_reference.clone());
                false
            }
        };
        let ends_deleted = match (&stored, write) {
            (Some(here), false) => here.deleted,
            _ => case.deleted,
        };
        if ends_deleted {
            deleted.insert(case.id.as_str());
        }
        if write {
            writes.push((case, stored));
        }
    }
    // Bytes before the cases that list them, as `put_document` says.
    for doc in register
        .documents
        .iter()
        .filter(|d| !deleted.contains(d.case_id.as_str()))
    {
        if store.get(&DOCUMENTS, &doc.id).await?.is_none() {
            put_document(store, doc, "").await?;
            report.documents_added += 1;
        }
    }
    for (case, stored) in writes {
        let record = Record {
            id: case.id.clone(),
            updated: case.updated.clone(),
            body: serde_json::to_string(case).unwrap_or_default(),
        };
        store.put(&CASES, &record).await?;
        if let Some(here) = stored.filter(|here| case.deleted && !here.deleted) {
            remove_contents(store, &here).await?;
        }
    }
    for event in register
        .events
        .iter()
        .filter(|e| !deleted.contains(e.case_id.as_str()))
    {
        if store.get(&EVENTS, &event.id).await?.is_none() {
            let record = Record {
                id: event.id.clone(),
                updated: event.recorded.clone(),
                body: serde_json::to_string(event).unwrap_or_default(),
            };
            store.put(&EVENTS, &record).await?;
            report.events_added += 1;
        }
    }
    Ok(report)
}
