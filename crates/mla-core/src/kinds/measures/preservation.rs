//! Expedited preservation of stored computer data (Budapest Convention
//! art. 29).

use super::prelude::*;
use crate::model::{DataCategories, PreservationStatus};

/// Expedited preservation of stored computer data (Budapest Convention art.
/// 29).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Preservation {
    /// A first request, an extension of an earlier one, or a follow-up.
    pub status: PreservationStatus,
    /// The earlier request's reference, for an extension or a follow-up.
    pub earlier_reference: String,
    pub custodian: String,
    /// The electronic identifiers concerned, by id (`Draft::identifiers`).
    pub identifier_ids: Vec<String>,
    pub categories: DataCategories,
    pub relation_to_offence: String,
    pub why_needed: String,
    pub mla_to_follow: bool,
}

impl Kind for Preservation {
    const QUESTIONS: &'static [Question] = &[
        detail!(PreservationStatus, Choice(PreservationStatus), Preservation => status),
        Question {
            // Asked once the request extends or follows an earlier one.
            only_if: Some(|d, id| {
                super::find::<Preservation>(d, id)
                    .is_some_and(|p| p.status != PreservationStatus::New)
            }),
            ..detail!(PreservationEarlierReference, Text, Preservation => earlier_reference)
        },
        detail!(PreservationCustodian, Text, Preservation => custodian),
        detail!(PreservationIdentifiers, Identifiers, Preservation => identifier_ids),
        detail!(PreservationCategories, Categories, Preservation => categories),
        detail!(PreservationRelation, Area, Preservation => relation_to_offence),
        detail!(PreservationWhy, Area, Preservation => why_needed),
        detail!(PreservationMlaToFollow, Check, Preservation => mla_to_follow),
    ];

    const RULES: &'static [Rule] = &[
        Rule {
            id: "preservation_earlier_reference",
            // EE-01: the model request's status, checked against the T-CY
            // template's headers.
            severity: Blocking,
            source: "Budapest Convention art. 29(2); T-CY(2018)11 model request, §3, §9–10",
            check: |d, _| {
                each(d, |x: &Preservation, _| {
                    (x.status != PreservationStatus::New && blank(&x.earlier_reference))
                        .then_some(Q::PreservationEarlierReference.path())
                })
            },
        },
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
                    identifiers_missing(d, &x.identifier_ids, Q::PreservationIdentifiers).or_else(
                        || blank(&x.relation_to_offence).then_some(Q::PreservationRelation.path()),
                    )
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

    fn paragraphs(&self, w: &mut Writer, id: &str, d: &Draft) {
        let f = |field: &str| format!("{id}.{field}");
        // A first request says nothing of it; an extension or a follow-up
        // says so first.
        if self.status != PreservationStatus::New {
            let status = w.preservation_status(self.status);
            w.detail_set(f("status"), "f_preservation_status", status);
        }
        w.detail(f("earlier"), "f_earlier_reference", &self.earlier_reference);
        w.detail(f("custodian"), "f_custodian", &self.custodian);
        let identifiers = w.electronic_identifiers(d, &self.identifier_ids);
        w.detail_set(f("identifiers"), "l_identifiers", &identifiers);
        let cats = w.categories(&self.categories);
        w.detail_set(f("categories"), "f_categories", &cats);
        w.detail(f("relation"), "f_relation_to_offence", &self.relation_to_offence);
        w.detail(f("why"), "l_reasons", &self.why_needed);
        w.sentence(f("mla_to_follow"), "s_mla_to_follow", self.mla_to_follow);
    }

    variant_of!(Preservation);
}
