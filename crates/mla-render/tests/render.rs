//! The PDF and DOCX writers against real tools: qpdf checks the structure,
//! pdftotext reads the text back in order (Arabic and Persian included),
//! pdftoppm renders page 1 of each fixture into target/render-preview/ for
//! a person to look at, unzip opens the DOCX, and LibreOffice converts it
//! (required when `CI` is set; elsewhere its absence is announced as
//! "SKIPPED: ..." on stderr). Every test here needs those programs
//! (`scripts/setup.sh` installs them); what needs none is in `native.rs`.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{SystemTime, UNIX_EPOCH};

use mla_core::document::Role;
use mla_core::model::Paper;
use mla_render::docx::docx;
use mla_render::pdf;

use common::{
    assert_in_order, controls_paragraph, doc, draft, fonts, is_control, BIDI_CONTROLS, ROOT,
};

fn out_dir() -> PathBuf {
    let dir = Path::new(ROOT).join("target/render-preview");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(name: &str, bytes: &[u8]) -> PathBuf {
    let path = out_dir().join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn run(tool: &str, args: &[&str]) -> String {
    let out = Command::new(tool)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{tool} is needed (scripts/setup.sh installs it): {e}"));
    assert!(
        out.status.success(),
        "{tool} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// pdftotext's text without the bidi embedding marks it adds, with line
/// breaks as spaces (a phrase may wrap).
fn text_of(pdf: &Path) -> String {
    let text: String = run("pdftotext", &[pdf.to_str().unwrap(), "-"])
        .chars()
        .filter(|c| !('\u{202A}'..='\u{202E}').contains(c))
        .collect();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The value of one `pdfinfo` field.
fn info_field(pdf: &Path, name: &str) -> String {
    run("pdfinfo", &[pdf.to_str().unwrap()])
        .lines()
        .find_map(|l| {
            l.strip_prefix(&format!("{name}:"))
                .map(|v| v.trim().to_string())
        })
        .unwrap_or_default()
}

/// Page `n` rendered in greys at 30 dpi (the bytes of a PGM image).
fn pixels(pdf: &Path, n: usize) -> Vec<u8> {
    let stem = pdf.file_stem().unwrap().to_str().unwrap();
    let prefix = out_dir().join(format!("{stem}-probe-{n}"));
    let page = n.to_string();
    run(
        "pdftoppm",
        &[
            "-r",
            "30",
            "-gray",
            "-f",
            &page,
            "-l",
            &page,
            "-singlefile",
            pdf.to_str().unwrap(),
            prefix.to_str().unwrap(),
        ],
    );
    std::fs::read(prefix.with_extension("pgm")).unwrap()
}

/// Share of pixels that differ between the same page of two PDFs.
fn difference(a: &Path, b: &Path, n: usize) -> f64 {
    let (a, b) = (pixels(a, n), pixels(b, n));
    assert_eq!(a.len(), b.len());
    a.iter().zip(&b).filter(|(x, y)| x != y).count() as f64 / a.len() as f64
}

fn check_pdf(lang: &str, phrases: &[&str]) -> String {
    let d = draft();
    let bytes = pdf(&doc(&d, lang, Paper::A4), &fonts()).unwrap();
    let path = write(&format!("complete-{lang}.pdf"), &bytes);
    assert!(run("qpdf", &["--check", path.to_str().unwrap()])
        .contains("No syntax or stream encoding errors"));
    let prefix = out_dir().join(format!("complete-{lang}"));
    run(
        "pdftoppm",
        &[
            "-r",
            "60",
            "-f",
            "1",
            "-l",
            "1",
            "-png",
            path.to_str().unwrap(),
            prefix.to_str().unwrap(),
        ],
    );
    let text = text_of(&path);
    assert_in_order(&text, phrases);
    text
}

#[test]
fn english_pdf_reads_back_in_order_with_page_furniture() {
    let text = check_pdf(
        "en",
        &[
            "CONFIDENTIAL",
            "Our reference: PP-2026-0142",
            "Request for mutual legal assistance in criminal matters",
            "has the honour to request the assistance of the competent authorities",
            "1. Legal basis",
            "United Nations Convention against Transnational Organized Crime, art. 18",
            "2. Requesting authority and proceedings",
            "3. Offences and applicable law",
            "Money laundering",
            "Summary of the facts",
            "Assistance requested",
            "Banco Ejemplo S.A. (sample)",
            "(signature and official seal)",
        ],
    );
    assert!(text.contains("Page 1 of"));
    assert!(
        !text.contains("DRAFT"),
        "a complete request has no DRAFT mark"
    );
}

#[test]
fn arabic_pdf_keeps_words_in_logical_order_with_latin_inside() {
    check_pdf(
        "ar",
        &[
            "سري",
            "طلب مساعدة قانونية متبادلة في المسائل الجنائية",
            "بأن تطلب مساعدة السلطات",
            "الأساس القانوني",
            "United Nations Convention against Transnational Organized Crime، art. 18",
            "الجرائم والقانون المنطبق",
            "Money laundering",
            "ملخص الوقائع",
            "المساعدة المطلوبة",
        ],
    );
}

#[test]
fn persian_pdf_uses_persian_digits_and_logical_order() {
    let text = check_pdf(
        "fa",
        &[
            "محرمانه",
            "درخواست معاضدت حقوقی متقابل در امور کیفری",
            "مبنای حقوقی",
            "جرائم و قانون حاکم",
            "معاضدت درخواستی",
        ],
    );
    assert!(text.contains("۲۰۲۶"), "Persian digits in dates");
    // pdftotext orders this short mixed line visually ("از۱ صفحه").
    assert!(
        text.contains("صفحه ۱") || text.contains("۱ صفحه"),
        "Persian digits in the page numbers"
    );
}

#[test]
fn cyrillic_and_letter_paper() {
    let d = draft();
    let bytes = pdf(&doc(&d, "sr", Paper::Letter), &fonts()).unwrap();
    let path = write("complete-sr-letter.pdf", &bytes);
    assert!(info_field(&path, "Page size").starts_with("612 x 792"));
    assert_in_order(
        &text_of(&path),
        &[
            "ПОВЕРЉИВО",
            "Замолница за међународну правну помоћ",
            "Правна основа",
        ],
    );
}

/// (Identical bytes twice: `pdf_and_docx_bytes_are_deterministic` in
/// `native.rs`.)
#[test]
fn pdf_metadata_is_set_and_fonts_are_subsets() {
    let d = draft();
    let a = pdf(&doc(&d, "en", Paper::A4), &fonts()).unwrap();
    let path = write("metadata.pdf", &a);
    assert_eq!(
        info_field(&path, "Title"),
        "Request for mutual legal assistance in criminal matters"
    );
    assert_eq!(
        info_field(&path, "Author"),
        "Public Prosecutor's Office, Economic Crime Division (fictional)"
    );
    assert_eq!(
        info_field(&path, "Subject"),
        "Request for mutual legal assistance in criminal matters — PP-2026-0142"
    );
    assert!(info_field(&path, "Page size").starts_with("595.28 x 841.89"));
    // Only subsets are embedded.
    let fonts_out = run("pdffonts", &[path.to_str().unwrap()]);
    assert!(
        fonts_out
            .lines()
            .skip(2)
            .all(|l| l.contains("+Noto") && l.contains(" yes ")),
        "{fonts_out}"
    );
}

/// A long request: many pages, and no heading left alone at a page foot.
#[test]
fn long_requests_paginate_without_orphaned_headings_and_mark_drafts() {
    let mut d = draft();
    d.facts.summary = "The funds moved through eleven accounts. ".repeat(120);
    for i in 0..12 {
        let mut m = d.measures[0].clone();
        m.id = format!("m{}", i + 2);
        d.measures.push(m);
    }
    d.requesting.authority.email.clear(); // a finding stays open: DRAFT mark
    d.measures[0].purpose.clear();
    let document = doc(&d, "en", Paper::A4);
    assert!(document.incomplete);
    let bytes = pdf(&document, &fonts()).unwrap();
    let path = write("long-en.pdf", &bytes);
    let mut clean = document.clone();
    clean.incomplete = false;
    let clean = write("long-en-clean.pdf", &pdf(&clean, &fonts()).unwrap());
    let pages: usize = info_field(&path, "Pages").parse().unwrap();
    assert!(pages >= 5, "{pages} pages");
    for n in 1..=pages {
        let page = run(
            "pdftotext",
            &[
                "-layout",
                "-f",
                &n.to_string(),
                "-l",
                &n.to_string(),
                path.to_str().unwrap(),
                "-",
            ],
        );
        assert!(page.contains(&format!("Page {n} of {pages}")));
        // The only difference from the clean copy is the watermark, and
        // it covers a good part of every page.
        let share = difference(&path, &clean, n);
        assert!(share > 0.02, "page {n} has no DRAFT mark ({share})");
        let body: Vec<&str> = page
            .lines()
            .map(str::trim)
            .filter(|l| {
                !l.is_empty()
                    && !l.contains("Page ")
                    && !l.contains("CONFIDENTIAL")
                    && !l.contains("DRAFT")
            })
            .collect();
        let last = body.last().copied().unwrap_or_default();
        let is_heading = last.len() < 60
            && last
                .split_once(". ")
                .is_some_and(|(n, _)| n.chars().all(|c| c.is_ascii_digit()));
        assert!(
            !is_heading || n == pages,
            "page {n} ends with the heading {last:?}"
        );
    }
}

#[test]
fn hostile_text_is_printed_as_text() {
    let mut d = draft();
    d.facts.summary = "<script>alert(1)</script> & \"quotes\" ".to_string() + &"x".repeat(5000);
    let document = doc(&d, "en", Paper::A4);
    let bytes = pdf(&document, &fonts()).unwrap();
    let path = write("hostile.pdf", &bytes);
    run("qpdf", &["--check", path.to_str().unwrap()]);
    let text = text_of(&path);
    assert!(
        text.contains("<script>alert(1)</script> & \"quotes\" xxxx"),
        "{text}"
    );
    let package = docx(&document).unwrap();
    let path = write("hostile.docx", &package);
    let xml = run(
        "unzip",
        &["-p", path.to_str().unwrap(), "word/document.xml"],
    );
    assert!(xml.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"));
}

/// Invisible controls never print: neither drawn nor coming back out of
/// the PDF or the DOCX. (How they are set, glyph by glyph, and the DOCX
/// escaping: `invisible_controls_are_set_without_outline_or_width` in
/// `native.rs`.)
#[test]
fn invisible_controls_never_print() {
    let fonts = fonts();
    let text = controls_paragraph();

    // The whole path to the PDF. The paragraph comes first and the DRAFT
    // mark is off, so its controls are the first glyphs written.
    let mut document = doc(&draft(), "en", Paper::A4);
    document.incomplete = false;
    let mut block = document
        .blocks
        .iter()
        .find(|b| b.role == Role::Paragraph)
        .unwrap()
        .clone();
    block.text = text.clone();
    block.generated = text.clone();
    // Controls left open end with their paragraph.
    let mut unclosed = block.clone();
    unclosed.id = "unclosed".into();
    unclosed.text = "Left \u{2067}\u{202E}open".into();
    unclosed.generated = unclosed.text.clone();
    document.blocks.insert(0, unclosed);
    document.blocks.insert(0, block);
    let path = write("controls.pdf", &pdf(&document, &fonts).unwrap());
    run("qpdf", &["--check", path.to_str().unwrap()]);
    let raw = run("pdftotext", &[path.to_str().unwrap(), "-"]);
    assert!(
        !raw.contains('\u{FFFD}'),
        "replacement character in:\n{raw}"
    );
    // A control must not become the text of the space glyph it is drawn
    // with, or every space would extract as that control.
    assert!(raw.contains(" & \"quotes\" "), "{raw:?}");
    assert!(
        !raw.chars().any(|c| BIDI_CONTROLS.contains(&c)),
        "bidi control extracted: {raw:?}"
    );
    // Nor does any C0 control or DEL (pdftotext itself writes LF and FF).
    assert!(
        !raw.chars()
            .any(|c| c.is_control() && !matches!(c, '\n' | '\u{C}')),
        "control character extracted: {raw:?}"
    );
    let visible: String = raw
        .chars()
        .filter(|c| !is_control(*c) || *c == '\n')
        .collect();
    let visible = visible.split_whitespace().collect::<Vec<_>>().join(" ");
    // The override shows "evil" mirrored, as the user's control asks.
    assert_in_order(
        &visible,
        &[
            "Opening words & \"quotes\" live then the rest ends.",
            "Left nepo",
            "Public Prosecutor's Office, Economic Crime Division (fictional)",
            "Request for mutual legal assistance in criminal matters",
        ],
    );

    // DOCX: XML 1.0 forbids C0 controls other than tab, LF and CR.
    let package = write("controls.docx", &docx(&document).unwrap());
    let xml = run(
        "unzip",
        &["-p", package.to_str().unwrap(), "word/document.xml"],
    );
    let bad: Vec<char> = xml
        .chars()
        .filter(|c| c.is_ascii_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{7F}'))
        .collect();
    assert!(bad.is_empty(), "controls in document.xml: {bad:?}");
    assert!(
        xml.contains("Opening words &amp; &quot;quotes&quot;"),
        "{xml}"
    );
}

#[test]
fn docx_has_heading_styles_numbered_items_rtl_and_metadata() {
    let d = draft();
    // (Identical bytes twice: `native.rs`.)
    let en = docx(&doc(&d, "en", Paper::A4)).unwrap();
    let path = write("complete-en.docx", &en);
    let p = path.to_str().unwrap();
    let body = run("unzip", &["-p", p, "word/document.xml"]);
    assert!(body.contains(r#"<w:pStyle w:val="Heading1"/>"#));
    assert!(body.contains(r#"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>"#));
    assert!(body.contains("Records (bank, financial, corporate, government)</w:t>"));
    assert!(!body.contains("<w:bidi/>"));
    let core = run("unzip", &["-p", p, "docProps/core.xml"]);
    assert!(core
        .contains("<dc:title>Request for mutual legal assistance in criminal matters</dc:title>"));
    assert!(core.contains("<dc:language>en</dc:language>"));
    assert!(run("unzip", &["-p", p, "word/styles.xml"]).contains(r#"<w:name w:val="heading 1"/>"#));
    assert!(run("unzip", &["-p", p, "word/footer1.xml"]).contains(" NUMPAGES "));

    let ar = docx(&doc(&d, "ar", Paper::A4)).unwrap();
    let path = write("complete-ar.docx", &ar);
    let body = run(
        "unzip",
        &["-p", path.to_str().unwrap(), "word/document.xml"],
    );
    assert!(body.contains("<w:bidi/>") && body.contains("<w:rtl/>"));
    run("unzip", &["-t", path.to_str().unwrap()]);
}

/// Says so on the real stderr: libtest swallows `println!` and `eprintln!`
/// of a test that passes, and a silent skip looks like a pass.
fn announce_skip(why: &str) {
    let _ = writeln!(std::io::stderr(), "SKIPPED: {why}");
}

/// The text of LibreOffice's PDF of `docx`, or `None` (announced) where
/// LibreOffice is absent and `CI` is not set.
fn libreoffice_text(name: &str, docx: &[u8]) -> Option<String> {
    if Command::new("soffice").arg("--version").output().is_err() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI is set but LibreOffice (soffice) is not installed: scripts/setup.sh installs libreoffice-writer-nogui"
        );
        announce_skip("LibreOffice (soffice) is not installed: DOCX conversion not checked");
        return None;
    }
    // A fresh folder per run: soffice exits 0 even when it cannot load the
    // file, and a PDF left by an earlier run must never be read instead.
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    let dir = std::env::temp_dir().join(format!(
        "mla-render-libreoffice-{}-{nanos}",
        std::process::id()
    ));
    std::fs::create_dir(&dir).unwrap();
    let input = dir.join(format!("{name}.docx"));
    std::fs::write(&input, docx).unwrap();
    let outdir = dir.join("out");
    // The profile is reused across runs: LibreOffice's first start is slow.
    let profile = format!(
        "-env:UserInstallation=file://{}",
        out_dir().join("libreoffice-profile").display()
    );
    let out = Command::new("soffice")
        .args([
            profile.as_str(),
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            outdir.to_str().unwrap(),
            input.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    let log = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success() && !log.contains("could not be loaded") && !log.contains("Error"),
        "LibreOffice could not convert {name}.docx: {log}"
    );
    let converted = outdir.join(format!("{name}.pdf"));
    assert!(
        converted.is_file(),
        "LibreOffice wrote no {}: {log}",
        converted.display()
    );
    let text = text_of(&converted);
    std::fs::remove_dir_all(&dir).unwrap();
    Some(text)
}

#[test]
fn docx_opens_in_libreoffice_when_installed_and_always_on_ci() {
    let ar = docx(&doc(&draft(), "ar", Paper::A4)).unwrap();
    let Some(text) = libreoffice_text("complete-ar", &ar) else {
        return;
    };
    assert!(
        text.contains("طلب مساعدة قانونية متبادلة في المسائل الجنائية"),
        "{text}"
    );
}
