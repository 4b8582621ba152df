//! The status comes from the log; the log decides what may happen next.

use mla_core::cases::events::{check_event, in_order, possible};
use mla_core::cases::{
    status, CaseKind, Channel, Direction, EventKind as E, EventProblem as P, RefusalGround,
    Status as S,
};

use super::{case, d, incoming, outgoing, Log};

#[test]
fn an_outgoing_request_walks_its_lifecycle() {
    let c = outgoing("out-1");
    let mut log = Log::of(&c);
    assert_eq!(status(&c, &log.refs()), S::Drafted);
    let steps = [
        ("2026-02-01", E::Sent, S::Sent),
        ("2026-02-10", E::Acknowledged, S::Acknowledged),
        (
            "2026-03-01",
            E::InformationRequested,
            S::InformationRequested,
        ),
        // Supplying what was asked returns the case to where it stood.
        ("2026-03-05", E::InformationSupplied, S::Acknowledged),
        ("2026-04-01", E::InExecution, S::InExecution),
        // Events that change nothing leave the status alone.
        ("2026-04-02", E::FollowUp, S::InExecution),
        ("2026-04-03", E::Reply, S::InExecution),
        ("2026-04-04", E::Note, S::InExecution),
        ("2026-05-01", E::PartiallyExecuted, S::PartiallyExecuted),
        ("2026-06-01", E::Executed, S::Executed),
    ];
    for (date, kind, expected) in steps {
        log.add(date, kind);
        assert_eq!(status(&c, &log.refs()), expected, "after {}", kind.name());
    }
    assert!(S::Executed.is_closed());
}

#[test]
fn information_asked_twice_returns_to_the_status_before_the_first_request() {
    let c = outgoing("out-2");
    let log = Log::of(&c)
        .with("2026-02-01", E::Sent)
        .with("2026-02-05", E::InExecution)
        .with("2026-02-10", E::InformationRequested)
        .with("2026-02-12", E::InformationRequested)
        .with("2026-02-20", E::InformationSupplied);
    assert_eq!(status(&c, &log.refs()), S::InExecution);
    // A supply nobody asked for changes nothing.
    let log = Log::of(&c)
        .with("2026-02-01", E::Sent)
        .with("2026-02-20", E::InformationSupplied);
    assert_eq!(status(&c, &log.refs()), S::Sent);
}

#[test]
fn an_incoming_request_is_received_registered_reviewed_then_forwarded_or_returned() {
    let c = incoming("in-1");
    let mut log = Log::of(&c);
    assert_eq!(status(&c, &log.refs()), S::Received);
    log.add("2026-01-06", E::Registered);
    assert_eq!(status(&c, &log.refs()), S::Registered);
    log.add("2026-01-08", E::CompletenessReviewed);
    assert_eq!(status(&c, &log.refs()), S::CompletenessReviewed);
    let mut forwarded = Log::of(&c);
    forwarded.events = log.events.clone();
    forwarded.add("2026-01-09", E::Forwarded);
    assert_eq!(status(&c, &forwarded.refs()), S::Forwarded);
    assert!(
        !S::Forwarded.is_closed(),
        "the executing authority still has it"
    );
    log.add("2026-01-09", E::ReturnedForInformation);
    assert_eq!(status(&c, &log.refs()), S::ReturnedForInformation);
    assert!(S::ReturnedForInformation.is_closed());
}

#[test]
fn events_count_in_the_order_they_happened_not_the_order_they_were_typed() {
    let c = outgoing("out-3");
    // The acknowledgement is typed first, the sending (earlier) later.
    let log = Log::of(&c)
        .with("2026-02-05", E::Acknowledged)
        .with("2026-02-01", E::Sent);
    assert_eq!(status(&c, &log.refs()), S::Acknowledged);
    let ordered: Vec<E> = in_order(log.refs()).iter().map(|e| e.kind).collect();
    assert_eq!(ordered, [E::Sent, E::Acknowledged]);

    // On the same day, the one recorded later comes later.
    let log = Log::of(&c)
        .with("2026-02-01", E::Sent)
        .with("2026-03-01", E::PartiallyExecuted)
        .with("2026-03-01", E::InExecution);
    assert_eq!(status(&c, &log.refs()), S::InExecution);
    // Recorded the other way round, the partial execution comes last.
    let mut swapped = Log::of(&c);
    swapped.events = log.events.clone();
    let (first, second) = (
        log.events[1].recorded.clone(),
        log.events[2].recorded.clone(),
    );
    swapped.events[1].recorded = second;
    swapped.events[2].recorded = first;
    assert_eq!(status(&c, &swapped.refs()), S::PartiallyExecuted);

    // Another case's events are not this case's.
    let other = outgoing("other");
    let theirs = Log::of(&other).with("2026-02-01", E::Sent);
    let mixed: Vec<_> = theirs.refs();
    assert_eq!(status(&c, &mixed), S::Drafted);
}

#[test]
fn only_legal_next_events_are_offered() {
    let c = outgoing("out-4");
    let mut log = Log::of(&c);
    let now = possible(&c, &log.refs());
    assert!(now.contains(&E::Sent));
    for not_yet in [
        E::Acknowledged,
        E::Executed,
        E::FollowUp,
        E::InformationSupplied,
    ] {
        assert!(!now.contains(&not_yet), "{} before sending", not_yet.name());
    }
    log.add("2026-02-01", E::Sent);
    let now = possible(&c, &log.refs());
    assert!(!now.contains(&E::Sent), "sent twice");
    for next in [
        E::Acknowledged,
        E::FollowUp,
        E::Refused,
        E::Withdrawn,
        E::InformationRequested,
    ] {
        assert!(now.contains(&next), "{} after sending", next.name());
    }
    assert!(!now.contains(&E::InformationSupplied), "nothing was asked");
    for incoming_only in [
        E::Registered,
        E::CompletenessReviewed,
        E::Forwarded,
        E::ReturnedForInformation,
    ] {
        assert!(!now.contains(&incoming_only), "{}", incoming_only.name());
    }
    log.add("2026-02-10", E::InformationRequested);
    assert!(possible(&c, &log.refs()).contains(&E::InformationSupplied));

    // A closed case takes notes and late replies only.
    log.add("2026-03-01", E::Executed);
    assert_eq!(possible(&c, &log.refs()), [E::Reply, E::Note]);
    let refused = Log::of(&c)
        .with("2026-02-01", E::Sent)
        .with("2026-02-02", E::Refused);
    assert_eq!(possible(&c, &refused.refs()), [E::Reply, E::Note]);
}

#[test]
fn an_incoming_case_is_never_sent_and_is_registered_before_review() {
    let c = incoming("in-2");
    let mut log = Log::of(&c);
    let now = possible(&c, &log.refs());
    for outgoing_only in [
        E::Sent,
        E::Acknowledged,
        E::FollowUp,
        E::Withdrawn,
        E::Lapsed,
    ] {
        assert!(!now.contains(&outgoing_only), "{}", outgoing_only.name());
    }
    assert!(now.contains(&E::Registered));
    assert!(!now.contains(&E::CompletenessReviewed));
    assert!(!now.contains(&E::Forwarded));
    log.add("2026-01-06", E::Registered);
    let now = possible(&c, &log.refs());
    assert!(!now.contains(&E::Registered), "registered twice");
    assert!(now.contains(&E::CompletenessReviewed) && now.contains(&E::Forwarded));
    assert!(now.contains(&E::ReturnedForInformation));
}

#[test]
fn clocks_of_a_kind_are_offered_only_for_that_kind() {
    for (kind, arrest, preserve, freeze) in [
        (CaseKind::MutualAssistance, false, true, true),
        (CaseKind::AssetRecovery, false, false, true),
        (CaseKind::ProvisionalArrest, true, false, false),
        (CaseKind::Extradition, true, false, false),
        (CaseKind::TransferOfSentencedPersons, false, false, false),
    ] {
        let c = case("k", Direction::Outgoing, kind);
        let log = Log::of(&c).with("2026-02-01", E::Sent);
        let now = possible(&c, &log.refs());
        assert_eq!(now.contains(&E::PersonArrested), arrest, "{kind:?}");
        assert_eq!(now.contains(&E::FormalRequestSent), arrest, "{kind:?}");
        assert_eq!(now.contains(&E::DataPreserved), preserve, "{kind:?}");
        assert_eq!(now.contains(&E::AssetsFrozen), freeze, "{kind:?}");
        // Nothing happens abroad before the request has left.
        assert!(!possible(&c, &[]).contains(&E::PersonArrested), "{kind:?}");
    }
}

#[test]
fn an_event_is_checked_before_it_is_added() {
    let today = d("2026-03-01");
    let mut c = outgoing("out-5");
    let mut log = Log::of(&c);

    let mut sent = log.clone_event("2026-02-01", E::Sent);
    assert_eq!(
        check_event(&c, &log.refs(), &sent, today),
        [P::ChannelMissing]
    );
    sent.channel = Some(Channel::CentralAuthority);
    assert_eq!(check_event(&c, &log.refs(), &sent, today), []);
    // The case's channel is the sending's unless the event says otherwise.
    sent.channel = None;
    c.channel = Some(Channel::Diplomatic);
    assert_eq!(check_event(&c, &log.refs(), &sent, today), []);

    sent.who = "  ".into();
    sent.date = d("2026-03-02");
    assert_eq!(
        check_event(&c, &log.refs(), &sent, today),
        [P::WhoMissing, P::InFuture]
    );
    // Today itself is not the future.
    sent.who = "B. Clerk".into();
    sent.date = today;
    assert_eq!(check_event(&c, &log.refs(), &sent, today), []);

    log.add("2026-02-01", E::Sent);
    let again = log.clone_event("2026-02-02", E::Sent);
    assert_eq!(check_event(&c, &log.refs(), &again, today), [P::NotNow]);

    let mut refused = log.clone_event("2026-02-20", E::Refused);
    assert_eq!(
        check_event(&c, &log.refs(), &refused, today),
        [P::GroundMissing]
    );
    refused.ground = Some(RefusalGround::DualCriminality);
    assert_eq!(check_event(&c, &log.refs(), &refused, today), []);

    let arrested = log.clone_event("2026-02-20", E::PersonArrested);
    assert_eq!(check_event(&c, &log.refs(), &arrested, today), [P::NotNow]);
}

impl Log {
    /// An event not (yet) in the log.
    fn clone_event(&self, date: &str, kind: E) -> mla_core::cases::Event {
        let mut scratch = Log {
            case_id: self.case_id.clone(),
            events: self.events.clone(),
        };
        scratch.add(date, kind).clone()
    }
}
