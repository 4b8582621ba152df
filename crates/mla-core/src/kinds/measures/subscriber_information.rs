//! Subscriber information held by a service provider (Budapest Convention
//! art. 18(3), 31): who held an account, an e-mail address or an IP
//! address at a given moment, the service and its period, the address
//! and the billing details.

use super::prelude::*;

/// Subscriber information held by a service provider (Budapest Convention
/// art. 18(3), 31).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct SubscriberInformation {
    pub provider: String,
    /// The electronic identifiers concerned, by id (`Draft::identifiers`).
    pub identifier_ids: Vec<String>,
    pub date_from: String,
    pub date_to: String,
    /// The reference of an earlier preservation request, if any.
    pub preservation_reference: String,
}

impl Kind for SubscriberInformation {
    const QUESTIONS: &'static [Question] = &[
        detail!(SubscriberProvider, Text, SubscriberInformation => provider),
        detail!(SubscriberIdentifiers, Identifiers, SubscriberInformation => identifier_ids),
        detail!(SubscriberFrom, Date, SubscriberInformation => date_from),
        detail!(SubscriberTo, Date, SubscriberInformation => date_to),
        detail!(SubscriberPreservationReference, Text, SubscriberInformation => preservation_reference),
    ];

    const RULES: &'static [Rule] = &[
        Rule {
            id: "subscriber_provider",
            severity: Blocking,
            source: "Budapest Convention art. 18(3), 31",
            check: |d, _| {
                each(d, |x: &SubscriberInformation, _| {
                    blank(&x.provider).then_some(Q::SubscriberProvider.path())
                })
            },
        },
        Rule {
            id: "subscriber_identifiers",
            severity: Blocking,
            source: "Budapest Convention art. 18(3), 31",
            check: |d, _| {
                each(d, |x: &SubscriberInformation, _| {
                    identifiers_missing(d, &x.identifier_ids, Q::SubscriberIdentifiers)
                })
            },
        },
        Rule {
            id: "subscriber_period",
            severity: Blocking,
            source: "Budapest Convention art. 18(3)",
            check: |d, _| {
                each(d, |x: &SubscriberInformation, _| {
                    blank(&x.date_from).then_some(Q::SubscriberFrom.path())
                })
            },
        },
    ];

    const COERCIVE: bool = true;

    fn paragraphs(&self, w: &mut Writer, id: &str, d: &Draft) {
        let f = |field: &str| format!("{id}.{field}");
        w.detail(f("provider"), "f_provider", &self.provider);
        let identifiers = w.electronic_identifiers(d, &self.identifier_ids);
        w.detail_set(f("identifiers"), "l_identifiers", &identifiers);
        let period = w.period(&self.date_from, &self.date_to);
        w.detail(f("period"), "f_date", &period);
        w.detail(
            f("preservation"),
            "f_preservation_reference",
            &self.preservation_reference,
        );
    }

    variant_of!(SubscriberInformation);
}
