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
