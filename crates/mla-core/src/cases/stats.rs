//! The figures an authority reports: counts by status, kind, State and
//! year, how long requests take, and why they were refused (the Eurojust
//! and G20 ACWG reporting items; `request-kinds.md` §6).
//!
//! Tables hold typed labels, not sentences: the app and `mla cases stats`
//! translate them, and [`csv`] writes them with formula injection escaped.

use std::collections::BTreeMap;

use super::events::{first, in_order, opened, status, Event, EventKind, RefusalGround, Status};
use super::record::{Case, CaseKind, Direction};
use crate::dates::Date;

/// Which cases the figures cover.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Scope {
    pub direction: Option<Direction>,
    /// The year the case was opened (sent or received).
    pub year: Option<i32>,
}

/// How long something took, in days.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Durations {
    pub count: usize,
    pub median: Option<f64>,
    pub p90: Option<f64>,
    pub mean: Option<f64>,
}

impl Durations {
    pub fn of(mut days: Vec<i32>) -> Durations {
        days.sort_unstable();
        let count = days.len();
        if count == 0 {
            return Durations::default();
        }
        Durations {
            count,
            median: Some(percentile(&days, 0.5)),
            p90: Some(percentile(&days, 0.9)),
            mean: Some(days.iter().map(|&d| d as f64).sum::<f64>() / count as f64),
        }
    }
}

/// Linear interpolation between closest ranks (the usual spreadsheet
/// PERCENTILE.INC), so figures match what an analyst would compute.
fn percentile(sorted: &[i32], p: f64) -> f64 {
    let rank = p * (sorted.len() - 1) as f64;
    let low = rank.floor() as usize;
    let high = rank.ceil() as usize;
    let frac = rank - low as f64;
    sorted[low] as f64 + (sorted[high] - sorted[low]) as f64 * frac
}

/// A label of a table row.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Label {
    Status(Status),
    Kind(CaseKind),
    Direction(Direction),
    /// A State code or name as stored (empty: not given).
    State(String),
    Year(i32),
    Ground(RefusalGround),
    /// A ground not given.
    NoGround,
}

/// The register's figures.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Statistics {
    pub total: usize,
    pub by_direction: Vec<(Label, usize)>,
    pub by_status: Vec<(Label, usize)>,
    pub by_kind: Vec<(Label, usize)>,
    pub by_state: Vec<(Label, usize)>,
    pub by_year: Vec<(Label, usize)>,
    pub refusals: Vec<(Label, usize)>,
    /// Cases not closed.
    pub pending: usize,
    pub urgent: usize,
    /// Outgoing: sent → acknowledged, sent → executed. Incoming: received
    /// → executed.
    pub to_acknowledgement: Durations,
    pub to_execution: Durations,
    pub returned_for_information: usize,
}

fn counted(map: BTreeMap<Label, usize>) -> Vec<(Label, usize)> {
    let mut list: Vec<(Label, usize)> = map.into_iter().collect();
    // Largest first; equal counts in label order, so output is stable.
    list.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    list
}

/// The figures for the cases in `scope`.
pub fn statistics<'a>(
    cases: impl IntoIterator<Item = &'a Case>,
    events_of: impl Fn(&str) -> Vec<&'a Event>,
    scope: Scope,
) -> Statistics {
    let mut by_direction = BTreeMap::new();
    let mut by_status = BTreeMap::new();
    let mut by_kind = BTreeMap::new();
    let mut by_state = BTreeMap::new();
    let mut by_year = BTreeMap::new();
    let mut refusals = BTreeMap::new();
    let mut to_ack = Vec::new();
    let mut to_exec = Vec::new();
    let mut s = Statistics::default();
    for case in cases.into_iter().filter(|c| !c.deleted) {
        let events = in_order(events_of(&case.id));
        let started = opened(case, &events);
        if scope.direction.is_some_and(|d| d != case.direction)
            || scope
                .year
                .is_some_and(|y| started.map(Date::year) != Some(y))
        {
            continue;
        }
        let now = status(case, &events);
        s.total += 1;
        *by_direction
            .entry(Label::Direction(case.direction))
            .or_insert(0) += 1;
        *by_status.entry(Label::Status(now)).or_insert(0) += 1;
        *by_kind.entry(Label::Kind(case.kind)).or_insert(0) += 1;
        *by_state
            .entry(Label::State(case.counterpart.state.clone()))
            .or_insert(0) += 1;
        if let Some(d) = started {
            *by_year.entry(Label::Year(d.year())).or_insert(0) += 1;
        }
        if !now.is_closed() {
            s.pending += 1;
        }
        if case.urgent {
            s.urgent += 1;
        }
        if now == Status::ReturnedForInformation {
            s.returned_for_information += 1;
        }
        if now == Status::Refused {
            let ground = events
                .iter()
                .rev()
                .find(|e| e.kind == EventKind::Refused)
                .and_then(|e| e.ground)
                .map_or(Label::NoGround, Label::Ground);
            *refusals.entry(ground).or_insert(0) += 1;
        }
        if let Some(start) = started {
            if let Some(ack) = first(&events, EventKind::Acknowledged) {
                to_ack.push(start.days_until(ack));
            }
            if now == Status::Executed {
                if let Some(done) = first(&events, EventKind::Executed) {
                    to_exec.push(start.days_until(done));
                }
            }
        }
    }
    s.by_direction = counted(by_direction);
    s.by_status = counted(by_status);
    s.by_kind = counted(by_kind);
    s.by_state = counted(by_state);
    let mut years: Vec<(Label, usize)> = by_year.into_iter().collect();
    years.sort();
    s.by_year = years;
    s.refusals = counted(refusals);
    s.to_acknowledgement = Durations::of(to_ack);
    s.to_execution = Durations::of(to_exec);
    s
}

/// One CSV cell: text that a spreadsheet would run as a formula (starting
/// with `=`, `+`, `-`, `@`, a tab or a carriage return) is prefixed with an
/// apostrophe (OWASP's advice), then quoted where needed.
pub fn csv_cell(text: &str) -> String {
    let safe = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if safe.contains([',', '"', '\n', '\r']) || safe != safe.trim() {
        format!("\"{}\"", safe.replace('"', "\"\""))
    } else {
        safe
    }
}

/// A table as CSV (CRLF line ends, as RFC 4180 says).
pub fn csv(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    let line = |cells: Vec<String>| cells.join(",") + "\r\n";
    out.push_str(&line(header.iter().map(|h| csv_cell(h)).collect()));
    for row in rows {
        out.push_str(&line(row.iter().map(|c| csv_cell(c)).collect()));
    }
    out
}

/// A number of days as printed in tables: whole days, or one decimal.
pub fn days_text(days: Option<f64>) -> String {
    match days {
        None => String::new(),
        Some(d) if d.fract() == 0.0 => format!("{d:.0}"),
        Some(d) => format!("{d:.1}"),
    }
}
