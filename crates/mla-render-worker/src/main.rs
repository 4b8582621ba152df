//! The render worker. The page posts `{id, op, draft, options, context}`
//! (JSON strings) with `op` one of `assemble`, `pdf`, `docx`; the worker
//! answers `{id, ok, document}` (JSON), `{id, ok, bytes}` (Uint8Array) or
//! `{id, ok: false, error}`, where `error` is a stable code the page
//! translates. It posts `{ready: true}` once it can take requests.
//!
//! Glue only: assembly is `mla_core::document`, layout is `mla_render`,
//! the same calls `mla render` makes, so the bytes are the same.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Object, Reflect, Uint8Array};
use mla_core::check::CheckContext;
use mla_core::document::{assemble, Options};
use mla_core::Draft;
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
    let ready = Object::new();
    let _ = Reflect::set(&ready, &"ready".into(), &true.into());
    let _ = scope().post_message(&ready);
}

fn field(data: &JsValue, name: &str) -> String {
    Reflect::get(data, &name.into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

async fn answer(data: JsValue) {
    let id = Reflect::get(&data, &"id".into()).unwrap_or(JsValue::NULL);
    let reply = Object::new();
    let _ = Reflect::set(&reply, &"id".into(), &id);
    match run(&data).await {
        Ok(Output::Document(json)) => {
            let _ = Reflect::set(&reply, &"ok".into(), &true.into());
            let _ = Reflect::set(&reply, &"document".into(), &json.into());
        }
        Ok(Output::Bytes(bytes)) => {
            let _ = Reflect::set(&reply, &"ok".into(), &true.into());
            let _ = Reflect::set(&reply, &"bytes".into(), &Uint8Array::from(bytes.as_slice()));
        }
        Err(code) => {
            let _ = Reflect::set(&reply, &"ok".into(), &false.into());
            let _ = Reflect::set(&reply, &"error".into(), &code.into());
        }
    }
    let _ = scope().post_message(&reply);
}

enum Output {
    Document(String),
    Bytes(Vec<u8>),
}

async fn run(data: &JsValue) -> Result<Output, &'static str> {
    let draft: Draft = serde_json::from_str(&field(data, "draft")).map_err(|_| "bad_request")?;
    let options: Options =
        serde_json::from_str(&field(data, "options")).map_err(|_| "bad_request")?;
    let context: CheckContext =
        serde_json::from_str(&field(data, "context")).map_err(|_| "bad_request")?;
    let document = assemble(&draft, &options, &context);
    match field(data, "op").as_str() {
        "assemble" => serde_json::to_string(&document)
            .map(Output::Document)
            .map_err(|_| "render_failed"),
        "pdf" => {
            let fonts = fonts().await?;
            mla_render::pdf(&document, &fonts)
                .map(Output::Bytes)
                .map_err(|_| "fonts_unreadable")
        }
        "docx" => mla_render::docx::docx(&document)
            .map(Output::Bytes)
            .map_err(|_| "render_failed"),
        _ => Err("bad_request"),
    }
}

/// The four fonts, fetched once (from the service worker's cache when
/// offline). Relative URLs resolve against this worker's own address.
async fn fonts() -> Result<Rc<Fonts>, &'static str> {
    if let Some(f) = FONTS.with(|f| f.borrow().clone()) {
        return Ok(f);
    }
    let mut files = Vec::with_capacity(FONT_FILES.len());
    for name in FONT_FILES {
        let response = JsFuture::from(scope().fetch_with_str(&format!("fonts/{name}")))
            .await
            .map_err(|_| "fonts_unavailable")?;
        let response: Response = response.dyn_into().map_err(|_| "fonts_unavailable")?;
        if !response.ok() {
            return Err("fonts_unavailable");
        }
        let buffer = JsFuture::from(response.array_buffer().map_err(|_| "fonts_unavailable")?)
            .await
            .map_err(|_| "fonts_unavailable")?;
        files.push(Uint8Array::new(&buffer).to_vec());
    }
    let fonts = Rc::new(Fonts::from_files(files).ok_or("fonts_unavailable")?);
    FONTS.with(|f| *f.borrow_mut() = Some(fonts.clone()));
    Ok(fonts)
}
