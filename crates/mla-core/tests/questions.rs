//! The wizard's question list: each question asked once, and its path is
//! where its accessors read and write in the draft's stored form.

use mla_core::model::{Draft, Measure, MeasureKind, MeasureType};
use mla_core::questions::{self, measures, Access, Input, ListId, Part, Q};
use mla_core::steps::Step;
use serde_json::Value;

fn all_parts() -> impl Iterator<Item = (Step, &'static Part)> {
    Step::ALL
        .into_iter()
        .flat_map(|s| questions::parts(s).iter().map(move |p| (s, p)))
}

/// An empty measure of every type.
fn every_measure_type() -> Vec<MeasureKind> {
    MeasureType::ALL.iter().map(|t| t.empty()).collect()
}

#[test]
fn each_question_is_asked_exactly_once() {
    for q in Q::ALL {
        let asked = all_parts()
            .map(|(_, p)| match p {
                Part::Ask(x) => usize::from(x.id == *q),
                Part::List(l) => l.questions.iter().filter(|x| x.id == *q).count(),
                _ => 0,
            })
            .sum::<usize>()
            + every_measure_type()
                .iter()
                .map(|k| measures::of(k).iter().filter(|x| x.id == *q).count())
                .sum::<usize>()
            + measures::COMMON.iter().filter(|x| x.id == *q).count();
        assert_eq!(asked, 1, "{q:?} is asked {asked} times");
    }
    // The lookup list holds exactly the types' questions and the common ones.
    let by_type: usize = every_measure_type()
        .iter()
        .map(|k| measures::of(k).len())
        .sum();
    assert_eq!(measures::all().count(), by_type + measures::COMMON.len());
    // Outside the measures a path names one question; a measure type's
    // paths are unique within the type (two types may both ask a status).
    let mut paths: Vec<&str> = Q::ALL
        .iter()
        .map(|q| q.path())
        .filter(|p| !p.starts_with("measures"))
        .collect();
    let n = paths.len();
    paths.sort();
    paths.dedup();
    assert_eq!(paths.len(), n, "two questions share a path");
    for k in every_measure_type() {
        let mut paths: Vec<&str> = measures::of(&k).iter().map(|q| q.path).collect();
        let n = paths.len();
        paths.sort();
        paths.dedup();
        assert_eq!(
            paths.len(),
            n,
            "{}: two questions share a path",
            k.type_name()
        );
    }
}

/// Every field of every measure type has a question, and every question
/// names a real field of its type.
#[test]
fn every_measure_field_is_asked() {
    for k in every_measure_type() {
        let json = serde_json::to_value(&k).unwrap();
        let mut fields: Vec<String> = json
            .as_object()
            .unwrap()
            .keys()
            .filter(|f| *f != "type")
            .cloned()
            .collect();
        fields.sort();
        let mut asked: Vec<String> = measures::of(&k)
            .iter()
            .map(|q| {
                q.path
                    .strip_prefix("measures[].details.")
                    .unwrap()
                    .to_string()
            })
            .collect();
        asked.sort();
        assert_eq!(asked, fields, "{}", k.type_name());
    }
}

#[test]
fn each_step_owns_the_paths_it_asks() {
    for (step, part) in all_parts() {
        if let Part::Ask(q) = part {
            assert_eq!(Step::of_path(q.path), step, "{}", q.path);
        }
    }
    assert_eq!(Step::of_path("measures[0].purpose"), Step::Measures);
    assert_eq!(Step::of_path("persons[3].nationality"), Step::Persons);
}

/// A field path (`facts.items[0].what`) as a JSON pointer
/// (`/facts/items/0/what`), to follow it in a draft's stored form.
fn pointer(path: &str) -> String {
    path.split(['.', '[', ']'])
        .filter(|p| !p.is_empty())
        .map(|p| format!("/{p}"))
        .collect()
}

fn at<'a>(v: &'a Value, path: &str) -> &'a Value {
    v.pointer(&pointer(path))
        .unwrap_or_else(|| panic!("{path} is not in the stored draft"))
}

/// The value a question's answer has in the stored draft.
fn stored(input: Input, text: &str) -> Value {
    match input {
        Input::Lines => Value::from(questions::split_lines(text)),
        _ => Value::from(text),
    }
}

/// Writing an answer through a question's accessors changes the draft at
/// the question's path, and nowhere else, and reads back the same.
#[test]
fn a_question_writes_where_its_path_says() {
    let mut base = Draft::new("d", "2026-01-01T00:00:00Z");
    for list in [
        ListId::Instruments,
        ListId::Offences,
        ListId::Facts,
        ListId::Persons,
        ListId::Identifiers,
        ListId::Annexes,
    ] {
        let l = list.list();
        (l.add)(&mut base, format!("{}-0", l.id_prefix));
        (l.add)(&mut base, format!("{}-1", l.id_prefix));
    }
    for (_, part) in all_parts() {
        let (q, item, index) = match part {
            Part::Ask(q) => (q, String::new(), None),
            Part::List(l) => {
                for q in l.questions {
                    check_one(&base, q, &format!("{}-1", l.id_prefix), Some(1));
                }
                continue;
            }
            _ => continue,
        };
        check_one(&base, q, &item, index);
    }
    // A measure of every type; each type's questions write into its own.
    for (i, t) in MeasureType::ALL.iter().enumerate() {
        let id = format!("m-{}", t.name());
        base.measures.push(Measure::new(&id, *t));
        let kind = base.measures[i].details.clone();
        for q in measures::of(&kind).iter().chain(measures::COMMON) {
            check_one(&base, q, &id, Some(i));
        }
    }
}

fn check_one(base: &Draft, q: &questions::Question, item: &str, index: Option<usize>) {
    let path = index.map_or(q.path.to_string(), |i| q.id.path_at(i));
    let mut d = base.clone();
    let expected = match q.access {
        Access::Text { get, set } => {
            let answer = match q.input {
                // The last value that is not the current one.
                Input::Choice(c) => {
                    let now = get(base, item);
                    c.values()
                        .into_iter()
                        .rev()
                        .find(|v| *v != now)
                        .unwrap()
                        .to_string()
                }
                Input::Lines => "one\n\n two \nthree".to_string(),
                Input::Date => "2026-02-03".to_string(),
                _ => "an answer".to_string(),
            };
            set(&mut d, item, answer.clone());
            let back = get(&d, item);
            let read_back = match q.input {
                Input::Lines => "one\ntwo\nthree".to_string(),
                _ => answer.clone(),
            };
            assert_eq!(back, read_back, "{path} reads back");
            stored(q.input, &answer)
        }
        Access::Categories { get, set } => {
            let mut all = get(base, item);
            all.subscriber = true;
            all.traffic = true;
            all.content = true;
            set(&mut d, item, all.clone());
            assert_eq!(get(&d, item), all, "{path} reads back");
            serde_json::to_value(&all).unwrap()
        }
        Access::Ids { get, set } => {
            let ids = vec!["i-1".to_string(), "i-0".to_string()];
            set(&mut d, item, ids.clone());
            assert_eq!(get(&d, item), ids, "{path} reads back");
            Value::from(ids)
        }
        Access::Flag { get, set } => {
            set(&mut d, item, !get(base, item));
            assert_eq!(get(&d, item), !get(base, item), "{path}");
            Value::from(!get(base, item))
        }
    };
    let (before, after) = (
        serde_json::to_value(base).unwrap(),
        serde_json::to_value(&d).unwrap(),
    );
    assert_eq!(at(&after, &path), &expected, "{path} holds the answer");
    assert_ne!(at(&before, &path), &expected, "{path} changed");
    // Nothing else moved: putting the old value back restores the draft.
    let mut restored = after.clone();
    *restored.pointer_mut(&pointer(&path)).unwrap() = at(&before, &path).clone();
    assert_eq!(restored, before, "{path}: the answer changed another field");
}
