//! A sync with the data endpoint: what each answer does to the stored copy.

use mla_core::reference::cache::{
    self, apply, CachedReference, FileResponse, SyncError, SyncOutcome,
};
use mla_core::reference::DataFile;
use mla_core::storage::MemoryStore;

const DIRECTORY: &str = include_str!("../../../public/data/directory.json");
const TREATIES: &str = include_str!("../../../public/data/treaties.json");

fn block_on<F: std::future::Future>(f: F) -> F::Output {
    use std::task::{Context, Poll, Waker};
    let mut f = std::pin::pin!(f);
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(v) = f.as_mut().poll(&mut cx) {
            return v;
        }
    }
}

fn body(text: &str, etag: &str) -> FileResponse {
    FileResponse::Body {
        text: text.into(),
        etag: Some(etag.into()),
    }
}

fn first_sync() -> CachedReference {
    match apply(
        None,
        "https://data.example/",
        body(DIRECTORY, "\"d1\""),
        body(TREATIES, "\"t1\""),
        "2026-11-28T10:00:00Z",
    ) {
        Ok(SyncOutcome::Updated(c)) => c,
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_first_sync_keeps_both_files_with_their_etags() {
    let c = first_sync();
    assert_eq!(c.directory_etag.as_deref(), Some("\"d1\""));
    assert_eq!(c.treaties_etag.as_deref(), Some("\"t1\""));
    assert_eq!(c.fetched_at, "2026-11-28T10:00:00Z");
    let (d, t) = cache::parse(&c).unwrap();
    assert!(d.authorities.len() >= 400 && !t.instruments.is_empty());
}

#[test]
fn not_modified_keeps_the_copy_and_records_the_check() {
    let c = first_sync();
    let out = apply(
        Some(&c),
        "https://data.example/",
        FileResponse::NotModified,
        FileResponse::NotModified,
        "2026-11-29T08:00:00Z",
    )
    .unwrap();
    let SyncOutcome::Unchanged(next) = out else {
        panic!("{out:?}")
    };
    assert_eq!(next.fetched_at, c.fetched_at);
    assert_eq!(next.checked_at, "2026-11-29T08:00:00Z");
    assert_eq!(next.directory, c.directory);
}

#[test]
fn one_changed_file_is_taken_with_the_other_kept() {
    let c = first_sync();
    let changed = DIRECTORY.replace(
        "\"data_date\":\"2026-11-01\"",
        "\"data_date\":\"2026-11-20\"",
    );
    let out = apply(
        Some(&c),
        "https://data.example/",
        body(&changed, "\"d2\""),
        FileResponse::NotModified,
        "2026-11-29T08:00:00Z",
    )
    .unwrap();
    let SyncOutcome::Updated(next) = out else {
        panic!("{out:?}")
    };
    assert_eq!(next.directory_etag.as_deref(), Some("\"d2\""));
    assert_eq!(next.treaties, c.treaties);
    assert_eq!(cache::parse(&next).unwrap().0.data_date, "2026-11-20");
}

#[test]
fn errors_never_produce_a_copy() {
    let c = first_sync();
    let sync = |d: FileResponse, t: FileResponse| apply(Some(&c), "u", d, t, "now");
    assert_eq!(
        sync(FileResponse::Status(401), FileResponse::Status(401)),
        Err(SyncError::Unauthorized)
    );
    assert_eq!(
        sync(FileResponse::Status(403), FileResponse::NotModified),
        Err(SyncError::Forbidden)
    );
    assert_eq!(
        sync(FileResponse::NotModified, FileResponse::Status(404)),
        Err(SyncError::NotFound {
            file: DataFile::Treaties
        })
    );
    assert_eq!(
        sync(FileResponse::Status(500), FileResponse::NotModified),
        Err(SyncError::Http {
            file: DataFile::Directory,
            status: 500
        })
    );
    let Err(SyncError::Invalid(errors)) = sync(body("<html>", "\"x\""), FileResponse::NotModified)
    else {
        panic!("malformed file accepted")
    };
    assert_eq!(errors[0].file, DataFile::Directory);
    assert_eq!(errors[0].problem.key(), "not_json");
    // A 304 with nothing cached is refused rather than trusted.
    assert!(apply(
        None,
        "u",
        FileResponse::NotModified,
        body(TREATIES, "t"),
        "now"
    )
    .is_err());
}

#[test]
fn the_copy_is_stored_and_read_back_in_one_record() {
    let store = MemoryStore::default();
    assert_eq!(block_on(cache::load(&store)).unwrap(), None);
    let c = first_sync();
    block_on(cache::save(&store, &c)).unwrap();
    assert_eq!(block_on(cache::load(&store)).unwrap(), Some(c));
    block_on(cache::clear(&store)).unwrap();
    assert_eq!(block_on(cache::load(&store)).unwrap(), None);
}
