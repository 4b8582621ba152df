//! The deadlines of a case: what is due, when, why and under which rule.
//!
//! Dates are calendar dates; weekends and holidays are left to the user
//! (a treaty's days are calendar days, and a Sunday deadline is shown as a
//! Sunday rather than moved). A closed case runs no clocks.

use super::events::{in_order, status, Event, EventKind};
use super::record::{Case, CaseKind, Direction};
use crate::dates::Date;

/// ECE art. 16(4): the formal request must arrive within 18 days of a
/// provisional arrest, and never later than 40.
pub const ARREST_DAYS: u32 = 18;
pub const ARREST_OUTER_DAYS: u32 = 40;
/// Budapest art. 29(7): preservation for not less than 60 days.
pub const PRESERVATION_DAYS: u32 = 60;
/// How many days ahead the "due" list looks.
pub const HORIZON_DAYS: i32 = 14;

/// Which clock a deadline belongs to; each says what to do (its message
/// keys are `clock_<name>` and `clock_<name>_action`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Clock {
    /// The date by which execution was asked for.
    RequestedExecution,
    /// Our own deadline, with its reason.
    OwnDeadline,
    /// The n-th follow-up after days without an answer (1-based).
    FollowUp(u32),
    /// The formal request after a provisional arrest.
    FormalRequest,
    /// The outer limit after which the person must be released.
    ArrestOuterLimit,
    /// Preserved data are kept until this date.
    PreservationExpiry,
    /// A freezing or seizure order lapses or needs renewal.
    FreezeExpiry,
}

impl Clock {
    pub fn name(self) -> &'static str {
        match self {
            Clock::RequestedExecution => "requested_execution",
            Clock::OwnDeadline => "own_deadline",
            Clock::FollowUp(_) => "follow_up",
            Clock::FormalRequest => "formal_request",
            Clock::ArrestOuterLimit => "arrest_outer_limit",
            Clock::PreservationExpiry => "preservation_expiry",
            Clock::FreezeExpiry => "freeze_expiry",
        }
    }

    /// The rule that sets the clock.
    pub fn source(self) -> &'static str {
        match self {
            Clock::RequestedExecution => "UNTOC art. 18(24)",
            Clock::OwnDeadline => "UNTOC art. 18(24)",
            Clock::FollowUp(_) => "UNTOC art. 18(24)",
            Clock::FormalRequest | Clock::ArrestOuterLimit => "ECE art. 16(4)",
            Clock::PreservationExpiry => "Budapest Convention art. 29(7)",
            Clock::FreezeExpiry => "UNCAC art. 55(7)-(8)",
        }
    }
}

/// One deadline of a case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deadline {
    pub case_id: String,
    pub clock: Clock,
    pub due: Date,
    /// The user's reason for an own deadline; empty otherwise.
    pub reason: String,
}

impl Deadline {
    /// Days from `today` to the deadline (negative when overdue).
    pub fn days_left(&self, today: Date) -> i32 {
        today.days_until(self.due)
    }
}

/// The open deadlines of a case, soonest first.
pub fn deadlines(case: &Case, events: &[&Event]) -> Vec<Deadline> {
    let events: Vec<&Event> = in_order(events.iter().copied().filter(|e| e.case_id == case.id));
    if case.deleted || status(case, &events).is_closed() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut push = |clock: Clock, due: Date, reason: &str| {
        out.push(Deadline {
            case_id: case.id.clone(),
            clock,
            due,
            reason: reason.to_string(),
        })
    };
    if let Some(due) = case.execution_by {
        push(Clock::RequestedExecution, due, "");
    }
    if let Some(due) = case.deadline {
        push(Clock::OwnDeadline, due, &case.deadline_reason);
    }
    if let Some((n, due)) = follow_up(case, &events) {
        push(Clock::FollowUp(n), due, "");
    }
    if matches!(
        case.kind,
        CaseKind::ProvisionalArrest | CaseKind::Extradition
    ) && case.direction == Direction::Outgoing
    {
        let arrested = events
            .iter()
            .rev()
            .find(|e| e.kind == EventKind::PersonArrested);
        if let Some(arrest) = arrested {
            let formal_sent = events
                .iter()
                .any(|e| e.kind == EventKind::FormalRequestSent && e.date >= arrest.date);
            if !formal_sent {
                let limit = case.arrest_limit_days.unwrap_or(ARREST_DAYS);
                push(
                    Clock::FormalRequest,
                    arrest.date.plus_days(limit as i32),
                    "",
                );
                if limit < ARREST_OUTER_DAYS && case.arrest_limit_days.is_none() {
                    push(
                        Clock::ArrestOuterLimit,
                        arrest.date.plus_days(ARREST_OUTER_DAYS as i32),
                        "",
                    );
                }
            }
        }
    }
    if let Some(preserved) = events
        .iter()
        .rev()
        .find(|e| e.kind == EventKind::DataPreserved)
    {
        let due = preserved
            .until
            .unwrap_or_else(|| preserved.date.plus_days(PRESERVATION_DAYS as i32));
        push(Clock::PreservationExpiry, due, "");
    }
    if let Some(frozen) = events
        .iter()
        .rev()
        .find(|e| e.kind == EventKind::AssetsFrozen)
    {
        if let Some(until) = frozen.until {
            push(Clock::FreezeExpiry, until, "");
        }
    }
    out.sort_by_key(|d| (d.due, d.clock));
    out
}

/// The next follow-up of an outgoing case: the silence since the last
/// answer (or since sending) is counted against the reminder steps; each
/// follow-up the user records moves to the next step, never sooner than the
/// step's interval after that follow-up; past the last step, follow-ups
/// repeat at the last interval.
fn follow_up(case: &Case, events: &[&Event]) -> Option<(u32, Date)> {
    if case.direction != Direction::Outgoing || case.reminder_days.is_empty() {
        return None;
    }
    // `events` is in log order: the silence runs from the last answer after
    // the sending (or from the sending), and only follow-ups logged after
    // that answer count; one logged the same day but before the answer was
    // answered by it.
    let sent_at = events.iter().position(|e| e.kind == EventKind::Sent)?;
    let anchor_at = (sent_at..events.len())
        .rev()
        .find(|&i| events[i].kind.is_answer())
        .unwrap_or(sent_at);
    let anchor = events[anchor_at].date;
    let mut steps = case.reminder_days.clone();
    steps.sort_unstable();
    steps.dedup();
    let done: Vec<Date> = events[anchor_at + 1..]
        .iter()
        .filter(|e| e.kind == EventKind::FollowUp)
        .map(|e| e.date)
        .collect();
    let n = done.len();
    let last_done = done.iter().max().copied();
    // The days between step i-1 and step i; past the last step, the last
    // gap (or the only step's days), so follow-ups repeat at that pace.
    let gap = |i: usize| -> u32 {
        match i.min(steps.len() - 1) {
            0 => steps[0],
            i => steps[i] - steps[i - 1],
        }
    };
    let due = match (steps.get(n), last_done) {
        (Some(days), None) => anchor.plus_days(*days as i32),
        // A follow-up made late (after the next step's day) must not leave
        // the next one overdue on the day it was made: it falls at least a
        // step's interval after the last follow-up.
        (Some(days), Some(last)) => anchor
            .plus_days(*days as i32)
            .max(last.plus_days(gap(n) as i32)),
        (None, last) => last.unwrap_or(anchor).plus_days(gap(n) as i32),
    };
    Some((n as u32 + 1, due))
}

/// The deadlines due within `horizon` days of `today`, or overdue, of
/// every case: the home screen's "due" list, most urgent first.
pub fn due<'a>(
    cases: impl IntoIterator<Item = &'a Case>,
    events_of: impl Fn(&str) -> Vec<&'a Event>,
    today: Date,
    horizon: i32,
) -> Vec<Deadline> {
    let mut list: Vec<Deadline> = cases
        .into_iter()
        .flat_map(|c| deadlines(c, &events_of(&c.id)))
        .filter(|d| d.days_left(today) <= horizon)
        .collect();
    list.sort_by(|a, b| (a.due, a.clock, &a.case_id).cmp(&(b.due, b.clock, &b.case_id)));
    list
}
