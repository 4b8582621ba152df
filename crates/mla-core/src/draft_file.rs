//! The draft exchange format: reading a draft from JSON with precise errors,
//! and writing it back.
//!
//! A draft file is the [`Draft`] itself as JSON, carrying its
//! `schema_version`; older versions are migrated on read. The JSON Schema is
//! `docs/schemas/draft.schema.json`, described in `docs/draft-format.md`.

use crate::migrate::{migrate, MigrateError};
use crate::model::Draft;

/// Why a draft file could not be read. Each variant has a message key so the
/// UI can say it in the user's language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// Not JSON at all (or cut off).
    #[error("not valid JSON at line {line}, column {column}: {reason}")]
    NotJson {
        line: usize,
        column: usize,
        reason: String,
    },
    #[error(transparent)]
    Version(#[from] MigrateError),
    /// JSON, but a field has the wrong type or an unknown name.
    #[error("{path}: {reason}")]
    Invalid { path: String, reason: String },
    /// A draft must have an id to be stored.
    #[error("id: the draft has no id")]
    MissingId,
    /// A stored record that failed decryption or authentication.
    #[error("the stored record could not be decrypted")]
    Unreadable,
}

impl ImportError {
    /// The message key for this error (`import.<key>` in the UI catalogues).
    pub fn key(&self) -> &'static str {
        match self {
            ImportError::NotJson { .. } => "not_json",
            ImportError::Version(MigrateError::TooNew { .. }) => "too_new",
            ImportError::Version(_) => "not_a_draft",
            ImportError::Invalid { .. } => "invalid_field",
            ImportError::MissingId => "missing_id",
            ImportError::Unreadable => "unreadable",
        }
    }
}

/// Reads text as JSON, or says where it stops being JSON.
pub(crate) fn read_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, ImportError> {
    serde_json::from_str(text).map_err(|e| ImportError::NotJson {
        line: e.line(),
        column: e.column(),
        reason: e.to_string(),
    })
}

/// Reads a draft file of any supported version.
pub fn parse_draft(text: &str) -> Result<Draft, ImportError> {
    let value: serde_json::Value = read_json(text)?;
    let value = migrate(value)?;
    let draft: Draft = serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        ImportError::Invalid {
            path,
            reason: e.into_inner().to_string(),
        }
    })?;
    if draft.id.trim().is_empty() {
        return Err(ImportError::MissingId);
    }
    Ok(draft)
}

/// Writes a draft as pretty JSON, the export format.
pub fn to_json(draft: &Draft) -> String {
    // Serialising plain data with string keys cannot fail.
    serde_json::to_string_pretty(draft).unwrap_or_default()
}

/// The file name an exported draft is offered under: its reference, else
/// its title, else its id, with anything but letters, digits and `-` made
/// `_` so that every file system takes it.
pub fn file_name(draft: &Draft) -> String {
    let base = [&draft.requesting.reference, &draft.title]
        .into_iter()
        .find(|s| !s.trim().is_empty())
        .unwrap_or(&draft.id);
    let safe: String = base
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("{safe}.mla-draft.json")
}
