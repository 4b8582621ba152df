//! The render worker. The page posts a [`Request`] and the worker answers
//! with a [`Reply`], both defined once in `mla_core::render_protocol`; a
//! file's bytes travel beside the reply's header as a `Uint8Array`. It
//! posts [`Reply::Ready`] once it can take requests.
//!
//! Glue only: assembly is `mla_core::document`, layout is `mla_render`,
//! the same calls `mla render` makes, so the bytes are the same.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Object, Reflect, Uint8Array};
use mla_core::document::assemble;
use mla_core::render_protocol::{Failure, Operation, Reply, Request, BYTES, HEADER};
use mla_render::{Fonts, FONT_FILES};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent, Response};

thread_local! {
    /// Fonts fetched on the first PDF, kept for the worker's lifetime.
    static FONTS: RefCell<Option<Rc<Fonts>>> = const { RefCell::new(None) };
}

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

fn main() {
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
        wasm_bindgen_futures::spawn_local(answer(event.data()));
    });
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    post(&Reply::Ready, None);
}

/// Posts `reply`, with `bytes` beside it for a file.
fn post(reply: &Reply, bytes: Option<&[u8]>) {
    let message = Object::new();
    let _ = Reflect::set(&message, &HEADER.into(), &reply.to_header().into());
    if let Some(bytes) = bytes {
        let _ = Reflect::set(&message, &BYTES.into(), &Uint8Array::from(bytes));
    }
    let _ = scope().post_message(&message);
}

async fn answer(data: JsValue) {
    let header = Reflect::get(&data, &HEADER.into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    let request = match Request::from_header(&header) {
        Ok(request) => request,
        Err(_) => {
            // Answer the caller if its id can be read, so it does not wait
            // forever; a message without one has no caller to answer.
            let id = serde_json::from_str::<serde_json::Value>(&header)
                .ok()
                .and_then(|v| v.get("id")?.as_u64())
                .and_then(|id| u32::try_from(id).ok());
            if let Some(id) = id {
                post(
                    &Reply::Failed {
                        id,
                        failure: Failure::BadRequest,
                    },
                    None,
                );
            }
            return;
        }
    };
    let id = request.id;
    match run(request).await {
        Ok(Output::Document(document)) => post(&Reply::Document { id, document }, None),
        Ok(Output::Bytes(bytes)) => post(&Reply::File { id }, Some(&bytes)),
        Err(failure) => post(&Reply::Failed { id, failure }, None),
    }
}

enum Output {
    Document(Box<mla_core::document::Document>),
    Bytes(Vec<u8>),
}

async fn run(request: Request) -> Result<Output, Failure> {
    let document = assemble(&request.draft, &request.options, &request.context);
    match request.op {
        Operation::Assemble => Ok(Output::Document(Box::new(document))),
        Operation::Pdf => {
            let fonts = fonts().await?;
            mla_render::pdf(&document, &fonts)
                .map(Output::Bytes)
                .map_err(|_| Failure::FontsUnreadable)
        }
        Operation::Docx => mla_render::docx::docx(&document)
            .map(Output::Bytes)
            .map_err(|_| Failure::RenderFailed),
    }
}

/// The four fonts, fetched once (from the service worker's cache when
/// offline). Relative URLs resolve against this worker's own address.
async fn fonts() -> Result<Rc<Fonts>, Failure> {
    if let Some(f) = FONTS.with(|f| f.borrow().clone()) {
        return Ok(f);
    }
    let mut files = Vec::with_capacity(FONT_FILES.len());
    for name in FONT_FILES {
        let response = JsFuture::from(scope().fetch_with_str(&format!("fonts/{name}")))
            .await
            .map_err(|_| Failure::FontsUnavailable)?;
        let response: Response = response.dyn_into().map_err(|_| Failure::FontsUnavailable)?;
        if !response.ok() {
            return Err(Failure::FontsUnavailable);
        }
        let buffer = JsFuture::from(
            response
                .array_buffer()
                .map_err(|_| Failure::FontsUnavailable)?,
        )
        .await
        .map_err(|_| Failure::FontsUnavailable)?;
        files.push(Uint8Array::new(&buffer).to_vec());
    }
    let fonts = Rc::new(Fonts::from_files(files).ok_or(Failure::FontsUnavailable)?);
    FONTS.with(|f| *f.borrow_mut() = Some(fonts.clone()));
    Ok(fonts)
}
