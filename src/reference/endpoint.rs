//! Where the reference data comes from, and with which credentials.
//!
//! The URL and the kind of authentication are not secret and live in
//! localStorage (through `prefs`). The user name, password or token stay in this tab's
//! memory unless the user ticks "remember on this device"; then they are
//! stored in IndexedDB (never in localStorage, never in a URL).

use std::cell::RefCell;

use mla_core::storage::{Record, RecordStore, StorageError, META};
use serde::{Deserialize, Serialize};

use crate::storage::shared;

const CREDENTIALS_ID: &str = "endpoint_credentials";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AuthMode {
    #[default]
    None,
    Basic,
    Bearer,
}

/// The non-secret part.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct EndpointPrefs {
    pub base_url: String,
    pub auth: AuthMode,
}

/// The secret part.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Credentials {
    pub user: String,
    /// The password (Basic) or the token (Bearer).
    pub secret: String,
}

thread_local! {
    static SESSION: RefCell<Option<Credentials>> = const { RefCell::new(None) };
}

pub fn prefs() -> EndpointPrefs {
    crate::prefs::data_endpoint()
}

pub fn set_prefs(p: &EndpointPrefs) {
    crate::prefs::set_data_endpoint(p);
}

/// Forgets the credentials typed in this session (on lock: they belong to
/// the profile).
pub fn forget_session() {
    SESSION.with(|s| *s.borrow_mut() = None);
}

/// The credentials of this session, else those remembered on this device.
pub async fn credentials() -> (Credentials, bool) {
    if let Some(c) = SESSION.with(|s| s.borrow().clone()) {
        return (c, remembered().await.is_some());
    }
    match remembered().await {
        Some(c) => (c, true),
        None => (Credentials::default(), false),
    }
}

async fn remembered() -> Option<Credentials> {
    let store = shared::store().await.ok()?;
    let record = store.get(&META, CREDENTIALS_ID).await.ok()??;
    serde_json::from_str(&record.body).ok()
}

/// Keeps the credentials for this session, and on this device only when
/// `remember` (otherwise any remembered copy is deleted).
pub async fn set_credentials(c: Credentials, remember: bool) -> Result<(), StorageError> {
    SESSION.with(|s| *s.borrow_mut() = Some(c.clone()));
    let store = shared::store().await?;
    if remember {
        let body = serde_json::to_string(&c).map_err(|e| StorageError::Unknown {
            detail: e.to_string(),
        })?;
        let record = Record {
            id: CREDENTIALS_ID.into(),
            updated: crate::ids::now(),
            body,
        };
        store.put(&META, &record).await
    } else {
        store.delete(&META, CREDENTIALS_ID).await
    }
}

/// The Authorization header for these settings, if any.
pub fn authorization(auth: AuthMode, c: &Credentials) -> Option<String> {
    match auth {
        AuthMode::None => None,
        AuthMode::Basic => Some(format!(
            "Basic {}",
            base64(&format!("{}:{}", c.user, c.secret))
        )),
        AuthMode::Bearer => Some(format!("Bearer {}", c.secret.trim())),
    }
}

/// `btoa` over the UTF-8 bytes (btoa alone only takes Latin-1).
fn base64(s: &str) -> String {
    let latin1: String = s.bytes().map(char::from).collect();
    web_sys::window()
        .and_then(|w| w.btoa(&latin1).ok())
        .unwrap_or_default()
}

/// The URL of one file under the base URL.
pub fn file_url(base: &str, file: &str) -> String {
    format!("{}/{file}", base.trim().trim_end_matches('/'))
}
