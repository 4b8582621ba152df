//! Hearing a person by videoconference (UNTOC art. 18(18)).

use super::prelude::*;
use crate::model::HearingStatus;

/// Hearing a person by videoconference (UNTOC art. 18(18)).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Videoconference {
    pub person_id: String,
    pub status: HearingStatus,
    /// Why the person cannot or should not appear in person (18(18): "not
    /// possible or desirable").
    pub reason_not_in_person: String,
    /// Who conducts the hearing and the part of the requested State's
    /// judicial authority (18(18): conducted by the requesting State's
    /// authority, attended by the requested State's).
    pub conducted_by: String,
    pub questions: String,
    /// The annex holding the questions (its id), empty when none.
    pub questions_annex: String,
    /// The person's rights (e.g. not to incriminate oneself) under the law
    /// of either State.
    pub rights: String,
    /// For a vulnerable witness or victim: image or voice distortion,
    /// support person, closed hearing.
    pub protective_measures: String,
    pub proposed_dates: String,
    /// The time zone the proposed dates are given in.
    pub time_zone: String,
    pub technical_contact: String,
    pub interpreter_language: String,
}

impl Kind for Videoconference {
    const QUESTIONS: &'static [Question] = &[
        detail!(VideoPerson, Person, Videoconference => person_id),
        detail!(VideoStatus, Choice(HearingStatus), Videoconference => status),
        detail!(VideoReason, Area, Videoconference => reason_not_in_person),
        detail!(VideoConductedBy, Area, Videoconference => conducted_by),
        detail!(VideoQuestions, Area, Videoconference => questions),
        detail!(VideoQuestionsAnnex, Annex, Videoconference => questions_annex),
        detail!(VideoRights, Area, Videoconference => rights),
        detail!(VideoProtection, Area, Videoconference => protective_measures),
        detail!(VideoDates, Text, Videoconference => proposed_dates),
        detail!(VideoTimeZone, Text, Videoconference => time_zone),
        detail!(VideoContact, Text, Videoconference => technical_contact),
        detail!(VideoInterpreter, Text, Videoconference => interpreter_language),
    ];

    const RULES: &'static [Rule] = &[
        Rule {
            id: "videoconference_person",
            severity: Blocking,
            source: "UNTOC art. 18(18)",
            check: |d, _| {
                each(d, |x: &Videoconference, _| {
                    person_field(d, &x.person_id, Q::VideoPerson)
                })
            },
        },
        Rule {
            id: "videoconference_reason",
            severity: Warning,
            source: "UNTOC art. 18(18)",
            check: |d, _| {
                each(d, |x: &Videoconference, _| {
                    blank(&x.reason_not_in_person).then_some(Q::VideoReason.path())
                })
            },
        },
        Rule {
            id: "videoconference_conduct",
            severity: Warning,
            source: "UNTOC art. 18(18)",
            check: |d, _| {
                each(d, |x: &Videoconference, _| {
                    blank(&x.conducted_by).then_some(Q::VideoConductedBy.path())
                })
            },
        },
        Rule {
            id: "videoconference_questions",
            severity: Warning,
            source: "UNTOC art. 18(18), 18(17)",
            check: |d, _| {
                each(d, |x: &Videoconference, _| {
                    (blank(&x.questions) && annex_missing(d, &x.questions_annex))
                        .then_some(Q::VideoQuestions.path())
                })
            },
        },
        Rule {
            id: "videoconference_time_zone",
            severity: Warning,
            source: "UNTOC art. 18(18)",
            check: |d, _| {
                each(d, |x: &Videoconference, _| {
                    (!blank(&x.proposed_dates) && blank(&x.time_zone))
                        .then_some(Q::VideoTimeZone.path())
                })
            },
        },
        Rule {
            id: "videoconference_contact",
            severity: Advice,
            source: "UNTOC art. 18(18)",
            check: |d, _| {
                each(d, |x: &Videoconference, _| {
                    blank(&x.technical_contact).then_some(Q::VideoContact.path())
                })
            },
        },
    ];

    fn persons_to_find<'a>(&'a self, _m: &'a Measure) -> Vec<&'a String> {
        vec![&self.person_id]
    }

    fn paragraphs(&self, w: &mut Writer, id: &str, d: &Draft) {
        let f = |field: &str| format!("{id}.{field}");
        let person = Writer::person_name(d, &self.person_id);
        w.detail(f("person"), "f_person", &person);
        let status = w.status(self.status);
        w.detail(f("status"), "f_hearing_status", status);
        w.detail(f("reason"), "f_video_reason", &self.reason_not_in_person);
        w.detail(f("conducted_by"), "f_video_conducted_by", &self.conducted_by);
        w.detail(f("questions"), "f_questions", &self.questions);
        w.annexed(f("questions_annex"), "s_questions_annexed", d, &self.questions_annex);
        w.detail(f("rights"), "f_rights", &self.rights);
        w.detail(f("protection"), "f_video_protection", &self.protective_measures);
        w.detail(f("dates"), "f_proposed_dates", &self.proposed_dates);
        w.detail(f("time_zone"), "f_time_zone", &self.time_zone);
        w.detail(f("technical"), "f_technical_contact", &self.technical_contact);
        w.detail(
            f("interpreter"),
            "f_interpreter_language",
            &self.interpreter_language,
        );
    }

    variant_of!(Videoconference);
}
