//! Examining objects and sites (UNTOC art. 18(3)(d)).

use super::prelude::*;

/// Examining objects and sites (UNTOC art. 18(3)(d)).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Examination {
    pub object_or_site: String,
    pub what_to_examine: String,
}

impl Kind for Examination {
    const QUESTIONS: &'static [Question] = &[
        detail!(ExaminationObject, Text, Examination => object_or_site),
        detail!(ExaminationWhat, Area, Examination => what_to_examine),
    ];

    const RULES: &'static [Rule] = &[Rule {
        id: "examination_object",
        severity: Blocking,
        source: "UNTOC art. 18(3)(d)",
        check: |d, _| {
            each(d, |x: &Examination, _| {
                blank(&x.object_or_site).then_some(Q::ExaminationObject.path())
            })
        },
    }];

    fn paragraphs(&self, w: &mut Writer, id: &str, _d: &Draft) {
        w.detail(format!("{id}.object"), "f_object_or_site", &self.object_or_site);
        w.detail(format!("{id}.what"), "f_what_to_examine", &self.what_to_examine);
    }

    variant_of!(Examination);
}
