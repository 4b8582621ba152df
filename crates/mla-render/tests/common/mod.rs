//! What both test files share: the fonts, the fixture, and the paragraph
//! of invisible controls.

#![allow(dead_code)]

use std::path::Path;

use mla_core::check::CheckContext;
use mla_core::document::{assemble, Document, Options};
use mla_core::draft_file::parse_draft;
use mla_core::model::Paper;
use mla_core::Draft;
use mla_render::{Fonts, FONT_FILES};

pub const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

pub fn fonts() -> Fonts {
    let dir = Path::new(ROOT).join("public/fonts");
    Fonts::from_files(
        FONT_FILES
            .iter()
            .map(|f| std::fs::read(dir.join(f)).unwrap())
            .collect(),
    )
    .unwrap()
}

pub fn draft() -> Draft {
    let path = Path::new(ROOT).join("crates/mla-core/tests/fixtures/complete.json");
    parse_draft(&std::fs::read_to_string(path).unwrap()).unwrap()
}

pub fn doc(d: &Draft, lang: &str, paper: Paper) -> Document {
    bilingual(d, lang, None, paper)
}

/// The document in `lang`, with the fixed wording also in `second`.
pub fn bilingual(d: &Draft, lang: &str, second: Option<&str>, paper: Paper) -> Document {
    assemble(
        d,
        &Options {
            lang: lang.parse().unwrap(),
            second: second.map(|s| s.parse().unwrap()),
            paper,
        },
        &CheckContext::default(),
    )
}

/// Bidi embeddings, overrides and isolates.
pub const BIDI_CONTROLS: [char; 9] = [
    '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}',
    '\u{2069}',
];

/// C0 controls and DEL that do not break the line (LF, VT, FF and CR do).
pub fn other_controls() -> Vec<char> {
    ('\u{0}'..='\u{1F}')
        .chain(['\u{7F}'])
        .filter(|c| !matches!(c, '\n' | '\u{B}' | '\u{C}' | '\r'))
        .collect()
}

pub fn is_control(c: char) -> bool {
    BIDI_CONTROLS.contains(&c) || c.is_control()
}

/// A paragraph as a user might paste it: every control, each next to
/// visible words, the bidi ones balanced so the words keep their order.
/// It starts with them so that they are the first glyphs the PDF writer
/// meets (see `Usage::record` in `pdf/write.rs`).
pub fn controls_paragraph() -> String {
    let c0: String = other_controls().iter().collect();
    format!(
        "\u{202A}\u{202C}\u{202B}\u{202C}\u{202D}\u{202C}\u{2066}\u{2069}\u{2067}\u{2069}\u{2068}\u{2069}\
         Opening \u{7}words & \"quotes\" \u{202E}evil\u{202C} then {c0}the rest ends\u{7}."
    )
}

/// Fails unless each phrase occurs in `text` after the one before it.
pub fn assert_in_order(text: &str, phrases: &[&str]) {
    let mut at = 0;
    for p in phrases {
        let found = text[at..]
            .find(p)
            .unwrap_or_else(|| panic!("{p:?} missing after byte {at} in:\n{text}"));
        at += found + p.len();
    }
}
