//! Profiles ("vaults") and encryption at rest, without the cryptography.
//!
//! Several people can share one browser: each has a profile with its own
//! drafts, usually protected by a passphrase. This module holds what can be
//! decided without a browser: the profile list, the stored formats of a
//! wrapped key and of an encrypted record, the associated data that binds a
//! record to its place, and a [`RecordStore`](crate::storage::RecordStore)
//! wrapper that encrypts every body through a [`Cipher`]. The app supplies a
//! `Cipher` over WebCrypto; the native tests supply one over RustCrypto, so
//! the formats are proven implementable outside the browser.

mod encrypted_backup;
mod envelope;
mod idle;
mod profiles;
mod store;

pub use encrypted_backup::{
    is_encrypted_backup, parse_encrypted_backup, seal_backup_file, EncryptedBackup,
    ENCRYPTED_BACKUP_FORMAT, ENCRYPTED_BACKUP_VERSION,
};
pub use envelope::{b64_decode, b64_encode, backup_aad, key_aad, record_aad, Envelope};
pub use idle::{idle_action, IdleAction, HIDDEN_MS, WARN_MS};
pub use profiles::{
    database_name, validate_name, validate_new_passphrase, KdfParams, NameProblem,
    PassphraseProblem, Profile, ProfileList, ProfileListError, Protection, WrappedKey,
    DEFAULT_PROFILE_ID, MIN_PASSPHRASE_CHARS, PBKDF2_ITERATIONS, PROFILES_RECORD_ID, SALT_BYTES,
};
pub use store::{Cipher, CryptoError, Sealed, VaultStore, CONFIDENTIAL_META, IV_BYTES};
