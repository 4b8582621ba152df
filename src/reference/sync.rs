//! "Sync reference data": fetch both files (with If-None-Match), let the
//! core decide what the answers mean, and store a validated copy.

use mla_core::reference::cache::{self, CachedReference, FileResponse, SyncError, SyncOutcome};
use mla_core::reference::DataFile;

use mla_core::storage::StorageError;

use super::endpoint::{self, authorization, file_url};
use super::http::{self, HttpError};
use crate::storage::shared;

/// Why a sync failed, beyond what the core decides.
#[derive(Debug, Clone, PartialEq)]
pub enum SyncFailure {
    NoUrl,
    BadUrl,
    Offline,
    /// No answer; `detail` is what the browser said.
    Unreachable {
        detail: String,
    },
    /// The user name, password or token cannot be sent in a header.
    BadCredentials,
    Rejected(SyncError),
    Storage(StorageError),
}

impl SyncFailure {
    pub fn detail(&self) -> Option<&str> {
        match self {
            SyncFailure::Unreachable { detail } => Some(detail),
            SyncFailure::Storage(e) => e.detail(),
            _ => None,
        }
    }
}

impl From<HttpError> for SyncFailure {
    fn from(e: HttpError) -> Self {
        match e {
            HttpError::Offline => SyncFailure::Offline,
            HttpError::BadHeader { .. } => SyncFailure::BadCredentials,
            HttpError::Unreachable { detail } | HttpError::BadBody { detail } => {
                SyncFailure::Unreachable { detail }
            }
            // `get` answers every status; the core reads them.
            HttpError::Unauthorized => SyncFailure::Rejected(SyncError::Unauthorized),
            HttpError::NotFound | HttpError::Server { .. } => SyncFailure::Unreachable {
                detail: format!("{e:?}"),
            },
        }
    }
}

fn is_http_url(url: &str) -> bool {
    let u = url.trim();
    (u.starts_with("https://") || u.starts_with("http://")) && u.len() > "http://".len() + 1
}

/// Runs one sync against the configured endpoint.
pub async fn run() -> Result<SyncOutcome, SyncFailure> {
    let prefs = endpoint::prefs();
    if prefs.base_url.trim().is_empty() {
        return Err(SyncFailure::NoUrl);
    }
    if !is_http_url(&prefs.base_url) {
        return Err(SyncFailure::BadUrl);
    }
    let (credentials, _) = endpoint::credentials().await;
    let auth = authorization(prefs.auth, &credentials);
    let store = shared::device().await.map_err(SyncFailure::Storage)?;
    let previous: Option<CachedReference> = cache::load(store.as_ref())
        .await
        .ok()
        .flatten()
        .filter(|c| c.source == prefs.base_url);
    let fetch = |file: DataFile, etag: Option<String>| {
        let url = file_url(&prefs.base_url, file.file_name());
        let mut headers = Vec::new();
        if let Some(a) = &auth {
            headers.push(("Authorization", a.clone()));
        }
        if let Some(tag) = etag {
            headers.push(("If-None-Match", tag));
        }
        async move { http::get(&url, &headers).await }
    };
    let directory = fetch(
        DataFile::Directory,
        previous.as_ref().and_then(|p| p.directory_etag.clone()),
    )
    .await?;
    let treaties = fetch(
        DataFile::Treaties,
        previous.as_ref().and_then(|p| p.treaties_etag.clone()),
    )
    .await?;
    let outcome = cache::apply(
        previous.as_ref(),
        prefs.base_url.trim(),
        response(directory),
        response(treaties),
        &crate::ids::now(),
    )
    .map_err(SyncFailure::Rejected)?;
    let (SyncOutcome::Updated(c) | SyncOutcome::Unchanged(c)) = &outcome;
    cache::save(store.as_ref(), c)
        .await
        .map_err(SyncFailure::Storage)?;
    Ok(outcome)
}

fn response(a: http::Answer) -> FileResponse {
    match a.status {
        200 => FileResponse::Body {
            text: a.text,
            etag: a.etag,
        },
        304 => FileResponse::NotModified,
        other => FileResponse::Status(other),
    }
}
