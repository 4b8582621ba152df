//! The register over a record store: revision checks, the append-only log,
//! tombstones, archived bytes and import.

use mla_core::cases::file::{Archived, Register};
use mla_core::cases::record::ArchivedRef;
use mla_core::cases::store::{
    add_event, delete, documents, get, import, load, put_document, read_document, save,
    DocumentState, ImportReport, SaveError, CASES, DOCUMENTS, EVENTS,
};
use mla_core::cases::{Case, Event, EventKind as E};
use mla_core::revision::sha256_hex;
use mla_core::storage::{MemoryStore, Record, RecordStore};
use mla_core::vault::b64_encode;

use super::{block_on, d, outgoing, Log};

const T1: &str = "2026-02-01T10:00:00Z";
const T2: &str = "2026-02-02T10:00:00Z";
const T3: &str = "2026-02-03T10:00:00Z";

fn saved(store: &MemoryStore, id: &str) -> Case {
    let mut c = outgoing(id);
    block_on(save(store, &mut c, T1)).unwrap();
    c
}

fn added(store: &MemoryStore, event: &Event) -> Event {
    let mut e = event.clone();
    block_on(add_event(store, &mut e)).unwrap();
    e
}

fn stored_ids(store: &MemoryStore, spec: &mla_core::storage::StoreSpec) -> Vec<String> {
    let mut ids: Vec<String> = block_on(store.list(spec))
        .unwrap()
        .iter()
        .map(|l| l.id().to_string())
        .collect();
    ids.sort();
    ids
}

/// An archived document and the case's record of it.
fn document(id: &str, case_id: &str, bytes: &[u8]) -> (Archived, ArchivedRef) {
    let sha = sha256_hex(bytes);
    (
        Archived {
            id: id.into(),
            case_id: case_id.into(),
            sha256: sha.clone(),
            bytes: bytes.to_vec(),
        },
        ArchivedRef {
            id: id.into(),
            name: format!("{id}.pdf"),
            media_type: "application/pdf".into(),
            size: bytes.len() as u64,
            sha256: sha,
            archived: d("2026-02-01"),
            draft_id: String::new(),
        },
    )
}

#[test]
fn each_save_is_a_new_revision_and_a_stale_copy_is_refused() {
    let store = MemoryStore::default();
    let mut c = outgoing("s1");
    assert_eq!(c.rev(), "");
    block_on(save(&store, &mut c, T1)).unwrap();
    let first = c.rev();
    assert!(first.starts_with("1-") && first.len() == 34, "{first}");
    assert_eq!(c.updated, T1);
    let stale = c.clone();
    c.subject = "Changed in tab A".into();
    block_on(save(&store, &mut c, T2)).unwrap();
    assert!(c.rev().starts_with("2-"), "{}", c.rev());
    assert!(c.revisions.descends_from(&first));
    assert_eq!(block_on(get(&store, "s1")).unwrap(), Some(c.clone()));

    // Tab B saves the copy it read before tab A's change.
    let before = block_on(store.get(&CASES, "s1")).unwrap();
    let mut b = stale;
    b.subject = "Changed in tab B".into();
    match block_on(save(&store, &mut b, T3)) {
        Err(SaveError::Conflict { stored }) => assert_eq!(*stored, c),
        other => panic!("expected a conflict, got {other:?}"),
    }
    assert_eq!(
        block_on(store.get(&CASES, "s1")).unwrap(),
        before,
        "nothing written"
    );
    assert_eq!(b.rev(), first, "the refused copy keeps its revision");
}

#[test]
fn events_are_added_once_and_never_replaced() {
    let store = MemoryStore::default();
    let c = saved(&store, "s2");
    let log = Log::of(&c).with("2026-02-01", E::Sent);
    let mut e = log.events[0].clone();
    block_on(add_event(&store, &mut e)).unwrap();
    assert!(e.revisions.rev().starts_with("1-"));
    let mut again = log.events[0].clone();
    again.note = "rewritten".into();
    assert_eq!(
        block_on(add_event(&store, &mut again)),
        Err(SaveError::EventExists)
    );
    let loaded = block_on(load(&store)).unwrap();
    assert_eq!(loaded.events, [e]);
    assert_eq!(loaded.cases, [c]);
}

#[test]
fn a_deleted_case_is_a_tombstone_without_its_events_and_documents() {
    let store = MemoryStore::default();
    let mut c = outgoing("s3");
    let (doc, listed) = document("s3-doc", "s3", b"bytes sent");
    block_on(put_document(&store, &doc, T1)).unwrap();
    c.documents.push(listed);
    block_on(save(&store, &mut c, T1)).unwrap();
    let keep = saved(&store, "s4");
    let log = Log::of(&c)
        .with("2026-02-01", E::Sent)
        .with("2026-02-05", E::Acknowledged);
    let events: Vec<Event> = log.events.iter().map(|e| added(&store, e)).collect();
    let other = added(
        &store,
        &Log::of(&keep).with("2026-02-01", E::Sent).events[0],
    );

    // A stale copy cannot delete, and is not left looking deleted.
    let mut stale = c.clone();
    let mut current = c.clone();
    current.subject = "edited".into();
    block_on(save(&store, &mut current, T2)).unwrap();
    let refs: Vec<&Event> = events.iter().collect();
    assert!(matches!(
        block_on(delete(&store, &mut stale, &refs, T3)),
        Err(SaveError::Conflict { .. })
    ));
    assert!(!stale.deleted);
    assert_eq!(stored_ids(&store, &EVENTS).len(), 3, "nothing removed");

    block_on(delete(&store, &mut current, &refs, T3)).unwrap();
    assert!(current.deleted);
    let loaded = block_on(load(&store)).unwrap();
    assert_eq!(loaded.cases, [keep], "the tombstone is hidden");
    assert_eq!(loaded.events, [other], "its events are gone");
    let tombstone = block_on(get(&store, "s3")).unwrap().unwrap();
    assert!(tombstone.deleted);
    assert!(tombstone.rev().starts_with("3-"), "{}", tombstone.rev());
    assert!(tombstone.revisions.descends_from(&c.rev()));
    assert_eq!(
        block_on(read_document(&store, &tombstone.documents[0])).unwrap(),
        DocumentState::Missing
    );
}

#[test]
fn archived_bytes_read_back_intact_damaged_or_missing() {
    let store = MemoryStore::default();
    let (doc, listed) = document("doc-a", "s5", b"%PDF the request");
    block_on(put_document(&store, &doc, T1)).unwrap();
    assert_eq!(
        block_on(read_document(&store, &listed)).unwrap(),
        DocumentState::Intact(doc.bytes.clone())
    );
    let mut c = outgoing("s5");
    c.documents.push(listed.clone());
    let (_, missing) = document("doc-b", "s5", b"never stored");
    c.documents.push(missing.clone());
    assert_eq!(
        block_on(read_document(&store, &missing)).unwrap(),
        DocumentState::Missing
    );

    // One byte changed in the stored record.
    let mut record = block_on(store.get(&DOCUMENTS, "doc-a")).unwrap().unwrap();
    let body: serde_json::Value = serde_json::from_str(&record.body).unwrap();
    let mut changed = body.clone();
    changed["bytes"] = b64_encode(b"%PDF the requesT").into();
    record.body = changed.to_string();
    block_on(store.put(&DOCUMENTS, &record)).unwrap();
    assert_eq!(
        block_on(read_document(&store, &listed)).unwrap(),
        DocumentState::Damaged
    );
    // … even with its hash changed to match.
    changed["sha256"] = sha256_hex(b"%PDF the requesT").into();
    record.body = changed.to_string();
    block_on(store.put(&DOCUMENTS, &record)).unwrap();
    assert_eq!(
        block_on(read_document(&store, &listed)).unwrap(),
        DocumentState::Damaged
    );
    record.body = "not json".into();
    block_on(store.put(&DOCUMENTS, &record)).unwrap();
    assert_eq!(
        block_on(read_document(&store, &listed)).unwrap(),
        DocumentState::Damaged
    );
    // A register file carries only what still matches.
    assert_eq!(block_on(documents(&store, &[c.clone()])).unwrap(), []);
    record.body = body.to_string();
    block_on(store.put(&DOCUMENTS, &record)).unwrap();
    assert_eq!(block_on(documents(&store, &[c])).unwrap(), [doc]);
}

#[test]
fn an_unreadable_record_is_named_without_hiding_the_others() {
    let store = MemoryStore::default();
    let c = saved(&store, "s6");
    let e = added(&store, &Log::of(&c).with("2026-02-01", E::Sent).events[0]);
    for spec in [&CASES, &EVENTS] {
        let record = Record {
            id: format!("broken-{}", spec.name),
            updated: T1.into(),
            body: "{\"half\":".into(),
        };
        block_on(store.put(spec, &record)).unwrap();
    }
    let loaded = block_on(load(&store)).unwrap();
    assert_eq!(loaded.cases, [c]);
    assert_eq!(loaded.events, [e]);
    let mut unreadable = loaded.unreadable;
    unreadable.sort();
    assert_eq!(unreadable, ["broken-cases", "broken-events"]);
}

/// The store's cases and events as a register (what an export writes).
fn exported(store: &MemoryStore) -> Register {
    let loaded = block_on(load(store)).unwrap();
    let documents = block_on(documents(store, &loaded.cases)).unwrap();
    Register {
        cases: loaded.cases,
        events: loaded.events,
        documents,
    }
}

#[test]
fn import_adds_updates_and_reports_conflicts_without_duplicating_events() {
    // Device A's register, exported to a file.
    let a = MemoryStore::default();
    let mut c1 = outgoing("c1");
    let (doc, listed) = document("c1-doc", "c1", b"sent bytes");
    block_on(put_document(&a, &doc, T1)).unwrap();
    c1.documents.push(listed);
    block_on(save(&a, &mut c1, T1)).unwrap();
    let mut c2 = saved(&a, "c2");
    saved(&a, "c3");
    let l1 = Log::of(&c1).with("2026-02-01", E::Sent);
    added(&a, &l1.events[0]);
    let file = exported(&a);

    // Device B starts empty: everything is added.
    let b = MemoryStore::default();
    let report = block_on(import(&b, &file)).unwrap();
    assert_eq!(
        report,
        ImportReport {
            cases_added: 3,
            cases_updated: 0,
            cases_in_conflict: Vec::new(),
            events_added: 1,
            documents_added: 1,
        }
    );
    assert_eq!(
        block_on(read_document(&b, &c1.documents[0])).unwrap(),
        DocumentState::Intact(doc.bytes.clone())
    );
    // The same file again changes nothing.
    assert_eq!(
        block_on(import(&b, &file)).unwrap(),
        ImportReport::default()
    );

    // A moves c2 on; B moves c3 on; both move c1 on, differently; each
    // adds its own event to c1.
    c2.subject = "A's change".into();
    block_on(save(&a, &mut c2, T2)).unwrap();
    let mut c3_b = block_on(get(&b, "c3")).unwrap().unwrap();
    c3_b.subject = "B's change".into();
    block_on(save(&b, &mut c3_b, T2)).unwrap();
    c1.subject = "A's subject".into();
    block_on(save(&a, &mut c1, T2)).unwrap();
    let mut c1_b = block_on(get(&b, "c1")).unwrap().unwrap();
    c1_b.subject = "B's subject".into();
    block_on(save(&b, &mut c1_b, T2)).unwrap();
    let mut log_a = Log::of(&c1);
    log_a.events = l1.events.clone();
    let ack = log_a.add("2026-02-10", E::Acknowledged).clone();
    added(&a, &ack);
    let mut note = ack.clone();
    note.id = "c1-note-on-b".into();
    note.kind = E::Note;
    added(&b, &note);

    let report = block_on(import(&b, &exported(&a))).unwrap();
    assert_eq!(report.cases_added, 0);
    assert_eq!(report.cases_updated, 1, "c2 descends from B's copy");
    assert_eq!(report.cases_in_conflict, ["C1"]);
    assert_eq!(report.events_added, 1, "A's acknowledgement only");
    assert_eq!(report.documents_added, 0);
    assert_eq!(block_on(get(&b, "c2")).unwrap().unwrap(), c2);
    assert_eq!(
        block_on(get(&b, "c1")).unwrap().unwrap(),
        c1_b,
        "ours kept in a conflict"
    );
    assert_eq!(
        block_on(get(&b, "c3")).unwrap().unwrap(),
        c3_b,
        "ours is newer"
    );
    assert_eq!(
        stored_ids(&b, &EVENTS),
        ["c1-e000", "c1-e001", "c1-note-on-b"]
    );
}

#[test]
fn a_deletion_is_not_undone_by_an_older_file_and_travels_with_a_newer_one() {
    let a = MemoryStore::default();
    let mut c = outgoing("gone");
    let (doc, listed) = document("gone-doc", "gone", b"bytes");
    block_on(put_document(&a, &doc, T1)).unwrap();
    c.documents.push(listed);
    block_on(save(&a, &mut c, T1)).unwrap();
    let sent = added(&a, &Log::of(&c).with("2026-02-01", E::Sent).events[0]);
    let before = exported(&a);

    // B has the same case, then deletes it.
    let b = MemoryStore::default();
    block_on(import(&b, &before)).unwrap();
    let mut here = block_on(get(&b, "gone")).unwrap().unwrap();
    block_on(delete(&b, &mut here, &[&sent], T2)).unwrap();
    let report = block_on(import(&b, &before)).unwrap();
    assert_eq!(
        (
            report.cases_updated,
            report.events_added,
            report.documents_added
        ),
        (0, 0, 0)
    );
    assert!(block_on(get(&b, "gone")).unwrap().unwrap().deleted);
    assert_eq!(
        stored_ids(&b, &EVENTS),
        Vec::<String>::new(),
        "no event came back"
    );
    assert_eq!(
        stored_ids(&b, &DOCUMENTS),
        Vec::<String>::new(),
        "no document came back"
    );

    // A third device that still has the case receives B's deletion.
    let c3 = MemoryStore::default();
    block_on(import(&c3, &before)).unwrap();
    let tombstone = block_on(get(&b, "gone")).unwrap().unwrap();
    let deletion = Register {
        cases: vec![tombstone.clone()],
        events: Vec::new(),
        documents: Vec::new(),
    };
    let report = block_on(import(&c3, &deletion)).unwrap();
    assert_eq!(report.cases_updated, 1);
    assert_eq!(block_on(get(&c3, "gone")).unwrap(), Some(tombstone));
    assert_eq!(block_on(load(&c3)).unwrap().events, Vec::<Event>::new());
    assert_eq!(stored_ids(&c3, &DOCUMENTS), Vec::<String>::new());
}
