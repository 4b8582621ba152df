//! The drafts service over the in-memory store (the IndexedDB store is
//! tested in the browser against the same contract).

use mla_core::drafts;
use mla_core::model::Draft;
use mla_core::revision::Revisions;
use mla_core::storage::{
    Listed, MemoryStore, Record, RecordStore, StorageError, StoreSpec, DRAFTS,
};

fn block_on<F: std::future::Future>(f: F) -> F::Output {
    // The memory store never awaits anything, so one poll completes it.
    let waker = std::task::Waker::noop();
    let mut cx = std::task::Context::from_waker(waker);
    let mut f = std::pin::pin!(f);
    match f.as_mut().poll(&mut cx) {
        std::task::Poll::Ready(v) => v,
        std::task::Poll::Pending => panic!("memory store future did not complete"),
    }
}

#[test]
fn save_load_list_delete() {
    let store = MemoryStore::default();
    let mut a = Draft::new("a", "2026-01-01T00:00:00Z");
    a.title = "First".into();
    let mut b = Draft::new("b", "2026-02-01T00:00:00Z");
    block_on(drafts::save(&store, &mut a)).unwrap();
    block_on(drafts::save(&store, &mut b)).unwrap();
    assert_eq!(
        block_on(drafts::load(&store, "a")).unwrap(),
        Some(a.clone())
    );
    let ids: Vec<String> = block_on(drafts::list(&store))
        .unwrap()
        .into_iter()
        .map(|r| r.unwrap().id)
        .collect();
    assert_eq!(ids, ["b", "a"], "newest first");
    assert!(block_on(drafts::exists(&store, "a")).unwrap());
    block_on(drafts::delete(&store, "a", "2026-03-01T00:00:00Z")).unwrap();
    assert_eq!(block_on(drafts::load(&store, "a")).unwrap(), None);
    assert!(!block_on(drafts::exists(&store, "a")).unwrap());
    // Deleting what is not there is not an error, and writes nothing.
    block_on(drafts::delete(&store, "never", "2026-03-01T00:00:00Z")).unwrap();
    assert_eq!(block_on(store.get(&DRAFTS, "never")).unwrap(), None);
}

/// The stored history of a draft, read from its record.
fn stored_revisions(store: &MemoryStore, id: &str) -> Revisions {
    let record = block_on(store.get(&DRAFTS, id)).unwrap().unwrap();
    let v: serde_json::Value = serde_json::from_str(&record.body).unwrap();
    serde_json::from_value(v["revisions"].clone()).unwrap()
}

#[test]
fn every_save_advances_the_revision_and_keeps_its_ancestry() {
    let store = MemoryStore::default();
    let mut d = Draft::new("d", "2026-01-01T00:00:00Z");
    assert_eq!(d.rev(), "", "no revision before the first save");
    block_on(drafts::save(&store, &mut d)).unwrap();
    let first = d.rev();
    assert!(first.starts_with("1-") && first.len() == 34, "{first}");
    assert!(d.revisions.is_revision_of(&d.content()));

    d.title = "Edited".into();
    d.updated = "2026-01-02T00:00:00Z".into();
    block_on(drafts::save(&store, &mut d)).unwrap();
    let second = d.rev();
    assert!(second.starts_with("2-"), "{second}");
    assert!(d.revisions.descends_from(&first) && d.revisions.is_valid());
    // The caller's draft carries exactly what was stored, and the record
    // keeps `updated` as the time of the change.
    assert_eq!(stored_revisions(&store, "d"), d.revisions);
    assert_eq!(
        block_on(drafts::load(&store, "d")).unwrap(),
        Some(d.clone())
    );
    let record = block_on(store.get(&DRAFTS, "d")).unwrap().unwrap();
    assert_eq!(record.updated, "2026-01-02T00:00:00Z");

    // Saving unchanged still makes a revision (a save is a write).
    block_on(drafts::save(&store, &mut d)).unwrap();
    assert!(d.rev().starts_with("3-"));
    assert_eq!(d.revisions.ids.len(), 3);

    // A caller holding an older copy (another tab's, a stale one) still
    // makes a revision newer than the stored one, never a sibling of it.
    let mut stale = d.clone();
    stale.revisions = Revisions::default();
    stale.title = "From an old copy".into();
    block_on(drafts::save(&store, &mut stale)).unwrap();
    assert!(stale.rev().starts_with("4-"), "{}", stale.rev());
    assert!(stale.revisions.descends_from(&d.rev()));
}

#[test]
fn a_deleted_draft_is_a_tombstone_without_content() {
    let store = MemoryStore::default();
    let mut d = Draft::new("secret", "2026-01-01T00:00:00Z");
    d.title = "Operation Nightjar".into();
    d.facts.summary = "Ivan Petrović moved 2.4 million euros.".into();
    block_on(drafts::save(&store, &mut d)).unwrap();
    let mut other = Draft::new("other", "2026-01-01T00:00:00Z");
    block_on(drafts::save(&store, &mut other)).unwrap();

    block_on(drafts::delete(&store, "secret", "2026-02-01T00:00:00Z")).unwrap();
    let record = block_on(store.get(&DRAFTS, "secret")).unwrap().unwrap();
    assert_eq!(record.updated, "2026-02-01T00:00:00Z");
    for content in ["Nightjar", "Petrovi", "million", "2026-01-01"] {
        assert!(
            !record.body.contains(content),
            "{content} kept: {}",
            record.body
        );
    }
    // Only what CouchDB keeps of a deleted document (with the format's
    // version and the time of deletion).
    let v: serde_json::Value = serde_json::from_str(&record.body).unwrap();
    let mut keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        ["deleted", "id", "revisions", "schema_version", "updated"]
    );
    assert_eq!(v["deleted"], true);
    let tombstone = stored_revisions(&store, "secret");
    assert!(tombstone.rev().starts_with("2-") && tombstone.descends_from(&d.rev()));

    // Hidden from loading, listing and `exists`; other drafts unaffected.
    assert_eq!(block_on(drafts::load(&store, "secret")).unwrap(), None);
    assert!(!block_on(drafts::exists(&store, "secret")).unwrap());
    let listed: Vec<String> = block_on(drafts::list(&store))
        .unwrap()
        .into_iter()
        .map(|r| r.unwrap().id)
        .collect();
    assert_eq!(listed, ["other"]);
    // Deleting again changes nothing.
    block_on(drafts::delete(&store, "secret", "2026-03-01T00:00:00Z")).unwrap();
    assert_eq!(stored_revisions(&store, "secret"), tombstone);
}

#[test]
fn undo_restores_a_deleted_draft_as_a_newer_revision() {
    let store = MemoryStore::default();
    let mut d = Draft::new("d", "2026-01-01T00:00:00Z");
    d.title = "Kept".into();
    block_on(drafts::save(&store, &mut d)).unwrap();
    let before = d.clone();
    block_on(drafts::delete(&store, "d", "2026-02-01T00:00:00Z")).unwrap();
    let tombstone = stored_revisions(&store, "d");

    // The drafts page keeps the draft as it was listed, and saves it back.
    let mut restored = before.clone();
    block_on(drafts::save(&store, &mut restored)).unwrap();
    assert!(restored.rev().starts_with("3-"), "{}", restored.rev());
    assert!(restored.revisions.descends_from(&tombstone.rev()));
    assert!(restored.revisions.descends_from(&before.rev()));
    assert!(!restored.deleted);
    assert!(restored.same_content(&before));
    assert_eq!(block_on(drafts::load(&store, "d")).unwrap(), Some(restored));
    assert!(block_on(drafts::exists(&store, "d")).unwrap());
}

#[test]
fn an_import_keeps_the_revision_it_names_when_it_is_new_here() {
    let from_elsewhere = MemoryStore::default();
    let mut d = Draft::new("d", "2026-01-01T00:00:00Z");
    d.title = "Exported".into();
    block_on(drafts::save(&from_elsewhere, &mut d)).unwrap();
    block_on(drafts::save(&from_elsewhere, &mut d)).unwrap();
    let exported = d.clone();

    // New on this device: the same revision as on the other.
    let here = MemoryStore::default();
    let mut incoming = exported.clone();
    block_on(drafts::import(&here, &mut incoming)).unwrap();
    assert_eq!(incoming, exported);
    assert_eq!(stored_revisions(&here, "d"), exported.revisions);
    // The same file again (the user replaces it with itself): unchanged.
    let mut again = exported.clone();
    block_on(drafts::import(&here, &mut again)).unwrap();
    assert_eq!(stored_revisions(&here, "d"), exported.revisions);

    // Edited in the file after its revision was made: a change, so a
    // newer revision.
    let mut edited = exported.clone();
    edited.title = "Edited by hand".into();
    block_on(drafts::import(&here, &mut edited)).unwrap();
    assert!(edited.rev().starts_with("3-"), "{}", edited.rev());
    assert!(edited.revisions.descends_from(&exported.rev()));

    // An older revision imported over a newer one replaces it as a change
    // made here: newer than what it replaces.
    let mut old = exported.clone();
    block_on(drafts::import(&here, &mut old)).unwrap();
    assert!(old.rev().starts_with("4-"));
    assert!(old.same_content(&exported));

    // Over a tombstone it comes back as a newer revision.
    block_on(drafts::delete(&here, "d", "2026-02-01T00:00:00Z")).unwrap();
    let mut back = exported.clone();
    block_on(drafts::import(&here, &mut back)).unwrap();
    assert!(back.rev().starts_with("6-"), "{}", back.rev());
    assert_eq!(block_on(drafts::load(&here, "d")).unwrap(), Some(back));

    // A draft without a revision (an older format, a hand-made file) gets
    // its first.
    let mut fresh = Draft::new("fresh", "2026-01-01T00:00:00Z");
    block_on(drafts::import(&here, &mut fresh)).unwrap();
    assert!(fresh.rev().starts_with("1-"));
}

#[test]
fn a_failed_save_leaves_the_draft_at_its_revision() {
    struct Full;
    impl RecordStore for Full {
        async fn put(&self, _: &StoreSpec, _: &Record) -> Result<(), StorageError> {
            Err(StorageError::QuotaExceeded)
        }
        async fn get(&self, _: &StoreSpec, _: &str) -> Result<Option<Record>, StorageError> {
            Ok(None)
        }
        async fn delete(&self, _: &StoreSpec, _: &str) -> Result<(), StorageError> {
            Ok(())
        }
        async fn list(&self, _: &StoreSpec) -> Result<Vec<Listed>, StorageError> {
            Ok(Vec::new())
        }
    }
    let mut d = Draft::new("d", "2026-01-01T00:00:00Z");
    assert_eq!(
        block_on(drafts::save(&Full, &mut d)),
        Err(StorageError::QuotaExceeded)
    );
    assert_eq!(d.rev(), "");
}

#[test]
fn a_stored_version_4_draft_loads_with_an_empty_history_and_its_first_save_makes_1() {
    let store = MemoryStore::default();
    let body = include_str!("fixtures/v4-draft.json").to_string();
    block_on(store.put(
        &DRAFTS,
        &Record {
            id: "v4-fixture".into(),
            updated: "2026-11-02T15:30:00Z".into(),
            body,
        },
    ))
    .unwrap();
    assert!(block_on(drafts::exists(&store, "v4-fixture")).unwrap());
    let mut d = block_on(drafts::load(&store, "v4-fixture"))
        .unwrap()
        .unwrap();
    assert_eq!(d.schema_version, mla_core::model::SCHEMA_VERSION);
    assert_eq!(d.rev(), "");
    block_on(drafts::save(&store, &mut d)).unwrap();
    assert!(d.rev().starts_with("1-"));
    assert_eq!(
        block_on(drafts::load(&store, "v4-fixture")).unwrap(),
        Some(d)
    );
}

#[test]
fn a_stored_version_1_draft_is_migrated_on_load() {
    let store = MemoryStore::default();
    let body = include_str!("fixtures/v1-draft.json").to_string();
    block_on(store.put(
        &DRAFTS,
        &Record {
            id: "legacy-1".into(),
            updated: "x".into(),
            body,
        },
    ))
    .unwrap();
    let d = block_on(drafts::load(&store, "legacy-1")).unwrap().unwrap();
    assert_eq!(d.schema_version, mla_core::model::SCHEMA_VERSION);
}
