//! Any other assistance not contrary to the requested State's law (UNTOC
//! art. 18(3)(i)): joint investigation teams, controlled delivery...

use super::prelude::*;

/// Any other assistance not contrary to the requested State's law (UNTOC art.
/// 18(3)(i)): joint investigation teams, controlled delivery...
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Other {
    pub name: String,
    pub description: String,
}

impl Kind for Other {
    const QUESTIONS: &'static [Question] = &[
        detail!(OtherName, Text, Other => name),
        detail!(OtherDescription, Area, Other => description),
    ];

    const RULES: &'static [Rule] = &[Rule {
        id: "other_description",
        severity: Blocking,
        source: "UNTOC art. 18(3)(i)",
        check: |d, _| {
            each(d, |x: &Other, _| {
                if blank(&x.name) {
                    Some(Q::OtherName.path())
                } else {
                    blank(&x.description).then_some(Q::OtherDescription.path())
                }
            })
        },
    }];

    fn paragraphs(&self, w: &mut Writer, id: &str, _d: &Draft) {
        w.detail(format!("{id}.name"), "l_kind_of_assistance", &self.name);
        w.detail(format!("{id}.description"), "f_description", &self.description);
    }

    variant_of!(Other);
}
