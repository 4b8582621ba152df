//! The profile list, one record in the device store.

use mla_core::storage::{Record, RecordStore, META};
use mla_core::vault::{ProfileList, PROFILES_RECORD_ID};

use super::session::VaultError;
use crate::storage::shared;

/// The stored list, or the initial one (a single open default profile)
/// when nobody has made a profile yet.
pub async fn load() -> Result<ProfileList, VaultError> {
    let device = shared::device().await?;
    match device.get(&META, PROFILES_RECORD_ID).await? {
        Some(record) => Ok(ProfileList::parse(&record.body)?),
        None => Ok(ProfileList::initial(&crate::ids::now())),
    }
}

pub async fn save(list: &ProfileList) -> Result<(), VaultError> {
    let device = shared::device().await?;
    let record = Record {
        id: PROFILES_RECORD_ID.into(),
        updated: crate::ids::now(),
        body: list.to_json(),
    };
    Ok(device.put(&META, &record).await?)
}

/// Changes one profile in the stored list (read again first, so another
/// tab's change to another profile is kept).
pub async fn update(
    id: &str,
    change: impl FnOnce(&mut mla_core::vault::Profile),
) -> Result<ProfileList, VaultError> {
    let mut list = load().await?;
    let mut profile = list.get(id).cloned().ok_or(VaultError::ProfileChanged)?;
    change(&mut profile);
    list.upsert(profile);
    save(&list).await?;
    Ok(list)
}
