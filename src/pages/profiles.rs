//! The first screen when a passphrase must be typed or several people use
//! this browser: choose a profile, unlock it, add one, or start training.

use leptos::prelude::*;
use leptos::task::spawn_local;
use mla_core::vault::{validate_name, validate_new_passphrase, PassphraseProblem, Profile};

use crate::components::form::{error_of, ErrorSummary, InputField};
use crate::components::page_heading::PageHeading;
use crate::components::technical_detail::TechnicalDetail;
use crate::i18n::*;
use crate::texts::errors::{name_problem, passphrase_problem, vault as vault_error};
use crate::texts::names::{lock_reason, profile_name};
use crate::vault::session::{self, use_vault, Gate, VaultError};

/// A new passphrase typed twice: fields `{prefix}-passphrase` and
/// `{prefix}-confirm`.
#[derive(Clone, Copy)]
pub struct NewPassphrase {
    prefix: &'static str,
    pub pass: RwSignal<String>,
    pub confirm: RwSignal<String>,
}

impl NewPassphrase {
    pub fn new(prefix: &'static str) -> NewPassphrase {
        NewPassphrase {
            prefix,
            pass: RwSignal::new(String::new()),
            confirm: RwSignal::new(String::new()),
        }
    }

    pub fn pass_id(self) -> String {
        format!("{}-passphrase", self.prefix)
    }

    fn confirm_id(self) -> String {
        format!("{}-confirm", self.prefix)
    }

    /// What is wrong with it, as (field id, message), if anything.
    pub fn problem(self, i18n: crate::I18n) -> Option<(String, String)> {
        validate_new_passphrase(&self.pass.get_untracked(), &self.confirm.get_untracked())
            .err()
            .map(|p| {
                let id = match p {
                    PassphraseProblem::TooShort => self.pass_id(),
                    PassphraseProblem::Mismatch => self.confirm_id(),
                };
                (id, passphrase_problem(i18n, p))
            })
    }

    pub fn clear(self) {
        self.pass.set(String::new());
        self.confirm.set(String::new());
    }
}

/// Checks a profile name and a new passphrase together: the name to store
/// if both are fine, and every problem as (field id, message).
pub fn check_profile_form(
    i18n: crate::I18n,
    list: &mla_core::vault::ProfileList,
    name: (&str, &str),
    except_id: Option<&str>,
    np: NewPassphrase,
) -> (Option<String>, Vec<(String, String)>) {
    let (name_id, name) = name;
    let mut problems = Vec::new();
    let checked = validate_name(name, list, except_id);
    if let Err(p) = checked {
        problems.push((name_id.to_string(), name_problem(i18n, p)));
    }
    problems.extend(np.problem(i18n));
    (checked.ok().filter(|_| problems.is_empty()), problems)
}

/// The two fields of a [`NewPassphrase`]; `label` and `hint` replace the
/// profile wording (a backup's passphrase), `warn` adds the warning that a
/// forgotten passphrase is lost.
#[component]
pub fn NewPassphraseFields(
    np: NewPassphrase,
    errors: RwSignal<Vec<(String, String)>>,
    #[prop(optional, into)] label: Option<Signal<String>>,
    #[prop(optional, into)] hint: Option<Signal<String>>,
    #[prop(optional)] warn: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let (pass_id, confirm_id) = (np.pass_id(), np.confirm_id());
    view! {
        <InputField id=pass_id.clone() kind="password" autocomplete="new-password"
            label=label.unwrap_or_else(|| Signal::derive(move || t_string!(i18n, profiles_new_passphrase).to_string()))
            hint=hint.unwrap_or_else(|| Signal::derive(move || t_string!(i18n, profiles_new_passphrase_hint).to_string()))
            error=error_of(errors, pass_id) value=np.pass />
        <InputField id=confirm_id.clone() kind="password" autocomplete="new-password"
            label=Signal::derive(move || t_string!(i18n, profiles_confirm_passphrase).to_string())
            error=error_of(errors, confirm_id) value=np.confirm />
        {warn.then(|| view! { <ForgetWarning /> })}
    }
}

/// The warning every passphrase form shows, in words a user cannot miss.
#[component]
pub fn ForgetWarning() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="warning-text">
            <span class="warning-text__icon" aria-hidden="true">"!"</span>
            <strong class="warning-text__text">{t!(i18n, profiles_forget_warning)}</strong>
        </div>
    }
}

#[component]
pub fn ChooserPage() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_vault();
    let chosen = RwSignal::new(
        crate::prefs::last_profile()
            .filter(|id| ctx.profiles.with_untracked(|l| l.get(id).is_some()))
            .unwrap_or_else(|| ctx.profiles.with_untracked(|l| l.profiles[0].id.clone())),
    );
    let passphrase = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<(String, String)>::new());
    let busy = RwSignal::new(false);
    let selected = move || ctx.profiles.with(|l| l.get(&chosen.get()).cloned());
    let protected = move || selected().is_some_and(|p| p.is_protected());

    let navigate = leptos_router::hooks::use_navigate();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let navigate = navigate.clone();
        let Some(profile) = selected() else { return };
        let pass = passphrase.get_untracked();
        if profile.is_protected() && pass.is_empty() {
            errors.set(vec![(
                "unlock-passphrase".into(),
                t_string!(i18n, profiles_enter_passphrase).to_string(),
            )]);
            return;
        }
        busy.set(true);
        spawn_local(async move {
            let result = if profile.is_protected() {
                session::unlock(ctx, &profile.id, &pass).await
            } else {
                session::open_plain(ctx, &profile).await
            };
            busy.set(false);
            match result {
                Ok(()) => {
                    passphrase.set(String::new());
                    if ctx.last_open.get_untracked().as_deref() != Some(profile.id.as_str()) {
                        navigate("/", Default::default());
                    }
                }
                Err(e) => errors.set(vec![("unlock-passphrase".into(), vault_error(i18n, &e))]),
            }
        });
    };

    let reason = move || match ctx.gate.get() {
        Gate::Choosing(Some(r)) => Some(lock_reason(i18n, r)),
        _ => None,
    };
    let option = move |p: Profile| {
        let id = p.id.clone();
        let input_id = format!("profile-{}", p.id);
        let label = format!(
            "{}{}",
            profile_name(i18n, &p.name),
            if p.is_protected() {
                String::new()
            } else {
                format!(" {}", t_string!(i18n, profiles_no_passphrase))
            }
        );
        let value = id.clone();
        view! {
            <div class="radio">
                <input type="radio" name="profile" class="radio__input" id=input_id.clone() value=value
                    prop:checked=move || chosen.get() == id
                    on:change={ let id = p.id.clone(); move |_| { chosen.set(id.clone()); errors.set(Vec::new()); } } />
                <label class="radio__label" for=input_id>{label}</label>
            </div>
        }
    };
    view! {
        <PageHeading text=Signal::derive(move || t_string!(i18n, profiles_title).to_string()) />
        {move || reason().map(|r| view! { <div class="notice" role="status" data-testid="lock-reason">{r}</div> })}
        <ErrorSummary errors=errors />
        <p>{t!(i18n, profiles_intro)}</p>
        <form on:submit=submit novalidate>
            <fieldset class="group">
                <legend>{t!(i18n, profiles_legend)}</legend>
                {move || ctx.profiles.get().profiles.into_iter().map(option).collect_view()}
            </fieldset>
            <Show when=protected>
                // For password managers: the account this passphrase belongs to.
                <input type="text" class="visually-hidden" autocomplete="username" readonly tabindex="-1"
                    aria-hidden="true" prop:value=move || selected().map(|p| p.name).unwrap_or_default() />
                <InputField id="unlock-passphrase" kind="password" autocomplete="current-password"
                    label=Signal::derive(move || t_string!(i18n, profiles_passphrase).to_string())
                    error=error_of(errors, "unlock-passphrase") value=passphrase />
            </Show>
            <button type="submit" class="button" disabled=busy>
                {move || if busy.get() { t_string!(i18n, profiles_unlocking) }
                    else if protected() { t_string!(i18n, profiles_unlock) }
                    else { t_string!(i18n, profiles_open) }}
            </button>
        </form>
        <NewProfileForm />
        <section aria-labelledby="chooser-training">
            <h2 id="chooser-training">{t!(i18n, training_heading)}</h2>
            <p>{t!(i18n, training_intro)}</p>
            <button type="button" class="button button--secondary" on:click=move |_| {
                spawn_local(async move { let _ = session::start_training(ctx).await; })
            }>{t!(i18n, training_start)}</button>
        </section>
    }
}

/// Creating a protected profile; it opens once created.
#[component]
pub fn NewProfileForm() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_vault();
    let name = RwSignal::new(String::new());
    let np = NewPassphrase::new("new-profile");
    let errors = RwSignal::new(Vec::<(String, String)>::new());
    let busy = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (clean, found) = ctx.profiles.with_untracked(|l| {
            check_profile_form(
                i18n,
                l,
                ("new-profile-name", &name.get_untracked()),
                None,
                np,
            )
        });
        errors.set(found);
        let Some(clean) = clean else { return };
        busy.set(true);
        let passphrase = np.pass.get_untracked();
        spawn_local(async move {
            let result = session::create(ctx, &clean, &passphrase).await;
            busy.set(false);
            if let Err(e) = result {
                errors.set(vec![(
                    "new-profile-passphrase".into(),
                    vault_error(i18n, &e),
                )]);
            }
        });
    };
    view! {
        <section aria-labelledby="new-profile-heading">
            <h2 id="new-profile-heading">{t!(i18n, profiles_new_heading)}</h2>
            <ErrorSummary errors=errors />
            <form on:submit=submit novalidate>
                <InputField id="new-profile-name" autocomplete="username"
                    label=Signal::derive(move || t_string!(i18n, profiles_name).to_string())
                    hint=Signal::derive(move || t_string!(i18n, profiles_name_hint).to_string())
                    error=error_of(errors, "new-profile-name") value=name />
                <NewPassphraseFields np=np errors=errors warn=true />
                <button type="submit" class="button" disabled=busy>
                    {move || if busy.get() { t_string!(i18n, profiles_creating) } else { t_string!(i18n, profiles_create) }}
                </button>
            </form>
        </section>
    }
}

/// Shown when the profile list cannot be read, or the only profile cannot
/// be opened.
#[component]
pub fn BrokenPage(error: VaultError) -> impl IntoView {
    let i18n = use_i18n();
    let detail = error.detail().map(str::to_string);
    view! {
        <PageHeading text=Signal::derive(move || t_string!(i18n, profiles_title).to_string()) />
        <div class="notice notice--error" role="alert">
            <p>{move || vault_error(i18n, &error)}</p>
            <p>{t!(i18n, profiles_broken_next)}</p>
            <TechnicalDetail detail=detail />
        </div>
    }
}
