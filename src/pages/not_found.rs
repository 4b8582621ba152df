//! Shown for any address the app does not know.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::page_heading::PageHeading;
use crate::i18n::*;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading text=Signal::derive(move || t_string!(i18n, not_found_title).to_string()) />
        <p>{t!(i18n, not_found_body)}</p>
        <A href="/">{t!(i18n, not_found_home)}</A>
    }
}
