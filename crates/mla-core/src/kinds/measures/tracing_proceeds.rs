//! Identifying or tracing proceeds of crime, property and instrumentalities
//! (UNTOC art. 18(3)(g); UNCAC art. 46(3)(j)).

use super::prelude::*;

/// Identifying or tracing proceeds of crime, property and instrumentalities
/// (UNTOC art. 18(3)(g); UNCAC art. 46(3)(j)).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct TracingProceeds {
    pub property: String,
    pub known_locations: String,
    pub link_to_offence: String,
}

impl Kind for TracingProceeds {
    const QUESTIONS: &'static [Question] = &[
        detail!(TracingProperty, Area, TracingProceeds => property),
        detail!(TracingLocations, Area, TracingProceeds => known_locations),
        detail!(TracingLink, Area, TracingProceeds => link_to_offence),
    ];

    const RULES: &'static [Rule] = &[Rule {
        id: "tracing_property",
        severity: Blocking,
        source: "UNTOC art. 18(3)(g); UNCAC art. 46(3)(j)",
        check: |d, _| {
            each(d, |x: &TracingProceeds, _| {
                blank(&x.property).then_some(Q::TracingProperty.path())
            })
        },
    }];

    const COERCIVE: bool = true;

    fn paragraphs(&self, w: &mut Writer, id: &str, _d: &Draft) {
        let f = |field: &str| format!("{id}.{field}");
        w.detail(f("property"), "f_property", &self.property);
        w.detail(f("locations"), "f_known_locations", &self.known_locations);
        w.detail(f("link"), "f_link_to_offence", &self.link_to_offence);
    }

    variant_of!(TracingProceeds);
}
