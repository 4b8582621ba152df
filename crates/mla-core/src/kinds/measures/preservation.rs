//! Expedited preservation of stored computer data (Budapest Convention
//! art. 29).

use super::prelude::*;
use crate::model::DataCategories;

/// Expedited preservation of stored computer data (Budapest Convention art.
/// 29).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Preservation {
    pub custodian: String,
    pub identifiers: String,
    pub categories: DataCategories,
    pub relation_to_offence: String,
    pub why_needed: String,
    pub mla_to_follow: bool,
}

impl Kind for Preservation {
    const QUESTIONS: &'static [Question] = &[
        detail!(PreservationCustodian, Text, Preservation => custodian),
        detail!(PreservationIdentifiers, Area, Preservation => identifiers),
        detail!(PreservationCategories, Categories, Preservation => categories),
        detail!(PreservationRelation, Area, Preservation => relation_to_offence),
        detail!(PreservationWhy, Area, Preservation => why_needed),
        detail!(PreservationMlaToFollow, Check, Preservation => mla_to_follow),
    ];

    const RULES: &'static [Rule] = &[
        Rule {
            id: "preservation_custodian",
            severity: Blocking,
            source: "Budapest Convention art. 29(2)(d)",
            check: |d, _| {
                each(d, |x: &Preservation, _| {
                    blank(&x.custodian).then_some(Q::PreservationCustodian.path())
                })
            },
        },
        Rule {
            id: "preservation_data",
            severity: Blocking,
            source: "Budapest Convention art. 29(2)(c)",
            check: |d, _| {
                each(d, |x: &Preservation, _| {
                    if blank(&x.identifiers) {
                        Some(Q::PreservationIdentifiers.path())
                    } else {
                        blank(&x.relation_to_offence).then_some(Q::PreservationRelation.path())
                    }
                })
            },
        },
        Rule {
            id: "preservation_necessity",
            severity: Warning,
            source: "Budapest Convention art. 29(2)(e)",
            check: |d, _| {
                each(d, |x: &Preservation, _| {
                    blank(&x.why_needed).then_some(Q::PreservationWhy.path())
                })
            },
        },
        Rule {
            id: "preservation_follow_up",
            severity: Blocking,
            source: "Budapest Convention art. 29(2)(f)",
            check: |d, _| {
                each(d, |x: &Preservation, _| {
                    (!x.mla_to_follow).then_some(Q::PreservationMlaToFollow.path())
                })
            },
        },
    ];

    fn paragraphs(&self, w: &mut Writer, id: &str, _d: &Draft) {
        let f = |field: &str| format!("{id}.{field}");
        w.detail(f("custodian"), "f_custodian", &self.custodian);
        w.detail(f("identifiers"), "l_identifiers", &self.identifiers);
        let cats = w.categories(&self.categories);
        w.detail(f("categories"), "f_categories", &cats);
        w.detail(f("relation"), "f_relation_to_offence", &self.relation_to_offence);
        w.detail(f("why"), "l_reasons", &self.why_needed);
        w.sentence(f("mla_to_follow"), "s_mla_to_follow", self.mla_to_follow);
    }

    variant_of!(Preservation);
}
