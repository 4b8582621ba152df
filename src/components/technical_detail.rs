//! What the browser said about an error, apart from the translated
//! sentence and clearly secondary: folded under "Technical detail", in the
//! browser's own words (often English), isolated for bidirectional text.
//! The sentence itself comes from `crate::texts::errors` and never contains
//! it.

use leptos::prelude::*;

use crate::i18n::*;

#[component]
pub fn TechnicalDetail(#[prop(into)] detail: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    detail.filter(|d| !d.trim().is_empty()).map(|d| {
        view! {
            <details class="technical-detail" data-testid="technical-detail">
                <summary>{t!(i18n, technical_detail)}</summary>
                <p class="technical-detail__text" dir="auto"><bdi>{d}</bdi></p>
            </details>
        }
    })
}
