//! The all-drafts backup: round trip, refusal of a broken file as a whole,
//! and merging that keeps both versions of a conflicting draft; version 2
//! carries the case register, and version 1 files still read.

use mla_core::backup::{
    is_backup, merge, parse_backup, parse_backup_full, to_backup, to_backup_with_register, Merge,
    BACKUP_VERSION,
};
use mla_core::cases::file::{parse_register, to_file, Register};
use mla_core::cases::{Case, CaseKind, Direction, Event, EventKind};
use mla_core::dates::Date;
use mla_core::draft_file::{parse_draft, ImportError};
use mla_core::migrate::MigrateError;
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

#[test]
fn the_same_draft_under_another_revision_is_the_same() {
    let here = fixture();
    // Saved once more here, unchanged: a later revision, the same content.
    let mut resaved = fixture();
    resaved.revisions.advance(&resaved.content());
    assert_ne!(resaved.rev(), here.rev());
    // Never saved with a revision (a file of an older format).
    let mut unrevised = fixture();
    unrevised.revisions = Default::default();
    let mut changed = resaved.clone();
    changed.title = "Changed elsewhere".into();
    let plan = merge(
        std::slice::from_ref(&here),
        vec![resaved, unrevised, changed],
        || "fresh".into(),
    );
    assert_eq!(plan[0], Merge::Same);
    assert_eq!(plan[1], Merge::Same);
    match &plan[2] {
        // A copy is another draft: a history of its own.
        Merge::Copy(d) => {
            assert_eq!((d.id.as_str(), d.rev().as_str()), ("fresh", ""));
            assert_eq!(d.title, "Changed elsewhere");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn tombstones_are_neither_backed_up_nor_restored() {
    let kept = fixture();
    let mut gone = fixture();
    gone.id = "gone".into();
    gone.deleted = true;
    let text = to_backup(&[kept.clone(), gone.clone()], "2026-11-28T10:00:00Z");
    assert!(!text.contains("\"gone\""));
    assert_eq!(parse_backup(&text).unwrap(), vec![kept.clone()]);
    // A file that holds one anyway (made by hand) restores nothing of it.
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    v["drafts"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::to_value(&gone).unwrap());
    let incoming = parse_backup(&v.to_string()).unwrap();
    assert_eq!(incoming.len(), 2);
    assert_eq!(
        merge(&[], incoming, || "fresh".into()),
        vec![Merge::Add(kept)]
    );
}

/// A backup restored into the store: a deleted draft's tombstone is not
/// exported, and the backup taken before the deletion brings the draft
/// back as a newer revision than the tombstone.
#[test]
fn a_backup_skips_deleted_drafts_and_restores_over_a_tombstone() {
    use mla_core::drafts;
    use mla_core::storage::MemoryStore;
    let store = MemoryStore::default();
    let mut a = fixture();
    let mut b = fixture().copy_with_id("second");
    block_on(drafts::import(&store, &mut a)).unwrap();
    assert_eq!(a, fixture(), "imported with the revision it names");
    block_on(drafts::import(&store, &mut b)).unwrap();
    let before = to_backup(&all(&store), "2026-11-28T10:00:00Z");
    block_on(drafts::delete(&store, "second", "2026-11-29T10:00:00Z")).unwrap();
    let after = parse_backup(&to_backup(&all(&store), "2026-11-29T10:00:00Z")).unwrap();
    assert_eq!(after, vec![a.clone()]);

    // Restoring the earlier backup: the kept draft is the same, the deleted
    // one is new again and stored over its tombstone.
    let plan = merge(&all(&store), parse_backup(&before).unwrap(), || {
        "fresh".into()
    });
    assert_eq!(plan.len(), 2);
    let mut restored = Vec::new();
    for step in plan {
        match step {
            Merge::Same => {}
            Merge::Add(mut d) => {
                block_on(drafts::import(&store, &mut d)).unwrap();
                restored.push(d);
            }
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(restored.len(), 1);
    assert_eq!(restored[0].id, "second");
    assert!(restored[0].rev().starts_with("3-"), "{}", restored[0].rev());
    assert!(restored[0].same_content(&b));
    assert_eq!(all(&store).len(), 2);
}

fn all(store: &mla_core::storage::MemoryStore) -> Vec<Draft> {
    block_on(mla_core::drafts::list(store))
        .unwrap()
        .into_iter()
        .map(Result::unwrap)
        .collect()
}

fn block_on<F: std::future::Future>(f: F) -> F::Output {
    let waker = std::task::Waker::noop();
    let mut cx = std::task::Context::from_waker(waker);
    let mut f = std::pin::pin!(f);
    match f.as_mut().poll(&mut cx) {
        std::task::Poll::Ready(v) => v,
        std::task::Poll::Pending => panic!("memory store future did not complete"),
    }
}

/// A register of one case and its sending.
fn register() -> Register {
    let mut case = Case::new(
        "case-1",
        "2026-01-05T09:00:00Z",
        Direction::Outgoing,
        CaseKind::Extradition,
    );
    case.our_reference = "MLO-2026-001".into();
    case.counterpart.state = "RS".into();
    let content = case.content();
    case.revisions.advance(&content);
    let sent = Event::new(
        "event-1",
        "case-1",
        "2026-02-01T10:00:00Z",
        Date::parse("2026-02-01").unwrap(),
        "A. Officer",
        EventKind::Sent,
    );
    Register {
        cases: vec![case],
        events: vec![sent],
        documents: Vec::new(),
    }
}

#[test]
fn a_backup_is_written_as_version_2_with_or_without_the_register() {
    assert_eq!(BACKUP_VERSION, 2);
    let drafts = [fixture()];
    let plain: serde_json::Value = serde_json::from_str(&to_backup(&drafts, "now")).unwrap();
    assert_eq!(plain["version"], 2);
    assert!(plain.get("register").is_none(), "no register, no field");
    assert_eq!(
        parse_backup_full(&plain.to_string()).unwrap(),
        (drafts.to_vec(), None)
    );

    let text = to_backup_with_register(&drafts, &register(), "2026-11-28T10:00:00Z");
    assert!(is_backup(&text));
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["version"], 2);
    // The register is the register file's own object.
    let file: serde_json::Value =
        serde_json::from_str(&to_file(&register(), "2026-11-28T10:00:00Z")).unwrap();
    assert_eq!(v["register"], file);
    assert_eq!(
        parse_register(&v["register"].to_string()).unwrap(),
        register()
    );
    assert_eq!(
        parse_backup_full(&text).unwrap(),
        (drafts.to_vec(), Some(register()))
    );
    assert_eq!(parse_backup(&text).unwrap(), drafts.to_vec());
}

#[test]
fn a_version_1_backup_still_reads() {
    let text = include_str!("fixtures/v1-backup.json");
    assert!(is_backup(text));
    let (drafts, register) = parse_backup_full(text).unwrap();
    assert_eq!(register, None);
    let ids: Vec<&str> = drafts.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["legacy-1", "v3-fixture"]);
    assert!(drafts
        .iter()
        .all(|d| d.schema_version == mla_core::model::SCHEMA_VERSION));
    assert_eq!(parse_backup(text).unwrap(), drafts);
}

#[test]
fn a_broken_register_refuses_the_backup_naming_the_place() {
    let good: serde_json::Value =
        serde_json::from_str(&to_backup_with_register(&[fixture()], &register(), "now")).unwrap();
    let refused = |v: &serde_json::Value| match parse_backup_full(&v.to_string()) {
        Err(ImportError::Invalid { path, .. }) => path,
        other => panic!("expected a refusal, got {other:?}"),
    };
    let mut v = good.clone();
    v["register"]["cases"][0]["direction"] = "sideways".into();
    assert_eq!(refused(&v), "register.cases[0].direction");
    // The drafts-only reader refuses it too: the file is one whole.
    assert!(parse_backup(&v.to_string()).is_err());
    let mut v = good.clone();
    v["register"]["events"][0]["case_id"] = "nobody".into();
    assert_eq!(refused(&v), "register.events[0].case_id");
    let mut v = good.clone();
    v["register"]["format"] = "something else".into();
    assert_eq!(refused(&v), "register.format");
    let mut v = good.clone();
    v["register"].as_object_mut().unwrap().remove("cases");
    assert_eq!(refused(&v), "register");
    let mut v = good.clone();
    v["register"] = 5.into();
    assert_eq!(refused(&v), "register");
    let mut v = good.clone();
    v["register"]["version"] = 7.into();
    assert_eq!(
        parse_backup_full(&v.to_string()),
        Err(ImportError::Version(MigrateError::TooNew {
            found: 7,
            supported: 1
        }))
    );
    let mut v = good.clone();
    v["register"] = serde_json::Value::Null;
    assert_eq!(parse_backup_full(&v.to_string()).unwrap().1, None);
    let mut v = good;
    v["version"] = 3.into();
    assert_eq!(
        parse_backup_full(&v.to_string()),
        Err(ImportError::Version(MigrateError::TooNew {
            found: 3,
            supported: 2
        }))
    );
}
