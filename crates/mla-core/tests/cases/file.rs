//! The register file: written, read back, and refused whole, naming the
//! place, when anything in it is wrong.

use mla_core::cases::file::{is_register, parse_register, to_file, Archived, Register};
use mla_core::cases::record::ArchivedRef;
use mla_core::cases::{EventKind as E, RefusalGround};
use mla_core::draft_file::ImportError;
use mla_core::migrate::MigrateError;
use mla_core::revision::sha256_hex;
use mla_core::vault::b64_encode;
use serde_json::{json, Value};

use super::{d, incoming, outgoing, Log};

pub const NOW: &str = "2026-12-01T10:00:00Z";

/// Two cases with revisions, a log each, and one archived document.
pub fn sample() -> Register {
    let mut a = outgoing("case-a");
    a.counterpart.state = "DE".into();
    a.persons = vec!["Hans Müller".into()];
    let bytes = b"%PDF-1.7 the request as sent".to_vec();
    a.documents.push(ArchivedRef {
        id: "doc-1".into(),
        name: "request.pdf".into(),
        media_type: "application/pdf".into(),
        size: bytes.len() as u64,
        sha256: sha256_hex(&bytes),
        archived: d("2026-02-01"),
        draft_id: "draft-1".into(),
    });
    let mut b = incoming("case-b");
    b.counterpart.state = "Atlantis".into();
    for c in [&mut a, &mut b] {
        let content = c.content();
        c.revisions.advance(&content);
    }
    let mut la = Log::of(&a).with("2026-02-01", E::Sent);
    la.events[0].document = Some("doc-1".into());
    let mut lb = Log::of(&b).with("2026-01-06", E::Registered);
    lb.add("2026-01-20", E::Refused).ground = Some(RefusalGround::NeBisInIdem);
    let mut events: Vec<_> = la.events.into_iter().chain(lb.events).collect();
    for e in &mut events {
        let content = e.content();
        e.revisions.advance(&content);
    }
    Register {
        documents: vec![Archived {
            id: "doc-1".into(),
            case_id: "case-a".into(),
            sha256: sha256_hex(&bytes),
            bytes,
        }],
        cases: vec![a, b],
        events,
    }
}

fn sample_json() -> Value {
    serde_json::from_str(&to_file(&sample(), NOW)).unwrap()
}

/// The place and reason a changed file is refused for.
fn refused(v: &Value) -> (String, String) {
    match parse_register(&v.to_string()) {
        Err(ImportError::Invalid { path, reason }) => (path, reason),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn a_register_round_trips() {
    let register = sample();
    let text = to_file(&register, NOW);
    assert!(is_register(&text));
    assert!(!is_register("{\"format\":\"mla-request-writer-backup\"}"));
    assert!(!is_register("not json"));
    assert_eq!(parse_register(&text).unwrap(), register);
    assert_eq!(sample_json()["created"], NOW);
    assert_eq!(register.events_of("case-b").len(), 2);
    assert!(register.documents[0].is_intact());
    // A generated register with tombstones and every kind of event too.
    let (cases, events, _) = super::stats::generate(60, 7);
    let big = Register {
        cases,
        events,
        documents: Vec::new(),
    };
    assert_eq!(parse_register(&to_file(&big, NOW)).unwrap(), big);
}

#[test]
fn what_is_not_a_register_of_this_version_is_refused() {
    assert!(matches!(
        parse_register("{ nope"),
        Err(ImportError::NotJson { .. })
    ));
    let mut v = sample_json();
    v["format"] = "mla-request-writer-backup".into();
    assert_eq!(refused(&v).0, "format");
    let mut v = sample_json();
    v["version"] = 2.into();
    assert_eq!(
        parse_register(&v.to_string()),
        Err(ImportError::Version(MigrateError::TooNew {
            found: 2,
            supported: 1
        }))
    );
    let mut v = sample_json();
    v["cases"][1]["case_version"] = 9.into();
    assert_eq!(
        parse_register(&v.to_string()),
        Err(ImportError::Version(MigrateError::TooNew {
            found: 9,
            supported: 1
        }))
    );
    let mut v = sample_json();
    v["events"][2]["event_version"] = 3.into();
    assert!(matches!(
        parse_register(&v.to_string()),
        Err(ImportError::Version(MigrateError::TooNew { found: 3, .. }))
    ));
}

#[test]
fn a_field_of_the_wrong_shape_is_named_by_its_path() {
    let mut v = sample_json();
    v["cases"][0]["direction"] = "sideways".into();
    assert_eq!(refused(&v).0, "cases[0].direction");
    let mut v = sample_json();
    v["cases"][1]["urgent"] = "yes".into();
    assert_eq!(refused(&v).0, "cases[1].urgent");
    let mut v = sample_json();
    v["events"][1]["date"] = "2026-02-30".into();
    let (path, reason) = refused(&v);
    assert_eq!(path, "events[1].date");
    assert!(reason.contains("not a date"), "{reason}");
    let mut v = sample_json();
    v["events"][2]["ground"] = "bad_weather".into();
    assert_eq!(refused(&v).0, "events[2].ground");
    let mut v = sample_json();
    v["cases"][0]["colour"] = "red".into();
    assert!(refused(&v).1.contains("colour"));
}

#[test]
fn ids_must_be_unique_and_events_belong_to_a_case_of_the_file() {
    let mut v = sample_json();
    v["cases"][1]["id"] = "case-a".into();
    assert_eq!(refused(&v).0, "cases[1].id");
    let mut v = sample_json();
    v["cases"][0]["id"] = " ".into();
    assert_eq!(refused(&v).0, "cases[0].id");
    let mut v = sample_json();
    v["events"][2]["id"] = v["events"][1]["id"].clone();
    assert_eq!(refused(&v).0, "events[2].id");
    let mut v = sample_json();
    v["events"][1]["case_id"] = "case-z".into();
    assert_eq!(refused(&v).0, "events[1].case_id");
}

#[test]
fn revision_histories_must_be_well_formed() {
    for bad in [
        json!({ "start": 1, "ids": ["NOT-HEX"] }),
        json!({ "start": 0, "ids": ["0123456789abcdef0123456789abcdef"] }),
        json!({ "start": 2, "ids": [] }),
    ] {
        let mut v = sample_json();
        v["cases"][1]["revisions"] = bad.clone();
        assert_eq!(refused(&v).0, "cases[1].revisions", "{bad}");
        let mut v = sample_json();
        v["events"][0]["revisions"] = bad.clone();
        assert_eq!(refused(&v).0, "events[0].revisions", "{bad}");
    }
}

#[test]
fn a_document_must_be_listed_by_its_case_and_unchanged() {
    let mut v = sample_json();
    v["documents"][0]["case_id"] = "case-b".into();
    assert_eq!(refused(&v).0, "documents[0].case_id");
    let mut v = sample_json();
    v["documents"][0]["id"] = "doc-9".into();
    assert_eq!(refused(&v).0, "documents[0].case_id");

    // One byte changed: damaged.
    let mut v = sample_json();
    v["documents"][0]["bytes"] = b64_encode(b"%PDF-1.7 the request as SENT").into();
    let (path, reason) = refused(&v);
    assert_eq!(path, "documents[0].bytes");
    assert!(reason.contains("damaged"), "{reason}");
    // Changed bytes with a matching new hash: still not what the case
    // archived.
    let other = b"another file".to_vec();
    v["documents"][0]["bytes"] = b64_encode(&other).into();
    v["documents"][0]["sha256"] = sha256_hex(&other).into();
    assert_eq!(refused(&v).0, "documents[0].bytes");

    let mut v = sample_json();
    v["documents"][0]["bytes"] = "***".into();
    assert_eq!(refused(&v).0, "documents[0].bytes");
    let mut v = sample_json();
    let doc = v["documents"][0].clone();
    v["documents"].as_array_mut().unwrap().push(doc);
    assert_eq!(refused(&v).0, "documents[1].id");
}
