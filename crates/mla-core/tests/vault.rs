//! Profiles and encryption at rest: the formats, the encrypting store and
//! the encrypted backup, exercised with a RustCrypto implementation of the
//! same formats the app implements over WebCrypto.

mod support;

use mla_core::backup::{parse_backup, to_backup};
use mla_core::draft_file::ImportError;
use mla_core::drafts;
use mla_core::model::Draft;
use mla_core::storage::{MemoryStore, Record, RecordStore, DRAFTS, META};
use mla_core::vault::*;
use support::native_crypto::*;

const PASS: &str = "correct horse battery staple";

fn kdf(iterations: u32) -> KdfParams {
    KdfParams {
        iterations,
        ..KdfParams::pbkdf2(&[9u8; 16])
    }
}

fn secret_draft(id: &str) -> Draft {
    let mut d = Draft::new(id, "2026-11-28T10:00:00Z");
    d.title = "Operation Nightjar: accounts of Ivan Petrović".into();
    d.facts.summary = "Between March and May 2026 the suspect moved 2.4 million euros.".into();
    d
}

fn vault(store: &MemoryStore, key: [u8; 32]) -> VaultStore<&MemoryStore, NativeCipher> {
    VaultStore::new(store, NativeCipher { key }, false)
}

#[test]
fn records_round_trip_and_nothing_readable_is_stored() {
    let raw = MemoryStore::default();
    let v = vault(&raw, [1; 32]);
    let draft = secret_draft("d1");
    block_on(drafts::save(&v, &draft)).unwrap();
    assert_eq!(block_on(drafts::load(&v, "d1")).unwrap(), Some(draft));

    let stored = block_on(raw.get(&DRAFTS, "d1")).unwrap().unwrap();
    assert!(
        !stored.body.contains("Nightjar"),
        "plaintext stored: {}",
        stored.body
    );
    assert!(!stored.body.contains("Petrovi"));
    let envelope = Envelope::parse(&stored.body).expect("an envelope");
    assert_eq!(envelope.schema, mla_core::model::SCHEMA_VERSION);
    // id and time stay plain so the list sorts without decrypting.
    assert_eq!(stored.updated, "2026-11-28T10:00:00Z");
}

#[test]
fn the_real_parameters_unwrap_with_the_right_passphrase_only() {
    let data_key = [42u8; 32];
    let real = protect("p1", PASS, &data_key, KdfParams::pbkdf2(&[3u8; 16]));
    assert_eq!(real.kdf.iterations, 600_000);
    assert_eq!(unlock("p1", PASS, &real), Some(data_key));
    // The remaining cases need no real cost.
    let p = protect("p1", PASS, &data_key, kdf(1000));
    assert_eq!(unlock("p1", "correct horse battery stapler", &p), None);
    // The wrapped key belongs to its profile: moved to another, it fails.
    assert_eq!(unlock("p2", PASS, &p), None);
}

#[test]
fn a_wrong_key_fails_cleanly_without_hiding_other_records() {
    let raw = MemoryStore::default();
    block_on(drafts::save(&vault(&raw, [1; 32]), &secret_draft("d1"))).unwrap();
    let wrong = vault(&raw, [2; 32]);
    assert!(matches!(
        block_on(drafts::load(&wrong, "d1")),
        Err(drafts::LoadError::Storage(
            mla_core::storage::StorageError::Corrupt(_)
        ))
    ));
    let listed = block_on(drafts::list(&wrong)).unwrap();
    assert_eq!(listed.len(), 1);
    assert!(matches!(&listed[0], Err((id, ImportError::Unreadable)) if id == "d1"));
}

#[test]
fn tampered_moved_or_relabelled_records_are_rejected() {
    let raw = MemoryStore::default();
    let v = vault(&raw, [1; 32]);
    block_on(drafts::save(&v, &secret_draft("d1"))).unwrap();
    let good = block_on(raw.get(&DRAFTS, "d1")).unwrap().unwrap();
    let envelope = Envelope::parse(&good.body).unwrap();

    // One bit of the ciphertext flipped.
    let mut ct = b64_decode(&envelope.ct).unwrap();
    ct[5] ^= 1;
    let flipped = Envelope {
        ct: b64_encode(&ct),
        ..envelope.clone()
    };
    // The same ciphertext under another id (a swap of two drafts).
    let moved = Record {
        id: "d2".into(),
        ..good.clone()
    };
    // The schema version relabelled (would change how it migrates).
    let relabelled = Envelope {
        schema: envelope.schema + 1,
        ..envelope.clone()
    };

    block_on(raw.put(
        &DRAFTS,
        &Record {
            body: flipped.to_json(),
            ..good.clone()
        },
    ))
    .unwrap();
    block_on(raw.put(&DRAFTS, &moved)).unwrap();
    block_on(raw.put(
        &DRAFTS,
        &Record {
            id: "d3".into(),
            body: relabelled.to_json(),
            ..good.clone()
        },
    ))
    .unwrap();
    for id in ["d1", "d2", "d3"] {
        assert!(block_on(drafts::load(&v, id)).is_err(), "{id} was accepted");
    }
    // A plain record slipped in is refused once the profile is encrypted.
    let plain = mla_core::draft_file::to_json(&secret_draft("d4"));
    block_on(raw.put(
        &DRAFTS,
        &Record {
            id: "d4".into(),
            updated: String::new(),
            body: plain,
        },
    ))
    .unwrap();
    assert!(block_on(drafts::load(&v, "d4")).is_err());
}

#[test]
fn plain_records_are_read_only_while_encrypting_and_are_then_sealed() {
    let raw = MemoryStore::default();
    block_on(drafts::save(&raw, &secret_draft("old"))).unwrap();
    let migrating = VaultStore::new(&raw, NativeCipher { key: [1; 32] }, true);
    let d = block_on(drafts::load(&migrating, "old")).unwrap().unwrap();
    block_on(drafts::save(&migrating, &d)).unwrap();
    let stored = block_on(raw.get(&DRAFTS, "old")).unwrap().unwrap();
    assert!(Envelope::parse(&stored.body).is_some());
    assert_eq!(
        block_on(drafts::load(&vault(&raw, [1; 32]), "old")).unwrap(),
        Some(d)
    );
}

#[test]
fn ivs_never_repeat_and_a_repeating_generator_is_refused() {
    let raw = MemoryStore::default();
    let v = vault(&raw, [1; 32]);
    let mut seen = std::collections::HashSet::new();
    for i in 0..500 {
        block_on(drafts::save(&v, &secret_draft("d1"))).unwrap();
        let body = block_on(raw.get(&DRAFTS, "d1")).unwrap().unwrap().body;
        assert!(
            seen.insert(Envelope::parse(&body).unwrap().iv),
            "IV repeated at write {i}"
        );
    }

    struct FixedIv;
    impl Cipher for FixedIv {
        async fn seal(&self, _: &[u8], p: &[u8]) -> Result<Sealed, CryptoError> {
            Ok(Sealed {
                iv: vec![0; 12],
                ciphertext: p.to_vec(),
            })
        }
        async fn open(&self, _: &[u8], _: &[u8], c: &[u8]) -> Result<Vec<u8>, CryptoError> {
            Ok(c.to_vec())
        }
    }
    let broken = VaultStore::new(&raw, FixedIv, false);
    block_on(drafts::save(&broken, &secret_draft("x"))).unwrap();
    assert!(block_on(drafts::save(&broken, &secret_draft("x"))).is_err());
}

#[test]
fn only_confidential_meta_records_are_encrypted() {
    let raw = MemoryStore::default();
    let v = vault(&raw, [1; 32]);
    let creds = Record {
        id: "endpoint_credentials".into(),
        updated: String::new(),
        body: r#"{"user":"agent","secret":"hunter22"}"#.into(),
    };
    let version = Record {
        id: "data_version".into(),
        updated: String::new(),
        body: "1".into(),
    };
    block_on(v.put(&META, &creds)).unwrap();
    block_on(v.put(&META, &version)).unwrap();
    assert!(!block_on(raw.get(&META, "endpoint_credentials"))
        .unwrap()
        .unwrap()
        .body
        .contains("hunter22"));
    assert_eq!(
        block_on(raw.get(&META, "data_version"))
            .unwrap()
            .unwrap()
            .body,
        "1"
    );
    assert_eq!(
        block_on(v.get(&META, "endpoint_credentials")).unwrap(),
        Some(creds)
    );
}

#[test]
fn profile_list_rules() {
    let mut list = ProfileList::initial("2026-11-28T10:00:00Z");
    assert!(!list.needs_chooser(), "one open profile goes straight in");
    assert_eq!(
        database_name(DEFAULT_PROFILE_ID),
        mla_core::storage::DB_NAME
    );
    assert_ne!(database_name("abc"), mla_core::storage::DB_NAME);

    let mut def = list.get(DEFAULT_PROFILE_ID).unwrap().clone();
    def.protection = Some(protect(DEFAULT_PROFILE_ID, PASS, &[1; 32], kdf(1000)));
    list.upsert(def);
    assert!(list.needs_chooser(), "a passphrase must be typed");

    assert_eq!(validate_name("  Amina  ", &list, None), Ok("Amina".into()));
    list.upsert(Profile {
        id: "p2".into(),
        name: "Amina".into(),
        created: String::new(),
        protection: None,
        encrypting: false,
    });
    assert_eq!(validate_name("amina", &list, None), Err(NameProblem::Taken));
    assert_eq!(
        validate_name("amina", &list, Some("p2")),
        Ok("amina".into())
    );
    assert_eq!(validate_name("   ", &list, None), Err(NameProblem::Empty));
    assert_eq!(
        validate_name(&"x".repeat(61), &list, None),
        Err(NameProblem::TooLong)
    );

    let text = list.to_json();
    assert_eq!(ProfileList::parse(&text), Ok(list.clone()));
    assert!(ProfileList::parse("{\"version\":1,\"profiles\":[]}").is_err());
    assert!(ProfileList::parse("not json").is_err());

    assert!(
        !list.remove(DEFAULT_PROFILE_ID),
        "the default profile stays"
    );
    assert!(list.remove("p2"));

    assert_eq!(
        validate_new_passphrase("short", "short"),
        Err(PassphraseProblem::TooShort)
    );
    assert_eq!(
        validate_new_passphrase(PASS, "other words"),
        Err(PassphraseProblem::Mismatch)
    );
    assert_eq!(validate_new_passphrase(PASS, PASS), Ok(()));
}

#[test]
fn changing_the_passphrase_rewraps_the_same_data_key() {
    let data_key = [5u8; 32];
    let old = protect("p1", PASS, &data_key, kdf(1000));
    let key = unlock("p1", PASS, &old).unwrap();
    let new = protect(
        "p1",
        "a different long phrase",
        &key,
        KdfParams {
            iterations: 1000,
            ..KdfParams::pbkdf2(&[4; 16])
        },
    );
    assert_eq!(
        unlock("p1", "a different long phrase", &new),
        Some(data_key)
    );
    assert_eq!(unlock("p1", PASS, &new), None);
}

fn encrypted_backup(drafts: &[Draft], passphrase: &str) -> String {
    let k = kdf(1000);
    let key = derive(passphrase, &k);
    let iv = [8u8; 12];
    let plain = to_backup(drafts, "2026-11-28T10:00:00Z");
    let ct = seal_with(
        &key,
        &iv,
        &backup_aad(ENCRYPTED_BACKUP_VERSION),
        plain.as_bytes(),
    );
    seal_backup_file(&k, &iv, &ct, "2026-11-28T10:00:00Z")
}

fn open_backup(text: &str, passphrase: &str) -> Option<Vec<Draft>> {
    let file = parse_encrypted_backup(text).ok()?;
    let key = derive(passphrase, &file.kdf);
    let plain = open_with(&key, &file.iv, &backup_aad(file.version), &file.ciphertext)?;
    parse_backup(std::str::from_utf8(&plain).ok()?).ok()
}

#[test]
fn encrypted_backup_round_trip_and_failures() {
    let all = vec![secret_draft("a"), secret_draft("b")];
    let text = encrypted_backup(&all, PASS);
    assert!(is_encrypted_backup(&text));
    assert!(!mla_core::backup::is_backup(&text));
    assert!(!text.contains("Nightjar"));
    assert_eq!(open_backup(&text, PASS), Some(all));
    assert_eq!(open_backup(&text, "not the passphrase"), None);

    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let mut ct = b64_decode(v["ciphertext"].as_str().unwrap()).unwrap();
    ct[0] ^= 0x80;
    v["ciphertext"] = b64_encode(&ct).into();
    assert_eq!(
        open_backup(&v.to_string(), PASS),
        None,
        "tampering detected"
    );

    v["version"] = 2.into();
    assert!(matches!(
        parse_encrypted_backup(&v.to_string()),
        Err(ImportError::Version(_))
    ));
    v["version"] = 1.into();
    v["iv"] = "AAAA".into();
    assert!(
        matches!(parse_encrypted_backup(&v.to_string()), Err(ImportError::Invalid { path, .. }) if path == "iv")
    );
    assert!(matches!(
        parse_encrypted_backup("{\"format\":"),
        Err(ImportError::NotJson { .. })
    ));
}

/// A fixed vector, decrypted here natively and in the browser by
/// `tests/web.rs` through WebCrypto.
#[test]
fn the_shared_test_vector_opens_natively() {
    let v: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/vault_vector.json")).unwrap();
    let protection: Protection = serde_json::from_value(v["protection"].clone()).unwrap();
    let key = unlock(
        v["profile"].as_str().unwrap(),
        v["passphrase"].as_str().unwrap(),
        &protection,
    )
    .expect("vector unlocks");
    let raw = MemoryStore::default();
    let record = Record {
        id: "vector".into(),
        updated: String::new(),
        body: v["record"].to_string(),
    };
    block_on(raw.put(&DRAFTS, &record)).unwrap();
    let draft = block_on(drafts::load(&vault(&raw, key), "vector"))
        .unwrap()
        .unwrap();
    assert_eq!(draft.title, v["title"].as_str().unwrap());
}
