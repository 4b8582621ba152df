//! Profiles and encryption at rest: the formats, the encrypting store and
//! the encrypted backup, exercised with a RustCrypto implementation of the
//! same formats the app implements over WebCrypto.

mod support;

use mla_core::backup::{parse_backup, parse_backup_full, to_backup, to_backup_with_register};
use mla_core::draft_file::ImportError;
use mla_core::drafts;
use mla_core::model::Draft;
use mla_core::storage::{MemoryStore, Record, RecordStore, StorageError, DRAFTS, META};
use mla_core::vault::*;
use support::native_crypto::*;

const PASS: &str = "correct horse battery staple";
const NEW_PASS: &str = "a different long phrase";
const NOW: &str = "2026-11-28T10:00:00Z";

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

/// The secret draft as its first save stores it (with its revision).
fn saved(id: &str) -> Draft {
    let mut d = secret_draft(id);
    let content = d.content();
    d.revisions.advance(&content);
    d
}

fn vault(store: &MemoryStore, key: [u8; 32]) -> VaultStore<&MemoryStore, NativeCipher> {
    VaultStore::new(store, NativeCipher { key }, false)
}

#[test]
fn records_round_trip_and_nothing_readable_is_stored() {
    let raw = MemoryStore::default();
    let v = vault(&raw, [1; 32]);
    let mut draft = secret_draft("d1");
    block_on(drafts::save(&v, &mut draft)).unwrap();
    assert_eq!(draft, saved("d1"));
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

/// Saves the profile list where and as the app's registry does.
fn save_list(device: &MemoryStore, list: &ProfileList) {
    let record = Record {
        id: PROFILES_RECORD_ID.into(),
        updated: NOW.into(),
        body: list.to_json(),
    };
    block_on(device.put(&META, &record)).unwrap();
}

/// The stored profile list, read back as the app's registry reads it.
fn load_list(device: &MemoryStore) -> ProfileList {
    let record = block_on(device.get(&META, PROFILES_RECORD_ID))
        .unwrap()
        .expect("a stored profile list");
    ProfileList::parse(&record.body).unwrap()
}

fn stored_protection(device: &MemoryStore, id: &str) -> Protection {
    load_list(device)
        .get(id)
        .expect("the profile")
        .protection
        .clone()
        .expect("a protected profile")
}

fn profile(id: &str, protection: Protection) -> Profile {
    Profile {
        id: id.into(),
        name: format!("Profile {id}"),
        created: NOW.into(),
        protection: Some(protection),
        encrypting: false,
    }
}

/// A device whose profile `p1` is protected by [`PASS`], and that
/// profile's database with one draft written through `VaultStore`.
fn protected_profile(kdf: KdfParams) -> (MemoryStore, MemoryStore, [u8; 32]) {
    let device = MemoryStore::default();
    let (protection, data_key) = protect_new("p1", PASS, kdf).unwrap();
    let mut list = ProfileList::initial(NOW);
    list.upsert(profile("p1", protection));
    save_list(&device, &list);
    let db = MemoryStore::default();
    block_on(drafts::save(&vault(&db, data_key), &mut secret_draft("d1"))).unwrap();
    (device, db, data_key)
}

#[test]
fn the_real_parameters_unwrap_with_the_right_passphrase_only() {
    let real = KdfParams::pbkdf2(&[3u8; SALT_BYTES]);
    assert_eq!(real.iterations, PBKDF2_ITERATIONS);
    assert_eq!(PBKDF2_ITERATIONS, 600_000);
    let (device, db, data_key) = protected_profile(real);
    let p = stored_protection(&device, "p1");
    assert_eq!(unlock("p1", PASS, &p), Ok(data_key));
    assert_eq!(
        block_on(drafts::load(&vault(&db, data_key), "d1")).unwrap(),
        Some(saved("d1"))
    );
}

#[test]
fn a_wrong_passphrase_or_another_profile_is_rejected_by_the_stored_key() {
    let (device, db, data_key) = protected_profile(kdf(1000));
    let stored = block_on(device.get(&META, PROFILES_RECORD_ID))
        .unwrap()
        .unwrap();
    assert!(
        !stored.body.contains(&b64_encode(&data_key)),
        "the data key is stored in clear"
    );
    let mut list = load_list(&device);
    assert!(list.needs_chooser(), "a passphrase must be typed");
    let p = stored_protection(&device, "p1");

    assert_eq!(
        unlock("p1", "correct horse battery stapler", &p),
        Err(CryptoError::Rejected)
    );
    // The wrapped key belongs to its profile: copied to another, it fails.
    list.upsert(profile("p2", p.clone()));
    save_list(&device, &list);
    assert_eq!(
        unlock("p2", PASS, &stored_protection(&device, "p2")),
        Err(CryptoError::Rejected)
    );
    // One changed bit of the stored wrapped key.
    let mut changed = p.clone();
    let mut wrapped = b64_decode(&changed.key.wrapped).unwrap();
    wrapped[3] ^= 1;
    changed.key.wrapped = b64_encode(&wrapped);
    list.upsert(profile("p1", changed));
    save_list(&device, &list);
    assert_eq!(
        unlock("p1", PASS, &stored_protection(&device, "p1")),
        Err(CryptoError::Rejected)
    );
    // Parameters the product does not accept are refused before any try.
    let mut short_salt = p.clone();
    short_salt.kdf.salt = b64_encode(&[1; SALT_BYTES - 1]);
    assert!(matches!(
        unlock("p1", PASS, &short_salt),
        Err(CryptoError::Unavailable(_))
    ));

    // The right passphrase gives the key that reads the profile's drafts.
    let key = unlock("p1", PASS, &p).unwrap();
    assert_eq!(
        block_on(drafts::load(&vault(&db, key), "d1")).unwrap(),
        Some(saved("d1"))
    );
}

#[test]
fn a_wrong_key_fails_cleanly_without_hiding_other_records() {
    let raw = MemoryStore::default();
    block_on(drafts::save(&vault(&raw, [1; 32]), &mut secret_draft("d1"))).unwrap();
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
    block_on(drafts::save(&v, &mut secret_draft("d0"))).unwrap();
    block_on(drafts::save(&v, &mut secret_draft("d1"))).unwrap();
    let good = block_on(raw.get(&DRAFTS, "d1")).unwrap().unwrap();
    let other = block_on(raw.get(&DRAFTS, "d0")).unwrap().unwrap();
    let envelope = Envelope::parse(&good.body).unwrap();
    let stored = |e: Envelope| Record {
        body: e.to_json(),
        ..good.clone()
    };
    let ct = b64_decode(&envelope.ct).unwrap();
    let iv = b64_decode(&envelope.iv).unwrap();
    let mut flipped_ct = ct.clone();
    flipped_ct[5] ^= 1;
    let mut flipped_iv = iv.clone();
    flipped_iv[0] ^= 1;

    let cases = [
        (
            "one ciphertext bit flipped",
            stored(Envelope {
                ct: b64_encode(&flipped_ct),
                ..envelope.clone()
            }),
        ),
        (
            "one nonce bit flipped",
            stored(Envelope {
                iv: b64_encode(&flipped_iv),
                ..envelope.clone()
            }),
        ),
        (
            "the tag cut short",
            stored(Envelope {
                ct: b64_encode(&ct[..ct.len() - 1]),
                ..envelope.clone()
            }),
        ),
        // Would change how it migrates.
        (
            "the schema version relabelled",
            stored(Envelope {
                schema: envelope.schema + 1,
                ..envelope.clone()
            }),
        ),
        // A swap of two drafts.
        (
            "another draft's body under this id",
            Record {
                body: other.body.clone(),
                ..good.clone()
            },
        ),
    ];
    for (what, record) in cases {
        block_on(raw.put(&DRAFTS, &record)).unwrap();
        assert_eq!(
            block_on(v.get(&DRAFTS, "d1")),
            Err(StorageError::Corrupt("d1 failed authentication".into())),
            "{what}"
        );
        // Listed in its place, without hiding the intact draft.
        let listed = block_on(drafts::list(&v)).unwrap();
        assert!(
            listed.contains(&Ok(saved("d0")))
                && listed.contains(&Err(("d1".into(), ImportError::Unreadable))),
            "{what}: {listed:?}"
        );
    }
    // Put back, it reads again: the changes were refused, not the record.
    block_on(raw.put(&DRAFTS, &good)).unwrap();
    assert_eq!(block_on(drafts::load(&v, "d1")).unwrap(), Some(saved("d1")));
    // A plain record slipped in is refused once the profile is encrypted.
    let plain = mla_core::draft_file::to_json(&secret_draft("d1"));
    block_on(raw.put(
        &DRAFTS,
        &Record {
            body: plain,
            ..good.clone()
        },
    ))
    .unwrap();
    assert_eq!(
        block_on(v.get(&DRAFTS, "d1")),
        Err(StorageError::Corrupt("d1 is not encrypted".into()))
    );
}

#[test]
fn plain_records_are_read_only_while_encrypting_and_are_then_sealed() {
    let raw = MemoryStore::default();
    block_on(drafts::save(&raw, &mut secret_draft("old"))).unwrap();
    let migrating = VaultStore::new(&raw, NativeCipher { key: [1; 32] }, true);
    let mut d = block_on(drafts::load(&migrating, "old")).unwrap().unwrap();
    block_on(drafts::save(&migrating, &mut d)).unwrap();
    assert!(
        d.rev().starts_with("2-"),
        "the plain record's history goes on"
    );
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
        let id = format!("d{}", i % 7);
        block_on(drafts::save(&v, &mut secret_draft(&id))).unwrap();
        let body = block_on(raw.get(&DRAFTS, &id)).unwrap().unwrap().body;
        let iv = b64_decode(&Envelope::parse(&body).expect("an envelope").iv).expect("base64");
        assert_eq!(iv.len(), IV_BYTES);
        assert!(seen.insert(iv), "IV repeated at write {i}");
    }
    for i in 0..7 {
        let id = format!("d{i}");
        let loaded = block_on(drafts::load(&v, &id)).unwrap().unwrap();
        assert!(loaded.same_content(&secret_draft(&id)));
        // Each save read the stored history and went on from it.
        let saves = (0..500).filter(|n| n % 7 == i).count();
        assert!(
            loaded.rev().starts_with(&format!("{saves}-")),
            "{}",
            loaded.rev()
        );
    }

    /// A broken generator: always the same nonce, of the given length.
    struct Stuck(usize);
    impl Cipher for Stuck {
        async fn seal(&self, _: &[u8], p: &[u8]) -> Result<Sealed, CryptoError> {
            Ok(Sealed {
                iv: vec![0; self.0],
                ciphertext: p.to_vec(),
            })
        }
        async fn open(&self, _: &[u8], _: &[u8], c: &[u8]) -> Result<Vec<u8>, CryptoError> {
            Ok(c.to_vec())
        }
    }
    let refused = Err(StorageError::Encryption {
        detail: "nonce reuse refused".into(),
    });
    let raw = MemoryStore::default();
    let broken = VaultStore::new(&raw, Stuck(IV_BYTES), false);
    block_on(drafts::save(&broken, &mut secret_draft("x"))).unwrap();
    // The repeat is refused for any record, and nothing is written.
    assert_eq!(
        block_on(drafts::save(&broken, &mut secret_draft("x"))),
        refused
    );
    assert_eq!(
        block_on(drafts::save(&broken, &mut secret_draft("y"))),
        refused
    );
    let creds = Record {
        id: CONFIDENTIAL_META[0].into(),
        updated: String::new(),
        body: "{}".into(),
    };
    assert_eq!(block_on(broken.put(&META, &creds)), refused);
    assert_eq!(block_on(raw.get(&DRAFTS, "y")), Ok(None));
    assert_eq!(block_on(raw.get(&META, CONFIDENTIAL_META[0])), Ok(None));
    // A nonce of the wrong length is refused from the first write.
    let short = VaultStore::new(&raw, Stuck(IV_BYTES - 4), false);
    assert_eq!(
        block_on(drafts::save(&short, &mut secret_draft("z"))),
        refused
    );
    assert_eq!(block_on(raw.get(&DRAFTS, "z")), Ok(None));
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
    def.protection = Some(protect_new(DEFAULT_PROFILE_ID, PASS, kdf(1000)).unwrap().0);
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
    let (device, db, data_key) = protected_profile(kdf(1000));
    let before = block_on(db.list(&DRAFTS)).unwrap();
    let old = stored_protection(&device, "p1");
    let mut list = load_list(&device);
    let mut p1 = list.get("p1").unwrap().clone();
    let new_kdf = KdfParams {
        iterations: 1000,
        ..KdfParams::pbkdf2(&[4; SALT_BYTES])
    };
    p1.protection = Some(rewrap("p1", PASS, NEW_PASS, &old, new_kdf).unwrap());
    list.upsert(p1);
    save_list(&device, &list);

    let list = load_list(&device);
    assert_eq!(list.profiles.len(), 2, "replaced, not added: {list:?}");
    let new = stored_protection(&device, "p1");
    assert_ne!(new.kdf.salt, old.kdf.salt, "a fresh salt");
    assert_ne!(new.key.iv, old.key.iv, "a fresh nonce");
    assert_eq!(unlock("p1", PASS, &new), Err(CryptoError::Rejected));
    let key = unlock("p1", NEW_PASS, &new).unwrap();
    assert_eq!(key, data_key);
    // No record was re-encrypted, and they read under the new passphrase.
    assert_eq!(block_on(db.list(&DRAFTS)).unwrap(), before);
    assert_eq!(
        block_on(drafts::load(&vault(&db, key), "d1")).unwrap(),
        Some(saved("d1"))
    );
}

fn encrypted_backup(drafts: &[Draft], passphrase: &str) -> String {
    let k = kdf(1000);
    let plain = to_backup(drafts, NOW);
    let aad = backup_aad(ENCRYPTED_BACKUP_VERSION);
    let key = derive_kek(passphrase, &k).unwrap();
    let sealed = block_on(key.seal(&aad, plain.as_bytes())).unwrap();
    seal_backup_file(&k, &sealed.iv, &sealed.ciphertext, NOW)
}

/// As the app's `open_backup`, after the product read the outer layer.
fn open_backup(text: &str, passphrase: &str) -> Result<Vec<Draft>, CryptoError> {
    let file = parse_encrypted_backup(text).expect("a readable outer layer");
    let key = derive_kek(passphrase, &file.kdf)?;
    let plain = block_on(key.open(&file.iv, &backup_aad(file.version), &file.ciphertext))?;
    Ok(parse_backup(std::str::from_utf8(&plain).unwrap()).unwrap())
}

#[test]
fn encrypted_backup_round_trip_and_failures() {
    let all = vec![secret_draft("a"), secret_draft("b")];
    let text = encrypted_backup(&all, PASS);
    assert!(is_encrypted_backup(&text));
    assert!(!mla_core::backup::is_backup(&text));
    assert!(!text.contains("Nightjar"));
    assert_eq!(open_backup(&text, PASS), Ok(all));
    assert_eq!(
        open_backup(&text, "not the passphrase"),
        Err(CryptoError::Rejected)
    );

    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let mut ct = b64_decode(v["ciphertext"].as_str().unwrap()).unwrap();
    ct[0] ^= 0x80;
    v["ciphertext"] = b64_encode(&ct).into();
    assert_eq!(
        open_backup(&v.to_string(), PASS),
        Err(CryptoError::Rejected),
        "tampering detected"
    );
    ct[0] ^= 0x80;
    v["ciphertext"] = b64_encode(&ct).into();
    // The version is bound to the ciphertext: an older label is refused.
    v["version"] = 0.into();
    assert_eq!(
        open_backup(&v.to_string(), PASS),
        Err(CryptoError::Rejected)
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

#[test]
fn an_encrypted_backup_carries_the_case_register() {
    use mla_core::cases::{file::Register, Case, CaseKind, Direction};
    let mut case = Case::new("c1", NOW, Direction::Incoming, CaseKind::MutualAssistance);
    case.persons = vec!["Ivan Petrović".into()];
    let register = Register {
        cases: vec![case],
        events: Vec::new(),
        documents: Vec::new(),
    };
    let k = kdf(1000);
    let plain = to_backup_with_register(&[secret_draft("a")], &register, NOW);
    let key = derive_kek(PASS, &k).unwrap();
    let sealed =
        block_on(key.seal(&backup_aad(ENCRYPTED_BACKUP_VERSION), plain.as_bytes())).unwrap();
    let text = seal_backup_file(&k, &sealed.iv, &sealed.ciphertext, NOW);
    assert!(!text.contains("Petrovi"), "the register is sealed too");

    let file = parse_encrypted_backup(&text).unwrap();
    let opened = block_on(derive_kek(PASS, &file.kdf).unwrap().open(
        &file.iv,
        &backup_aad(file.version),
        &file.ciphertext,
    ))
    .unwrap();
    let (drafts, got) = parse_backup_full(std::str::from_utf8(&opened).unwrap()).unwrap();
    assert_eq!(drafts, [secret_draft("a")]);
    assert_eq!(got, Some(register));
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

#[test]
fn an_unusable_profile_list_is_a_typed_error() {
    let list = ProfileList::initial(NOW);
    assert_eq!(ProfileList::parse(&list.to_json()), Ok(list.clone()));

    assert_eq!(
        ProfileList::parse("{\"version\":1,\"profiles\":[]}"),
        Err(ProfileListError::Empty)
    );
    let newer = list.to_json().replace("\"version\":1", "\"version\":2");
    assert_eq!(
        ProfileList::parse(&newer),
        Err(ProfileListError::UnsupportedVersion(2))
    );
    // Damaged: the parser's message is kept as technical detail only.
    for text in [
        "not json",
        "{\"version\":1}",
        "{\"version\":1,\"profiles\":[{}]}",
    ] {
        let e = ProfileList::parse(text).unwrap_err();
        assert!(
            matches!(&e, ProfileListError::Damaged { detail } if !detail.is_empty()),
            "{text}: {e:?}"
        );
        assert!(e.detail().is_some());
    }
    assert_eq!(ProfileListError::Empty.detail(), None);
    assert_eq!(ProfileListError::UnsupportedVersion(2).detail(), None);
}

/// The register's cases, events and archived documents are as confidential
/// as drafts: a protected profile stores them sealed, and every store of
/// the layout but `meta` is declared confidential.
#[test]
fn the_register_is_encrypted_like_drafts() {
    use mla_core::cases::file::Archived;
    use mla_core::cases::store::{self, CASES, DOCUMENTS, EVENTS};
    use mla_core::cases::{Case, CaseKind, Direction, Event, EventKind};
    use mla_core::dates::Date;
    use mla_core::storage::STORES;
    for s in STORES {
        assert_eq!(s.confidential, s.name != META.name, "{}", s.name);
    }
    let raw = MemoryStore::default();
    let v = vault(&raw, [3; 32]);
    let mut case = Case::new("c1", NOW, Direction::Outgoing, CaseKind::Extradition);
    case.persons = vec!["Nightjar Petrović".into()];
    block_on(store::save(&v, &mut case, NOW)).unwrap();
    let mut event = Event::new(
        "e1",
        "c1",
        NOW,
        Date::parse("2026-11-28").unwrap(),
        "Nightjar",
        EventKind::Note,
    );
    block_on(store::add_event(&v, &mut event)).unwrap();
    let doc = Archived {
        id: "a1".into(),
        case_id: "c1".into(),
        sha256: mla_core::revision::sha256_hex(b"Nightjar"),
        bytes: b"Nightjar".to_vec(),
    };
    block_on(store::put_document(&v, &doc, NOW)).unwrap();
    for (spec, id) in [(&CASES, "c1"), (&EVENTS, "e1"), (&DOCUMENTS, "a1")] {
        let stored = block_on(raw.get(spec, id)).unwrap().unwrap();
        assert!(
            Envelope::parse(&stored.body).is_some(),
            "{} not sealed",
            spec.name
        );
        assert!(
            !stored.body.contains("Nightjar") && !stored.body.contains("TmlnaHRqYXI"),
            "{}",
            spec.name
        );
    }
    let loaded = block_on(store::load(&v)).unwrap();
    assert_eq!(loaded.cases, vec![case]);
    assert_eq!(loaded.events, vec![event]);
}

/// The user's own authority and officers are personal data: sealed.
#[test]
fn the_own_authority_record_is_encrypted() {
    use mla_core::own_authority::{self, OwnAuthority};
    let raw = MemoryStore::default();
    let v = vault(&raw, [4; 32]);
    let mut own = OwnAuthority::default();
    own.authority.name = "Nightjar Prosecution Office".into();
    own.officers = vec!["Petrović".into()];
    block_on(own_authority::save(&v, &own, NOW)).unwrap();
    let stored = block_on(raw.get(&META, own_authority::OWN_AUTHORITY_ID))
        .unwrap()
        .unwrap();
    assert!(Envelope::parse(&stored.body).is_some());
    assert!(!stored.body.contains("Nightjar"));
    assert_eq!(block_on(own_authority::load(&v)).unwrap(), own);
}
