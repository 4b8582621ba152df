//! The sample cases training mode starts with, dated from "today" so that
//! each shows a clock at work: a request with no answer past its first
//! follow-up, a provisional arrest whose formal request is due in three
//! days, preserved data about to expire, and an incoming request being
//! registered. References and names are obviously fictitious.

use super::events::{Event, EventKind};
use super::record::{Case, CaseKind, Channel, Direction};
use crate::dates::Date;

/// The sample cases and their events; `id` gives fresh ids.
pub fn samples(today: Date, now: &str, mut id: impl FnMut() -> String) -> (Vec<Case>, Vec<Event>) {
    let mut cases = Vec::new();
    let mut events = Vec::new();
    let event = |case: &Case, days_ago: i32, kind: EventKind, id: String| {
        let mut e = Event::new(
            &id,
            &case.id,
            now,
            today.plus_days(-days_ago),
            "Trainer",
            kind,
        );
        if kind == EventKind::Sent {
            e.channel = case.channel;
        }
        e
    };

    let mut silent = Case::new(&id(), now, Direction::Outgoing, CaseKind::MutualAssistance);
    silent.our_reference = "TRAIN-MLO-001".into();
    silent.counterpart.state = "ES".into();
    silent.channel = Some(Channel::CentralAuthority);
    silent.officer = "Trainee".into();
    silent.persons = vec!["John EXAMPLE".into()];
    events.push(event(&silent, 41, EventKind::Sent, id()));
    cases.push(silent);

    let mut arrest = Case::new(&id(), now, Direction::Outgoing, CaseKind::ProvisionalArrest);
    arrest.our_reference = "TRAIN-EXT-002".into();
    arrest.counterpart.state = "FR".into();
    arrest.channel = Some(Channel::Interpol);
    arrest.officer = "Trainee".into();
    arrest.urgent = true;
    events.push(event(&arrest, 17, EventKind::Sent, id()));
    events.push(event(&arrest, 15, EventKind::PersonArrested, id()));
    cases.push(arrest);

    let mut preserved = Case::new(&id(), now, Direction::Outgoing, CaseKind::MutualAssistance);
    preserved.our_reference = "TRAIN-MLO-003".into();
    preserved.counterpart.state = "PT".into();
    preserved.channel = Some(Channel::Network247);
    preserved.officer = "Trainee".into();
    events.push(event(&preserved, 55, EventKind::Sent, id()));
    events.push(event(&preserved, 52, EventKind::DataPreserved, id()));
    cases.push(preserved);

    let mut incoming = Case::new(&id(), now, Direction::Incoming, CaseKind::MutualAssistance);
    incoming.our_reference = "TRAIN-MLI-004".into();
    incoming.their_reference = "2026/RU/118".into();
    incoming.counterpart.state = "HR".into();
    incoming.officer = "Trainee".into();
    incoming.received = Some(today.plus_days(-2));
    cases.push(incoming);

    (cases, events)
}
