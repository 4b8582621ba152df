//! A case: its status and deadlines, its own fields, the event log, the
//! linked drafts and the archived documents.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};
use mla_core::cases::deadlines::deadlines;
use mla_core::cases::record::ArchivedRef;
use mla_core::cases::store::DocumentState;
use mla_core::cases::{status, Case, Event};

use super::case_form::{flush, CaseForm, CaseSave};
use super::events::{AddEvent, EventTable};
use super::{state_name, ui_lang};
use crate::components::page_heading::PageHeading;
use crate::i18n::*;
use crate::texts::cases as names;
use crate::texts::names::draft_title;

#[component]
pub fn CasePage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let id = move || params.read().get("id").unwrap_or_default();
    let loaded = LocalResource::new(move || {
        let id = id();
        async move {
            let all = crate::storage::cases::load().await?;
            let case = all.cases.iter().find(|c| c.id == id).cloned();
            let events: Vec<Event> = all.events.into_iter().filter(|e| e.case_id == id).collect();
            Ok::<_, mla_core::storage::StorageError>(case.map(|c| (c, events)))
        }
    });
    view! {
        <Suspense fallback=|| ()>
            {move || loaded.get().map(|r| match r {
                Ok(Some((case, events))) => view! { <CaseView case=case events=events /> }.into_any(),
                Ok(None) => view! {
                    <PageHeading text=Signal::derive(move || t_string!(i18n, case_not_found).to_string()) />
                    <p><A href="/cases">{t!(i18n, case_back)}</A></p>
                }.into_any(),
                Err(e) => view! { <p class="notice notice--error" role="alert">{crate::texts::errors::storage(i18n, &e)}</p> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn CaseView(case: Case, events: Vec<Event>) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let case = RwSignal::new(case);
    let events = RwSignal::new(events);
    let state = RwSignal::new(CaseSave::Saved);
    on_cleanup(flush);
    let current = Memo::new(move |_| {
        events.with(|e| case.with(|c| status(c, &e.iter().collect::<Vec<_>>())))
    });
    let title = Signal::derive(move || {
        case.with(|c| {
            let reference = if c.our_reference.is_empty() {
                t_string!(i18n, cases_no_reference).to_string()
            } else {
                c.our_reference.clone()
            };
            t_string!(i18n, case_title, reference = reference).to_string()
        })
    });
    let today = crate::ids::today();

    let summary = move || {
        let lang = ui_lang(i18n);
        case.with(|c| {
            let state = state_name(&c.counterpart.state, lang);
            view! {
                <dl class="summary">
                    <div><dt>{t!(i18n, cases_col_status)}</dt><dd data-testid="case-current-status">{names::status(i18n, current.get())}</dd></div>
                    <div><dt>{t!(i18n, cases_col_direction)}</dt><dd>{names::direction(i18n, c.direction)}</dd></div>
                    <div><dt>{t!(i18n, cases_col_kind)}</dt><dd>{names::kind(i18n, c.kind)}</dd></div>
                    <div><dt>{t!(i18n, cases_col_state)}</dt><dd>{state}</dd></div>
                </dl>
            }
        })
    };

    let deadline_list = move || {
        let lang = ui_lang(i18n);
        let list = events.with(|e| case.with(|c| deadlines(c, &e.iter().collect::<Vec<_>>())));
        if list.is_empty() {
            return view! { <p class="empty">{t!(i18n, case_no_deadlines)}</p> }.into_any();
        }
        view! {
            <ul class="deadlines" data-testid="case-deadlines">
                {list.into_iter().map(|d| {
                    let left = d.days_left(today);
                    view! {
                        <li class="deadline" class:deadline--overdue=left < 0>
                            <strong>{names::clock(i18n, d.clock)}</strong>
                            " · " {crate::intl_format::format_date(&d.due.to_string(), lang.tag())}
                            " · " <span>{names::days_left(i18n, left)}</span>
                            {(!d.reason.is_empty()).then(|| view! { " · " <span>{d.reason.clone()}</span> })}
                            <br />
                            <span class="hint">{names::clock_action(i18n, d.clock)} " (" {d.clock.source()} ")"</span>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }.into_any()
    };

    let save_view = move || match state.get() {
        CaseSave::Saved => {
            view! { <p class="save-status" role="status">{t!(i18n, case_saved)}</p> }.into_any()
        }
        CaseSave::Pending => {
            view! { <p class="save-status" role="status">{t!(i18n, case_saving)}</p> }.into_any()
        }
        CaseSave::Failed(e) => {
            view! { <p class="notice notice--error" role="alert">{names::save_error(i18n, &e)}</p> }
                .into_any()
        }
        CaseSave::Conflict(stored) => {
            let theirs = (*stored).clone();
            let revisions = stored.revisions.clone();
            view! {
                <div class="notice" role="alert" data-testid="case-conflict">
                    <p>{t!(i18n, case_conflict)}</p>
                    <button type="button" class="button button--warning" on:click=move |_| {
                        // Mine wins: written on top of the stored revision.
                        case.update(|c| c.revisions = revisions.clone());
                        super::case_form::save_now(case, state);
                    }>{t!(i18n, case_keep_mine)}</button>
                    " "
                    <button type="button" class="button button--secondary" on:click=move |_| {
                        case.set(theirs.clone());
                        state.set(CaseSave::Saved);
                    }>{t!(i18n, case_keep_theirs)}</button>
                </div>
            }
            .into_any()
        }
    };

    let drafts = LocalResource::new(crate::storage::drafts::load_all);
    let linked = move || {
        let all = drafts.get().and_then(Result::ok).unwrap_or_default();
        case.with(|c| {
            c.drafts
                .iter()
                .map(|id| {
                    let title = all
                        .iter()
                        .find(|d| &d.id == id)
                        .map(|d| draft_title(i18n, &d.title));
                    let href = format!("/drafts/{id}");
                    match title {
                        Some(t) => view! { <li><A href=href>{t}</A></li> }.into_any(),
                        None => view! { <li>{t!(i18n, case_draft_missing)}</li> }.into_any(),
                    }
                })
                .collect_view()
        })
    };
    let link_draft = move |ev: leptos::ev::Event| {
        let id = event_target_value(&ev);
        if id.is_empty() {
            return;
        }
        case.update(|c| {
            if !c.drafts.contains(&id) {
                c.drafts.push(id.clone())
            }
        });
        super::case_form::save_now(case, state);
    };

    let document_error = RwSignal::new(None::<String>);
    let download = move |doc: ArchivedRef| {
        spawn_local(async move {
            match crate::storage::cases::read_document(&doc).await {
                Ok(DocumentState::Intact(bytes)) => {
                    document_error.set(None);
                    crate::downloads::download_bytes(&doc.name, &bytes, &doc.media_type)
                }
                Ok(DocumentState::Damaged) => document_error.set(Some(
                    t_string!(i18n, case_document_damaged, name = doc.name.clone()).to_string(),
                )),
                Ok(DocumentState::Missing) => document_error.set(Some(
                    t_string!(i18n, case_document_missing, name = doc.name.clone()).to_string(),
                )),
                Err(e) => document_error.set(Some(crate::texts::errors::storage(i18n, &e))),
            }
        })
    };
    let documents = move || {
        let lang = ui_lang(i18n);
        case.with(|c| c.documents.iter().cloned().map(|d| {
            let meta = format!("{} · {} · SHA-256 {}…", crate::intl_format::format_date(&d.archived.to_string(), lang.tag()),
                crate::intl_format::format_bytes(d.size as f64, lang.tag()), &d.sha256[..12.min(d.sha256.len())]);
            let name = d.name.clone();
            view! {
                <li>
                    <button type="button" class="link-button" on:click=move |_| download(d.clone())>{name}</button>
                    " " <span class="hint">{meta}</span>
                </li>
            }
        }).collect_view())
    };

    let confirm_delete = RwSignal::new(false);
    let delete = move |_| {
        let navigate = navigate.clone();
        spawn_local(async move {
            let mut c = case.get_untracked();
            let list = events.get_untracked();
            let refs: Vec<&Event> = list.iter().collect();
            match crate::storage::cases::delete(&mut c, &refs).await {
                Ok(()) => navigate("/cases", Default::default()),
                Err(e) => state.set(CaseSave::Failed(e)),
            }
        })
    };

    view! {
        <PageHeading text=title />
        <p><A href="/cases">{t!(i18n, case_back)}</A></p>
        {summary}
        {save_view}
        <section class="panel" aria-labelledby="case-deadlines-h">
            <h2 id="case-deadlines-h">{t!(i18n, case_deadlines_title)}</h2>
            {deadline_list}
        </section>
        <section class="panel" aria-labelledby="case-events-h">
            <h2 id="case-events-h">{t!(i18n, case_events_title)}</h2>
            <EventTable case=case events=events />
            <h3>{t!(i18n, case_event_add_title)}</h3>
            <AddEvent case=case events=events state=state />
        </section>
        <section class="panel" aria-labelledby="case-details-h">
            <h2 id="case-details-h">{t!(i18n, case_details_title)}</h2>
            <CaseForm case=case state=state read_only=Signal::derive(|| false) />
        </section>
        <section class="panel" aria-labelledby="case-drafts-h">
            <h2 id="case-drafts-h">{t!(i18n, case_drafts_title)}</h2>
            <ul data-testid="case-drafts">{linked}</ul>
            <crate::components::fields::FieldFrame id="case-link-draft" label=crate::label!(i18n, case_link_draft)>
                <select id="case-link-draft" class="field__control field__control--select" on:change=link_draft>
                    <option value="">{t!(i18n, case_choose_draft)}</option>
                    {move || drafts.get().and_then(Result::ok).unwrap_or_default().into_iter()
                        .filter(|d| case.with(|c| !c.drafts.contains(&d.id)))
                        .map(|d| view! { <option value=d.id.clone()>{draft_title(i18n, &d.title)}</option> }).collect_view()}
                </select>
            </crate::components::fields::FieldFrame>
        </section>
        <section class="panel" aria-labelledby="case-documents-h">
            <h2 id="case-documents-h">{t!(i18n, case_documents_title)}</h2>
            <Show when=move || case.with(|c| !c.documents.is_empty()) fallback=move || view! { <p class="empty">{t!(i18n, case_no_documents)}</p> }>
                <ul data-testid="case-documents">{documents}</ul>
            </Show>
            {move || document_error.get().map(|e| view! { <p class="notice notice--error" role="alert">{e}</p> })}
        </section>
        <section class="panel" aria-labelledby="case-delete-h">
            <h2 id="case-delete-h">{t!(i18n, case_delete_title)}</h2>
            <Show when=move || confirm_delete.get() fallback=move || view! {
                <button type="button" class="button button--warning" on:click=move |_| confirm_delete.set(true)>{t!(i18n, case_delete)}</button>
            }>
                <p role="alert">{t!(i18n, case_delete_confirm)}</p>
                <button type="button" class="button button--warning" data-testid="case-delete-confirm" on:click=delete.clone()>{t!(i18n, case_delete_yes)}</button>
                " "
                <button type="button" class="button button--secondary" on:click=move |_| confirm_delete.set(false)>{t!(i18n, import_cancel)}</button>
            </Show>
        </section>
    }
}
