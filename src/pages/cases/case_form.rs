//! A case's own fields, edited in place and saved as the user types (a
//! short pause, or leaving the field, or hiding the page), with the
//! revision check that keeps two tabs from overwriting each other.

use std::cell::RefCell;

use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use leptos::task::spawn_local;
use mla_core::cases::store::SaveError;
use mla_core::cases::{Case, CaseKind, Channel, Direction, Priority};
use mla_core::dates::Date;
use mla_core::reference::countries;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::{state_name, ui_lang};
use crate::components::fields::FieldFrame;
use crate::i18n::*;
use crate::label;
use crate::texts::cases as names;

/// Where saving the case stands.
#[derive(Clone, PartialEq)]
pub enum CaseSave {
    Saved,
    Pending,
    Failed(SaveError),
    /// Another tab (or an import) changed the case: the stored version,
    /// for the user to choose.
    Conflict(Box<Case>),
}

/// A save waiting for its timer: the timer, the case and its save state.
type Pending = (Timeout, RwSignal<Case>, RwSignal<CaseSave>);

thread_local! {
    static PENDING: RefCell<Option<Pending>> = const { RefCell::new(None) };
}

/// Saves now whatever edit still waits for its timer.
pub fn flush() {
    if let Some((timer, case, state)) = PENDING.with(|p| p.borrow_mut().take()) {
        drop(timer);
        save_now(case, state);
    }
}

thread_local! {
    /// A save of this tab is running; another request waits for it, so
    /// two saves never start from the same revision (which would make the
    /// tab conflict with itself).
    static SAVING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    static AGAIN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Saves the case as it is now; on success it carries its new revision.
pub fn save_now(case: RwSignal<Case>, state: RwSignal<CaseSave>) {
    if SAVING.with(|s| s.replace(true)) {
        AGAIN.with(|a| a.set(true));
        return;
    }
    let Some(mut value) = case.try_get_untracked() else {
        SAVING.with(|s| s.set(false));
        return;
    };
    spawn_local(async move {
        let result = crate::storage::cases::save(&mut value).await;
        SAVING.with(|s| s.set(false));
        match result {
            Ok(()) => {
                // Only the revision: the user may have typed meanwhile.
                case.try_update(|c| {
                    c.revisions = value.revisions.clone();
                    c.updated = value.updated.clone();
                });
                if AGAIN.with(|a| a.replace(false)) {
                    save_now(case, state);
                } else {
                    let _ = state.try_set(CaseSave::Saved);
                }
            }
            Err(SaveError::Conflict { stored }) => {
                AGAIN.with(|a| a.set(false));
                let _ = state.try_set(CaseSave::Conflict(stored));
            }
            Err(e) => {
                AGAIN.with(|a| a.set(false));
                let _ = state.try_set(CaseSave::Failed(e));
            }
        }
    });
}

/// An edit: saved after a short pause.
pub fn edited(case: RwSignal<Case>, state: RwSignal<CaseSave>) {
    state.set(CaseSave::Pending);
    install_flush_listeners();
    let timer = Timeout::new(400, move || {
        PENDING.with(|p| p.borrow_mut().take());
        save_now(case, state);
    });
    PENDING.with(|p| *p.borrow_mut() = Some((timer, case, state)));
}

fn install_flush_listeners() {
    thread_local! { static INSTALLED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) }; }
    if INSTALLED.with(|i| i.replace(true)) {
        return;
    }
    let on_hide = Closure::<dyn Fn()>::new(|| {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            flush();
        }
    });
    let _ = document()
        .add_event_listener_with_callback("visibilitychange", on_hide.as_ref().unchecked_ref());
    on_hide.forget();
    let on_pagehide = Closure::<dyn Fn()>::new(flush);
    let _ =
        window().add_event_listener_with_callback("pagehide", on_pagehide.as_ref().unchecked_ref());
    on_pagehide.forget();
}

/// Lines of a text area as a list, empty lines dropped.
fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

#[component]
pub fn CaseForm(
    case: RwSignal<Case>,
    state: RwSignal<CaseSave>,
    read_only: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let edit = move |f: &dyn Fn(&mut Case)| {
        case.update(|c| f(c));
        edited(case, state);
    };
    let text = move |id: &'static str,
                     label: Signal<String>,
                     get: fn(&Case) -> String,
                     set: fn(&mut Case, String)| {
        view! {
            <FieldFrame id=id label=label>
                <input id=id type="text" class="field__control" prop:value=move || case.with(get)
                    disabled=read_only
                    on:input=move |ev| { let v = event_target_value(&ev); edit(&|c| set(c, v.clone())) }
                    on:change=move |_| flush() />
            </FieldFrame>
        }
    };
    let area = move |id: &'static str,
                     label: Signal<String>,
                     hint: Option<Signal<String>>,
                     get: fn(&Case) -> String,
                     set: fn(&mut Case, String)| {
        let described = hint.is_some().then(|| format!("{id}-hint"));
        view! {
            <FieldFrame id=id label=label hint=hint>
                <textarea id=id class="field__control" rows="3" aria-describedby=described disabled=read_only
                    prop:value=move || case.with(get)
                    on:input=move |ev| { let v = event_target_value(&ev); edit(&|c| set(c, v.clone())) }
                    on:change=move |_| flush()></textarea>
            </FieldFrame>
        }
    };
    let date = move |id: &'static str,
                     label: Signal<String>,
                     get: fn(&Case) -> Option<Date>,
                     set: fn(&mut Case, Option<Date>)| {
        view! {
            <FieldFrame id=id label=label>
                <input id=id type="date" class="field__control field__control--date" disabled=read_only
                    prop:value=move || case.with(get).map(|d| d.to_string()).unwrap_or_default()
                    on:change=move |ev| { let v = Date::parse(&event_target_value(&ev)); edit(&|c| set(c, v)); flush() } />
            </FieldFrame>
        }
    };
    // The State: a name typed in the UI language is stored as its code.
    let state_text = RwSignal::new(None::<String>);
    let state_shown = move || {
        state_text
            .get()
            .unwrap_or_else(|| case.with(|c| state_name(&c.counterpart.state, ui_lang(i18n))))
    };
    let reminders_text = RwSignal::new(None::<String>);
    let reminders_error = RwSignal::new(false);

    view! {
        <div class="case-form">
            {text("case-our-reference", label!(i18n, case_f_our_reference), |c| c.our_reference.clone(), |c, v| c.our_reference = v)}
            {text("case-their-reference", label!(i18n, case_f_their_reference), |c| c.their_reference.clone(), |c, v| c.their_reference = v)}
            <FieldFrame id="case-kind" label=label!(i18n, cases_col_kind)>
                <select id="case-kind" class="field__control field__control--select" disabled=read_only
                    on:change=move |ev| if let Some(k) = CaseKind::from_name(&event_target_value(&ev)) { edit(&|c| c.kind = k); flush() }>
                    {CaseKind::ALL.iter().map(|&k| view! {
                        <option value=k.name() selected=move || case.with(|c| c.kind == k)>{names::kind(i18n, k)}</option>
                    }).collect_view()}
                </select>
            </FieldFrame>
            <FieldFrame id="case-state" label=label!(i18n, case_f_state) hint=Some(label!(i18n, case_f_state_hint))>
                <input id="case-state" type="text" class="field__control" aria-describedby="case-state-hint" disabled=read_only
                    prop:value=state_shown
                    on:input=move |ev| state_text.set(Some(event_target_value(&ev)))
                    on:change=move |ev| {
                        let typed = event_target_value(&ev);
                        let stored = countries::chosen(&typed, ui_lang(i18n)).map_or_else(|| typed.trim().to_string(), str::to_string);
                        state_text.set(None);
                        edit(&|c| c.counterpart.state = stored.clone());
                        flush();
                    } />
            </FieldFrame>
            {text("case-authority", label!(i18n, case_f_authority), |c| c.counterpart.authority.clone(), |c, v| c.counterpart.authority = v)}
            {text("case-contact", label!(i18n, case_f_contact), |c| c.counterpart.contact.clone(), |c, v| c.counterpart.contact = v)}
            <FieldFrame id="case-channel" label=label!(i18n, case_f_channel)>
                <select id="case-channel" class="field__control field__control--select" disabled=read_only
                    on:change=move |ev| { let ch = Channel::from_name(&event_target_value(&ev)); edit(&|c| c.channel = ch); flush() }>
                    <option value="" selected=move || case.with(|c| c.channel.is_none())>{t!(i18n, case_not_given)}</option>
                    {Channel::ALL.iter().map(|&ch| view! {
                        <option value=ch.name() selected=move || case.with(|c| c.channel == Some(ch))>{names::channel(i18n, ch)}</option>
                    }).collect_view()}
                </select>
            </FieldFrame>
            {text("case-legal-basis", label!(i18n, case_f_legal_basis), |c| c.legal_basis.clone(), |c, v| c.legal_basis = v)}
            {text("case-domestic", label!(i18n, case_f_domestic), |c| c.domestic_case.clone(), |c, v| c.domestic_case = v)}
            {area("case-subject", label!(i18n, case_f_subject), None, |c| c.subject.clone(), |c, v| c.subject = v)}
            {area("case-offences", label!(i18n, case_f_offences), Some(label!(i18n, case_one_per_line)), |c| c.offences.join("\n"), |c, v| c.offences = lines(&v))}
            {area("case-persons", label!(i18n, case_f_persons), Some(label!(i18n, case_one_per_line)), |c| c.persons.join("\n"), |c, v| c.persons = lines(&v))}
            {area("case-assets", label!(i18n, case_f_assets), Some(label!(i18n, case_one_per_line)), |c| c.assets.join("\n"), |c, v| c.assets = lines(&v))}
            {text("case-officer", label!(i18n, case_f_officer), |c| c.officer.clone(), |c, v| c.officer = v)}
            <FieldFrame id="case-priority" label=label!(i18n, case_f_priority)>
                <select id="case-priority" class="field__control field__control--select" disabled=read_only
                    on:change=move |ev| if let Some(p) = Priority::from_name(&event_target_value(&ev)) { edit(&|c| c.priority = p); flush() }>
                    {Priority::ALL.iter().map(|&p| view! {
                        <option value=p.name() selected=move || case.with(|c| c.priority == p)>{names::priority(i18n, p)}</option>
                    }).collect_view()}
                </select>
            </FieldFrame>
            <div class="checkbox">
                <input id="case-urgent" type="checkbox" disabled=read_only prop:checked=move || case.with(|c| c.urgent)
                    on:change=move |ev| { let v = event_target_checked(&ev); edit(&|c| c.urgent = v); flush() } />
                <label for="case-urgent">{t!(i18n, case_f_urgent)}</label>
            </div>
            <Show when=move || case.with(|c| c.direction == Direction::Incoming)>
                {date("case-received", label!(i18n, case_f_received), |c| c.received, |c, v| c.received = v)}
            </Show>
            {date("case-execution-by", label!(i18n, case_f_execution_by), |c| c.execution_by, |c, v| c.execution_by = v)}
            {date("case-deadline", label!(i18n, case_f_deadline), |c| c.deadline, |c, v| c.deadline = v)}
            {text("case-deadline-reason", label!(i18n, case_f_deadline_reason), |c| c.deadline_reason.clone(), |c, v| c.deadline_reason = v)}
            <FieldFrame id="case-reminders" label=label!(i18n, case_f_reminders) hint=Some(label!(i18n, case_f_reminders_hint))
                error=Signal::derive(move || reminders_error.get().then(|| t_string!(i18n, case_f_reminders_error).to_string()))>
                <input id="case-reminders" type="text" inputmode="numeric" class="field__control" disabled=read_only
                    aria-describedby=move || if reminders_error.get() { "case-reminders-hint case-reminders-error" } else { "case-reminders-hint" }
                    aria-invalid=move || reminders_error.get().then_some("true")
                    prop:value=move || reminders_text.get().unwrap_or_else(|| case.with(|c| c.reminder_days.iter().map(u32::to_string).collect::<Vec<_>>().join(", ")))
                    on:input=move |ev| reminders_text.set(Some(event_target_value(&ev)))
                    on:change=move |ev| match mla_core::cases::record::parse_reminder_days(&event_target_value(&ev)) {
                        // Bad input: say so and keep the last good steps.
                        None => reminders_error.set(true),
                        Some(days) => {
                            reminders_error.set(false);
                            reminders_text.set(None);
                            edit(&|c| c.reminder_days = days.clone());
                            flush();
                        }
                    } />
            </FieldFrame>
            <Show when=move || case.with(|c| matches!(c.kind, CaseKind::ProvisionalArrest | CaseKind::Extradition) && c.direction == Direction::Outgoing)>
                <FieldFrame id="case-arrest-days" label=label!(i18n, case_f_arrest_days) hint=Some(label!(i18n, case_f_arrest_days_hint))>
                    <input id="case-arrest-days" type="number" min="1" max="365" class="field__control field__control--short" aria-describedby="case-arrest-days-hint"
                        disabled=read_only
                        prop:value=move || case.with(|c| c.arrest_limit_days.map(|d| d.to_string()).unwrap_or_default())
                        on:change=move |ev| { let v = event_target_value(&ev).trim().parse::<u32>().ok().filter(|d| (1..=365).contains(d)); edit(&|c| c.arrest_limit_days = v); flush() } />
                </FieldFrame>
            </Show>
            {area("case-notes", label!(i18n, case_f_notes), None, |c| c.notes.clone(), |c, v| c.notes = v)}
        </div>
    }
}
