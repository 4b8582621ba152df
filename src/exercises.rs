//! The training exercises shipped with the app (`public/exercises/`):
//! fetching one and storing it as a new draft of the open (training)
//! profile. The screens are `pages::training`.

use mla_core::draft_file::{parse_draft, ImportError};
use mla_core::drafts;
use mla_core::storage::StorageError;

use crate::reference::http::{self, HttpError};
use crate::storage::shared;

/// The exercises' file names, in the order the screen lists them.
pub const FILES: [&str; 5] = [
    "1-bank-records",
    "2-videoconference",
    "3-search-seizure",
    "4-preservation",
    "5-freezing",
];

/// Why an exercise could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExerciseError {
    /// The file could not be fetched (offline before it was cached, or a
    /// broken deployment).
    Fetch(HttpError),
    /// The file is not a draft this app reads (a broken deployment).
    Invalid(ImportError),
    /// The draft could not be stored.
    Storage(StorageError),
}

impl ExerciseError {
    pub fn detail(&self) -> Option<String> {
        match self {
            ExerciseError::Fetch(e) => e.detail().map(str::to_string),
            ExerciseError::Invalid(e) => Some(e.to_string()),
            ExerciseError::Storage(e) => e.detail().map(str::to_string),
        }
    }
}

/// Loads exercise `n` into the open profile as a new draft titled `title`.
pub async fn load(n: usize, title: String) -> Result<(), ExerciseError> {
    let text = http::get_text(&format!("/exercises/{}.json", FILES[n]))
        .await
        .map_err(ExerciseError::Fetch)?;
    let mut draft = parse_draft(&text).map_err(ExerciseError::Invalid)?;
    draft.id = crate::ids::draft_id();
    draft.title = title;
    draft.created = crate::ids::now();
    draft.updated = draft.created.clone();
    let store = shared::store().await.map_err(ExerciseError::Storage)?;
    drafts::save(store.as_ref(), &mut draft)
        .await
        .map_err(ExerciseError::Storage)
}
