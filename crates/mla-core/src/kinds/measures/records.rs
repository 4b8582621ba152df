//! Government, bank, financial, corporate or business records (UNTOC art.
//! 18(3)(f)).

use super::prelude::*;

/// Government, bank, financial, corporate or business records (UNTOC art.
/// 18(3)(f)).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Records {
    pub holder: String,
    pub account_numbers: String,
    pub record_kinds: String,
    pub period_from: String,
    pub period_to: String,
    pub certification: String,
}

impl Kind for Records {
    const QUESTIONS: &'static [Question] = &[
        detail!(RecordsHolder, Text, Records => holder),
        detail!(RecordsAccounts, Area, Records => account_numbers),
        detail!(RecordsKinds, Area, Records => record_kinds),
        detail!(RecordsFrom, Date, Records => period_from),
        detail!(RecordsTo, Date, Records => period_to),
        detail!(RecordsCertification, Text, Records => certification),
    ];

    const RULES: &'static [Rule] = &[
        Rule {
            id: "records_holder",
            severity: Blocking,
            source: "UNTOC art. 18(3)(f)",
            check: |d, _| {
                each(d, |x: &Records, _| {
                    if blank(&x.holder) {
                        Some(Q::RecordsHolder.path())
                    } else {
                        blank(&x.record_kinds).then_some(Q::RecordsKinds.path())
                    }
                })
            },
        },
        Rule {
            id: "records_period",
            severity: Warning,
            source: "UNTOC art. 18(3)(f)",
            check: |d, _| {
                each(d, |x: &Records, _| {
                    blank(&x.period_from).then_some(Q::RecordsFrom.path())
                })
            },
        },
    ];

    const COERCIVE: bool = true;
    const FORMALITIES: bool = true;

    fn paragraphs(&self, w: &mut Writer, id: &str, _d: &Draft) {
        let f = |field: &str| format!("{id}.{field}");
        w.detail(f("holder"), "l_holder", &self.holder);
        w.detail(f("accounts"), "f_account_numbers", &self.account_numbers);
        w.detail(f("kinds"), "f_record_kinds", &self.record_kinds);
        let period = w.period(&self.period_from, &self.period_to);
        w.detail(f("period"), "f_date", &period);
        w.detail(f("certification"), "f_certification", &self.certification);
    }

    variant_of!(Records);
}
