//! The only module that talks to the render worker (PDF, DOCX and the
//! document preview). The worker is its own wasm module: it is started on
//! the first call, so its code and the fonts are not part of the app's
//! initial download, and the service worker keeps both for offline use.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use js_sys::{Function, Object, Promise, Reflect, Uint8Array};
use mla_core::check::CheckContext;
use mla_core::document::{Document, Options};
use mla_core::Draft;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{MessageEvent, Worker};

/// Why the worker could not answer; each has a translated message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RenderFailure {
    /// The worker code could not be loaded (offline before it was cached).
    WorkerUnavailable,
    /// The fonts could not be fetched (offline before they were cached).
    FontsUnavailable,
    /// Anything else: a defect, reported as such.
    Failed,
}

struct Client {
    worker: Worker,
    ready: Cell<bool>,
    queue: RefCell<Vec<JsValue>>,
    pending: RefCell<HashMap<u32, (Function, Function)>>,
    next: Cell<u32>,
}

thread_local! {
    static CLIENT: RefCell<Option<Rc<Client>>> = const { RefCell::new(None) };
}

const WORKER_URL: &str = "/mla-render-worker_loader.js";

fn client() -> Result<Rc<Client>, RenderFailure> {
    if let Some(c) = CLIENT.with(|c| c.borrow().clone()) {
        return Ok(c);
    }
    let worker = Worker::new(WORKER_URL).map_err(|_| RenderFailure::WorkerUnavailable)?;
    let client = Rc::new(Client {
        worker,
        ready: Cell::new(false),
        queue: RefCell::new(Vec::new()),
        pending: RefCell::new(HashMap::new()),
        next: Cell::new(1),
    });
    let weak = Rc::downgrade(&client);
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        if let Some(client) = weak.upgrade() {
            client.receive(event.data());
        }
    });
    client
        .worker
        .set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // A worker that fails to load fails every request, and the next call
    // starts a fresh one (the user may be back online by then).
    let weak = Rc::downgrade(&client);
    let on_error = Closure::<dyn FnMut(JsValue)>::new(move |_| {
        if let Some(client) = weak.upgrade() {
            client.fail_all();
        }
        CLIENT.with(|c| *c.borrow_mut() = None);
    });
    client
        .worker
        .set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();
    CLIENT.with(|c| *c.borrow_mut() = Some(client.clone()));
    Ok(client)
}

impl Client {
    fn receive(&self, data: JsValue) {
        if Reflect::get(&data, &"ready".into())
            .ok()
            .and_then(|v| v.as_bool())
            == Some(true)
        {
            self.ready.set(true);
            for message in self.queue.borrow_mut().drain(..) {
                let _ = self.worker.post_message(&message);
            }
            return;
        }
        let id = Reflect::get(&data, &"id".into())
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or(0.0) as u32;
        if let Some((resolve, _)) = self.pending.borrow_mut().remove(&id) {
            let _ = resolve.call1(&JsValue::NULL, &data);
        }
    }

    fn fail_all(&self) {
        for (_, (_, reject)) in self.pending.borrow_mut().drain() {
            let _ = reject.call0(&JsValue::NULL);
        }
    }

    fn send(&self, message: JsValue) {
        if self.ready.get() {
            let _ = self.worker.post_message(&message);
        } else {
            self.queue.borrow_mut().push(message);
        }
    }
}

async fn call(
    op: &str,
    draft: &Draft,
    options: &Options,
    context: &CheckContext,
) -> Result<JsValue, RenderFailure> {
    let client = client()?;
    let id = client.next.get();
    client.next.set(id + 1);
    let message = Object::new();
    let json = |v: &dyn erased::Json| v.json().map_err(|_| RenderFailure::Failed);
    for (key, value) in [
        ("op", JsValue::from_str(op)),
        ("draft", json(draft)?.into()),
        ("options", json(options)?.into()),
        ("context", json(context)?.into()),
    ] {
        let _ = Reflect::set(&message, &key.into(), &value);
    }
    let _ = Reflect::set(&message, &"id".into(), &id.into());
    let pending = client.clone();
    let promise = Promise::new(&mut |resolve, reject| {
        pending.pending.borrow_mut().insert(id, (resolve, reject));
    });
    client.send(message.into());
    let reply = JsFuture::from(promise)
        .await
        .map_err(|_| RenderFailure::WorkerUnavailable)?;
    if Reflect::get(&reply, &"ok".into())
        .ok()
        .and_then(|v| v.as_bool())
        == Some(true)
    {
        return Ok(reply);
    }
    let code = Reflect::get(&reply, &"error".into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    Err(match code.as_str() {
        "fonts_unavailable" => RenderFailure::FontsUnavailable,
        _ => RenderFailure::Failed,
    })
}

/// Serialising the three inputs the same way, without generics in `call`.
mod erased {
    pub trait Json {
        fn json(&self) -> serde_json::Result<String>;
    }
    impl<T: serde::Serialize> Json for T {
        fn json(&self) -> serde_json::Result<String> {
            serde_json::to_string(self)
        }
    }
}

/// The assembled document, for the preview and final editing.
pub async fn assemble(
    draft: &Draft,
    options: &Options,
    context: &CheckContext,
) -> Result<Document, RenderFailure> {
    let reply = call("assemble", draft, options, context).await?;
    let json = Reflect::get(&reply, &"document".into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    serde_json::from_str(&json).map_err(|_| RenderFailure::Failed)
}

/// The file bytes, `format` being `pdf` or `docx`.
pub async fn file(
    format: &str,
    draft: &Draft,
    options: &Options,
    context: &CheckContext,
) -> Result<Vec<u8>, RenderFailure> {
    let reply = call(format, draft, options, context).await?;
    let bytes = Reflect::get(&reply, &"bytes".into()).map_err(|_| RenderFailure::Failed)?;
    Ok(bytes
        .dyn_into::<Uint8Array>()
        .map_err(|_| RenderFailure::Failed)?
        .to_vec())
}
