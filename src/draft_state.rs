//! The draft being edited: one signal, its live findings, and autosave.
//!
//! Every edit updates the draft signal; an effect schedules a save 300 ms
//! after the last change (well within the 1 s promise), and the pending save
//! is flushed at once when the tab is hidden, the page is left, or the user
//! takes an update. A failed save is shown, never swallowed, and the draft
//! stays in memory so nothing typed is lost.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use leptos::task::spawn_local;
use mla_core::findings::Finding;
use mla_core::reference::requirements::context_for;
use mla_core::storage::StorageError;
use mla_core::{check, drafts, Draft};
use wasm_bindgen::prelude::*;

use crate::ids;
use crate::storage::shared;

/// Where the last save stands.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveState {
    Saved,
    Pending,
    Failed(StorageError),
}

/// Shared by every component of the wizard.
#[derive(Clone, Copy)]
pub struct DraftCtx {
    pub draft: RwSignal<Draft>,
    pub findings: Memo<Vec<Finding>>,
    /// Inline messages appear once the user has seen the check step, as in
    /// GOV.UK forms (no wall of red on an empty draft).
    pub show_errors: RwSignal<bool>,
    pub save_state: RwSignal<SaveState>,
}

impl DraftCtx {
    /// The first finding at exactly this field path that still counts (an
    /// acknowledged warning is not shown at its field), if any.
    pub fn finding_at(&self, path: &str) -> Option<Finding> {
        self.findings.with(|fs| {
            fs.iter()
                .find(|f| f.path == path && f.acknowledged.is_none())
                .cloned()
        })
    }
}

/// Pending save of this tab, cancelled and rerun by every edit.
struct Autosave {
    timer: Option<Timeout>,
    draft: RwSignal<Draft>,
    save_state: RwSignal<SaveState>,
}

thread_local! {
    static AUTOSAVE: RefCell<Option<Rc<RefCell<Autosave>>>> = const { RefCell::new(None) };
    /// Saves started and not yet finished, so a lock can wait for them.
    static IN_FLIGHT: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Flushes the pending edit and waits until every save has finished.
/// An error if the draft in memory is not stored (a lock must not then drop
/// it).
pub async fn settle() -> Result<(), StorageError> {
    flush();
    while IN_FLIGHT.with(std::cell::Cell::get) > 0 {
        gloo_timers::future::TimeoutFuture::new(10).await;
    }
    let state = AUTOSAVE.with(|a| a.borrow().as_ref().map(|a| a.borrow().save_state));
    match state.and_then(|s| s.try_get_untracked()) {
        Some(SaveState::Failed(e)) => Err(e),
        _ => Ok(()),
    }
}

/// Saves at once whatever edit is still waiting for its timer.
pub fn flush() {
    let pending = AUTOSAVE.with(|a| a.borrow().clone());
    if let Some(a) = pending {
        let (had_timer, draft, state) = {
            let mut a = a.borrow_mut();
            (a.timer.take().is_some(), a.draft, a.save_state)
        };
        if had_timer {
            save_now(draft, state);
        }
    }
}

fn save_now(draft: RwSignal<Draft>, state: RwSignal<SaveState>) {
    let Some(mut now) = draft.try_update_untracked(|d| {
        d.updated = ids::now();
        d.clone()
    }) else {
        return; // The wizard was closed; its last edit was flushed then.
    };
    IN_FLIGHT.with(|n| n.set(n.get() + 1));
    spawn_local(async move {
        let result = match shared::store().await {
            Ok(store) => drafts::save(store.as_ref(), &mut now).await,
            Err(e) => Err(e),
        };
        if result.is_ok() {
            // The draft in memory carries the revision just stored (not an
            // edit: nothing else reruns). Each save continues the stored
            // history anyway, so a late answer never takes it back.
            let _ = draft.try_update_untracked(|d| {
                if now.revisions.descends_from(&d.rev()) {
                    d.revisions = now.revisions;
                }
            });
        }
        IN_FLIGHT.with(|n| n.set(n.get() - 1));
        let _ = state.try_set(match result {
            Ok(()) => SaveState::Saved,
            Err(e) => SaveState::Failed(e),
        });
    });
}

/// Creates the context for a loaded draft and starts autosaving it (unless
/// it is `read_only`: open for editing in another tab).
pub fn provide(draft: Draft, read_only: bool) -> DraftCtx {
    let draft = RwSignal::new(draft);
    // The requested authority's requirements (from the directory in use)
    // are part of the check once the draft is addressed to a record.
    let reference = crate::reference::use_reference();
    let findings = Memo::new(move |_| {
        reference.data.with(|r| {
            let directory = r.as_ref().map(|r| &r.directory);
            draft.with(|d| check(d, &context_for(d, directory)))
        })
    });
    let save_state = RwSignal::new(SaveState::Saved);
    let ctx = DraftCtx {
        draft,
        findings,
        show_errors: RwSignal::new(false),
        save_state,
    };
    provide_context(ctx);
    if read_only {
        return ctx;
    }

    let autosave = Rc::new(RefCell::new(Autosave {
        timer: None,
        draft,
        save_state,
    }));
    AUTOSAVE.with(|a| *a.borrow_mut() = Some(autosave.clone()));
    install_flush_listeners();

    let first_run = RwSignal::new(true);
    Effect::new(move |_| {
        draft.track();
        if first_run.get_untracked() {
            first_run.set(false);
            return; // Loading is not an edit.
        }
        save_state.set(SaveState::Pending);
        let timer = Timeout::new(300, move || {
            let pending = AUTOSAVE.with(|a| a.borrow().clone());
            if let Some(a) = pending {
                a.borrow_mut().timer = None;
            }
            save_now(draft, save_state);
        });
        autosave.borrow_mut().timer = Some(timer);
    });
    on_cleanup(|| {
        flush();
        AUTOSAVE.with(|a| *a.borrow_mut() = None);
    });
    ctx
}

/// Hidden tabs and unloading pages are the last moments we reliably get.
fn install_flush_listeners() {
    thread_local! { static INSTALLED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) }; }
    if INSTALLED.with(|i| i.replace(true)) {
        return;
    }
    let on_hide = Closure::<dyn Fn()>::new(|| {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            flush();
        }
    });
    let _ = document()
        .add_event_listener_with_callback("visibilitychange", on_hide.as_ref().unchecked_ref());
    on_hide.forget();
    let on_pagehide = Closure::<dyn Fn()>::new(flush);
    let _ =
        window().add_event_listener_with_callback("pagehide", on_pagehide.as_ref().unchecked_ref());
    on_pagehide.forget();
    crate::pwa::on_before_update(flush);
}
