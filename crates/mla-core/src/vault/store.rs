//! A record store that encrypts every body before it reaches the store
//! underneath, and checks every body it reads back.

use std::cell::RefCell;
use std::collections::HashSet;

use super::envelope::{b64_decode, b64_encode, record_aad, Envelope};
use crate::storage::{Listed, Record, RecordStore, StorageError, StoreSpec, META};

/// AES-GCM nonce length.
pub const IV_BYTES: usize = 12;

/// `meta` records of a profile that are confidential and so encrypted
/// (remembered endpoint credentials). Other `meta` records, such as the
/// data version, stay readable before unlocking.
pub const CONFIDENTIAL_META: &[&str] = &[
    "endpoint_credentials",
    crate::own_authority::OWN_AUTHORITY_ID,
];

/// A nonce and the ciphertext (with its tag) it produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sealed {
    pub iv: Vec<u8>,
    pub ciphertext: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CryptoError {
    /// The tag did not verify: wrong key, or the data was changed.
    #[error("the data could not be authenticated")]
    Rejected,
    /// The platform's cryptography failed or is missing.
    #[error("cryptography unavailable: {0}")]
    Unavailable(String),
}

/// Authenticated encryption under one key. Implementations draw a fresh
/// random nonce for every `seal`.
#[allow(async_fn_in_trait)]
pub trait Cipher {
    async fn seal(&self, aad: &[u8], plaintext: &[u8]) -> Result<Sealed, CryptoError>;
    async fn open(&self, iv: &[u8], aad: &[u8], ciphertext: &[u8]) -> Result<Vec<u8>, CryptoError>;
}

/// Encrypts bodies of drafts and of confidential `meta` records; ids and
/// `updated` stay plain so the list can sort without decrypting (both are
/// listed as visible in SECURITY.md).
pub struct VaultStore<S, C> {
    inner: S,
    cipher: C,
    /// While a passphrase has just been set and old records are being
    /// encrypted, plain bodies are still accepted.
    accept_plain: bool,
    /// Nonces this store has used, to refuse a repeat from a broken RNG
    /// (a repeated GCM nonce under one key reveals plaintext).
    used_ivs: RefCell<HashSet<Vec<u8>>>,
}

fn is_encrypted(store: &StoreSpec, id: &str) -> bool {
    store.confidential || (store.name == META.name && CONFIDENTIAL_META.contains(&id))
}

/// The plaintext's format version, read without trusting it for anything
/// but the associated data.
fn schema_of(body: &str) -> u32 {
    serde_json::from_str::<serde_json::Value>(body)
        .ok()
        .and_then(|v| v.get("schema_version").and_then(|s| s.as_u64()))
        .and_then(|s| u32::try_from(s).ok())
        .unwrap_or(1)
}

impl<S: RecordStore, C: Cipher> VaultStore<S, C> {
    pub fn new(inner: S, cipher: C, accept_plain: bool) -> VaultStore<S, C> {
        VaultStore {
            inner,
            cipher,
            accept_plain,
            used_ivs: RefCell::new(HashSet::new()),
        }
    }

    pub fn inner(&self) -> &S {
        &self.inner
    }

    /// Stops accepting plain bodies (the encryption pass has finished).
    pub fn require_encrypted(&mut self) {
        self.accept_plain = false;
    }

    async fn seal(&self, store: &StoreSpec, record: &Record) -> Result<Record, StorageError> {
        let schema = schema_of(&record.body);
        let aad = record_aad(store.name, &record.id, schema);
        let sealed = self
            .cipher
            .seal(&aad, record.body.as_bytes())
            .await
            .map_err(|e| StorageError::Encryption {
                detail: e.to_string(),
            })?;
        if sealed.iv.len() != IV_BYTES || !self.used_ivs.borrow_mut().insert(sealed.iv.clone()) {
            return Err(StorageError::Encryption {
                detail: "nonce reuse refused".into(),
            });
        }
        let envelope = Envelope {
            v: Envelope::VERSION,
            schema,
            iv: b64_encode(&sealed.iv),
            ct: b64_encode(&sealed.ciphertext),
        };
        Ok(Record {
            id: record.id.clone(),
            updated: record.updated.clone(),
            body: envelope.to_json(),
        })
    }

    async fn open(&self, store: &StoreSpec, record: Record) -> Result<Record, StorageError> {
        let Some(envelope) = Envelope::parse(&record.body) else {
            if self.accept_plain {
                return Ok(record);
            }
            return Err(StorageError::Corrupt(format!(
                "{} is not encrypted",
                record.id
            )));
        };
        let unreadable = || StorageError::Corrupt(format!("{} failed authentication", record.id));
        let iv = b64_decode(&envelope.iv).ok_or_else(unreadable)?;
        let ciphertext = b64_decode(&envelope.ct).ok_or_else(unreadable)?;
        let aad = record_aad(store.name, &record.id, envelope.schema);
        let plain = self
            .cipher
            .open(&iv, &aad, &ciphertext)
            .await
            .map_err(|_| unreadable())?;
        let body = String::from_utf8(plain).map_err(|_| unreadable())?;
        Ok(Record { body, ..record })
    }
}

impl<S: RecordStore, C: Cipher> RecordStore for VaultStore<S, C> {
    async fn put(&self, store: &StoreSpec, record: &Record) -> Result<(), StorageError> {
        if !is_encrypted(store, &record.id) {
            return self.inner.put(store, record).await;
        }
        // Sealed before the store call: awaiting WebCrypto inside an
        // IndexedDB transaction would let it auto-commit.
        let sealed = self.seal(store, record).await?;
        self.inner.put(store, &sealed).await
    }

    async fn get(&self, store: &StoreSpec, id: &str) -> Result<Option<Record>, StorageError> {
        let Some(record) = self.inner.get(store, id).await? else {
            return Ok(None);
        };
        if !is_encrypted(store, id) {
            return Ok(Some(record));
        }
        self.open(store, record).await.map(Some)
    }

    async fn delete(&self, store: &StoreSpec, id: &str) -> Result<(), StorageError> {
        self.inner.delete(store, id).await
    }

    /// A record that fails authentication is listed as
    /// [`Listed::Unreadable`], so one damaged record does not hide the
    /// others.
    async fn list(&self, store: &StoreSpec) -> Result<Vec<Listed>, StorageError> {
        let mut out = Vec::new();
        for listed in self.inner.list(store).await? {
            let record = match listed {
                Listed::Readable(record) if is_encrypted(store, &record.id) => record,
                other => {
                    out.push(other);
                    continue;
                }
            };
            let id = record.id.clone();
            let updated = record.updated.clone();
            match self.open(store, record).await {
                Ok(r) => out.push(Listed::Readable(r)),
                Err(_) => out.push(Listed::Unreadable { id, updated }),
            }
        }
        Ok(out)
    }
}
