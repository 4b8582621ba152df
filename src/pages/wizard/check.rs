//! The check step: every finding, grouped by step, GOV.UK error-summary
//! style. Each entry links to its field: following it opens the field's step
//! and focuses the field. A warning or advice can be acknowledged with a
//! reason (`mla_core::acknowledge`): it then moves to its own list, with the
//! reason, and stops counting; it can be withdrawn.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use mla_core::findings::{Counts, Finding, Severity};
use mla_core::steps::Step;

use super::step_href;
use crate::components::fields::field_id;
use crate::components::form::InputField;
use crate::draft_state::DraftCtx;
use crate::i18n::*;
use crate::texts;
use crate::texts::names::{severity, step_title};

/// Focuses the element with `id` once the step holding it has rendered.
pub fn focus_when_present(id: String, tries: u32) {
    if let Some(el) = document().get_element_by_id(&id) {
        if let Some(el) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&el) {
            let _ = el.focus();
            el.scroll_into_view();
        }
    } else if tries > 0 {
        let again = id.clone();
        gloo_timers::callback::Timeout::new(30, move || focus_when_present(again, tries - 1))
            .forget();
    }
}

#[component]
pub fn CheckStep(ctx: DraftCtx) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let draft_id = ctx.draft.with_untracked(|d| d.id.clone());
    let summary = NodeRef::<leptos::html::Div>::new();
    // After the page heading has taken focus on arrival, the summary takes
    // it (GOV.UK: the error summary is focused when shown).
    Effect::new(move |_| {
        if let Some(el) = summary.get() {
            gloo_timers::callback::Timeout::new(0, move || {
                let _ = el.focus();
            })
            .forget();
        }
    });
    let entry = move |f: Finding| {
        let id = field_id(&f.path);
        let href = format!("{}#{id}", step_href(&draft_id, f.step()));
        let step = f.step();
        let nav = navigate.clone();
        let draft_id = draft_id.clone();
        let text = texts::findings::message(i18n, &f);
        let source = f.source;
        let ack = match (&f.acknowledged, f.severity) {
            (_, Severity::Blocking) => None,
            (Some(reason), _) => {
                let (reason, withdrawn) = (reason.clone(), f.clone());
                Some(view! {
                    <p class="finding__ack">{t_string!(i18n, check_ack_shown, reason = reason).to_string()}</p>
                    <button type="button" class="button button--secondary"
                        on:click=move |_| ctx.draft.update(|d| mla_core::acknowledge::withdraw(d, &withdrawn))>
                        {t!(i18n, check_ack_withdraw)}
                    </button>
                }.into_any())
            }
            (None, _) => Some(view! { <AckForm ctx=ctx finding=f.clone() /> }.into_any()),
        };
        view! {
            <li class=format!("finding finding--{}", f.severity.as_str())>
                <span class="finding__severity">{severity(i18n, f.severity)}</span>
                " "
                <a href=href on:click=move |ev| {
                    ev.prevent_default();
                    nav(&step_href(&draft_id, step), Default::default());
                    focus_when_present(id.clone(), 40);
                }>{text}</a>
                " "
                <span class="finding__source">{t_string!(i18n, check_source, source = source).to_string()}</span>
                {ack}
            </li>
        }
    };
    view! {
        {move || {
            let all = ctx.findings.get();
            let c = Counts::of(&all);
            let (acknowledged, findings): (Vec<Finding>, Vec<Finding>) =
                all.into_iter().partition(|f| f.acknowledged.is_some());
            let acknowledged = (!acknowledged.is_empty()).then(|| {
                let entry = entry.clone();
                view! {
                    <section class="acknowledged" aria-labelledby="acknowledged-title">
                        <h2 id="acknowledged-title">{t!(i18n, check_acknowledged_title)}</h2>
                        <p>{t!(i18n, check_acknowledged_intro)}</p>
                        <ul class="error-summary__list">{acknowledged.into_iter().map(entry).collect_view()}</ul>
                    </section>
                }
            });
            if findings.is_empty() {
                return view! {
                    <p class="notice" role="status">{t!(i18n, check_none)}</p>
                    {acknowledged}
                }
                .into_any();
            }
            let groups = Step::ALL
                .into_iter()
                .filter_map(|s| {
                    let items: Vec<Finding> = findings.iter().filter(|f| f.step() == s).cloned().collect();
                    (!items.is_empty()).then(|| {
                        let entry = entry.clone();
                        view! {
                            <h3>{step_title(i18n, s)}</h3>
                            <ul class="error-summary__list">{items.into_iter().map(entry).collect_view()}</ul>
                        }
                    })
                })
                .collect_view();
            view! {
                <div class="error-summary" role="alert" tabindex="-1" node_ref=summary aria-labelledby="error-summary-title">
                    <h2 id="error-summary-title">{t!(i18n, check_summary_title)}</h2>
                    <p>{t_string!(i18n, check_counts, blocking = c.blocking, warning = c.warning, advice = c.advice).to_string()}</p>
                    {groups}
                </div>
                {acknowledged}
            }
            .into_any()
        }}
    }
}

/// Acknowledging one warning: the reason, then the button. Folded away
/// until asked for, so the summary stays a list of links.
#[component]
fn AckForm(ctx: DraftCtx, finding: Finding) -> impl IntoView {
    let i18n = use_i18n();
    let reason = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    // One form per finding: its id is the field's and the rule's.
    let id = format!("ack-{}-{}", field_id(&finding.path), finding.rule);
    let on_click = move |_| {
        let text = reason.get_untracked();
        if text.trim().is_empty() {
            error.set(Some(t_string!(i18n, check_ack_missing).to_string()));
            return;
        }
        error.set(None);
        let now = crate::ids::now();
        // Only warnings and advice get this form, so the core accepts it.
        ctx.draft.update(|d| {
            let _ = mla_core::acknowledge::acknowledge(d, &finding, &text, &now);
        });
    };
    view! {
        <details class="finding__ack">
            <summary>{t!(i18n, check_ack_open)}</summary>
            <InputField id=id label=Signal::derive(move || t_string!(i18n, check_ack_reason).to_string())
                error=error value=reason autocomplete="off" />
            <button type="button" class="button button--secondary" on:click=on_click>{t!(i18n, check_ack_button)}</button>
        </details>
    }
}
