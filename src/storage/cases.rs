//! The open profile's case register: the core's `cases::store` over the
//! profile's store (encrypted for a protected profile, memory in training).

use mla_core::cases::file::{Archived, Register};
use mla_core::cases::record::ArchivedRef;
use mla_core::cases::store::{self, DocumentState, ImportReport, Loaded, SaveError};
use mla_core::cases::{Case, Event};
use mla_core::storage::StorageError;

use super::shared;

/// Every case and event of the open profile.
pub async fn load() -> Result<Loaded, StorageError> {
    let s = shared::store().await?;
    store::load(s.as_ref()).await
}

/// One case (a tombstone reads as none).
pub async fn get(id: &str) -> Result<Option<Case>, StorageError> {
    let s = shared::store().await?;
    Ok(store::get(s.as_ref(), id).await?.filter(|c| !c.deleted))
}

/// Saves a case, refused if another tab changed it since it was read.
pub async fn save(case: &mut Case) -> Result<(), SaveError> {
    let s = shared::store().await?;
    store::save(s.as_ref(), case, &crate::ids::now()).await
}

/// Adds an event to a case's log.
pub async fn add_event(event: &mut Event) -> Result<(), SaveError> {
    let s = shared::store().await?;
    store::add_event(s.as_ref(), event).await
}

/// Deletes a case (a tombstone) with its events and documents.
pub async fn delete(case: &mut Case, events: &[&Event]) -> Result<(), SaveError> {
    let s = shared::store().await?;
    store::delete(s.as_ref(), case, events, &crate::ids::now()).await
}

/// Stores an archived document's bytes.
pub async fn put_document(doc: &Archived) -> Result<(), StorageError> {
    let s = shared::store().await?;
    store::put_document(s.as_ref(), doc, &crate::ids::now()).await
}

/// Reads an archived document, checked against its hash.
pub async fn read_document(listed: &ArchivedRef) -> Result<DocumentState, StorageError> {
    let s = shared::store().await?;
    store::read_document(s.as_ref(), listed).await
}

/// The whole register with its documents, for a file.
pub async fn register() -> Result<Register, StorageError> {
    let s = shared::store().await?;
    let loaded = store::load(s.as_ref()).await?;
    let documents = store::documents(s.as_ref(), &loaded.cases).await?;
    Ok(Register {
        cases: loaded.cases,
        events: loaded.events,
        documents,
    })
}

/// Imports a checked register file.
pub async fn import(register: &Register) -> Result<ImportReport, StorageError> {
    let s = shared::store().await?;
    store::import(s.as_ref(), register).await
}

/// Stores the training samples (training mode's memory store only). A
/// failure leaves training without samples, which is no reason to stop it.
pub async fn add_samples() {
    let Ok(s) = shared::store().await else { return };
    let (cases, events) = mla_core::cases::samples::samples(
        crate::ids::today(),
        &crate::ids::now(),
        crate::ids::draft_id,
    );
    for mut case in cases {
        let _ = store::save(s.as_ref(), &mut case, &crate::ids::now()).await;
    }
    for mut event in events {
        let _ = store::add_event(s.as_ref(), &mut event).await;
    }
}
