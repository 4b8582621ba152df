//! The drafts service over the in-memory store (the IndexedDB store is
//! tested in the browser against the same contract).

use mla_core::drafts;
use mla_core::model::Draft;
use mla_core::storage::MemoryStore;

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
    let b = Draft::new("b", "2026-02-01T00:00:00Z");
    block_on(drafts::save(&store, &a)).unwrap();
    block_on(drafts::save(&store, &b)).unwrap();
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
    block_on(drafts::delete(&store, "a")).unwrap();
    assert_eq!(block_on(drafts::load(&store, "a")).unwrap(), None);
}

#[test]
fn a_stored_version_1_draft_is_migrated_on_load() {
    use mla_core::storage::{Record, RecordStore, DRAFTS};
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
