//! Executing searches and seizures (UNTOC art. 18(3)(c)).

use super::prelude::*;

/// Executing searches and seizures (UNTOC art. 18(3)(c)).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct SearchSeizure {
    pub premises: String,
    pub items_sought: String,
    /// Why the items are believed to be there.
    pub grounds: String,
    pub order_annexed: bool,
    pub chain_of_custody: String,
}

impl Kind for SearchSeizure {
    const QUESTIONS: &'static [Question] = &[
        detail!(SearchPremises, Area, SearchSeizure => premises),
        detail!(SearchItems, Area, SearchSeizure => items_sought),
        detail!(SearchGrounds, Area, SearchSeizure => grounds),
        detail!(SearchOrderAnnexed, Check, SearchSeizure => order_annexed),
        detail!(SearchCustody, Text, SearchSeizure => chain_of_custody),
    ];

    const RULES: &'static [Rule] = &[
        Rule {
            id: "search_premises",
            severity: Blocking,
            source: "UNTOC art. 18(3)(c)",
            check: |d, _| {
                each(d, |x: &SearchSeizure, _| {
                    blank(&x.premises).then_some(Q::SearchPremises.path())
                })
            },
        },
        Rule {
            id: "search_items",
            severity: Blocking,
            source: "UNTOC art. 18(3)(c)",
            check: |d, _| {
                each(d, |x: &SearchSeizure, _| {
                    blank(&x.items_sought).then_some(Q::SearchItems.path())
                })
            },
        },
        Rule {
            id: "search_grounds",
            severity: Blocking,
            source: "UNTOC art. 18(3)(c), 18(15)(c)",
            check: |d, _| {
                each(d, |x: &SearchSeizure, _| {
                    blank(&x.grounds).then_some(Q::SearchGrounds.path())
                })
            },
        },
        Rule {
            id: "search_order",
            severity: Warning,
            source: "UNTOC art. 18(3)(c), 18(17)",
            check: |d, _| {
                each(d, |x: &SearchSeizure, _| {
                    (!x.order_annexed).then_some(Q::SearchOrderAnnexed.path())
                })
            },
        },
    ];

    const COERCIVE: bool = true;

    fn paragraphs(&self, w: &mut Writer, id: &str, _d: &Draft) {
        let f = |field: &str| format!("{id}.{field}");
        w.detail(f("premises"), "f_premises", &self.premises);
        w.detail(f("items"), "f_items_sought", &self.items_sought);
        w.detail(f("grounds"), "f_grounds", &self.grounds);
        w.sentence(f("order"), "s_order_annexed", self.order_annexed);
        w.detail(f("custody"), "f_chain_of_custody", &self.chain_of_custody);
    }

    variant_of!(SearchSeizure);
}
