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
    /// The annex holding the order (its id), empty when none is annexed.
    pub order_annex: String,
    pub chain_of_custody: String,
}

impl Kind for SearchSeizure {
    const QUESTIONS: &'static [Question] = &[
        detail!(SearchPremises, Area, SearchSeizure => premises),
        detail!(SearchItems, Area, SearchSeizure => items_sought),
        detail!(SearchGrounds, Area, SearchSeizure => grounds),
        detail!(SearchOrderAnnex, Annex, SearchSeizure => order_annex),
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
                    annex_missing(d, &x.order_annex).then_some(Q::SearchOrderAnnex.path())
                })
            },
        },
    ];

    const COERCIVE: bool = true;

    fn paragraphs(&self, w: &mut Writer, id: &str, d: &Draft) {
        let f = |field: &str| format!("{id}.{field}");
        w.detail(f("premises"), "f_premises", &self.premises);
        w.detail(f("items"), "f_items_sought", &self.items_sought);
        w.detail(f("grounds"), "f_grounds", &self.grounds);
        w.annexed(f("order"), "s_order_annexed", d, &self.order_annex);
        w.detail(f("custody"), "f_chain_of_custody", &self.chain_of_custody);
    }

    variant_of!(SearchSeizure);
}
