//! Steps with lists of things the measures point to: offences, facts,
//! persons; and the annexes.

use leptos::prelude::*;
use mla_core::model::{Annex, Fact, Offence, Person, PersonRole};

use super::lists::{keyed, lines, remove};
use crate::components::fields::{CheckField, SelectField, TextField};
use crate::draft_state::DraftCtx;
use crate::i18n::*;
use crate::{field, ids, item, label};

/// The focus target of a list path such as `offences` (the add button's
/// paragraph), so an error-summary link always has somewhere to land.
#[component]
fn AddButton(
    path: &'static str,
    text: Signal<String>,
    on_add: impl Fn() + 'static,
) -> impl IntoView {
    view! {
        <p id=crate::components::fields::field_id(path) tabindex="-1">
            <button type="button" class="button button--secondary" on:click=move |_| on_add()>{text}</button>
        </p>
    }
}

#[component]
pub fn OffencesStep(ctx: DraftCtx) -> impl IntoView {
    let i18n = use_i18n();
    let draft = ctx.draft;
    view! {
        <For
            each=move || draft.with(|d| keyed(&d.offences, |x| &x.id))
            key=|k| k.clone()
            children=move |(i, id)| {
                let (name, set_name) = item!(ctx, [offences], id, name);
                let (provision, set_provision) = item!(ctx, [offences], id, provision);
                let (penalty, set_penalty) = item!(ctx, [offences], id, max_penalty);
                let (conduct, set_conduct) = item!(ctx, [offences], id, conduct);
                let rid = id.clone();
                view! {
                    <fieldset class="item">
                        <legend>{move || t_string!(i18n, offence_n, n = i + 1).to_string()}</legend>
                        <TextField path=format!("offences[{i}].name") label=label!(i18n, f_offence_name) value=name on_input=set_name />
                        <TextField path=format!("offences[{i}].provision") label=label!(i18n, f_offence_provision) value=provision on_input=set_provision multiline=true />
                        <TextField path=format!("offences[{i}].max_penalty") label=label!(i18n, f_offence_penalty) value=penalty on_input=set_penalty />
                        <TextField path=format!("offences[{i}].conduct") label=label!(i18n, f_offence_conduct)
                            hint=label!(i18n, hint_offence_conduct) value=conduct on_input=set_conduct multiline=true />
                        <button type="button" class="button button--secondary"
                            on:click=move |_| remove(draft, |d| &mut d.offences, |x| x.id == rid)>{t!(i18n, remove)}</button>
                    </fieldset>
                }
            }
        />
        <AddButton path="offences" text=label!(i18n, add_offence)
            on_add=move || draft.update(|d| d.offences.push(Offence { id: ids::item_id("o"), ..Default::default() })) />
    }
}

#[component]
pub fn FactsStep(ctx: DraftCtx) -> impl IntoView {
    let i18n = use_i18n();
    let draft = ctx.draft;
    let (summary, set_summary) = field!(ctx, facts.summary);
    view! {
        <TextField path="facts.summary" label=label!(i18n, f_facts_summary) value=summary on_input=set_summary multiline=true />
        <For
            each=move || draft.with(|d| keyed(&d.facts.items, |x| &x.id))
            key=|k| k.clone()
            children=move |(i, id)| {
                let (what, set_what) = item!(ctx, [facts.items], id, what);
                let (who, set_who) = item!(ctx, [facts.items], id, who);
                let (from, set_from) = item!(ctx, [facts.items], id, date_from);
                let (to, set_to) = item!(ctx, [facts.items], id, date_to);
                let (place, set_place) = item!(ctx, [facts.items], id, place);
                let (how, set_how) = item!(ctx, [facts.items], id, how);
                let rid = id.clone();
                view! {
                    <fieldset class="item">
                        <legend>{move || t_string!(i18n, fact_n, n = i + 1).to_string()}</legend>
                        <TextField path=format!("facts.items[{i}].what") label=label!(i18n, f_fact_what) value=what on_input=set_what multiline=true />
                        <TextField path=format!("facts.items[{i}].who") label=label!(i18n, f_fact_who) value=who on_input=set_who />
                        <TextField path=format!("facts.items[{i}].date_from") label=label!(i18n, f_fact_date_from) value=from on_input=set_from kind="date" />
                        <TextField path=format!("facts.items[{i}].date_to") label=label!(i18n, f_fact_date_to) value=to on_input=set_to kind="date" />
                        <TextField path=format!("facts.items[{i}].place") label=label!(i18n, f_fact_place) value=place on_input=set_place />
                        <TextField path=format!("facts.items[{i}].how") label=label!(i18n, f_fact_how) value=how on_input=set_how multiline=true />
                        <button type="button" class="button button--secondary"
                            on:click=move |_| remove(draft, |d| &mut d.facts.items, |x| x.id == rid)>{t!(i18n, remove)}</button>
                    </fieldset>
                }
            }
        />
        <AddButton path="facts.items" text=label!(i18n, add_fact)
            on_add=move || draft.update(|d| d.facts.items.push(Fact { id: ids::item_id("f"), ..Default::default() })) />
    }
}

/// The translated name of a person's role.
pub fn role_name(i18n: crate::I18n, role: PersonRole) -> String {
    match role {
        PersonRole::Suspect => t_string!(i18n, role_suspect),
        PersonRole::Accused => t_string!(i18n, role_accused),
        PersonRole::Witness => t_string!(i18n, role_witness),
        PersonRole::Victim => t_string!(i18n, role_victim),
        PersonRole::Expert => t_string!(i18n, role_expert),
        PersonRole::LegalPerson => t_string!(i18n, role_legal_person),
        PersonRole::AccountHolder => t_string!(i18n, role_account_holder),
        PersonRole::Other => t_string!(i18n, role_other),
    }
    .to_string()
}

#[component]
pub fn PersonsStep(ctx: DraftCtx) -> impl IntoView {
    let i18n = use_i18n();
    let draft = ctx.draft;
    let roles = Signal::derive(move || {
        PersonRole::ALL
            .into_iter()
            .map(|r| (r.as_str().to_string(), role_name(i18n, r)))
            .collect::<Vec<_>>()
    });
    view! {
        <For
            each=move || draft.with(|d| keyed(&d.persons, |x| &x.id))
            key=|k| k.clone()
            children=move |(i, id)| {
                let (role, set_role) = item!(ctx, [persons], id, role);
                let role_value = Signal::derive(move || role.get().as_str().to_string());
                let set_role_str = move |v: String| {
                    if let Some(r) = PersonRole::ALL.into_iter().find(|r| r.as_str() == v) {
                        set_role(r)
                    }
                };
                let (family, set_family) = item!(ctx, [persons], id, family_name);
                let (given, set_given) = item!(ctx, [persons], id, given_names);
                let (aliases, set_aliases) = item!(ctx, [persons], id, aliases);
                let aliases_text = Signal::derive(move || aliases.get().join("\n"));
                let (birth_date, set_birth_date) = item!(ctx, [persons], id, birth_date);
                let (birth_place, set_birth_place) = item!(ctx, [persons], id, birth_place);
                let (nationality, set_nationality) = item!(ctx, [persons], id, nationality);
                let (addresses, set_addresses) = item!(ctx, [persons], id, addresses);
                let addresses_text = Signal::derive(move || addresses.get().join("\n"));
                let (location, set_location) = item!(ctx, [persons], id, location);
                let (other, set_other) = item!(ctx, [persons], id, other_identifiers);
                let rid = id.clone();
                view! {
                    <fieldset class="item">
                        <legend>{move || t_string!(i18n, person_n, n = i + 1).to_string()}</legend>
                        <SelectField path=format!("persons[{i}].role") label=label!(i18n, f_role) options=roles value=role_value on_change=set_role_str />
                        <TextField path=format!("persons[{i}].family_name") label=label!(i18n, f_family_name) value=family on_input=set_family />
                        <TextField path=format!("persons[{i}].given_names") label=label!(i18n, f_given_names) value=given on_input=set_given />
                        <TextField path=format!("persons[{i}].aliases") label=label!(i18n, f_aliases) value=aliases_text
                            on_input=move |v: String| set_aliases(lines(&v)) multiline=true />
                        <TextField path=format!("persons[{i}].birth_date") label=label!(i18n, f_birth_date) value=birth_date on_input=set_birth_date kind="date" />
                        <TextField path=format!("persons[{i}].birth_place") label=label!(i18n, f_birth_place) value=birth_place on_input=set_birth_place />
                        <TextField path=format!("persons[{i}].nationality") label=label!(i18n, f_nationality) value=nationality on_input=set_nationality />
                        <TextField path=format!("persons[{i}].addresses") label=label!(i18n, f_addresses) value=addresses_text
                            on_input=move |v: String| set_addresses(lines(&v)) multiline=true />
                        <TextField path=format!("persons[{i}].location") label=label!(i18n, f_location) value=location on_input=set_location />
                        <TextField path=format!("persons[{i}].other_identifiers") label=label!(i18n, f_other_identifiers) value=other on_input=set_other multiline=true />
                        <button type="button" class="button button--secondary"
                            on:click=move |_| remove(draft, |d| &mut d.persons, |x| x.id == rid)>{t!(i18n, remove)}</button>
                    </fieldset>
                }
            }
        />
        <AddButton path="persons" text=label!(i18n, add_person)
            on_add=move || draft.update(|d| d.persons.push(Person { id: ids::item_id("p"), ..Default::default() })) />
    }
}

#[component]
pub fn AnnexesStep(ctx: DraftCtx) -> impl IntoView {
    let i18n = use_i18n();
    let draft = ctx.draft;
    view! {
        <For
            each=move || draft.with(|d| keyed(&d.annexes, |x| &x.id))
            key=|k| k.clone()
            children=move |(i, id)| {
                let (title, set_title) = item!(ctx, [annexes], id, title);
                let (kind, set_kind) = item!(ctx, [annexes], id, kind);
                let (translated, set_translated) = item!(ctx, [annexes], id, translated);
                let rid = id.clone();
                view! {
                    <fieldset class="item">
                        <legend>{move || t_string!(i18n, annex_n, n = i + 1).to_string()}</legend>
                        <TextField path=format!("annexes[{i}].title") label=label!(i18n, f_annex_title) value=title on_input=set_title />
                        <TextField path=format!("annexes[{i}].kind") label=label!(i18n, f_annex_kind) value=kind on_input=set_kind />
                        <CheckField path=format!("annexes[{i}].translated") label=label!(i18n, f_annex_translated) checked=translated on_change=set_translated />
                        <button type="button" class="button button--secondary"
                            on:click=move |_| remove(draft, |d| &mut d.annexes, |x| x.id == rid)>{t!(i18n, remove)}</button>
                    </fieldset>
                }
            }
        />
        <AddButton path="annexes" text=label!(i18n, add_annex)
            on_add=move || draft.update(|d| d.annexes.push(Annex { id: ids::item_id("a"), ..Default::default() })) />
    }
}
