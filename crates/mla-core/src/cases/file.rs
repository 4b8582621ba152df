//! The register file: every case, event and archived document of a
//! profile in one JSON file, for export, import and `mla cases stats`.
//!
//! ```json
//! { "format": "mla-request-writer-register", "version": 1,
//!   "created": "2026-12-01T10:00:00Z",
//!   "cases": [ … ], "events": [ … ],
//!   "documents": [ { "id": "…", "case_id": "…", "sha256": "…", "bytes": "base64" } ] }
//! ```
//! The file is checked whole before anything is stored: a newer version, a
//! field of the wrong shape, an event of a case the file does not hold, or
//! a document whose bytes no longer match its hash refuses the file,
//! naming the place.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::events::{Event, EVENT_VERSION};
use super::record::{Case, CASE_VERSION};
use crate::draft_file::{read_json, ImportError};
use crate::migrate::MigrateError;
use crate::revision::sha256_hex;
use crate::vault::{b64_decode, b64_encode};

pub const REGISTER_FORMAT: &str = "mla-request-writer-register";
pub const REGISTER_VERSION: u32 = 1;

/// An archived document's bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Archived {
    pub id: String,
    pub case_id: String,
    pub sha256: String,
    pub bytes: Vec<u8>,
}

impl Archived {
    /// Whether the bytes are still those that were archived.
    pub fn is_intact(&self) -> bool {
        sha256_hex(&self.bytes) == self.sha256
    }
}

/// How archived bytes are written: base64 in JSON.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ArchivedJson {
    pub id: String,
    pub case_id: String,
    pub sha256: String,
    pub bytes: String,
}

impl From<&Archived> for ArchivedJson {
    fn from(a: &Archived) -> ArchivedJson {
        ArchivedJson {
            id: a.id.clone(),
            case_id: a.case_id.clone(),
            sha256: a.sha256.clone(),
            bytes: b64_encode(&a.bytes),
        }
    }
}

impl ArchivedJson {
    pub(crate) fn decode(self) -> Option<Archived> {
        Some(Archived {
            bytes: b64_decode(&self.bytes)?,
            id: self.id,
            case_id: self.case_id,
            sha256: self.sha256,
        })
    }
}

/// A whole register.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Register {
    pub cases: Vec<Case>,
    pub events: Vec<Event>,
    pub documents: Vec<Archived>,
}

impl Register {
    /// A case's events.
    pub fn events_of(&self, case_id: &str) -> Vec<&Event> {
        self.events
            .iter()
            .filter(|e| e.case_id == case_id)
            .collect()
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RegisterFile {
    format: String,
    version: u32,
    created: String,
    cases: Vec<Case>,
    events: Vec<Event>,
    #[serde(default)]
    documents: Vec<ArchivedJson>,
}

/// The register as a file.
pub fn to_file(register: &Register, now: &str) -> String {
    serde_json::to_string_pretty(&to_value(register, now)).unwrap_or_default()
}

/// The register file's JSON object (also the `register` of a backup).
pub fn to_value(register: &Register, now: &str) -> serde_json::Value {
    let file = RegisterFile {
        format: REGISTER_FORMAT.into(),
        version: REGISTER_VERSION,
        created: now.into(),
        cases: register.cases.clone(),
        events: register.events.clone(),
        documents: register.documents.iter().map(ArchivedJson::from).collect(),
    };
    serde_json::to_value(&file).unwrap_or_default()
}

/// Whether `text` claims to be a register file.
pub fn is_register(text: &str) -> bool {
    serde_json::from_str::<serde_json::Value>(text)
        .ok()
        .and_then(|v| {
            v.get("format")
                .and_then(|f| f.as_str())
                .map(|f| f == REGISTER_FORMAT)
        })
        .unwrap_or(false)
}

fn invalid(path: impl Into<String>, reason: impl Into<String>) -> ImportError {
    ImportError::Invalid {
        path: path.into(),
        reason: reason.into(),
    }
}

/// Reads and checks a register file.
pub fn parse_register(text: &str) -> Result<Register, ImportError> {
    let value: serde_json::Value = read_json(text)?;
    register_from_value(value)
}

/// Checks a register already read as JSON (also the `register` part of a
/// backup).
pub fn register_from_value(value: serde_json::Value) -> Result<Register, ImportError> {
    if value.get("format").and_then(|f| f.as_str()) != Some(REGISTER_FORMAT) {
        return Err(invalid("format", format!("expected \"{REGISTER_FORMAT}\"")));
    }
    let version = value.get("version").and_then(|v| v.as_u64()).unwrap_or(0);
    if version > u64::from(REGISTER_VERSION) {
        return Err(ImportError::Version(MigrateError::TooNew {
            found: version,
            supported: REGISTER_VERSION,
        }));
    }
    let file: RegisterFile = serde_path_to_error::deserialize(value)
        .map_err(|e| invalid(e.path().to_string(), e.into_inner().to_string()))?;
    let mut case_ids = BTreeSet::new();
    for (i, case) in file.cases.iter().enumerate() {
        if case.case_version > CASE_VERSION {
            return Err(ImportError::Version(MigrateError::TooNew {
                found: u64::from(case.case_version),
                supported: CASE_VERSION,
            }));
        }
        if case.id.trim().is_empty() || !case_ids.insert(case.id.as_str()) {
            return Err(invalid(format!("cases[{i}].id"), "missing or repeated id"));
        }
        if !case.revisions.is_valid() {
            return Err(invalid(
                format!("cases[{i}].revisions"),
                "not a revision history",
            ));
        }
    }
    let mut event_ids = BTreeSet::new();
    for (i, event) in file.events.iter().enumerate() {
        if event.event_version > EVENT_VERSION {
            return Err(ImportError::Version(MigrateError::TooNew {
                found: u64::from(event.event_version),
                supported: EVENT_VERSION,
            }));
        }
        if event.id.trim().is_empty() || !event_ids.insert(event.id.as_str()) {
            return Err(invalid(format!("events[{i}].id"), "missing or repeated id"));
        }
        if !case_ids.contains(event.case_id.as_str()) {
            return Err(invalid(
                format!("events[{i}].case_id"),
                "no case of the file has this id",
            ));
        }
        if !event.revisions.is_valid() {
            return Err(invalid(
                format!("events[{i}].revisions"),
                "not a revision history",
            ));
        }
    }
    let mut documents = Vec::new();
    let mut doc_ids = BTreeSet::new();
    for (i, doc) in file.documents.into_iter().enumerate() {
        let place = format!("documents[{i}]");
        if !doc_ids.insert(doc.id.clone()) {
            return Err(invalid(format!("{place}.id"), "repeated id"));
        }
        let listed = file
            .cases
            .iter()
            .find(|c| c.id == doc.case_id)
            .and_then(|c| c.documents.iter().find(|d| d.id == doc.id));
        let Some(listed) = listed else {
            return Err(invalid(
                format!("{place}.case_id"),
                "no case of the file lists this document",
            ));
        };
        let expected = listed.sha256.clone();
        let Some(doc) = doc.decode() else {
            return Err(invalid(format!("{place}.bytes"), "not base64"));
        };
        if !doc.is_intact() || doc.sha256 != expected {
            return Err(invalid(
                format!("{place}.bytes"),
                "the bytes no longer match the archived hash (damaged)",
            ));
        }
        documents.push(doc);
    }
    Ok(Register {
        cases: file.cases,
        events: file.events,
        documents,
    })
}
