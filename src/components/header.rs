//! The top bar: app name, main navigation and the language selector.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::language_select::LanguageSelect;
use crate::i18n::*;
use crate::vault::session::{self, use_vault, Gate, LockReason, VaultError};
use leptos::task::spawn_local;

#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    let vault = use_vault();
    view! {
        <header class="app-header">
            <div class="app-header__inner">
                <A href="/" attr:class="app-name">{t!(i18n, app_name)}</A>
                // The screens are a profile's: no way to them while locked.
                <Show when=move || matches!(vault.gate.get(), Gate::Open(_))>
                <nav aria-label=move || t_string!(i18n, nav_label)>
                    <ul class="nav">
                        <li><A href="/" exact=true>{t!(i18n, nav_drafts)}</A></li>
                        <li><A href="/new">{t!(i18n, nav_new_request)}</A></li>
                        <li><A href="/cases">{t!(i18n, nav_cases)}</A></li>
                        <li><A href="/directory">{t!(i18n, nav_directory)}</A></li>
                        <li><A href="/settings">{t!(i18n, nav_settings)}</A></li>
                    </ul>
                </nav>
                </Show>
                <LockButton />
                <LanguageSelect />
            </div>
        </header>
    }
}

/// "Lock" for a protected profile, "Switch profile" when others exist.
#[component]
fn LockButton() -> impl IntoView {
    let i18n = use_i18n();
    let vault = use_vault();
    let label = move || match vault.gate.get() {
        Gate::Open(p) if p.protected => Some(t_string!(i18n, lock_button).to_string()),
        Gate::Open(p) if !p.training && vault.profiles.with(|l| l.profiles.len() > 1) => {
            Some(t_string!(i18n, lock_switch).to_string())
        }
        _ => None,
    };
    let error = RwSignal::new(None::<VaultError>);
    view! {
        {move || label().map(|text| view! {
            <button type="button" class="button button--secondary button--small" data-testid="lock"
                on:click=move |_| spawn_local(async move {
                    let result = session::lock(vault, LockReason::Manual).await;
                    error.set(result.err());
                })>{text}</button>
        })}
        {move || error.get().map(|e| view! {
            <p class="notice notice--error" role="alert">{crate::texts::errors::vault(i18n, &e)}</p>
        })}
    }
}
