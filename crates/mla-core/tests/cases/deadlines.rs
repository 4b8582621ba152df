//! Deadlines, reminders and legal clocks, in calendar days.

use mla_core::cases::deadlines::{
    due, ARREST_DAYS, ARREST_OUTER_DAYS, HORIZON_DAYS, PRESERVATION_DAYS,
};
use mla_core::cases::{deadlines, Case, CaseKind, Clock, Deadline, Direction, EventKind as E};

use super::{case, d, outgoing, Log};

/// The due date of each deadline of a case, by clock.
fn clocks(c: &Case, log: &Log) -> Vec<(Clock, String)> {
    deadlines(c, &log.refs())
        .into_iter()
        .map(|x| (x.clock, x.due.to_string()))
        .collect()
}

fn of(c: &Case, log: &Log, clock: Clock) -> Option<String> {
    clocks(c, log)
        .into_iter()
        .find(|(k, _)| *k == clock)
        .map(|(_, due)| due)
}

/// The next follow-up of a case: which one and when.
fn follow_up(c: &Case, log: &Log) -> Option<(u32, String)> {
    clocks(c, log).into_iter().find_map(|(k, due)| match k {
        Clock::FollowUp(n) => Some((n, due)),
        _ => None,
    })
}

/// Day of the week by Zeller's congruence (0 = Saturday … 6 = Friday),
/// worked out here without the core's arithmetic.
fn weekday(date: &str) -> u32 {
    let (y, m, q): (i32, i32, i32) = (
        date[..4].parse().unwrap(),
        date[5..7].parse().unwrap(),
        date[8..].parse().unwrap(),
    );
    let (y, m) = if m < 3 { (y - 1, m + 12) } else { (y, m) };
    let (k, j) = (y % 100, y / 100);
    ((q + 13 * (m + 1) / 5 + k + k / 4 + j / 4 + 5 * j) % 7) as u32
}

#[test]
fn the_requested_execution_date_and_our_own_deadline_with_its_reason() {
    let mut c = outgoing("dl-1");
    c.execution_by = Some(d("2026-06-30"));
    c.deadline = Some(d("2026-05-15"));
    c.deadline_reason = "Trial opens 20 May".into();
    let log = Log::of(&c);
    let list = deadlines(&c, &log.refs());
    assert_eq!(
        list,
        [
            Deadline {
                case_id: "dl-1".into(),
                clock: Clock::OwnDeadline,
                due: d("2026-05-15"),
                reason: "Trial opens 20 May".into(),
            },
            Deadline {
                case_id: "dl-1".into(),
                clock: Clock::RequestedExecution,
                due: d("2026-06-30"),
                reason: String::new(),
            },
        ],
        "soonest first, and no follow-up before the request is sent"
    );
    assert_eq!(list[0].days_left(d("2026-05-10")), 5);
    assert_eq!(list[0].days_left(d("2026-05-20")), -5);
}

#[test]
fn follow_ups_fall_30_60_and_90_days_after_sending_then_repeat() {
    let c = outgoing("fu-1");
    let mut log = Log::of(&c);
    log.add("2026-01-10", E::Sent);
    assert_eq!(follow_up(&c, &log), Some((1, "2026-02-09".into())));
    // Each follow-up recorded moves to the next step, counted from sending.
    log.add("2026-02-09", E::FollowUp);
    assert_eq!(follow_up(&c, &log), Some((2, "2026-03-11".into())));
    log.add("2026-03-11", E::FollowUp);
    assert_eq!(follow_up(&c, &log), Some((3, "2026-04-10".into())));
    // Past the last step, every 30 days (90 - 60) after the last one.
    log.add("2026-04-12", E::FollowUp);
    assert_eq!(follow_up(&c, &log), Some((4, "2026-05-12".into())));
    log.add("2026-05-12", E::FollowUp);
    assert_eq!(follow_up(&c, &log), Some((5, "2026-06-11".into())));
}

#[test]
fn an_answer_restarts_the_follow_up_count() {
    for answer in [E::Acknowledged, E::Reply, E::InExecution] {
        let c = outgoing("fu-2");
        let mut log = Log::of(&c);
        log.add("2026-01-10", E::Sent);
        log.add("2026-02-09", E::FollowUp);
        log.add("2026-02-20", answer);
        assert_eq!(
            follow_up(&c, &log),
            Some((1, "2026-03-22".into())),
            "{} restarts at the first step",
            answer.name()
        );
        log.add("2026-03-22", E::FollowUp);
        assert_eq!(follow_up(&c, &log), Some((2, "2026-04-21".into())));
    }
    // Our own note or follow-up is no answer.
    let c = outgoing("fu-3");
    let log = Log::of(&c)
        .with("2026-01-10", E::Sent)
        .with("2026-01-20", E::Note)
        .with("2026-01-21", E::Supplementary);
    assert_eq!(follow_up(&c, &log), Some((1, "2026-02-09".into())));
}

#[test]
fn a_late_follow_up_is_not_due_again_at_once() {
    // The first follow-up went out on day 70, after the second step (60):
    // the next one is a step's interval (30 days) after it, not overdue on
    // the day it was made.
    let c = outgoing("fu-4");
    let log = Log::of(&c)
        .with("2026-01-10", E::Sent)
        .with("2026-03-21", E::FollowUp);
    assert_eq!(follow_up(&c, &log), Some((2, "2026-04-20".into())));
    // On time, the schedule counted from sending is kept.
    let log = Log::of(&c)
        .with("2026-01-10", E::Sent)
        .with("2026-02-01", E::FollowUp);
    assert_eq!(follow_up(&c, &log), Some((2, "2026-03-11".into())));
}

#[test]
fn the_reminder_days_are_the_cases_own() {
    let mut c = outgoing("fu-5");
    c.reminder_days = vec![14, 7, 14];
    let mut log = Log::of(&c);
    log.add("2026-01-10", E::Sent);
    assert_eq!(follow_up(&c, &log), Some((1, "2026-01-17".into())));
    log.add("2026-01-17", E::FollowUp);
    assert_eq!(follow_up(&c, &log), Some((2, "2026-01-24".into())));
    log.add("2026-01-24", E::FollowUp);
    assert_eq!(follow_up(&c, &log), Some((3, "2026-01-31".into())));

    c.reminder_days = vec![10];
    let mut log = Log::of(&c);
    log.add("2026-01-10", E::Sent);
    assert_eq!(follow_up(&c, &log), Some((1, "2026-01-20".into())));
    log.add("2026-01-21", E::FollowUp);
    assert_eq!(follow_up(&c, &log), Some((2, "2026-01-31".into())));

    c.reminder_days = Vec::new();
    assert_eq!(follow_up(&c, &log), None, "no reminders wanted");
    let mut incoming = case("fu-6", Direction::Incoming, CaseKind::MutualAssistance);
    incoming.reminder_days = vec![30];
    let log = Log::of(&incoming).with("2026-01-10", E::Registered);
    assert_eq!(
        follow_up(&incoming, &log),
        None,
        "we do not chase ourselves"
    );
}

fn arrest_case() -> Case {
    case("pa-1", Direction::Outgoing, CaseKind::ProvisionalArrest)
}

#[test]
fn a_provisional_arrest_gives_18_days_for_the_formal_request_and_40_at_most() {
    assert_eq!((ARREST_DAYS, ARREST_OUTER_DAYS), (18, 40));
    let c = arrest_case();
    let mut log = Log::of(&c);
    log.add("2026-12-01", E::Sent);
    assert_eq!(of(&c, &log, Clock::FormalRequest), None, "no arrest yet");
    log.add("2026-12-20", E::PersonArrested);
    assert_eq!(
        of(&c, &log, Clock::FormalRequest).as_deref(),
        Some("2027-01-07")
    );
    assert_eq!(
        of(&c, &log, Clock::ArrestOuterLimit).as_deref(),
        Some("2027-01-29")
    );
    let formal = deadlines(&c, &log.refs())
        .into_iter()
        .find(|x| x.clock == Clock::FormalRequest)
        .unwrap();
    assert_eq!(formal.clock.source(), "ECE art. 16(4)");

    // Sending the formal request stops both clocks.
    log.add("2027-01-05", E::FormalRequestSent);
    assert_eq!(of(&c, &log, Clock::FormalRequest), None);
    assert_eq!(of(&c, &log, Clock::ArrestOuterLimit), None);
    // A new arrest after it starts them again.
    log.add("2027-03-01", E::PersonArrested);
    assert_eq!(
        of(&c, &log, Clock::FormalRequest).as_deref(),
        Some("2027-03-19")
    );

    let extradition = case("ex-1", Direction::Outgoing, CaseKind::Extradition);
    let log = Log::of(&extradition)
        .with("2026-12-01", E::Sent)
        .with("2026-12-20", E::PersonArrested);
    assert_eq!(
        of(&extradition, &log, Clock::FormalRequest).as_deref(),
        Some("2027-01-07")
    );
}

#[test]
fn the_treaty_figure_replaces_18_days_without_an_outer_limit() {
    let mut c = arrest_case();
    c.arrest_limit_days = Some(60);
    let log = Log::of(&c)
        .with("2026-12-01", E::Sent)
        .with("2026-12-20", E::PersonArrested);
    assert_eq!(
        of(&c, &log, Clock::FormalRequest).as_deref(),
        Some("2027-02-18")
    );
    assert_eq!(of(&c, &log, Clock::ArrestOuterLimit), None);
}

#[test]
fn preserved_data_are_kept_60_days_or_until_the_date_given() {
    assert_eq!(PRESERVATION_DAYS, 60);
    let c = outgoing("pr-1");
    let mut log = Log::of(&c);
    log.add("2024-01-10", E::Sent);
    log.add("2024-01-15", E::DataPreserved);
    // 2024 is a leap year: 15 January + 60 days is 15 March.
    assert_eq!(
        of(&c, &log, Clock::PreservationExpiry).as_deref(),
        Some("2024-03-15")
    );
    let log23 = Log::of(&c)
        .with("2023-01-10", E::Sent)
        .with("2023-01-15", E::DataPreserved);
    assert_eq!(
        of(&c, &log23, Clock::PreservationExpiry).as_deref(),
        Some("2023-03-16")
    );
    // An extension (the later preservation) counts.
    log.add("2024-03-01", E::DataPreserved).until = Some(d("2024-06-30"));
    assert_eq!(
        of(&c, &log, Clock::PreservationExpiry).as_deref(),
        Some("2024-06-30")
    );
}

#[test]
fn a_freeze_runs_until_its_date_if_it_has_one() {
    let c = case("fr-1", Direction::Outgoing, CaseKind::AssetRecovery);
    let mut log = Log::of(&c);
    log.add("2026-01-10", E::Sent);
    log.add("2026-02-01", E::AssetsFrozen);
    assert_eq!(of(&c, &log, Clock::FreezeExpiry), None);
    log.add("2026-02-02", E::AssetsFrozen).until = Some(d("2027-02-01"));
    assert_eq!(
        of(&c, &log, Clock::FreezeExpiry).as_deref(),
        Some("2027-02-01")
    );
}

#[test]
fn a_closed_or_deleted_case_has_no_deadlines() {
    let mut c = arrest_case();
    c.execution_by = Some(d("2027-01-01"));
    c.deadline = Some(d("2027-01-02"));
    let open = Log::of(&c)
        .with("2026-12-01", E::Sent)
        .with("2026-12-20", E::PersonArrested);
    assert!(deadlines(&c, &open.refs()).len() >= 4);
    for closing in [E::Executed, E::Refused, E::Withdrawn, E::Lapsed] {
        let mut log = Log::of(&c);
        log.events = open.events.clone();
        log.add("2026-12-21", closing);
        assert_eq!(deadlines(&c, &log.refs()), [], "{}", closing.name());
    }
    c.deleted = true;
    assert_eq!(deadlines(&c, &open.refs()), []);
}

#[test]
fn the_due_list_looks_ahead_and_puts_the_most_urgent_first() {
    let today = d("2026-03-01");
    let mut a = outgoing("a");
    a.deadline = Some(d("2026-03-15")); // 14 days: in
    let mut b = outgoing("b");
    b.deadline = Some(d("2026-03-16")); // 15 days: out
    let mut c = outgoing("c");
    c.deadline = Some(d("2026-02-20")); // overdue: in
    c.execution_by = Some(d("2026-03-10"));
    let mut e = outgoing("e");
    e.deadline = Some(d("2026-03-10")); // same day as c's execution date
    let none = outgoing("none");
    let cases = [a, b, c, e, none];
    let logs: Vec<Log> = cases.iter().map(Log::of).collect();
    let events_of = |id: &str| -> Vec<&mla_core::cases::Event> {
        logs.iter()
            .find(|l| l.case_id == id)
            .map(|l| l.refs())
            .unwrap_or_default()
    };
    let list = due(&cases, events_of, today, HORIZON_DAYS);
    let got: Vec<(String, &str, Clock)> = list
        .iter()
        .map(|x| (x.due.to_string(), x.case_id.as_str(), x.clock))
        .collect();
    assert_eq!(
        got,
        [
            ("2026-02-20".to_string(), "c", Clock::OwnDeadline),
            // Same day: the requested execution date is listed first (clock
            // order), then by case.
            ("2026-03-10".to_string(), "c", Clock::RequestedExecution),
            ("2026-03-10".to_string(), "e", Clock::OwnDeadline),
            ("2026-03-15".to_string(), "a", Clock::OwnDeadline),
        ]
    );
    assert_eq!(due(&cases, events_of, today, 15).len(), 5);
    assert_eq!(due(&cases, events_of, today, -1).len(), 1, "overdue only");
}

#[test]
fn dates_cross_month_year_and_leap_days() {
    let c = arrest_case();
    let log = Log::of(&c)
        .with("2027-12-20", E::Sent)
        .with("2028-02-20", E::PersonArrested);
    // 2028 is a leap year: 20 February + 18 days is 9 March.
    assert_eq!(
        of(&c, &log, Clock::FormalRequest).as_deref(),
        Some("2028-03-09")
    );
    assert_eq!(
        of(&c, &log, Clock::ArrestOuterLimit).as_deref(),
        Some("2028-03-31")
    );
    let log = Log::of(&c)
        .with("2026-12-20", E::Sent)
        .with("2027-02-20", E::PersonArrested);
    assert_eq!(
        of(&c, &log, Clock::FormalRequest).as_deref(),
        Some("2027-03-10")
    );

    let o = outgoing("y");
    let log = Log::of(&o).with("2027-12-20", E::Sent);
    assert_eq!(follow_up(&o, &log), Some((1, "2028-01-19".into())));
    let log = Log::of(&o).with("2028-01-31", E::Sent);
    assert_eq!(follow_up(&o, &log), Some((1, "2028-03-01".into())));
    let log = Log::of(&o).with("2100-01-31", E::Sent);
    assert_eq!(
        follow_up(&o, &log),
        Some((1, "2100-03-02".into())),
        "1900-style non-leap century"
    );
}

#[test]
fn a_deadline_on_a_weekend_stays_on_the_weekend() {
    assert_eq!(weekday("2026-03-01"), 1, "a Sunday");
    assert_eq!(weekday("2026-01-31"), 0, "a Saturday");
    let mut c = outgoing("we");
    c.deadline = Some(d("2026-03-01"));
    let log = Log::of(&c).with("2026-01-01", E::Sent);
    assert_eq!(
        of(&c, &log, Clock::OwnDeadline).as_deref(),
        Some("2026-03-01")
    );
    // Sent on Thursday 1 January: 30 days later is Saturday 31 January.
    assert_eq!(follow_up(&c, &log), Some((1, "2026-01-31".into())));
    let arrest = arrest_case();
    let log = Log::of(&arrest)
        .with("2026-01-01", E::Sent)
        .with("2026-02-11", E::PersonArrested);
    let formal = of(&arrest, &log, Clock::FormalRequest).unwrap();
    assert_eq!(formal, "2026-03-01");
    assert_eq!(weekday(&formal), 1);
}
