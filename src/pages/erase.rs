//! "Erase this computer": the confirmation in Settings, and the page that
//! does the erasing at the start of the next load.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::fields::FieldFrame;
use crate::components::page_heading::PageHeading;
use crate::components::technical_detail::TechnicalDetail;
use crate::i18n::*;
use crate::storage::erase::{self, EraseError};

/// The Settings section: what is erased, a backup first, a typed word.
#[component]
pub fn EraseSettings() -> impl IntoView {
    let i18n = use_i18n();
    let typed = RwSignal::new(String::new());
    let matches =
        move || typed.get().trim().to_lowercase() == t_string!(i18n, erase_word).to_lowercase();
    view! {
        <section aria-labelledby="erase-heading">
            <h2 id="erase-heading">{t!(i18n, erase_heading)}</h2>
            <p>{t!(i18n, erase_intro)}</p>
            <crate::pages::backup::BackupForm />
            <FieldFrame id="erase-confirm"
                label=Signal::derive(move || t_string!(i18n, erase_confirm_label, word = t_string!(i18n, erase_word)).to_string())>
                <input id="erase-confirm" type="text" class="field__control" autocomplete="off"
                    prop:value=typed on:input=move |ev| typed.set(event_target_value(&ev)) />
            </FieldFrame>
            <button type="button" class="button button--warning" disabled=move || !matches()
                on:click=move |_| if matches() { erase::request() }>
                {t!(i18n, erase_button)}
            </button>
        </section>
    }
}

/// Shown instead of the app on the load that erases.
#[component]
pub fn ErasingPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = RwSignal::new(None::<Result<(), EraseError>>);
    let blocked = RwSignal::new(false);
    spawn_local(async move {
        let result = erase::run(&move || blocked.set(true)).await;
        state.set(Some(result));
    });
    view! {
        <main id="main" tabindex="-1">
            {move || match state.get() {
                None => view! {
                    <PageHeading text=Signal::derive(move || t_string!(i18n, erase_running).to_string()) />
                    {move || blocked.get().then(|| view! { <p class="notice" role="alert">{t!(i18n, erase_blocked)}</p> })}
                }.into_any(),
                Some(Ok(())) => view! {
                    <PageHeading text=Signal::derive(move || t_string!(i18n, erase_done_title).to_string()) />
                    <p data-testid="erase-done">{t!(i18n, erase_done_body)}</p>
                    <p><a href="/">{t!(i18n, erase_start_again)}</a></p>
                }.into_any(),
                Some(Err(e)) => view! {
                    <PageHeading text=Signal::derive(move || t_string!(i18n, erase_failed_title).to_string()) />
                    <div class="notice notice--error" role="alert">
                        <p>{crate::texts::errors::erase(i18n, &e)}</p>
                        <TechnicalDetail detail=e.detail().to_string() />
                    </div>
                }.into_any(),
            }}
        </main>
    }
}
