//! A case of the register: one request sent or received, from the first
//! draft or arrival to its closing.

use serde::{Deserialize, Serialize};

use crate::dates::Date;
use crate::model::Draft;
use crate::revision::Revisions;

/// Version of a stored case record. Raise it with a migration in
/// [`super::file`] when the record changes.
pub const CASE_VERSION: u32 = 1;

named_enum! {
    /// Which way the request goes.
    pub enum Direction {
        Outgoing = "outgoing",
        Incoming = "incoming",
    }
}

named_enum! {
    /// What kind of request the case is.
    pub enum CaseKind {
        MutualAssistance = "mutual_assistance",
        AssetRecovery = "asset_recovery",
        Extradition = "extradition",
        ProvisionalArrest = "provisional_arrest",
        TransferOfSentencedPersons = "transfer_of_sentenced_persons",
        Other = "other",
    }
}

named_enum! {
    /// How the request travels (UNTOC art. 18(13); ECE art. 16(3)).
    pub enum Channel {
        CentralAuthority = "central_authority",
        Direct = "direct",
        Diplomatic = "diplomatic",
        Interpol = "interpol",
        Network247 = "network_24_7",
        EurojustEjn = "eurojust_ejn",
        Other = "other",
    }
}

named_enum! {
    /// How soon the case needs attention.
    pub enum Priority {
        Normal = "normal",
        High = "high",
    }
}

/// The other side of the case.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Counterpart {
    /// ISO 3166-1 alpha-2 code when known, else the name as typed.
    pub state: String,
    pub authority: String,
    /// The directory record the authority was picked from, if any.
    pub directory_id: String,
    /// Contact person, telephone, e-mail.
    pub contact: String,
}

/// A document archived in a case: the exact bytes that were sent. The
/// bytes live in their own record (read on demand); the case keeps what
/// identifies them, so a changed byte shows as damage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ArchivedRef {
    pub id: String,
    pub name: String,
    pub media_type: String,
    pub size: u64,
    /// SHA-256 of the bytes, lowercase hex.
    pub sha256: String,
    pub archived: Date,
    /// The draft it was made from, when it was.
    #[serde(default)]
    pub draft_id: String,
}

/// One case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub case_version: u32,
    /// A UUID.
    pub id: String,
    pub revisions: Revisions,
    /// RFC 3339 times set by the caller.
    pub created: String,
    pub updated: String,
    /// A deleted case stays as a tombstone, so a deletion replicates.
    #[serde(default)]
    pub deleted: bool,
    pub direction: Direction,
    pub kind: CaseKind,
    /// Our reference: unique in the register, printed on documents.
    pub our_reference: String,
    #[serde(default)]
    pub their_reference: String,
    #[serde(default)]
    pub counterpart: Counterpart,
    #[serde(default)]
    pub channel: Option<Channel>,
    #[serde(default)]
    pub legal_basis: String,
    /// The domestic case: authority, prosecutor or court, number.
    #[serde(default)]
    pub domestic_case: String,
    #[serde(default)]
    pub subject: String,
    #[serde(default)]
    pub offences: Vec<String>,
    /// Names only: the register links to drafts rather than copying them.
    #[serde(default)]
    pub persons: Vec<String>,
    #[serde(default)]
    pub assets: Vec<String>,
    #[serde(default = "normal")]
    pub priority: Priority,
    #[serde(default)]
    pub urgent: bool,
    /// The responsible officer.
    #[serde(default)]
    pub officer: String,
    /// When an incoming request arrived (it may be registered later).
    #[serde(default)]
    pub received: Option<Date>,
    /// The date by which execution is asked for (ours or theirs).
    #[serde(default)]
    pub execution_by: Option<Date>,
    /// Our own deadline and its reason (trial date, custody limit).
    #[serde(default)]
    pub deadline: Option<Date>,
    #[serde(default)]
    pub deadline_reason: String,
    /// Chasing reminders: days without an answer after which to follow up.
    #[serde(default = "default_reminders")]
    pub reminder_days: Vec<u32>,
    /// The days the requested State allows for the formal request after a
    /// provisional arrest, when its treaty sets another figure than 18.
    #[serde(default)]
    pub arrest_limit_days: Option<u32>,
    /// Drafts of this case: the request, supplementary requests, replies.
    #[serde(default)]
    pub drafts: Vec<String>,
    #[serde(default)]
    pub documents: Vec<ArchivedRef>,
    #[serde(default)]
    pub notes: String,
}

fn normal() -> Priority {
    Priority::Normal
}

/// Follow up after 30, 60 and 90 days without an answer.
pub fn default_reminders() -> Vec<u32> {
    vec![30, 60, 90]
}

impl Case {
    /// A new, empty case.
    pub fn new(id: &str, now: &str, direction: Direction, kind: CaseKind) -> Case {
        Case {
            case_version: CASE_VERSION,
            id: id.into(),
            revisions: Revisions::default(),
            created: now.into(),
            updated: now.into(),
            deleted: false,
            direction,
            kind,
            our_reference: String::new(),
            their_reference: String::new(),
            counterpart: Counterpart::default(),
            channel: None,
            legal_basis: String::new(),
            domestic_case: String::new(),
            subject: String::new(),
            offences: Vec::new(),
            persons: Vec::new(),
            assets: Vec::new(),
            priority: Priority::Normal,
            urgent: false,
            officer: String::new(),
            received: None,
            execution_by: None,
            deadline: None,
            deadline_reason: String::new(),
            reminder_days: default_reminders(),
            arrest_limit_days: None,
            drafts: Vec::new(),
            documents: Vec::new(),
            notes: String::new(),
        }
    }

    /// An outgoing case opened from a draft: what the draft already says
    /// about the addressee, the basis, the subject, the offences and the
    /// people (names only), and the draft linked.
    pub fn from_draft(id: &str, now: &str, draft: &Draft) -> Case {
        let mut case = Case::new(id, now, Direction::Outgoing, CaseKind::MutualAssistance);
        case.our_reference = draft.requesting.reference.trim().to_string();
        case.counterpart.state = draft.requested.state.trim().to_string();
        case.counterpart.authority = draft.requested.authority_name.trim().to_string();
        case.counterpart.directory_id = draft.requested.directory_id.clone();
        case.legal_basis = draft
            .legal_basis
            .instruments
            .iter()
            .map(|i| match i.articles.trim() {
                "" => i.title.trim().to_string(),
                articles => format!("{}, {articles}", i.title.trim()),
            })
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join("; ");
        case.domestic_case = [
            draft.proceedings.authority.trim(),
            draft.proceedings.case_reference.trim(),
        ]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
        case.subject = match draft.proceedings.subject.trim() {
            "" => draft.title.trim().to_string(),
            subject => subject.to_string(),
        };
        case.offences = draft
            .offences
            .iter()
            .map(|o| o.name.trim().to_string())
            .filter(|n| !n.is_empty())
            .collect();
        case.persons = draft
            .persons
            .iter()
            .map(|p| {
                format!("{} {}", p.given_names.trim(), p.family_name.trim())
                    .trim()
                    .to_string()
            })
            .filter(|n| !n.is_empty())
            .collect();
        case.urgent = draft.urgency.urgent;
        case.priority = if draft.urgency.urgent {
            Priority::High
        } else {
            Priority::Normal
        };
        case.deadline = Date::parse(&draft.urgency.deadline);
        case.deadline_reason = draft.urgency.deadline_reason.trim().to_string();
        case.drafts.push(draft.id.clone());
        case
    }

    /// The case's JSON without its revisions: what a revision hashes.
    pub fn content(&self) -> String {
        let mut plain = self.clone();
        plain.revisions = Revisions::default();
        serde_json::to_string(&plain).unwrap_or_default()
    }

    pub fn rev(&self) -> String {
        self.revisions.rev()
    }
}

/// Reminder steps as a user types them ("30, 60, 90"), Arabic-Indic and
/// Persian digits and the Arabic comma included; `None` when any part is
/// not a whole number of days from 1 to 3650 (the caller keeps the last
/// good steps).
pub fn parse_reminder_days(text: &str) -> Option<Vec<u32>> {
    let text: String = text
        .chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            c => c,
        })
        .collect();
    text.split([',', ';', ' ', '\u{060C}', '\u{061B}'])
        .filter(|s| !s.trim().is_empty())
        .map(|s| {
            s.trim()
                .parse::<u32>()
                .ok()
                .filter(|d| (1..=3650).contains(d))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::parse_reminder_days;

    #[test]
    fn reminder_steps_as_typed() {
        assert_eq!(parse_reminder_days("30, 60, 90"), Some(vec![30, 60, 90]));
        assert_eq!(parse_reminder_days("۳۰، ۶۰"), Some(vec![30, 60]));
        assert_eq!(parse_reminder_days("٣٠؛ ٩٠"), Some(vec![30, 90]));
        assert_eq!(parse_reminder_days("30, x"), None);
        assert_eq!(parse_reminder_days("0"), None);
        assert_eq!(parse_reminder_days("4000"), None);
    }
}
