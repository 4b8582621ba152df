//! The request draft: plain serde types, no signals, no browser types.
//!
//! Every field has a default so that a half-filled draft (the normal state of
//! a draft) loads, and so that a field added later does not break old files.
//! Ids are strings chosen by the caller; links between parts of the draft
//! (a measure to its facts, persons and offences) are by id, never by index,
//! so reordering never breaks a link.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::languages::Lang;
use crate::revision::Revisions;

// Each kind of measure's fields live with its questions, rules and
// paragraphs (`kinds::measures`); the draft stores them here.
pub use crate::kinds::measures::{MeasureKind, MeasureType};

/// The draft format version written by this build. Older versions are
/// migrated on load by [`crate::migrate`].
/// 5: `revisions` and `deleted`, as the case register's records.
pub const SCHEMA_VERSION: u32 = 5;

/// A request for mutual legal assistance as the user is drafting it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Draft {
    pub schema_version: u32,
    pub id: String,
    /// The draft's revision history in CouchDB's `_revisions` form, as the
    /// case register's records have, so drafts can later replicate:
    /// advanced by every save, empty before the first.
    pub revisions: Revisions,
    /// The user's own name for the draft, shown in the drafts list.
    pub title: String,
    /// RFC 3339 timestamps, set by the caller (the core never reads a clock).
    pub created: String,
    /// The time of the last change (of the deletion, for a tombstone).
    pub updated: String,
    /// A deleted draft stays as a tombstone (its id, revisions and time of
    /// deletion, none of its content), so a deletion replicates.
    pub deleted: bool,
    /// Where the user was in the wizard, so a reload returns there.
    pub current_step: String,
    pub requesting: RequestingSide,
    pub requested: RequestedSide,
    pub legal_basis: LegalBasis,
    pub proceedings: Proceedings,
    pub offences: Vec<Offence>,
    pub facts: Facts,
    pub persons: Vec<Person>,
    /// Electronic identifiers (IP addresses, accounts, e-mail addresses...)
    /// that measures on computer data refer to by id.
    pub identifiers: Vec<Identifier>,
    pub measures: Vec<Measure>,
    pub procedures: Procedures,
    pub confidentiality: Confidentiality,
    pub use_limitation: UseLimitation,
    pub urgency: Urgency,
    pub assurances: Assurances,
    pub annexes: Vec<Annex>,
    /// The language the request is written in; stored as its BCP 47 tag,
    /// empty while none is chosen.
    #[serde(with = "crate::languages::tag_or_empty")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::languages::tag_or_empty::Schema")
    )]
    pub language: Option<Lang>,
    pub signature: Signature,
    /// How the request document is laid out, and the user's final edits.
    pub document: DocumentSettings,
    /// Warnings and advice the user has considered and left as they are,
    /// each with the reason (see [`crate::acknowledge`]).
    pub acknowledgements: Vec<Acknowledgement>,
}

impl Draft {
    /// A new, empty draft with the current schema version.
    pub fn new(id: impl Into<String>, now: impl Into<String>) -> Self {
        let now = now.into();
        Draft {
            schema_version: SCHEMA_VERSION,
            id: id.into(),
            created: now.clone(),
            updated: now,
            ..Draft::default()
        }
    }

    /// The draft's JSON without its revisions: what a revision hashes (as
    /// [`crate::cases::Case::content`]).
    pub fn content(&self) -> String {
        let mut plain = self.clone();
        plain.revisions = Revisions::default();
        serde_json::to_string(&plain).unwrap_or_default()
    }

    /// The current revision id, `N-hash`, or empty before the first save.
    pub fn rev(&self) -> String {
        self.revisions.rev()
    }

    /// Whether two drafts say the same, whatever their revisions (the same
    /// draft imported on two devices, say, or saved once more unchanged).
    pub fn same_content(&self, other: &Draft) -> bool {
        self.content() == other.content()
    }

    /// This draft as a new draft under another id (a duplicate, an
    /// imported copy kept beside the original): the same content with a
    /// history of its own, since it is another record.
    pub fn copy_with_id(&self, id: impl Into<String>) -> Draft {
        Draft {
            id: id.into(),
            revisions: Revisions::default(),
            deleted: false,
            ..self.clone()
        }
    }

    /// The offence with this id, if any.
    pub fn offence(&self, id: &str) -> Option<&Offence> {
        self.offences.iter().find(|o| o.id == id)
    }

    /// The fact with this id, if any.
    pub fn fact(&self, id: &str) -> Option<&Fact> {
        self.facts.items.iter().find(|f| f.id == id)
    }

    /// The person with this id, if any.
    pub fn person(&self, id: &str) -> Option<&Person> {
        self.persons.iter().find(|p| p.id == id)
    }

    /// The electronic identifier with this id, if any.
    pub fn identifier(&self, id: &str) -> Option<&Identifier> {
        self.identifiers.iter().find(|i| i.id == id)
    }

    /// The annex with this id, if any.
    pub fn annex(&self, id: &str) -> Option<&Annex> {
        self.annexes.iter().find(|a| a.id == id)
    }
}

/// Contact details of an authority (UNTOC art. 18(15)(a)).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Authority {
    pub name: String,
    pub functions: String,
    pub address: String,
    pub contact_person: String,
    pub phone: String,
    pub email: String,
}

/// The State and authority making the request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct RequestingSide {
    /// ISO 3166-1 alpha-2 code.
    pub state: String,
    pub authority: Authority,
    /// The requesting authority's own reference number.
    pub reference: String,
}

/// The State asked for assistance and the authority addressed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct RequestedSide {
    /// ISO 3166-1 alpha-2 code.
    pub state: String,
    pub authority_name: String,
    pub address: String,
    /// Id of the directory record chosen, once the directory fills this in.
    pub directory_id: String,
}

/// The legal basis: instruments, or reciprocity where none applies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct LegalBasis {
    pub instruments: Vec<Instrument>,
    pub reciprocity: bool,
}

/// One treaty or convention relied on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Instrument {
    pub id: String,
    pub title: String,
    /// The articles relied on, e.g. "art. 18".
    pub articles: String,
}

/// What kind of proceedings the request serves (UNTOC art. 18(15)(b)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ProceedingsKind {
    Investigation,
    Prosecution,
    Trial,
    ExecutionOfSentence,
}

impl ProceedingsKind {
    pub const ALL: [ProceedingsKind; 4] = [
        ProceedingsKind::Investigation,
        ProceedingsKind::Prosecution,
        ProceedingsKind::Trial,
        ProceedingsKind::ExecutionOfSentence,
    ];

    /// The stable name used in files and message keys.
    pub fn as_str(self) -> &'static str {
        match self {
            ProceedingsKind::Investigation => "investigation",
            ProceedingsKind::Prosecution => "prosecution",
            ProceedingsKind::Trial => "trial",
            ProceedingsKind::ExecutionOfSentence => "execution_of_sentence",
        }
    }
}

/// The proceedings in the requesting State (UNTOC art. 18(15)(b)).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Proceedings {
    pub kind: Option<ProceedingsKind>,
    /// Subject matter and nature of the proceedings, in a sentence or two.
    pub subject: String,
    pub stage: String,
    pub authority: String,
    pub authority_functions: String,
    pub case_reference: String,
}

/// An offence under investigation; the conduct is what dual criminality
/// is judged on (UNTOC art. 18(9)).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Offence {
    pub id: String,
    pub name: String,
    /// The text of the legal provision, as it will be quoted.
    pub provision: String,
    pub max_penalty: String,
    pub conduct: String,
}

/// The summary of the facts (UNTOC art. 18(15)(c)).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Facts {
    /// The narrative: who did what, when, where and how.
    pub summary: String,
    /// Individual facts that measures link to.
    pub items: Vec<Fact>,
}

/// One fact: a dated, placed event that a measure can point to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Fact {
    pub id: String,
    pub what: String,
    pub who: String,
    /// ISO 8601 dates (YYYY-MM-DD); `date_to` empty for a single day.
    pub date_from: String,
    pub date_to: String,
    pub place: String,
    pub how: String,
}

/// The role of a person in the request (UNTOC art. 18(15)(e)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PersonRole {
    #[default]
    Suspect,
    Accused,
    /// Convicted or sentenced (enforcement of a sentence, transfer).
    Convicted,
    Witness,
    Victim,
    Expert,
    LegalPerson,
    AccountHolder,
    Other,
}

impl PersonRole {
    pub const ALL: [PersonRole; 9] = [
        PersonRole::Suspect,
        PersonRole::Accused,
        PersonRole::Convicted,
        PersonRole::Witness,
        PersonRole::Victim,
        PersonRole::Expert,
        PersonRole::LegalPerson,
        PersonRole::AccountHolder,
        PersonRole::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PersonRole::Suspect => "suspect",
            PersonRole::Accused => "accused",
            PersonRole::Convicted => "convicted",
            PersonRole::Witness => "witness",
            PersonRole::Victim => "victim",
            PersonRole::Expert => "expert",
            PersonRole::LegalPerson => "legal_person",
            PersonRole::AccountHolder => "account_holder",
            PersonRole::Other => "other",
        }
    }
}

/// An identity document of a person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct IdDocument {
    pub kind: String,
    pub number: String,
    pub issuer: String,
}

/// A natural or legal person concerned by the request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Person {
    pub id: String,
    pub role: PersonRole,
    /// Family name, or the registered name of a company.
    pub family_name: String,
    pub given_names: String,
    pub aliases: Vec<String>,
    pub birth_date: String,
    pub birth_place: String,
    pub nationality: String,
    pub id_documents: Vec<IdDocument>,
    pub addresses: Vec<String>,
    /// Where the person is believed to be now (UNTOC art. 18(15)(e)).
    pub location: String,
    pub other_identifiers: String,
    /// A legal person's entry in the companies register, where it was
    /// incorporated (a State's ISO code, or as typed) and its registered
    /// office: asked when the role is a legal person.
    pub registration_number: String,
    pub incorporation_place: String,
    pub registered_address: String,
}

impl Person {
    /// The name as it is shown in lists: "FAMILY, Given".
    pub fn display_name(&self) -> String {
        match (self.family_name.trim(), self.given_names.trim()) {
            ("", "") => String::new(),
            (f, "") => f.to_string(),
            ("", g) => g.to_string(),
            (f, g) => format!("{f}, {g}"),
        }
    }
}

/// The status in which a person is heard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum HearingStatus {
    #[default]
    Witness,
    Suspect,
    Expert,
}

impl HearingStatus {
    pub const ALL: [HearingStatus; 3] = [
        HearingStatus::Witness,
        HearingStatus::Suspect,
        HearingStatus::Expert,
    ];

    /// The stored value.
    pub fn as_str(self) -> &'static str {
        match self {
            HearingStatus::Witness => "witness",
            HearingStatus::Suspect => "suspect",
            HearingStatus::Expert => "expert",
        }
    }

    /// The status stored as `s`.
    pub fn from_value(s: &str) -> Option<HearingStatus> {
        HearingStatus::ALL.into_iter().find(|h| h.as_str() == s)
    }
}

/// What kind of electronic identifier a value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum IdentifierKind {
    IpAddress,
    Email,
    /// A user name or account identifier at a service.
    Account,
    Phone,
    Domain,
    Url,
    /// IMEI, MAC address, serial number.
    Device,
    #[default]
    Other,
}

impl IdentifierKind {
    pub const ALL: [IdentifierKind; 8] = [
        IdentifierKind::IpAddress,
        IdentifierKind::Email,
        IdentifierKind::Account,
        IdentifierKind::Phone,
        IdentifierKind::Domain,
        IdentifierKind::Url,
        IdentifierKind::Device,
        IdentifierKind::Other,
    ];

    /// The stored value.
    pub fn as_str(self) -> &'static str {
        match self {
            IdentifierKind::IpAddress => "ip_address",
            IdentifierKind::Email => "email",
            IdentifierKind::Account => "account",
            IdentifierKind::Phone => "phone",
            IdentifierKind::Domain => "domain",
            IdentifierKind::Url => "url",
            IdentifierKind::Device => "device",
            IdentifierKind::Other => "other",
        }
    }

    pub fn from_value(s: &str) -> Option<IdentifierKind> {
        IdentifierKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The kind a value typed as free text most likely is, for migrating
    /// identifiers written as lines of text: only what is unambiguous
    /// (an IP address, an e-mail address, a URL), else `Other`.
    pub fn guess(value: &str) -> IdentifierKind {
        let v = value.trim();
        let word = v.split_whitespace().next().unwrap_or("");
        let bare = word.trim_end_matches([',', ';', '.']);
        // An address with a port (`192.0.2.1:443`) is still an IP address.
        let host = bare
            .rsplit_once(':')
            .filter(|(h, p)| h.contains('.') && p.bytes().all(|b| b.is_ascii_digit()))
            .map_or(bare, |(h, _)| h);
        if host.parse::<std::net::IpAddr>().is_ok() || bare.parse::<std::net::IpAddr>().is_ok() {
            IdentifierKind::IpAddress
        } else if bare.starts_with("http://") || bare.starts_with("https://") {
            IdentifierKind::Url
        } else if bare.contains('@') && bare.contains('.') && !bare.starts_with('@') {
            IdentifierKind::Email
        } else {
            IdentifierKind::Other
        }
    }
}

/// An electronic identifier a request on computer data names (Budapest
/// Convention art. 18(3), 29(2)(c), 31). A dynamic IP address identifies
/// nobody without the moment it was used and the time zone of that moment
/// (and, behind carrier-grade NAT, the source port): providers refuse
/// lookups without them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Identifier {
    pub id: String,
    pub kind: IdentifierKind,
    pub value: String,
    /// When it was used or observed: `YYYY-MM-DDTHH:MM` or with seconds.
    pub timestamp: String,
    /// The time zone of the timestamp: `UTC`, `UTC+03:00`, `Europe/Paris`.
    pub time_zone: String,
    pub port: String,
}

/// Whether a preservation request is the first, extends an earlier one, or
/// follows one up (T-CY model request, §3 and §9–10).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PreservationStatus {
    #[default]
    New,
    Extension,
    FollowUp,
}

impl PreservationStatus {
    pub const ALL: [PreservationStatus; 3] = [
        PreservationStatus::New,
        PreservationStatus::Extension,
        PreservationStatus::FollowUp,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PreservationStatus::New => "new",
            PreservationStatus::Extension => "extension",
            PreservationStatus::FollowUp => "follow_up",
        }
    }

    pub fn from_value(s: &str) -> Option<PreservationStatus> {
        PreservationStatus::ALL
            .into_iter()
            .find(|p| p.as_str() == s)
    }
}

/// Which categories of stored computer data are sought (Budapest art. 18, 31).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct DataCategories {
    pub subscriber: bool,
    pub traffic: bool,
    pub content: bool,
}

impl DataCategories {
    pub fn any(&self) -> bool {
        self.subscriber || self.traffic || self.content
    }
}

/// One item of assistance sought, with its purpose and its links to the
/// facts, persons and offences (UNTOC art. 18(15)(d), (f)).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Measure {
    pub id: String,
    /// The type of the measure and its type-specific answers.
    pub details: MeasureKind,
    #[serde(default)]
    pub purpose: String,
    #[serde(default)]
    pub fact_ids: Vec<String>,
    #[serde(default)]
    pub person_ids: Vec<String>,
    #[serde(default)]
    pub offence_ids: Vec<String>,
}

impl Measure {
    /// A new measure of this type, unlinked.
    pub fn new(id: impl Into<String>, measure_type: MeasureType) -> Measure {
        Measure {
            id: id.into(),
            details: measure_type.empty(),
            purpose: String::new(),
            fact_ids: Vec::new(),
            person_ids: Vec::new(),
            offence_ids: Vec::new(),
        }
    }
}

/// Procedures the requesting State asks to be followed (UNTOC art. 18(17)).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Procedures {
    pub certification: String,
    pub oath: bool,
    pub presence_of_officials: bool,
    pub recording: bool,
    pub other: String,
}

/// Confidentiality of the request (UNTOC art. 18(20)).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Confidentiality {
    pub requested: bool,
    pub reasons: String,
}

/// Uses the evidence is intended for (UNTOC art. 18(19)).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct UseLimitation {
    pub intended_uses: String,
}

/// Urgency and deadlines, each with its reason (UNTOC art. 18(24)).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Urgency {
    pub urgent: bool,
    pub reasons: String,
    /// ISO 8601 date by which execution is needed.
    pub deadline: String,
    pub deadline_reason: String,
}

/// Assurances the requesting State offers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Assurances {
    pub reciprocity: bool,
    pub costs: bool,
    pub death_penalty: bool,
    pub other: String,
}

/// A document annexed to the request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Annex {
    pub id: String,
    pub title: String,
    /// e.g. "court order", "list of questions", "photographs".
    pub kind: String,
    /// The language the annex is written in (an ISO 639-1 code such as
    /// `de`), empty when not given.
    pub language: String,
    /// A translation into a language the requested authority accepts is
    /// attached.
    pub translated: bool,
}

/// Place, date and signatory of the request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Signature {
    pub place: String,
    /// ISO 8601 date.
    pub date: String,
    pub signatory_name: String,
    pub signatory_title: String,
}

/// A warning or piece of advice the user has acknowledged: it stops
/// counting, and stays listed with its reason in the check step and in
/// `mla check`. Blocking findings cannot be acknowledged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Acknowledgement {
    /// The rule's id.
    pub rule: String,
    /// Where, with list items named by id, not position
    /// (`measures[m-1a].details.questions`), so it follows its item when the
    /// lists are reordered and dies with it when the item is removed.
    pub at: String,
    pub reason: String,
    /// When (RFC 3339, from the caller).
    pub date: String,
}

/// Paper size of the generated PDF.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

/// The document's layout choices and the user's final edits.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct DocumentSettings {
    /// A second language for the fixed wording; stored as its BCP 47 tag,
    /// empty for none.
    #[serde(with = "crate::languages::tag_or_empty")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::languages::tag_or_empty::Schema")
    )]
    pub bilingual: Option<Lang>,
    pub paper: Paper,
    /// Final edits by paragraph id (see [`crate::document`]).
    pub edits: BTreeMap<String, ParagraphEdit>,
}

/// A paragraph the user rewrote in the preview.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct ParagraphEdit {
    /// The generated text the edit was made on. While the draft still
    /// generates exactly this, the edit stands; once it generates something
    /// else, the edit is flagged as out of date instead of silently winning.
    pub generated: String,
    pub text: String,
}

/// `with_id` for the items of the draft's lists: an empty item with the
/// given id (the app makes ids, the core takes them as parameters).
macro_rules! items_with_id {
    ($($t:ty),+) => {
        $(impl $t {
            pub fn with_id(id: String) -> Self {
                Self { id, ..Default::default() }
            }
        })+
    };
}

items_with_id!(Instrument, Offence, Fact, Person, Identifier, Annex);
