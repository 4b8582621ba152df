//! Opening a case: outgoing from one of the user's drafts (its addressee,
//! basis, subject, offences and people copied as names, the draft linked),
//! or incoming as it arrived.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_query_map};
use mla_core::cases::{Case, CaseKind, Direction};
use mla_core::dates::Date;

use crate::components::fields::FieldFrame;
use crate::components::page_heading::PageHeading;
use crate::i18n::*;
use crate::label;
use crate::texts::cases as names;
use crate::texts::names::draft_title;

#[component]
pub fn NewCasePage() -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let query = use_query_map();
    let drafts = LocalResource::new(crate::storage::drafts::load_all);
    // `?draft=ID` (from the drafts list) preselects that draft.
    let direction = RwSignal::new(Direction::Outgoing);
    let kind = RwSignal::new(CaseKind::MutualAssistance);
    let draft = RwSignal::new(query.with_untracked(|q| q.get("draft")).unwrap_or_default());
    let received = RwSignal::new(crate::ids::today().to_string());
    let error = RwSignal::new(None::<String>);

    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let navigate = navigate.clone();
        spawn_local(async move {
            let id = crate::ids::draft_id();
            let now = crate::ids::now();
            let chosen = draft.get_untracked();
            let mut case = match direction.get_untracked() {
                Direction::Outgoing if !chosen.is_empty() => {
                    match crate::storage::drafts::load(&chosen).await {
                        Ok(Some(d)) => Case::from_draft(&id, &now, &d),
                        _ => Case::new(&id, &now, Direction::Outgoing, kind.get_untracked()),
                    }
                }
                d => Case::new(&id, &now, d, kind.get_untracked()),
            };
            case.kind = kind.get_untracked();
            if let Ok(own) = crate::storage::own_authority::load().await {
                case.officer = own.officer().unwrap_or_default().to_string();
            }
            if case.direction == Direction::Incoming {
                case.received = Date::parse(&received.get_untracked());
            }
            match crate::storage::cases::save(&mut case).await {
                Ok(()) => navigate(&format!("/cases/{id}"), Default::default()),
                Err(e) => error.set(Some(names::save_error(i18n, &e))),
            }
        });
    };

    let radio = move |d: Direction| {
        let value = d.name();
        view! {
            <div class="radio">
                <input type="radio" id=format!("new-case-{value}") name="direction" value=value
                    prop:checked=move || direction.get() == d on:change=move |_| direction.set(d) />
                <label for=format!("new-case-{value}")>{move || names::direction(i18n, d)}</label>
            </div>
        }
    };

    view! {
        <PageHeading text=Signal::derive(move || t_string!(i18n, case_new_title).to_string()) />
        <form class="form" on:submit=create>
            <fieldset class="fieldset">
                <legend>{t!(i18n, case_new_direction)}</legend>
                {radio(Direction::Outgoing)}
                {radio(Direction::Incoming)}
            </fieldset>
            <FieldFrame id="new-case-kind" label=label!(i18n, cases_col_kind)>
                <select id="new-case-kind" class="field__control field__control--select"
                    on:change=move |ev| if let Some(k) = CaseKind::from_name(&event_target_value(&ev)) { kind.set(k) }>
                    {CaseKind::ALL.iter().map(|&k| view! {
                        <option value=k.name() selected=move || kind.get() == k>{names::kind(i18n, k)}</option>
                    }).collect_view()}
                </select>
            </FieldFrame>
            <Show when=move || direction.get() == Direction::Outgoing>
                <FieldFrame id="new-case-draft" label=label!(i18n, case_new_draft) hint=Some(label!(i18n, case_new_draft_hint))>
                    <select id="new-case-draft" class="field__control field__control--select" aria-describedby="new-case-draft-hint"
                        on:change=move |ev| draft.set(event_target_value(&ev))>
                        <option value="">{t!(i18n, case_new_no_draft)}</option>
                        {move || drafts.get().and_then(Result::ok).unwrap_or_default().into_iter().map(|d| {
                            let id = d.id.clone();
                            let selected = { let id = id.clone(); move || draft.get() == id };
                            view! { <option value=id selected=selected>{draft_title(i18n, &d.title)}</option> }
                        }).collect_view()}
                    </select>
                </FieldFrame>
            </Show>
            <Show when=move || direction.get() == Direction::Incoming>
                <FieldFrame id="new-case-received" label=label!(i18n, case_f_received)>
                    <input id="new-case-received" type="date" class="field__control field__control--date"
                        prop:value=received on:input=move |ev| received.set(event_target_value(&ev)) />
                </FieldFrame>
            </Show>
            {move || error.get().map(|e| view! { <p class="notice notice--error" role="alert">{e}</p> })}
            <button type="submit" class="button" data-testid="create-case">{t!(i18n, case_new_create)}</button>
        </form>
    }
}
