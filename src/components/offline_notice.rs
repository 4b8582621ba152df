//! A quiet notice while the browser is offline.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::i18n::*;

#[component]
pub fn OfflineNotice() -> impl IntoView {
    let i18n = use_i18n();
    let online = RwSignal::new(window().navigator().on_line());
    for (event, value) in [("online", true), ("offline", false)] {
        let cb = Closure::<dyn Fn()>::new(move || online.set(value));
        let _ = window().add_event_listener_with_callback(event, cb.as_ref().unchecked_ref());
        // Lives as long as the page.
        cb.forget();
    }
    view! {
        <Show when=move || !online.get()>
            <p class="notice notice--offline" role="status">{t!(i18n, offline_notice)}</p>
        </Show>
    }
}
