//! Settings: the reference-data endpoint, its credentials, and "Sync
//! reference data". Errors never replace the data in use.

use leptos::prelude::*;
use leptos::task::spawn_local;
use mla_core::reference::cache::{self, SyncOutcome};

use crate::components::fields::FieldFrame;
use crate::components::reference_source::ReferenceSource;
use crate::components::technical_detail::TechnicalDetail;
use crate::i18n::*;
use crate::label;
use crate::reference::endpoint::{self, AuthMode, Credentials, EndpointPrefs};
use crate::reference::sync::{self, SyncFailure};
use crate::reference::{self as reference_mod, use_reference};
use crate::storage::shared;

#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    Running,
    Updated,
    Unchanged,
    Failed(SyncFailure),
    Saved,
    Reverted,
}

#[component]
pub fn ReferenceSettings() -> impl IntoView {
    let i18n = use_i18n();
    let reference = use_reference();
    let initial = endpoint::prefs();
    let url = RwSignal::new(initial.base_url);
    let auth = RwSignal::new(initial.auth);
    let user = RwSignal::new(String::new());
    let secret = RwSignal::new(String::new());
    let remember = RwSignal::new(false);
    let status = RwSignal::new(Status::Idle);
    spawn_local(async move {
        let (c, remembered) = endpoint::credentials().await;
        user.set(c.user);
        secret.set(c.secret);
        remember.set(remembered);
    });

    let save = move || async move {
        endpoint::set_prefs(&EndpointPrefs {
            base_url: url.get_untracked().trim().to_string(),
            auth: auth.get_untracked(),
        });
        endpoint::set_credentials(
            Credentials {
                user: user.get_untracked(),
                secret: secret.get_untracked(),
            },
            remember.get_untracked(),
        )
        .await
    };
    let on_save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        spawn_local(async move {
            status.set(match save().await {
                Ok(()) => Status::Saved,
                Err(e) => Status::Failed(SyncFailure::Storage(e)),
            });
        });
    };
    let on_sync = move |_| {
        status.set(Status::Running);
        spawn_local(async move {
            if let Err(e) = save().await {
                status.set(Status::Failed(SyncFailure::Storage(e)));
                return;
            }
            status.set(match sync::run().await {
                Ok(SyncOutcome::Updated(c)) => {
                    reference_mod::use_synced(reference, &c);
                    Status::Updated
                }
                Ok(SyncOutcome::Unchanged(c)) => {
                    reference_mod::use_synced(reference, &c);
                    Status::Unchanged
                }
                Err(f) => Status::Failed(f),
            });
        });
    };
    let on_revert = move |_| {
        spawn_local(async move {
            if let Ok(store) = shared::device().await {
                let _ = cache::clear(store.as_ref()).await;
            }
            if let Some(data) = reference_mod::bundled().await {
                reference.data.set(Some(std::sync::Arc::new(data)));
            }
            status.set(Status::Reverted);
        });
    };
    let auth_option = move |mode: AuthMode, value: &'static str, text: Signal<String>| {
        view! {
            <div class="radio">
                <input type="radio" id=format!("auth-{value}") name="auth" value=value
                    prop:checked=move || auth.get() == mode on:change=move |_| auth.set(mode) />
                <label for=format!("auth-{value}")>{text}</label>
            </div>
        }
    };
    let synced = move || {
        reference.data.with(|d| {
            matches!(
                d.as_ref().map(|d| &d.origin),
                Some(crate::reference::Origin::Synced { .. })
            )
        })
    };
    view! {
        <section aria-labelledby="reference-heading">
            <h2 id="reference-heading">{t!(i18n, settings_reference)}</h2>
            <ReferenceSource />
            <form class="form" on:submit=on_save>
                <FieldFrame id="endpoint-url" label=label!(i18n, endpoint_url) hint=Some(label!(i18n, endpoint_url_hint))>
                    <input id="endpoint-url" type="url" class="field__control" aria-describedby="endpoint-url-hint"
                        autocomplete="url" prop:value=url on:input=move |ev| url.set(event_target_value(&ev)) />
                </FieldFrame>
                <fieldset class="field">
                    <legend class="field__label">{t!(i18n, endpoint_auth)}</legend>
                    {auth_option(AuthMode::None, "none", Signal::derive(move || t_string!(i18n, endpoint_auth_none).to_string()))}
                    {auth_option(AuthMode::Basic, "basic", Signal::derive(move || t_string!(i18n, endpoint_auth_basic).to_string()))}
                    {auth_option(AuthMode::Bearer, "bearer", Signal::derive(move || t_string!(i18n, endpoint_auth_bearer).to_string()))}
                </fieldset>
                <Show when=move || auth.get() == AuthMode::Basic>
                    <FieldFrame id="endpoint-user" label=label!(i18n, endpoint_user)>
                        <input id="endpoint-user" type="text" class="field__control" autocomplete="username"
                            prop:value=user on:input=move |ev| user.set(event_target_value(&ev)) />
                    </FieldFrame>
                </Show>
                <Show when=move || auth.get() != AuthMode::None>
                    <FieldFrame id="endpoint-secret"
                        label=Signal::derive(move || if auth.get() == AuthMode::Bearer { t_string!(i18n, endpoint_token) } else { t_string!(i18n, endpoint_password) }.to_string())>
                        <input id="endpoint-secret" type="password" class="field__control" autocomplete="current-password"
                            prop:value=secret on:input=move |ev| secret.set(event_target_value(&ev)) />
                    </FieldFrame>
                    <div class="checkbox">
                        <input type="checkbox" id="endpoint-remember" aria-describedby="endpoint-remember-hint"
                            prop:checked=remember on:change=move |ev| remember.set(event_target_checked(&ev)) />
                        <label for="endpoint-remember">{t!(i18n, endpoint_remember)}</label>
                        <p class="field__hint" id="endpoint-remember-hint">{t!(i18n, endpoint_remember_hint)}</p>
                    </div>
                </Show>
                <div class="actions">
                    <button type="submit" class="button button--secondary">{t!(i18n, endpoint_save)}</button>
                    " "
                    <button type="button" class="button" data-testid="sync" on:click=on_sync
                        disabled=move || status.get() == Status::Running>{t!(i18n, sync_button)}</button>
                    " "
                    <Show when=synced>
                        <button type="button" class="button button--secondary" on:click=on_revert>{t!(i18n, sync_revert)}</button>
                    </Show>
                </div>
            </form>
            <div data-testid="sync-status">
                {move || match status.get() {
                    Status::Idle => ().into_any(),
                    Status::Running => view! { <p role="status">{t!(i18n, sync_running)}</p> }.into_any(),
                    Status::Updated => view! { <p role="status" class="notice">{t!(i18n, sync_updated)}</p> }.into_any(),
                    Status::Unchanged => view! { <p role="status" class="notice">{t!(i18n, sync_unchanged)}</p> }.into_any(),
                    Status::Saved => view! { <p role="status" class="notice">{t!(i18n, endpoint_saved)}</p> }.into_any(),
                    Status::Reverted => view! { <p role="status" class="notice">{t!(i18n, sync_reverted)}</p> }.into_any(),
                    Status::Failed(f) => {
                        let (text, list) = crate::texts::errors::sync(i18n, &f);
                        view! {
                            <div class="notice notice--error" role="alert">
                                <p>{text}</p>
                                <ul>{list.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                                <p>{t!(i18n, sync_kept)}</p>
                                <TechnicalDetail detail=f.detail().map(str::to_string) />
                            </div>
                        }.into_any()
                    }
                }}
            </div>
        </section>
    }
}
