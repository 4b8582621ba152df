//! The service-worker side of the PWA: registration and the update flow.
//!
//! A new worker waits until told to take over; the app shows a banner, and
//! only when the user clicks Reload does it flush pending saves, tell the
//! worker to skip waiting and reload once the worker controls the page.
//! The app never reloads on its own over unsaved input.

use std::cell::{Cell, RefCell};

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerRegistration, ServiceWorkerState};

thread_local! {
    static RELOAD_ON_CONTROLLER_CHANGE: Cell<bool> = const { Cell::new(false) };
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
    static BEFORE_UPDATE: RefCell<Vec<Box<dyn Fn()>>> = RefCell::new(Vec::new());
}

/// Runs `f` before the page reloads into a new version (autosave flushes).
pub fn on_before_update(f: impl Fn() + 'static) {
    BEFORE_UPDATE.with(|v| v.borrow_mut().push(Box::new(f)));
}

/// Registers `/sw.js`; the signal turns true when an update is waiting.
pub fn register() -> ReadSignal<bool> {
    let (waiting, set_waiting) = signal(false);
    let container = window().navigator().service_worker();
    let on_controller_change = Closure::<dyn Fn()>::new(|| {
        if RELOAD_ON_CONTROLLER_CHANGE.with(Cell::get) {
            let _ = window().location().reload();
        }
    });
    container.set_oncontrollerchange(Some(on_controller_change.as_ref().unchecked_ref()));
    on_controller_change.forget();

    spawn_local(async move {
        let Ok(reg) = JsFuture::from(container.register("/sw.js")).await else {
            return; // No service worker (dev tools, private mode): the app still works online.
        };
        let reg: ServiceWorkerRegistration = reg.unchecked_into();
        let has_controller = move || window().navigator().service_worker().controller().is_some();
        if reg.waiting().is_some() && has_controller() {
            set_waiting.set(true);
        }
        let reg_for_found = reg.clone();
        let on_update_found = Closure::<dyn Fn()>::new(move || {
            let Some(worker) = reg_for_found.installing() else {
                return;
            };
            let w = worker.clone();
            let on_state = Closure::<dyn Fn()>::new(move || {
                if w.state() == ServiceWorkerState::Installed && has_controller() {
                    set_waiting.set(true);
                }
            });
            worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        reg.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
        on_update_found.forget();
        REGISTRATION.with(|r| *r.borrow_mut() = Some(reg));
    });
    waiting
}

/// Flushes pending work, then lets the waiting worker take over; the page
/// reloads when it does.
pub fn activate_waiting() {
    BEFORE_UPDATE.with(|v| v.borrow().iter().for_each(|f| f()));
    let waiting = REGISTRATION.with(|r| r.borrow().as_ref().and_then(|reg| reg.waiting()));
    match waiting {
        Some(worker) => {
            RELOAD_ON_CONTROLLER_CHANGE.with(|c| c.set(true));
            let _ = worker.post_message(&JsValue::from_str("SKIP_WAITING"));
        }
        None => {
            let _ = window().location().reload();
        }
    }
}
