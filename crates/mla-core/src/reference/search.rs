//! Search as you type over the directory: every word of the query must
//! match the country (in the UI language), the authority's name, a
//! designation or a language, ignoring case and diacritics. Country matches
//! rank first, then name matches, then the rest.

use super::directory::{Designation, Directory};
use super::fold::fold;

/// The words the UI shows for codes, in its current language.
pub struct Labels<'a> {
    pub country: &'a dyn Fn(&str) -> String,
    pub designation: &'a dyn Fn(Designation) -> String,
    pub language: &'a dyn Fn(&str) -> String,
}

/// Narrowing beside the query.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub designation: Option<Designation>,
    /// A BCP 47 tag the authority must accept requests in.
    pub language: Option<String>,
}

struct Entry {
    code: String,
    country: String,
    name: String,
    other: String,
    designations: Vec<Designation>,
    accepted: Vec<String>,
}

/// Folded text of every record, built once per data set and UI language.
pub struct SearchIndex {
    entries: Vec<Entry>,
    /// Record indices in country-then-name order, for ties and empty queries.
    order: Vec<usize>,
}

impl SearchIndex {
    pub fn build(dir: &Directory, labels: &Labels) -> SearchIndex {
        let entries: Vec<Entry> = dir
            .authorities
            .iter()
            .map(|a| {
                let mut other = String::new();
                for d in &a.designations {
                    other.push_str(&(labels.designation)(*d));
                    other.push(' ');
                }
                for l in a.accepted_languages.iter().chain(&a.working_languages) {
                    other.push_str(l);
                    other.push(' ');
                    other.push_str(&(labels.language)(l));
                    other.push(' ');
                }
                Entry {
                    code: a.country.to_ascii_lowercase(),
                    country: fold(&(labels.country)(&a.country)),
                    name: fold(&a.name),
                    other: fold(&other),
                    designations: a.designations.clone(),
                    accepted: a.accepted_languages.clone(),
                }
            })
            .collect();
        let mut order: Vec<usize> = (0..entries.len()).collect();
        order.sort_by(|&x, &y| {
            let (a, b) = (&entries[x], &entries[y]);
            (&a.country, &a.name).cmp(&(&b.country, &b.name))
        });
        SearchIndex { entries, order }
    }

    /// Indices into `Directory::authorities`, best match first.
    pub fn search(&self, query: &str, filter: &Filter) -> Vec<usize> {
        let folded = fold(query);
        let words: Vec<&str> = folded.split_whitespace().collect();
        let mut hits: Vec<(u32, usize, usize)> = self
            .order
            .iter()
            .enumerate()
            .filter(|(_, &i)| self.passes(&self.entries[i], filter))
            .filter_map(|(rank, &i)| {
                let e = &self.entries[i];
                let mut total = 0;
                for w in &words {
                    total += score(e, w)?;
                }
                Some((total, rank, i))
            })
            .collect();
        hits.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        hits.into_iter().map(|(_, _, i)| i).collect()
    }

    fn passes(&self, e: &Entry, filter: &Filter) -> bool {
        filter
            .designation
            .is_none_or(|d| e.designations.contains(&d))
            && filter
                .language
                .as_ref()
                .is_none_or(|l| e.accepted.iter().any(|a| a == l))
    }
}

/// How well one folded word matches an entry; `None` when it does not.
fn score(e: &Entry, word: &str) -> Option<u32> {
    if word.len() == 2 && e.code == word {
        return Some(50);
    }
    if e.country.starts_with(word) {
        return Some(40);
    }
    if starts_a_word(&e.country, word) {
        return Some(30);
    }
    if starts_a_word(&e.name, word) {
        return Some(20);
    }
    if e.country.contains(word) {
        return Some(15);
    }
    if e.name.contains(word) {
        return Some(10);
    }
    e.other.contains(word).then_some(5)
}

fn starts_a_word(text: &str, word: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| w.starts_with(word))
}
