//! The request wizard: `/new` starts a draft, `/drafts/:id/:step` edits it.

mod check;
mod document;
pub mod lens;
mod lists;
mod measures;
mod questions;
mod reference_panels;

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};
use leptos_router::NavigateOptions;
use mla_core::drafts::LoadError;
use mla_core::steps::Step;
use mla_core::storage::StorageError;
use mla_core::{drafts, Draft};

use crate::components::page_heading::PageHeading;
use crate::components::technical_detail::TechnicalDetail;
use crate::draft_lock::{self, Acquired};
use crate::draft_state::{self, DraftCtx, SaveState};
use crate::i18n::*;
use crate::ids;
use crate::storage::shared;
use crate::texts::errors;
use crate::texts::names::{step_help, step_title};

/// The address of a step of a draft.
pub fn step_href(id: &str, step: Step) -> String {
    format!("/drafts/{id}/{}", step.slug())
}

/// `/new`: creates an empty draft, stores it, and opens its first step.
#[component]
pub fn NewDraftPage() -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let failed = RwSignal::new(None::<StorageError>);
    spawn_local(async move {
        let mut draft = Draft::new(ids::draft_id(), ids::now());
        draft.current_step = Step::Requesting.slug().into();
        // The user's own authority, entered once in Settings.
        if let Ok(own) = crate::storage::own_authority::load().await {
            own.start_draft(&mut draft);
        }
        let saved = match shared::store().await {
            Ok(store) => drafts::save(store.as_ref(), &mut draft).await,
            Err(e) => Err(e),
        };
        match saved {
            Ok(()) => navigate(
                &step_href(&draft.id, Step::Requesting),
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            ),
            Err(e) => failed.set(Some(e)),
        }
    });
    view! {
        <PageHeading text=Signal::derive(move || t_string!(i18n, wizard_title).to_string()) />
        {move || match failed.get() {
            Some(e) => view! {
                <div role="alert">
                    <p class="field__error">{errors::storage(i18n, &e)}</p>
                    <TechnicalDetail detail=e.detail().map(str::to_string) />
                </div>
            }.into_any(),
            None => view! { <p>{t!(i18n, wizard_intro)}</p> }.into_any(),
        }}
    }
}

/// `/drafts/:id` and `/drafts/:id/:step`: loads the draft, then edits it.
#[component]
pub fn WizardPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    // Only a change of draft reloads it; a change of step must not, or an
    // edit still waiting for autosave would be replaced by the stored copy.
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let loaded = LocalResource::new(move || {
        let id = id.get();
        async move {
            let store = shared::store().await?;
            let Some(draft) = drafts::load(store.as_ref(), &id).await? else {
                return Ok::<_, LoadError>(None);
            };
            let read_only = match draft_lock::acquire(&id).await {
                Acquired::Held(lock) => {
                    draft_lock::keep(&id, lock);
                    false
                }
                Acquired::Elsewhere => true,
                Acquired::Unsupported => false,
            };
            Ok(Some((draft, read_only)))
        }
    });
    view! {
        {move || match loaded.get() {
            None => view! { <p role="status">{t!(i18n, wizard_loading)}</p> }.into_any(),
            Some(Ok(Some((draft, read_only)))) => view! { <Wizard draft=draft read_only=read_only /> }.into_any(),
            Some(Ok(None)) => view! {
                <PageHeading text=Signal::derive(move || t_string!(i18n, wizard_title).to_string()) />
                <p>{t!(i18n, wizard_not_found)}</p>
                <A href="/">{t!(i18n, not_found_home)}</A>
            }.into_any(),
            Some(Err(e)) => view! {
                <div role="alert">
                    <p class="field__error">{errors::draft_load(i18n, &e)}</p>
                    <TechnicalDetail detail=errors::draft_load_detail(&e) />
                </div>
            }.into_any(),
        }}
    }
}

#[component]
fn Wizard(draft: Draft, read_only: bool) -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let navigate = use_navigate();
    let ctx = draft_state::provide(draft, read_only);
    let draft_id = ctx.draft.with_untracked(|d| d.id.clone());
    let lock_id = draft_id.clone();
    on_cleanup(move || draft_lock::release(&lock_id));

    // The step in the address wins; without one, the step the user was on.
    let step = Memo::new(move |_| {
        let slug = params.read().get("step").unwrap_or_default();
        Step::from_slug(&slug)
            .or_else(|| {
                ctx.draft
                    .with_untracked(|d| Step::from_slug(&d.current_step))
            })
            .unwrap_or(Step::Requesting)
    });
    Effect::new(move |_| {
        let slug = step.get().slug();
        if ctx.draft.with_untracked(|d| d.current_step != slug) {
            ctx.draft.update(|d| d.current_step = slug.to_string());
        }
        if matches!(step.get(), Step::Check | Step::Document) {
            ctx.show_errors.set(true);
        }
    });

    let id_for_nav = draft_id.clone();
    let nav_list = Step::ALL
        .into_iter()
        .map(|s| {
            let href = step_href(&id_for_nav, s);
            let count = move || {
                ctx.findings.with(|fs| {
                    fs.iter()
                        .filter(|f| f.step() == s && f.severity == mla_core::Severity::Blocking)
                        .count()
                })
            };
            view! {
                <li class="steps__item" class:steps__item--current=move || step.get() == s>
                    <A href=href attr:aria-current=move || (step.get() == s).then_some("step")>
                        <span class="steps__number">{s.index() + 1}</span>
                        " "
                        <span>{move || step_title(i18n, s)}</span>
                        {move || (count() > 0 && !matches!(s, Step::Check | Step::Document) && ctx.show_errors.get())
                            .then(|| view! { <span class="steps__badge">{count()}</span> })}
                    </A>
                </li>
            }
        })
        .collect_view();

    let id_for_buttons = draft_id.clone();
    let go = move |by: isize| {
        let i = step.get_untracked().index() as isize + by;
        if let Some(next) = usize::try_from(i).ok().and_then(|i| Step::ALL.get(i)) {
            navigate(&step_href(&id_for_buttons, *next), Default::default());
        }
    };
    let go_back = go.clone();

    view! {
        <div class="wizard">
            <nav class="steps" aria-label=move || t_string!(i18n, wizard_steps_label)>
                <ol class="steps__list">{nav_list}</ol>
            </nav>
            <div class="wizard__body">
                <p class="wizard__progress">
                    {move || t_string!(i18n, wizard_progress, current = step.get().index() + 1, total = Step::ALL.len()).to_string()}
                </p>
                {if read_only {
                    view! { <p class="notice notice--error" role="alert" data-testid="read-only">{t!(i18n, draft_read_only)}</p> }.into_any()
                } else {
                    view! { <SaveStatus /> }.into_any()
                }}
                <PageHeading text=Signal::derive(move || step_title(i18n, step.get())) />
                <p class="wizard__help">{move || step_help(i18n, step.get())}</p>
                // Another tab edits this draft: every control here is disabled.
                <fieldset class="wizard__fields" disabled=read_only>
                    {move || step_view(step.get(), ctx)}
                </fieldset>
                <div class="wizard__buttons">
                    {move || (step.get() != Step::Requesting).then(|| {
                        let back = go_back.clone();
                        view! { <button type="button" class="button button--secondary" on:click=move |_| back(-1)>{t!(i18n, wizard_back)}</button> }
                    })}
                    {move || (step.get() != Step::Document).then(|| {
                        let next = go.clone();
                        view! { <button type="button" class="button" on:click=move |_| next(1)>{t!(i18n, wizard_continue)}</button> }
                    })}
                </div>
            </div>
        </div>
    }
}

fn step_view(step: Step, ctx: DraftCtx) -> AnyView {
    match step {
        Step::Measures => view! { <measures::MeasuresStep ctx=ctx /> }.into_any(),
        Step::Check => view! { <check::CheckStep ctx=ctx /> }.into_any(),
        Step::Document => view! { <document::DocumentStep ctx=ctx /> }.into_any(),
        step => view! { <questions::StepQuestions ctx=ctx step=step /> }.into_any(),
    }
}

#[component]
fn SaveStatus() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = expect_context::<DraftCtx>();
    view! {
        <p class="save-status" role="status" data-testid="save-status">
            {move || match ctx.save_state.get() {
                SaveState::Saved => t_string!(i18n, save_saved).to_string(),
                SaveState::Pending => t_string!(i18n, save_pending).to_string(),
                SaveState::Failed(e) => errors::unsaved(i18n, &e),
            }}
        </p>
    }
}
