//! What a completeness check reports: a finding per problem, never a
//! translated sentence (the UI and the command line translate the key).

use serde::Serialize;
use std::collections::BTreeMap;

use crate::steps::Step;

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The request would be refused or returned unregistered.
    Blocking,
    /// Likely to cause delay or a request for more information (art. 18(16)).
    Warning,
    /// Good practice that makes execution easier.
    Advice,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Blocking => "blocking",
            Severity::Warning => "warning",
            Severity::Advice => "advice",
        }
    }
}

/// One problem found in a draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The rule that found it; its message is `finding_<rule>` in the
    /// locale files, which the app and `mla check` both read.
    pub rule: &'static str,
    pub severity: Severity,
    /// The field concerned, e.g. `measures[1].purpose`; the UI focuses it.
    pub path: String,
    /// Values for the message, e.g. the number of the measure.
    pub args: BTreeMap<&'static str, String>,
    /// The legal source, e.g. "UNTOC art. 18(15)(c)".
    pub source: &'static str,
    /// The user's reason, when the user has acknowledged this warning or
    /// advice; it then no longer counts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acknowledged: Option<String>,
}

impl Finding {
    /// The wizard step where the field lives.
    pub fn step(&self) -> Step {
        Step::of_path(&self.path)
    }
}

/// How many findings of each severity a list holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub blocking: usize,
    pub warning: usize,
    pub advice: usize,
}

impl Counts {
    /// The findings that count: acknowledged ones do not.
    pub fn of(findings: &[Finding]) -> Counts {
        let mut c = Counts::default();
        for f in findings.iter().filter(|f| f.acknowledged.is_none()) {
            match f.severity {
                Severity::Blocking => c.blocking += 1,
                Severity::Warning => c.warning += 1,
                Severity::Advice => c.advice += 1,
            }
        }
        c
    }
}
