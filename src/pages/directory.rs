//! The directory of competent national authorities.

use leptos::prelude::*;

use crate::components::page_heading::PageHeading;
use crate::i18n::*;

#[component]
pub fn DirectoryPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading text=Signal::derive(move || t_string!(i18n, directory_title).to_string()) />
        <p class="empty">{t!(i18n, directory_empty)}</p>
    }
}
