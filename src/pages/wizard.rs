//! The request wizard.

use leptos::prelude::*;

use crate::components::page_heading::PageHeading;
use crate::i18n::*;

#[component]
pub fn WizardPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading text=Signal::derive(move || t_string!(i18n, wizard_title).to_string()) />
        <p>{t!(i18n, wizard_intro)}</p>
    }
}
