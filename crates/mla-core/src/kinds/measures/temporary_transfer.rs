//! Temporary transfer of a person in custody to give evidence (UNTOC art.
//! 18(10)-(12)).

use super::prelude::*;

/// Temporary transfer of a person in custody to give evidence (UNTOC art.
/// 18(10)-(12)).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct TemporaryTransfer {
    pub person_id: String,
    pub consent: bool,
    pub custody: String,
    pub return_by: String,
}

impl Kind for TemporaryTransfer {
    const QUESTIONS: &'static [Question] = &[
        detail!(TransferPerson, Person, TemporaryTransfer => person_id),
        detail!(TransferConsent, Check, TemporaryTransfer => consent),
        detail!(TransferCustody, Area, TemporaryTransfer => custody),
        detail!(TransferReturnBy, Date, TemporaryTransfer => return_by),
    ];

    const RULES: &'static [Rule] = &[
        Rule {
            id: "transfer_person",
            severity: Blocking,
            source: "UNTOC art. 18(10)",
            check: |d, _| {
                each(d, |x: &TemporaryTransfer, _| {
                    person_field(d, &x.person_id, Q::TransferPerson)
                })
            },
        },
        Rule {
            id: "transfer_consent",
            severity: Blocking,
            source: "UNTOC art. 18(10)(a)",
            check: |d, _| {
                each(d, |x: &TemporaryTransfer, _| {
                    (!x.consent).then_some(Q::TransferConsent.path())
                })
            },
        },
        Rule {
            id: "transfer_custody",
            severity: Warning,
            source: "UNTOC art. 18(11)",
            check: |d, _| {
                each(d, |x: &TemporaryTransfer, _| {
                    blank(&x.custody).then_some(Q::TransferCustody.path())
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
        w.sentence(f("consent"), "s_consent", self.consent);
        w.detail(f("custody"), "f_custody", &self.custody);
        let return_by = w.date(&self.return_by);
        w.detail(f("return_by"), "f_return_by", &return_by);
    }

    variant_of!(TemporaryTransfer);
}
