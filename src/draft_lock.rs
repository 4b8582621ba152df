//! One editor per draft: a Web Lock named after the draft, held while the
//! wizard shows it. A second tab (or window) opening the same draft does
//! not get the lock and shows it read-only, so two tabs never overwrite
//! each other's edits.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// A held lock; dropping it (or calling `release`) lets another tab edit.
pub struct DraftLock {
    release: Option<Function>,
    // The lock manager calls this back; it must live as long as the lock.
    _callback: Closure<dyn FnMut(JsValue) -> JsValue>,
}

impl DraftLock {
    pub fn release(&mut self) {
        if let Some(r) = self.release.take() {
            let _ = r.call0(&JsValue::NULL);
        }
    }
}

impl Drop for DraftLock {
    fn drop(&mut self) {
        self.release();
    }
}

/// The outcome of asking for the lock of a draft.
pub enum Acquired {
    Held(DraftLock),
    /// Another tab edits this draft.
    Elsewhere,
    /// No Web Locks in this browser: editing is allowed, as before.
    Unsupported,
}

/// Asks for the draft's lock. A lock this tab has just let go of (leaving
/// the wizard and coming back) is released asynchronously, so a refusal is
/// retried briefly before the draft is called busy.
pub async fn acquire(draft_id: &str) -> Acquired {
    for _ in 0..4 {
        match try_acquire(draft_id).await {
            Acquired::Elsewhere => gloo_timers::future::TimeoutFuture::new(100).await,
            other => return other,
        }
    }
    try_acquire(draft_id).await
}

async fn try_acquire(draft_id: &str) -> Acquired {
    let Some(locks) = web_sys::window()
        .and_then(|w| Reflect::get(&w.navigator(), &"locks".into()).ok())
        .filter(|l| !l.is_undefined())
    else {
        return Acquired::Unsupported;
    };
    let Ok(request) =
        Reflect::get(&locks, &"request".into()).and_then(|f| f.dyn_into::<Function>())
    else {
        return Acquired::Unsupported;
    };

    let mut release = None;
    let held = Promise::new(&mut |resolve, _| release = Some(resolve));
    let answer: Rc<RefCell<Option<Function>>> = Rc::new(RefCell::new(None));
    let answered = {
        let answer = answer.clone();
        Promise::new(&mut move |resolve, _| *answer.borrow_mut() = Some(resolve))
    };
    let callback = Closure::<dyn FnMut(JsValue) -> JsValue>::new(move |lock: JsValue| {
        let got = !lock.is_null() && !lock.is_undefined();
        if let Some(resolve) = answer.borrow_mut().take() {
            let _ = resolve.call1(&JsValue::NULL, &JsValue::from_bool(got));
        }
        if got {
            held.clone().into()
        } else {
            JsValue::UNDEFINED
        }
    });
    let options = Object::new();
    let _ = Reflect::set(&options, &"ifAvailable".into(), &JsValue::TRUE);
    let name = JsValue::from_str(&format!("mla-draft-{draft_id}"));
    if request
        .call3(&locks, &name, &options, callback.as_ref().unchecked_ref())
        .is_err()
    {
        return Acquired::Unsupported;
    }
    match JsFuture::from(answered).await.map(|v| v.as_bool()) {
        Ok(Some(true)) => Acquired::Held(DraftLock {
            release,
            _callback: callback,
        }),
        Ok(Some(false)) => Acquired::Elsewhere,
        _ => Acquired::Unsupported,
    }
}

thread_local! {
    /// The lock of the draft this tab's wizard shows, with its id.
    static HELD: RefCell<Option<(String, DraftLock)>> = const { RefCell::new(None) };
}

/// Keeps `lock` while the wizard shows `draft_id` (releasing any other).
pub fn keep(draft_id: &str, lock: DraftLock) {
    HELD.with(|h| *h.borrow_mut() = Some((draft_id.to_string(), lock)));
}

/// Lets go of the lock of `draft_id`, if this tab holds it; a wizard that
/// has already been replaced by another draft's leaves that one alone.
pub fn release(draft_id: &str) {
    HELD.with(|h| {
        let mut h = h.borrow_mut();
        if h.as_ref().is_some_and(|(id, _)| id == draft_id) {
            *h = None;
        }
    });
}
