//! Settings for the open profile: its passphrase (set or change), the
//! auto-lock time, another profile, and deleting this one.

use leptos::prelude::*;
use leptos::task::spawn_local;
use mla_core::vault::DEFAULT_PROFILE_ID;

use crate::components::fields::FieldFrame;
use crate::components::form::{error_of, ErrorSummary, InputField};
use crate::i18n::*;
use crate::label;
use crate::pages::profiles::{
    check_profile_form, NewPassphrase, NewPassphraseFields, NewProfileForm,
};
use crate::texts::errors::vault as vault_error;
use crate::texts::names::profile_name;
use crate::vault::session::{self, use_vault, Gate, OpenProfile, VaultError};

#[component]
pub fn ProfileSettings() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_vault();
    let open = move || match ctx.gate.get() {
        Gate::Open(p) if !p.training => Some(p),
        _ => None,
    };
    // Outside the profile's view: setting a passphrase re-renders it.
    let protected_now = RwSignal::new(false);
    view! {
        {move || protected_now.get().then(|| view! {
            <p class="notice" role="status">{t!(i18n, settings_passphrase_set)}</p>
        })}
        {move || open().map(|p| {
            let name = profile_name(i18n, &p.name);
            let protected = p.protected;
            view! {
                <section aria-labelledby="profile-heading">
                    <h2 id="profile-heading">{t!(i18n, settings_profile_heading)}</h2>
                    <p data-testid="profile-current">{t_string!(i18n, settings_profile_current, name = name).to_string()}</p>
                    {if protected {
                        view! {
                            <p>{t!(i18n, settings_profile_protected)}</p>
                            <LockTime />
                            <ChangePassphrase />
                        }.into_any()
                    } else {
                        view! {
                            <p class="notice notice--warning">{t!(i18n, settings_profile_unprotected)}</p>
                            <SetPassphrase profile=p.clone() done=protected_now />
                        }.into_any()
                    }}
                    <DeleteProfile profile=p />
                </section>
                <NewProfileForm />
            }
        })}
    }
}

#[component]
fn LockTime() -> impl IntoView {
    let i18n = use_i18n();
    let minutes = RwSignal::new(crate::prefs::lock_minutes());
    view! {
        <FieldFrame id="lock-minutes" label=label!(i18n, settings_lock_after)>
            <select id="lock-minutes" class="field__control field__control--select"
                on:change=move |ev| {
                    if let Ok(m) = event_target_value(&ev).parse::<u32>() {
                        crate::prefs::set_lock_minutes(m);
                        minutes.set(m);
                    }
                }>
                {crate::prefs::LOCK_CHOICES.into_iter().map(|m| view! {
                    <option value=m.to_string() selected=move || minutes.get() == m>
                        {move || t_string!(i18n, settings_lock_minutes, minutes = m).to_string()}
                    </option>
                }).collect_view()}
            </select>
        </FieldFrame>
    }
}

#[component]
fn SetPassphrase(profile: OpenProfile, done: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_vault();
    let name = RwSignal::new(profile.name.clone());
    let np = NewPassphrase::new("set");
    let errors = RwSignal::new(Vec::<(String, String)>::new());
    let busy = RwSignal::new(false);
    let id = profile.id.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (clean, found) = ctx.profiles.with_untracked(|l| {
            check_profile_form(i18n, l, ("set-name", &name.get_untracked()), Some(&id), np)
        });
        errors.set(found);
        let Some(clean) = clean else { return };
        busy.set(true);
        let passphrase = np.pass.get_untracked();
        spawn_local(async move {
            let result = session::set_passphrase(ctx, &clean, &passphrase).await;
            busy.set(false);
            match result {
                Ok(()) => done.set(true),
                Err(e) => errors.set(vec![("set-passphrase".into(), vault_error(i18n, &e))]),
            }
        });
    };
    view! {
        <h3>{t!(i18n, settings_set_passphrase_heading)}</h3>
        <ErrorSummary errors=errors />
        <form on:submit=submit novalidate>
            <InputField id="set-name" autocomplete="username"
                label=Signal::derive(move || t_string!(i18n, profiles_name).to_string())
                hint=Signal::derive(move || t_string!(i18n, profiles_name_hint).to_string())
                error=error_of(errors, "set-name") value=name />
            <NewPassphraseFields np=np errors=errors warn=true />
            <button type="submit" class="button" disabled=busy>{t!(i18n, settings_set_passphrase)}</button>
        </form>
    }
}

#[component]
fn ChangePassphrase() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_vault();
    let old = RwSignal::new(String::new());
    let np = NewPassphrase::new("change");
    let errors = RwSignal::new(Vec::<(String, String)>::new());
    let busy = RwSignal::new(false);
    let done = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        done.set(false);
        let mut found = Vec::new();
        if old.get_untracked().is_empty() {
            found.push((
                "change-old".to_string(),
                t_string!(i18n, profiles_enter_passphrase).to_string(),
            ));
        }
        found.extend(np.problem(i18n));
        let ok = found.is_empty();
        errors.set(found);
        if !ok {
            return;
        }
        busy.set(true);
        let (o, n) = (old.get_untracked(), np.pass.get_untracked());
        spawn_local(async move {
            let result = session::change_passphrase(ctx, &o, &n).await;
            busy.set(false);
            match result {
                Ok(()) => {
                    old.set(String::new());
                    np.clear();
                    done.set(true);
                }
                Err(e) => errors.set(vec![("change-old".into(), vault_error(i18n, &e))]),
            }
        });
    };
    view! {
        <h3>{t!(i18n, settings_change_passphrase_heading)}</h3>
        {move || done.get().then(|| view! { <p class="notice" role="status">{t!(i18n, settings_passphrase_changed)}</p> })}
        <ErrorSummary errors=errors />
        <form on:submit=submit novalidate>
            <InputField id="change-old" kind="password" autocomplete="current-password"
                label=Signal::derive(move || t_string!(i18n, settings_current_passphrase).to_string())
                error=error_of(errors, "change-old") value=old />
            <NewPassphraseFields np=np errors=errors warn=true />
            <button type="submit" class="button" disabled=busy>{t!(i18n, settings_change_passphrase)}</button>
        </form>
    }
}

#[component]
fn DeleteProfile(profile: OpenProfile) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_vault();
    let asking = RwSignal::new(false);
    let error = RwSignal::new(None::<VaultError>);
    let name = StoredValue::new(profile.name.clone());
    (profile.id != DEFAULT_PROFILE_ID).then(move || view! {
        <h3>{t!(i18n, settings_delete_profile_heading)}</h3>
        <p>{t!(i18n, settings_delete_profile_intro)}</p>
        {move || error.get().map(|e| view! { <p class="notice notice--error" role="alert">{vault_error(i18n, &e)}</p> })}
        <Show when=move || asking.get() fallback=move || view! {
            <button type="button" class="button button--warning" on:click=move |_| asking.set(true)>
                {t!(i18n, settings_delete_profile)}
            </button>
        }>
            <div class="notice notice--error" role="alert">
                <p>{move || t_string!(i18n, settings_delete_profile_confirm, name = profile_name(i18n, &name.get_value())).to_string()}</p>
                <button type="button" class="button button--warning" on:click=move |_| {
                    spawn_local(async move {
                        if let Err(e) = session::delete_current(ctx).await {
                            error.set(Some(e));
                        }
                    })
                }>{t!(i18n, settings_delete_profile)}</button>
                " "
                <button type="button" class="button button--secondary" on:click=move |_| asking.set(false)>{t!(i18n, cancel)}</button>
            </div>
        </Show>
    })
}
