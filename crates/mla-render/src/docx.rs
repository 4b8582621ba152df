//! The request as a Word document (Office Open XML) for final editing in
//! a word processor: headings as Word heading styles, the assistance items
//! as a real numbered list, right-to-left paragraphs for Arabic and
//! Persian, the same metadata as the PDF, and the CONFIDENTIAL / DRAFT
//! marks and "Page n of N" in the header and footer.

use mla_core::document::{Block, Document, Role};
use mla_core::languages::Lang;

use crate::{zip, RenderError};

/// The DOCX bytes of `document`; deterministic like the PDF.
pub fn docx(doc: &Document) -> Result<Vec<u8>, RenderError> {
    let entries = vec![
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes().to_vec()),
        ("_rels/.rels", ROOT_RELS.as_bytes().to_vec()),
        ("docProps/core.xml", core(doc).into_bytes()),
        ("docProps/app.xml", APP.as_bytes().to_vec()),
        (
            "word/_rels/document.xml.rels",
            DOCUMENT_RELS.as_bytes().to_vec(),
        ),
        ("word/document.xml", document(doc).into_bytes()),
        ("word/styles.xml", styles(doc).into_bytes()),
        ("word/numbering.xml", NUMBERING.as_bytes().to_vec()),
        ("word/settings.xml", SETTINGS.as_bytes().to_vec()),
        ("word/header1.xml", header(doc).into_bytes()),
        ("word/footer1.xml", footer(doc).into_bytes()),
    ];
    Ok(zip::write(&entries))
}

/// Text made safe for XML: escaped, and without the control characters
/// XML 1.0 forbids (a pasted form feed must not corrupt the file).
///
/// The bidi isolates assembly puts around the user's values (U+2068 …
/// U+2069, `mla_core::document::isolate`) are kept as characters: Word and
/// LibreOffice both apply them in their bidi algorithm and print nothing,
/// and they stay with the value when the user edits the text there. Word's
/// own markup has no first-strong isolate to translate them to: `w:dir` and
/// `w:bdo` embed or override with a fixed direction, chosen here, where the
/// isolate lets the value's first strong character choose.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

fn style_of(role: Role) -> &'static str {
    match role {
        Role::Title => "Title",
        Role::Heading => "Heading1",
        Role::Subheading => "Heading3",
        Role::Item => "Heading2",
        Role::Header => "Letterhead",
        Role::Detail => "Detail",
        Role::Paragraph => "BodyText",
        Role::Signature => "Signature",
    }
}

/// A run of text, with line breaks as `<w:br/>`.
fn runs(text: &str, rtl: bool, props: &str) -> String {
    let rpr = format!(
        "<w:rPr>{props}{}</w:rPr>",
        if rtl { "<w:rtl/>" } else { "" }
    );
    text.split('\n')
        .enumerate()
        .map(|(i, line)| {
            let br = if i > 0 { "<w:br/>" } else { "" };
            format!(
                r#"<w:r>{rpr}{br}<w:t xml:space="preserve">{}</w:t></w:r>"#,
                escape(line)
            )
        })
        .collect()
}

fn paragraph(style: &str, text: &str, rtl: bool, extra_ppr: &str, rprops: &str) -> String {
    let bidi = if rtl { "<w:bidi/>" } else { "" };
    format!(
        r#"<w:p><w:pPr><w:pStyle w:val="{style}"/>{extra_ppr}{bidi}</w:pPr>{}</w:p>"#,
        runs(text, rtl, rprops)
    )
}

/// An item's text without the number assembly wrote before it, since
/// Word numbers the list itself.
fn unnumbered(block: &Block) -> &str {
    match block.text.split_once(". ") {
        Some((n, rest)) if !n.is_empty() && n.chars().all(|c| c.is_numeric()) => rest,
        _ => &block.text,
    }
}

fn document(doc: &Document) -> String {
    let mut body = String::new();
    for block in &doc.blocks {
        let style = style_of(block.role);
        let (text, numbering) = if block.role == Role::Item {
            (
                unnumbered(block),
                r#"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>"#,
            )
        } else {
            (block.text.as_str(), "")
        };
        body.push_str(&paragraph(style, text, doc.lang.is_rtl(), numbering, ""));
        if let (Some(second), Some(_)) = (&block.second, &doc.second) {
            let second = if block.role == Role::Item {
                second.split_once(". ").map_or(second.as_str(), |(_, r)| r)
            } else {
                second
            };
            body.push_str(&paragraph(
                "SecondLanguage",
                second,
                doc.second.is_some_and(Lang::is_rtl),
                "",
                "",
            ));
        }
    }
    let (w, h) = match doc.paper {
        mla_core::model::Paper::A4 => (11906, 16838),
        mla_core::model::Paper::Letter => (12240, 15840),
    };
    let rtl_section = if doc.lang.is_rtl() { "<w:bidi/>" } else { "" };
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>{body}<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/><w:footerReference w:type="default" r:id="rIdFooter"/><w:pgSz w:w="{w}" w:h="{h}"/><w:pgMar w:top="1440" w:right="1400" w:bottom="1440" w:left="1400" w:header="720" w:footer="720" w:gutter="0"/>{rtl_section}</w:sectPr></w:body></w:document>"#
    )
}

fn header(doc: &Document) -> String {
    let mut body = String::new();
    if doc.confidential {
        body.push_str(&paragraph(
            "HeaderMark",
            &doc.furniture.confidential,
            doc.lang.is_rtl(),
            r#"<w:jc w:val="center"/>"#,
            "<w:b/>",
        ));
    }
    if doc.incomplete {
        body.push_str(&paragraph(
            "HeaderMark",
            &doc.furniture.draft,
            doc.lang.is_rtl(),
            r#"<w:jc w:val="center"/>"#,
            r#"<w:b/><w:color w:val="A0A0A0"/>"#,
        ));
    }
    if body.is_empty() {
        body.push_str("<w:p/>");
    }
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">{body}</w:hdr>"#
    )
}

/// "Page n of N" with live PAGE and NUMPAGES fields, and the reference.
fn footer(doc: &Document) -> String {
    let rtl = doc.lang.is_rtl();
    let field = |name: &str| {
        format!(
            r#"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {name} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>"#
        )
    };
    let template = &doc.furniture.page_of;
    let mut page = String::new();
    let mut rest = template.as_str();
    while let Some(start) = rest.find('{') {
        page.push_str(&runs(&rest[..start], rtl, ""));
        let end = rest[start..]
            .find('}')
            .map_or(rest.len(), |e| start + e + 1);
        match &rest[start..end] {
            "{n}" => page.push_str(&field("PAGE")),
            "{total}" => page.push_str(&field("NUMPAGES")),
            other => page.push_str(&runs(other, rtl, "")),
        }
        rest = &rest[end..];
    }
    page.push_str(&runs(rest, rtl, ""));
    let bidi = if rtl { "<w:bidi/>" } else { "" };
    let reference = if doc.reference.is_empty() {
        String::new()
    } else {
        // Isolated like the values in the body: it shares the line with
        // the page number.
        let reference = mla_core::document::isolate(&doc.reference);
        format!("{}<w:r><w:tab/></w:r>", runs(&reference, rtl, ""))
    };
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:pStyle w:val="Footer"/><w:tabs><w:tab w:val="end" w:pos="9100"/></w:tabs>{bidi}</w:pPr>{reference}{page}</w:p></w:ftr>"#
    )
}

fn core(doc: &Document) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{}</dc:title><dc:subject>{}</dc:subject><dc:creator>{}</dc:creator><dc:language>{}</dc:language></cp:coreProperties>"#,
        escape(&doc.title),
        escape(&doc.subject),
        escape(&doc.author),
        doc.lang.tag()
    )
}

fn styles(doc: &Document) -> String {
    let (latin, bidi) = if doc.lang.is_rtl() {
        ("en", doc.lang.tag())
    } else {
        (doc.lang.tag(), "ar")
    };
    let style = |id: &str, name: &str, ppr: &str, rpr: &str, outline: Option<u8>| {
        let outline = outline.map_or(String::new(), |l| format!(r#"<w:outlineLvl w:val="{l}"/>"#));
        format!(
            r#"<w:style w:type="paragraph" w:styleId="{id}"><w:name w:val="{name}"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr>{ppr}{outline}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"#
        )
    };
    let keep = "<w:keepNext/>";
    let all = [
        style(
            "Title",
            "Title",
            &format!(r#"{keep}<w:jc w:val="center"/><w:spacing w:before="240" w:after="240"/>"#),
            r#"<w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/>"#,
            None,
        ),
        style(
            "Heading1",
            "heading 1",
            &format!(r#"{keep}<w:spacing w:before="240" w:after="100"/>"#),
            r#"<w:b/><w:bCs/><w:sz w:val="24"/><w:szCs w:val="24"/>"#,
            Some(0),
        ),
        style(
            "Heading2",
            "heading 2",
            &format!(r#"{keep}<w:spacing w:before="160" w:after="60"/>"#),
            r#"<w:b/><w:bCs/><w:sz w:val="22"/><w:szCs w:val="22"/>"#,
            Some(1),
        ),
        style(
            "Heading3",
            "heading 3",
            &format!(r#"{keep}<w:spacing w:before="100" w:after="60"/>"#),
            r#"<w:b/><w:bCs/>"#,
            Some(2),
        ),
        style(
            "Letterhead",
            "Letterhead",
            r#"<w:spacing w:after="200"/>"#,
            "",
            None,
        ),
        style(
            "BodyText",
            "Body Text",
            r#"<w:spacing w:after="120"/>"#,
            "",
            None,
        ),
        style(
            "Detail",
            "Particular",
            r#"<w:ind w:start="360"/><w:spacing w:after="60"/>"#,
            "",
            None,
        ),
        style(
            "Signature",
            "Signature",
            r#"<w:keepLines/><w:spacing w:before="360"/>"#,
            "",
            None,
        ),
        style(
            "SecondLanguage",
            "Second language",
            r#"<w:spacing w:after="120"/>"#,
            r#"<w:color w:val="555555"/>"#,
            None,
        ),
        style("HeaderMark", "Header mark", "", "", None),
        style(
            "Footer",
            "footer",
            "",
            r#"<w:sz w:val="17"/><w:szCs w:val="17"/>"#,
            None,
        ),
    ]
    .concat();
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Noto Sans" w:hAnsi="Noto Sans" w:cs="Noto Naskh Arabic"/><w:sz w:val="21"/><w:szCs w:val="22"/><w:lang w:val="{latin}" w:bidi="{bidi}"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="300" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>{all}</w:styles>"#
    )
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>"#;

const ROOT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>"#;

const DOCUMENT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>"#;

const APP: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>MLA Request Writer</Application></Properties>"#;

const SETTINGS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:updateFields w:val="true"/></w:settings>"#;

const NUMBERING: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="start"/><w:pPr><w:ind w:start="360" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#;
