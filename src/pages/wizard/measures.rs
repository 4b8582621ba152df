//! The assistance requested: measures of many types, each with its own
//! questions, its purpose and its links to facts, persons and offences.
//!
//! The questions of each type are a table ([`fields_of`]); a measure's
//! type-specific answers are read and written through their serde form, so
//! a new type needs a table row and labels, not a new component.

use leptos::prelude::*;
use mla_core::model::{Draft, Measure, MEASURE_TYPES};
use serde_json::Value;

use super::lists::{keyed, remove, shift};
use crate::components::fields::{field_id, CheckField, SelectField, TextField};
use crate::draft_state::DraftCtx;
use crate::i18n::*;
use crate::{ids, item};

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Text,
    Area,
    Date,
    Bool,
    Status,
    Person,
    Categories,
}

/// The questions each measure type asks, in order.
fn fields_of(type_name: &str) -> &'static [(&'static str, Kind)] {
    use Kind::*;
    match type_name {
        "taking_evidence" => &[
            ("status", Status),
            ("questions", Area),
            ("questions_annexed", Bool),
            ("rights", Area),
            ("officials_present", Bool),
            ("officials", Text),
            ("interpreter_language", Text),
        ],
        "videoconference" => &[
            ("person_id", Person),
            ("status", Status),
            ("proposed_dates", Text),
            ("technical_contact", Text),
            ("interpreter_language", Text),
        ],
        "service_of_documents" => &[("documents", Area), ("proof_of_service", Text)],
        "search_seizure" => &[
            ("premises", Area),
            ("items_sought", Area),
            ("grounds", Area),
            ("order_annexed", Bool),
            ("chain_of_custody", Text),
        ],
        "freezing" => &[
            ("asset", Area),
            ("location", Text),
            ("estimated_value", Text),
            ("link_to_offence", Area),
            ("dissipation_risk", Area),
            ("order_annexed", Bool),
            ("confiscation_to_follow", Bool),
        ],
        "examination" => &[("object_or_site", Text), ("what_to_examine", Area)],
        "information" => &[("items", Area), ("expert_evaluation", Bool)],
        "records" => &[
            ("holder", Text),
            ("account_numbers", Area),
            ("record_kinds", Area),
            ("period_from", Date),
            ("period_to", Date),
            ("certification", Text),
        ],
        "tracing_proceeds" => &[
            ("property", Area),
            ("known_locations", Area),
            ("link_to_offence", Area),
        ],
        "voluntary_appearance" => &[
            ("person_id", Person),
            ("safe_conduct", Bool),
            ("expenses", Text),
        ],
        "temporary_transfer" => &[
            ("person_id", Person),
            ("consent", Bool),
            ("custody", Area),
            ("return_by", Date),
        ],
        "preservation" => &[
            ("custodian", Text),
            ("identifiers", Area),
            ("categories", Categories),
            ("relation_to_offence", Area),
            ("why_needed", Area),
            ("mla_to_follow", Bool),
        ],
        "stored_data" => &[
            ("provider", Text),
            ("identifiers", Area),
            ("categories", Categories),
            ("date_from", Date),
            ("date_to", Date),
            ("time_zone", Text),
            ("preservation_reference", Text),
        ],
        "other" => &[("name", Text), ("description", Area)],
        _ => &[],
    }
}

/// The translated name of a measure type.
pub fn type_label(i18n: crate::I18n, type_name: &str) -> String {
    match type_name {
        "taking_evidence" => t_string!(i18n, mt_taking_evidence),
        "videoconference" => t_string!(i18n, mt_videoconference),
        "service_of_documents" => t_string!(i18n, mt_service_of_documents),
        "search_seizure" => t_string!(i18n, mt_search_seizure),
        "freezing" => t_string!(i18n, mt_freezing),
        "examination" => t_string!(i18n, mt_examination),
        "information" => t_string!(i18n, mt_information),
        "records" => t_string!(i18n, mt_records),
        "tracing_proceeds" => t_string!(i18n, mt_tracing_proceeds),
        "voluntary_appearance" => t_string!(i18n, mt_voluntary_appearance),
        "temporary_transfer" => t_string!(i18n, mt_temporary_transfer),
        "preservation" => t_string!(i18n, mt_preservation),
        "stored_data" => t_string!(i18n, mt_stored_data),
        _ => t_string!(i18n, mt_other),
    }
    .to_string()
}

fn field_label(i18n: crate::I18n, type_name: &str, field: &str) -> String {
    match (type_name, field) {
        ("freezing", "location") => t_string!(i18n, f_asset_location),
        (_, "status") => t_string!(i18n, f_hearing_status),
        (_, "questions") => t_string!(i18n, f_questions),
        (_, "questions_annexed") => t_string!(i18n, f_questions_annexed),
        (_, "rights") => t_string!(i18n, f_rights),
        (_, "officials_present") => t_string!(i18n, f_officials_present),
        (_, "officials") => t_string!(i18n, f_officials),
        (_, "interpreter_language") => t_string!(i18n, f_interpreter_language),
        (_, "documents") => t_string!(i18n, f_documents),
        (_, "proof_of_service") => t_string!(i18n, f_proof_of_service),
        (_, "premises") => t_string!(i18n, f_premises),
        (_, "items_sought") => t_string!(i18n, f_items_sought),
        (_, "grounds") => t_string!(i18n, f_grounds),
        (_, "order_annexed") => t_string!(i18n, f_order_annexed),
        (_, "chain_of_custody") => t_string!(i18n, f_chain_of_custody),
        (_, "asset") => t_string!(i18n, f_asset),
        (_, "estimated_value") => t_string!(i18n, f_estimated_value),
        (_, "link_to_offence") => t_string!(i18n, f_link_to_offence),
        (_, "dissipation_risk") => t_string!(i18n, f_dissipation_risk),
        (_, "confiscation_to_follow") => t_string!(i18n, f_confiscation_to_follow),
        (_, "object_or_site") => t_string!(i18n, f_object_or_site),
        (_, "what_to_examine") => t_string!(i18n, f_what_to_examine),
        (_, "items") => t_string!(i18n, f_items),
        (_, "expert_evaluation") => t_string!(i18n, f_expert_evaluation),
        (_, "holder") => t_string!(i18n, f_holder),
        (_, "account_numbers") => t_string!(i18n, f_account_numbers),
        (_, "record_kinds") => t_string!(i18n, f_record_kinds),
        (_, "period_from") => t_string!(i18n, f_period_from),
        (_, "period_to") => t_string!(i18n, f_period_to),
        (_, "certification") => t_string!(i18n, f_certification),
        (_, "property") => t_string!(i18n, f_property),
        (_, "known_locations") => t_string!(i18n, f_known_locations),
        (_, "person_id") => t_string!(i18n, f_person),
        (_, "safe_conduct") => t_string!(i18n, f_safe_conduct),
        (_, "expenses") => t_string!(i18n, f_expenses),
        (_, "consent") => t_string!(i18n, f_consent),
        (_, "custody") => t_string!(i18n, f_custody),
        (_, "return_by") => t_string!(i18n, f_return_by),
        (_, "proposed_dates") => t_string!(i18n, f_proposed_dates),
        (_, "technical_contact") => t_string!(i18n, f_technical_contact),
        (_, "custodian") => t_string!(i18n, f_custodian),
        (_, "identifiers") => t_string!(i18n, f_identifiers),
        (_, "categories") => t_string!(i18n, f_categories),
        (_, "relation_to_offence") => t_string!(i18n, f_relation_to_offence),
        (_, "why_needed") => t_string!(i18n, f_why_needed),
        (_, "mla_to_follow") => t_string!(i18n, f_mla_to_follow),
        (_, "provider") => t_string!(i18n, f_provider),
        (_, "date_from") => t_string!(i18n, f_date_from),
        (_, "date_to") => t_string!(i18n, f_date_to),
        (_, "time_zone") => t_string!(i18n, f_time_zone),
        (_, "preservation_reference") => t_string!(i18n, f_preservation_reference),
        (_, "name") => t_string!(i18n, f_other_name),
        _ => t_string!(i18n, f_description),
    }
    .to_string()
}

fn measure_mut<'a>(d: &'a mut Draft, id: &str) -> Option<&'a mut Measure> {
    d.measures.iter_mut().find(|m| m.id == id)
}

/// A type-specific answer of a measure, in its serde form.
fn detail(draft: RwSignal<Draft>, id: &str, field: &str) -> Value {
    draft.with(|d| {
        d.measures
            .iter()
            .find(|m| m.id == id)
            .and_then(|m| serde_json::to_value(&m.details).ok())
            .and_then(|v| v.get(field).cloned())
            .unwrap_or(Value::Null)
    })
}

fn set_detail(draft: RwSignal<Draft>, id: &str, field: &str, value: Value) {
    draft.update(|d| {
        let Some(m) = measure_mut(d, id) else { return };
        let Ok(mut v) = serde_json::to_value(&m.details) else {
            return;
        };
        v[field] = value;
        if let Ok(details) = serde_json::from_value(v) {
            m.details = details;
        }
    });
}

#[component]
fn DetailField(
    ctx: DraftCtx,
    index: usize,
    id: String,
    type_name: &'static str,
    field: &'static str,
    kind: Kind,
) -> impl IntoView {
    let i18n = use_i18n();
    let draft = ctx.draft;
    let path = format!("measures[{index}].details.{field}");
    let label = Signal::derive(move || field_label(i18n, type_name, field));
    let (gid, sid) = (id.clone(), id.clone());
    let text = Signal::derive(move || {
        detail(draft, &gid, field)
            .as_str()
            .unwrap_or_default()
            .to_string()
    });
    let set_text = move |v: String| set_detail(draft, &sid, field, Value::String(v));
    match kind {
        Kind::Text | Kind::Area | Kind::Date => {
            let input_kind = if kind == Kind::Date { "date" } else { "text" };
            view! { <TextField path=path label=label value=text on_input=set_text multiline={kind == Kind::Area} kind=input_kind /> }.into_any()
        }
        Kind::Bool => {
            let (gid, sid) = (id.clone(), id.clone());
            let checked =
                Signal::derive(move || detail(draft, &gid, field).as_bool().unwrap_or(false));
            view! { <CheckField path=path label=label checked=checked on_change=move |b| set_detail(draft, &sid, field, Value::Bool(b)) /> }.into_any()
        }
        Kind::Status => {
            let options = Signal::derive(move || {
                vec![
                    (
                        "witness".to_string(),
                        t_string!(i18n, status_witness).to_string(),
                    ),
                    (
                        "suspect".to_string(),
                        t_string!(i18n, status_suspect).to_string(),
                    ),
                    (
                        "expert".to_string(),
                        t_string!(i18n, status_expert).to_string(),
                    ),
                ]
            });
            view! { <SelectField path=path label=label options=options value=text on_change=set_text /> }.into_any()
        }
        Kind::Person => {
            let options = Signal::derive(move || {
                let mut o = vec![(String::new(), t_string!(i18n, choose).to_string())];
                draft.with(|d| o.extend(d.persons.iter().map(|p| (p.id.clone(), person_label(p)))));
                o
            });
            view! { <SelectField path=path label=label options=options value=text on_change=set_text /> }.into_any()
        }
        Kind::Categories => {
            let boxes = [("subscriber", "f_cat_subscriber"), ("traffic", "f_cat_traffic"), ("content", "f_cat_content")]
                .into_iter()
                .enumerate()
                .map(|(n, (cat, _))| {
                    let (gid, sid) = (id.clone(), id.clone());
                    let checked = Signal::derive(move || detail(draft, &gid, "categories").get(cat).and_then(Value::as_bool).unwrap_or(false));
                    let on_change = move |b: bool| {
                        let mut cats = detail(draft, &sid, "categories");
                        if !cats.is_object() {
                            cats = serde_json::json!({});
                        }
                        cats[cat] = Value::Bool(b);
                        set_detail(draft, &sid, "categories", cats);
                    };
                    let text = Signal::derive(move || match cat {
                        "subscriber" => t_string!(i18n, f_cat_subscriber).to_string(),
                        "traffic" => t_string!(i18n, f_cat_traffic).to_string(),
                        _ => t_string!(i18n, f_cat_content).to_string(),
                    });
                    // The first box carries the group's path so findings can focus it.
                    let box_path = if n == 0 { path.clone() } else { format!("{path}.{cat}") };
                    view! { <CheckField path=box_path label=text checked=checked on_change=on_change /> }
                })
                .collect_view();
            view! { <fieldset class="group"><legend>{label}</legend>{boxes}</fieldset> }.into_any()
        }
    }
}

fn person_label(p: &mla_core::model::Person) -> String {
    let name = p.display_name();
    if name.is_empty() {
        p.id.clone()
    } else {
        name
    }
}

/// Checkboxes linking a measure to items of another list.
#[component]
fn Links(
    ctx: DraftCtx,
    index: usize,
    id: String,
    /// "fact_ids", "person_ids" or "offence_ids".
    list: &'static str,
    legend: Signal<String>,
    empty: Signal<String>,
) -> impl IntoView {
    let draft = ctx.draft;
    let path = format!("measures[{index}].{list}");
    let choices = move || {
        draft.with(|d| -> Vec<(String, String)> {
            match list {
                "fact_ids" => d
                    .facts
                    .items
                    .iter()
                    .map(|f| (f.id.clone(), short(&f.what, &f.id)))
                    .collect(),
                "person_ids" => d
                    .persons
                    .iter()
                    .map(|p| (p.id.clone(), person_label(p)))
                    .collect(),
                _ => d
                    .offences
                    .iter()
                    .map(|o| (o.id.clone(), short(&o.name, &o.id)))
                    .collect(),
            }
        })
    };
    let path_for_empty = path.clone();
    view! {
        <fieldset class="group">
            <legend>{legend}</legend>
            {move || {
                let items = choices();
                if items.is_empty() {
                    return view! { <p class="field__hint" id=field_id(&path_for_empty) tabindex="-1">{empty}</p> }.into_any();
                }
                items
                    .into_iter()
                    .enumerate()
                    .map(|(n, (target, text))| {
                        let (gid, sid, target2) = (id.clone(), id.clone(), target.clone());
                        let checked = Signal::derive(move || {
                            draft.with(|d| d.measures.iter().find(|m| m.id == gid).is_some_and(|m| links(m, list).contains(&target)))
                        });
                        let on_change = move |on: bool| {
                            draft.update(|d| {
                                if let Some(m) = measure_mut(d, &sid) {
                                    let l = links_mut(m, list);
                                    l.retain(|x| x != &target2);
                                    if on {
                                        l.push(target2.clone());
                                    }
                                }
                            })
                        };
                        let box_path = if n == 0 { path.clone() } else { format!("{path}.{n}") };
                        view! { <CheckField path=box_path label=Signal::stored(text) checked=checked on_change=on_change /> }
                    })
                    .collect_view()
                    .into_any()
            }}
        </fieldset>
    }
}

fn short(text: &str, fallback: &str) -> String {
    let t = text.trim();
    if t.is_empty() {
        return fallback.to_string();
    }
    let cut: String = t.chars().take(80).collect();
    if cut.len() < t.len() {
        format!("{cut}…")
    } else {
        cut
    }
}

fn links<'a>(m: &'a Measure, list: &str) -> &'a Vec<String> {
    match list {
        "fact_ids" => &m.fact_ids,
        "person_ids" => &m.person_ids,
        _ => &m.offence_ids,
    }
}

fn links_mut<'a>(m: &'a mut Measure, list: &str) -> &'a mut Vec<String> {
    match list {
        "fact_ids" => &mut m.fact_ids,
        "person_ids" => &mut m.person_ids,
        _ => &mut m.offence_ids,
    }
}

#[component]
pub fn MeasuresStep(ctx: DraftCtx) -> impl IntoView {
    let i18n = use_i18n();
    let draft = ctx.draft;
    let new_type = RwSignal::new(MEASURE_TYPES[0].to_string());
    let type_options = Signal::derive(move || {
        MEASURE_TYPES
            .iter()
            .map(|t| (t.to_string(), type_label(i18n, t)))
            .collect::<Vec<_>>()
    });
    let add = move |_| {
        if let Some(m) = Measure::new(ids::item_id("m"), &new_type.get_untracked()) {
            draft.update(|d| d.measures.push(m));
        }
    };
    view! {
        <For
            each=move || draft.with(|d| keyed(&d.measures, |x| &x.id))
            key=|k| k.clone()
            children=move |(i, id)| {
                let type_name = draft.with_untracked(|d| d.measures[i].details.type_name());
                let (purpose, set_purpose) = item!(ctx, [measures], id, purpose);
                let details = fields_of(type_name)
                    .iter()
                    .map(|(field, kind)| view! { <DetailField ctx=ctx index=i id=id.clone() type_name=type_name field=field kind=*kind /> })
                    .collect_view();
                let rid = id.clone();
                view! {
                    <fieldset class="item item--measure">
                        <legend>{move || t_string!(i18n, measure_n, n = i + 1, kind = type_label(i18n, type_name)).to_string()}</legend>
                        {details}
                        <TextField path=format!("measures[{i}].purpose") label=Signal::derive(move || t_string!(i18n, f_purpose).to_string())
                            value=purpose on_input=set_purpose multiline=true />
                        <Links ctx=ctx index=i id=id.clone() list="fact_ids"
                            legend=Signal::derive(move || t_string!(i18n, links_facts).to_string())
                            empty=Signal::derive(move || t_string!(i18n, links_none_facts).to_string()) />
                        <Links ctx=ctx index=i id=id.clone() list="person_ids"
                            legend=Signal::derive(move || t_string!(i18n, links_persons).to_string())
                            empty=Signal::derive(move || t_string!(i18n, links_none_persons).to_string()) />
                        <Links ctx=ctx index=i id=id.clone() list="offence_ids"
                            legend=Signal::derive(move || t_string!(i18n, links_offences).to_string())
                            empty=Signal::derive(move || t_string!(i18n, links_none_offences).to_string()) />
                        <div class="item__actions">
                            <button type="button" class="button button--secondary" disabled=move || i == 0
                                on:click=move |_| shift(draft, |d| &mut d.measures, i, -1)>{t!(i18n, move_up)}</button>
                            <button type="button" class="button button--secondary" disabled=move || i + 1 >= draft.with(|d| d.measures.len())
                                on:click=move |_| shift(draft, |d| &mut d.measures, i, 1)>{t!(i18n, move_down)}</button>
                            <button type="button" class="button button--secondary"
                                on:click=move |_| remove(draft, |d| &mut d.measures, |x| x.id == rid)>{t!(i18n, remove)}</button>
                        </div>
                    </fieldset>
                }
            }
        />
        <div class="add-measure" id="f-measures" tabindex="-1">
            <SelectField path="new_measure_type" label=Signal::derive(move || t_string!(i18n, f_measure_type).to_string())
                options=type_options value=new_type on_change=move |v| new_type.set(v) />
            <button type="button" class="button button--secondary" on:click=add>{t!(i18n, add_measure)}</button>
        </div>
    }
}
