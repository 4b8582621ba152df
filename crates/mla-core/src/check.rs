//! Running the rules over a draft.

use crate::findings::Finding;
use crate::model::Draft;

/// What the check knows beyond the draft itself: the requested State's
/// requirements, once the directory supplies them.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct CheckContext {
    /// BCP 47 tags of the languages the requested State accepts for
    /// requests; `None` when unknown (then no language finding is made).
    pub accepted_languages: Option<Vec<String>>,
    /// Information or documents the requested authority requires.
    pub required_documents: Vec<String>,
    /// What the requested authority asks for in urgent cases.
    pub urgent_procedure: String,
}

/// Every problem in the draft, at once, in the order of the request's
/// structure (never only the first: art. 18(16) requests for more
/// information are what this prevents).
pub fn check(draft: &Draft, context: &CheckContext) -> Vec<Finding> {
    crate::rules::all()
        .flat_map(|rule| {
            (rule.check)(draft, context)
                .into_iter()
                .map(move |hit| Finding {
                    acknowledged: crate::acknowledge::reason(
                        draft,
                        rule.id,
                        rule.severity,
                        &hit.path,
                    ),
                    rule: rule.id,
                    severity: rule.severity,
                    path: hit.path,
                    args: hit.args,
                    source: rule.source,
                })
        })
        .collect()
}
