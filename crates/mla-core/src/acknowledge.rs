//! Acknowledging a warning: the user has considered it and leaves the
//! request as it is, for a reason recorded in the draft. The finding then
//! stops counting but stays listed, with its reason, in the check step and
//! in `mla check`. A blocking finding cannot be acknowledged: the request
//! cannot go without what it names.
//!
//! An acknowledgement names its place with list items by id
//! ([`stable_path`]), so it follows its item when lists are reordered and
//! lapses with the item.

use crate::findings::{Finding, Severity};
use crate::model::{Acknowledgement, Draft};
use crate::questions::ListId;

/// Why an acknowledgement was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AckError {
    #[error("a blocking finding cannot be acknowledged")]
    Blocking,
    #[error("an acknowledgement needs a reason")]
    NoReason,
}

/// The ids of the items of the list whose path is `list` (`measures`,
/// `facts.items`...), if it is a list.
fn list_ids(d: &Draft, list: &str) -> Option<Vec<String>> {
    if list == "measures" {
        return Some(d.measures.iter().map(|m| m.id.clone()).collect());
    }
    ListId::ALL
        .iter()
        .map(|l| l.list())
        .find(|l| l.path == list)
        .map(|l| (l.ids)(d))
}

/// `path` with each list index replaced by the item's id:
/// `measures[2].details.x` → `measures[m-1a].details.x`. An index with no
/// item stays as it is.
pub fn stable_path(d: &Draft, path: &str) -> String {
    let mut out = String::with_capacity(path.len() + 16);
    let mut rest = path;
    while let Some(open) = rest.find('[') {
        let (before, after) = rest.split_at(open);
        out.push_str(before);
        let Some(close) = after.find(']') else {
            break;
        };
        let index = &after[1..close];
        // The list's path is everything before this bracket (`facts.items`,
        // `measures`); the draft has no lists inside list items.
        let list = crate::questions::shape_of(&out);
        let id = index
            .parse::<usize>()
            .ok()
            .and_then(|i| list_ids(d, &list).and_then(|ids| ids.get(i).cloned()));
        out.push('[');
        out.push_str(id.as_deref().unwrap_or(index));
        out.push(']');
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

/// The reason the user gave for this finding, if acknowledged.
pub fn reason(d: &Draft, rule: &str, severity: Severity, path: &str) -> Option<String> {
    if severity == Severity::Blocking || d.acknowledgements.is_empty() {
        return None;
    }
    let at = stable_path(d, path);
    d.acknowledgements
        .iter()
        .find(|a| a.rule == rule && a.at == at)
        .map(|a| a.reason.clone())
}

/// Records that the user leaves `f` as it is, for `reason`, on `date`.
/// Acknowledging again replaces the reason.
pub fn acknowledge(d: &mut Draft, f: &Finding, reason: &str, date: &str) -> Result<(), AckError> {
    if f.severity == Severity::Blocking {
        return Err(AckError::Blocking);
    }
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(AckError::NoReason);
    }
    let at = stable_path(d, &f.path);
    d.acknowledgements
        .retain(|a| !(a.rule == f.rule && a.at == at));
    d.acknowledgements.push(Acknowledgement {
        rule: f.rule.to_string(),
        at,
        reason: reason.to_string(),
        date: date.to_string(),
    });
    Ok(())
}

/// Withdraws the acknowledgement of `f`: it counts again.
pub fn withdraw(d: &mut Draft, f: &Finding) {
    let at = stable_path(d, &f.path);
    d.acknowledgements
        .retain(|a| !(a.rule == f.rule && a.at == at));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Fact, Measure, MeasureType};

    fn draft() -> Draft {
        let mut d = Draft::default();
        d.facts.items = vec![Fact::with_id("f-a".into()), Fact::with_id("f-b".into())];
        d.measures = vec![
            Measure::new("m-a", MeasureType::TakingEvidence),
            Measure::new("m-b", MeasureType::Records),
        ];
        d
    }

    #[test]
    fn paths_name_items_by_id() {
        let d = draft();
        assert_eq!(
            stable_path(&d, "measures[1].details.holder"),
            "measures[m-b].details.holder"
        );
        assert_eq!(
            stable_path(&d, "facts.items[0].what"),
            "facts.items[f-a].what"
        );
        assert_eq!(
            stable_path(&d, "measures[7].purpose"),
            "measures[7].purpose"
        );
        assert_eq!(stable_path(&d, "urgency.reasons"), "urgency.reasons");
    }

    fn finding(severity: Severity, path: &str) -> Finding {
        Finding {
            rule: "hearing_questions",
            severity,
            path: path.into(),
            args: Default::default(),
            source: "UNTOC art. 18(17)",
            acknowledged: None,
        }
    }

    #[test]
    fn an_acknowledgement_follows_its_item_and_lapses_with_it() {
        let mut d = draft();
        let f = finding(Severity::Warning, "measures[0].details.questions");
        assert_eq!(
            acknowledge(&mut d, &f, "  ", "2026-12-01"),
            Err(AckError::NoReason)
        );
        acknowledge(&mut d, &f, "Asked orally by the judge", "2026-12-01").unwrap();
        let at = |d: &Draft, p: &str| reason(d, "hearing_questions", Severity::Warning, p);
        assert_eq!(
            at(&d, "measures[0].details.questions").as_deref(),
            Some("Asked orally by the judge")
        );
        // Reordered: it follows measure m-a.
        d.measures.swap(0, 1);
        assert_eq!(at(&d, "measures[0].details.questions"), None);
        assert!(at(&d, "measures[1].details.questions").is_some());
        // Another rule at the same place is not acknowledged.
        assert_eq!(
            reason(
                &d,
                "hearing_officials",
                Severity::Warning,
                "measures[1].details.questions"
            ),
            None
        );
        // Removed: nothing stands in for it.
        d.measures.retain(|m| m.id != "m-a");
        assert_eq!(at(&d, "measures[0].details.questions"), None);
        withdraw(
            &mut d,
            &finding(Severity::Warning, "measures[0].details.questions"),
        );
        assert_eq!(
            d.acknowledgements.len(),
            1,
            "withdrawing another item's leaves this one"
        );
    }

    #[test]
    fn blocking_findings_cannot_be_acknowledged() {
        let mut d = draft();
        let f = finding(Severity::Blocking, "measures[0].purpose");
        assert_eq!(
            acknowledge(&mut d, &f, "No", "2026-12-01"),
            Err(AckError::Blocking)
        );
        // Even written into the file by hand, it does not take.
        d.acknowledgements.push(Acknowledgement {
            rule: f.rule.into(),
            at: stable_path(&d, &f.path),
            reason: "By hand".into(),
            date: String::new(),
        });
        assert_eq!(reason(&d, f.rule, Severity::Blocking, &f.path), None);
    }
}
