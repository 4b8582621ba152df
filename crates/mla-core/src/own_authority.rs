//! The user's own authority and officers, entered once per profile: new
//! drafts start with the authority as the requesting authority, new cases
//! and events with the first officer. The user can still change both per
//! draft and per case.
//!
//! Kept in the profile's `meta` store as a confidential record (encrypted
//! in a protected profile: an officer's name and direct line are personal
//! data).

use serde::{Deserialize, Serialize};

use crate::model::{Authority, Draft};
use crate::storage::{Record, RecordStore, StorageError, META};

/// The `meta` record's id.
pub const OWN_AUTHORITY_ID: &str = "own_authority";

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct OwnAuthority {
    /// The requesting State (ISO 3166-1 alpha-2 code, or a name as typed).
    pub state: String,
    pub authority: Authority,
    /// The officers who work on this profile's desk, the usual one first.
    pub officers: Vec<String>,
}

impl OwnAuthority {
    /// Fills what a new draft does not say yet about its requesting side;
    /// never replaces what the draft already holds.
    pub fn start_draft(&self, draft: &mut Draft) {
        if draft.requesting.state.trim().is_empty() {
            draft.requesting.state = self.state.trim().to_string();
        }
        if draft.requesting.authority == Authority::default() {
            draft.requesting.authority = self.authority.clone();
        }
    }

    /// The usual officer, if any.
    pub fn officer(&self) -> Option<&str> {
        self.officers
            .iter()
            .map(|o| o.trim())
            .find(|o| !o.is_empty())
    }
}

/// The stored details, or empty ones before the user enters them.
pub async fn load(store: &impl RecordStore) -> Result<OwnAuthority, StorageError> {
    match store.get(&META, OWN_AUTHORITY_ID).await? {
        Some(r) => serde_json::from_str(&r.body)
            .map_err(|e| StorageError::Corrupt(format!("{OWN_AUTHORITY_ID}: {e}"))),
        None => Ok(OwnAuthority::default()),
    }
}

pub async fn save(
    store: &impl RecordStore,
    own: &OwnAuthority,
    now: &str,
) -> Result<(), StorageError> {
    let record = Record {
        id: OWN_AUTHORITY_ID.into(),
        updated: now.into(),
        body: serde_json::to_string(own).unwrap_or_default(),
    };
    store.put(&META, &record).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_only_what_a_draft_lacks() {
        let own = OwnAuthority {
            state: "HR".into(),
            authority: Authority {
                name: "State Attorney's Office".into(),
                phone: "+385 1 000".into(),
                ..Default::default()
            },
            officers: vec![" ".into(), "Ana".into()],
        };
        let mut fresh = Draft::new("d", "2026-12-01T00:00:00Z");
        own.start_draft(&mut fresh);
        assert_eq!(fresh.requesting.state, "HR");
        assert_eq!(fresh.requesting.authority, own.authority);
        let mut typed = Draft::new("e", "2026-12-01T00:00:00Z");
        typed.requesting.state = "BA".into();
        typed.requesting.authority.name = "Other".into();
        own.start_draft(&mut typed);
        assert_eq!(typed.requesting.state, "BA");
        assert_eq!(typed.requesting.authority.name, "Other");
        assert_eq!(own.officer(), Some("Ana"));
        assert_eq!(OwnAuthority::default().officer(), None);
    }
}
