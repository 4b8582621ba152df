//! Reading and writing draft files: round trips, migration, precise errors.

use mla_core::draft_file::{parse_draft, to_json, ImportError};
use mla_core::languages::{Lang, LANGUAGES};
use mla_core::migrate::MigrateError;
use mla_core::model::{Draft, MeasureKind, MeasureType, SCHEMA_VERSION};
use proptest::prelude::*;

#[test]
fn the_fixture_round_trips() {
    let d = parse_draft(include_str!("fixtures/complete.json")).unwrap();
    assert_eq!(parse_draft(&to_json(&d)).unwrap(), d);
}

#[test]
fn a_version_1_file_is_migrated() {
    let d = parse_draft(include_str!("fixtures/v1-draft.json")).unwrap();
    assert_eq!(d.schema_version, SCHEMA_VERSION);
    assert_eq!(d.legal_basis.instruments.len(), 1);
    assert_eq!(
        d.legal_basis.instruments[0].title,
        "Inter-American Convention on Mutual Assistance in Criminal Matters"
    );
    assert!(d.facts.summary.starts_with("On 4 May 2025"));
    assert!(d.facts.items.is_empty());
    let m = &d.measures[0];
    assert_eq!(m.purpose, "Establish the modus operandi");
    assert_eq!(m.person_ids, ["p1"]);
    match &m.details {
        MeasureKind::TakingEvidence(x) => {
            assert_eq!(x.questions, "1. Did you receive the call?")
        }
        other => panic!("wrong measure type {other:?}"),
    }
}

#[test]
fn errors_say_where_and_why() {
    assert!(matches!(
        parse_draft("{\"schema_version\": 2,"),
        Err(ImportError::NotJson { line: 1, .. })
    ));
    assert_eq!(
        parse_draft("{\"id\": \"x\"}"),
        Err(ImportError::Version(MigrateError::NoVersion))
    );
    assert!(matches!(
        parse_draft("{\"schema_version\": 7, \"id\": \"x\"}"),
        Err(ImportError::Version(MigrateError::TooNew { found: 7, .. }))
    ));
    let wrong_type =
        r#"{"schema_version": 2, "id": "x", "persons": [{"id": "p", "aliases": "not a list"}]}"#;
    match parse_draft(wrong_type) {
        Err(ImportError::Invalid { path, .. }) => assert_eq!(path, "persons[0].aliases"),
        other => panic!("expected Invalid, got {other:?}"),
    }
    let unknown = r#"{"schema_version": 2, "id": "x", "requesting": {"sate": "FR"}}"#;
    match parse_draft(unknown) {
        Err(ImportError::Invalid { path, reason }) => {
            assert_eq!(path, "requesting.sate");
            assert!(reason.contains("unknown field"), "{reason}");
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
    let bad_measure = r#"{"schema_version": 2, "id": "x", "measures": [{"id": "m", "details": {"type": "teleportation"}}]}"#;
    assert!(matches!(
        parse_draft(bad_measure),
        Err(ImportError::Invalid { .. })
    ));
    assert_eq!(
        parse_draft(r#"{"schema_version": 2, "id": " "}"#),
        Err(ImportError::MissingId)
    );
    // The languages are typed: a tag outside the eleven is refused where
    // it stands; the tag is read case-insensitively, empty is "not chosen".
    let german = r#"{"schema_version": 3, "id": "x", "document": {"bilingual": "de"}}"#;
    match parse_draft(german) {
        Err(ImportError::Invalid { path, reason }) => {
            assert_eq!(path, "document.bilingual");
            assert!(
                reason.contains("\"de\" is not one of the supported languages"),
                "{reason}"
            );
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
    let d = parse_draft(
        r#"{"schema_version": 3, "id": "x", "language": " FR ", "document": {"bilingual": ""}}"#,
    )
    .unwrap();
    assert_eq!((d.language, d.document.bilingual), (Some(Lang::Fr), None));
    assert!(
        to_json(&d).contains(r#""language": "fr""#),
        "{}",
        to_json(&d)
    );
}

#[test]
fn every_measure_type_has_an_empty_form_stored_under_its_name() {
    for t in MeasureType::ALL {
        let k = t.empty();
        assert_eq!(k.measure_type(), *t);
        assert_eq!(MeasureType::from_name(t.name()), Some(*t));
        // Stored as `{"type": name}` and nothing else when empty, and read
        // back from just that.
        let v = serde_json::to_value(&k).unwrap();
        assert_eq!(v["type"], t.name());
        let back: MeasureKind =
            serde_json::from_value(serde_json::json!({ "type": t.name() })).unwrap();
        assert_eq!(back, k);
        // An unknown field in a kind is refused, as everywhere in the draft.
        let bad = serde_json::json!({ "type": t.name(), "no_such_field": 1 });
        assert!(
            serde_json::from_value::<MeasureKind>(bad).is_err(),
            "{}",
            t.name()
        );
    }
    assert!(MeasureType::from_name("no_such_type").is_none());
}

fn text() -> impl Strategy<Value = String> {
    // Any Unicode, including RTL marks and quotes, as users type them.
    proptest::string::string_regex("[\\PC\u{200f}\u{202e}\"\\\\]{0,24}").unwrap()
}

prop_compose! {
    fn measure()(t in 0..MeasureType::ALL.len(), purpose in text(), id in "[a-z0-9]{1,8}",
                 facts in proptest::collection::vec("[a-z0-9]{1,4}", 0..3)) -> mla_core::model::Measure {
        let mut m = mla_core::model::Measure::new(id, MeasureType::ALL[t]);
        m.purpose = purpose;
        m.fact_ids = facts;
        m
    }
}

prop_compose! {
    fn draft()(id in "[a-z0-9-]{1,12}", title in text(), summary in text(), state in "[A-Z]{2}",
               measures in proptest::collection::vec(measure(), 0..6),
               names in proptest::collection::vec(text(), 0..4),
               urgent in any::<bool>(), reasons in text(),
               language in proptest::option::of(proptest::sample::select(LANGUAGES.to_vec()))) -> Draft {
        let mut d = Draft::new(id, "2026-01-01T00:00:00Z");
        d.title = title;
        d.facts.summary = summary;
        d.requested.state = state;
        d.measures = measures;
        d.persons = names.into_iter().enumerate().map(|(i, n)| mla_core::model::Person {
            id: format!("p{i}"), family_name: n, ..Default::default()
        }).collect();
        d.urgency.urgent = urgent;
        d.urgency.reasons = reasons;
        d.language = language;
        d
    }
}

proptest! {
    #[test]
    fn any_draft_round_trips_through_the_file_format(d in draft()) {
        prop_assert_eq!(parse_draft(&to_json(&d)).unwrap(), d);
    }
}

#[test]
fn an_exported_draft_is_named_after_its_reference_title_or_id() {
    let mut d = Draft::new("d-1".to_string(), "2026-01-01T00:00:00Z");
    assert_eq!(mla_core::draft_file::file_name(&d), "d-1.mla-draft.json");
    d.title = "Opération « Lanterne » / 2".into();
    assert_eq!(
        mla_core::draft_file::file_name(&d),
        "Opération___Lanterne_____2.mla-draft.json"
    );
    d.requesting.reference = "PP-2026/0142".into();
    assert_eq!(
        mla_core::draft_file::file_name(&d),
        "PP-2026_0142.mla-draft.json"
    );
}

/// A draft saved by the previous version (format 3, identifiers as text)
/// loads through the chained migrations with nothing lost: every line of
/// identifiers becomes an identifier record the measure links to, and the
/// rest of the draft reads as it was written.
#[test]
fn a_version_3_draft_loads_with_its_identifiers_as_records() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/v3-draft.json");
    let text = std::fs::read_to_string(path).unwrap();
    let raw: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(raw["schema_version"], 3, "the fixture stays in version 3");
    let d = parse_draft(&text).unwrap();
    assert_eq!(d.schema_version, SCHEMA_VERSION);
    let values: Vec<(&str, &str)> = d
        .identifiers
        .iter()
        .map(|i| (i.kind.as_str(), i.value.as_str()))
        .collect();
    assert_eq!(
        values,
        [
            ("email", "jean.example@examplemail.test"),
            ("ip_address", "203.0.113.45:50122 (login of 4 May 2025)"),
            ("url", "https://forum.example.test/u/jex"),
            ("email", "jean.example@examplemail.test"),
        ]
    );
    let linked = |m: usize| -> Vec<&str> {
        let ids = match &d.measures[m].details {
            MeasureKind::Preservation(p) => &p.identifier_ids,
            MeasureKind::StoredData(s) => &s.identifier_ids,
            other => panic!("{other:?}"),
        };
        ids.iter()
            .map(|id| d.identifier(id).expect("a linked record").value.as_str())
            .collect()
    };
    assert_eq!(linked(1).len(), 3);
    assert_eq!(linked(2), ["jean.example@examplemail.test"]);
    // The migrated IP address has no moment yet: the check sends the user
    // to it instead of letting the request go without it.
    let findings = mla_core::check(&d, &Default::default());
    assert!(findings
        .iter()
        .any(|f| f.rule == "identifier_moment" && f.path == "identifiers[1].timestamp"));
    // Everything else is as the fixture wrote it.
    assert_eq!(
        raw["measures"][0],
        serde_json::to_value(&d.measures[0]).unwrap()
    );
    assert_eq!(raw["persons"][0]["family_name"], "EXAMPLE");
    // Saved again, it is a current draft that reads back the same.
    let again = parse_draft(&to_json(&d)).unwrap();
    assert_eq!(again, d);
}

/// A draft saved by the previous version (format 4, the complete fixture
/// as it was) loads through the chained migrations with nothing lost: it
/// gains an empty revision history and is not deleted, and every field it
/// had reads as it was written.
#[test]
fn a_version_4_draft_loads_with_an_empty_history() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/v4-draft.json");
    let text = std::fs::read_to_string(path).unwrap();
    let raw: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(raw["schema_version"], 4, "the fixture stays in version 4");
    assert!(raw.get("revisions").is_none() && raw.get("deleted").is_none());
    let d = parse_draft(&text).unwrap();
    assert_eq!(d.schema_version, SCHEMA_VERSION);
    assert_eq!(d.rev(), "", "no revision until it is saved");
    assert!(d.revisions.is_valid() && !d.deleted);
    // Every field of version 4 is as the fixture wrote it.
    let mut again = serde_json::to_value(&d).unwrap();
    let obj = again.as_object_mut().unwrap();
    assert_eq!(
        obj.remove("revisions"),
        Some(serde_json::json!({ "start": 0, "ids": [] }))
    );
    assert_eq!(obj.remove("deleted"), Some(serde_json::json!(false)));
    obj.insert("schema_version".into(), 4.into());
    assert_eq!(again, raw);
    // It says what the current complete fixture says (which was this file,
    // under another id and title).
    let mut current = parse_draft(include_str!("fixtures/complete.json")).unwrap();
    current.id = d.id.clone();
    current.title = d.title.clone();
    current.revisions = d.revisions.clone();
    assert_eq!(current, d);
}

/// The complete fixture is a draft as the app stores and exports it: its
/// revision is the one its content was saved under, so importing it keeps
/// that revision and exporting it gives the same file (the browser test
/// "export, delete and import" relies on it).
#[test]
fn the_complete_fixture_is_exactly_its_revision() {
    let d = parse_draft(include_str!("fixtures/complete.json")).unwrap();
    let mut first = mla_core::revision::Revisions::default();
    first.advance(&d.content());
    assert!(
        d.revisions.is_revision_of(&d.content()),
        "complete.json changed since its revision was made: set its revisions to {}",
        serde_json::to_string(&first).unwrap()
    );
}
