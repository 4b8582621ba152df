//! The reference data kept on this device, and how a sync with the data
//! endpoint updates it. The fetching is the app's; deciding what the
//! responses mean is here, so every case is tested natively.
//!
//! Both files are validated before anything is stored, and they are stored
//! together in one record: a failed or half-finished sync never replaces
//! good data, and the two files never come from different syncs.

use serde::{Deserialize, Serialize};

use super::validate::{parse_directory, parse_treaties, DataError, DataFile};
use super::{Directory, Treaties};
use crate::storage::{Record, RecordStore, StorageError, META};

/// The META record holding the synced copy.
pub const CACHE_ID: &str = "reference";

/// The synced files as they came, with what a later sync needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CachedReference {
    /// When the files were last downloaded (RFC 3339).
    pub fetched_at: String,
    /// When the endpoint last confirmed them (a 304 counts).
    pub checked_at: String,
    /// The base URL they came from.
    pub source: String,
    pub directory_etag: Option<String>,
    pub treaties_etag: Option<String>,
    pub directory: String,
    pub treaties: String,
}

/// What the endpoint answered for one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileResponse {
    /// 200 with its body and ETag.
    Body { text: String, etag: Option<String> },
    /// 304: the copy we have is current.
    NotModified,
    /// Any other HTTP status.
    Status(u16),
}

/// Why a sync did not update the data (the data in use stays as it was).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SyncError {
    #[error("the endpoint refused the credentials (HTTP 401)")]
    Unauthorized,
    #[error("these credentials may not read the data (HTTP 403)")]
    Forbidden,
    #[error("{file} was not found at the endpoint (HTTP 404)")]
    NotFound { file: DataFile },
    #[error("{file}: the endpoint answered HTTP {status}")]
    Http { file: DataFile, status: u16 },
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    Invalid(Vec<DataError>),
}

/// How a sync ended when it did not fail.
#[derive(Debug, Clone, PartialEq)]
pub enum SyncOutcome {
    /// New files were validated and are to be stored.
    Updated(CachedReference),
    /// Both files were unchanged (304).
    Unchanged(CachedReference),
}

/// The parsed data of a cached copy.
pub fn parse(cached: &CachedReference) -> Result<(Directory, Treaties), Vec<DataError>> {
    let directory = parse_directory(&cached.directory);
    let treaties = parse_treaties(&cached.treaties);
    match (directory, treaties) {
        (Ok(d), Ok(t)) => Ok((d, t)),
        (d, t) => Err(d.err().into_iter().chain(t.err()).flatten().collect()),
    }
}

/// Decides what two responses mean, given the copy we had.
pub fn apply(
    previous: Option<&CachedReference>,
    source: &str,
    directory: FileResponse,
    treaties: FileResponse,
    now: &str,
) -> Result<SyncOutcome, SyncError> {
    let unchanged = matches!(
        (&directory, &treaties),
        (FileResponse::NotModified, FileResponse::NotModified)
    );
    let (directory_text, directory_etag) = body(
        DataFile::Directory,
        directory,
        previous.map(|p| (&p.directory, &p.directory_etag)),
    )?;
    let (treaties_text, treaties_etag) = body(
        DataFile::Treaties,
        treaties,
        previous.map(|p| (&p.treaties, &p.treaties_etag)),
    )?;
    let next = CachedReference {
        fetched_at: match (unchanged, previous) {
            (true, Some(p)) => p.fetched_at.clone(),
            _ => now.to_string(),
        },
        checked_at: now.to_string(),
        source: source.to_string(),
        directory_etag,
        treaties_etag,
        directory: directory_text,
        treaties: treaties_text,
    };
    parse(&next).map_err(SyncError::Invalid)?;
    Ok(if unchanged {
        SyncOutcome::Unchanged(next)
    } else {
        SyncOutcome::Updated(next)
    })
}

type Body = (String, Option<String>);

fn body(
    file: DataFile,
    response: FileResponse,
    previous: Option<(&String, &Option<String>)>,
) -> Result<Body, SyncError> {
    match response {
        FileResponse::Body { text, etag } => Ok((text, etag)),
        // A 304 without a copy cannot happen (no If-None-Match is sent
        // then); treat it like any unexpected status.
        FileResponse::NotModified => previous
            .map(|(text, etag)| (text.clone(), etag.clone()))
            .ok_or(SyncError::Http { file, status: 304 }),
        FileResponse::Status(401) => Err(SyncError::Unauthorized),
        FileResponse::Status(403) => Err(SyncError::Forbidden),
        FileResponse::Status(404) => Err(SyncError::NotFound { file }),
        FileResponse::Status(status) => Err(SyncError::Http { file, status }),
    }
}

/// The stored copy, if any. A copy that no longer validates (an app update
/// tightened the rules) is reported as corrupt, and the caller falls back.
pub async fn load(store: &impl RecordStore) -> Result<Option<CachedReference>, StorageError> {
    let Some(record) = store.get(&META, CACHE_ID).await? else {
        return Ok(None);
    };
    serde_json::from_str(&record.body)
        .map(Some)
        .map_err(|e| StorageError::Corrupt(e.to_string()))
}

/// Stores a validated copy in one write.
pub async fn save(store: &impl RecordStore, cached: &CachedReference) -> Result<(), StorageError> {
    let body = serde_json::to_string(cached).map_err(|e| StorageError::Unknown {
        detail: e.to_string(),
    })?;
    store
        .put(
            &META,
            &Record {
                id: CACHE_ID.into(),
                updated: cached.checked_at.clone(),
                body,
            },
        )
        .await
}

/// Forgets the synced copy (back to the bundled sample data).
pub async fn clear(store: &impl RecordStore) -> Result<(), StorageError> {
    store.delete(&META, CACHE_ID).await
}
