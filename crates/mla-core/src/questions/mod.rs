//! The wizard's questions about the request as a whole (who asks whom, on
//! what basis, in which proceedings, the offences, facts, persons,
//! conditions, annexes and signature), each written once.
//!
//! A question is named by a [`Q`], asked on one [`Step`], bound to one field
//! of the draft through accessors generated from the field's path, so the
//! path a finding reports, the DOM id of the control and the value it edits
//! cannot drift apart. The app renders a step from [`parts`]; the rules
//! report their paths with [`Q::path`] and [`Q::path_at`]; `tests/questions.rs`
//! checks that every path a rule reports is asked on a step where it applies.
//!
//! Each measure type's questions are in [`measures`], typed against its
//! variant of the model.

pub mod measures;

use crate::languages::Lang;
use crate::model::{
    Annex, DataCategories, Draft, Fact, HearingStatus, Identifier, IdentifierKind, Instrument,
    Offence, Person, PersonRole, ProceedingsKind,
};
use crate::steps::Step;

/// How a question is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    /// One line of text.
    Text,
    /// Several lines of text.
    Area,
    /// A date, `YYYY-MM-DD`.
    Date,
    /// A date and time, `YYYY-MM-DDTHH:MM` (seconds optional).
    DateTime,
    Email,
    Tel,
    /// A State as an ISO 3166-1 alpha-2 code, with country suggestions.
    State,
    /// Yes or no.
    Check,
    /// A list of short texts, one per line (aliases, addresses).
    Lines,
    /// One of a closed set of values.
    Choice(Choices),
    /// A person of the draft, by id.
    Person,
    /// An annex of the draft, by id (or none).
    Annex,
    /// Electronic identifiers of the draft, by id, any number.
    Identifiers,
    /// A language as its code (`languages::DOCUMENT_LANGUAGES`), named in
    /// the UI language.
    LanguageCode,
    /// Categories of computer data, a box each.
    Categories,
}

/// The closed sets a [`Input::Choice`] picks from; the app names each value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choices {
    ProceedingsKind,
    PersonRole,
    Language,
    HearingStatus,
    IdentifierKind,
    PreservationStatus,
}

impl Choices {
    /// The stored values, in the order offered; `""` (none) is offered first
    /// where the answer is optional.
    pub fn values(self) -> Vec<&'static str> {
        match self {
            Choices::ProceedingsKind => std::iter::once("")
                .chain(ProceedingsKind::ALL.iter().map(|k| k.as_str()))
                .collect(),
            Choices::PersonRole => PersonRole::ALL.iter().map(|r| r.as_str()).collect(),
            Choices::Language => std::iter::once("")
                .chain(crate::languages::LANGUAGES.iter().map(|l| l.tag()))
                .collect(),
            Choices::HearingStatus => HearingStatus::ALL.iter().map(|s| s.as_str()).collect(),
            Choices::IdentifierKind => IdentifierKind::ALL.iter().map(|k| k.as_str()).collect(),
            Choices::PreservationStatus => crate::model::PreservationStatus::ALL
                .iter()
                .map(|s| s.as_str())
                .collect(),
        }
    }
}

/// Reading and writing the answer. `item` is the id of the list item the
/// question is about; questions on the draft itself ignore it.
#[derive(Clone, Copy)]
pub enum Access {
    /// Text, dates, choices (as their stored value) and lines (joined by
    /// newlines, blank lines dropped on the way back).
    Text {
        get: fn(&Draft, &str) -> String,
        set: fn(&mut Draft, &str, String),
    },
    Flag {
        get: fn(&Draft, &str) -> bool,
        set: fn(&mut Draft, &str, bool),
    },
    Categories {
        get: fn(&Draft, &str) -> DataCategories,
        set: fn(&mut Draft, &str, DataCategories),
    },
    /// Ids of items of another list, in the order chosen.
    Ids {
        get: fn(&Draft, &str) -> Vec<String>,
        set: fn(&mut Draft, &str, Vec<String>),
    },
}

/// One question of the wizard.
#[derive(Clone, Copy)]
pub struct Question {
    pub id: Q,
    /// The field's path; list items have `[]` where the index goes.
    pub path: &'static str,
    pub input: Input,
    pub access: Access,
    /// When the question is asked only for some drafts or items (the
    /// reasons for confidentiality once confidentiality is requested, a
    /// company's registration for a legal person), the condition, given the
    /// item's id as the accessors are.
    pub only_if: Option<fn(&Draft, &str) -> bool>,
}

/// A list of items the user adds, each asked the same questions.
pub struct List {
    pub id: ListId,
    /// The list's path; findings about the list as a whole point here.
    pub path: &'static str,
    /// The prefix of a new item's id (`o-…` for offences).
    pub id_prefix: &'static str,
    pub ids: fn(&Draft) -> Vec<String>,
    /// Appends an empty item with the given id.
    pub add: fn(&mut Draft, String),
    pub remove: fn(&mut Draft, &str),
    pub questions: &'static [Question],
}

/// The lists of the request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListId {
    Instruments,
    Offences,
    Facts,
    Persons,
    Identifiers,
    Annexes,
}

/// Headings that group the questions of a long step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Heading {
    Procedures,
    Confidentiality,
    Use,
    Urgency,
    Assurances,
}

/// Helpers shown with the questions, fed by the reference data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    /// The requested State's central authority from the directory.
    Addressee,
    /// The treaties in force between the two States.
    LegalBasisFinder,
}

/// One piece of a step, in order.
pub enum Part {
    Panel(Panel),
    Heading(Heading),
    Ask(Question),
    List(List),
}

/// Declares the question names and their list, so a test can check each is
/// asked exactly once.
macro_rules! names {
    ($($q:ident),+ $(,)?) => {
        /// The name of a question; the app gives each its label.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Q { $($q),+ }
        impl Q {
            pub const ALL: &'static [Q] = &[$(Q::$q),+];
        }
    };
}

names! {
    Title, RequestingState, RequestingAuthority, RequestingFunctions, RequestingAddress,
    RequestingContactPerson, RequestingPhone, RequestingEmail, RequestingReference,
    RequestedState, RequestedAuthority, RequestedAddress,
    InstrumentTitle, InstrumentArticles, Reciprocity,
    ProceedingsKind, ProceedingsSubject, ProceedingsStage, ProceedingsAuthority,
    ProceedingsFunctions, ProceedingsCaseReference,
    OffenceName, OffenceProvision, OffencePenalty, OffenceConduct,
    FactsSummary, FactWhat, FactWho, FactDateFrom, FactDateTo, FactPlace, FactHow,
    PersonRole, PersonFamilyName, PersonGivenNames, PersonAliases, PersonBirthDate,
    PersonBirthPlace, PersonNationality, PersonAddresses, PersonLocation,
    PersonOtherIdentifiers, PersonRegistrationNumber, PersonIncorporationPlace,
    PersonRegisteredAddress,
    IdentifierKind, IdentifierValue, IdentifierTimestamp, IdentifierTimeZone, IdentifierPort,
    Certification, Oath, PresenceOfOfficials, Recording, ProceduresOther,
    ConfidentialityRequested, ConfidentialityReasons, IntendedUses,
    Urgent, UrgencyReasons, Deadline, DeadlineReason,
    AssuranceReciprocity, AssuranceCosts, AssuranceDeathPenalty, AssuranceOther,
    AnnexTitle, AnnexKind, AnnexLanguage, AnnexTranslated,
    Language, SignaturePlace, SignatureDate, SignatoryName, SignatoryTitle,
    // The measures (`measures.rs`).
    MeasurePurpose,
    EvidenceStatus, EvidenceQuestions, EvidenceQuestionsAnnex, EvidenceRights,
    EvidenceOfficialsPresent, EvidenceOfficials, EvidenceInterpreter,
    VideoPerson, VideoStatus, VideoReason, VideoConductedBy, VideoQuestions,
    VideoQuestionsAnnex, VideoRights, VideoProtection, VideoDates, VideoTimeZone, VideoContact,
    VideoInterpreter,
    ServiceDocuments, ServiceProof,
    SearchPremises, SearchItems, SearchGrounds, SearchOrderAnnex, SearchCustody,
    FreezingAsset, FreezingLocation, FreezingValue, FreezingLink, FreezingDissipation,
    FreezingOrderAnnex, FreezingConfiscation,
    ExaminationObject, ExaminationWhat,
    InformationItems, InformationExpert,
    RecordsHolder, RecordsAccounts, RecordsKinds, RecordsFrom, RecordsTo, RecordsCertification,
    TracingProperty, TracingLocations, TracingLink,
    AppearancePerson, AppearanceSafeConduct, AppearanceExpenses,
    TransferPerson, TransferConsent, TransferCustody, TransferReturnBy,
    PreservationCustodian, PreservationIdentifiers, PreservationCategories,
    PreservationRelation, PreservationWhy, PreservationMlaToFollow, PreservationStatus,
    PreservationEarlierReference,
    StoredProvider, StoredIdentifiers, StoredCategories, StoredFrom, StoredTo,
    StoredTimeZone, StoredPreservationReference,
    SubscriberProvider, SubscriberIdentifiers, SubscriberFrom, SubscriberTo,
    SubscriberPreservationReference,
    OtherName, OtherDescription,
}

/// A path from its accessor: `path!(a.b)` is `"a.b"`.
macro_rules! path {
    ($first:ident $(. $rest:ident)*) => {
        concat!(stringify!($first) $(, ".", stringify!($rest))*)
    };
}

/// A question on a field of the draft itself.
macro_rules! ask {
    ($q:ident, Check, $($p:ident).+) => {
        ask!(@ $q, Check, None, $($p).+)
    };
    ($q:ident, Check, if $applies:expr, $($p:ident).+) => {
        ask!(@ $q, Check, Some($applies), $($p).+)
    };
    ($q:ident, $input:ident, $($p:ident).+) => {
        ask!(@@ $q, $input, None, $($p).+)
    };
    ($q:ident, $input:ident, if $applies:expr, $($p:ident).+) => {
        ask!(@@ $q, $input, Some($applies), $($p).+)
    };
    (@@ $q:ident, $input:ident, $applies:expr, $($p:ident).+) => {
        Part::Ask(Question {
            id: Q::$q,
            path: path!($($p).+),
            input: Input::$input,
            access: Access::Text {
                get: |d, _| d.$($p).+.clone(),
                set: |d, _, v| d.$($p).+ = v,
            },
            only_if: $applies,
        })
    };
    (@ $q:ident, Check, $applies:expr, $($p:ident).+) => {
        Part::Ask(Question {
            id: Q::$q,
            path: path!($($p).+),
            input: Input::Check,
            access: Access::Flag {
                get: |d, _| d.$($p).+,
                set: |d, _, v| d.$($p).+ = v,
            },
            only_if: $applies,
        })
    };
}

/// A list of the draft and the questions asked of each item:
/// `list!(Offences, "o", offences: Offence, [ (Q, Input, field), … ])`.
macro_rules! list {
    ($id:ident, $prefix:literal, $l0:ident $(. $l:ident)* : $item:ty, [$($qs:expr),+ $(,)?]) => {
        Part::List(List {
            id: ListId::$id,
            path: path!($l0 $(. $l)*),
            id_prefix: $prefix,
            ids: |d| d.$l0 $(. $l)*.iter().map(|x| x.id.clone()).collect(),
            add: |d, id| d.$l0 $(. $l)*.push(<$item>::with_id(id)),
            remove: |d, id| d.$l0 $(. $l)*.retain(|x| x.id != id),
            questions: &[$($qs),+],
        })
    };
}

/// A question on a field of an item of a list: `item!(Q, Input, list => field)`.
macro_rules! item {
    ($q:ident, Check, $l0:ident $(. $l:ident)* => $f:ident) => {
        Question {
            id: Q::$q,
            path: concat!(path!($l0 $(. $l)*), "[].", stringify!($f)),
            input: Input::Check,
            access: Access::Flag {
                get: |d, id| d.$l0 $(. $l)*.iter().find(|x| x.id == id).is_some_and(|x| x.$f),
                set: |d, id, v| {
                    if let Some(x) = d.$l0 $(. $l)*.iter_mut().find(|x| x.id == id) {
                        x.$f = v;
                    }
                },
            },
            only_if: None,
        }
    };
    ($q:ident, $input:ident, if $applies:ident, $l0:ident $(. $l:ident)* => $f:ident) => {
        Question {
            only_if: Some($applies),
            ..item!($q, $input, $l0 $(. $l)* => $f)
        }
    };
    ($q:ident, $input:ident, $l0:ident $(. $l:ident)* => $f:ident) => {
        Question {
            id: Q::$q,
            path: concat!(path!($l0 $(. $l)*), "[].", stringify!($f)),
            input: Input::$input,
            access: Access::Text {
                get: |d, id| {
                    d.$l0 $(. $l)*.iter().find(|x| x.id == id).map(|x| x.$f.clone()).unwrap_or_default()
                },
                set: |d, id, v| {
                    if let Some(x) = d.$l0 $(. $l)*.iter_mut().find(|x| x.id == id) {
                        x.$f = v;
                    }
                },
            },
            only_if: None,
        }
    };
    ($q:ident, [$input:expr], $l0:ident $(. $l:ident)* => $f:ident, $read:expr, $write:expr) => {
        Question {
            id: Q::$q,
            path: concat!(path!($l0 $(. $l)*), "[].", stringify!($f)),
            input: $input,
            access: Access::Text {
                get: |d, id| {
                    d.$l0 $(. $l)*.iter().find(|x| x.id == id).map($read).unwrap_or_default()
                },
                set: |d, id, v| {
                    if let Some(x) = d.$l0 $(. $l)*.iter_mut().find(|x| x.id == id) {
                        ($write)(x, v);
                    }
                },
            },
            only_if: None,
        }
    };
}

/// A list of lines as the text of a multi-line field, and back.
fn join_lines(lines: &[String]) -> String {
    lines.join("\n")
}

/// The lines of a multi-line field, trimmed, blank ones dropped.
pub fn split_lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

static REQUESTING: &[Part] = &[
    ask!(Title, Text, title),
    ask!(RequestingState, State, requesting.state),
    ask!(RequestingAuthority, Text, requesting.authority.name),
    ask!(RequestingFunctions, Area, requesting.authority.functions),
    ask!(RequestingAddress, Area, requesting.authority.address),
    ask!(
        RequestingContactPerson,
        Text,
        requesting.authority.contact_person
    ),
    ask!(RequestingPhone, Tel, requesting.authority.phone),
    ask!(RequestingEmail, Email, requesting.authority.email),
    ask!(RequestingReference, Text, requesting.reference),
];

static REQUESTED: &[Part] = &[
    Part::Panel(Panel::Addressee),
    ask!(RequestedState, State, requested.state),
    ask!(RequestedAuthority, Text, requested.authority_name),
    ask!(RequestedAddress, Area, requested.address),
];

static LEGAL_BASIS: &[Part] = &[
    Part::Panel(Panel::LegalBasisFinder),
    list!(Instruments, "lb", legal_basis.instruments: Instrument, [
        item!(InstrumentTitle, Text, legal_basis.instruments => title),
        item!(InstrumentArticles, Text, legal_basis.instruments => articles),
    ]),
    ask!(Reciprocity, Check, legal_basis.reciprocity),
];

static PROCEEDINGS: &[Part] = &[
    Part::Ask(Question {
        id: Q::ProceedingsKind,
        path: path!(proceedings.kind),
        input: Input::Choice(Choices::ProceedingsKind),
        access: Access::Text {
            get: |d, _| d.proceedings.kind.map_or("", |k| k.as_str()).to_string(),
            set: |d, _, v| {
                d.proceedings.kind = ProceedingsKind::ALL.into_iter().find(|k| k.as_str() == v)
            },
        },
        only_if: None,
    }),
    ask!(ProceedingsSubject, Area, proceedings.subject),
    ask!(ProceedingsStage, Text, proceedings.stage),
    ask!(ProceedingsAuthority, Text, proceedings.authority),
    ask!(ProceedingsFunctions, Area, proceedings.authority_functions),
    ask!(ProceedingsCaseReference, Text, proceedings.case_reference),
];

static OFFENCES: &[Part] = &[list!(Offences, "o", offences: Offence, [
    item!(OffenceName, Text, offences => name),
    item!(OffenceProvision, Area, offences => provision),
    item!(OffencePenalty, Text, offences => max_penalty),
    item!(OffenceConduct, Area, offences => conduct),
])];

static FACTS: &[Part] = &[
    ask!(FactsSummary, Area, facts.summary),
    list!(Facts, "f", facts.items: Fact, [
        item!(FactWhat, Area, facts.items => what),
        item!(FactWho, Text, facts.items => who),
        item!(FactDateFrom, Date, facts.items => date_from),
        item!(FactDateTo, Date, facts.items => date_to),
        item!(FactPlace, Text, facts.items => place),
        item!(FactHow, Area, facts.items => how),
    ]),
];

static PERSONS: &[Part] = &[
    list!(Persons, "p", persons: Person, [
        item!(PersonRole, [Input::Choice(Choices::PersonRole)], persons => role,
            |x| x.role.as_str().to_string(),
            |x: &mut Person, v: String| {
                if let Some(r) = PersonRole::ALL.into_iter().find(|r| r.as_str() == v) {
                    x.role = r;
                }
            }),
        item!(PersonFamilyName, Text, persons => family_name),
        item!(PersonGivenNames, Text, persons => given_names),
        item!(PersonAliases, [Input::Lines], persons => aliases,
            |x| join_lines(&x.aliases), |x: &mut Person, v: String| x.aliases = split_lines(&v)),
        item!(PersonBirthDate, Date, persons => birth_date),
        item!(PersonBirthPlace, Text, persons => birth_place),
        item!(PersonNationality, Text, persons => nationality),
        item!(PersonAddresses, [Input::Lines], persons => addresses,
            |x| join_lines(&x.addresses), |x: &mut Person, v: String| x.addresses = split_lines(&v)),
        item!(PersonLocation, Text, persons => location),
        item!(PersonOtherIdentifiers, Area, persons => other_identifiers),
        item!(PersonRegistrationNumber, Text, if legal_person, persons => registration_number),
        item!(PersonIncorporationPlace, State, if legal_person, persons => incorporation_place),
        item!(PersonRegisteredAddress, Area, if legal_person, persons => registered_address),
    ]),
    list!(Identifiers, "i", identifiers: Identifier, [
        item!(IdentifierKind, [Input::Choice(Choices::IdentifierKind)], identifiers => kind,
            |x| x.kind.as_str().to_string(),
            |x: &mut Identifier, v: String| {
                if let Some(k) = IdentifierKind::from_value(&v) {
                    x.kind = k;
                }
            }),
        item!(IdentifierValue, Text, identifiers => value),
        item!(IdentifierTimestamp, DateTime, identifiers => timestamp),
        item!(IdentifierTimeZone, Text, identifiers => time_zone),
        item!(IdentifierPort, Text, if is_ip_address, identifiers => port),
    ]),
];

/// A company's registration is asked of a legal person only.
fn legal_person(d: &Draft, id: &str) -> bool {
    d.person(id)
        .is_some_and(|p| p.role == PersonRole::LegalPerson)
}

/// A source port matters only for an IP address (carrier-grade NAT).
fn is_ip_address(d: &Draft, id: &str) -> bool {
    d.identifier(id)
        .is_some_and(|i| i.kind == IdentifierKind::IpAddress)
}

static CONDITIONS: &[Part] = &[
    Part::Heading(Heading::Procedures),
    ask!(Certification, Text, procedures.certification),
    ask!(Oath, Check, procedures.oath),
    ask!(PresenceOfOfficials, Check, procedures.presence_of_officials),
    ask!(Recording, Check, procedures.recording),
    ask!(ProceduresOther, Area, procedures.other),
    Part::Heading(Heading::Confidentiality),
    ask!(ConfidentialityRequested, Check, confidentiality.requested),
    ask!(ConfidentialityReasons, Area, if |d, _| d.confidentiality.requested, confidentiality.reasons),
    Part::Heading(Heading::Use),
    ask!(IntendedUses, Area, use_limitation.intended_uses),
    Part::Heading(Heading::Urgency),
    ask!(Urgent, Check, urgency.urgent),
    ask!(UrgencyReasons, Area, if |d, _| d.urgency.urgent, urgency.reasons),
    ask!(Deadline, Date, urgency.deadline),
    ask!(DeadlineReason, Area, urgency.deadline_reason),
    Part::Heading(Heading::Assurances),
    ask!(AssuranceReciprocity, Check, assurances.reciprocity),
    ask!(AssuranceCosts, Check, assurances.costs),
    ask!(AssuranceDeathPenalty, Check, assurances.death_penalty),
    ask!(AssuranceOther, Area, assurances.other),
];

static ANNEXES: &[Part] = &[list!(Annexes, "a", annexes: Annex, [
    item!(AnnexTitle, Text, annexes => title),
    item!(AnnexKind, Text, annexes => kind),
    item!(AnnexLanguage, LanguageCode, annexes => language),
    item!(AnnexTranslated, Check, annexes => translated),
])];

static SIGNATURE: &[Part] = &[
    Part::Ask(Question {
        id: Q::Language,
        path: path!(language),
        input: Input::Choice(Choices::Language),
        access: Access::Text {
            get: |d, _| d.language.map_or("", Lang::tag).to_string(),
            set: |d, _, v| d.language = Lang::from_tag(&v),
        },
        only_if: None,
    }),
    ask!(SignaturePlace, Text, signature.place),
    ask!(SignatureDate, Date, signature.date),
    ask!(SignatoryName, Text, signature.signatory_name),
    ask!(SignatoryTitle, Text, signature.signatory_title),
];

/// What a step asks, in order. The measures, the check and the document
/// have screens of their own and no parts here.
pub fn parts(step: Step) -> &'static [Part] {
    match step {
        Step::Requesting => REQUESTING,
        Step::Requested => REQUESTED,
        Step::LegalBasis => LEGAL_BASIS,
        Step::Proceedings => PROCEEDINGS,
        Step::Offences => OFFENCES,
        Step::Facts => FACTS,
        Step::Persons => PERSONS,
        Step::Conditions => CONDITIONS,
        Step::Annexes => ANNEXES,
        Step::Signature => SIGNATURE,
        Step::Measures | Step::Check | Step::Document => &[],
    }
}

/// Where a path is asked: the step, and the question when the path names
/// one (`None` for a whole list such as `offences`).
pub fn find(path: &str) -> Option<(Step, Option<&'static Question>)> {
    let shape = shape_of(path);
    for step in Step::ALL {
        for part in parts(step) {
            match part {
                Part::Ask(q) if q.path == shape => return Some((step, Some(q))),
                Part::List(l) if l.path == shape => return Some((step, None)),
                Part::List(l) => {
                    if let Some(q) = l.questions.iter().find(|q| q.path == shape) {
                        return Some((step, Some(q)));
                    }
                }
                _ => {}
            }
        }
    }
    if let Some(q) = measures::all().find(|q| q.path == shape) {
        return Some((Step::Measures, Some(q)));
    }
    let links = measures::Link::ALL.iter().any(|l| l.path() == shape);
    (shape == "measures" || links).then_some((Step::Measures, None))
}

/// The path of the item at `index` from a path shape:
/// `offences[].name` → `offences[2].name` (the inverse of [`shape_of`]).
pub fn path_at(shape: &str, index: usize) -> String {
    shape.replacen("[]", &format!("[{index}]"), 1)
}

/// A path with its indexes taken out: `offences[2].name` → `offences[].name`.
pub fn shape_of(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut in_index = false;
    for c in path.chars() {
        match c {
            '[' => {
                in_index = true;
                out.push('[');
            }
            ']' => {
                in_index = false;
                out.push(']');
            }
            _ if in_index => {}
            _ => out.push(c),
        }
    }
    out
}

impl Q {
    /// The question this name stands for.
    pub fn question(self) -> &'static Question {
        Step::ALL
            .into_iter()
            .flat_map(parts)
            .find_map(|part| match part {
                Part::Ask(q) if q.id == self => Some(q),
                Part::List(l) => l.questions.iter().find(|q| q.id == self),
                _ => None,
            })
            .or_else(|| measures::all().find(|q| q.id == self))
            .expect("every question is asked on a step (tests/questions.rs)")
    }

    /// The path of a question on the draft itself.
    pub fn path(self) -> &'static str {
        self.question().path
    }

    /// The path of a question about the item at `index` of its list.
    pub fn path_at(self, index: usize) -> String {
        path_at(self.question().path, index)
    }
}

impl ListId {
    /// The list this name stands for.
    pub const ALL: &'static [ListId] = &[
        ListId::Instruments,
        ListId::Offences,
        ListId::Facts,
        ListId::Persons,
        ListId::Identifiers,
        ListId::Annexes,
    ];

    pub fn list(self) -> &'static List {
        Step::ALL
            .into_iter()
            .flat_map(parts)
            .find_map(|part| match part {
                Part::List(l) if l.id == self => Some(l),
                _ => None,
            })
            .expect("every list is on a step (tests/questions.rs)")
    }

    pub fn path(self) -> &'static str {
        self.list().path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_come_from_the_accessors() {
        assert_eq!(Q::RequestingAuthority.path(), "requesting.authority.name");
        assert_eq!(Q::OffenceName.path_at(2), "offences[2].name");
        assert_eq!(Q::FactWhat.path_at(0), "facts.items[0].what");
        assert_eq!(ListId::Instruments.path(), "legal_basis.instruments");
        assert_eq!(shape_of("facts.items[12].what"), "facts.items[].what");
    }
}
