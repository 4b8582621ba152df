//! The stored form of an encrypted record, and the associated data that
//! ties ciphertext to its place.
//!
//! Associated data is authenticated but not stored: a record copied to
//! another id or store, or relabelled with another schema version, fails
//! the GCM tag check instead of being read as something it is not.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde::{Deserialize, Serialize};

/// The body of an encrypted record: `{"v":1,"schema":2,"iv":…,"ct":…}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Envelope {
    /// Envelope format version.
    pub v: u32,
    /// Version of the plaintext's own format (a draft's `schema_version`),
    /// so a reader knows what it decrypts before it migrates it.
    pub schema: u32,
    /// Base64 of the 12-byte AES-GCM nonce, fresh for every write.
    pub iv: String,
    /// Base64 of the ciphertext with its 16-byte tag.
    pub ct: String,
}

impl Envelope {
    pub const VERSION: u32 = 1;

    pub fn parse(body: &str) -> Option<Envelope> {
        serde_json::from_str::<Envelope>(body)
            .ok()
            .filter(|e| e.v == Self::VERSION)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

fn joined(parts: &[&str]) -> Vec<u8> {
    // NUL cannot occur in store names, ids or numbers, so the joining is
    // unambiguous.
    parts.join("\0").into_bytes()
}

/// Associated data of a record: its store, id and plaintext schema version.
pub fn record_aad(store: &str, id: &str, schema: u32) -> Vec<u8> {
    joined(&["mla-record/1", store, id, &schema.to_string()])
}

/// Associated data of a profile's wrapped data key.
pub fn key_aad(profile_id: &str) -> Vec<u8> {
    joined(&["mla-key/1", profile_id])
}

/// Associated data of an encrypted backup file.
pub fn backup_aad(version: u32) -> Vec<u8> {
    joined(&["mla-backup/1", &version.to_string()])
}

pub fn b64_encode(bytes: &[u8]) -> String {
    STANDARD.encode(bytes)
}

pub fn b64_decode(text: &str) -> Option<Vec<u8>> {
    STANDARD.decode(text).ok()
}
