//! The request document: what a draft says, assembled into the parts of a
//! formal request for mutual legal assistance, in the chosen output
//! language, with the user's final edits applied.
//!
//! Assembly is pure and deterministic: the same draft, options and check
//! context give the same [`Document`], which the PDF and DOCX writers in
//! `mla-render` lay out. Only what applies appears: a section with nothing
//! to say is left out, never printed as an empty heading.

pub(crate) mod assemble;
mod catalogue;
mod edits;

pub use assemble::assemble;
pub use catalogue::Catalogue;
pub use edits::{edit, revert};

use serde::{Deserialize, Serialize};

use crate::languages::Lang;
use crate::model::{Draft, Paper};

/// What to produce, beyond the draft itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Options {
    /// Output language.
    pub lang: Lang,
    /// A second language for the fixed wording, one block after the other.
    pub second: Option<Lang>,
    pub paper: Paper,
}

impl Options {
    /// The options the draft itself asks for: its language (English when
    /// none is chosen yet), its bilingual setting and its paper size.
    pub fn from_draft(draft: &Draft) -> Options {
        let lang = draft.language.unwrap_or(Lang::En);
        Options {
            lang,
            second: draft.document.bilingual.filter(|second| *second != lang),
            paper: draft.document.paper,
        }
    }
}

/// The assembled request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub lang: Lang,
    pub second: Option<Lang>,
    pub paper: Paper,
    /// Document title and subject (PDF/DOCX metadata).
    pub title: String,
    pub subject: String,
    /// The requesting authority, as the document's author.
    pub author: String,
    /// The requesting authority's reference, for the footer and file name.
    pub reference: String,
    /// "CONFIDENTIAL" in the header of every page.
    pub confidential: bool,
    /// Blocking findings remain: every page carries a DRAFT watermark.
    pub incomplete: bool,
    /// Running texts of the page furniture, in the output language(s).
    pub furniture: Furniture,
    pub blocks: Vec<Block>,
}

/// Texts printed on every page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Furniture {
    pub confidential: String,
    pub draft: String,
    /// "Page {n} of {total}", placeholders kept for the layout to fill
    /// (in the language's digits: [`Catalogue::number`]).
    pub page_of: String,
}

/// One paragraph-level piece of the document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    /// Stable id, derived from the source (`facts.f2`, `measure.m1`), so
    /// an edit follows its paragraph when the draft is reordered.
    pub id: String,
    pub role: Role,
    /// The text to print: the user's edit when it stands, else generated.
    /// Line breaks inside are kept (addresses, lists of particulars).
    pub text: String,
    /// The same block with the fixed wording in the second language.
    pub second: Option<String>,
    /// What assembly produced, before any edit.
    pub generated: String,
    pub edit: EditState,
}

/// How a block is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The title line at the top.
    Title,
    /// Letterhead, addressee, date and reference lines.
    Header,
    /// Numbered section heading.
    Heading,
    Paragraph,
    /// A numbered item (a measure), numbered in the text itself.
    Item,
    /// The label line of an offence, a fact or a person.
    Subheading,
    /// A labelled particular under an item or paragraph, indented.
    Detail,
    /// Place, date, signatory and the space for the signature.
    Signature,
}

/// Whether the user's edit of a block is in force.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "state")]
pub enum EditState {
    /// Not edited: the generated text is printed.
    None,
    /// Edited, and the draft still generates what the edit was made on.
    Applied,
    /// Edited, but the underlying data changed since: the new generated
    /// text is printed and the old edit is kept for the user to re-apply.
    Stale { edited: String, was: String },
}

/// U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE.
pub const FSI: char = '\u{2068}';
pub const PDI: char = '\u{2069}';

/// A value the user typed, set apart from the fixed wording around it as a
/// first-strong bidi isolate, so that in a right-to-left request a phone
/// number or "4521, rue Saint-Denis" keeps its typed order (UAX #9, X5c).
/// An isolate cannot span a hard line break (each line is a bidi paragraph
/// of its own), so each line is isolated by itself; white space at either
/// end of a line and blank lines stay outside. A line that is already one
/// isolate is left as it is, so isolating twice changes nothing.
pub fn isolate(value: &str) -> String {
    value
        .split('\n')
        .map(|line| {
            let core = line.trim();
            if core.is_empty() || is_one_isolate(core) {
                return line.to_string();
            }
            let start = line.len() - line.trim_start().len();
            let end = start + core.len();
            format!("{}{FSI}{core}{PDI}{}", &line[..start], &line[end..])
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Whether `text` is one isolate from its first character to its last.
fn is_one_isolate(text: &str) -> bool {
    if !text.starts_with(FSI) || !text.ends_with(PDI) {
        return false;
    }
    let mut depth = 0usize;
    let last = text.chars().count() - 1;
    for (i, c) in text.chars().enumerate() {
        match c {
            '\u{2066}'..='\u{2068}' => depth += 1,
            PDI => {
                depth = depth.saturating_sub(1);
                if depth == 0 && i != last {
                    return false;
                }
            }
            _ => {}
        }
    }
    depth == 0
}

/// `text` without the bidi isolate controls (U+2066–U+2069) assembly adds.
pub fn without_isolates(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect()
}

/// The file name for a download: the request reference made safe for
/// every file system, else a neutral name.
pub fn file_stem(document: &Document) -> String {
    let cleaned: String = document
        .reference
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' || c == '.' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let cleaned = cleaned.trim_matches(|c| c == '-' || c == '.').to_string();
    if cleaned.is_empty() {
        "mla-request".to_string()
    } else {
        cleaned.chars().take(80).collect()
    }
}
