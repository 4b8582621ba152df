//! Browser unit tests of the vault's WebCrypto side (wasm-bindgen-test in
//! headless Chromium): the same formats the native tests check with
//! RustCrypto, here through the browser's SubtleCrypto and IndexedDB.

use mla_app::crypto::{self, WebCipher};
use mla_app::storage::IdbStore;
use mla_core::drafts;
use mla_core::model::Draft;
use mla_core::storage::{Record, RecordStore, DRAFTS};
use mla_core::vault::{
    b64_decode, b64_encode, parse_encrypted_backup, Envelope, Protection, VaultStore,
};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const PASS: &str = "correct horse battery staple";

async fn fresh(name: &str) -> IdbStore {
    IdbStore::delete_database(name).await.expect("delete");
    IdbStore::open_named(name).await.expect("open")
}

fn secret() -> Draft {
    let mut d = Draft::new("d1", "2026-11-28T10:00:00Z");
    d.title = "Operation Nightjar — عملية".into();
    d
}

#[wasm_bindgen_test]
async fn webcrypto_round_trip_wrong_passphrase_and_rewrap() {
    let (protection, key) = crypto::protect_new("p1", PASS).await.unwrap();
    assert_eq!(protection.kdf.iterations, 600_000);
    let store = fresh("vault-round-trip").await;
    let vault = VaultStore::new(&store, WebCipher::new(key), false);
    let mut saved = secret();
    drafts::save(&vault, &mut saved).await.unwrap();
    assert!(saved.rev().starts_with("1-"));
    let raw = store.get(&DRAFTS, "d1").await.unwrap().unwrap();
    assert!(!raw.body.contains("Nightjar"));
    assert_eq!(
        drafts::load(&vault, "d1").await.unwrap(),
        Some(saved.clone())
    );

    // Unlocking again with the passphrase gives a key that reads it.
    let again = crypto::unlock("p1", PASS, &protection).await.unwrap();
    let reopened = VaultStore::new(&store, WebCipher::new(again), false);
    assert_eq!(
        drafts::load(&reopened, "d1").await.unwrap(),
        Some(saved.clone())
    );

    // A wrong passphrase is a clean rejection, not a garbled key.
    assert_eq!(
        crypto::unlock("p1", "wrong horse", &protection).await.err(),
        Some(mla_core::vault::CryptoError::Rejected)
    );

    // A new passphrase re-wraps the same key: old data stays readable.
    let rewrapped = crypto::rewrap("p1", PASS, "a brand new phrase", &protection)
        .await
        .unwrap();
    assert_ne!(rewrapped.kdf.salt, protection.kdf.salt);
    assert!(crypto::unlock("p1", PASS, &rewrapped).await.is_err());
    let key = crypto::unlock("p1", "a brand new phrase", &rewrapped)
        .await
        .unwrap();
    let after = VaultStore::new(&store, WebCipher::new(key), false);
    assert_eq!(drafts::load(&after, "d1").await.unwrap(), Some(saved));
}

#[wasm_bindgen_test]
async fn tampered_records_are_rejected_and_ivs_do_not_repeat() {
    let (_, key) = crypto::protect_new("p2", PASS).await.unwrap();
    let store = fresh("vault-tamper").await;
    let vault = VaultStore::new(&store, WebCipher::new(key), false);
    let mut ivs = std::collections::HashSet::new();
    for _ in 0..200 {
        drafts::save(&vault, &mut secret()).await.unwrap();
        let body = store.get(&DRAFTS, "d1").await.unwrap().unwrap().body;
        assert!(
            ivs.insert(Envelope::parse(&body).unwrap().iv),
            "IV repeated"
        );
    }
    let good = store.get(&DRAFTS, "d1").await.unwrap().unwrap();
    let mut envelope = Envelope::parse(&good.body).unwrap();
    let mut ct = b64_decode(&envelope.ct).unwrap();
    ct[3] ^= 4;
    envelope.ct = b64_encode(&ct);
    let tampered = Record {
        body: envelope.to_json(),
        ..good.clone()
    };
    store.put(&DRAFTS, &tampered).await.unwrap();
    assert!(drafts::load(&vault, "d1").await.is_err());
    // Moved under another id, the untouched ciphertext is refused too.
    store
        .put(
            &DRAFTS,
            &Record {
                id: "d2".into(),
                ..good
            },
        )
        .await
        .unwrap();
    assert!(drafts::load(&vault, "d2").await.is_err());
}

/// The vector made by Python's `cryptography` (scripts/make_vault_vector.py),
/// also opened natively with RustCrypto.
#[wasm_bindgen_test]
async fn the_shared_test_vector_opens_with_webcrypto() {
    let v: serde_json::Value = serde_json::from_str(include_str!(
        "../crates/mla-core/tests/fixtures/vault_vector.json"
    ))
    .unwrap();
    let protection: Protection = serde_json::from_value(v["protection"].clone()).unwrap();
    let key = crypto::unlock(
        v["profile"].as_str().unwrap(),
        v["passphrase"].as_str().unwrap(),
        &protection,
    )
    .await
    .expect("vector unlocks");
    let store = fresh("vault-vector").await;
    let record = Record {
        id: "vector".into(),
        updated: String::new(),
        body: v["record"].to_string(),
    };
    store.put(&DRAFTS, &record).await.unwrap();
    let vault = VaultStore::new(&store, WebCipher::new(key), false);
    let draft = drafts::load(&vault, "vector").await.unwrap().unwrap();
    assert_eq!(draft.title, v["title"].as_str().unwrap());
}

#[wasm_bindgen_test]
async fn encrypted_backup_round_trip_in_the_browser() {
    let plain = mla_core::backup::to_backup(&[secret()], "2026-11-28T10:00:00Z");
    let file = crypto::seal_backup("backup phrase", &plain, "2026-11-28T10:00:00Z")
        .await
        .unwrap();
    assert!(!file.contains("Nightjar"));
    let parsed = parse_encrypted_backup(&file).unwrap();
    assert_eq!(
        crypto::open_backup("backup phrase", &parsed).await.unwrap(),
        plain
    );
    assert!(crypto::open_backup("other phrase", &parsed).await.is_err());
}
