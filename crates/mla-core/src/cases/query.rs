//! The register's table: one row per case, prepared once from the cases
//! and their logs, then searched, filtered, sorted and paged on every
//! keystroke without touching the records again.

use std::cmp::Ordering;

use super::deadlines::deadlines;
use super::events::{opened, status, Event, Status};
use super::record::{Case, CaseKind, Direction};
use crate::dates::Date;
use crate::reference::fold::fold;

/// One row of the register.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub id: String,
    pub our_reference: String,
    pub their_reference: String,
    pub direction: Direction,
    pub kind: CaseKind,
    /// As stored: a State code or a typed name.
    pub state: String,
    pub officer: String,
    pub subject: String,
    pub status: Status,
    pub opened: Option<Date>,
    /// The soonest open deadline.
    pub next_due: Option<Date>,
    pub urgent: bool,
    /// Everything the search box looks in, folded (case and accents).
    haystack: String,
}

impl Row {
    /// A case's row. `state_names` gives the names the user may type for a
    /// State code (the UI's language and the documents' languages).
    pub fn of(case: &Case, events: &[&Event], state_names: &dyn Fn(&str) -> Vec<String>) -> Row {
        let mut hay = [
            case.our_reference.as_str(),
            case.their_reference.as_str(),
            case.counterpart.state.as_str(),
            case.counterpart.authority.as_str(),
            case.officer.as_str(),
            case.subject.as_str(),
        ]
        .join("\u{1}");
        for name in state_names(&case.counterpart.state) {
            hay.push('\u{1}');
            hay.push_str(&name);
        }
        for text in case
            .persons
            .iter()
            .chain(&case.offences)
            .chain(&case.assets)
        {
            hay.push('\u{1}');
            hay.push_str(text);
        }
        Row {
            id: case.id.clone(),
            our_reference: case.our_reference.clone(),
            their_reference: case.their_reference.clone(),
            direction: case.direction,
            kind: case.kind,
            state: case.counterpart.state.clone(),
            officer: case.officer.clone(),
            subject: case.subject.clone(),
            status: status(case, events),
            opened: opened(case, events),
            next_due: deadlines(case, events).first().map(|d| d.due),
            urgent: case.urgent,
            haystack: fold(&hay),
        }
    }

    pub fn is_overdue(&self, today: Date) -> bool {
        self.next_due.is_some_and(|d| d < today)
    }
}

/// What the table is sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    OurReference,
    State,
    Status,
    #[default]
    Opened,
    NextDue,
    Officer,
}

/// The register's search, filters, sort and page.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    /// Words that must all appear (references, names, State, officer).
    pub text: String,
    pub direction: Option<Direction>,
    pub kind: Option<CaseKind>,
    pub status: Option<Status>,
    /// Open cases only (the default view of a working register).
    pub open_only: bool,
    /// A State code or name as stored.
    pub state: String,
    pub officer: String,
    pub overdue_only: bool,
    pub sort: SortKey,
    pub descending: bool,
    /// 0-based page; `page_size` 0 means everything.
    pub page: usize,
    pub page_size: usize,
}

/// The rows a query selects: the page's row indexes and how many matched.
pub fn select(rows: &[Row], query: &Query, today: Date) -> (Vec<usize>, usize) {
    let words: Vec<String> = fold(&query.text)
        .split_whitespace()
        .map(str::to_string)
        .collect();
    let mut hits: Vec<usize> = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| {
            query.direction.is_none_or(|d| r.direction == d)
                && query.kind.is_none_or(|k| r.kind == k)
                && query.status.is_none_or(|s| r.status == s)
                && (!query.open_only || !r.status.is_closed())
                && (query.state.is_empty() || r.state == query.state)
                && (query.officer.is_empty() || r.officer == query.officer)
                && (!query.overdue_only || r.is_overdue(today))
                && words.iter().all(|w| r.haystack.contains(w.as_str()))
        })
        .map(|(i, _)| i)
        .collect();
    let compare = |a: &Row, b: &Row| -> Ordering {
        match query.sort {
            SortKey::OurReference => a.our_reference.cmp(&b.our_reference),
            SortKey::State => a.state.cmp(&b.state),
            SortKey::Status => a.status.cmp(&b.status),
            SortKey::Opened => a.opened.cmp(&b.opened),
            SortKey::NextDue => a.next_due.cmp(&b.next_due),
            SortKey::Officer => a.officer.cmp(&b.officer),
        }
    };
    // Cases without a deadline sort after those with one in both
    // directions: reversing the whole order would put every case without
    // a deadline at the top of "latest deadline first".
    let undated = |r: &Row| query.sort == SortKey::NextDue && r.next_due.is_none();
    hits.sort_by(|&a, &b| {
        let (a, b) = (&rows[a], &rows[b]);
        let order = compare(a, b).then_with(|| a.our_reference.cmp(&b.our_reference));
        let order = if query.descending {
            order.reverse()
        } else {
            order
        };
        undated(a).cmp(&undated(b)).then(order)
    });
    let total = hits.len();
    if query.page_size > 0 {
        let start = (query.page * query.page_size).min(total);
        let end = (start + query.page_size).min(total);
        hits = hits[start..end].to_vec();
    }
    (hits, total)
}
