//! Effecting service of judicial documents (UNTOC art. 18(3)(b)).

use super::prelude::*;
use crate::questions::measures::Link;

/// Effecting service of judicial documents (UNTOC art. 18(3)(b)).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct ServiceOfDocuments {
    pub documents: String,
    pub proof_of_service: String,
}

impl Kind for ServiceOfDocuments {
    const QUESTIONS: &'static [Question] = &[
        detail!(ServiceDocuments, Area, ServiceOfDocuments => documents),
        detail!(ServiceProof, Text, ServiceOfDocuments => proof_of_service),
    ];

    const RULES: &'static [Rule] = &[
        Rule {
            id: "service_documents",
            severity: Blocking,
            source: "UNTOC art. 18(3)(b)",
            check: |d, _| {
                each(d, |x: &ServiceOfDocuments, _| {
                    blank(&x.documents).then_some(Q::ServiceDocuments.path())
                })
            },
        },
        Rule {
            id: "service_recipient",
            severity: Blocking,
            source: "UNTOC art. 18(3)(b), 18(15)(e)",
            check: |d, _| {
                each(d, |_: &ServiceOfDocuments, m| {
                    m.person_ids.is_empty().then_some(Link::Persons.path())
                })
            },
        },
    ];

    const YIELDS_EVIDENCE: bool = false;
    const NEEDS_FACTS: bool = false;

    fn persons_to_find<'a>(&'a self, m: &'a Measure) -> Vec<&'a String> {
        m.person_ids.iter().collect()
    }

    fn paragraphs(&self, w: &mut Writer, id: &str, _d: &Draft) {
        w.detail(format!("{id}.documents"), "f_documents", &self.documents);
        w.detail(
            format!("{id}.proof"),
            "f_proof_of_service",
            &self.proof_of_service,
        );
    }

    variant_of!(ServiceOfDocuments);
}
