//! The completeness rules of the request as a whole, as two tables around
//! each kind of measure's own (in `kinds::measures::<kind>`); [`all`] runs
//! them in the order of the request's structure.
//!
//! Each row is a rule: its id (also its message key, `finding_<id>` in the
//! UI catalogues), how severe a breach is, the legal source it rests on, and
//! a function that returns every place in the draft where it is broken.
//! Adding a rule is adding a row, a message in every locale and a test case
//! in `tests/rules.rs`; nothing else changes.

use std::collections::BTreeMap;

use crate::check::CheckContext;
use crate::findings::Severity::{self, Advice, Blocking, Warning};
use crate::model::{Draft, IdentifierKind, Measure};
use crate::questions::measures::Link;
use crate::questions::{ListId, Q};

/// One place where a rule is broken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub path: String,
    pub args: BTreeMap<&'static str, String>,
}

impl Hit {
    pub(crate) fn at(path: impl Into<String>) -> Hit {
        Hit {
            path: path.into(),
            args: BTreeMap::new(),
        }
    }

    pub(crate) fn numbered(path: impl Into<String>, index: usize) -> Hit {
        let mut hit = Hit::at(path);
        hit.args.insert("n", (index + 1).to_string());
        hit
    }
}

/// A completeness rule.
pub struct Rule {
    pub id: &'static str,
    pub severity: Severity,
    pub source: &'static str,
    pub check: fn(&Draft, &CheckContext) -> Vec<Hit>,
}

pub(crate) fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

/// A hit at `path` when `missing` holds.
fn when(missing: bool, path: &str) -> Vec<Hit> {
    if missing {
        vec![Hit::at(path)]
    } else {
        Vec::new()
    }
}

/// A hit for every measure where `field` names the path of a missing
/// answer (a question's or a link's, `measures[].…`).
pub(crate) fn each_measure(
    d: &Draft,
    field: impl Fn(&Measure) -> Option<&'static str>,
) -> Vec<Hit> {
    d.measures
        .iter()
        .enumerate()
        .filter_map(|(i, m)| {
            field(m).map(|shape| Hit::numbered(crate::questions::path_at(shape, i), i))
        })
        .collect()
}

/// A hit for every item of a list where `question` names a missing answer.
fn each_item<T>(list: &[T], question: impl Fn(&T) -> Option<Q>) -> Vec<Hit> {
    list.iter()
        .enumerate()
        .filter_map(|(i, x)| question(x).map(|q| Hit::numbered(q.path_at(i), i)))
        .collect()
}

/// Whether an annex is already in a language the requested authority
/// accepts: one the directory lists, or, without directory data, the
/// language of the request. Tags compare by their primary language
/// (`sr-Latn` accepts `sr`).
fn in_accepted_language(a: &crate::model::Annex, d: &Draft, ctx: &CheckContext) -> bool {
    let primary = |tag: &str| {
        tag.trim()
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase()
    };
    let lang = primary(&a.language);
    if lang.is_empty() {
        return false;
    }
    match &ctx.accepted_languages {
        Some(accepted) => accepted.iter().any(|l| primary(l) == lang),
        None => d.language.is_some_and(|l| primary(l.tag()) == lang),
    }
}

/// Whether the request needs an account of the facts: it asks for nothing
/// yet, or for something that must be tied to the facts (serving documents
/// alone need none).
fn needs_facts(d: &Draft) -> bool {
    d.measures.is_empty()
        || d.measures
            .iter()
            .any(|m| m.details.measure_type().needs_facts())
}

/// Whether anything the request asks for yields evidence or information
/// whose use can be limited (serving documents yields none).
fn yields_evidence(d: &Draft) -> bool {
    d.measures
        .iter()
        .any(|m| m.details.measure_type().yields_evidence())
}

/// The persons a measure is carried out on in person, so the requested
/// State must find them: the persons heard or served, the person who is
/// to appear or to be transferred.
fn persons_to_find(m: &Measure) -> Vec<&String> {
    m.details.persons_to_find(m)
}

fn has_coercive_measure(d: &Draft) -> bool {
    d.measures
        .iter()
        .any(|m| m.details.measure_type().is_coercive())
}

/// The person a single-person measure names must exist in the draft.
pub(crate) fn person_field(d: &Draft, person_id: &str, question: Q) -> Option<&'static str> {
    (blank(person_id) || d.person(person_id).is_none()).then_some(question.path())
}

/// The rules up to the measures' own, in the order of the request's
/// structure.
static HEAD: &[Rule] = &[
    // (a) the authority making the request
    Rule {
        id: "requesting_state",
        severity: Blocking,
        source: "UNTOC art. 18(15)(a)",
        check: |d, _| when(blank(&d.requesting.state), Q::RequestingState.path()),
    },
    Rule {
        id: "requesting_authority",
        severity: Blocking,
        source: "UNTOC art. 18(15)(a)",
        check: |d, _| {
            when(
                blank(&d.requesting.authority.name),
                Q::RequestingAuthority.path(),
            )
        },
    },
    Rule {
        id: "requesting_contact",
        severity: Warning,
        source: "UNTOC art. 18(15)(a)",
        check: |d, _| {
            let a = &d.requesting.authority;
            when(
                blank(&a.phone) && blank(&a.email),
                Q::RequestingEmail.path(),
            )
        },
    },
    Rule {
        id: "requesting_reference",
        severity: Advice,
        source: "UNTOC art. 18(15)(a)",
        check: |d, _| {
            when(
                blank(&d.requesting.reference),
                Q::RequestingReference.path(),
            )
        },
    },
    // The requested State and its central authority
    Rule {
        id: "requested_state",
        severity: Blocking,
        source: "UNTOC art. 18(13)",
        check: |d, _| when(blank(&d.requested.state), Q::RequestedState.path()),
    },
    Rule {
        id: "requested_authority",
        severity: Warning,
        source: "UNTOC art. 18(13)",
        check: |d, _| {
            when(
                blank(&d.requested.authority_name),
                Q::RequestedAuthority.path(),
            )
        },
    },
    // Legal basis
    Rule {
        id: "legal_basis",
        severity: Blocking,
        source: "UNTOC art. 18(1), 18(7)",
        check: |d, _| {
            let lb = &d.legal_basis;
            when(
                lb.instruments.is_empty() && !lb.reciprocity,
                ListId::Instruments.path(),
            )
        },
    },
    Rule {
        id: "instrument_title",
        severity: Blocking,
        source: "UNTOC art. 18(7)",
        check: |d, _| {
            each_item(&d.legal_basis.instruments, |x| {
                blank(&x.title).then_some(Q::InstrumentTitle)
            })
        },
    },
    // (b) subject matter and nature of the proceedings, conducting authority
    Rule {
        id: "proceedings_kind",
        severity: Blocking,
        source: "UNTOC art. 18(15)(b)",
        check: |d, _| when(d.proceedings.kind.is_none(), Q::ProceedingsKind.path()),
    },
    Rule {
        id: "proceedings_subject",
        severity: Blocking,
        source: "UNTOC art. 18(15)(b)",
        check: |d, _| when(blank(&d.proceedings.subject), Q::ProceedingsSubject.path()),
    },
    Rule {
        id: "proceedings_authority",
        severity: Blocking,
        source: "UNTOC art. 18(15)(b)",
        check: |d, _| {
            when(
                blank(&d.proceedings.authority),
                Q::ProceedingsAuthority.path(),
            )
        },
    },
    Rule {
        id: "proceedings_functions",
        severity: Warning,
        source: "UNTOC art. 18(15)(b)",
        check: |d, _| {
            when(
                blank(&d.proceedings.authority_functions),
                Q::ProceedingsFunctions.path(),
            )
        },
    },
    // Offences and dual criminality
    Rule {
        id: "offences_none",
        severity: Blocking,
        source: "UNTOC art. 18(15)(b)",
        check: |d, _| when(d.offences.is_empty(), ListId::Offences.path()),
    },
    Rule {
        id: "offence_name",
        severity: Blocking,
        source: "UNTOC art. 18(15)(b)",
        check: |d, _| each_item(&d.offences, |o| blank(&o.name).then_some(Q::OffenceName)),
    },
    Rule {
        id: "offence_provision",
        severity: Warning,
        source: "UNTOC art. 18(9)",
        check: |d, _| {
            each_item(&d.offences, |o| {
                blank(&o.provision).then_some(Q::OffenceProvision)
            })
        },
    },
    Rule {
        id: "offence_penalty",
        severity: Advice,
        source: "UNTOC art. 18(9)",
        check: |d, _| {
            each_item(&d.offences, |o| {
                blank(&o.max_penalty).then_some(Q::OffencePenalty)
            })
        },
    },
    Rule {
        id: "offence_conduct",
        severity: Warning,
        source: "UNTOC art. 18(9)",
        check: |d, _| {
            if has_coercive_measure(d) {
                return Vec::new(); // dual_criminality_conduct reports it, as blocking
            }
            each_item(&d.offences, |o| {
                blank(&o.conduct).then_some(Q::OffenceConduct)
            })
        },
    },
    Rule {
        id: "dual_criminality_conduct",
        severity: Blocking,
        source: "UNTOC art. 18(9); UNCAC art. 46(9)(b)",
        check: |d, _| {
            if !has_coercive_measure(d) {
                return Vec::new();
            }
            each_item(&d.offences, |o| {
                blank(&o.conduct).then_some(Q::OffenceConduct)
            })
        },
    },
    // (c) summary of the facts, not needed for service of documents alone
    Rule {
        id: "facts_summary",
        severity: Blocking,
        source: "UNTOC art. 18(15)(c)",
        check: |d, _| {
            when(
                blank(&d.facts.summary) && needs_facts(d),
                Q::FactsSummary.path(),
            )
        },
    },
    Rule {
        id: "fact_what",
        severity: Blocking,
        source: "UNTOC art. 18(15)(c)",
        check: |d, _| each_item(&d.facts.items, |f| blank(&f.what).then_some(Q::FactWhat)),
    },
    Rule {
        id: "fact_when_where",
        severity: Warning,
        source: "UNTOC art. 18(15)(c)",
        check: |d, _| {
            each_item(&d.facts.items, |f| {
                if blank(&f.date_from) {
                    Some(Q::FactDateFrom)
                } else if blank(&f.place) {
                    Some(Q::FactPlace)
                } else {
                    None
                }
            })
        },
    },
    // (e) persons concerned
    Rule {
        id: "person_name",
        severity: Blocking,
        source: "UNTOC art. 18(15)(e)",
        check: |d, _| {
            each_item(&d.persons, |p| {
                blank(&p.family_name).then_some(Q::PersonFamilyName)
            })
        },
    },
    Rule {
        id: "person_nationality",
        severity: Advice,
        source: "UNTOC art. 18(15)(e)",
        check: |d, _| {
            each_item(&d.persons, |p| {
                blank(&p.nationality).then_some(Q::PersonNationality)
            })
        },
    },
    // Electronic identifiers (the computer-data measures refer to them)
    Rule {
        id: "identifier_value",
        severity: Blocking,
        source: "Budapest Convention art. 18(3), 29(2)(c)",
        check: |d, _| {
            each_item(&d.identifiers, |i| {
                blank(&i.value).then_some(Q::IdentifierValue)
            })
        },
    },
    Rule {
        id: "identifier_moment",
        // Providers refuse dynamic-IP lookups without a date, time and
        // time zone (request-kinds.md EE-05, checked against provider
        // practice).
        severity: Blocking,
        source: "Budapest Convention art. 18(3); T-CY request templates (EE-05)",
        check: |d, _| {
            each_item(&d.identifiers, |i| {
                if i.kind != IdentifierKind::IpAddress || blank(&i.value) {
                    None
                } else if blank(&i.timestamp) {
                    Some(Q::IdentifierTimestamp)
                } else {
                    blank(&i.time_zone).then_some(Q::IdentifierTimeZone)
                }
            })
        },
    },
    Rule {
        id: "person_location",
        severity: Advice,
        source: "UNTOC art. 18(15)(e)",
        check: |d, _| {
            // A person a measure must find gets `measure_person_whereabouts`
            // instead: one finding per missing answer, at its severity.
            let to_find: Vec<&String> = d.measures.iter().flat_map(persons_to_find).collect();
            each_item(&d.persons, |p| {
                (blank(&p.location)
                    && p.addresses.iter().all(|a| blank(a))
                    && !to_find.contains(&&p.id))
                .then_some(Q::PersonLocation)
            })
        },
    },
    // (d) the assistance sought and (f) its purpose, linked to the facts
    Rule {
        id: "measures_none",
        severity: Blocking,
        source: "UNTOC art. 18(15)(d)",
        check: |d, _| when(d.measures.is_empty(), "measures"),
    },
    Rule {
        id: "measure_purpose",
        severity: Blocking,
        source: "UNTOC art. 18(15)(f)",
        check: |d, _| each_measure(d, |m| blank(&m.purpose).then_some(Q::MeasurePurpose.path())),
    },
    Rule {
        id: "measure_facts",
        severity: Blocking,
        source: "UNTOC art. 18(15)(c), (d), (f)",
        check: |d, _| {
            each_measure(d, |m| {
                let needs_facts = m.details.measure_type().needs_facts();
                (needs_facts && m.fact_ids.is_empty()).then_some(Link::Facts.path())
            })
        },
    },
    Rule {
        id: "measure_offences",
        severity: Warning,
        source: "UNTOC art. 18(15)(b), (d)",
        check: |d, _| {
            each_measure(d, |m| {
                m.offence_ids.is_empty().then_some(Link::Offences.path())
            })
        },
    },
    Rule {
        id: "measure_dangling_link",
        severity: Warning,
        source: "UNTOC art. 18(15)(d)",
        check: |d, _| {
            each_measure(d, |m| {
                if m.fact_ids.iter().any(|id| d.fact(id).is_none()) {
                    Some(Link::Facts.path())
                } else if m.person_ids.iter().any(|id| d.person(id).is_none()) {
                    Some(Link::Persons.path())
                } else if m.offence_ids.iter().any(|id| d.offence(id).is_none()) {
                    Some(Link::Offences.path())
                } else {
                    None
                }
            })
        },
    },
    // Where the persons are: a hearing, an appearance, a transfer or
    // service cannot be carried out on someone the requested State cannot
    // find.
    Rule {
        id: "measure_person_whereabouts",
        severity: Blocking,
        source: "UNTOC art. 18(15)(e), 18(3)(a), 18(3)(b)",
        check: |d, _| {
            let mut hits = Vec::new();
            for (i, m) in d.measures.iter().enumerate() {
                for person_id in persons_to_find(m) {
                    let Some(j) = d.persons.iter().position(|p| p.id == *person_id) else {
                        continue; // a dangling link has its own finding
                    };
                    let p = &d.persons[j];
                    if blank(&p.location) && p.addresses.iter().all(|a| blank(a)) {
                        let mut hit = Hit::numbered(Q::PersonLocation.path_at(j), i);
                        let name = p.display_name();
                        let name = if name.is_empty() {
                            format!("#{}", j + 1)
                        } else {
                            name
                        };
                        hit.args.insert("person", name);
                        hits.push(hit);
                    }
                }
            }
            hits
        },
    },
];

/// The rules after the measures' own, in the order of the request's structure.
static TAIL: &[Rule] = &[
    // Conditions: procedures, confidentiality, use, urgency
    Rule {
        id: "procedures_for_evidence",
        severity: Advice,
        source: "UNTOC art. 18(17)",
        check: |d, _| {
            let takes_evidence = d
                .measures
                .iter()
                .any(|m| m.details.measure_type().has_formalities());
            let p = &d.procedures;
            let none = blank(&p.certification)
                && !p.oath
                && !p.presence_of_officials
                && !p.recording
                && blank(&p.other);
            when(takes_evidence && none, Q::Certification.path())
        },
    },
    Rule {
        id: "confidentiality_reasons",
        severity: Warning,
        source: "UNTOC art. 18(20)",
        check: |d, _| {
            let c = &d.confidentiality;
            when(
                c.requested && blank(&c.reasons),
                Q::ConfidentialityReasons.path(),
            )
        },
    },
    Rule {
        id: "use_limitation",
        severity: Advice,
        source: "UNTOC art. 18(19)",
        check: |d, _| {
            // Serving documents yields no evidence to limit the use of.
            when(
                blank(&d.use_limitation.intended_uses)
                    && (d.measures.is_empty() || yields_evidence(d)),
                Q::IntendedUses.path(),
            )
        },
    },
    Rule {
        id: "urgency_reasons",
        severity: Warning,
        source: "UNTOC art. 18(24)",
        check: |d, _| {
            when(
                d.urgency.urgent && blank(&d.urgency.reasons),
                Q::UrgencyReasons.path(),
            )
        },
    },
    Rule {
        id: "deadline_reason",
        severity: Warning,
        source: "UNTOC art. 18(24)",
        check: |d, _| {
            let u = &d.urgency;
            when(
                !blank(&u.deadline) && blank(&u.deadline_reason),
                Q::DeadlineReason.path(),
            )
        },
    },
    Rule {
        id: "deadline_date",
        // 18(24) is marked [K] in the references (request-kinds.md): a
        // warning until its text is checked against the official text.
        severity: Warning,
        source: "UNTOC art. 18(24)",
        check: |d, _| {
            let u = &d.urgency;
            when(
                !blank(&u.deadline) && !is_iso_date(&u.deadline),
                Q::Deadline.path(),
            )
        },
    },
    // Annexes
    Rule {
        id: "annex_title",
        severity: Warning,
        source: "UNTOC art. 18(14)",
        check: |d, _| each_item(&d.annexes, |a| blank(&a.title).then_some(Q::AnnexTitle)),
    },
    Rule {
        id: "annex_translation",
        severity: Warning,
        source: "UNTOC art. 18(14)",
        check: |d, ctx| {
            each_item(&d.annexes, |a| {
                if a.translated || in_accepted_language(a, d, ctx) {
                    None
                } else if blank(&a.language) {
                    Some(Q::AnnexLanguage)
                } else {
                    Some(Q::AnnexTranslated)
                }
            })
        },
    },
    // Language, form and signature
    Rule {
        id: "language_missing",
        severity: Blocking,
        source: "UNTOC art. 18(14)",
        check: |d, _| when(d.language.is_none(), Q::Language.path()),
    },
    Rule {
        id: "language_not_accepted",
        severity: Blocking,
        source: "UNTOC art. 18(14)",
        check: |d, ctx| {
            let refused = match &ctx.accepted_languages {
                Some(accepted) => d.language.is_some_and(|lang| {
                    !accepted.iter().any(|l| l.eq_ignore_ascii_case(lang.tag()))
                }),
                None => false,
            };
            let mut hits = when(refused, Q::Language.path());
            if let (Some(hit), Some(accepted)) = (hits.first_mut(), &ctx.accepted_languages) {
                hit.args.insert("accepted", accepted.join(", "));
            }
            hits
        },
    },
    // The reference's "State" level (request-kinds.md): blocking where the
    // directory says what the requested State accepts, a warning where it
    // says nothing.
    Rule {
        id: "language_unconfirmed",
        severity: Warning,
        source: "UNTOC art. 18(14)",
        check: |d, ctx| {
            when(
                ctx.accepted_languages.is_none() && d.language.is_some(),
                Q::Language.path(),
            )
        },
    },
    Rule {
        id: "authority_requirements",
        // A warning, not advice: the requested authority requires these, and
        // only the user can confirm they are annexed (by acknowledging it).
        severity: Warning,
        source: "UNTOC art. 18(16)",
        check: |_, ctx| {
            let mut hits = when(!ctx.required_documents.is_empty(), ListId::Annexes.path());
            if let Some(hit) = hits.first_mut() {
                hit.args
                    .insert("documents", ctx.required_documents.join("; "));
            }
            hits
        },
    },
    Rule {
        id: "urgent_procedure",
        severity: Advice,
        source: "UNTOC art. 18(13)",
        check: |d, ctx| {
            let mut hits = when(
                d.urgency.urgent && !ctx.urgent_procedure.is_empty(),
                Q::UrgencyReasons.path(),
            );
            if let Some(hit) = hits.first_mut() {
                hit.args.insert("procedure", ctx.urgent_procedure.clone());
            }
            hits
        },
    },
    Rule {
        id: "signature",
        severity: Warning,
        source: "UNTOC art. 18(14)",
        check: |d, _| {
            let s = &d.signature;
            if blank(&s.signatory_name) {
                vec![Hit::at(Q::SignatoryName.path())]
            } else if blank(&s.place) {
                vec![Hit::at(Q::SignaturePlace.path())]
            } else if blank(&s.date) {
                vec![Hit::at(Q::SignatureDate.path())]
            } else {
                Vec::new()
            }
        },
    },
];

/// Whether `s` is a calendar date written YYYY-MM-DD.
pub fn is_iso_date(s: &str) -> bool {
    let parts: Vec<&str> = s.trim().split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    let num = |p: &str, len: usize| p.len() == len && p.bytes().all(|b| b.is_ascii_digit());
    if !(num(y, 4) && num(m, 2) && num(d, 2)) {
        return false;
    }
    let (y, m, d): (u32, u32, u32) = (
        y.parse().unwrap_or(0),
        m.parse().unwrap_or(0),
        d.parse().unwrap_or(0),
    );
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

/// Every rule, in the order of the request's structure: the request's
/// own, then each kind of measure's (`kinds::measures`), then the
/// conditions, annexes and form.
pub fn all() -> impl Iterator<Item = &'static Rule> {
    HEAD.iter()
        .chain(crate::kinds::measures::rules())
        .chain(TAIL.iter())
}

/// The rule with this id.
pub fn by_id(id: &str) -> Option<&'static Rule> {
    all().find(|r| r.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_ids_are_unique_and_cite_a_source() {
        let mut ids: Vec<_> = all().map(|r| r.id).collect();
        ids.sort_unstable();
        let n = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), n, "duplicate rule id");
        for r in all() {
            assert!(
                r.source.contains("art."),
                "rule {} must cite an article, has {:?}",
                r.id,
                r.source
            );
        }
    }

    #[test]
    fn iso_dates() {
        assert!(is_iso_date("2024-02-29"));
        assert!(!is_iso_date("2023-02-29"));
        assert!(!is_iso_date("2023-13-01"));
        assert!(!is_iso_date("next week"));
        assert!(!is_iso_date("2023-1-01"));
    }
}
