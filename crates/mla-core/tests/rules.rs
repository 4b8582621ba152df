//! Each completeness rule, passing and failing.
//!
//! The passing case is a draft where every part is filled in, with one
//! complete measure of every type, so that each rule has real material to
//! look at. The failing case is the same draft with one change, and the rule
//! must then report the expected field.

use mla_core::check::{check, CheckContext};
use mla_core::draft_file::parse_draft;
use mla_core::languages::Lang;
use mla_core::model::{Draft, Measure, MeasureKind};
use mla_core::rules;
use serde_json::json;

fn fixture() -> Draft {
    parse_draft(include_str!("fixtures/complete.json")).expect("fixture parses")
}

/// A measure from JSON, linked to the fixture's fact, offence and person.
fn measure(id: &str, details: serde_json::Value, person: &str) -> Measure {
    serde_json::from_value(json!({
        "id": id,
        "details": details,
        "purpose": "To prove the conduct described in the facts",
        "fact_ids": ["f1"],
        "person_ids": [person],
        "offence_ids": ["o1"]
    }))
    .expect("measure parses")
}

/// The fixture with a complete measure of every type.
fn full() -> Draft {
    let mut d = fixture();
    let mut witness = d.persons[0].clone();
    witness.id = "p2".into();
    witness.role = mla_core::model::PersonRole::Witness;
    witness.family_name = "WITNESS".into();
    d.persons.push(witness);
    let extra = [
        json!({"type": "taking_evidence", "status": "witness", "questions": "1. ...", "officials_present": true, "officials": "Two investigators"}),
        json!({"type": "videoconference", "person_id": "p2", "reason_not_in_person": "The witness is 84 and cannot travel", "conducted_by": "The investigating judge in Paris; a judge in Valencia attends and identifies the witness", "questions_annex": "a1", "proposed_dates": "2 or 3 March 2027, 10:00", "time_zone": "Europe/Paris", "technical_contact": "IT desk +33 1 00"}),
        json!({"type": "service_of_documents", "documents": "Summons to appear on 1 March 2027"}),
        json!({"type": "search_seizure", "premises": "Calle Ficticia 10, Valencia", "items_sought": "Computers, phones, ledgers", "grounds": "The suspect runs the website from this flat", "order_annex": "a1"}),
        json!({"type": "freezing", "asset": "Account ES00...", "location": "Banco Ejemplo, Madrid", "estimated_value": "EUR 400,000", "link_to_offence": "Receives the laundered funds", "order_annex": "a1"}),
        json!({"type": "examination", "object_or_site": "Vehicle 0000-XXX", "what_to_examine": "Traces of documents"}),
        json!({"type": "information", "items": "Company register extract of Ejemplo SL"}),
        json!({"type": "tracing_proceeds", "property": "Real estate bought with the proceeds"}),
        json!({"type": "voluntary_appearance", "person_id": "p2"}),
        json!({"type": "temporary_transfer", "person_id": "p2", "consent": true, "custody": "Escorted by police, held in Paris remand centre"}),
        json!({"type": "preservation", "custodian": "Example Mail Ltd", "identifier_ids": ["i1"], "categories": {"content": true}, "relation_to_offence": "Used to contact the victims", "why_needed": "Retention is 90 days", "mla_to_follow": true}),
        json!({"type": "stored_data", "provider": "Example Mail Ltd", "identifier_ids": ["i1"], "categories": {"subscriber": true}, "date_from": "2026-01-01", "time_zone": "UTC"}),
        json!({"type": "other", "name": "Controlled delivery", "description": "Of a parcel containing forged cards"}),
    ];
    for (i, details) in extra.into_iter().enumerate() {
        d.measures.push(measure(&format!("mx{i}"), details, "p2"));
    }
    d
}

fn context() -> CheckContext {
    CheckContext {
        accepted_languages: Some(vec!["es".into(), "en".into()]),
        ..CheckContext::default()
    }
}

/// The first measure of a type.
fn measure_of<'a>(d: &'a mut Draft, type_name: &str) -> &'a mut Measure {
    d.measures
        .iter_mut()
        .find(|m| m.details.type_name() == type_name)
        .expect("measure present")
}

/// Sets a string or bool field inside a measure's details.
fn set_detail(d: &mut Draft, type_name: &str, field: &str, value: serde_json::Value) {
    let m = measure_of(d, type_name);
    let mut v = serde_json::to_value(&m.details).unwrap();
    v[field] = value;
    m.details = serde_json::from_value::<MeasureKind>(v).unwrap();
}

type Mutation = fn(&mut Draft, &mut CheckContext);

/// For each rule: the change that breaks it, and the path it must report.
fn cases() -> Vec<(&'static str, Mutation, &'static str)> {
    vec![
        (
            "requesting_state",
            |d, _| d.requesting.state.clear(),
            "requesting.state",
        ),
        (
            "requesting_authority",
            |d, _| d.requesting.authority.name = "  ".into(),
            "requesting.authority.name",
        ),
        (
            "requesting_contact",
            |d, _| {
                d.requesting.authority.phone.clear();
                d.requesting.authority.email.clear();
            },
            "requesting.authority.email",
        ),
        (
            "requesting_reference",
            |d, _| d.requesting.reference.clear(),
            "requesting.reference",
        ),
        (
            "requested_state",
            |d, _| d.requested.state.clear(),
            "requested.state",
        ),
        (
            "requested_authority",
            |d, _| d.requested.authority_name.clear(),
            "requested.authority_name",
        ),
        (
            "legal_basis",
            |d, _| {
                d.legal_basis.instruments.clear();
                d.legal_basis.reciprocity = false;
            },
            "legal_basis.instruments",
        ),
        (
            "instrument_title",
            |d, _| d.legal_basis.instruments[0].title.clear(),
            "legal_basis.instruments[0].title",
        ),
        (
            "proceedings_kind",
            |d, _| d.proceedings.kind = None,
            "proceedings.kind",
        ),
        (
            "proceedings_subject",
            |d, _| d.proceedings.subject.clear(),
            "proceedings.subject",
        ),
        (
            "proceedings_authority",
            |d, _| d.proceedings.authority.clear(),
            "proceedings.authority",
        ),
        (
            "proceedings_functions",
            |d, _| d.proceedings.authority_functions.clear(),
            "proceedings.authority_functions",
        ),
        ("offences_none", |d, _| d.offences.clear(), "offences"),
        (
            "offence_name",
            |d, _| d.offences[0].name.clear(),
            "offences[0].name",
        ),
        (
            "offence_provision",
            |d, _| d.offences[0].provision.clear(),
            "offences[0].provision",
        ),
        (
            "offence_penalty",
            |d, _| d.offences[0].max_penalty.clear(),
            "offences[0].max_penalty",
        ),
        (
            "offence_conduct",
            |d, _| {
                d.measures
                    .retain(|m| !m.details.measure_type().is_coercive());
                d.offences[0].conduct.clear();
            },
            "offences[0].conduct",
        ),
        (
            "dual_criminality_conduct",
            |d, _| d.offences[0].conduct.clear(),
            "offences[0].conduct",
        ),
        (
            "facts_summary",
            |d, _| d.facts.summary.clear(),
            "facts.summary",
        ),
        (
            "fact_what",
            |d, _| d.facts.items[0].what.clear(),
            "facts.items[0].what",
        ),
        (
            "fact_when_where",
            |d, _| d.facts.items[0].date_from.clear(),
            "facts.items[0].date_from",
        ),
        (
            "person_name",
            |d, _| d.persons[1].family_name.clear(),
            "persons[1].family_name",
        ),
        (
            "person_nationality",
            |d, _| d.persons[0].nationality.clear(),
            "persons[0].nationality",
        ),
        (
            "person_location",
            |d, _| {
                d.persons[0].location.clear();
                d.persons[0].addresses.clear();
            },
            "persons[0].location",
        ),
        ("measures_none", |d, _| d.measures.clear(), "measures"),
        (
            "measure_purpose",
            |d, _| d.measures[0].purpose.clear(),
            "measures[0].purpose",
        ),
        (
            "measure_facts",
            |d, _| d.measures[0].fact_ids.clear(),
            "measures[0].fact_ids",
        ),
        (
            "measure_offences",
            |d, _| d.measures[0].offence_ids.clear(),
            "measures[0].offence_ids",
        ),
        (
            "measure_dangling_link",
            |d, _| d.measures[0].fact_ids.push("gone".into()),
            "measures[0].fact_ids",
        ),
        (
            "hearing_person",
            |d, _| measure_of(d, "taking_evidence").person_ids.clear(),
            "measures[2].person_ids",
        ),
        (
            "hearing_questions",
            |d, _| set_detail(d, "taking_evidence", "questions", json!("")),
            "measures[2].details.questions",
        ),
        (
            "hearing_officials",
            |d, _| set_detail(d, "taking_evidence", "officials", json!("")),
            "measures[2].details.officials",
        ),
        (
            "videoconference_person",
            |d, _| set_detail(d, "videoconference", "person_id", json!("nobody")),
            "measures[3].details.person_id",
        ),
        (
            "videoconference_contact",
            |d, _| set_detail(d, "videoconference", "technical_contact", json!("")),
            "measures[3].details.technical_contact",
        ),
        (
            "videoconference_reason",
            |d, _| set_detail(d, "videoconference", "reason_not_in_person", json!("")),
            "measures[3].details.reason_not_in_person",
        ),
        (
            "videoconference_conduct",
            |d, _| set_detail(d, "videoconference", "conducted_by", json!(" ")),
            "measures[3].details.conducted_by",
        ),
        (
            "videoconference_questions",
            |d, _| set_detail(d, "videoconference", "questions_annex", json!("gone")),
            "measures[3].details.questions",
        ),
        (
            "videoconference_time_zone",
            |d, _| set_detail(d, "videoconference", "time_zone", json!("")),
            "measures[3].details.time_zone",
        ),
        (
            "service_documents",
            |d, _| set_detail(d, "service_of_documents", "documents", json!("")),
            "measures[4].details.documents",
        ),
        (
            "service_recipient",
            |d, _| measure_of(d, "service_of_documents").person_ids.clear(),
            "measures[4].person_ids",
        ),
        (
            "search_premises",
            |d, _| set_detail(d, "search_seizure", "premises", json!("")),
            "measures[5].details.premises",
        ),
        (
            "search_items",
            |d, _| set_detail(d, "search_seizure", "items_sought", json!("")),
            "measures[5].details.items_sought",
        ),
        (
            "search_grounds",
            |d, _| set_detail(d, "search_seizure", "grounds", json!("")),
            "measures[5].details.grounds",
        ),
        (
            "search_order",
            |d, _| set_detail(d, "search_seizure", "order_annex", json!("")),
            "measures[5].details.order_annex",
        ),
        (
            "freezing_asset",
            |d, _| set_detail(d, "freezing", "location", json!("")),
            "measures[6].details.location",
        ),
        (
            "freezing_link",
            |d, _| set_detail(d, "freezing", "link_to_offence", json!("")),
            "measures[6].details.link_to_offence",
        ),
        (
            "freezing_value",
            |d, _| set_detail(d, "freezing", "estimated_value", json!("")),
            "measures[6].details.estimated_value",
        ),
        (
            "freezing_order",
            |d, _| set_detail(d, "freezing", "order_annex", json!("gone")),
            "measures[6].details.order_annex",
        ),
        (
            "examination_object",
            |d, _| set_detail(d, "examination", "object_or_site", json!("")),
            "measures[7].details.object_or_site",
        ),
        (
            "information_items",
            |d, _| set_detail(d, "information", "items", json!("")),
            "measures[8].details.items",
        ),
        (
            "records_holder",
            |d, _| set_detail(d, "records", "holder", json!("")),
            "measures[0].details.holder",
        ),
        (
            "records_period",
            |d, _| set_detail(d, "records", "period_from", json!("")),
            "measures[0].details.period_from",
        ),
        (
            "tracing_property",
            |d, _| set_detail(d, "tracing_proceeds", "property", json!("")),
            "measures[9].details.property",
        ),
        (
            "appearance_person",
            |d, _| set_detail(d, "voluntary_appearance", "person_id", json!("")),
            "measures[10].details.person_id",
        ),
        (
            "transfer_person",
            |d, _| set_detail(d, "temporary_transfer", "person_id", json!("")),
            "measures[11].details.person_id",
        ),
        (
            "transfer_consent",
            |d, _| set_detail(d, "temporary_transfer", "consent", json!(false)),
            "measures[11].details.consent",
        ),
        (
            "transfer_custody",
            |d, _| set_detail(d, "temporary_transfer", "custody", json!("")),
            "measures[11].details.custody",
        ),
        (
            "preservation_earlier_reference",
            |d, _| set_detail(d, "preservation", "status", json!("extension")),
            "measures[12].details.earlier_reference",
        ),
        (
            "preservation_custodian",
            |d, _| set_detail(d, "preservation", "custodian", json!("")),
            "measures[12].details.custodian",
        ),
        (
            "preservation_data",
            |d, _| set_detail(d, "preservation", "relation_to_offence", json!("")),
            "measures[12].details.relation_to_offence",
        ),
        (
            "preservation_necessity",
            |d, _| set_detail(d, "preservation", "why_needed", json!("")),
            "measures[12].details.why_needed",
        ),
        (
            "preservation_follow_up",
            |d, _| set_detail(d, "preservation", "mla_to_follow", json!(false)),
            "measures[12].details.mla_to_follow",
        ),
        (
            "stored_data_provider",
            |d, _| set_detail(d, "stored_data", "provider", json!("")),
            "measures[13].details.provider",
        ),
        (
            "stored_data_categories",
            |d, _| set_detail(d, "stored_data", "categories", json!({})),
            "measures[13].details.categories",
        ),
        (
            "stored_data_period",
            |d, _| set_detail(d, "stored_data", "date_from", json!("")),
            "measures[13].details.date_from",
        ),
        (
            "stored_data_time_zone",
            |d, _| set_detail(d, "stored_data", "time_zone", json!("")),
            "measures[13].details.time_zone",
        ),
        (
            "language_unconfirmed",
            |_, ctx| ctx.accepted_languages = None,
            "language",
        ),
        (
            "other_description",
            |d, _| set_detail(d, "other", "description", json!("")),
            "measures[14].details.description",
        ),
        (
            "procedures_for_evidence",
            |d, _| d.procedures = Default::default(),
            "procedures.certification",
        ),
        (
            "confidentiality_reasons",
            |d, _| d.confidentiality.reasons.clear(),
            "confidentiality.reasons",
        ),
        (
            "use_limitation",
            |d, _| d.use_limitation.intended_uses.clear(),
            "use_limitation.intended_uses",
        ),
        (
            "urgency_reasons",
            |d, _| d.urgency.reasons.clear(),
            "urgency.reasons",
        ),
        (
            "deadline_reason",
            |d, _| d.urgency.deadline_reason.clear(),
            "urgency.deadline_reason",
        ),
        (
            "deadline_date",
            |d, _| d.urgency.deadline = "end of January".into(),
            "urgency.deadline",
        ),
        (
            "identifier_value",
            |d, _| d.identifiers[0].value = " ".into(),
            "identifiers[0].value",
        ),
        (
            "identifier_moment",
            |d, _| d.identifiers[0].time_zone.clear(),
            "identifiers[0].time_zone",
        ),
        (
            "subscriber_provider",
            |d, _| set_detail(d, "subscriber_information", "provider", json!("")),
            "measures[1].details.provider",
        ),
        (
            "subscriber_identifiers",
            |d, _| {
                set_detail(
                    d,
                    "subscriber_information",
                    "identifier_ids",
                    json!(["gone"]),
                )
            },
            "measures[1].details.identifier_ids",
        ),
        (
            "subscriber_period",
            |d, _| set_detail(d, "subscriber_information", "date_from", json!("")),
            "measures[1].details.date_from",
        ),
        (
            "annex_title",
            |d, _| d.annexes[0].title.clear(),
            "annexes[0].title",
        ),
        (
            "annex_translation",
            |d, _| d.annexes[0].translated = false,
            "annexes[0].translated",
        ),
        ("language_missing", |d, _| d.language = None, "language"),
        (
            "language_not_accepted",
            |d, _| d.language = Some(Lang::Fr),
            "language",
        ),
        (
            "authority_requirements",
            |_, ctx| ctx.required_documents = vec!["Apostille on court orders".into()],
            "annexes",
        ),
        (
            "urgent_procedure",
            |d, ctx| {
                d.urgency.urgent = true;
                ctx.urgent_procedure = "Call the duty prosecutor first".into();
            },
            "urgency.reasons",
        ),
        (
            "signature",
            |d, _| d.signature.place.clear(),
            "signature.place",
        ),
        (
            "measure_person_whereabouts",
            |d, _| {
                d.persons[1].location.clear();
                d.persons[1].addresses.clear();
            },
            "persons[1].location",
        ),
    ]
}

fn hits(rule: &str, d: &Draft, ctx: &CheckContext) -> Vec<String> {
    check(d, ctx)
        .into_iter()
        .filter(|f| f.rule == rule)
        .map(|f| f.path)
        .collect()
}

#[test]
fn the_full_draft_has_no_findings() {
    let findings = check(&full(), &context());
    assert!(findings.is_empty(), "unexpected findings: {findings:#?}");
}

#[test]
fn every_rule_has_a_case() {
    let covered: Vec<&str> = cases().iter().map(|c| c.0).collect();
    for rule in rules::all() {
        assert!(
            covered.contains(&rule.id),
            "rule {} has no test case",
            rule.id
        );
    }
    assert_eq!(
        covered.len(),
        rules::all().count(),
        "a case names no rule, or a rule twice"
    );
}

#[test]
fn each_rule_passes_on_the_full_draft_and_fails_on_its_mutation() {
    for (rule, mutate, path) in cases() {
        let (d, ctx) = (full(), context());
        assert!(
            hits(rule, &d, &ctx).is_empty(),
            "{rule}: fired on the full draft"
        );
        let (mut d, mut ctx) = (d, ctx);
        mutate(&mut d, &mut ctx);
        let found = hits(rule, &d, &ctx);
        assert!(
            found.iter().any(|p| p == path),
            "{rule}: expected a finding at {path}, got {found:?}"
        );
    }
}

#[test]
fn facts_are_not_needed_when_only_documents_are_served() {
    let mut d = full();
    d.measures
        .retain(|m| m.details.type_name() == "service_of_documents");
    d.facts.summary.clear();
    assert!(hits("facts_summary", &d, &context()).is_empty());
    assert!(hits("measure_facts", &d, &context()).is_empty());
}

#[test]
fn an_unconfirmed_language_is_a_warning_not_a_refusal() {
    let mut d = full();
    d.language = Some(Lang::Fr);
    let no_data = CheckContext::default();
    assert!(hits("language_not_accepted", &d, &no_data).is_empty());
    let f: Vec<_> = check(&d, &no_data)
        .into_iter()
        .filter(|f| f.rule == "language_unconfirmed")
        .collect();
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].severity, mla_core::Severity::Warning);
    // With the directory's word, the language is either accepted or not.
    assert!(hits("language_unconfirmed", &d, &context()).is_empty());
}

#[test]
fn findings_carry_numbering_arguments_and_sources() {
    let mut d = full();
    d.measures[2].purpose.clear();
    let f = check(&d, &context())
        .into_iter()
        .find(|f| f.rule == "measure_purpose")
        .unwrap();
    assert_eq!(f.args.get("n").map(String::as_str), Some("3"));
    assert_eq!(f.source, "UNTOC art. 18(15)(f)");
    assert_eq!(f.step(), mla_core::steps::Step::Measures);
}

#[test]
fn an_empty_draft_reports_every_missing_essential_at_once() {
    let d = Draft::new("x", "2026-01-01T00:00:00Z");
    let rules: Vec<&str> = check(&d, &CheckContext::default())
        .iter()
        .map(|f| f.rule)
        .collect();
    for essential in [
        "requesting_authority",
        "requested_state",
        "legal_basis",
        "proceedings_subject",
        "offences_none",
        "facts_summary",
        "measures_none",
        "language_missing",
    ] {
        assert!(
            rules.contains(&essential),
            "{essential} missing from {rules:?}"
        );
    }
}

/// The id of the list item a path is in (`persons[2].x` → the third
/// person's id), or `""` for a question on the draft itself.
fn item_id(d: &Draft, path: &str) -> String {
    let Some((list, rest)) = path.split_once('[') else {
        return String::new();
    };
    let index: usize = rest.split(']').next().unwrap().parse().unwrap();
    let list = mla_core::questions::ListId::ALL
        .iter()
        .map(|l| l.list())
        .find(|l| l.path == list)
        .unwrap_or_else(|| panic!("{path}: no such list"));
    (list.ids)(d)[index].clone()
}

/// Every path a rule reports outside the measures is a question the wizard
/// asks (or a list it edits), asked at the moment the finding appears, so
/// a finding always has a visible field to focus.
#[test]
fn every_reported_path_is_asked_where_it_applies() {
    use mla_core::questions;
    for (rule, mutate, _) in cases() {
        let (mut d, mut ctx) = (full(), context());
        mutate(&mut d, &mut ctx);
        for f in check(&d, &ctx).into_iter().filter(|f| f.rule == rule) {
            if f.path.starts_with("measures[") {
                assert!(
                    questions::measures::asked_at(&d, &f.path),
                    "{rule}: {} is not asked of that measure",
                    f.path
                );
                continue;
            }
            let Some((step, question)) = questions::find(&f.path) else {
                panic!("{rule}: {} is asked on no step", f.path);
            };
            assert_eq!(f.step(), step, "{rule}: {}", f.path);
            if let Some(q) = question {
                assert!(
                    q.only_if
                        .is_none_or(|shown| shown(&d, &item_id(&d, &f.path))),
                    "{rule}: {} is hidden when reported",
                    f.path
                );
            }
        }
    }
}

#[test]
fn a_person_heard_or_served_must_be_found_but_not_one_only_named() {
    let mut d = full();
    d.persons[1].location.clear();
    d.persons[1].addresses = vec!["  ".into()];
    let f = check(&d, &context())
        .into_iter()
        .filter(|f| f.rule == "measure_person_whereabouts")
        .collect::<Vec<_>>();
    // Every measure carried out on p2 in person: the hearing, the
    // videoconference, the service, the appearance and the transfer.
    let types: Vec<&str> = f
        .iter()
        .map(|f| {
            let n: usize = f.args["n"].parse().unwrap();
            d.measures[n - 1].details.type_name()
        })
        .collect();
    for t in [
        "taking_evidence",
        "videoconference",
        "service_of_documents",
        "voluntary_appearance",
        "temporary_transfer",
    ] {
        assert!(types.contains(&t), "{t} not flagged: {types:?}");
    }
    assert!(
        !types.contains(&"records"),
        "records need no whereabouts: {types:?}"
    );
    assert_eq!(f[0].args["person"], d.persons[1].display_name());
    assert_eq!(f[0].severity, mla_core::findings::Severity::Blocking);
    // Said once, at its severity: no advice on the same field as well.
    assert!(hits("person_location", &d, &context()).is_empty());
    // An address is enough.
    d.persons[1].addresses = vec!["Calle Ficticia 12, Valencia".into()];
    assert!(hits("measure_person_whereabouts", &d, &context()).is_empty());
}

#[test]
fn no_use_limitation_advice_when_only_serving_documents() {
    let mut d = full();
    d.use_limitation.intended_uses.clear();
    assert!(!hits("use_limitation", &d, &context()).is_empty());
    d.measures
        .retain(|m| m.details.type_name() == "service_of_documents");
    assert!(hits("use_limitation", &d, &context()).is_empty());
}

/// An annex already in a language the requested authority accepts needs
/// no translation; one whose language is not given is asked for it.
#[test]
fn an_annex_in_an_accepted_language_needs_no_translation() {
    let translation = |d: &Draft, ctx: &CheckContext| -> Vec<String> {
        check(d, ctx)
            .into_iter()
            .filter(|f| f.rule == "annex_translation")
            .map(|f| f.path)
            .collect()
    };
    let mut d = full();
    d.annexes[0].translated = false;
    d.annexes[0].language = "ES".into();
    assert!(translation(&d, &context()).is_empty(), "es is accepted");
    // Without directory data, the language of the request is the yardstick.
    let no_data = CheckContext::default();
    assert!(translation(&d, &no_data).is_empty(), "the request is in es");
    d.annexes[0].language = "de".into();
    assert_eq!(translation(&d, &no_data), ["annexes[0].translated"]);
    d.annexes[0].language.clear();
    assert_eq!(translation(&d, &context()), ["annexes[0].language"]);
    d.annexes[0].translated = true;
    assert!(translation(&d, &context()).is_empty());
}
