//! Freezing property (UNTOC art. 18(3)(c), 13; UNCAC art. 46(3)(j), 55(3)).

use super::prelude::*;

/// Freezing property (UNTOC art. 18(3)(c), 13; UNCAC art. 46(3)(j), 55(3)).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Freezing {
    pub asset: String,
    pub location: String,
    pub estimated_value: String,
    pub link_to_offence: String,
    pub dissipation_risk: String,
    /// The annex holding the freezing order (its id), empty when none.
    pub order_annex: String,
    pub confiscation_to_follow: bool,
}

impl Kind for Freezing {
    const QUESTIONS: &'static [Question] = &[
        detail!(FreezingAsset, Area, Freezing => asset),
        detail!(FreezingLocation, Text, Freezing => location),
        detail!(FreezingValue, Text, Freezing => estimated_value),
        detail!(FreezingLink, Area, Freezing => link_to_offence),
        detail!(FreezingDissipation, Area, Freezing => dissipation_risk),
        detail!(FreezingOrderAnnex, Annex, Freezing => order_annex),
        detail!(FreezingConfiscation, Check, Freezing => confiscation_to_follow),
    ];

    const RULES: &'static [Rule] = &[
        Rule {
            id: "freezing_asset",
            severity: Blocking,
            source: "UNTOC art. 18(3)(c); UNCAC art. 55(3)",
            check: |d, _| {
                each(d, |x: &Freezing, _| {
                    if blank(&x.asset) {
                        Some(Q::FreezingAsset.path())
                    } else {
                        blank(&x.location).then_some(Q::FreezingLocation.path())
                    }
                })
            },
        },
        Rule {
            id: "freezing_link",
            severity: Blocking,
            source: "UNTOC art. 13(1); UNCAC art. 55(3)",
            check: |d, _| {
                each(d, |x: &Freezing, _| {
                    blank(&x.link_to_offence).then_some(Q::FreezingLink.path())
                })
            },
        },
        Rule {
            id: "freezing_value",
            severity: Warning,
            source: "UNCAC art. 55(3)",
            check: |d, _| {
                each(d, |x: &Freezing, _| {
                    blank(&x.estimated_value).then_some(Q::FreezingValue.path())
                })
            },
        },
        Rule {
            id: "freezing_order",
            severity: Warning,
            source: "UNTOC art. 13(1); UNCAC art. 55(3)",
            check: |d, _| {
                each(d, |x: &Freezing, _| {
                    annex_missing(d, &x.order_annex).then_some(Q::FreezingOrderAnnex.path())
                })
            },
        },
    ];

    const COERCIVE: bool = true;

    fn paragraphs(&self, w: &mut Writer, id: &str, d: &Draft) {
        let f = |field: &str| format!("{id}.{field}");
        w.detail(f("asset"), "f_asset", &self.asset);
        w.detail(f("location"), "f_asset_location", &self.location);
        w.detail(f("value"), "f_estimated_value", &self.estimated_value);
        w.detail(f("link"), "f_link_to_offence", &self.link_to_offence);
        w.detail(f("risk"), "f_dissipation_risk", &self.dissipation_risk);
        w.annexed(f("order"), "s_order_annexed", d, &self.order_annex);
        w.sentence(
            f("confiscation"),
            "s_confiscation_to_follow",
            self.confiscation_to_follow,
        );
    }

    variant_of!(Freezing);
}
