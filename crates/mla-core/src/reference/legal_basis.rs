//! The legal-basis finder: which instruments are in force between two
//! States and cover what a request asks for, most specific first.

use super::treaties::{Subject, Treaties, TreatyRecord};
use crate::model::{Draft, Instrument};

/// The subjects a draft touches: always mutual legal assistance, plus
/// confiscation when it asks to freeze or trace assets (UNTOC art. 13,
/// UNCAC art. 55) and cybercrime when it asks for computer data
/// (Budapest art. 29-31).
pub fn subjects_of(draft: &Draft) -> Vec<Subject> {
    let mut subjects = vec![Subject::Mla];
    let has = |types: &[&str]| {
        draft
            .measures
            .iter()
            .any(|m| types.contains(&m.details.type_name()))
    };
    if has(&["freezing", "tracing_proceeds"]) {
        subjects.push(Subject::Confiscation);
    }
    if has(&["preservation", "stored_data"]) {
        subjects.push(Subject::Cybercrime);
    }
    subjects
}

/// Instruments in force for both States on `date` (YYYY-MM-DD) that cover
/// one of `subjects`: bilateral before regional before multilateral, and
/// within each, those covering more of the subjects first.
pub fn find<'a>(
    treaties: &'a Treaties,
    requesting: &str,
    requested: &str,
    subjects: &[Subject],
    date: &str,
) -> Vec<&'a TreatyRecord> {
    if requesting.is_empty() || requested.is_empty() || requesting == requested {
        return Vec::new();
    }
    let covered = |t: &TreatyRecord| subjects.iter().filter(|s| t.subjects.contains(s)).count();
    let mut found: Vec<&TreatyRecord> = treaties
        .instruments
        .iter()
        .filter(|t| covered(t) > 0)
        .filter(|t| t.in_force_for(requesting, date) && t.in_force_for(requested, date))
        .collect();
    found.sort_by(|a, b| {
        a.kind
            .cmp(&b.kind)
            .then(covered(b).cmp(&covered(a)))
            .then(a.title.cmp(&b.title))
    });
    found
}

/// The draft's entry for a chosen instrument.
pub fn to_instrument(t: &TreatyRecord) -> Instrument {
    Instrument {
        id: t.id.clone(),
        title: t.title.clone(),
        articles: t.articles.clone(),
    }
}

/// Whether the draft already relies on this instrument (by id, or by the
/// same title typed by hand).
pub fn is_used(draft: &Draft, t: &TreatyRecord) -> bool {
    draft
        .legal_basis
        .instruments
        .iter()
        .any(|i| i.id == t.id || i.title.trim().eq_ignore_ascii_case(t.title.trim()))
}

/// Adds the instrument to the draft's legal basis unless it is there.
/// Returns whether the draft changed.
pub fn insert(draft: &mut Draft, t: &TreatyRecord) -> bool {
    if is_used(draft, t) {
        return false;
    }
    draft.legal_basis.instruments.push(to_instrument(t));
    true
}
