//! The open profile and every way in and out of it: open, unlock, create,
//! set or change the passphrase, lock, delete, and training mode.
//!
//! Locking waits for autosave to finish, then drops the profile's store
//! (and with it the only reference to the data key) and the screen that
//! showed its data: the routes are unmounted while the chooser shows.

use std::rc::Rc;

use leptos::prelude::*;
use mla_core::storage::{Listed, MemoryStore, RecordStore, StorageError, META, STORES};
use mla_core::vault::{
    CryptoError, Envelope, Profile, ProfileList, ProfileListError, VaultStore, CONFIDENTIAL_META,
    DEFAULT_PROFILE_ID,
};

use super::registry;
use crate::crypto::{self, WebCipher};
use crate::storage::shared::{self, AppStore};
use crate::storage::IdbStore;

/// The profile in use, as the screens need to know it.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenProfile {
    pub id: String,
    pub name: String,
    pub protected: bool,
    pub training: bool,
}

/// Why the chooser is showing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LockReason {
    Manual,
    Idle,
    Hidden,
}

/// What the app shows: nothing yet, the chooser, or a profile's screens.
#[derive(Debug, Clone, PartialEq)]
pub enum Gate {
    Starting,
    Choosing(Option<LockReason>),
    Open(OpenProfile),
    /// The profile list cannot be read, or the profile without a
    /// passphrase cannot be opened; nothing is opened unprotected.
    Broken(VaultError),
}

#[derive(Clone, Copy)]
pub struct VaultCtx {
    pub gate: RwSignal<Gate>,
    pub profiles: RwSignal<ProfileList>,
    /// The profile open before the last lock: unlocking it again returns to
    /// the same screen, unlocking another starts at its drafts list.
    pub last_open: RwSignal<Option<String>>,
}

/// How opening or changing a profile failed.
#[derive(Debug, Clone, PartialEq)]
pub enum VaultError {
    WrongPassphrase,
    /// The latest edit could not be saved, so the profile stays open.
    Unsaved(StorageError),
    /// Reading or writing the profile list or a profile's records failed.
    Storage(StorageError),
    /// The stored profile list cannot be used.
    ProfileList(ProfileListError),
    /// The browser's cryptography failed (never a wrong passphrase, which
    /// is [`VaultError::WrongPassphrase`]).
    Crypto(CryptoError),
    /// The profile is no longer as this tab knew it: deleted, or changed,
    /// in another tab.
    ProfileChanged,
    /// No profile is open (locked meanwhile, perhaps in another tab).
    NotOpen,
    /// The profile of this computer cannot be deleted.
    DefaultProfile,
}

impl VaultError {
    /// What the browser said, for a "technical detail" line.
    pub fn detail(&self) -> Option<&str> {
        match self {
            VaultError::Unsaved(e) | VaultError::Storage(e) => e.detail(),
            VaultError::ProfileList(e) => e.detail(),
            VaultError::Crypto(CryptoError::Unavailable(detail)) => Some(detail),
            _ => None,
        }
    }
}

impl From<CryptoError> for VaultError {
    fn from(e: CryptoError) -> Self {
        match e {
            CryptoError::Rejected => VaultError::WrongPassphrase,
            other => VaultError::Crypto(other),
        }
    }
}

impl From<StorageError> for VaultError {
    fn from(e: StorageError) -> Self {
        VaultError::Storage(e)
    }
}

impl From<ProfileListError> for VaultError {
    fn from(e: ProfileListError) -> Self {
        VaultError::ProfileList(e)
    }
}

pub fn use_vault() -> VaultCtx {
    expect_context::<VaultCtx>()
}

/// Provides the context and decides the first screen.
pub fn provide() -> VaultCtx {
    let ctx = VaultCtx {
        gate: RwSignal::new(Gate::Starting),
        profiles: RwSignal::new(ProfileList::initial("")),
        last_open: RwSignal::new(None),
    };
    provide_context(ctx);
    listen_for_locks(ctx);
    leptos::task::spawn_local(async move {
        match registry::load().await {
            Err(e) => ctx.gate.set(Gate::Broken(e)),
            Ok(list) => {
                let direct = (!list.needs_chooser()).then(|| list.profiles[0].clone());
                ctx.profiles.set(list);
                match direct {
                    Some(p) => {
                        if let Err(e) = open_plain(ctx, &p).await {
                            ctx.gate.set(Gate::Broken(e));
                        }
                    }
                    None => ctx.gate.set(Gate::Choosing(None)),
                }
            }
        }
    });
    ctx
}

fn opened(ctx: VaultCtx, profile: &Profile, store: AppStore) {
    shared::set_profile(Some(store));
    crate::prefs::set_last_profile(&profile.id);
    ctx.gate.set(Gate::Open(OpenProfile {
        id: profile.id.clone(),
        name: profile.name.clone(),
        protected: profile.is_protected(),
        training: false,
    }));
}

/// Opens a profile without a passphrase.
pub async fn open_plain(ctx: VaultCtx, profile: &Profile) -> Result<(), VaultError> {
    if profile.is_protected() {
        return Err(VaultError::WrongPassphrase);
    }
    let db = shared::profile_database(&profile.id).await?;
    opened(ctx, profile, AppStore::Plain(db));
    Ok(())
}

/// Opens a protected profile. A wrong passphrase changes nothing.
pub async fn unlock(ctx: VaultCtx, profile_id: &str, passphrase: &str) -> Result<(), VaultError> {
    let list = registry::load().await?;
    let profile = list
        .get(profile_id)
        .cloned()
        .ok_or(VaultError::ProfileChanged)?;
    ctx.profiles.set(list);
    let Some(protection) = &profile.protection else {
        return open_plain(ctx, &profile).await;
    };
    let key = crypto::unlock(&profile.id, passphrase, protection).await?;
    open_vault(ctx, &profile, WebCipher::new(key)).await
}

async fn open_vault(ctx: VaultCtx, profile: &Profile, cipher: WebCipher) -> Result<(), VaultError> {
    let db = shared::profile_database(&profile.id).await?;
    if profile.encrypting {
        // A passphrase was set and the tab closed before every old record
        // was encrypted: finish now.
        encrypt_remaining(&db, &cipher).await?;
        let list = registry::update(&profile.id, |p| p.encrypting = false).await?;
        ctx.profiles.set(list);
    }
    opened(
        ctx,
        profile,
        AppStore::Vault(VaultStore::new(db, cipher, false)),
    );
    Ok(())
}

/// Encrypts every record of the profile still stored as plain text.
async fn encrypt_remaining(db: &Rc<IdbStore>, cipher: &WebCipher) -> Result<(), StorageError> {
    let vault = VaultStore::new(db.clone(), cipher.clone(), true);
    // The device's own store never lists a record as unreadable.
    for store in STORES.iter().filter(|s| s.confidential) {
        for record in db
            .list(store)
            .await?
            .into_iter()
            .filter_map(Listed::readable)
        {
            if Envelope::parse(&record.body).is_none() {
                vault.put(store, &record).await?;
            }
        }
    }
    for id in CONFIDENTIAL_META {
        if let Some(record) = db.get(&META, id).await? {
            if Envelope::parse(&record.body).is_none() {
                vault.put(&META, &record).await?;
            }
        }
    }
    Ok(())
}

/// Creates a protected profile and opens it (the one open before is
/// locked first).
pub async fn create(ctx: VaultCtx, name: &str, passphrase: &str) -> Result<(), VaultError> {
    let id = crate::ids::draft_id();
    let (protection, key) = crypto::protect_new(&id, passphrase).await?;
    close(ctx).await?;
    let mut list = registry::load().await?;
    let profile = Profile {
        id,
        name: name.to_string(),
        created: crate::ids::now(),
        protection: Some(protection),
        encrypting: false,
    };
    list.upsert(profile.clone());
    registry::save(&list).await?;
    ctx.profiles.set(list);
    open_vault(ctx, &profile, WebCipher::new(key)).await
}

fn current(ctx: VaultCtx) -> Result<OpenProfile, VaultError> {
    match ctx.gate.get_untracked() {
        Gate::Open(p) if !p.training => Ok(p),
        _ => Err(VaultError::NotOpen),
    }
}

/// Protects the open profile (and names it): its existing records are
/// encrypted in place.
pub async fn set_passphrase(ctx: VaultCtx, name: &str, passphrase: &str) -> Result<(), VaultError> {
    let open = current(ctx)?;
    crate::draft_state::settle()
        .await
        .map_err(VaultError::Unsaved)?;
    let (protection, key) = crypto::protect_new(&open.id, passphrase).await?;
    // Marked first: if the tab closes half-way, the next unlock finishes.
    let list = registry::update(&open.id, |p| {
        p.name = name.to_string();
        p.protection = Some(protection);
        p.encrypting = true;
    })
    .await?;
    let profile = list
        .get(&open.id)
        .cloned()
        .ok_or(VaultError::ProfileChanged)?;
    ctx.profiles.set(list);
    open_vault(ctx, &profile, WebCipher::new(key)).await
}

/// Wraps the data key under a new passphrase.
pub async fn change_passphrase(ctx: VaultCtx, old: &str, new: &str) -> Result<(), VaultError> {
    let open = current(ctx)?;
    let list = registry::load().await?;
    let protection = list
        .get(&open.id)
        .and_then(|p| p.protection.clone())
        .ok_or(VaultError::ProfileChanged)?;
    let rewrapped = crypto::rewrap(&open.id, old, new, &protection).await?;
    let list = registry::update(&open.id, |p| p.protection = Some(rewrapped)).await?;
    ctx.profiles.set(list);
    Ok(())
}

/// Saves what is pending, then forgets the profile's store and key.
async fn close(ctx: VaultCtx) -> Result<(), VaultError> {
    if let Gate::Open(p) = ctx.gate.get_untracked() {
        crate::draft_state::settle()
            .await
            .map_err(VaultError::Unsaved)?;
        // A profile's own database is closed with it, so that deleting the
        // profile (here or in another tab) is not blocked by this tab. The
        // default profile's is the device database, which stays open.
        if p.id != DEFAULT_PROFILE_ID {
            if let Some(db) = shared::store()
                .await
                .ok()
                .and_then(|s| s.database().cloned())
            {
                db.close();
            }
        }
        ctx.last_open.set(Some(p.id));
    }
    crate::reference::endpoint::forget_session();
    shared::set_profile(None);
    Ok(())
}

/// Tells the other tabs that this profile must close there (locked by
/// hand, or deleted).
fn announce(id: &str) {
    CHANNEL.with(|c| {
        if let Some(c) = c {
            let _ = c.post_message(&id.into());
        }
    });
}

thread_local! {
    static CHANNEL: Option<web_sys::BroadcastChannel> =
        web_sys::BroadcastChannel::new("mla-vault-lock").ok();
}

/// "Lock" locks the profile in every tab of this browser, not only in the
/// one where it was pressed: a person walking away expects all of it locked.
fn listen_for_locks(ctx: VaultCtx) {
    use wasm_bindgen::JsCast;
    let on_message = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::MessageEvent)>::new(
        move |ev: web_sys::MessageEvent| {
            let Some(id) = ev.data().as_string() else {
                return;
            };
            match ctx.gate.get_untracked() {
                Gate::Open(p) if p.id == id && !p.training => {
                    leptos::task::spawn_local(async move {
                        let _ = lock_here(ctx, LockReason::Manual).await;
                    });
                }
                // The chooser shows the list as it is now (a deleted profile goes).
                Gate::Choosing(_) => leptos::task::spawn_local(async move {
                    if let Ok(list) = registry::load().await {
                        ctx.profiles.set(list);
                    }
                }),
                _ => {}
            }
        },
    );
    CHANNEL.with(|c| {
        if let Some(c) = c {
            c.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        }
    });
    on_message.forget();
}

/// Locks (or, for a profile without a passphrase, leaves) the open profile;
/// locking by hand locks it in the other tabs too.
pub async fn lock(ctx: VaultCtx, reason: LockReason) -> Result<(), VaultError> {
    let open = match ctx.gate.get_untracked() {
        Gate::Open(p) if !p.training => Some(p.id),
        _ => None,
    };
    lock_here(ctx, reason).await?;
    if let (LockReason::Manual, Some(id)) = (reason, open) {
        announce(&id);
    }
    Ok(())
}

async fn lock_here(ctx: VaultCtx, reason: LockReason) -> Result<(), VaultError> {
    close(ctx).await?;
    if let Ok(list) = registry::load().await {
        ctx.profiles.set(list);
    }
    ctx.gate.set(Gate::Choosing(Some(reason)));
    Ok(())
}

/// Deletes the open profile and its database (not the default profile).
pub async fn delete_current(ctx: VaultCtx) -> Result<(), VaultError> {
    let open = current(ctx)?;
    if open.id == DEFAULT_PROFILE_ID {
        return Err(VaultError::DefaultProfile);
    }
    close(ctx).await?;
    let mut list = registry::load().await?;
    list.remove(&open.id);
    registry::save(&list).await?;
    // Other tabs with it open close it; the deletion waits for them.
    announce(&open.id);
    IdbStore::delete_database(&mla_core::vault::database_name(&open.id)).await?;
    ctx.profiles.set(list);
    ctx.gate.set(Gate::Choosing(None));
    Ok(())
}

/// Training mode: a profile in memory only, until the tab closes or reloads.
pub async fn start_training(ctx: VaultCtx) -> Result<(), VaultError> {
    close(ctx).await?;
    shared::set_profile(Some(AppStore::Memory(MemoryStore::default())));
    // A few sample cases, so the register's clocks can be shown at work.
    crate::storage::cases::add_samples().await;
    ctx.gate.set(Gate::Open(OpenProfile {
        id: "training".into(),
        name: String::new(),
        protected: false,
        training: true,
    }));
    Ok(())
}
