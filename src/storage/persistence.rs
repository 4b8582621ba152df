//! `navigator.storage`: how much is used, and whether the browser promised
//! to keep the data (persist) rather than evict it under pressure.

use js_sys::Reflect;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// Bytes used and available to this origin.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Usage {
    pub used: f64,
    pub quota: f64,
}

/// The browser's estimate of storage use, if it gives one.
pub async fn usage() -> Option<Usage> {
    let manager = web_sys::window()?.navigator().storage();
    let estimate = JsFuture::from(manager.estimate().ok()?).await.ok()?;
    let num = |k: &str| {
        Reflect::get(&estimate, &JsValue::from_str(k))
            .ok()?
            .as_f64()
    };
    Some(Usage {
        used: num("usage")?,
        quota: num("quota")?,
    })
}

/// Whether storage is already persistent.
pub async fn is_persisted() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    match window.navigator().storage().persisted() {
        Ok(p) => JsFuture::from(p)
            .await
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false),
        Err(_) => false,
    }
}

/// Asks the browser to make storage persistent; returns whether it did.
pub async fn request_persistence() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    match window.navigator().storage().persist() {
        Ok(p) => JsFuture::from(p)
            .await
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false),
        Err(_) => false,
    }
}
