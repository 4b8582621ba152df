//! The questions each measure type asks, typed against its variant of
//! [`MeasureKind`]: a question reads and writes its own field of the
//! measure with the given id, and of no other type, so the wizard needs no
//! table of its own and no round trip through JSON.

use super::{Access, Choices, Input, Question, Q};
use crate::model::{DataCategories, Draft, HearingStatus, Measure, MeasureKind};

fn measure<'a>(d: &'a Draft, id: &str) -> Option<&'a MeasureKind> {
    d.measures.iter().find(|m| m.id == id).map(|m| &m.details)
}

fn measure_mut<'a>(d: &'a mut Draft, id: &str) -> Option<&'a mut MeasureKind> {
    d.measures
        .iter_mut()
        .find(|m| m.id == id)
        .map(|m| &mut m.details)
}

/// A question on a field of one measure type:
/// `detail!(Q, Text, TakingEvidence => questions)`.
macro_rules! detail {
    (@access $variant:ident, $f:ident, $kind:ident) => {
        Access::$kind {
            get: |d, id| match measure(d, id) {
                Some(MeasureKind::$variant { $f, .. }) => $f.clone(),
                _ => Default::default(),
            },
            set: |d, id, v| {
                if let Some(MeasureKind::$variant { $f, .. }) = measure_mut(d, id) {
                    *$f = v;
                }
            },
        }
    };
    ($q:ident, Check, $variant:ident => $f:ident) => {
        detail!(@question $q, Input::Check, $f, detail!(@access $variant, $f, Flag))
    };
    ($q:ident, Categories, $variant:ident => $f:ident) => {
        detail!(@question $q, Input::Categories, $f, detail!(@access $variant, $f, Categories))
    };
    ($q:ident, Status, $variant:ident => $f:ident) => {
        detail!(@question $q, Input::Choice(Choices::HearingStatus), $f, Access::Text {
            get: |d, id| match measure(d, id) {
                Some(MeasureKind::$variant { $f, .. }) => $f.as_str().to_string(),
                _ => String::new(),
            },
            set: |d, id, v| {
                if let (Some(MeasureKind::$variant { $f, .. }), Some(s)) =
                    (measure_mut(d, id), HearingStatus::from_value(&v))
                {
                    *$f = s;
                }
            },
        })
    };
    ($q:ident, $input:ident, $variant:ident => $f:ident) => {
        detail!(@question $q, Input::$input, $f, detail!(@access $variant, $f, Text))
    };
    (@question $q:ident, $input:expr, $f:ident, $access:expr) => {
        Question {
            id: Q::$q,
            path: concat!("measures[].details.", stringify!($f)),
            input: $input,
            access: $access,
            only_if: None,
        }
    };
}

/// What every measure asks after its own questions: its purpose. (Its
/// links to facts, persons and offences are [`LINKS`].)
pub static COMMON: &[Question] = &[Question {
    id: Q::MeasurePurpose,
    path: "measures[].purpose",
    input: Input::Area,
    access: Access::Text {
        get: |d, id| {
            d.measures
                .iter()
                .find(|m| m.id == id)
                .map(|m| m.purpose.clone())
                .unwrap_or_default()
        },
        set: |d, id, v| {
            if let Some(m) = d.measures.iter_mut().find(|m| m.id == id) {
                m.purpose = v;
            }
        },
    },
    only_if: None,
}];

/// A measure's links to the items of another list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    Facts,
    Persons,
    Offences,
}

impl Link {
    pub const ALL: [Link; 3] = [Link::Facts, Link::Persons, Link::Offences];

    /// The path of the links, e.g. `measures[].fact_ids`.
    pub fn path(self) -> &'static str {
        match self {
            Link::Facts => "measures[].fact_ids",
            Link::Persons => "measures[].person_ids",
            Link::Offences => "measures[].offence_ids",
        }
    }

    /// The path for the measure at `index`.
    pub fn path_at(self, index: usize) -> String {
        super::path_at(self.path(), index)
    }

    pub fn of(self, m: &Measure) -> &Vec<String> {
        match self {
            Link::Facts => &m.fact_ids,
            Link::Persons => &m.person_ids,
            Link::Offences => &m.offence_ids,
        }
    }

    pub fn of_mut(self, m: &mut Measure) -> &mut Vec<String> {
        match self {
            Link::Facts => &mut m.fact_ids,
            Link::Persons => &mut m.person_ids,
            Link::Offences => &mut m.offence_ids,
        }
    }

    /// The (id, text) of each item a measure can link to, the text cut to
    /// a line.
    pub fn targets(self, d: &Draft) -> Vec<(String, String)> {
        match self {
            Link::Facts => d
                .facts
                .items
                .iter()
                .map(|f| (f.id.clone(), short(&f.what, &f.id)))
                .collect(),
            Link::Persons => d
                .persons
                .iter()
                .map(|p| (p.id.clone(), person_label(p)))
                .collect(),
            Link::Offences => d
                .offences
                .iter()
                .map(|o| (o.id.clone(), short(&o.name, &o.id)))
                .collect(),
        }
    }
}

/// A person as offered in a list: the name, else the id.
pub fn person_label(p: &crate::model::Person) -> String {
    let name = p.display_name();
    if name.is_empty() {
        p.id.clone()
    } else {
        name
    }
}

/// A text cut to 80 characters for a checkbox label, else the fallback.
fn short(text: &str, fallback: &str) -> String {
    let t = text.trim();
    if t.is_empty() {
        return fallback.to_string();
    }
    let cut: String = t.chars().take(80).collect();
    if cut.len() < t.len() {
        format!("{cut}…")
    } else {
        cut
    }
}

static TAKING_EVIDENCE: &[Question] = &[
    detail!(EvidenceStatus, Status, TakingEvidence => status),
    detail!(EvidenceQuestions, Area, TakingEvidence => questions),
    detail!(EvidenceQuestionsAnnexed, Check, TakingEvidence => questions_annexed),
    detail!(EvidenceRights, Area, TakingEvidence => rights),
    detail!(EvidenceOfficialsPresent, Check, TakingEvidence => officials_present),
    detail!(EvidenceOfficials, Text, TakingEvidence => officials),
    detail!(EvidenceInterpreter, Text, TakingEvidence => interpreter_language),
];

static VIDEOCONFERENCE: &[Question] = &[
    detail!(VideoPerson, Person, Videoconference => person_id),
    detail!(VideoStatus, Status, Videoconference => status),
    detail!(VideoDates, Text, Videoconference => proposed_dates),
    detail!(VideoContact, Text, Videoconference => technical_contact),
    detail!(VideoInterpreter, Text, Videoconference => interpreter_language),
];

static SERVICE: &[Question] = &[
    detail!(ServiceDocuments, Area, ServiceOfDocuments => documents),
    detail!(ServiceProof, Text, ServiceOfDocuments => proof_of_service),
];

static SEARCH: &[Question] = &[
    detail!(SearchPremises, Area, SearchSeizure => premises),
    detail!(SearchItems, Area, SearchSeizure => items_sought),
    detail!(SearchGrounds, Area, SearchSeizure => grounds),
    detail!(SearchOrderAnnexed, Check, SearchSeizure => order_annexed),
    detail!(SearchCustody, Text, SearchSeizure => chain_of_custody),
];

static FREEZING: &[Question] = &[
    detail!(FreezingAsset, Area, Freezing => asset),
    detail!(FreezingLocation, Text, Freezing => location),
    detail!(FreezingValue, Text, Freezing => estimated_value),
    detail!(FreezingLink, Area, Freezing => link_to_offence),
    detail!(FreezingDissipation, Area, Freezing => dissipation_risk),
    detail!(FreezingOrderAnnexed, Check, Freezing => order_annexed),
    detail!(FreezingConfiscation, Check, Freezing => confiscation_to_follow),
];

static EXAMINATION: &[Question] = &[
    detail!(ExaminationObject, Text, Examination => object_or_site),
    detail!(ExaminationWhat, Area, Examination => what_to_examine),
];

static INFORMATION: &[Question] = &[
    detail!(InformationItems, Area, Information => items),
    detail!(InformationExpert, Check, Information => expert_evaluation),
];

static RECORDS: &[Question] = &[
    detail!(RecordsHolder, Text, Records => holder),
    detail!(RecordsAccounts, Area, Records => account_numbers),
    detail!(RecordsKinds, Area, Records => record_kinds),
    detail!(RecordsFrom, Date, Records => period_from),
    detail!(RecordsTo, Date, Records => period_to),
    detail!(RecordsCertification, Text, Records => certification),
];

static TRACING: &[Question] = &[
    detail!(TracingProperty, Area, TracingProceeds => property),
    detail!(TracingLocations, Area, TracingProceeds => known_locations),
    detail!(TracingLink, Area, TracingProceeds => link_to_offence),
];

static APPEARANCE: &[Question] = &[
    detail!(AppearancePerson, Person, VoluntaryAppearance => person_id),
    detail!(AppearanceSafeConduct, Check, VoluntaryAppearance => safe_conduct),
    detail!(AppearanceExpenses, Text, VoluntaryAppearance => expenses),
];

static TRANSFER: &[Question] = &[
    detail!(TransferPerson, Person, TemporaryTransfer => person_id),
    detail!(TransferConsent, Check, TemporaryTransfer => consent),
    detail!(TransferCustody, Area, TemporaryTransfer => custody),
    detail!(TransferReturnBy, Date, TemporaryTransfer => return_by),
];

static PRESERVATION: &[Question] = &[
    detail!(PreservationCustodian, Text, Preservation => custodian),
    detail!(PreservationIdentifiers, Area, Preservation => identifiers),
    detail!(PreservationCategories, Categories, Preservation => categories),
    detail!(PreservationRelation, Area, Preservation => relation_to_offence),
    detail!(PreservationWhy, Area, Preservation => why_needed),
    detail!(PreservationMlaToFollow, Check, Preservation => mla_to_follow),
];

static STORED_DATA: &[Question] = &[
    detail!(StoredProvider, Text, StoredData => provider),
    detail!(StoredIdentifiers, Area, StoredData => identifiers),
    detail!(StoredCategories, Categories, StoredData => categories),
    detail!(StoredFrom, Date, StoredData => date_from),
    detail!(StoredTo, Date, StoredData => date_to),
    detail!(StoredTimeZone, Text, StoredData => time_zone),
    detail!(StoredPreservationReference, Text, StoredData => preservation_reference),
];

static OTHER: &[Question] = &[
    detail!(OtherName, Text, Other => name),
    detail!(OtherDescription, Area, Other => description),
];

/// The questions a measure of this type asks, in order, before the
/// [`COMMON`] ones.
pub fn of(kind: &MeasureKind) -> &'static [Question] {
    match kind {
        MeasureKind::TakingEvidence { .. } => TAKING_EVIDENCE,
        MeasureKind::Videoconference { .. } => VIDEOCONFERENCE,
        MeasureKind::ServiceOfDocuments { .. } => SERVICE,
        MeasureKind::SearchSeizure { .. } => SEARCH,
        MeasureKind::Freezing { .. } => FREEZING,
        MeasureKind::Examination { .. } => EXAMINATION,
        MeasureKind::Information { .. } => INFORMATION,
        MeasureKind::Records { .. } => RECORDS,
        MeasureKind::TracingProceeds { .. } => TRACING,
        MeasureKind::VoluntaryAppearance { .. } => APPEARANCE,
        MeasureKind::TemporaryTransfer { .. } => TRANSFER,
        MeasureKind::Preservation { .. } => PRESERVATION,
        MeasureKind::StoredData { .. } => STORED_DATA,
        MeasureKind::Other { .. } => OTHER,
    }
}

/// Every measure type's questions, then the common ones, for the path
/// lookups (`Q::path`, `find`). Static slices only: rules ask for paths on
/// every check, so nothing is built here.
pub fn all() -> impl Iterator<Item = &'static Question> {
    [
        TAKING_EVIDENCE,
        VIDEOCONFERENCE,
        SERVICE,
        SEARCH,
        FREEZING,
        EXAMINATION,
        INFORMATION,
        RECORDS,
        TRACING,
        APPEARANCE,
        TRANSFER,
        PRESERVATION,
        STORED_DATA,
        OTHER,
        COMMON,
    ]
    .into_iter()
    .flatten()
}

/// Whether the wizard asks `path` (e.g. `measures[2].details.premises`) of
/// the measure at that index in this draft: the measure exists, and the
/// question is its type's, a common one, or its links.
pub fn asked_at(d: &Draft, path: &str) -> bool {
    let Some(rest) = path.strip_prefix("measures[") else {
        return false;
    };
    let Some((index, _)) = rest.split_once(']') else {
        return false;
    };
    let Some(m) = index.parse::<usize>().ok().and_then(|i| d.measures.get(i)) else {
        return false;
    };
    let shape = super::shape_of(path);
    of(&m.details).iter().chain(COMMON).any(|q| q.path == shape)
        || Link::ALL.iter().any(|l| l.path() == shape)
}

/// A category of computer data (Budapest art. 18(3), 16-17, 20-21).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    Subscriber,
    Traffic,
    Content,
}

impl Category {
    /// In the order the wizard offers them.
    pub const ALL: [Category; 3] = [Category::Subscriber, Category::Traffic, Category::Content];

    /// Its field in [`DataCategories`], which is also its path segment.
    pub fn field(self) -> &'static str {
        match self {
            Category::Subscriber => "subscriber",
            Category::Traffic => "traffic",
            Category::Content => "content",
        }
    }

    pub fn get(self, c: &DataCategories) -> bool {
        match self {
            Category::Subscriber => c.subscriber,
            Category::Traffic => c.traffic,
            Category::Content => c.content,
        }
    }

    pub fn set(self, c: &mut DataCategories, on: bool) {
        match self {
            Category::Subscriber => c.subscriber = on,
            Category::Traffic => c.traffic = on,
            Category::Content => c.content = on,
        }
    }
}
