//! Cases: groups of related requests and their follow-up.

use leptos::prelude::*;

use crate::components::page_heading::PageHeading;
use crate::i18n::*;

#[component]
pub fn CasesPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading text=Signal::derive(move || t_string!(i18n, cases_title).to_string()) />
        <p class="empty">{t!(i18n, cases_empty)}</p>
    }
}
