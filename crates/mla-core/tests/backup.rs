//! The all-drafts backup: round trip, refusal of a broken file as a whole,
//! and merging that keeps both versions of a conflicting draft.

use mla_core::backup::{is_backup, merge, parse_backup, to_backup, Merge};
use mla_core::draft_file::{parse_draft, ImportError};
use mla_core::Draft;

fn fixture() -> Draft {
    parse_draft(include_str!("fixtures/complete.json")).unwrap()
}

#[test]
fn a_backup_round_trips_every_draft() {
    let a = fixture();
    let mut b = fixture();
    b.id = "second".into();
    b.title = "Second".into();
    let text = to_backup(&[a.clone(), b.clone()], "2026-11-28T10:00:00Z");
    assert!(is_backup(&text));
    assert!(!is_backup(include_str!("fixtures/complete.json")));
    assert_eq!(parse_backup(&text).unwrap(), vec![a, b]);
}

#[test]
fn one_broken_draft_refuses_the_file_and_names_it() {
    let mut v: serde_json::Value =
        serde_json::from_str(&to_backup(&[fixture(), fixture()], "now")).unwrap();
    v["drafts"][1]["measures"] = serde_json::json!("many");
    match parse_backup(&v.to_string()) {
        Err(ImportError::Invalid { path, .. }) => assert_eq!(path, "drafts[1].measures"),
        other => panic!("{other:?}"),
    }
    v["version"] = 9.into();
    assert!(matches!(
        parse_backup(&v.to_string()),
        Err(ImportError::Version(_))
    ));
    assert!(matches!(
        parse_backup("{"),
        Err(ImportError::NotJson { .. })
    ));
}

#[test]
fn merging_keeps_both_versions_of_a_conflict() {
    let here = fixture();
    let mut changed = fixture();
    changed.title = "Changed elsewhere".into();
    let mut new = fixture();
    new.id = "new".into();
    let plan = merge(
        std::slice::from_ref(&here),
        vec![here.clone(), changed.clone(), new.clone()],
        || "fresh".into(),
    );
    assert_eq!(plan[0], Merge::Same);
    match &plan[1] {
        Merge::Copy(d) => {
            assert_eq!(d.id, "fresh");
            assert_eq!(d.title, "Changed elsewhere");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(plan[2], Merge::Add(new));
}
