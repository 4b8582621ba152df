//! A case's event log and the form that adds to it: the event, its date
//! (today unless changed), who, a note, and what the event needs (the
//! ground of a refusal, the channel of a sending, the end of a
//! preservation or a freeze); optionally a document, and for a sending the
//! PDF of the linked draft archived as the exact bytes that went out.

use leptos::prelude::*;
use leptos::task::spawn_local;
use mla_core::cases::events::{check_event, in_order, possible};
use mla_core::cases::file::Archived;
use mla_core::cases::record::ArchivedRef;
use mla_core::cases::{Case, Channel, Event, EventKind, RefusalGround};
use mla_core::dates::Date;
use mla_core::document::Options;
use mla_core::reference::requirements::context_for;
use mla_core::revision::sha256_hex;

use super::case_form::{save_now, CaseSave};
use super::ui_lang;
use crate::components::fields::FieldFrame;
use crate::i18n::*;
use crate::label;
use crate::render::{self, FileFormat};
use crate::texts::cases as names;

/// The log, oldest first, as a table.
#[component]
pub fn EventTable(case: RwSignal<Case>, events: RwSignal<Vec<Event>>) -> impl IntoView {
    let i18n = use_i18n();
    let rows = move || {
        let lang = ui_lang(i18n);
        events.with(|all| {
            in_order(all.iter()).into_iter().map(|e| {
                let mut detail = Vec::new();
                if let Some(g) = e.ground {
                    detail.push(names::ground(i18n, g));
                }
                if let Some(ch) = e.channel {
                    detail.push(names::channel(i18n, ch));
                }
                if let Some(until) = e.until {
                    detail.push(t_string!(i18n, case_event_until, date = crate::intl_format::format_date(&until.to_string(), lang.tag())).to_string());
                }
                if !e.note.is_empty() {
                    detail.push(e.note.clone());
                }
                let document = e.document.as_ref().and_then(|id| case.with(|c| c.documents.iter().find(|d| &d.id == id).map(|d| d.name.clone())));
                view! {
                    <tr>
                        <td>{crate::intl_format::format_date(&e.date.to_string(), lang.tag())}</td>
                        <th scope="row">{names::event(i18n, e.kind)}</th>
                        <td>{e.who.clone()}</td>
                        <td class="pre-line">{detail.join(" · ")}{document.map(|d| view! { " · " <span>{d}</span> })}</td>
                    </tr>
                }
            }).collect_view()
        })
    };
    view! {
        <Show when=move || events.with(|e| !e.is_empty()) fallback=move || view! { <p class="empty">{t!(i18n, case_no_events)}</p> }>
            <div class="table-wrap">
            <table class="register" data-testid="event-log">
                <caption class="visually-hidden">{t!(i18n, case_events_title)}</caption>
                <thead><tr>
                    <th scope="col">{t!(i18n, case_event_date)}</th>
                    <th scope="col">{t!(i18n, case_event_kind)}</th>
                    <th scope="col">{t!(i18n, case_event_who)}</th>
                    <th scope="col">{t!(i18n, case_event_details)}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
            </div>
        </Show>
    }
}

/// Reads a chosen file's bytes.
async fn file_bytes(file: web_sys::File) -> Option<Vec<u8>> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Stores bytes as an archived document of the case and lists them there.
async fn archive(
    i18n: crate::I18n,
    case: RwSignal<Case>,
    name: String,
    media_type: &str,
    bytes: Vec<u8>,
    draft_id: String,
) -> Result<String, String> {
    let id = crate::ids::draft_id();
    let sha256 = sha256_hex(&bytes);
    let size = bytes.len() as u64;
    let doc = Archived {
        id: id.clone(),
        case_id: case.with_untracked(|c| c.id.clone()),
        sha256: sha256.clone(),
        bytes,
    };
    crate::storage::cases::put_document(&doc)
        .await
        .map_err(|e| crate::texts::errors::storage(i18n, &e))?;
    case.update(|c| {
        c.documents.push(ArchivedRef {
            id: id.clone(),
            name,
            media_type: media_type.to_string(),
            size,
            sha256,
            archived: crate::ids::today(),
            draft_id,
        })
    });
    Ok(id)
}

/// The form that adds an event.
#[component]
pub fn AddEvent(
    case: RwSignal<Case>,
    events: RwSignal<Vec<Event>>,
    state: RwSignal<CaseSave>,
) -> impl IntoView {
    let i18n = use_i18n();
    let reference = crate::reference::use_reference();
    let choices = Memo::new(move |_| {
        events.with(|e| case.with(|c| possible(c, &e.iter().collect::<Vec<_>>())))
    });
    let kind = RwSignal::new(None::<EventKind>);
    // The first possible event is offered first: two clicks for the usual next step.
    let chosen = move || {
        kind.get()
            .filter(|k| choices.with(|c| c.contains(k)))
            .or_else(|| choices.with(|c| c.first().copied()))
    };
    let date = RwSignal::new(crate::ids::today().to_string());
    // Who records: the case's officer, else whoever recorded the last event.
    let who = RwSignal::new(case.with_untracked(|c| c.officer.clone()));
    if who.get_untracked().trim().is_empty() {
        let last = events.with_untracked(|e| in_order(e.iter()).last().map(|e| e.who.clone()));
        who.set(last.unwrap_or_default());
    }
    let note = RwSignal::new(String::new());
    let ground = RwSignal::new(None::<RefusalGround>);
    let channel = RwSignal::new(case.with_untracked(|c| c.channel));
    let until = RwSignal::new(String::new());
    let archive_draft = RwSignal::new(true);
    let file = RwSignal::new_local(None::<web_sys::File>);
    let problems = RwSignal::new(Vec::<String>::new());
    let working = RwSignal::new(false);

    let needs_channel = move || {
        matches!(
            chosen(),
            Some(
                EventKind::Sent
                    | EventKind::FollowUp
                    | EventKind::Supplementary
                    | EventKind::FormalRequestSent
            )
        )
    };
    let needs_until = move || {
        matches!(
            chosen(),
            Some(EventKind::DataPreserved | EventKind::AssetsFrozen)
        )
    };
    let can_archive_draft =
        move || chosen() == Some(EventKind::Sent) && case.with(|c| !c.drafts.is_empty());

    let add =
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let Some(kind_now) = chosen() else { return };
            let Some(day) = Date::parse(&date.get_untracked()) else {
                problems.set(vec![t_string!(i18n, case_event_date_invalid).to_string()]);
                return;
            };
            let mut event = Event::new(
                &crate::ids::draft_id(),
                &case.with_untracked(|c| c.id.clone()),
                &crate::ids::now(),
                day,
                &who.get_untracked(),
                kind_now,
            );
            event.note = note.get_untracked().trim().to_string();
            event.ground = ground
                .get_untracked()
                .filter(|_| kind_now == EventKind::Refused);
            event.channel = channel.get_untracked().filter(|_| needs_channel());
            event.until = Date::parse(&until.get_untracked()).filter(|_| needs_until());
            let found = events.with_untracked(|e| {
                case.with_untracked(|c| {
                    check_event(
                        c,
                        &e.iter().collect::<Vec<_>>(),
                        &event,
                        crate::ids::today(),
                    )
                })
            });
            if !found.is_empty() {
                problems.set(found.into_iter().map(|p| names::problem(i18n, p)).collect());
                return;
            }
            problems.set(Vec::new());
            working.set(true);
            let attachment = file.get_untracked();
            let archive_pdf = archive_draft.get_untracked() && can_archive_draft();
            spawn_local(async move {
                let mut document = None;
                if let Some(f) = attachment {
                    let name = f.name();
                    let media = f.type_();
                    match file_bytes(f).await {
                        Some(bytes) => {
                            match archive(i18n, case, name, &media, bytes, String::new()).await {
                                Ok(id) => document = Some(id),
                                Err(e) => problems.update(|p| p.push(e)),
                            }
                        }
                        None => problems
                            .update(|p| p.push(t_string!(i18n, import_unreadable).to_string())),
                    }
                } else if archive_pdf {
                    let draft_id = case.with_untracked(|c| c.drafts[0].clone());
                    match crate::storage::drafts::load(&draft_id).await {
                        Ok(Some(draft)) => {
                            let context = reference.data.with_untracked(|r| {
                                context_for(&draft, r.as_ref().map(|r| &r.directory))
                            });
                            match render::file(
                                FileFormat::Pdf,
                                &draft,
                                &Options::from_draft(&draft),
                                &context,
                            )
                            .await
                            {
                                Ok(bytes) => {
                                    let name = format!(
                                        "{}.pdf",
                                        crate::texts::names::draft_title(i18n, &draft.title)
                                    );
                                    match archive(
                                        i18n,
                                        case,
                                        name,
                                        FileFormat::Pdf.mime(),
                                        bytes,
                                        draft_id,
                                    )
                                    .await
                                    {
                                        Ok(id) => document = Some(id),
                                        Err(e) => problems.update(|p| p.push(e)),
                                    }
                                }
                                Err(e) => problems
                                    .update(|p| p.push(crate::texts::errors::render(i18n, e))),
                            }
                        }
                        _ => problems
                            .update(|p| p.push(t_string!(i18n, case_draft_missing).to_string())),
                    }
                }
                if !problems.get_untracked().is_empty() {
                    working.set(false);
                    return;
                }
                // A channel first given with the sending is the case's channel.
                if let (Some(ch), None) = (event.channel, case.with_untracked(|c| c.channel)) {
                    case.update(|c| c.channel = Some(ch));
                }
                if document.is_some() || event.channel.is_some() {
                    save_now(case, state);
                }
                event.document = document;
                match crate::storage::cases::add_event(&mut event).await {
                    Ok(()) => {
                        events.update(|e| e.push(event));
                        // The next event most likely happens today, not on
                        // the date typed for this one.
                        date.set(crate::ids::today().to_string());
                        note.set(String::new());
                        ground.set(None);
                        until.set(String::new());
                        file.set(None);
                        kind.set(None);
                    }
                    Err(e) => problems.set(vec![names::save_error(i18n, &e)]),
                }
                working.set(false);
            });
        };

    view! {
        <form class="form event-form" on:submit=add data-testid="add-event">
            <div class="form-row">
                <FieldFrame id="event-kind" label=label!(i18n, case_event_kind)>
                    <select id="event-kind" class="field__control field__control--select"
                        on:change=move |ev| kind.set(EventKind::from_name(&event_target_value(&ev)))>
                        {move || choices.get().into_iter().map(|k| view! {
                            <option value=k.name() selected=move || chosen() == Some(k)>{names::event(i18n, k)}</option>
                        }).collect_view()}
                    </select>
                </FieldFrame>
                <FieldFrame id="event-date" label=label!(i18n, case_event_date)>
                    <input id="event-date" type="date" class="field__control field__control--date" prop:value=date
                        on:input=move |ev| date.set(event_target_value(&ev)) />
                </FieldFrame>
                <FieldFrame id="event-who" label=label!(i18n, case_event_who)>
                    <input id="event-who" type="text" class="field__control" autocomplete="name" prop:value=who
                        on:input=move |ev| who.set(event_target_value(&ev)) />
                </FieldFrame>
            </div>
            <Show when=move || chosen() == Some(EventKind::Refused)>
                <FieldFrame id="event-ground" label=label!(i18n, case_event_ground)>
                    <select id="event-ground" class="field__control field__control--select"
                        on:change=move |ev| ground.set(RefusalGround::from_name(&event_target_value(&ev)))>
                        <option value="">{t!(i18n, case_not_given)}</option>
                        {RefusalGround::ALL.iter().map(|&g| view! { <option value=g.name()>{names::ground(i18n, g)}</option> }).collect_view()}
                    </select>
                </FieldFrame>
            </Show>
            <Show when=needs_channel>
                <FieldFrame id="event-channel" label=label!(i18n, case_f_channel)>
                    <select id="event-channel" class="field__control field__control--select"
                        on:change=move |ev| channel.set(Channel::from_name(&event_target_value(&ev)))>
                        <option value="" selected=move || channel.get().is_none()>{t!(i18n, case_not_given)}</option>
                        {Channel::ALL.iter().map(|&ch| view! {
                            <option value=ch.name() selected=move || channel.get() == Some(ch)>{names::channel(i18n, ch)}</option>
                        }).collect_view()}
                    </select>
                </FieldFrame>
            </Show>
            <Show when=needs_until>
                <FieldFrame id="event-until" label=label!(i18n, case_event_until_label)>
                    <input id="event-until" type="date" class="field__control field__control--date" prop:value=until
                        on:input=move |ev| until.set(event_target_value(&ev)) />
                </FieldFrame>
            </Show>
            <FieldFrame id="event-note" label=label!(i18n, case_event_note)>
                <textarea id="event-note" class="field__control" rows="2" prop:value=note
                    on:input=move |ev| note.set(event_target_value(&ev))></textarea>
            </FieldFrame>
            <Show when=can_archive_draft>
                <div class="checkbox">
                    <input id="event-archive" type="checkbox" prop:checked=archive_draft
                        on:change=move |ev| archive_draft.set(event_target_checked(&ev)) />
                    <label for="event-archive">{t!(i18n, case_event_archive_pdf)}</label>
                </div>
            </Show>
            <FieldFrame id="event-file" label=label!(i18n, case_event_file) hint=Some(label!(i18n, case_event_file_hint))>
                <input id="event-file" type="file" class="field__control" aria-describedby="event-file-hint"
                    on:change=move |ev| {
                        let input: web_sys::HtmlInputElement = event_target(&ev);
                        file.set(input.files().and_then(|f| f.get(0)));
                    } />
            </FieldFrame>
            {move || (!problems.get().is_empty()).then(|| view! {
                <div class="error-summary" role="alert" data-testid="event-problems">
                    <ul>{problems.get().into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                </div>
            })}
            <button type="submit" class="button" data-testid="add-event-button" disabled=working>{t!(i18n, case_event_add)}</button>
        </form>
    }
}
