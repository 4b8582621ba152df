//! Home: the user's drafts.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::page_heading::PageHeading;
use crate::i18n::*;

#[component]
pub fn DraftsPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading text=Signal::derive(move || t_string!(i18n, drafts_title).to_string()) />
        <p class="empty">{t!(i18n, drafts_empty)}</p>
        <A href="/new" attr:class="button">{t!(i18n, drafts_start)}</A>
    }
}
