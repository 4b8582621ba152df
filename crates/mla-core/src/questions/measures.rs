//! What the wizard asks of every measure (its purpose, its links to facts,
//! persons and offences), and the lookups over each kind's own questions,
//! which live with the kind in `kinds::measures`: a question reads and
//! writes its own field of the measure with the given id, and of no other
//! type, so the wizard needs no table of its own and no round trip through
//! JSON.

use super::{Access, Input, Question, Q};
use crate::model::{DataCategories, Draft, Measure, MeasureKind, MeasureType};

/// What every measure asks after its own questions: its purpose. (Its
/// links to facts, persons and offences are [`LINKS`].)
pub static COMMON: &[Question] = &[Question {
    id: Q::MeasurePurpose,
    path: "measures[].purpose",
    input: Input::Area,
    access: Access::Text {
        get: |d, id| {
            d.measures
                .iter()
                .find(|m| m.id == id)
                .map(|m| m.purpose.clone())
                .unwrap_or_default()
        },
        set: |d, id, v| {
            if let Some(m) = d.measures.iter_mut().find(|m| m.id == id) {
                m.purpose = v;
            }
        },
    },
    only_if: None,
}];

/// A measure's links to the items of another list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    Facts,
    Persons,
    Offences,
}

impl Link {
    pub const ALL: [Link; 3] = [Link::Facts, Link::Persons, Link::Offences];

    /// The path of the links, e.g. `measures[].fact_ids`.
    pub fn path(self) -> &'static str {
        match self {
            Link::Facts => "measures[].fact_ids",
            Link::Persons => "measures[].person_ids",
            Link::Offences => "measures[].offence_ids",
        }
    }

    /// The path for the measure at `index`.
    pub fn path_at(self, index: usize) -> String {
        super::path_at(self.path(), index)
    }

    pub fn of(self, m: &Measure) -> &Vec<String> {
        match self {
            Link::Facts => &m.fact_ids,
            Link::Persons => &m.person_ids,
            Link::Offences => &m.offence_ids,
        }
    }

    pub fn of_mut(self, m: &mut Measure) -> &mut Vec<String> {
        match self {
            Link::Facts => &mut m.fact_ids,
            Link::Persons => &mut m.person_ids,
            Link::Offences => &mut m.offence_ids,
        }
    }

    /// The (id, text) of each item a measure can link to, the text cut to
    /// a line.
    pub fn targets(self, d: &Draft) -> Vec<(String, String)> {
        match self {
            Link::Facts => d
                .facts
                .items
                .iter()
                .map(|f| (f.id.clone(), short(&f.what, &f.id)))
                .collect(),
            Link::Persons => d
                .persons
                .iter()
                .map(|p| (p.id.clone(), person_label(p)))
                .collect(),
            Link::Offences => d
                .offences
                .iter()
                .map(|o| (o.id.clone(), short(&o.name, &o.id)))
                .collect(),
        }
    }
}

/// A person as offered in a list: the name, else the id.
pub fn person_label(p: &crate::model::Person) -> String {
    let name = p.display_name();
    if name.is_empty() {
        p.id.clone()
    } else {
        name
    }
}

/// A text cut to 80 characters for a checkbox label, else the fallback.
fn short(text: &str, fallback: &str) -> String {
    let t = text.trim();
    if t.is_empty() {
        return fallback.to_string();
    }
    let cut: String = t.chars().take(80).collect();
    if cut.len() < t.len() {
        format!("{cut}…")
    } else {
        cut
    }
}

/// The questions a measure of this type asks, in order, before the
/// [`COMMON`] ones (the kind's own, from its module in `kinds::measures`).
pub fn of(kind: &MeasureKind) -> &'static [Question] {
    kind.measure_type().questions()
}

/// Every measure type's questions, then the common ones, for the path
/// lookups (`Q::path`, `find`). Static slices only: rules ask for paths on
/// every check, so nothing is built here.
pub fn all() -> impl Iterator<Item = &'static Question> {
    MeasureType::ALL
        .iter()
        .flat_map(|t| t.questions())
        .chain(COMMON)
}

/// Whether the wizard asks `path` (e.g. `measures[2].details.premises`) of
/// the measure at that index in this draft: the measure exists, and the
/// question is its type's, a common one, or its links.
pub fn asked_at(d: &Draft, path: &str) -> bool {
    let Some(rest) = path.strip_prefix("measures[") else {
        return false;
    };
    let Some((index, _)) = rest.split_once(']') else {
        return false;
    };
    let Some(m) = index.parse::<usize>().ok().and_then(|i| d.measures.get(i)) else {
        return false;
    };
    let shape = super::shape_of(path);
    of(&m.details).iter().chain(COMMON).any(|q| q.path == shape)
        || Link::ALL.iter().any(|l| l.path() == shape)
}

/// A category of computer data (Budapest art. 18(3), 16-17, 20-21).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    Subscriber,
    Traffic,
    Content,
}

impl Category {
    /// In the order the wizard offers them.
    pub const ALL: [Category; 3] = [Category::Subscriber, Category::Traffic, Category::Content];

    /// Its field in [`DataCategories`], which is also its path segment.
    pub fn field(self) -> &'static str {
        match self {
            Category::Subscriber => "subscriber",
            Category::Traffic => "traffic",
            Category::Content => "content",
        }
    }

    pub fn get(self, c: &DataCategories) -> bool {
        match self {
            Category::Subscriber => c.subscriber,
            Category::Traffic => c.traffic,
            Category::Content => c.content,
        }
    }

    pub fn set(self, c: &mut DataCategories, on: bool) {
        match self {
            Category::Subscriber => c.subscriber = on,
            Category::Traffic => c.traffic = on,
            Category::Content => c.content = on,
        }
    }
}
