//! Settings: the reference-data endpoint, its credentials, and "Sync
//! reference data". Errors never replace the data in use.

use leptos::prelude::*;
use leptos::task::spawn_local;
use mla_core::reference::cache::{self, SyncError, SyncOutcome};
use mla_core::reference::validate::{DataError, Problem};

use crate::components::reference_source::ReferenceSource;
use crate::i18n::*;
use crate::reference::endpoint::{self, AuthMode, Credentials, EndpointPrefs};
use crate::reference::sync::{self, SyncFailure};
use crate::reference::{self as reference_mod, use_reference};
use crate::storage::shared;

/// Problems shown at once; the rest are counted.
const SHOWN_PROBLEMS: usize = 10;

fn problem_text(i18n: crate::I18n, p: &Problem) -> String {
    let value = p.value();
    match p {
        Problem::NotJson { line, column } => {
            t_string!(i18n, data_problem_not_json, line = *line, column = *column).to_string()
        }
        Problem::OlderFormat { .. } => {
            t_string!(i18n, data_problem_older_format, value = value).to_string()
        }
        Problem::NewerFormat { .. } => {
            t_string!(i18n, data_problem_newer_format, value = value).to_string()
        }
        Problem::Shape { .. } => t_string!(i18n, data_problem_shape, value = value).to_string(),
        Problem::Empty => t_string!(i18n, data_problem_empty).to_string(),
        Problem::DuplicateId { .. } => {
            t_string!(i18n, data_problem_duplicate_id, value = value).to_string()
        }
        Problem::UnknownCountry { .. } => {
            t_string!(i18n, data_problem_unknown_country, value = value).to_string()
        }
        Problem::BadDate { .. } => {
            t_string!(i18n, data_problem_bad_date, value = value).to_string()
        }
        Problem::BadTime { .. } => {
            t_string!(i18n, data_problem_bad_time, value = value).to_string()
        }
        Problem::HoursOrder => t_string!(i18n, data_problem_hours_order).to_string(),
        Problem::BadTimeZone { .. } => {
            t_string!(i18n, data_problem_bad_time_zone, value = value).to_string()
        }
        Problem::BadLanguage { .. } => {
            t_string!(i18n, data_problem_bad_language, value = value).to_string()
        }
    }
}

/// "directory.json, record “fr-mla”, field authorities[3].phone: …"
pub fn data_error_text(i18n: crate::I18n, e: &DataError) -> String {
    let problem = problem_text(i18n, &e.problem);
    let file = e.file.file_name();
    match (&e.record, e.path.is_empty()) {
        (Some(record), _) => t_string!(
            i18n,
            data_error_record,
            file = file,
            record = record.clone(),
            path = e.path.clone(),
            problem = problem
        )
        .to_string(),
        (None, false) => t_string!(
            i18n,
            data_error_field,
            file = file,
            path = e.path.clone(),
            problem = problem
        )
        .to_string(),
        (None, true) => {
            t_string!(i18n, data_error_file, file = file, problem = problem).to_string()
        }
    }
}

/// The message for a failed sync, and the detailed problems if any.
fn failure_text(i18n: crate::I18n, f: &SyncFailure) -> (String, Vec<String>) {
    let one = |s: String| (s, Vec::new());
    match f {
        SyncFailure::NoUrl => one(t_string!(i18n, sync_no_url).to_string()),
        SyncFailure::BadUrl => one(t_string!(i18n, sync_bad_url).to_string()),
        SyncFailure::Offline => one(t_string!(i18n, sync_offline).to_string()),
        SyncFailure::Unreachable => one(t_string!(i18n, sync_unreachable).to_string()),
        SyncFailure::Storage(reason) => {
            one(t_string!(i18n, storage_error, reason = reason.clone()).to_string())
        }
        SyncFailure::Rejected(SyncError::Unauthorized) => {
            one(t_string!(i18n, sync_unauthorized).to_string())
        }
        SyncFailure::Rejected(SyncError::Forbidden) => {
            one(t_string!(i18n, sync_forbidden).to_string())
        }
        SyncFailure::Rejected(SyncError::NotFound { file }) => {
            one(t_string!(i18n, sync_not_found, file = file.file_name()).to_string())
        }
        SyncFailure::Rejected(SyncError::Http { file, status }) => {
            one(t_string!(i18n, sync_http, file = file.file_name(), status = *status).to_string())
        }
        SyncFailure::Rejected(SyncError::Invalid(errors)) => {
            let mut list: Vec<String> = errors
                .iter()
                .take(SHOWN_PROBLEMS)
                .map(|e| data_error_text(i18n, e))
                .collect();
            if errors.len() > SHOWN_PROBLEMS {
                list.push(
                    t_string!(
                        i18n,
                        sync_more_problems,
                        count = errors.len() - SHOWN_PROBLEMS
                    )
                    .to_string(),
                );
            }
            (
                t_string!(i18n, sync_invalid, count = errors.len()).to_string(),
                list,
            )
        }
    }
}

#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    Running,
    Updated,
    Unchanged,
    Failed(String, Vec<String>),
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
                Err(reason) => Status::Failed(
                    t_string!(i18n, storage_error, reason = reason).to_string(),
                    Vec::new(),
                ),
            });
        });
    };
    let on_sync = move |_| {
        status.set(Status::Running);
        spawn_local(async move {
            if let Err(reason) = save().await {
                status.set(Status::Failed(
                    t_string!(i18n, storage_error, reason = reason).to_string(),
                    Vec::new(),
                ));
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
                Err(f) => {
                    let (text, list) = failure_text(i18n, &f);
                    Status::Failed(text, list)
                }
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
                <div class="field">
                    <label class="field__label" for="endpoint-url">{t!(i18n, endpoint_url)}</label>
                    <p class="field__hint" id="endpoint-url-hint">{t!(i18n, endpoint_url_hint)}</p>
                    <input id="endpoint-url" type="url" class="field__control" aria-describedby="endpoint-url-hint"
                        autocomplete="url" prop:value=url on:input=move |ev| url.set(event_target_value(&ev)) />
                </div>
                <fieldset class="field">
                    <legend class="field__label">{t!(i18n, endpoint_auth)}</legend>
                    {auth_option(AuthMode::None, "none", Signal::derive(move || t_string!(i18n, endpoint_auth_none).to_string()))}
                    {auth_option(AuthMode::Basic, "basic", Signal::derive(move || t_string!(i18n, endpoint_auth_basic).to_string()))}
                    {auth_option(AuthMode::Bearer, "bearer", Signal::derive(move || t_string!(i18n, endpoint_auth_bearer).to_string()))}
                </fieldset>
                <Show when=move || auth.get() == AuthMode::Basic>
                    <div class="field">
                        <label class="field__label" for="endpoint-user">{t!(i18n, endpoint_user)}</label>
                        <input id="endpoint-user" type="text" class="field__control" autocomplete="username"
                            prop:value=user on:input=move |ev| user.set(event_target_value(&ev)) />
                    </div>
                </Show>
                <Show when=move || auth.get() != AuthMode::None>
                    <div class="field">
                        <label class="field__label" for="endpoint-secret">
                            {move || if auth.get() == AuthMode::Bearer { t_string!(i18n, endpoint_token) } else { t_string!(i18n, endpoint_password) }}
                        </label>
                        <input id="endpoint-secret" type="password" class="field__control" autocomplete="current-password"
                            prop:value=secret on:input=move |ev| secret.set(event_target_value(&ev)) />
                    </div>
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
                    Status::Failed(text, list) => view! {
                        <div class="notice notice--error" role="alert">
                            <p>{text}</p>
                            <ul>{list.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                            <p>{t!(i18n, sync_kept)}</p>
                        </div>
                    }.into_any(),
                }}
            </div>
        </section>
    }
}
