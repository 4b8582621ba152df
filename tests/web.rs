//! Browser unit tests (wasm-bindgen-test in headless Chromium): the
//! IndexedDB store against the storage contract, and the preferences.

use mla_app::storage::IdbStore;
use mla_core::drafts;
use mla_core::model::{Draft, SCHEMA_VERSION};
use mla_core::storage::{Record, RecordStore, DRAFTS, META};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn fresh(name: &str) -> IdbStore {
    IdbStore::delete_database(name).await.expect("delete");
    IdbStore::open_named(name).await.expect("open")
}

#[wasm_bindgen_test]
async fn drafts_round_trip_through_indexeddb() {
    let store = fresh("test-round-trip").await;
    let mut a = Draft::new("a", "2026-01-01T00:00:00Z");
    a.title = "Témoin — شاهد".into();
    let mut b = Draft::new("b", "2026-03-01T00:00:00Z");
    drafts::save(&store, &mut a).await.unwrap();
    drafts::save(&store, &mut b).await.unwrap();
    assert_eq!(drafts::load(&store, "a").await.unwrap(), Some(a.clone()));
    let ids: Vec<String> = drafts::list(&store)
        .await
        .unwrap()
        .into_iter()
        .map(|d| d.unwrap().id)
        .collect();
    assert_eq!(ids, ["b", "a"]);
    a.title = "Renamed".into();
    drafts::save(&store, &mut a).await.unwrap();
    let renamed = drafts::load(&store, "a").await.unwrap().unwrap();
    assert_eq!(renamed.title, "Renamed");
    assert!(renamed.rev().starts_with("2-"));
    drafts::delete(&store, "a", "2026-04-01T00:00:00Z")
        .await
        .unwrap();
    assert_eq!(drafts::load(&store, "a").await.unwrap(), None);
    // A tombstone stays, without the draft's content; undo restores.
    let tombstone = store.get(&DRAFTS, "a").await.unwrap().unwrap();
    assert!(!tombstone.body.contains("Renamed"));
    drafts::save(&store, &mut a).await.unwrap();
    assert!(a.rev().starts_with("4-"));
    assert_eq!(drafts::load(&store, "a").await.unwrap(), Some(a));
}

#[wasm_bindgen_test]
async fn data_survives_reopening_and_records_its_version() {
    let name = "test-reopen";
    let store = fresh(name).await;
    drafts::save(&store, &mut Draft::new("kept", "2026-01-01T00:00:00Z"))
        .await
        .unwrap();
    drop(store);
    let store = IdbStore::open_named(name).await.unwrap();
    assert!(drafts::exists(&store, "kept").await.unwrap());
    let version = store.get(&META, "data_version").await.unwrap().unwrap();
    assert_eq!(
        version.body,
        mla_app::storage::idb::DATA_VERSION.to_string()
    );
}

#[wasm_bindgen_test]
async fn an_old_draft_in_the_database_is_migrated_on_load() {
    let store = fresh("test-migrate").await;
    let body = include_str!("../crates/mla-core/tests/fixtures/v1-draft.json").to_string();
    let record = Record {
        id: "legacy-1".into(),
        updated: "2025-06-02T08:00:00Z".into(),
        body,
    };
    store.put(&DRAFTS, &record).await.unwrap();
    let d = drafts::load(&store, "legacy-1").await.unwrap().unwrap();
    assert_eq!(d.schema_version, SCHEMA_VERSION);
    assert_eq!(d.legal_basis.instruments.len(), 1);
}

#[wasm_bindgen_test]
fn the_language_choice_is_remembered() {
    mla_app::prefs::set_ui_language("fa");
    assert_eq!(mla_app::prefs::ui_language().as_deref(), Some("fa"));
    mla_app::prefs::set_ui_language("en");
    assert_eq!(mla_app::prefs::ui_language().as_deref(), Some("en"));
}
