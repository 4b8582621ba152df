//! The case register: the status derived from the log, what may happen
//! next, deadlines and legal clocks, the register's query, statistics and
//! their CSV, the register file and the store. One module per part, with
//! the shared builders here.

#![allow(dead_code)]

use mla_core::cases::{Case, CaseKind, Direction, Event, EventKind};
use mla_core::dates::Date;

#[path = "cases/csv.rs"]
mod csv;
#[path = "cases/deadlines.rs"]
mod deadlines;
#[path = "cases/file.rs"]
mod file;
#[path = "cases/lifecycle.rs"]
mod lifecycle;
#[path = "cases/query.rs"]
mod query;
#[path = "cases/stats.rs"]
mod stats;
#[path = "cases/store.rs"]
mod store;

/// A date written as the user types it.
pub fn d(text: &str) -> Date {
    Date::parse(text).unwrap_or_else(|| panic!("not a date: {text}"))
}

/// A case whose reference is its id in capitals.
pub fn case(id: &str, direction: Direction, kind: CaseKind) -> Case {
    let mut c = Case::new(id, "2026-01-05T09:00:00Z", direction, kind);
    c.our_reference = id.to_uppercase();
    c
}

pub fn outgoing(id: &str) -> Case {
    case(id, Direction::Outgoing, CaseKind::MutualAssistance)
}

pub fn incoming(id: &str) -> Case {
    case(id, Direction::Incoming, CaseKind::MutualAssistance)
}

/// A case's log as it is written: each event recorded after the previous
/// one (so the recording order is the writing order), ids numbered.
pub struct Log {
    pub case_id: String,
    pub events: Vec<Event>,
}

impl Log {
    pub fn of(case: &Case) -> Log {
        Log {
            case_id: case.id.clone(),
            events: Vec::new(),
        }
    }

    /// Adds an event that happened on `date`.
    pub fn add(&mut self, date: &str, kind: EventKind) -> &mut Event {
        let n = self.events.len();
        let recorded = format!("2030-01-01T00:{:02}:{:02}Z", n / 60, n % 60);
        let id = format!("{}-e{n:03}", self.case_id);
        self.events.push(Event::new(
            &id,
            &self.case_id,
            &recorded,
            d(date),
            "A. Officer",
            kind,
        ));
        self.events.last_mut().unwrap()
    }

    pub fn with(mut self, date: &str, kind: EventKind) -> Log {
        self.add(date, kind);
        self
    }

    pub fn refs(&self) -> Vec<&Event> {
        self.events.iter().collect()
    }
}

/// Runs a future of the memory store, which never waits: one poll ends it
/// (as `tests/storage.rs` does).
pub fn block_on<F: std::future::Future>(f: F) -> F::Output {
    let waker = std::task::Waker::noop();
    let mut cx = std::task::Context::from_waker(waker);
    let mut f = std::pin::pin!(f);
    match f.as_mut().poll(&mut cx) {
        std::task::Poll::Ready(v) => v,
        std::task::Poll::Pending => panic!("memory store future did not complete"),
    }
}
