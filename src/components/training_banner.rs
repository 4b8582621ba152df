//! The banner on every screen while training mode is on (the mode itself
//! is a profile held in memory: `vault::session`; its settings and
//! exercises are `pages::training`).

use leptos::prelude::*;

use crate::i18n::*;
use crate::vault::session::{use_vault, Gate};

/// Training is on while the open profile is the in-memory one.
pub fn training_on() -> Signal<bool> {
    let vault = use_vault();
    Signal::derive(move || matches!(vault.gate.get(), Gate::Open(p) if p.training))
}

/// The banner on every screen while training mode is on.
#[component]
pub fn TrainingBanner() -> impl IntoView {
    let i18n = use_i18n();
    let on = training_on();
    view! {
        <Show when=move || on.get()>
            <div class="notice notice--training" role="status" data-testid="training-banner">
                <strong>{t!(i18n, training_banner)}</strong>
                " "
                <button type="button" class="button button--secondary button--small"
                    on:click=move |_| { let _ = window().location().reload(); }>
                    {t!(i18n, training_end)}
                </button>
            </div>
        </Show>
    }
}
