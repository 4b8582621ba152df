//! "A new version is available — Reload", when a new service worker waits.

use leptos::prelude::*;

use crate::i18n::*;
use crate::pwa;

#[component]
pub fn UpdateBanner() -> impl IntoView {
    let i18n = use_i18n();
    let waiting = pwa::register();
    view! {
        <Show when=move || waiting.get()>
            <div class="notice notice--update" role="status">
                <span>{t!(i18n, update_available)}</span>
                " "
                <button type="button" class="button button--secondary" on:click=move |_| pwa::activate_waiting()>
                    {t!(i18n, update_reload)}
                </button>
            </div>
        </Show>
    }
}
