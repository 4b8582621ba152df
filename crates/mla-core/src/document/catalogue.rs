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

use crate::languages::LANGUAGES;

type Messages = BTreeMap<String, String>;

/// The source JSON of each language, in the order of [`LANGUAGES`].
const SOURCES: [(&str, &str); 11] = [
    ("ar", include_str!("catalogue/ar.json")),
    ("bs", include_str!("catalogue/bs.json")),
    ("hr", include_str!("catalogue/hr.json")),
    ("en", include_str!("catalogue/en.json")),
    ("fr", include_str!("catalogue/fr.json")),
    ("cnr", include_str!("catalogue/cnr.json")),
    ("fa", include_str!("catalogue/fa.json")),
    ("pt", include_str!("catalogue/pt.json")),
    ("ru", include_str!("catalogue/ru.json")),
    ("sr", include_str!("catalogue/sr.json")),
    ("es", include_str!("catalogue/es.json")),
];

static PARSED: [OnceLock<Messages>; 11] = [const { OnceLock::new() }; 11];

/// The messages of one output language.
#[derive(Debug, Clone, Copy)]
pub struct Catalogue {
    pub lang: &'static str,
    messages: &'static Messages,
}

impl Catalogue {
    /// The catalogue for a supported language tag; `None` for any other.
    pub fn get(lang: &str) -> Option<Catalogue> {
        let index = SOURCES.iter().position(|(tag, _)| *tag == lang)?;
        debug_assert_eq!(LANGUAGES[index].tag, lang);
        let messages = PARSED[index].get_or_init(|| {
            // The files are part of the build and checked by tests, so a
            // parse failure is a build defect, not bad user input.
            serde_json::from_str(SOURCES[index].1).expect("document catalogue is valid JSON")
        });
        Some(Catalogue {
            lang: SOURCES[index].0,
            messages,
        })
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
                ("d", &self.number(d)),
                ("month", month),
                ("y", &self.number(y)),
            ],
        )
    }

    /// A number in the digits formal writing in this language uses:
    /// Persian digits for Persian; Arabic official correspondence widely
    /// uses the Western digits, which are kept.
    pub fn number(&self, n: u32) -> String {
        let digits = n.to_string();
        if self.lang != "fa" {
            return digits;
        }
        digits
            .chars()
            .map(|c| char::from_u32(0x06F0 + c.to_digit(10).unwrap_or(0)).unwrap_or(c))
            .collect()
    }
}
