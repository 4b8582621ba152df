//! "Erase this computer": every database, cache and setting of the app on
//! this browser, and its service worker.
//!
//! Erasing runs at the start of a fresh page load, before anything opens
//! the database: the confirmed request sets a flag in sessionStorage and
//! reloads, so no connection of this tab can block the deletion. Other open
//! tabs of the app do block it until they close; the user is told so.

use js_sys::{Array, Function, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

const PENDING: &str = "mla.erase_pending";

/// Why erasing did not finish. The `detail` is what the browser said, for a
/// "technical detail" line only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EraseError {
    /// A database of the app could not be deleted.
    Database { detail: String },
    /// The app's offline copy (Cache Storage) could not be deleted.
    Caches { detail: String },
    /// The browser lacks what erasing needs, or refused to start it.
    Browser { detail: String },
}

impl EraseError {
    pub fn detail(&self) -> &str {
        match self {
            EraseError::Database { detail }
            | EraseError::Caches { detail }
            | EraseError::Browser { detail } => detail,
        }
    }
}

/// A call into the browser that failed, and what it said.
struct Failed {
    detail: String,
}

impl Failed {
    fn new(detail: impl Into<String>) -> Failed {
        Failed {
            detail: detail.into(),
        }
    }

    fn thrown(e: JsValue) -> Failed {
        Failed::new(format!("{e:?}"))
    }
}

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// Asks for an erase at the next load, and reloads.
pub fn request() {
    if let Some(s) = session() {
        let _ = s.set_item(PENDING, "1");
    }
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// Whether this load is the one that must erase.
pub fn pending() -> bool {
    session()
        .and_then(|s| s.get_item(PENDING).ok().flatten())
        .is_some()
}

fn get(target: &JsValue, key: &str) -> Option<JsValue> {
    Reflect::get(target, &key.into())
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

async fn call_promise(target: &JsValue, method: &str, args: &Array) -> Result<JsValue, Failed> {
    let p: Promise = call_method(target, method, args)?
        .dyn_into()
        .map_err(|_| Failed::new(format!("{method} gave no promise")))?;
    JsFuture::from(p).await.map_err(Failed::thrown)
}

/// Deletes one database; `on_blocked` runs if another tab holds it open
/// (the deletion then completes when that tab closes).
async fn delete_database(
    factory: &JsValue,
    name: &str,
    on_blocked: &dyn Fn(),
) -> Result<(), EraseError> {
    let request = call_method(factory, "deleteDatabase", &Array::of1(&name.into()))
        .map_err(|f| EraseError::Database { detail: f.detail })?;
    let done = Promise::new(&mut |resolve, reject| {
        let ok = Closure::once_into_js(move || resolve.call0(&JsValue::NULL));
        let err = Closure::once_into_js(move || reject.call0(&JsValue::NULL));
        let _ = Reflect::set(&request, &"onsuccess".into(), &ok);
        let _ = Reflect::set(&request, &"onerror".into(), &err);
    });
    let blocked_flag = std::rc::Rc::new(std::cell::Cell::new(false));
    let flag = blocked_flag.clone();
    let blocked = Closure::<dyn FnMut()>::new(move || flag.set(true));
    let _ = Reflect::set(&request, &"onblocked".into(), blocked.as_ref());
    // Poll the flag while waiting so the user hears about blocking tabs.
    let wait = JsFuture::from(done);
    let mut wait = std::pin::pin!(wait);
    loop {
        let tick = gloo_timers::future::TimeoutFuture::new(200);
        match futures_select(&mut wait, tick).await {
            Some(result) => {
                return result.map(|_| ()).map_err(|_| EraseError::Database {
                    detail: format!("deleteDatabase({name}) failed"),
                })
            }
            None => {
                if blocked_flag.get() {
                    on_blocked();
                }
            }
        }
    }
}

fn call_method(target: &JsValue, method: &str, args: &Array) -> Result<JsValue, Failed> {
    let f: Function = get(target, method)
        .ok_or_else(|| Failed::new(format!("{method} unavailable")))?
        .dyn_into()
        .map_err(|_| Failed::new(format!("{method} is not a function")))?;
    f.apply(target, args).map_err(Failed::thrown)
}

/// The first of a future and a timer: `Some(output)` or `None` on timeout.
async fn futures_select<F: std::future::Future + Unpin>(
    fut: &mut F,
    timer: gloo_timers::future::TimeoutFuture,
) -> Option<F::Output> {
    use std::future::Future;
    use std::pin::Pin;
    use std::task::Poll;
    let mut timer = std::pin::pin!(timer);
    std::future::poll_fn(move |cx| {
        if let Poll::Ready(v) = Pin::new(&mut *fut).poll(cx) {
            return Poll::Ready(Some(v));
        }
        if timer.as_mut().poll(cx).is_ready() {
            return Poll::Ready(None);
        }
        Poll::Pending
    })
    .await
}

/// Erases everything. Runs only when [`pending`].
pub async fn run(on_blocked: &dyn Fn()) -> Result<(), EraseError> {
    let window = web_sys::window().ok_or_else(|| EraseError::Browser {
        detail: "no window".into(),
    })?;
    let global: JsValue = window.clone().into();
    if let Some(factory) = get(&global, "indexedDB") {
        let mut names = vec![mla_core::storage::DB_NAME.to_string()];
        if let Ok(list) = call_promise(&factory, "databases", &Array::new()).await {
            for info in Array::from(&list).iter() {
                if let Some(name) = get(&info, "name").and_then(|n| n.as_string()) {
                    if !names.contains(&name) {
                        names.push(name);
                    }
                }
            }
        }
        for name in names {
            delete_database(&factory, &name, on_blocked).await?;
        }
    }
    if let Some(caches) = get(&global, "caches") {
        let cache_error = |f: Failed| EraseError::Caches { detail: f.detail };
        let keys = call_promise(&caches, "keys", &Array::new())
            .await
            .map_err(cache_error)?;
        for key in Array::from(&keys).iter() {
            call_promise(&caches, "delete", &Array::of1(&key))
                .await
                .map_err(cache_error)?;
        }
    }
    if let Some(sw) = get(&window.navigator().into(), "serviceWorker") {
        if let Ok(regs) = call_promise(&sw, "getRegistrations", &Array::new()).await {
            for reg in Array::from(&regs).iter() {
                let _ = call_promise(&reg, "unregister", &Array::new()).await;
            }
        }
    }
    if let Ok(Some(local)) = window.local_storage() {
        let _ = local.clear();
    }
    if let Some(s) = session() {
        let _ = s.clear();
    }
    Ok(())
}
