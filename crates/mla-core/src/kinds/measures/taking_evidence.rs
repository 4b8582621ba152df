//! Taking evidence or statements from a person (UNTOC art. 18(3)(a)).

use super::prelude::*;
use crate::model::HearingStatus;
use crate::questions::measures::Link;

/// Taking evidence or statements from a person (UNTOC art. 18(3)(a)).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct TakingEvidence {
    pub status: HearingStatus,
    pub questions: String,
    /// The annex holding the questions (its id), instead of or beside
    /// the request's text; empty when none.
    pub questions_annex: String,
    /// The rights the person must be told of, in the requesting State's law.
    pub rights: String,
    pub officials_present: bool,
    pub officials: String,
    pub interpreter_language: String,
}

impl Kind for TakingEvidence {
    const QUESTIONS: &'static [Question] = &[
        detail!(EvidenceStatus, Choice(HearingStatus), TakingEvidence => status),
        detail!(EvidenceQuestions, Area, TakingEvidence => questions),
        detail!(EvidenceQuestionsAnnex, Annex, TakingEvidence => questions_annex),
        detail!(EvidenceRights, Area, TakingEvidence => rights),
        detail!(EvidenceOfficialsPresent, Check, TakingEvidence => officials_present),
        detail!(EvidenceOfficials, Text, TakingEvidence => officials),
        detail!(EvidenceInterpreter, Text, TakingEvidence => interpreter_language),
    ];

    const RULES: &'static [Rule] = &[
        Rule {
            id: "hearing_person",
            severity: Blocking,
            source: "UNTOC art. 18(3)(a), 18(15)(e)",
            check: |d, _| {
                each(d, |_: &TakingEvidence, m| {
                    m.person_ids.is_empty().then_some(Link::Persons.path())
                })
            },
        },
        Rule {
            id: "hearing_questions",
            severity: Warning,
            source: "UNTOC art. 18(3)(a), 18(17)",
            check: |d, _| {
                each(d, |x: &TakingEvidence, _| {
                    (blank(&x.questions) && annex_missing(d, &x.questions_annex))
                        .then_some(Q::EvidenceQuestions.path())
                })
            },
        },
        Rule {
            id: "hearing_officials",
            severity: Warning,
            source: "UNTOC art. 18(17)",
            check: |d, _| {
                each(d, |x: &TakingEvidence, _| {
                    (x.officials_present && blank(&x.officials))
                        .then_some(Q::EvidenceOfficials.path())
                })
            },
        },
    ];

    const FORMALITIES: bool = true;

    fn persons_to_find<'a>(&'a self, m: &'a Measure) -> Vec<&'a String> {
        m.person_ids.iter().collect()
    }

    fn paragraphs(&self, w: &mut Writer, id: &str, d: &Draft) {
        let f = |field: &str| format!("{id}.{field}");
        let status = w.status(self.status);
        w.detail(f("status"), "f_hearing_status", status);
        w.detail(f("questions"), "f_questions", &self.questions);
        w.annexed(f("questions_annex"), "s_questions_annexed", d, &self.questions_annex);
        w.detail(f("rights"), "f_rights", &self.rights);
        w.sentence(
            f("officials_present"),
            "s_officials_present",
            self.officials_present,
        );
        w.detail(f("officials"), "f_officials", &self.officials);
        w.detail(
            f("interpreter"),
            "f_interpreter_language",
            &self.interpreter_language,
        );
    }

    variant_of!(TakingEvidence);
}
