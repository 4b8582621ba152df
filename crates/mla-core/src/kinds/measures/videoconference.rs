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
    pub proposed_dates: String,
    pub technical_contact: String,
    pub interpreter_language: String,
}

impl Kind for Videoconference {
    const QUESTIONS: &'static [Question] = &[
        detail!(VideoPerson, Person, Videoconference => person_id),
        detail!(VideoStatus, Status, Videoconference => status),
        detail!(VideoDates, Text, Videoconference => proposed_dates),
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
        w.detail(f("dates"), "f_proposed_dates", &self.proposed_dates);
        w.detail(f("technical"), "f_technical_contact", &self.technical_contact);
        w.detail(
            f("interpreter"),
            "f_interpreter_language",
            &self.interpreter_language,
        );
    }

    variant_of!(Videoconference);
}
