//! Providing information, evidentiary items and expert evaluations (UNTOC
//! art. 18(3)(e)).

use super::prelude::*;

/// Providing information, evidentiary items and expert evaluations (UNTOC art.
/// 18(3)(e)).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Information {
    pub items: String,
    pub expert_evaluation: bool,
}

impl Kind for Information {
    const QUESTIONS: &'static [Question] = &[
        detail!(InformationItems, Area, Information => items),
        detail!(InformationExpert, Check, Information => expert_evaluation),
    ];

    const RULES: &'static [Rule] = &[Rule {
        id: "information_items",
        severity: Blocking,
        source: "UNTOC art. 18(3)(e)",
        check: |d, _| {
            each(d, |x: &Information, _| {
                blank(&x.items).then_some(Q::InformationItems.path())
            })
        },
    }];

    fn paragraphs(&self, w: &mut Writer, id: &str, _d: &Draft) {
        w.detail(format!("{id}.items"), "f_items", &self.items);
        w.sentence(
            format!("{id}.expert"),
            "s_expert_evaluation",
            self.expert_evaluation,
        );
    }

    variant_of!(Information);
}
