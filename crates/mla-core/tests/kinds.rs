//! Each kind of measure as one unit: every question it asks reaches the
//! document, in every language, and its rules stay with it.

use mla_core::check::CheckContext;
use mla_core::document::{assemble, without_isolates, Document, Options};
use mla_core::languages::{Lang, LANGUAGES};
use mla_core::model::{
    Annex, Draft, Identifier, IdentifierKind, Measure, MeasureType, Paper, Person,
};
use mla_core::questions::{measures, Access, Input, Question};

const MEASURE: &str = "m1";

fn base(t: MeasureType) -> Draft {
    let mut d = Draft::default();
    d.persons.push(Person {
        id: "p1".into(),
        family_name: "Quillfeather".into(),
        given_names: "Ada".into(),
        ..Person::default()
    });
    d.identifiers.push(Identifier {
        id: "i1".into(),
        kind: IdentifierKind::IpAddress,
        value: "198.51.100.4".into(),
        timestamp: "2026-03-04T14:05".into(),
        time_zone: "UTC+01:00".into(),
        port: "50122".into(),
    });
    d.annexes.push(Annex {
        id: "a1".into(),
        title: "Order of the investigating judge".into(),
        ..Annex::default()
    });
    d.measures.push(Measure::new(MEASURE, t));
    d
}

/// Answers `q` for the measure; returns the text the document must then
/// contain, when the answer is the user's own text.
fn answer(d: &mut Draft, q: &Question) -> Option<String> {
    match (q.input, q.access) {
        (Input::Person, Access::Text { set, .. }) => {
            set(d, MEASURE, "p1".into());
            Some("Quillfeather".into())
        }
        (Input::Annex, Access::Text { set, .. }) => {
            set(d, MEASURE, "a1".into());
            None // "… (Annex 1)" in the document's language
        }
        (Input::Date, Access::Text { set, .. }) => {
            set(d, MEASURE, "2026-03-04".into());
            None // written out in the document's language
        }
        (Input::Choice(c), Access::Text { set, .. }) => {
            // The last value, never the default.
            let last = c.values().last().copied().unwrap();
            set(d, MEASURE, last.into());
            None // named in the document's language
        }
        (_, Access::Text { set, .. }) => {
            let value = format!("answer to {:?}", q.id);
            set(d, MEASURE, value.clone());
            Some(value)
        }
        (_, Access::Ids { set, .. }) => {
            set(d, MEASURE, vec!["i1".into()]);
            Some("198.51.100.4".into())
        }
        (_, Access::Flag { set, .. }) => {
            set(d, MEASURE, true);
            None
        }
        (_, Access::Categories { get, set }) => {
            let mut c = get(d, MEASURE);
            c.subscriber = true;
            c.traffic = true;
            c.content = true;
            set(d, MEASURE, c);
            None
        }
    }
}

/// The text of the measure's own blocks, isolates removed.
fn measure_text(doc: &Document) -> Vec<String> {
    doc.blocks
        .iter()
        .filter(|b| b.id.starts_with(&format!("measure.{MEASURE}.")))
        .map(|b| without_isolates(&b.text))
        .collect()
}

fn document(d: &Draft, lang: Lang) -> Document {
    let options = Options {
        lang,
        second: None,
        paper: Paper::A4,
    };
    assemble(d, &options, &CheckContext::default())
}

#[test]
fn every_answer_of_every_kind_reaches_the_document_in_every_language() {
    for &t in MeasureType::ALL {
        let empty = base(t);
        for lang in LANGUAGES {
            let before = measure_text(&document(&empty, lang));
            for q in measures::of(&empty.measures[0].details)
                .iter()
                .chain(measures::COMMON)
            {
                let mut d = empty.clone();
                let expected = answer(&mut d, q);
                let after = measure_text(&document(&d, lang));
                assert_ne!(
                    before,
                    after,
                    "{} ({}): answering {:?} changes nothing in the document",
                    t.name(),
                    lang.tag(),
                    q.id
                );
                if let Some(text) = expected {
                    assert!(
                        after.iter().any(|b| b.contains(&text)),
                        "{} ({}): {:?} answered {text:?}, not in {after:#?}",
                        t.name(),
                        lang.tag(),
                        q.id
                    );
                }
            }
        }
    }
}

#[test]
fn each_kind_owns_its_rules_and_reports_only_its_own_questions() {
    // A kind's rule reports a path the kind's questions (or every
    // measure's) ask, so the wizard can take the user there.
    for &t in MeasureType::ALL {
        let empty = base(t);
        let asked: Vec<&str> = measures::of(&empty.measures[0].details)
            .iter()
            .chain(measures::COMMON)
            .map(|q| q.path)
            .chain(measures::Link::ALL.iter().map(|l| l.path()))
            .collect();
        for rule in t.rules() {
            for hit in (rule.check)(&empty, &CheckContext::default()) {
                let shape = mla_core::questions::shape_of(&hit.path);
                assert!(
                    asked.contains(&shape.as_str()) || hit.path.starts_with("persons["),
                    "{}: rule {} reports {}, which the kind does not ask",
                    t.name(),
                    rule.id,
                    hit.path
                );
            }
        }
        // Its rules run only on its own measures.
        for &other in MeasureType::ALL.iter().filter(|o| **o != t) {
            let d = base(other);
            for rule in t.rules() {
                assert!(
                    (rule.check)(&d, &CheckContext::default()).is_empty(),
                    "rule {} of {} fires on a {} measure",
                    rule.id,
                    t.name(),
                    other.name()
                );
            }
        }
    }
}
