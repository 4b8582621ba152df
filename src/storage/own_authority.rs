//! The open profile's own authority and officers.

use mla_core::own_authority::{self, OwnAuthority};
use mla_core::storage::StorageError;

use super::shared;

pub async fn load() -> Result<OwnAuthority, StorageError> {
    let s = shared::store().await?;
    own_authority::load(s.as_ref()).await
}

pub async fn save(own: &OwnAuthority) -> Result<(), StorageError> {
    let s = shared::store().await?;
    own_authority::save(s.as_ref(), own, &crate::ids::now()).await
}
