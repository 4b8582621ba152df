//! Facilitating the voluntary appearance of a person in the requesting
//! State (UNTOC art. 18(3)(h), 18(27)).

use super::prelude::*;

/// Facilitating the voluntary appearance of a person in the requesting State
/// (UNTOC art. 18(3)(h), 18(27)).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct VoluntaryAppearance {
    pub person_id: String,
    pub safe_conduct: bool,
    pub expenses: String,
}

impl Kind for VoluntaryAppearance {
    const QUESTIONS: &'static [Question] = &[
        detail!(AppearancePerson, Person, VoluntaryAppearance => person_id),
        detail!(AppearanceSafeConduct, Check, VoluntaryAppearance => safe_conduct),
        detail!(AppearanceExpenses, Text, VoluntaryAppearance => expenses),
    ];

    const RULES: &'static [Rule] = &[Rule {
        id: "appearance_person",
        severity: Blocking,
        source: "UNTOC art. 18(3)(h)",
        check: |d, _| {
            each(d, |x: &VoluntaryAppearance, _| {
                person_field(d, &x.person_id, Q::AppearancePerson)
            })
        },
    }];

    fn persons_to_find<'a>(&'a self, _m: &'a Measure) -> Vec<&'a String> {
        vec![&self.person_id]
    }

    fn paragraphs(&self, w: &mut Writer, id: &str, d: &Draft) {
        let f = |field: &str| format!("{id}.{field}");
        let person = Writer::person_name(d, &self.person_id);
        w.detail(f("person"), "f_person", &person);
        w.sentence(f("safe_conduct"), "s_safe_conduct", self.safe_conduct);
        w.detail(f("expenses"), "f_expenses", &self.expenses);
    }

    variant_of!(VoluntaryAppearance);
}
