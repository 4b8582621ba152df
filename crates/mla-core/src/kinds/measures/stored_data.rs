//! Access to stored computer data (Budapest Convention art. 30-31).

use super::prelude::*;
use crate::model::DataCategories;

/// Access to stored computer data (Budapest Convention art. 30-31).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct StoredData {
    pub provider: String,
    /// The electronic identifiers concerned, by id (`Draft::identifiers`).
    pub identifier_ids: Vec<String>,
    pub categories: DataCategories,
    pub date_from: String,
    pub date_to: String,
    pub time_zone: String,
    pub preservation_reference: String,
}

impl Kind for StoredData {
    const QUESTIONS: &'static [Question] = &[
        detail!(StoredProvider, Text, StoredData => provider),
        detail!(StoredIdentifiers, Identifiers, StoredData => identifier_ids),
        detail!(StoredCategories, Categories, StoredData => categories),
        detail!(StoredFrom, Date, StoredData => date_from),
        detail!(StoredTo, Date, StoredData => date_to),
        detail!(StoredTimeZone, Text, StoredData => time_zone),
        detail!(StoredPreservationReference, Text, StoredData => preservation_reference),
    ];

    const RULES: &'static [Rule] = &[
        Rule {
            id: "stored_data_provider",
            severity: Blocking,
            source: "Budapest Convention art. 31",
            check: |d, _| {
                each(d, |x: &StoredData, _| {
                    if blank(&x.provider) {
                        Some(Q::StoredProvider.path())
                    } else {
                        identifiers_missing(d, &x.identifier_ids, Q::StoredIdentifiers)
                    }
                })
            },
        },
        Rule {
            id: "stored_data_categories",
            severity: Blocking,
            source: "Budapest Convention art. 31",
            check: |d, _| {
                each(d, |x: &StoredData, _| {
                    (!x.categories.any()).then_some(Q::StoredCategories.path())
                })
            },
        },
        Rule {
            id: "stored_data_period",
            // EE-06 (Budapest 18(3), checked): the date range is essential.
            severity: Blocking,
            source: "Budapest Convention art. 18(3), 31",
            check: |d, _| {
                each(d, |x: &StoredData, _| {
                    blank(&x.date_from).then_some(Q::StoredFrom.path())
                })
            },
        },
        Rule {
            id: "stored_data_time_zone",
            severity: Warning,
            source: "Budapest Convention art. 31",
            check: |d, _| {
                each(d, |x: &StoredData, _| {
                    blank(&x.time_zone).then_some(Q::StoredTimeZone.path())
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
        let cats = w.categories(&self.categories);
        w.detail_set(f("categories"), "f_categories", &cats);
        let period = w.period(&self.date_from, &self.date_to);
        w.detail(f("period"), "f_date", &period);
        w.detail(f("time_zone"), "f_time_zone", &self.time_zone);
        w.detail(
            f("preservation"),
            "f_preservation_reference",
            &self.preservation_reference,
        );
    }

    variant_of!(StoredData);
}
