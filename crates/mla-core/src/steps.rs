//! The wizard's steps, in order, and which step owns which field.
//!
//! The order follows the structure of a request (UNTOC art. 18(15)): who asks,
//! whom, on what basis, in which proceedings, about what, what is sought, on
//! which conditions, then the formalities and the final check.

/// One step of the request wizard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Step {
    Requesting,
    Requested,
    LegalBasis,
    Proceedings,
    Offences,
    Facts,
    Persons,
    Measures,
    Conditions,
    Annexes,
    Signature,
    Check,
    /// The assembled request: preview, final edits, PDF and DOCX.
    Document,
}

impl Step {
    /// All steps in wizard order.
    pub const ALL: [Step; 13] = [
        Step::Requesting,
        Step::Requested,
        Step::LegalBasis,
        Step::Proceedings,
        Step::Offences,
        Step::Facts,
        Step::Persons,
        Step::Measures,
        Step::Conditions,
        Step::Annexes,
        Step::Signature,
        Step::Check,
        Step::Document,
    ];

    /// The stable slug used in URLs, stored drafts and message keys.
    pub fn slug(self) -> &'static str {
        match self {
            Step::Requesting => "requesting",
            Step::Requested => "requested",
            Step::LegalBasis => "legal_basis",
            Step::Proceedings => "proceedings",
            Step::Offences => "offences",
            Step::Facts => "facts",
            Step::Persons => "persons",
            Step::Measures => "measures",
            Step::Conditions => "conditions",
            Step::Annexes => "annexes",
            Step::Signature => "signature",
            Step::Check => "check",
            Step::Document => "document",
        }
    }

    /// The step with this slug.
    pub fn from_slug(slug: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// Position in the wizard, from 0.
    pub fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    /// The step that owns a field path such as `measures[2].purpose`: the
    /// step that asks it ([`crate::questions`]), else by its head.
    pub fn of_path(path: &str) -> Step {
        if let Some((step, _)) = crate::questions::find(path) {
            return step;
        }
        match path.split(['.', '[']).next().unwrap_or("") {
            "measures" => Step::Measures,
            "document" => Step::Document,
            _ => Step::Check,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip() {
        for s in Step::ALL {
            assert_eq!(Step::from_slug(s.slug()), Some(s));
        }
        assert_eq!(Step::from_slug("nope"), None);
    }

    #[test]
    fn paths_map_to_their_step() {
        assert_eq!(Step::of_path("measures[3].purpose"), Step::Measures);
        assert_eq!(Step::of_path("urgency.reasons"), Step::Conditions);
        assert_eq!(Step::of_path("language"), Step::Signature);
        assert_eq!(Step::of_path("requesting.authority.name"), Step::Requesting);
    }
}
