//! Steps about who asks whom, on what basis, in which proceedings, and the
//! closing formalities.

use leptos::prelude::*;
use mla_core::languages::LANGUAGES;
use mla_core::model::{Instrument, ProceedingsKind};

use super::lists::{keyed, remove};
use super::reference_panels::{AddresseePanel, LegalBasisFinder};
use crate::components::fields::{CheckField, SelectField, TextField};
use crate::components::state_field::StateField;
use crate::draft_state::DraftCtx;
use crate::i18n::*;
use crate::{field, ids, item, label, lang_field};

#[component]
pub fn RequestingStep(ctx: DraftCtx) -> impl IntoView {
    let i18n = use_i18n();
    let (title, set_title) = field!(ctx, title);
    let (state, set_state) = field!(ctx, requesting.state);
    let (name, set_name) = field!(ctx, requesting.authority.name);
    let (functions, set_functions) = field!(ctx, requesting.authority.functions);
    let (address, set_address) = field!(ctx, requesting.authority.address);
    let (contact, set_contact) = field!(ctx, requesting.authority.contact_person);
    let (phone, set_phone) = field!(ctx, requesting.authority.phone);
    let (email, set_email) = field!(ctx, requesting.authority.email);
    let (reference, set_reference) = field!(ctx, requesting.reference);
    view! {
        <TextField path="title" label=label!(i18n, draft_title_label) value=title on_input=set_title />
        <StateField path="requesting.state" label=label!(i18n, f_state) value=state on_input=set_state />
        <TextField path="requesting.authority.name" label=label!(i18n, f_authority_name) value=name on_input=set_name />
        <TextField path="requesting.authority.functions" label=label!(i18n, f_authority_functions) value=functions on_input=set_functions multiline=true />
        <TextField path="requesting.authority.address" label=label!(i18n, f_address) value=address on_input=set_address multiline=true />
        <TextField path="requesting.authority.contact_person" label=label!(i18n, f_contact_person) value=contact on_input=set_contact />
        <TextField path="requesting.authority.phone" label=label!(i18n, f_phone) value=phone on_input=set_phone kind="tel" />
        <TextField path="requesting.authority.email" label=label!(i18n, f_email) value=email on_input=set_email kind="email" />
        <TextField path="requesting.reference" label=label!(i18n, f_reference) value=reference on_input=set_reference />
    }
}

#[component]
pub fn RequestedStep(ctx: DraftCtx) -> impl IntoView {
    let i18n = use_i18n();
    let (state, set_state) = field!(ctx, requested.state);
    let (name, set_name) = field!(ctx, requested.authority_name);
    let (address, set_address) = field!(ctx, requested.address);
    view! {
        <AddresseePanel ctx=ctx />
        <StateField path="requested.state" label=label!(i18n, f_state) value=state on_input=set_state />
        <TextField path="requested.authority_name" label=label!(i18n, f_requested_authority) value=name on_input=set_name />
        <TextField path="requested.address" label=label!(i18n, f_address) value=address on_input=set_address multiline=true />
    }
}

#[component]
pub fn LegalBasisStep(ctx: DraftCtx) -> impl IntoView {
    let i18n = use_i18n();
    let draft = ctx.draft;
    let (reciprocity, set_reciprocity) = field!(ctx, legal_basis.reciprocity);
    let add = move |_| {
        draft.update(|d| {
            d.legal_basis.instruments.push(Instrument {
                id: ids::item_id("lb"),
                ..Default::default()
            })
        })
    };
    view! {
        <LegalBasisFinder ctx=ctx />
        <For
            each=move || draft.with(|d| keyed(&d.legal_basis.instruments, |x| &x.id))
            key=|k| k.clone()
            children=move |(i, id)| {
                let (title, set_title) = item!(ctx, [legal_basis.instruments], id, title);
                let (articles, set_articles) = item!(ctx, [legal_basis.instruments], id, articles);
                let remove_id = id.clone();
                view! {
                    <fieldset class="item">
                        <legend>{move || t_string!(i18n, instrument_n, n = i + 1).to_string()}</legend>
                        <TextField path=format!("legal_basis.instruments[{i}].title") label=label!(i18n, f_instrument_title) value=title on_input=set_title />
                        <TextField path=format!("legal_basis.instruments[{i}].articles") label=label!(i18n, f_instrument_articles) value=articles on_input=set_articles />
                        <button type="button" class="button button--secondary"
                            on:click=move |_| remove(draft, |d| &mut d.legal_basis.instruments, |x| x.id == remove_id)>
                            {t!(i18n, remove)}
                        </button>
                    </fieldset>
                }
            }
        />
        <p id="f-legal_basis-instruments" tabindex="-1">
            <button type="button" class="button button--secondary" on:click=add>{t!(i18n, add_instrument)}</button>
        </p>
        <CheckField path="legal_basis.reciprocity" label=label!(i18n, f_reciprocity) checked=reciprocity on_change=set_reciprocity />
    }
}

#[component]
pub fn ProceedingsStep(ctx: DraftCtx) -> impl IntoView {
    let i18n = use_i18n();
    let draft = ctx.draft;
    let kind = Signal::derive(move || {
        draft.with(|d| {
            d.proceedings
                .kind
                .map(|k| k.as_str().to_string())
                .unwrap_or_default()
        })
    });
    let set_kind = move |v: String| {
        draft.update(|d| {
            d.proceedings.kind = ProceedingsKind::ALL.into_iter().find(|k| k.as_str() == v)
        })
    };
    let options = Signal::derive(move || {
        let mut o = vec![(String::new(), t_string!(i18n, choose).to_string())];
        for k in ProceedingsKind::ALL {
            let text = match k {
                ProceedingsKind::Investigation => t_string!(i18n, kind_investigation),
                ProceedingsKind::Prosecution => t_string!(i18n, kind_prosecution),
                ProceedingsKind::Trial => t_string!(i18n, kind_trial),
                ProceedingsKind::ExecutionOfSentence => t_string!(i18n, kind_execution_of_sentence),
            };
            o.push((k.as_str().to_string(), text.to_string()));
        }
        o
    });
    let (subject, set_subject) = field!(ctx, proceedings.subject);
    let (stage, set_stage) = field!(ctx, proceedings.stage);
    let (authority, set_authority) = field!(ctx, proceedings.authority);
    let (functions, set_functions) = field!(ctx, proceedings.authority_functions);
    let (case_ref, set_case_ref) = field!(ctx, proceedings.case_reference);
    view! {
        <SelectField path="proceedings.kind" label=label!(i18n, f_proceedings_kind) options=options value=kind on_change=set_kind />
        <TextField path="proceedings.subject" label=label!(i18n, f_subject) value=subject on_input=set_subject multiline=true />
        <TextField path="proceedings.stage" label=label!(i18n, f_stage) value=stage on_input=set_stage />
        <TextField path="proceedings.authority" label=label!(i18n, f_conducting_authority) value=authority on_input=set_authority />
        <TextField path="proceedings.authority_functions" label=label!(i18n, f_conducting_functions) value=functions on_input=set_functions multiline=true />
        <TextField path="proceedings.case_reference" label=label!(i18n, f_case_reference) value=case_ref on_input=set_case_ref />
    }
}

#[component]
pub fn SignatureStep(ctx: DraftCtx) -> impl IntoView {
    let i18n = use_i18n();
    let (language, set_language) = lang_field!(ctx, language);
    let options = Signal::derive(move || {
        let mut o = vec![(String::new(), t_string!(i18n, choose).to_string())];
        o.extend(
            LANGUAGES
                .iter()
                .map(|l| (l.tag().to_string(), l.endonym().to_string())),
        );
        o
    });
    let (place, set_place) = field!(ctx, signature.place);
    let (date, set_date) = field!(ctx, signature.date);
    let (name, set_name) = field!(ctx, signature.signatory_name);
    let (title, set_title) = field!(ctx, signature.signatory_title);
    view! {
        <SelectField path="language" label=label!(i18n, f_language) options=options value=language on_change=set_language />
        <TextField path="signature.place" label=label!(i18n, f_place) value=place on_input=set_place />
        <TextField path="signature.date" label=label!(i18n, f_date) value=date on_input=set_date kind="date" />
        <TextField path="signature.signatory_name" label=label!(i18n, f_signatory_name) value=name on_input=set_name />
        <TextField path="signature.signatory_title" label=label!(i18n, f_signatory_title) value=title on_input=set_title />
    }
}
