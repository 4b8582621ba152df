//! Statistics: a generated register whose figures are worked out here from
//! what the generator planned (not from the core's status or clocks), and
//! small registers computed by hand.

use std::collections::BTreeMap;

use mla_core::cases::stats::{days_text, statistics, Durations, Label, Scope, Statistics};
use mla_core::cases::{Case, CaseKind, Direction, Event, EventKind as E, RefusalGround, Status};
use mla_core::dates::Date;

use super::{case, d, Log};

/// A small deterministic generator (64-bit LCG, Knuth's constants).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }

    pub fn days(&mut self, from: i32, to: i32) -> i32 {
        from + self.below((to - from + 1) as u64) as i32
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    pub fn pick<T: Clone>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize].clone()
    }
}

/// What the generator meant a case to be, kept beside its records.
pub struct Plan {
    pub direction: Direction,
    pub kind: CaseKind,
    pub state: String,
    pub urgent: bool,
    pub deleted: bool,
    /// Sent (outgoing) or received (incoming); none if never sent.
    pub opened: Option<Date>,
    pub status: Status,
    pub ack_days: Option<i32>,
    pub exec_days: Option<i32>,
    /// Some(ground or none) for a refusal.
    pub refusal: Option<Option<RefusalGround>>,
}

pub const STATES: [&str; 6] = ["FR", "DE", "RS", "BA", "ES", "Atlantis"];

/// `n` cases opened over 2023–2025, with their events and plans.
pub fn generate(n: usize, seed: u64) -> (Vec<Case>, Vec<Event>, Vec<Plan>) {
    let mut rng = Rng::new(seed);
    let (mut cases, mut events, mut plans) = (Vec::new(), Vec::new(), Vec::new());
    let start = d("2023-01-01");
    for i in 0..n {
        let direction = if rng.chance(60) {
            Direction::Outgoing
        } else {
            Direction::Incoming
        };
        let kind = rng.pick(CaseKind::ALL);
        let mut c = case(&format!("g{i:04}"), direction, kind);
        c.counterpart.state = rng.pick(&STATES).to_string();
        c.urgent = rng.chance(15);
        c.deleted = rng.chance(2);
        let day0 = start.plus_days(rng.days(0, 3 * 365 - 1));
        let mut log = Log::of(&c);
        let mut plan = Plan {
            direction,
            kind,
            state: c.counterpart.state.clone(),
            urgent: c.urgent,
            deleted: c.deleted,
            opened: Some(day0),
            status: Status::initial(direction),
            ack_days: None,
            exec_days: None,
            refusal: None,
        };
        let on = |days: i32| day0.plus_days(days).to_string();
        match direction {
            Direction::Outgoing => {
                c.created = format!("{}T08:00:00Z", day0.plus_days(-rng.days(1, 20)));
                if rng.chance(5) {
                    plan.opened = None;
                    plan.status = Status::Drafted;
                } else {
                    outgoing_log(&mut rng, &mut log, &mut plan, &on);
                }
            }
            Direction::Incoming => {
                // Most are registered after arrival; some were entered in
                // the register days after their registration; a few are
                // only received.
                let received_only = rng.chance(5);
                let late_entry = !received_only && rng.chance(10);
                let registered = if late_entry { 0 } else { rng.days(0, 5) };
                c.created = format!("{}T10:00:00Z", on(if late_entry { 3 } else { 0 }));
                if !received_only {
                    incoming_log(&mut rng, &mut log, &mut plan, &on, registered);
                }
            }
        }
        cases.push(c);
        events.extend(log.events);
        plans.push(plan);
    }
    (cases, events, plans)
}

fn refusal(rng: &mut Rng, log: &mut Log, plan: &mut Plan, date: String) {
    let ground = if rng.chance(10) {
        None
    } else {
        Some(rng.pick(RefusalGround::ALL))
    };
    log.add(&date, E::Refused).ground = ground;
    plan.refusal = Some(ground);
    plan.status = Status::Refused;
}

fn outgoing_log(rng: &mut Rng, log: &mut Log, plan: &mut Plan, on: &dyn Fn(i32) -> String) {
    log.add(&on(0), E::Sent).channel = Some(mla_core::cases::Channel::CentralAuthority);
    plan.status = Status::Sent;
    let mut t = 0;
    if rng.chance(25) {
        // Chased before any answer.
        t += rng.days(30, 40);
        log.add(&on(t), E::FollowUp);
    }
    if rng.chance(70) {
        t += rng.days(3, 60);
        log.add(&on(t), E::Acknowledged);
        plan.ack_days = Some(t);
        plan.status = Status::Acknowledged;
    }
    match rng.below(100) {
        0..=34 => {
            if rng.chance(30) {
                log.add(&on(t + 2), E::InformationRequested);
                log.add(&on(t + 5), E::InformationSupplied);
            }
            log.add(&on(t + 6), E::InExecution);
            t += rng.days(10, 300);
            log.add(&on(t), E::Executed);
            plan.exec_days = Some(t);
            plan.status = Status::Executed;
        }
        35..=49 => {
            let date = on(t + rng.days(5, 100));
            refusal(rng, log, plan, date);
        }
        50..=54 => {
            log.add(&on(t + 1), E::Withdrawn);
            plan.status = Status::Withdrawn;
        }
        55..=59 => {
            log.add(&on(t + 1), E::Lapsed);
            plan.status = Status::Lapsed;
        }
        60..=69 => {
            log.add(&on(t + 1), E::InExecution);
            log.add(&on(t + 9), E::PartiallyExecuted);
            plan.status = Status::PartiallyExecuted;
        }
        70..=79 => {
            log.add(&on(t + 1), E::InExecution);
            log.add(&on(t + 2), E::InformationRequested);
            plan.status = Status::InformationRequested;
        }
        80..=89 => {
            log.add(&on(t + 1), E::InExecution);
            log.add(&on(t + 2), E::InformationRequested);
            log.add(&on(t + 3), E::InformationSupplied);
            plan.status = Status::InExecution;
        }
        // The rest stay sent or acknowledged.
        _ => {}
    }
    if rng.chance(20) {
        // A late note changes nothing.
        log.add(&on(t + 400), E::Note);
    }
}

fn incoming_log(
    rng: &mut Rng,
    log: &mut Log,
    plan: &mut Plan,
    on: &dyn Fn(i32) -> String,
    registered: i32,
) {
    log.add(&on(registered), E::Registered);
    plan.status = Status::Registered;
    let t = registered + rng.days(1, 10);
    match rng.below(100) {
        0..=9 => {
            log.add(&on(t), E::ReturnedForInformation);
            plan.status = Status::ReturnedForInformation;
        }
        10..=19 => {
            log.add(&on(t), E::Forwarded);
            plan.status = Status::Forwarded;
        }
        20..=54 => {
            log.add(&on(t), E::CompletenessReviewed);
            log.add(&on(t + 1), E::InExecution);
            let done = t + rng.days(20, 400);
            log.add(&on(done), E::Executed);
            plan.exec_days = Some(done);
            plan.status = Status::Executed;
        }
        55..=64 => {
            log.add(&on(t), E::CompletenessReviewed);
            let date = on(t + rng.days(1, 60));
            refusal(rng, log, plan, date);
        }
        65..=79 => {
            log.add(&on(t), E::CompletenessReviewed);
            plan.status = Status::CompletenessReviewed;
        }
        80..=89 => {
            log.add(&on(t), E::InExecution);
            plan.status = Status::InExecution;
        }
        _ => {}
    }
}

/// PERCENTILE.INC as a spreadsheet computes it (Hyndman and Fan's type 7),
/// written independently of the core.
fn percentile_inc(values: &[i32], p: f64) -> f64 {
    let mut v: Vec<f64> = values.iter().map(|&x| f64::from(x)).collect();
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let h = (v.len() - 1) as f64 * p;
    let i = h.floor() as usize;
    match v.get(i + 1) {
        Some(next) => v[i] + (h - h.floor()) * (next - v[i]),
        None => v[i],
    }
}

/// The textbook median: the middle value, or the mean of the middle two.
fn median(values: &[i32]) -> f64 {
    let mut v = values.to_vec();
    v.sort_unstable();
    let n = v.len();
    if n % 2 == 1 {
        f64::from(v[n / 2])
    } else {
        (f64::from(v[n / 2 - 1]) + f64::from(v[n / 2])) / 2.0
    }
}

fn assert_durations(got: &Durations, days: &[i32], what: &str) {
    assert_eq!(got.count, days.len(), "{what} count");
    if days.is_empty() {
        assert_eq!(*got, Durations::default(), "{what}");
        return;
    }
    let close = |a: Option<f64>, b: f64, which: &str| {
        let a = a.unwrap_or_else(|| panic!("{what} {which} missing"));
        assert!((a - b).abs() < 1e-9, "{what} {which}: {a} ≠ {b}");
    };
    close(got.median, median(days), "median");
    close(got.median, percentile_inc(days, 0.5), "median");
    close(got.p90, percentile_inc(days, 0.9), "p90");
    let mean = days.iter().map(|&x| f64::from(x)).sum::<f64>() / days.len() as f64;
    close(got.mean, mean, "mean");
}

fn is_closed(s: Status) -> bool {
    use Status::*;
    matches!(
        s,
        Executed | Refused | Withdrawn | Lapsed | ReturnedForInformation
    )
}

/// The figures the plans say the register should have.
fn expected(plans: &[Plan], scope: Scope) -> (Statistics, Vec<i32>, Vec<i32>) {
    let mut counts: [BTreeMap<Label, usize>; 6] = Default::default();
    let (mut ack, mut exec) = (Vec::new(), Vec::new());
    let mut s = Statistics::default();
    for p in plans.iter().filter(|p| !p.deleted) {
        if scope.direction.is_some_and(|x| x != p.direction)
            || scope
                .year
                .is_some_and(|y| p.opened.map(|o| o.year()) != Some(y))
        {
            continue;
        }
        s.total += 1;
        let [dir, status, kind, state, year, refusals] = &mut counts;
        *dir.entry(Label::Direction(p.direction)).or_default() += 1;
        *status.entry(Label::Status(p.status)).or_default() += 1;
        *kind.entry(Label::Kind(p.kind)).or_default() += 1;
        *state.entry(Label::State(p.state.clone())).or_default() += 1;
        if let Some(o) = p.opened {
            *year.entry(Label::Year(o.year())).or_default() += 1;
        }
        if let Some(ground) = p.refusal {
            *refusals
                .entry(ground.map_or(Label::NoGround, Label::Ground))
                .or_default() += 1;
        }
        s.pending += usize::from(!is_closed(p.status));
        s.urgent += usize::from(p.urgent);
        s.returned_for_information += usize::from(p.status == Status::ReturnedForInformation);
        ack.extend(p.ack_days);
        exec.extend(p.exec_days);
    }
    let [dir, status, kind, state, year, refusals] = counts;
    let list = |m: BTreeMap<Label, usize>| m.into_iter().collect::<Vec<_>>();
    s.by_direction = list(dir);
    s.by_status = list(status);
    s.by_kind = list(kind);
    s.by_state = list(state);
    s.by_year = list(year);
    s.refusals = list(refusals);
    (s, ack, exec)
}

/// A table as a map (the order is checked on its own).
fn as_map(rows: &[(Label, usize)]) -> Vec<(Label, usize)> {
    let mut v = rows.to_vec();
    v.sort();
    v
}

/// Largest first, equal counts in label order.
fn assert_ranked(rows: &[(Label, usize)], what: &str) {
    for pair in rows.windows(2) {
        let ((la, a), (lb, b)) = (&pair[0], &pair[1]);
        assert!(
            a > b || (a == b && la < lb),
            "{what} out of order: {pair:?}"
        );
    }
}

fn check(cases: &[Case], events: &[Event], plans: &[Plan], scope: Scope) {
    let events_of = |id: &str| {
        events
            .iter()
            .filter(|e| e.case_id == id)
            .collect::<Vec<_>>()
    };
    let got = statistics(cases, events_of, scope);
    let (want, ack, exec) = expected(plans, scope);
    let what = format!("{scope:?}");
    assert_eq!(got.total, want.total, "{what} total");
    assert_eq!(got.pending, want.pending, "{what} pending");
    assert_eq!(got.urgent, want.urgent, "{what} urgent");
    assert_eq!(
        got.returned_for_information, want.returned_for_information,
        "{what}"
    );
    for (name, got_rows, want_rows) in [
        ("direction", &got.by_direction, &want.by_direction),
        ("status", &got.by_status, &want.by_status),
        ("kind", &got.by_kind, &want.by_kind),
        ("state", &got.by_state, &want.by_state),
        ("refusals", &got.refusals, &want.refusals),
    ] {
        assert_eq!(as_map(got_rows), *want_rows, "{what} by {name}");
        assert_ranked(got_rows, name);
    }
    assert_eq!(got.by_year, want.by_year, "{what} by year, in year order");
    assert_durations(
        &got.to_acknowledgement,
        &ack,
        &format!("{what} to acknowledgement"),
    );
    assert_durations(&got.to_execution, &exec, &format!("{what} to execution"));
}

#[test]
fn a_generated_register_of_500_cases_over_three_years() {
    let (cases, events, plans) = generate(500, 2026);
    // The generator covers what the figures count.
    let live = plans.iter().filter(|p| !p.deleted).count();
    assert!(live > 480 && live < 500, "{live} live cases");
    for status in [
        Status::Drafted,
        Status::Sent,
        Status::Acknowledged,
        Status::InformationRequested,
        Status::InExecution,
        Status::PartiallyExecuted,
        Status::Executed,
        Status::Refused,
        Status::Withdrawn,
        Status::Lapsed,
        Status::Received,
        Status::Registered,
        Status::CompletenessReviewed,
        Status::Forwarded,
        Status::ReturnedForInformation,
    ] {
        assert!(
            plans.iter().any(|p| p.status == status),
            "no {status:?} case generated"
        );
    }
    assert!(
        plans.iter().any(|p| p.refusal == Some(None)),
        "no refusal without a ground"
    );
    let (_, ack, exec) = expected(&plans, Scope::default());
    assert!(
        ack.len() > 100 && exec.len() > 100,
        "{} and {} durations",
        ack.len(),
        exec.len()
    );
    check(&cases, &events, &plans, Scope::default());
    for year in [2023, 2024, 2025] {
        check(
            &cases,
            &events,
            &plans,
            Scope {
                direction: None,
                year: Some(year),
            },
        );
    }
    for direction in Direction::ALL {
        check(
            &cases,
            &events,
            &plans,
            Scope {
                direction: Some(*direction),
                year: None,
            },
        );
    }
    check(
        &cases,
        &events,
        &plans,
        Scope {
            direction: Some(Direction::Outgoing),
            year: Some(2024),
        },
    );
    let none = statistics(
        &cases,
        |_| Vec::new(),
        Scope {
            direction: None,
            year: Some(1999),
        },
    );
    assert_eq!(none, Statistics::default());
}

#[test]
fn durations_interpolate_like_a_spreadsheet() {
    let four = Durations::of(vec![40, 10, 30, 20]);
    assert_eq!(four.count, 4);
    assert_eq!(four.median, Some(25.0));
    assert_eq!(four.p90, Some(37.0));
    assert_eq!(four.mean, Some(25.0));
    let ten = Durations::of((1..=10).collect());
    assert_eq!(ten.median, Some(5.5));
    assert!((ten.p90.unwrap() - 9.1).abs() < 1e-9);
    let one = Durations::of(vec![7]);
    assert_eq!(
        (one.median, one.p90, one.mean),
        (Some(7.0), Some(7.0), Some(7.0))
    );
    assert_eq!(Durations::of(Vec::new()), Durations::default());
    assert_eq!(Durations::of(Vec::new()).median, None);
    assert_eq!(days_text(Some(25.0)), "25");
    assert_eq!(days_text(Some(37.0)), "37");
    assert_eq!(days_text(Some(5.5)), "5.5");
    assert_eq!(days_text(ten.p90), "9.1");
    assert_eq!(days_text(Some(2.0 / 3.0)), "0.7");
    assert_eq!(days_text(None), "");
}

#[test]
fn a_small_register_computed_by_hand() {
    let mut a = case("a", Direction::Outgoing, CaseKind::MutualAssistance);
    a.counterpart.state = "FR".into();
    a.urgent = true;
    let mut b = case("b", Direction::Outgoing, CaseKind::MutualAssistance);
    b.counterpart.state = "FR".into();
    let mut c = case("c", Direction::Incoming, CaseKind::Extradition);
    c.counterpart.state = "DE".into();
    c.created = "2026-03-10T10:00:00Z".into();
    let e = case("e", Direction::Outgoing, CaseKind::Other); // drafted
    let mut gone = case("gone", Direction::Outgoing, CaseKind::Other);
    gone.deleted = true;
    let la = Log::of(&a)
        .with("2025-12-20", E::Sent)
        .with("2026-01-09", E::Acknowledged) // 20 days
        .with("2026-03-30", E::Executed); // 100 days
    let mut lb = Log::of(&b)
        .with("2026-01-01", E::Sent)
        .with("2026-01-11", E::Acknowledged); // 10 days
    lb.add("2026-02-01", E::Refused).ground = Some(RefusalGround::DualCriminality);
    let lc = Log::of(&c)
        .with("2026-03-08", E::Registered) // before it was entered: opened 8 March
        .with("2026-04-07", E::Executed); // 30 days
    let lg = Log::of(&gone).with("2026-01-01", E::Sent);
    let cases = [a, b, c, e, gone];
    let logs = [la, lb, lc, Log::of(&cases[3]), lg];
    let events_of = |id: &str| logs.iter().find(|l| l.case_id == id).unwrap().refs();
    let s = statistics(&cases, events_of, Scope::default());
    assert_eq!(s.total, 4);
    assert_eq!(s.pending, 1, "only the draft");
    assert_eq!(s.urgent, 1);
    assert_eq!(
        s.by_direction,
        [
            (Label::Direction(Direction::Outgoing), 3),
            (Label::Direction(Direction::Incoming), 1)
        ]
    );
    assert_eq!(
        s.by_status,
        [
            (Label::Status(Status::Executed), 2),
            (Label::Status(Status::Drafted), 1),
            (Label::Status(Status::Refused), 1),
        ]
    );
    assert_eq!(
        s.by_state,
        [
            (Label::State("FR".into()), 2),
            (Label::State(String::new()), 1),
            (Label::State("DE".into()), 1)
        ]
    );
    assert_eq!(
        s.by_year,
        [(Label::Year(2025), 1), (Label::Year(2026), 2)],
        "the draft has no year"
    );
    assert_eq!(
        s.refusals,
        [(Label::Ground(RefusalGround::DualCriminality), 1)]
    );
    assert_eq!(s.to_acknowledgement.count, 2);
    assert_eq!(s.to_acknowledgement.median, Some(15.0));
    assert_eq!(s.to_acknowledgement.p90, Some(19.0));
    // Executed: a after 100 days, c after 30 (from its registration).
    assert_eq!(s.to_execution.count, 2);
    assert_eq!(s.to_execution.mean, Some(65.0));
    assert_eq!(s.to_execution.p90, Some(93.0));

    let only_2025 = statistics(
        &cases,
        events_of,
        Scope {
            direction: None,
            year: Some(2025),
        },
    );
    assert_eq!(only_2025.total, 1);
    assert_eq!(only_2025.to_execution.median, Some(100.0));
    let incoming = statistics(
        &cases,
        events_of,
        Scope {
            direction: Some(Direction::Incoming),
            year: None,
        },
    );
    assert_eq!(incoming.total, 1);
    assert_eq!(incoming.to_execution.median, Some(30.0));
    assert_eq!(incoming.to_acknowledgement.count, 0);
}
