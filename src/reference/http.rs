//! One GET with our own headers, answered with status, ETag and body.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Headers, RequestCache, RequestCredentials, RequestInit, Response};

/// What came back (any status; network failures are `Err`).
pub struct Answer {
    pub status: u16,
    pub etag: Option<String>,
    pub text: String,
}

/// Why a request brought no usable answer. A `detail` is what the browser
/// said, for a "technical detail" line only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HttpError {
    /// The browser is offline.
    Offline,
    /// No answer although online: the server is down, the address is
    /// wrong, or the server does not allow this app's address (CORS).
    Unreachable { detail: String },
    /// A header could not be sent: the sign-in details hold characters an
    /// HTTP header cannot carry.
    BadHeader { detail: String },
    /// The server refused the credentials, or these may not read the file
    /// (401, 403).
    Unauthorized,
    /// No such file at this address (404).
    NotFound,
    /// Any other answer that is not a success.
    Server { status: u16 },
    /// The answer's body could not be read (the connection broke off).
    BadBody { detail: String },
}

impl HttpError {
    pub fn detail(&self) -> Option<&str> {
        match self {
            HttpError::Unreachable { detail }
            | HttpError::BadHeader { detail }
            | HttpError::BadBody { detail } => Some(detail),
            _ => None,
        }
    }
}

fn js_detail(e: &JsValue) -> String {
    format!("{e:?}")
}

/// A fetch that got no answer: offline, or the server could not be reached.
fn unreachable(window: &web_sys::Window, e: &JsValue) -> HttpError {
    if window.navigator().on_line() {
        HttpError::Unreachable {
            detail: js_detail(e),
        }
    } else {
        HttpError::Offline
    }
}

/// GET `url`. `cache: no-store` keeps the browser's HTTP cache out of the
/// way, so an explicit If-None-Match yields the 304 itself; credentials are
/// only the header we build (`omit`), so the browser never caches or
/// prompts for them. Every status is an answer: the error is only
/// `Offline`, `Unreachable`, `BadHeader` or `BadBody`.
pub async fn get(url: &str, headers: &[(&str, String)]) -> Result<Answer, HttpError> {
    let bad_header = |e: JsValue| HttpError::BadHeader {
        detail: js_detail(&e),
    };
    let h = Headers::new().map_err(bad_header)?;
    for (name, value) in headers {
        h.set(name, value).map_err(bad_header)?;
    }
    let init = RequestInit::new();
    init.set_method("GET");
    init.set_headers(&h);
    init.set_cache(RequestCache::NoStore);
    init.set_credentials(RequestCredentials::Omit);
    let window = web_sys::window().ok_or_else(|| HttpError::Unreachable {
        detail: "no window".into(),
    })?;
    let response: Response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|e| unreachable(&window, &e))?
        .unchecked_into();
    let status = response.status();
    let etag = response.headers().get("ETag").ok().flatten();
    let bad_body = |e: JsValue| HttpError::BadBody {
        detail: js_detail(&e),
    };
    let text = if status == 200 {
        JsFuture::from(response.text().map_err(bad_body)?)
            .await
            .map_err(bad_body)?
            .as_string()
            .unwrap_or_default()
    } else {
        String::new()
    };
    Ok(Answer { status, etag, text })
}

/// GET one of the app's own files: its text, or why there is none.
pub async fn get_text(url: &str) -> Result<String, HttpError> {
    let answer = get(url, &[]).await?;
    match answer.status {
        200 => Ok(answer.text),
        401 | 403 => Err(HttpError::Unauthorized),
        404 => Err(HttpError::NotFound),
        status => Err(HttpError::Server { status }),
    }
}
