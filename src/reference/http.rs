//! One GET with our own headers, answered with status, ETag and body.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Headers, RequestCache, RequestCredentials, RequestInit, Response};

/// What came back (any status; network failures are `Err`).
pub struct Answer {
    pub status: u16,
    pub etag: Option<String>,
    pub text: String,
}

/// GET `url`. `cache: no-store` keeps the browser's HTTP cache out of the
/// way, so an explicit If-None-Match yields the 304 itself; credentials are
/// only the header we build (`omit`), so the browser never caches or
/// prompts for them.
pub async fn get(url: &str, headers: &[(&str, String)]) -> Result<Answer, String> {
    let h = Headers::new().map_err(|e| format!("{e:?}"))?;
    for (name, value) in headers {
        h.set(name, value).map_err(|e| format!("{e:?}"))?;
    }
    let init = RequestInit::new();
    init.set_method("GET");
    init.set_headers(&h);
    init.set_cache(RequestCache::NoStore);
    init.set_credentials(RequestCredentials::Omit);
    let window = web_sys::window().ok_or("no window")?;
    let response: Response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|e| format!("{e:?}"))?
        .unchecked_into();
    let status = response.status();
    let etag = response.headers().get("ETag").ok().flatten();
    let text = if status == 200 {
        JsFuture::from(response.text().map_err(|e| format!("{e:?}"))?)
            .await
            .map_err(|e| format!("{e:?}"))?
            .as_string()
            .unwrap_or_default()
    } else {
        String::new()
    };
    Ok(Answer { status, etag, text })
}
