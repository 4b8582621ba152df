//! The event log of a case and the status derived from it.
//!
//! Events are append-only: a mistake is corrected by a later event, never
//! by editing an earlier one, so the log is the case's audit trail (who,
//! what, when) and two tabs or two officers adding events never overwrite
//! each other. The current status is computed from the log, never stored.

use serde::{Deserialize, Serialize};

use super::record::{Case, CaseKind, Direction};
use crate::dates::Date;
use crate::revision::Revisions;

/// Version of a stored event record.
pub const EVENT_VERSION: u32 = 1;

named_enum! {
    /// Where a case stands.
    pub enum Status {
        Drafted = "drafted",
        Sent = "sent",
        Acknowledged = "acknowledged",
        InformationRequested = "information_requested",
        InExecution = "in_execution",
        PartiallyExecuted = "partially_executed",
        Executed = "executed",
        Refused = "refused",
        Withdrawn = "withdrawn",
        Lapsed = "lapsed",
        Received = "received",
        Registered = "registered",
        CompletenessReviewed = "completeness_reviewed",
        Forwarded = "forwarded",
        ReturnedForInformation = "returned_for_information",
    }
}

impl Status {
    /// A closed case runs no clocks and is not pending.
    pub fn is_closed(self) -> bool {
        matches!(
            self,
            Status::Executed
                | Status::Refused
                | Status::Withdrawn
                | Status::Lapsed
                | Status::ReturnedForInformation
        )
    }

    /// The first status of a case going this way.
    pub fn initial(direction: Direction) -> Status {
        match direction {
            Direction::Outgoing => Status::Drafted,
            Direction::Incoming => Status::Received,
        }
    }
}

named_enum! {
    /// What happened.
    pub enum EventKind {
        Sent = "sent",
        Acknowledged = "acknowledged",
        InformationRequested = "information_requested",
        InformationSupplied = "information_supplied",
        InExecution = "in_execution",
        PartiallyExecuted = "partially_executed",
        Executed = "executed",
        Refused = "refused",
        Withdrawn = "withdrawn",
        Lapsed = "lapsed",
        Registered = "registered",
        CompletenessReviewed = "completeness_reviewed",
        Forwarded = "forwarded",
        ReturnedForInformation = "returned_for_information",
        /// We asked the other side where things stand (UNTOC 18(24)).
        FollowUp = "follow_up",
        /// The other side answered without changing the status.
        Reply = "reply",
        /// A supplementary request went out or came in.
        Supplementary = "supplementary",
        /// The person was provisionally arrested: the formal request's
        /// clock starts (ECE art. 16(4)).
        PersonArrested = "person_arrested",
        /// The formal extradition request was sent after an arrest.
        FormalRequestSent = "formal_request_sent",
        /// The data were preserved (Budapest art. 29(7)).
        DataPreserved = "data_preserved",
        /// The assets were frozen or seized, until a date if set.
        AssetsFrozen = "assets_frozen",
        Note = "note",
    }
}

impl EventKind {
    /// The status this event puts the case in, if it changes it.
    pub fn status(self) -> Option<Status> {
        Some(match self {
            EventKind::Sent => Status::Sent,
            EventKind::Acknowledged => Status::Acknowledged,
            EventKind::InformationRequested => Status::InformationRequested,
            EventKind::InExecution => Status::InExecution,
            EventKind::PartiallyExecuted => Status::PartiallyExecuted,
            EventKind::Executed => Status::Executed,
            EventKind::Refused => Status::Refused,
            EventKind::Withdrawn => Status::Withdrawn,
            EventKind::Lapsed => Status::Lapsed,
            EventKind::Registered => Status::Registered,
            EventKind::CompletenessReviewed => Status::CompletenessReviewed,
            EventKind::Forwarded => Status::Forwarded,
            EventKind::ReturnedForInformation => Status::ReturnedForInformation,
            _ => return None,
        })
    }

    /// Whether the other side did something (a reply stops the silence
    /// that chasing reminders count).
    pub fn is_answer(self) -> bool {
        matches!(
            self,
            EventKind::Acknowledged
                | EventKind::InformationRequested
                | EventKind::InExecution
                | EventKind::PartiallyExecuted
                | EventKind::Executed
                | EventKind::Refused
                | EventKind::Reply
                | EventKind::PersonArrested
                | EventKind::DataPreserved
                | EventKind::AssetsFrozen
        )
    }

    /// Whether the event is part of this kind of case at all.
    fn belongs(self, direction: Direction, kind: CaseKind) -> bool {
        use EventKind as E;
        match self {
            E::Sent | E::Acknowledged | E::FollowUp | E::Withdrawn | E::Lapsed => {
                direction == Direction::Outgoing
            }
            E::Registered | E::CompletenessReviewed | E::Forwarded | E::ReturnedForInformation => {
                direction == Direction::Incoming
            }
            E::PersonArrested | E::FormalRequestSent => {
                matches!(kind, CaseKind::ProvisionalArrest | CaseKind::Extradition)
            }
            E::DataPreserved => kind == CaseKind::MutualAssistance,
            E::AssetsFrozen => matches!(kind, CaseKind::MutualAssistance | CaseKind::AssetRecovery),
            _ => true,
        }
    }

    /// Whether the event can happen to a case in this status.
    fn follows(self, status: Status) -> bool {
        use EventKind as E;
        use Status as S;
        if status.is_closed() {
            // A closed case takes notes and late replies only.
            return matches!(self, E::Note | E::Reply);
        }
        match self {
            E::Sent => status == S::Drafted,
            E::Registered => status == S::Received,
            E::CompletenessReviewed => status == S::Registered,
            E::Forwarded | E::ReturnedForInformation => {
                matches!(status, S::Registered | S::CompletenessReviewed)
            }
            E::InformationSupplied => status == S::InformationRequested,
            // Everything that needs the request to have left first.
            E::Acknowledged
            | E::InformationRequested
            | E::InExecution
            | E::PartiallyExecuted
            | E::Executed
            | E::Refused
            | E::FollowUp
            | E::Lapsed
            | E::PersonArrested
            | E::FormalRequestSent
            | E::DataPreserved
            | E::AssetsFrozen => status != S::Drafted,
            E::Withdrawn | E::Reply | E::Supplementary | E::Note => true,
        }
    }
}

named_enum! {
    /// Why a request was refused: the grounds of UNTOC art. 18(21) and
    /// the usual treaty grounds, coded for statistics.
    pub enum RefusalGround {
        NotInAccordance = "not_in_accordance",
        EssentialInterests = "essential_interests",
        PoliticalOffence = "political_offence",
        Discrimination = "discrimination",
        DualCriminality = "dual_criminality",
        NeBisInIdem = "ne_bis_in_idem",
        DeathPenalty = "death_penalty",
        OwnNational = "own_national",
        LapseOfTime = "lapse_of_time",
        Insufficient = "insufficient_information",
        DomesticLaw = "domestic_law",
        Other = "other",
    }
}

/// One event of a case's log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub event_version: u32,
    /// A UUID.
    pub id: String,
    pub case_id: String,
    pub revisions: Revisions,
    /// When it was recorded (RFC 3339, set by the caller): the audit trail.
    pub recorded: String,
    /// When it happened, as the user says.
    pub date: Date,
    /// Who recorded it.
    pub who: String,
    pub kind: EventKind,
    #[serde(default)]
    pub note: String,
    /// Why, for a refusal.
    #[serde(default)]
    pub ground: Option<RefusalGround>,
    /// Until when, for preserved data or frozen assets.
    #[serde(default)]
    pub until: Option<Date>,
    /// The channel of a sending or a follow-up.
    #[serde(default)]
    pub channel: Option<super::record::Channel>,
    /// An archived document of the case ([`super::record::ArchivedRef`]).
    #[serde(default)]
    pub document: Option<String>,
}

impl Event {
    /// A new event, not yet given a revision (the store does that).
    pub fn new(
        id: &str,
        case_id: &str,
        recorded: &str,
        date: Date,
        who: &str,
        kind: EventKind,
    ) -> Event {
        Event {
            event_version: EVENT_VERSION,
            id: id.into(),
            case_id: case_id.into(),
            revisions: Revisions::default(),
            recorded: recorded.into(),
            date,
            who: who.trim().into(),
            kind,
            note: String::new(),
            ground: None,
            until: None,
            channel: None,
            document: None,
        }
    }

    pub fn content(&self) -> String {
        let mut plain = self.clone();
        plain.revisions = Revisions::default();
        serde_json::to_string(&plain).unwrap_or_default()
    }
}

/// A case's events in the order they happened (date, then when recorded,
/// then id, so every device orders them the same).
pub fn in_order<'a>(events: impl IntoIterator<Item = &'a Event>) -> Vec<&'a Event> {
    let mut list: Vec<&Event> = events.into_iter().collect();
    list.sort_by(|a, b| (a.date, &a.recorded, &a.id).cmp(&(b.date, &b.recorded, &b.id)));
    list
}

/// The case's current status: the last status its log reached. A supply
/// of the information asked for returns the case to where it was.
pub fn status(case: &Case, events: &[&Event]) -> Status {
    let mut current = Status::initial(case.direction);
    let mut before_request = current;
    for event in in_order(events.iter().copied()) {
        if event.case_id != case.id {
            continue;
        }
        match event.kind {
            EventKind::InformationRequested => {
                if current != Status::InformationRequested {
                    before_request = current;
                }
                current = Status::InformationRequested;
            }
            EventKind::InformationSupplied if current == Status::InformationRequested => {
                current = before_request;
            }
            kind => {
                if let Some(next) = kind.status() {
                    current = next;
                }
            }
        }
    }
    current
}

/// The first date the log shows for an event of this kind.
pub fn first(events: &[&Event], kind: EventKind) -> Option<Date> {
    events
        .iter()
        .filter(|e| e.kind == kind)
        .map(|e| e.date)
        .min()
}

/// The date the case started its journey: sent (outgoing) or received
/// (incoming; when the date of receipt is not recorded, the day it was
/// entered in the register, or its registration if that says earlier).
pub fn opened(case: &Case, events: &[&Event]) -> Option<Date> {
    match case.direction {
        Direction::Outgoing => first(events, EventKind::Sent),
        Direction::Incoming => case.received.or_else(|| {
            Date::parse(&case.created)
                .into_iter()
                .chain(first(events, EventKind::Registered))
                .min()
        }),
    }
}

/// The events a user may add to a case now, in the order the form offers
/// them (the likely next step first).
pub fn possible(case: &Case, events: &[&Event]) -> Vec<EventKind> {
    let now = status(case, events);
    EventKind::ALL
        .iter()
        .copied()
        .filter(|k| k.belongs(case.direction, case.kind) && k.follows(now))
        .collect()
}

/// What is wrong with an event the user is about to add.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventProblem {
    /// This event cannot happen to the case now (its status, direction or
    /// kind rule it out).
    NotNow,
    /// Who recorded it is required (the audit trail, REG-19).
    WhoMissing,
    /// The date is after today.
    InFuture,
    /// Sending needs the channel (REG-06, UNTOC 18(13)).
    ChannelMissing,
    /// A refusal needs its ground (REG-14, UNTOC 18(23)).
    GroundMissing,
}

/// Checks an event before it is added to the log.
pub fn check_event(
    case: &Case,
    events: &[&Event],
    event: &Event,
    today: Date,
) -> Vec<EventProblem> {
    let mut problems = Vec::new();
    if !possible(case, events).contains(&event.kind) {
        problems.push(EventProblem::NotNow);
    }
    if event.who.trim().is_empty() {
        problems.push(EventProblem::WhoMissing);
    }
    if event.date > today {
        problems.push(EventProblem::InFuture);
    }
    if event.kind == EventKind::Sent && event.channel.or(case.channel).is_none() {
        problems.push(EventProblem::ChannelMissing);
    }
    if event.kind == EventKind::Refused && event.ground.is_none() {
        problems.push(EventProblem::GroundMissing);
    }
    problems
}
