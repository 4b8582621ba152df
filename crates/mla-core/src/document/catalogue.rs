//! The fixed wording of generated requests, in all eleven languages.
//!
//! This is the document's own message catalogue, separate from the UI's:
//! the output language is chosen per request, independently of the UI
//! language, and the register is that of formal legal correspondence.
//! Labels that read the same in a form and in a letter (field names,
//! measure types, roles) were copied from the UI catalogue by
//! `scripts/doc_catalogue/gen.py`; everything else was written for the letter.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use crate::languages::{Lang, LANGUAGES};

type Messages = BTreeMap<String, String>;

/// The source JSON of one language.
fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::Ar => include_str!("catalogue/ar.json"),
        Lang::Bs => include_str!("catalogue/bs.json"),
        Lang::Hr => include_str!("catalogue/hr.json"),
        Lang::En => include_str!("catalogue/en.json"),
        Lang::Fr => include_str!("catalogue/fr.json"),
        Lang::Cnr => include_str!("catalogue/cnr.json"),
        Lang::Fa => include_str!("catalogue/fa.json"),
        Lang::Pt => include_str!("catalogue/pt.json"),
        Lang::Ru => include_str!("catalogue/ru.json"),
        Lang::Sr => include_str!("catalogue/sr.json"),
        Lang::Es => include_str!("catalogue/es.json"),
    }
}

/// Parsed on first use, in the order of [`LANGUAGES`].
static PARSED: [OnceLock<Messages>; 11] = [const { OnceLock::new() }; 11];

/// The messages of one output language.
#[derive(Debug, Clone, Copy)]
pub struct Catalogue {
    pub lang: Lang,
    messages: &'static Messages,
}

impl Catalogue {
    /// The catalogue of `lang`: every supported language has one.
    pub fn get(lang: Lang) -> Catalogue {
        let index = LANGUAGES.iter().position(|l| *l == lang).unwrap_or(0);
        let messages = PARSED[index].get_or_init(|| {
            // The files are part of the build and checked by tests, so a
            // parse failure is a build defect, not bad user input.
            let messages: Messages =
                serde_json::from_str(source(lang)).expect("document catalogue is valid JSON");
            // The language's spacing around punctuation, set here once for
            // all fixed wording and never on the values filled in later.
            messages
                .into_iter()
                .map(|(key, text)| (key, lang.punctuate(&text)))
                .collect()
        });
        Catalogue { lang, messages }
    }

    /// The message for `key`. A missing key shows as the key itself, which a
    /// test forbids for every key used, so it never reaches a user.
    pub fn text(&self, key: &str) -> &'static str {
        match self.messages.get(key) {
            Some(text) => text.as_str(),
            None => {
                debug_assert!(false, "missing document message {key} in {}", self.lang);
                ""
            }
        }
    }

    /// The message for `key` with `{name}` placeholders filled in.
    pub fn fill(&self, key: &str, args: &[(&str, &str)]) -> String {
        let mut out = self.text(key).to_string();
        for (name, value) in args {
            out = out.replace(&format!("{{{name}}}"), value);
        }
        out
    }

    /// Every key of this language, for the completeness tests.
    pub fn keys(&self) -> impl Iterator<Item = &'static str> {
        self.messages.keys().map(String::as_str)
    }

    /// An ISO 8601 date (`2026-11-28`) written out in this language's
    /// formal style; anything else is returned as typed.
    pub fn date(&self, iso: &str) -> String {
        let iso = iso.trim();
        let parts: Vec<&str> = iso.split('-').collect();
        let parsed = match parts.as_slice() {
            [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
                match (y.parse::<u32>(), m.parse::<usize>(), d.parse::<u32>()) {
                    (Ok(y), Ok(m @ 1..=12), Ok(d @ 1..=31)) => Some((y, m, d)),
                    _ => None,
                }
            }
            _ => None,
        };
        let Some((y, m, d)) = parsed else {
            return iso.to_string();
        };
        let month = self
            .text("months")
            .split('|')
            .nth(m - 1)
            .unwrap_or_default();
        self.fill(
            "date_format",
            &[
                ("d", &self.lang.day_of_month(d)),
                ("month", month),
                ("y", &self.number(y)),
            ],
        )
    }

    /// A number in the digits formal writing in this language uses.
    pub fn number(&self, n: u32) -> String {
        self.lang.digits().write(n)
    }
}
