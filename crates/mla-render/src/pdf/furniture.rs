//! What every page carries besides the text: the CONFIDENTIAL header, the
//! reference and "Page n of N" footer, and the DRAFT watermark.

use mla_core::document::Document;

use super::layout::{Geometry, Placed};
use crate::text::fonts::FontSet;
use crate::text::lines::{layout, Line, Style};

pub struct Furnished {
    /// Header and footer lines of each page.
    pub lines: Vec<Vec<Placed>>,
    /// The watermark line and its size, when the request is incomplete.
    pub watermark: Option<(Line, f32)>,
}

const SMALL: f32 = 8.5;
pub const WATERMARK_SIZE: f32 = 54.0;

fn one_line(fonts: &FontSet, text: &str, doc: &Document, size: f32, bold: bool) -> Line {
    let style = Style {
        size,
        bold,
        lang: doc.lang,
    };
    layout(fonts, text, style, f32::INFINITY)
        .into_iter()
        .next()
        .unwrap_or_default()
}

/// A page number in the document language's digits.
fn digits(doc: &Document, n: usize) -> String {
    doc.lang.digits().write(n as u32)
}

pub fn furnish(fonts: &FontSet, doc: &Document, geo: &Geometry, total: usize) -> Furnished {
    let start_x = |line: &Line| {
        if doc.lang.is_rtl() {
            geo.width - geo.margin_x - line.width
        } else {
            geo.margin_x
        }
    };
    let end_x = |line: &Line| {
        if doc.lang.is_rtl() {
            geo.margin_x
        } else {
            geo.width - geo.margin_x - line.width
        }
    };
    let footer_y = geo.margin_bottom - 30.0;
    let header_y = geo.height - geo.margin_top + 30.0;
    let mut lines = Vec::with_capacity(total);
    for n in 1..=total {
        let mut page = Vec::new();
        if doc.confidential {
            let line = one_line(fonts, &doc.furniture.confidential, doc, 10.0, true);
            let x = (geo.width - line.width) / 2.0;
            page.push(Placed {
                line,
                x,
                y: header_y,
                size: 10.0,
                gray: 0.0,
            });
        }
        if !doc.reference.is_empty() {
            // Isolated like the values in the body, so that a reference
            // of digits keeps its typed order in a right-to-left request.
            let reference = mla_core::document::isolate(&doc.reference);
            let line = one_line(fonts, &reference, doc, SMALL, false);
            let x = start_x(&line);
            page.push(Placed {
                line,
                x,
                y: footer_y,
                size: SMALL,
                gray: 0.3,
            });
        }
        let text = doc
            .furniture
            .page_of
            .replace("{n}", &digits(doc, n))
            .replace("{total}", &digits(doc, total));
        let line = one_line(fonts, &text, doc, SMALL, false);
        let x = end_x(&line);
        page.push(Placed {
            line,
            x,
            y: footer_y,
            size: SMALL,
            gray: 0.3,
        });
        lines.push(page);
    }
    let watermark = doc.incomplete.then(|| {
        (
            one_line(fonts, &doc.furniture.draft, doc, WATERMARK_SIZE, true),
            WATERMARK_SIZE,
        )
    });
    Furnished { lines, watermark }
}
