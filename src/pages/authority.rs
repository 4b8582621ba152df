//! One authority of the directory: every field, its local time and whether
//! it is within office hours, copy buttons for contact details, and
//! "Address a request to this authority".

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};
use mla_core::drafts::{self, LoadError};
use mla_core::reference::directory::AuthorityRecord;
use mla_core::reference::requirements::{address_to, would_replace};
use mla_core::Draft;

use crate::components::fields::FieldFrame;
use crate::components::page_heading::PageHeading;
use crate::components::reference_source::ReferenceSource;
use crate::i18n::*;
use crate::intl_format::format_date;
use crate::label;
use crate::reference::{names, use_reference};
use crate::storage::shared;
use crate::texts::names::{channel, designation, draft_title, language_list};

fn copy_to_clipboard(text: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.navigator().clipboard().write_text(text);
    }
}

/// A value with a copy button; the button names what it copies.
#[component]
fn Copyable(text: String, what: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let copied = RwSignal::new(false);
    let value = text.clone();
    view! {
        <span class="copyable">
            <span>{text}</span>
            " "
            <button type="button" class="button button--small button--secondary"
                on:click=move |_| { copy_to_clipboard(&value); copied.set(true); }>
                {move || t_string!(i18n, copy_button, what = what.get()).to_string()}
            </button>
            <span role="status" class="copyable__status">{move || copied.get().then(|| t_string!(i18n, copied).to_string())}</span>
        </span>
    }
}

#[component]
pub fn AuthorityPage() -> impl IntoView {
    let i18n = use_i18n();
    let reference = use_reference();
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").unwrap_or_default());
    let record = Memo::new(move |_| {
        reference
            .data
            .with(|d| d.as_ref().and_then(|d| d.directory.get(&id()).cloned()))
    });
    let title = Signal::derive(move || {
        record
            .get()
            .map(|r| r.name)
            .unwrap_or_else(|| t_string!(i18n, authority_not_found).to_string())
    });
    view! {
        <PageHeading text=title />
        <ReferenceSource />
        {move || record.get().map(|r| view! { <RecordDetails record=r.clone() /> <AddressRequest record=r /> })}
        <p><a href="/directory">{t!(i18n, back_to_directory)}</a></p>
    }
}

#[component]
fn RecordDetails(record: AuthorityRecord) -> impl IntoView {
    let i18n = use_i18n();
    let locale = move || i18n.get_locale().as_str();
    let r = record.clone();
    // The clock moves: refresh the local time every 30 seconds.
    let tick = RwSignal::new(0u32);
    if let Ok(handle) = set_interval_with_handle(
        move || tick.update(|t| *t += 1),
        std::time::Duration::from_secs(30),
    ) {
        on_cleanup(move || handle.clear());
    }
    let zone = record.time_zone.clone();
    let hours_record = record.clone();
    let now_text = move || {
        tick.track();
        match names::local_time(&zone, locale()) {
            Some((text, day, minute)) => {
                let open = hours_record.is_open(day, minute);
                let state = if open {
                    t_string!(i18n, authority_open_now)
                } else {
                    t_string!(i18n, authority_closed_now)
                };
                format!("{text} — {state}")
            }
            None => t_string!(i18n, authority_zone_unknown).to_string(),
        }
    };
    let label = |f: fn(crate::I18n) -> String| Signal::derive(move || f(i18n));
    let hours = record.office_hours.clone();
    let contacts = record.contact_persons.clone();
    view! {
        <dl class="record" data-testid="authority-record">
            <dt>{t!(i18n, authority_country)}</dt>
            <dd>{move || names::country(&r.country, locale())}</dd>
            <dt>{t!(i18n, authority_designations)}</dt>
            <dd>{
                let d = record.designations.clone();
                move || d.iter().map(|x| designation(i18n, *x)).collect::<Vec<_>>().join(", ")
            }</dd>
            <dt>{t!(i18n, f_address)}</dt>
            <dd class="record__multiline"><Copyable text=record.address.clone() what=label(|i| t_string!(i, f_address).to_string()) /></dd>
            {(!record.phone.is_empty()).then(|| view! {
                <dt>{t!(i18n, f_phone)}</dt>
                <dd><Copyable text=record.phone.clone() what=label(|i| t_string!(i, f_phone).to_string()) /></dd>
            })}
            {(!record.fax.is_empty()).then(|| view! {
                <dt>{t!(i18n, authority_fax)}</dt>
                <dd><bdi>{record.fax.clone()}</bdi></dd>
            })}
            {(!record.email.is_empty()).then(|| view! {
                <dt>{t!(i18n, f_email)}</dt>
                <dd><Copyable text=record.email.clone() what=label(|i| t_string!(i, f_email).to_string()) /></dd>
            })}
            {(!record.website.is_empty()).then(|| view! {
                <dt>{t!(i18n, authority_website)}</dt>
                <dd><bdi>{record.website.clone()}</bdi></dd>
            })}
            {(!contacts.is_empty()).then(|| view! {
                <dt>{t!(i18n, authority_contacts)}</dt>
                <dd><ul>{contacts.iter().map(|c| view! {
                    <li>{format!("{} — {}", c.name, c.role)} " " <bdi>{c.phone.clone()}</bdi> " " <bdi>{c.email.clone()}</bdi></li>
                }).collect_view()}</ul></dd>
            })}
            <dt>{t!(i18n, authority_hours)}</dt>
            <dd><ul>{hours.iter().map(|h| {
                let days = h.days.clone();
                let (opens, closes) = (h.opens.clone(), h.closes.clone());
                view! { <li>{move || days.iter().map(|d| names::weekday(*d, locale())).collect::<Vec<_>>().join(", ")} ": " <bdi>{format!("{opens}–{closes}")}</bdi></li> }
            }).collect_view()}</ul></dd>
            <dt>{t!(i18n, authority_local_time)}</dt>
            <dd data-testid="authority-now">{now_text} " " <bdi>{format!("({})", record.time_zone)}</bdi></dd>
            <dt>{t!(i18n, authority_working_languages)}</dt>
            <dd>{
                let l = record.working_languages.clone();
                move || language_list(&l, locale())
            }</dd>
            <dt>{t!(i18n, authority_accepted_languages)}</dt>
            <dd data-testid="authority-accepted">{
                let l = record.accepted_languages.clone();
                move || language_list(&l, locale())
            }</dd>
            <dt>{t!(i18n, authority_required_documents)}</dt>
            <dd><ul>{record.required_documents.iter().map(|d| view! { <li>{d.clone()}</li> }).collect_view()}</ul></dd>
            <dt>{t!(i18n, authority_channels)}</dt>
            <dd>{
                let c = record.channels.clone();
                move || c.iter().map(|x| channel(i18n, *x)).collect::<Vec<_>>().join(", ")
            }</dd>
            <dt>{t!(i18n, authority_interpol)}</dt>
            <dd>{move || if record.interpol { t_string!(i18n, yes) } else { t_string!(i18n, no) }}</dd>
            {(!record.urgent_procedure.is_empty()).then(|| view! {
                <dt>{t!(i18n, authority_urgent)}</dt>
                <dd>{record.urgent_procedure.clone()}</dd>
            })}
            {(!record.comments.is_empty()).then(|| view! {
                <dt>{t!(i18n, authority_comments)}</dt>
                <dd>{record.comments.clone()}</dd>
            })}
            <dt>{t!(i18n, authority_extradition_basis)}</dt>
            <dd>{move || match record.untoc_extradition_basis {
                Some(true) => t_string!(i18n, yes),
                Some(false) => t_string!(i18n, no),
                None => t_string!(i18n, not_declared),
            }}</dd>
            <dt>{t!(i18n, authority_last_updated)}</dt>
            <dd>{
                let d = record.last_updated.clone();
                move || format_date(&d, locale())
            }</dd>
        </dl>
    }
}

async fn all_drafts() -> Vec<Draft> {
    let Ok(store) = shared::store().await else {
        return Vec::new();
    };
    drafts::list(store.as_ref())
        .await
        .map(|all| all.into_iter().filter_map(Result::ok).collect())
        .unwrap_or_default()
}

/// Why addressing a draft failed.
#[derive(Debug, Clone, PartialEq)]
enum AddressError {
    /// The chosen draft is gone (deleted in another tab).
    NoDraft,
    Load(LoadError),
}

#[component]
fn AddressRequest(record: AuthorityRecord) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let navigate = use_navigate();
    let drafts_list = LocalResource::new(all_drafts);
    let chosen = RwSignal::new(query.with_untracked(|q| q.get("draft")).unwrap_or_default());
    // Set when the chosen draft is already addressed elsewhere.
    let confirm = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<AddressError>);
    let record = StoredValue::new(record);

    let apply = move |force: bool| {
        let id = chosen.get_untracked();
        let navigate = navigate.clone();
        spawn_local(async move {
            let store = match shared::store().await {
                Ok(store) => store,
                Err(e) => {
                    error.set(Some(AddressError::Load(e.into())));
                    return;
                }
            };
            let mut draft = match drafts::load(store.as_ref(), &id).await {
                Ok(Some(draft)) => draft,
                Ok(None) => {
                    error.set(Some(AddressError::NoDraft));
                    return;
                }
                Err(e) => {
                    error.set(Some(AddressError::Load(e)));
                    return;
                }
            };
            let rec = record.get_value();
            if would_replace(&draft, &rec) && !force {
                confirm.set(Some(draft.requested.authority_name.clone()));
                return;
            }
            address_to(&mut draft, &rec);
            draft.updated = crate::ids::now();
            match drafts::save(store.as_ref(), &mut draft).await {
                Ok(()) => navigate(&format!("/drafts/{id}/requested"), Default::default()),
                Err(e) => error.set(Some(AddressError::Load(e.into()))),
            }
        });
    };
    let apply_first = apply.clone();
    view! {
        <section class="panel" aria-labelledby="address-heading">
            <h2 id="address-heading">{t!(i18n, address_heading)}</h2>
            {move || match drafts_list.get() {
                None => ().into_any(),
                Some(list) if list.is_empty() => view! { <p>{t!(i18n, address_no_drafts)}</p> }.into_any(),
                Some(list) => {
                    if chosen.get_untracked().is_empty() || !list.iter().any(|d| d.id == chosen.get_untracked()) {
                        chosen.set(list[0].id.clone());
                    }
                    let apply = apply_first.clone();
                    view! {
                        <FieldFrame id="address-draft" label=label!(i18n, address_draft_label)>
                            <select id="address-draft" class="field__control field__control--select" on:change=move |ev| { confirm.set(None); chosen.set(event_target_value(&ev)) }>
                                {list.into_iter().map(|d| {
                                    let id = d.id.clone();
                                    let title = draft_title(i18n, &d.title);
                                    view! { <option value=d.id selected=move || chosen.get() == id>{title}</option> }
                                }).collect_view()}
                            </select>
                        </FieldFrame>
                        <button type="button" class="button" on:click=move |_| apply(false)>{t!(i18n, address_button)}</button>
                    }.into_any()
                }
            }}
            {move || confirm.get().map(|current| {
                let apply = apply.clone();
                view! {
                    <div class="notice" role="alert">
                        <p>{t_string!(i18n, address_confirm, current = current, new = record.get_value().name).to_string()}</p>
                        <button type="button" class="button" on:click=move |_| apply(true)>{t!(i18n, address_replace)}</button>
                        " "
                        <button type="button" class="button button--secondary" on:click=move |_| confirm.set(None)>{t!(i18n, cancel)}</button>
                    </div>
                }
            })}
            {move || error.get().map(|e| {
                let text = match &e {
                    AddressError::NoDraft => t_string!(i18n, address_no_draft).to_string(),
                    AddressError::Load(e) => crate::texts::errors::draft_load(i18n, e),
                };
                view! { <p class="notice notice--error" role="alert">{text}</p> }
            })}
        </section>
    }
}
