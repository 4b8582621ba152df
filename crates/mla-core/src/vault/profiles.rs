//! The profiles of this browser and how each one is protected.
//!
//! The list is one record in the device's `meta` store. It is not
//! encrypted: the chooser must show the names before anything is unlocked.
//! A profile's name is the only thing it reveals; its drafts live in its own
//! database, encrypted when it has a passphrase.

use serde::{Deserialize, Serialize};

use crate::storage::DB_NAME;

/// Id of the device `meta` record that holds the [`ProfileList`].
pub const PROFILES_RECORD_ID: &str = "profiles";

/// The profile that exists before anyone creates one. Its drafts live in the
/// app's original database, so drafts written before profiles existed are
/// its drafts.
pub const DEFAULT_PROFILE_ID: &str = "default";

/// PBKDF2-HMAC-SHA256 iterations for new passphrases (OWASP 2023 figure).
/// Stored with each profile, so it can be raised without breaking old ones.
pub const PBKDF2_ITERATIONS: u32 = 600_000;
pub const SALT_BYTES: usize = 16;

/// Shortest passphrase accepted. The KDF slows guessing; only length makes
/// guessing hopeless, so the hint asks for several words.
pub const MIN_PASSPHRASE_CHARS: usize = 8;
const MAX_NAME_CHARS: usize = 60;

/// Key derivation: how the passphrase becomes the key that wraps the data key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KdfParams {
    /// Always `PBKDF2-HMAC-SHA256` in this version.
    pub algorithm: String,
    pub iterations: u32,
    /// Base64 of [`SALT_BYTES`] random bytes.
    pub salt: String,
}

impl KdfParams {
    pub fn pbkdf2(salt: &[u8]) -> KdfParams {
        KdfParams {
            algorithm: "PBKDF2-HMAC-SHA256".into(),
            iterations: PBKDF2_ITERATIONS,
            salt: super::b64_encode(salt),
        }
    }

    /// The salt bytes, if the stored parameters are usable.
    pub fn salt_bytes(&self) -> Option<Vec<u8>> {
        if self.algorithm != "PBKDF2-HMAC-SHA256" || self.iterations == 0 {
            return None;
        }
        super::b64_decode(&self.salt).filter(|s| s.len() >= SALT_BYTES)
    }
}

/// The profile's random data key, encrypted (AES-256-GCM) under the key
/// derived from the passphrase, with [`key_aad`](super::key_aad) as
/// associated data. A wrong passphrase fails the GCM tag check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WrappedKey {
    /// Always `AES-256-GCM` in this version.
    pub algorithm: String,
    pub iv: String,
    pub wrapped: String,
}

/// How a protected profile's data key is kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Protection {
    pub kdf: KdfParams,
    pub key: WrappedKey,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub id: String,
    /// As the person typed it; empty for the default profile until named.
    pub name: String,
    pub created: String,
    /// `None`: the profile's records are stored as plain text.
    #[serde(default)]
    pub protection: Option<Protection>,
    /// True while existing plain records are being encrypted after a
    /// passphrase was set; only then may a plain record be read, and the
    /// next unlock finishes the job if the tab closed half-way.
    #[serde(default)]
    pub encrypting: bool,
}

impl Profile {
    pub fn is_protected(&self) -> bool {
        self.protection.is_some()
    }
}

/// Why the stored profile list cannot be used. Nothing is opened then:
/// an unreadable list must never look like "no profiles".
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProfileListError {
    /// Not a profile list (damaged, or changed outside the app); the
    /// parser's message is technical detail.
    #[error("the profile list is damaged: {detail}")]
    Damaged { detail: String },
    /// A format version this app does not read (a newer app wrote it when
    /// it is higher).
    #[error("unsupported profile list version {0}")]
    UnsupportedVersion(u32),
    /// A list without any profile.
    #[error("the profile list is empty")]
    Empty,
}

impl ProfileListError {
    /// The parser's message, for a "technical detail" line.
    pub fn detail(&self) -> Option<&str> {
        match self {
            ProfileListError::Damaged { detail } => Some(detail),
            _ => None,
        }
    }
}

/// Every profile of this browser.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileList {
    pub version: u32,
    pub profiles: Vec<Profile>,
}

impl ProfileList {
    /// The list before anyone made a profile: one unprotected default.
    pub fn initial(now: &str) -> ProfileList {
        ProfileList {
            version: 1,
            profiles: vec![Profile {
                id: DEFAULT_PROFILE_ID.into(),
                name: String::new(),
                created: now.into(),
                protection: None,
                encrypting: false,
            }],
        }
    }

    /// Reads the stored list. A list that cannot be read is an error, never
    /// silently "no profiles": that would offer the data unprotected.
    pub fn parse(text: &str) -> Result<ProfileList, ProfileListError> {
        let list: ProfileList =
            serde_json::from_str(text).map_err(|e| ProfileListError::Damaged {
                detail: e.to_string(),
            })?;
        if list.version != 1 {
            return Err(ProfileListError::UnsupportedVersion(list.version));
        }
        if list.profiles.is_empty() {
            return Err(ProfileListError::Empty);
        }
        Ok(list)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn get(&self, id: &str) -> Option<&Profile> {
        self.profiles.iter().find(|p| p.id == id)
    }

    /// Whether the first screen must ask who is there: more than one
    /// profile, or a passphrase to type.
    pub fn needs_chooser(&self) -> bool {
        self.profiles.len() > 1 || self.profiles.iter().any(Profile::is_protected)
    }

    /// Replaces the profile with the same id, or adds it.
    pub fn upsert(&mut self, profile: Profile) {
        match self.profiles.iter_mut().find(|p| p.id == profile.id) {
            Some(p) => *p = profile,
            None => self.profiles.push(profile),
        }
    }

    /// Removes a profile; the default profile stays (it owns the original
    /// database), so the list is never empty.
    pub fn remove(&mut self, id: &str) -> bool {
        if id == DEFAULT_PROFILE_ID {
            return false;
        }
        let before = self.profiles.len();
        self.profiles.retain(|p| p.id != id);
        before != self.profiles.len()
    }
}

/// The IndexedDB database that holds a profile's records.
pub fn database_name(profile_id: &str) -> String {
    if profile_id == DEFAULT_PROFILE_ID {
        DB_NAME.to_string()
    } else {
        format!("{DB_NAME}.profile.{profile_id}")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameProblem {
    Empty,
    TooLong,
    Taken,
}

impl NameProblem {
    pub fn key(self) -> &'static str {
        match self {
            NameProblem::Empty => "empty",
            NameProblem::TooLong => "too_long",
            NameProblem::Taken => "taken",
        }
    }
}

/// The name to store, or why it cannot be used. Names compare without case
/// so that the chooser never shows two that look alike.
pub fn validate_name(
    name: &str,
    list: &ProfileList,
    except_id: Option<&str>,
) -> Result<String, NameProblem> {
    let name = name.trim();
    if name.is_empty() {
        return Err(NameProblem::Empty);
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(NameProblem::TooLong);
    }
    let lower = name.to_lowercase();
    let taken = list
        .profiles
        .iter()
        .filter(|p| Some(p.id.as_str()) != except_id)
        .any(|p| p.name.trim().to_lowercase() == lower);
    if taken {
        return Err(NameProblem::Taken);
    }
    Ok(name.to_string())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PassphraseProblem {
    TooShort,
    Mismatch,
}

impl PassphraseProblem {
    pub fn key(self) -> &'static str {
        match self {
            PassphraseProblem::TooShort => "too_short",
            PassphraseProblem::Mismatch => "mismatch",
        }
    }
}

/// A new passphrase and its confirmation. Not trimmed: spaces are part of
/// a passphrase.
pub fn validate_new_passphrase(passphrase: &str, confirm: &str) -> Result<(), PassphraseProblem> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(PassphraseProblem::TooShort);
    }
    if passphrase != confirm {
        return Err(PassphraseProblem::Mismatch);
    }
    Ok(())
}
