//! The encrypted backup file: the plain backup (`crate::backup`) sealed with
//! AES-256-GCM under a key derived from a backup passphrase.
//!
//! ```json
//! { "format": "mla-request-writer-backup-encrypted", "version": 1,
//!   "created": "2026-11-28T10:00:00Z",
//!   "kdf": { "algorithm": "PBKDF2-HMAC-SHA256", "iterations": 600000, "salt": "…" },
//!   "cipher": "AES-256-GCM", "iv": "…", "ciphertext": "…" }
//! ```
//! Associated data: [`backup_aad`](super::backup_aad)`(version)`. The
//! format is described for people in `docs/backup-format.md`.

use serde::{Deserialize, Serialize};

use super::envelope::{b64_decode, b64_encode};
use super::profiles::KdfParams;
use super::store::IV_BYTES;
use crate::draft_file::ImportError;

pub const ENCRYPTED_BACKUP_FORMAT: &str = "mla-request-writer-backup-encrypted";
pub const ENCRYPTED_BACKUP_VERSION: u32 = 1;
const CIPHER: &str = "AES-256-GCM";
const TAG_BYTES: usize = 16;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    format: String,
    version: u32,
    created: String,
    kdf: KdfParams,
    cipher: String,
    iv: String,
    ciphertext: String,
}

/// A read and checked encrypted backup, ready to decrypt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EncryptedBackup {
    pub version: u32,
    pub created: String,
    pub kdf: KdfParams,
    pub salt: Vec<u8>,
    pub iv: Vec<u8>,
    pub ciphertext: Vec<u8>,
}

/// Whether `text` claims to be an encrypted backup.
pub fn is_encrypted_backup(text: &str) -> bool {
    serde_json::from_str::<serde_json::Value>(text)
        .ok()
        .and_then(|v| {
            v.get("format")
                .and_then(|f| f.as_str())
                .map(|f| f == ENCRYPTED_BACKUP_FORMAT)
        })
        .unwrap_or(false)
}

fn invalid(path: &str, reason: &str) -> ImportError {
    ImportError::Invalid {
        path: path.into(),
        reason: reason.into(),
    }
}

/// Reads the file's outer layer, checking everything that can be checked
/// before the passphrase is asked for.
pub fn parse_encrypted_backup(text: &str) -> Result<EncryptedBackup, ImportError> {
    let file: File = serde_json::from_str(text).map_err(|e| ImportError::NotJson {
        line: e.line(),
        column: e.column(),
        reason: e.to_string(),
    })?;
    if file.format != ENCRYPTED_BACKUP_FORMAT {
        return Err(invalid("format", "not an encrypted backup"));
    }
    if file.version > ENCRYPTED_BACKUP_VERSION {
        return Err(ImportError::Version(crate::migrate::MigrateError::TooNew {
            found: u64::from(file.version),
            supported: ENCRYPTED_BACKUP_VERSION,
        }));
    }
    if file.cipher != CIPHER {
        return Err(invalid("cipher", "unsupported cipher"));
    }
    let salt = file
        .kdf
        .salt_bytes()
        .ok_or_else(|| invalid("kdf", "unsupported key derivation"))?;
    let iv = b64_decode(&file.iv)
        .filter(|iv| iv.len() == IV_BYTES)
        .ok_or_else(|| invalid("iv", "not a 12-byte base64 nonce"))?;
    let ciphertext = b64_decode(&file.ciphertext)
        .filter(|c| c.len() >= TAG_BYTES)
        .ok_or_else(|| invalid("ciphertext", "not base64 ciphertext"))?;
    Ok(EncryptedBackup {
        version: file.version,
        created: file.created,
        kdf: file.kdf,
        salt,
        iv,
        ciphertext,
    })
}

/// The file for a backup sealed with these parameters.
pub fn seal_backup_file(kdf: &KdfParams, iv: &[u8], ciphertext: &[u8], created: &str) -> String {
    let file = File {
        format: ENCRYPTED_BACKUP_FORMAT.into(),
        version: ENCRYPTED_BACKUP_VERSION,
        created: created.into(),
        kdf: kdf.clone(),
        cipher: CIPHER.into(),
        iv: b64_encode(iv),
        ciphertext: b64_encode(ciphertext),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}
