//! The measures a mutual legal assistance request can ask for (UNTOC art.
//! 18(3)), one module each, and the registry that ties them to the draft,
//! the wizard, the check and the document.

use serde::{Deserialize, Serialize};

use crate::document::assemble::Writer;
use crate::model::{Draft, Measure};
use crate::questions::Question;
use crate::rules::{Hit, Rule};

/// A question on a field of one measure type, typed against that type's
/// struct: `detail!(Q, Area, SearchSeizure => premises)`. The path is the
/// field's name, so path and accessor cannot differ.
macro_rules! detail {
    (@access $t:ident, $f:ident, $kind:ident) => {
        $crate::questions::Access::$kind {
            get: |d, id| {
                $crate::kinds::measures::find::<$t>(d, id)
                    .map(|x| x.$f.clone())
                    .unwrap_or_default()
            },
            set: |d, id, v| {
                if let Some(x) = $crate::kinds::measures::find_mut::<$t>(d, id) {
                    x.$f = v;
                }
            },
        }
    };
    ($q:ident, Check, $t:ident => $f:ident) => {
        detail!(@question $q, $crate::questions::Input::Check, $f,
            detail!(@access $t, $f, Flag))
    };
    ($q:ident, Identifiers, $t:ident => $f:ident) => {
        detail!(@question $q, $crate::questions::Input::Identifiers, $f,
            detail!(@access $t, $f, Ids))
    };
    ($q:ident, Categories, $t:ident => $f:ident) => {
        detail!(@question $q, $crate::questions::Input::Categories, $f,
            detail!(@access $t, $f, Categories))
    };
    ($q:ident, Choice($c:ident), $t:ident => $f:ident) => {
        detail!(@question $q,
            $crate::questions::Input::Choice($crate::questions::Choices::$c), $f,
            $crate::questions::Access::Text {
                get: |d, id| {
                    $crate::kinds::measures::find::<$t>(d, id)
                        .map(|x| x.$f.as_str().to_string())
                        .unwrap_or_default()
                },
                set: |d, id, v| {
                    if let (Some(x), Some(s)) = (
                        $crate::kinds::measures::find_mut::<$t>(d, id),
                        <$crate::model::$c>::from_value(&v),
                    ) {
                        x.$f = s;
                    }
                },
            })
    };
    ($q:ident, $input:ident, $t:ident => $f:ident) => {
        detail!(@question $q, $crate::questions::Input::$input, $f,
            detail!(@access $t, $f, Text))
    };
    (@question $q:ident, $input:expr, $f:ident, $access:expr) => {
        $crate::questions::Question {
            id: $crate::questions::Q::$q,
            path: concat!("measures[].details.", stringify!($f)),
            input: $input,
            access: $access,
            only_if: None,
        }
    };
}

/// What one kind of measure knows beyond its fields. The defaults are those
/// of a measure that gathers evidence and needs nothing special.
pub(crate) trait Kind: Default + Sized + 'static {
    /// Its questions, in the order the wizard asks them, before the
    /// questions every measure asks (`questions::measures::COMMON`).
    const QUESTIONS: &'static [Question];
    /// Its own rules, in the order of its questions.
    const RULES: &'static [Rule];
    /// Coercive measures are where dual criminality is insisted on
    /// (UNTOC art. 18(9)).
    const COERCIVE: bool = false;
    /// Whether the requesting State may ask for its procedures to be
    /// followed in taking what it yields (UNTOC art. 18(17)): evidence
    /// taken from a person or records to be certified.
    const FORMALITIES: bool = false;
    /// Whether it yields evidence or information whose use the requested
    /// State may limit (UNTOC art. 18(19)); serving documents yields none.
    const YIELDS_EVIDENCE: bool = true;
    /// Whether it must be tied to the facts (UNTOC art. 18(15)(c), (f));
    /// serving a document needs no account of why.
    const NEEDS_FACTS: bool = true;

    /// The persons the measure is carried out on in person, whom the
    /// requested State must find (UNTOC art. 18(15)(e)).
    fn persons_to_find<'a>(&'a self, _m: &'a Measure) -> Vec<&'a String> {
        Vec::new()
    }

    /// Writes its own paragraphs of the request (its links and purpose are
    /// written by the document for every measure).
    fn paragraphs(&self, w: &mut Writer, id: &str, d: &Draft);

    /// This kind's fields in a measure, if the measure is of this kind.
    fn of(k: &MeasureKind) -> Option<&Self>;
    fn of_mut(k: &mut MeasureKind) -> Option<&mut Self>;
}

/// This kind's fields of the measure with the given id.
pub(crate) fn find<'a, T: Kind>(d: &'a Draft, id: &str) -> Option<&'a T> {
    d.measures
        .iter()
        .find(|m| m.id == id)
        .and_then(|m| T::of(&m.details))
}

pub(crate) fn find_mut<'a, T: Kind>(d: &'a mut Draft, id: &str) -> Option<&'a mut T> {
    d.measures
        .iter_mut()
        .find(|m| m.id == id)
        .and_then(|m| T::of_mut(&mut m.details))
}

/// The path of a kind's identifiers question when it names none, or one
/// the draft does not have.
pub(crate) fn identifiers_missing(
    d: &Draft,
    ids: &[String],
    q: crate::questions::Q,
) -> Option<&'static str> {
    (ids.is_empty() || ids.iter().any(|id| d.identifier(id).is_none())).then_some(q.path())
}

/// Whether an annex a measure refers to is missing: none chosen, or one
/// the draft no longer has.
pub(crate) fn annex_missing(d: &Draft, annex_id: &str) -> bool {
    annex_id.trim().is_empty() || d.annex(annex_id).is_none()
}

/// A hit for every measure of kind `T` where `field` names the path of a
/// missing answer (a question's or a link's, `measures[].…`).
pub(crate) fn each<T: Kind>(
    d: &Draft,
    field: impl Fn(&T, &Measure) -> Option<&'static str>,
) -> Vec<Hit> {
    crate::rules::each_measure(d, |m| T::of(&m.details).and_then(|x| field(x, m)))
}

/// What every kind's module uses.
mod prelude {
    pub(crate) use super::{annex_missing, each, identifiers_missing, Kind};
    pub(crate) use crate::document::assemble::Writer;
    pub(crate) use crate::findings::Severity::{Advice, Blocking, Warning};
    pub(crate) use crate::model::{Draft, Measure};
    pub(crate) use crate::questions::{Question, Q};
    pub(crate) use crate::rules::{blank, person_field, Rule};
    pub(crate) use serde::{Deserialize, Serialize};
}

/// The registry: each kind's variant, module and stored type name, in the
/// order the wizard offers them.
macro_rules! registry {
    ($($variant:ident => $module:ident, $name:literal;)+) => {
        $(pub mod $module;)+
        $(pub use $module::$variant;)+

        /// A measure's type with the answers that type asks for; stored as
        /// its fields with `"type"` naming the type.
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[serde(tag = "type", rename_all = "snake_case")]
        pub enum MeasureKind {
            $($variant($variant),)+
        }

        /// The type of a measure, without its answers.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum MeasureType {
            $($variant,)+
        }

        impl MeasureType {
            /// In the order the wizard offers them.
            pub const ALL: &'static [MeasureType] = &[$(MeasureType::$variant,)+];

            /// The stable name, as written in files (`"type"`), in message
            /// keys and in the treaty data.
            pub fn name(self) -> &'static str {
                match self {
                    $(MeasureType::$variant => $name,)+
                }
            }

            /// The type stored as `name`.
            pub fn from_name(name: &str) -> Option<MeasureType> {
                MeasureType::ALL.iter().copied().find(|t| t.name() == name)
            }

            /// A measure of this type with nothing answered.
            pub fn empty(self) -> MeasureKind {
                match self {
                    $(MeasureType::$variant => MeasureKind::$variant($variant::default()),)+
                }
            }

            pub fn questions(self) -> &'static [Question] {
                match self {
                    $(MeasureType::$variant => <$variant as Kind>::QUESTIONS,)+
                }
            }

            pub fn rules(self) -> &'static [Rule] {
                match self {
                    $(MeasureType::$variant => <$variant as Kind>::RULES,)+
                }
            }

            pub fn is_coercive(self) -> bool {
                match self {
                    $(MeasureType::$variant => <$variant as Kind>::COERCIVE,)+
                }
            }

            pub fn has_formalities(self) -> bool {
                match self {
                    $(MeasureType::$variant => <$variant as Kind>::FORMALITIES,)+
                }
            }

            pub fn yields_evidence(self) -> bool {
                match self {
                    $(MeasureType::$variant => <$variant as Kind>::YIELDS_EVIDENCE,)+
                }
            }

            pub fn needs_facts(self) -> bool {
                match self {
                    $(MeasureType::$variant => <$variant as Kind>::NEEDS_FACTS,)+
                }
            }
        }

        impl MeasureKind {
            pub fn measure_type(&self) -> MeasureType {
                match self {
                    $(MeasureKind::$variant(_) => MeasureType::$variant,)+
                }
            }

            /// The stable type name, as written in files.
            pub fn type_name(&self) -> &'static str {
                self.measure_type().name()
            }

            /// See [`Kind::persons_to_find`].
            pub fn persons_to_find<'a>(&'a self, m: &'a Measure) -> Vec<&'a String> {
                match self {
                    $(MeasureKind::$variant(x) => x.persons_to_find(m),)+
                }
            }

            /// See [`Kind::paragraphs`].
            pub(crate) fn paragraphs(&self, w: &mut Writer, id: &str, d: &Draft) {
                match self {
                    $(MeasureKind::$variant(x) => x.paragraphs(w, id, d),)+
                }
            }
        }

        $(
            impl From<$variant> for MeasureKind {
                fn from(x: $variant) -> MeasureKind {
                    MeasureKind::$variant(x)
                }
            }
        )+
    };
}

/// The `of`/`of_mut` of a kind, inside its `impl Kind`.
macro_rules! variant_of {
    ($variant:ident) => {
        fn of(k: &$crate::kinds::measures::MeasureKind) -> Option<&Self> {
            match k {
                $crate::kinds::measures::MeasureKind::$variant(x) => Some(x),
                #[allow(unreachable_patterns)]
                _ => None,
            }
        }
        fn of_mut(k: &mut $crate::kinds::measures::MeasureKind) -> Option<&mut Self> {
            match k {
                $crate::kinds::measures::MeasureKind::$variant(x) => Some(x),
                #[allow(unreachable_patterns)]
                _ => None,
            }
        }
    };
}

registry! {
    TakingEvidence => taking_evidence, "taking_evidence";
    Videoconference => videoconference, "videoconference";
    ServiceOfDocuments => service_of_documents, "service_of_documents";
    SearchSeizure => search_seizure, "search_seizure";
    Freezing => freezing, "freezing";
    Examination => examination, "examination";
    Information => information, "information";
    Records => records, "records";
    TracingProceeds => tracing_proceeds, "tracing_proceeds";
    VoluntaryAppearance => voluntary_appearance, "voluntary_appearance";
    TemporaryTransfer => temporary_transfer, "temporary_transfer";
    Preservation => preservation, "preservation";
    StoredData => stored_data, "stored_data";
    SubscriberInformation => subscriber_information, "subscriber_information";
    Other => other, "other";
}

/// Every kind's own rules, in the order the wizard offers the kinds.
pub fn rules() -> impl Iterator<Item = &'static Rule> {
    MeasureType::ALL.iter().flat_map(|t| t.rules())
}
