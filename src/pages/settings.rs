//! Settings: storage on this device and the reference-data endpoint.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::page_heading::PageHeading;
use crate::i18n::*;
use crate::intl_format::format_bytes;
use crate::pages::settings_reference::ReferenceSettings;
use crate::storage::persistence;

#[component]
pub fn SettingsPage() -> impl IntoView {
    let i18n = use_i18n();
    let usage = LocalResource::new(persistence::usage);
    let persisted = RwSignal::new(None::<bool>);
    spawn_local(async move { persisted.set(Some(persistence::is_persisted().await)) });
    let ask = move |_| {
        spawn_local(async move { persisted.set(Some(persistence::request_persistence().await)) })
    };

    let usage_text = move || {
        let locale = i18n.get_locale().as_str();
        match usage.get().flatten() {
            Some(u) => t_string!(
                i18n,
                settings_storage_usage,
                used = format_bytes(u.used, locale),
                quota = format_bytes(u.quota, locale)
            )
            .to_string(),
            None => t_string!(i18n, settings_storage_unknown).to_string(),
        }
    };
    view! {
        <PageHeading text=Signal::derive(move || t_string!(i18n, settings_title).to_string()) />
        <section aria-labelledby="storage-heading">
            <h2 id="storage-heading">{t!(i18n, settings_storage)}</h2>
            <p data-testid="storage-usage">{usage_text}</p>
            {move || match persisted.get() {
                Some(true) => view! { <p>{t!(i18n, settings_persisted)}</p> }.into_any(),
                Some(false) => view! {
                    <p>{t!(i18n, settings_not_persisted)}</p>
                    <button type="button" class="button button--secondary" on:click=ask>
                        {t!(i18n, settings_persist_button)}
                    </button>
                }.into_any(),
                None => ().into_any(),
            }}
        </section>
        <crate::pages::settings_profile::ProfileSettings />
        <crate::pages::settings_authority::AuthoritySettings />
        <ReferenceSettings />
        <crate::pages::training::TrainingSettings />
        <crate::pages::erase::EraseSettings />
    }
}
