//! The assembled document of the complete fixture in every language (and
//! one bilingual pair) against the text committed in `tests/ref/`, so a
//! change of wording shows in review as a diff. `scripts/update_refs.sh`
//! rewrites the files.

#[path = "support/reference_files.rs"]
mod reference_files;

use std::fmt::Write;

use mla_core::check::CheckContext;
use mla_core::document::{assemble, Document, EditState, Options, FSI, PDI};
use mla_core::draft_file::parse_draft;
use mla_core::languages::{Lang, LANGUAGES};
use mla_core::model::Paper;

use reference_files::RefFiles;

const FIXTURE: &str = "tests/fixtures/complete.json";

/// The fixture assembled in `lang` (and `second`) on A4.
fn document(lang: Lang, second: Option<Lang>) -> Document {
    let path = format!("{}/{FIXTURE}", env!("CARGO_MANIFEST_DIR"));
    let draft = parse_draft(&std::fs::read_to_string(path).unwrap()).unwrap();
    assemble(
        &draft,
        &Options {
            lang,
            second,
            paper: Paper::A4,
        },
        &CheckContext::default(),
    )
}

/// Every line of `text`, behind a gutter naming its language, with the
/// invisible bidi isolates around the user's values shown as ⟨ and ⟩ and
/// the no-break spaces of French typography as ⍽ and ⎵.
fn lines(out: &mut String, lang: Lang, text: &str) {
    for line in text.split('\n') {
        assert!(
            !line.contains(['⟨', '⟩', '⍽', '⎵']),
            "ambiguous description: {line}"
        );
        let line = line
            .replace(FSI, "⟨")
            .replace(PDI, "⟩")
            .replace('\u{A0}', "⍽")
            .replace('\u{202F}', "⎵");
        writeln!(out, "  {}| {line}", lang.tag()).unwrap();
    }
}

/// One readable line per fact: the metadata and page furniture, then each
/// block's id and role and its text, in the second language too.
fn describe(doc: &Document) -> String {
    let (lang, second) = (doc.lang, doc.second);
    let yes_no = |b: bool| if b { "yes" } else { "no" };
    let direction = |lang: Lang| {
        if lang.is_rtl() {
            "right to left"
        } else {
            "left to right"
        }
    };
    let mut out = String::new();
    let what = match second {
        Some(second) => format!("in {}, fixed wording also in {}", lang.tag(), second.tag()),
        None => format!("in {}", lang.tag()),
    };
    writeln!(
        out,
        "# crates/mla-core/{FIXTURE} assembled {what}.\n# Rewritten by scripts/update_refs.sh.\n\
         # ⟨ and ⟩ stand for the bidi isolate around each value the user typed (U+2068, U+2069);\n\
         # ⍽ and ⎵ for the no-break space (U+00A0) and the narrow no-break space (U+202F)."
    )
    .unwrap();
    writeln!(out, "direction: {}", direction(lang)).unwrap();
    if let Some(second) = second {
        writeln!(out, "second direction: {}", direction(second)).unwrap();
    }
    writeln!(out, "title: {}", doc.title).unwrap();
    writeln!(out, "subject: {}", doc.subject).unwrap();
    writeln!(out, "author: {}", doc.author).unwrap();
    writeln!(out, "reference: {}", doc.reference).unwrap();
    writeln!(out, "confidential: {}", yes_no(doc.confidential)).unwrap();
    writeln!(out, "incomplete (DRAFT mark): {}", yes_no(doc.incomplete)).unwrap();
    writeln!(
        out,
        "furniture, confidential: {}",
        doc.furniture.confidential
    )
    .unwrap();
    writeln!(out, "furniture, draft: {}", doc.furniture.draft).unwrap();
    writeln!(out, "furniture, page of: {}", doc.furniture.page_of).unwrap();
    for block in &doc.blocks {
        let role = serde_json::to_value(block.role).unwrap();
        writeln!(out, "\n{} ({})", block.id, role.as_str().unwrap()).unwrap();
        match &block.edit {
            EditState::None => {}
            EditState::Applied => writeln!(out, "  edit applied").unwrap(),
            EditState::Stale { edited, was } => {
                writeln!(out, "  edit stale, was {was:?}, edited {edited:?}").unwrap()
            }
        }
        lines(&mut out, lang, &block.text);
        if let (Some(text), Some(second)) = (&block.second, second) {
            lines(&mut out, second, text);
        }
    }
    out
}

#[test]
fn assembled_documents_match_the_committed_references() {
    let mut refs = RefFiles::new(env!("CARGO_MANIFEST_DIR"), "document-");
    let cases = LANGUAGES
        .iter()
        .map(|l| (*l, None))
        .chain([(Lang::Es, Some(Lang::Fr))]);
    for (lang, second) in cases {
        let doc = document(lang, second);
        let name = match second {
            Some(second) => format!("document-{}-{}.txt", lang.tag(), second.tag()),
            None => format!("document-{}.txt", lang.tag()),
        };
        refs.check(&name, &describe(&doc));
    }
    refs.finish();
}
