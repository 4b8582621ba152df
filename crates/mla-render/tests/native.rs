//! The renderer on its own, with no external program: the description of
//! each fixture PDF (`mla_render::pdf::describe`) against the text
//! committed in `tests/ref/` (rewritten by `scripts/update_refs.sh`), the
//! same description checked against the PDF's own objects and read for
//! its words in logical order, identical bytes twice, and invisible
//! controls set without ink or width. The checks through qpdf, poppler,
//! unzip and LibreOffice are in `render.rs`.

#[path = "../../mla-core/tests/support/reference_files.rs"]
mod reference_files;

mod common;

use mla_core::document::isolate;
use mla_core::languages::{Lang, LANGUAGES};
use mla_core::model::Paper;
use mla_render::docx::{docx, escape};
use mla_render::pdf;
use mla_render::pdf::describe::{describe, Description, Part};
use mla_render::text::fonts::FontSet;
use mla_render::text::lines::{is_isolate, layout, Style};
use rustybuzz::ttf_parser::GlyphId;

use common::{
    assert_in_order, bilingual, controls_paragraph, doc, draft, fonts, is_control, other_controls,
    BIDI_CONTROLS,
};
use reference_files::RefFiles;

/// The fixture cases with a committed description: every language on A4,
/// Serbian on Letter, and Spanish with French on Letter.
fn cases() -> Vec<(Lang, Option<Lang>, Paper)> {
    LANGUAGES
        .iter()
        .map(|l| (*l, None, Paper::A4))
        .chain([
            (Lang::Sr, None, Paper::Letter),
            (Lang::Es, Some(Lang::Fr), Paper::Letter),
        ])
        .collect()
}

fn paper_name(paper: Paper) -> &'static str {
    match paper {
        Paper::A4 => "a4",
        Paper::Letter => "letter",
    }
}

/// The body text of every page, one line each, in reading order.
fn body_text(d: &Description) -> String {
    d.pages
        .iter()
        .flatten()
        .filter(|l| l.part == Part::Body)
        .map(|l| l.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// What the PDF's own objects say (they are not compressed; the content
/// streams are): pages, page size and the subset fonts.
fn assert_agrees_with_pdf(what: &str, d: &Description, bytes: &[u8]) {
    let pdf = String::from_utf8_lossy(bytes);
    let pages = pdf.matches("/Type /Page").count() - pdf.matches("/Type /Pages").count();
    assert_eq!(pages, d.pages.len(), "{what}: page objects");
    assert!(
        pdf.contains(&format!("/Count {}", d.pages.len())),
        "{what}: page count"
    );
    let media_box = format!("/MediaBox [0 0 {} {}]", d.width, d.height);
    assert_eq!(
        pdf.matches(&media_box).count(),
        pages,
        "{what}: {media_box}"
    );
    let mut embedded: Vec<&str> = pdf
        .split("/BaseFont /")
        .skip(1)
        .filter_map(|s| s.split_once('+'))
        .map(|(_, rest)| {
            rest.split(|c: char| !c.is_alphanumeric() && c != '-')
                .next()
                .unwrap()
        })
        .collect();
    embedded.sort_unstable();
    embedded.dedup();
    let mut described: Vec<&str> = d.fonts.iter().map(|(name, _)| *name).collect();
    described.sort_unstable();
    assert_eq!(embedded, described, "{what}: subset fonts");
}

#[test]
fn pdf_descriptions_match_the_committed_references() {
    let fonts = fonts();
    let d = draft();
    let mut refs = RefFiles::new(env!("CARGO_MANIFEST_DIR"), "complete-");
    for (lang, second, paper) in cases() {
        let document = bilingual(&d, lang.tag(), second.map(Lang::tag), paper);
        let description = describe(&document, &fonts).unwrap();
        let mut name = format!("complete-{}", lang.tag());
        if let Some(second) = second {
            name = format!("{name}-{}", second.tag());
        }
        let name = format!("{name}-{}", paper_name(paper));
        let inexact: Vec<_> = description
            .pages
            .iter()
            .flatten()
            .filter(|l| !l.exact)
            .collect();
        assert!(inexact.is_empty(), "{name}: glyphs differ from {inexact:?}");
        assert_agrees_with_pdf(&name, &description, &pdf(&document, &fonts).unwrap());
        let text = format!(
            "# crates/mla-core/tests/fixtures/complete.json as mla_render::pdf lays it out\n\
             # (mla_render::pdf::describe). Rewritten by scripts/update_refs.sh.\n{description}"
        );
        refs.check(&format!("{name}.txt"), &text);
    }
    refs.finish();
}

/// What `pdftotext` reads back in `render.rs`, read here from the
/// layout itself.
#[test]
fn descriptions_read_in_logical_order() {
    let fonts = fonts();
    let d = draft();
    let en = describe(&doc(&d, "en", Paper::A4), &fonts).unwrap();
    assert_in_order(
        &body_text(&en),
        &[
            "Request for mutual legal assistance in criminal matters",
            "has the honour to request the assistance of the competent authorities",
            "1. Legal basis",
            "United Nations Convention against Transnational Organized Crime, art. 18",
            "Money laundering",
            "(signature and official seal)",
        ],
    );
    assert_eq!(en.watermark, None, "a complete request has no DRAFT mark");
    let total = en.pages.len();
    for (n, page) in en.pages.iter().enumerate() {
        let header: Vec<&str> = page
            .iter()
            .filter(|l| l.part == Part::Header)
            .map(|l| l.text.as_str())
            .collect();
        assert_eq!(header, ["CONFIDENTIAL"]);
        let footer: Vec<&str> = page
            .iter()
            .filter(|l| l.part == Part::Footer)
            .map(|l| l.text.as_str())
            .collect();
        assert_eq!(
            footer,
            ["PP-2026-0142", &format!("Page {} of {total}", n + 1)]
        );
    }

    let ar = describe(&doc(&d, "ar", Paper::A4), &fonts).unwrap();
    assert_in_order(
        &body_text(&ar),
        &[
            "طلب مساعدة قانونية متبادلة في المسائل الجنائية",
            "الأساس القانوني",
            // The title and the articles joined by the Arabic comma.
            "United Nations Convention against Transnational Organized Crime، art. 18",
            "Money laundering",
            "المساعدة المطلوبة",
        ],
    );
    // The isolates around the values are not part of the description.
    assert!(!body_text(&ar).contains(['\u{2068}', '\u{2069}']));
    assert!(body_text(&ar).contains("+33 1 00 00 00 00"));
    assert!(ar
        .fonts
        .iter()
        .any(|(f, _)| *f == "NotoNaskhArabic-Regular"));

    let fa = describe(&doc(&d, "fa", Paper::A4), &fonts).unwrap();
    assert!(body_text(&fa).contains("۲۰۲۶"), "Persian digits in dates");
    let last = fa.pages[0].last().unwrap();
    assert_eq!(last.part, Part::Footer);
    assert!(
        last.text.starts_with("صفحه ۱ از "),
        "Persian page numbers in logical order: {:?}",
        last.text
    );

    let sr = describe(&doc(&d, "sr", Paper::Letter), &fonts).unwrap();
    assert_eq!((sr.width, sr.height), (612.0, 792.0));
    assert_in_order(
        &body_text(&sr),
        &["Замолница за међународну правну помоћ", "Правна основа"],
    );

    // Pasted controls print nothing and leave the words in order.
    let mut pasted = doc(&d, "ar", Paper::A4);
    let block = pasted.blocks.iter_mut().find(|b| b.id == "intro").unwrap();
    block.text = controls_paragraph();
    let pasted = describe(&pasted, &fonts).unwrap();
    assert!(pasted.pages.iter().flatten().all(|l| l.exact));
    assert!(
        body_text(&pasted).contains("Opening words & \"quotes\" evil then  the rest ends."),
        "{}",
        body_text(&pasted)
    );

    let mut incomplete = doc(&d, "en", Paper::A4);
    incomplete.incomplete = true;
    let marked = describe(&incomplete, &fonts).unwrap();
    assert_eq!(marked.watermark.as_deref(), Some("DRAFT — incomplete"));
}

#[test]
fn pdf_and_docx_bytes_are_deterministic() {
    let d = draft();
    let a = pdf(&doc(&d, "en", Paper::A4), &fonts()).unwrap();
    let b = pdf(&doc(&d, "en", Paper::A4), &fonts()).unwrap();
    assert_eq!(a, b);
    let en = docx(&doc(&d, "en", Paper::A4)).unwrap();
    assert_eq!(
        en,
        docx(&doc(&d, "en", Paper::A4)).unwrap(),
        "deterministic"
    );
}

/// Invisible controls never print. The shaper sets the bidi embeddings and
/// overrides with the space glyph at zero advance, and the isolates are not
/// shaped at all; other C0 controls and DEL are dropped before shaping (a
/// tab becomes a space). Neither draws anything, and the
/// words around them must all be set. (`invisible_controls_never_print` in
/// `render.rs` reads the PDF and the DOCX back.)
#[test]
fn invisible_controls_are_set_without_outline_or_width() {
    let fonts = fonts();
    let set = FontSet::new(&fonts).unwrap();
    let text = controls_paragraph();
    for lang in [Lang::En, Lang::Ar] {
        let style = Style {
            size: 10.0,
            bold: false,
            lang,
        };
        let lines = layout(&set, &text, style, 10_000.0);
        let glyphs: Vec<_> = lines.iter().flat_map(|l| &l.glyphs).collect();
        let outline = |g: &mla_render::text::shape::Glyph| {
            set.faces[g.face]
                .glyph_bounding_box(GlyphId(g.gid))
                .is_some()
        };
        for g in &glyphs {
            let c = g.text.chars().next();
            match c {
                Some(c) if BIDI_CONTROLS.contains(&c) => {
                    assert!(!outline(g), "{lang}: {c:?} drawn as glyph {}", g.gid);
                    assert_eq!(g.advance, 0.0, "{lang}: {c:?} takes room");
                }
                Some(c) if c.is_control() => {
                    panic!("{lang}: {c:?} reached the page as glyph {}", g.gid);
                }
                Some(c) if !c.is_whitespace() => {
                    assert!(
                        g.gid != 0 && outline(g),
                        "{lang}: {c:?} has no glyph ({})",
                        g.gid
                    );
                }
                _ => {}
            }
        }
        // Every visible character is set, none twice, none dropped.
        let mut set_chars: Vec<char> = glyphs
            .iter()
            .flat_map(|g| g.text.chars())
            .filter(|c| !is_control(*c))
            .collect();
        // A tab is set as a space; the other controls are dropped.
        let mut typed: Vec<char> = text
            .chars()
            .map(|c| if c == '\t' { ' ' } else { c })
            .filter(|c| !is_control(*c))
            .collect();
        set_chars.sort_unstable();
        typed.sort_unstable();
        assert_eq!(set_chars, typed, "{lang}");
    }

    // DOCX: XML 1.0 forbids C0 controls other than tab, LF and CR.
    for c in other_controls()
        .into_iter()
        .filter(|c| *c != '\t' && *c != '\u{7F}')
    {
        assert_eq!(escape(&format!("a{c}b")), "ab", "{c:?}");
    }
}

/// Issue 12: values typed in a right-to-left request keep their typed
/// order. Assembly isolates each one (FSI … PDI); the isolates take part in
/// the bidi resolution but are never shaped: no glyph, no width.
#[test]
fn isolated_values_keep_their_typed_order_in_right_to_left_wording() {
    let fonts = fonts();
    let set = FontSet::new(&fonts).unwrap();
    for lang in [Lang::Ar, Lang::Fa] {
        let style = Style {
            size: 10.0,
            bold: false,
            lang,
        };
        for value in [
            "+7 495 555 01 77",
            "4521, rue Saint-Denis",
            "10 ans de réclusion",
        ] {
            let text = format!("الهاتف: {} للاتصال", isolate(value));
            let lines = layout(&set, &text, style, 10_000.0);
            assert_eq!(lines.len(), 1, "{lang} {value}");
            let line = &lines[0];
            // No glyph stands for an isolate, so none reaches ToUnicode.
            assert!(
                line.glyphs.iter().all(|g| !g.text.chars().any(is_isolate)),
                "{lang} {value}: an isolate was shaped"
            );
            // The glyphs read left to right (visual order) set the value,
            // a left-to-right run inside the right-to-left line, as typed.
            let visual: String = line.glyphs.iter().map(|g| g.text.as_str()).collect();
            assert!(
                visual.contains(value),
                "{lang}: {value:?} reordered as {visual:?}"
            );
            // The isolates take no width: the line is as wide as its
            // glyphs, and as the same words set without them.
            let advances: f32 = line.glyphs.iter().map(|g| g.advance).sum();
            assert!((line.width - advances).abs() < 1e-3, "{lang} {value}");
            let bare = layout(
                &set,
                &text.replace(['\u{2068}', '\u{2069}'], ""),
                style,
                10_000.0,
            );
            assert!(
                (line.width - bare[0].width).abs() < 1e-3,
                "{lang} {value}: {} with isolates, {} without",
                line.width,
                bare[0].width
            );
        }
    }
    // Without the isolates (the text assembly wrote before issue 12) the
    // same line sets the phone number's digit groups right to left: the
    // bug this guards against.
    let style = Style {
        size: 10.0,
        bold: false,
        lang: Lang::Ar,
    };
    let plain = layout(&set, "الهاتف: +7 495 555 01 77 للاتصال", style, 10_000.0);
    let visual: String = plain[0].glyphs.iter().map(|g| g.text.as_str()).collect();
    assert!(visual.contains("77 01 555 495 7+"), "{visual:?}");

    // A line that is only a value keeps its own direction (a Latin
    // address line in an Arabic request is set left to right, as before).
    let alone = layout(&set, &isolate("4521, rue Saint-Denis"), style, 10_000.0);
    let visual: String = alone[0].glyphs.iter().map(|g| g.text.as_str()).collect();
    assert_eq!(visual, "4521, rue Saint-Denis");

    // The DOCX keeps the isolates as characters (Word and LibreOffice
    // apply them).
    assert_eq!(escape(&isolate("+7 495")), "\u{2068}+7 495\u{2069}");
}
