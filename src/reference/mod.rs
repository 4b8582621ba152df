//! Reference data in the app: the directory and treaties in use, where they
//! came from, and loading them at start (stored synced copy first, else the
//! bundled sample set, which the service worker precaches).

pub mod endpoint;
pub mod http;
pub mod names;
pub mod sync;

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use mla_core::reference::cache::{self, CachedReference};
use mla_core::reference::{parse_directory, parse_treaties, Directory, Treaties};

use crate::storage::shared;

/// Where the data in use came from.
#[derive(Debug, Clone, PartialEq)]
pub enum Origin {
    Bundled,
    Synced {
        source: String,
        fetched_at: String,
        checked_at: String,
    },
}

/// The data in use.
#[derive(Debug)]
pub struct RefData {
    pub directory: Directory,
    pub treaties: Treaties,
    pub origin: Origin,
}

impl RefData {
    fn synced(c: &CachedReference, directory: Directory, treaties: Treaties) -> RefData {
        RefData {
            directory,
            treaties,
            origin: Origin::Synced {
                source: c.source.clone(),
                fetched_at: c.fetched_at.clone(),
                checked_at: c.checked_at.clone(),
            },
        }
    }
}

/// Something to tell the user about loading.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadProblem {
    /// The stored synced copy could not be read; the sample data is used.
    StoredCopyUnreadable,
    /// Not even the bundled data could be loaded (offline before the first
    /// complete load, or a broken deployment).
    NothingLoaded,
}

#[derive(Clone, Copy)]
pub struct ReferenceCtx {
    pub data: RwSignal<Option<Arc<RefData>>>,
    pub problem: RwSignal<Option<LoadProblem>>,
}

/// Provides the context and starts loading.
pub fn provide() -> ReferenceCtx {
    let ctx = ReferenceCtx {
        data: RwSignal::new(None),
        problem: RwSignal::new(None),
    };
    provide_context(ctx);
    spawn_local(async move {
        let (data, problem) = load().await;
        ctx.data.set(data.map(Arc::new));
        ctx.problem.set(problem);
    });
    ctx
}

pub fn use_reference() -> ReferenceCtx {
    expect_context::<ReferenceCtx>()
}

async fn load() -> (Option<RefData>, Option<LoadProblem>) {
    let mut problem = None;
    if let Ok(store) = shared::device().await {
        match cache::load(store.as_ref()).await {
            Ok(Some(c)) => match cache::parse(&c) {
                Ok((d, t)) => return (Some(RefData::synced(&c, d, t)), None),
                Err(_) => problem = Some(LoadProblem::StoredCopyUnreadable),
            },
            Ok(None) => {}
            Err(_) => problem = Some(LoadProblem::StoredCopyUnreadable),
        }
    }
    match bundled().await {
        Some(data) => (Some(data), problem),
        None => (None, Some(LoadProblem::NothingLoaded)),
    }
}

/// The sample set shipped with the app.
pub async fn bundled() -> Option<RefData> {
    let directory = http::get_text("/data/directory.json").await.ok()?;
    let treaties = http::get_text("/data/treaties.json").await.ok()?;
    Some(RefData {
        directory: parse_directory(&directory).ok()?,
        treaties: parse_treaties(&treaties).ok()?,
        origin: Origin::Bundled,
    })
}

/// Puts a freshly synced copy in use.
pub fn use_synced(ctx: ReferenceCtx, c: &CachedReference) {
    if let Ok((d, t)) = cache::parse(c) {
        ctx.data.set(Some(Arc::new(RefData::synced(c, d, t))));
        ctx.problem.set(None);
    }
}
