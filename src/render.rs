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
use mla_core::render_protocol::{Failure, Operation, Reply, Request, BYTES, HEADER};
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

/// A reply and, for a file, its bytes.
type Answer = (Reply, JsValue);

/// A call waiting for its reply: the promise's resolve and reject, and the
/// slot the reply is put in before the promise resolves.
struct Pending {
    resolve: Function,
    reject: Function,
    answer: Rc<RefCell<Option<Answer>>>,
}

struct Client {
    worker: Worker,
    ready: Cell<bool>,
    queue: RefCell<Vec<JsValue>>,
    pending: RefCell<HashMap<u32, Pending>>,
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
        let header = Reflect::get(&data, &HEADER.into())
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default();
        // A header this build cannot read is a defect (a worker of another
        // version): its caller gets a failure rather than waiting forever.
        let reply = Reply::from_header(&header).unwrap_or_else(|_| {
            let id = serde_json::from_str::<serde_json::Value>(&header)
                .ok()
                .and_then(|v| v.get("id")?.as_u64())
                .and_then(|id| u32::try_from(id).ok())
                .unwrap_or(0);
            Reply::Failed {
                id,
                failure: Failure::RenderFailed,
            }
        });
        let Some(id) = reply.id() else {
            self.ready.set(true);
            for message in self.queue.borrow_mut().drain(..) {
                let _ = self.worker.post_message(&message);
            }
            return;
        };
        if let Some(pending) = self.pending.borrow_mut().remove(&id) {
            let bytes = Reflect::get(&data, &BYTES.into()).unwrap_or(JsValue::UNDEFINED);
            *pending.answer.borrow_mut() = Some((reply, bytes));
            let _ = pending.resolve.call0(&JsValue::NULL);
        }
    }

    fn fail_all(&self) {
        for (_, pending) in self.pending.borrow_mut().drain() {
            let _ = pending.reject.call0(&JsValue::NULL);
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
    op: Operation,
    draft: &Draft,
    options: &Options,
    context: &CheckContext,
) -> Result<Answer, RenderFailure> {
    let client = client()?;
    let id = client.next.get();
    client.next.set(id + 1);
    let request = Request {
        id,
        op,
        draft: draft.clone(),
        options: options.clone(),
        context: context.clone(),
    };
    let message = Object::new();
    let _ = Reflect::set(&message, &HEADER.into(), &request.to_header().into());
    let answer = Rc::new(RefCell::new(None));
    let pending = client.clone();
    let slot = answer.clone();
    let promise = Promise::new(&mut |resolve, reject| {
        pending.pending.borrow_mut().insert(
            id,
            Pending {
                resolve,
                reject,
                answer: slot.clone(),
            },
        );
    });
    client.send(message.into());
    JsFuture::from(promise)
        .await
        .map_err(|_| RenderFailure::WorkerUnavailable)?;
    let answer = answer.borrow_mut().take().ok_or(RenderFailure::Failed)?;
    match answer {
        (Reply::Failed { failure, .. }, _) => Err(match failure {
            Failure::FontsUnavailable => RenderFailure::FontsUnavailable,
            Failure::BadRequest | Failure::FontsUnreadable | Failure::RenderFailed => {
                RenderFailure::Failed
            }
        }),
        answer => Ok(answer),
    }
}

/// The assembled document, for the preview and final editing.
pub async fn assemble(
    draft: &Draft,
    options: &Options,
    context: &CheckContext,
) -> Result<Document, RenderFailure> {
    match call(Operation::Assemble, draft, options, context).await? {
        (Reply::Document { document, .. }, _) => Ok(*document),
        _ => Err(RenderFailure::Failed),
    }
}

/// The bytes of the request as a PDF or DOCX file.
pub async fn file(
    format: FileFormat,
    draft: &Draft,
    options: &Options,
    context: &CheckContext,
) -> Result<Vec<u8>, RenderFailure> {
    let op = match format {
        FileFormat::Pdf => Operation::Pdf,
        FileFormat::Docx => Operation::Docx,
    };
    match call(op, draft, options, context).await? {
        (Reply::File { .. }, bytes) => Ok(bytes
            .dyn_into::<Uint8Array>()
            .map_err(|_| RenderFailure::Failed)?
            .to_vec()),
        _ => Err(RenderFailure::Failed),
    }
}

/// The two file formats the document step downloads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileFormat {
    Pdf,
    Docx,
}

impl FileFormat {
    pub fn extension(self) -> &'static str {
        match self {
            FileFormat::Pdf => "pdf",
            FileFormat::Docx => "docx",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            FileFormat::Pdf => "application/pdf",
            FileFormat::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
        }
    }
}
