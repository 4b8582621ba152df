//! Blocks to pages: sizes, spacing, alignment and pagination rules.

use mla_core::document::{Block, Document, Role};
use mla_core::languages::Lang;
use mla_core::model::Paper;

use crate::text::fonts::FontSet;
use crate::text::lines::{layout, Line, Style};

/// Page geometry in points.
#[derive(Debug, Clone, Copy)]
pub struct Geometry {
    pub width: f32,
    pub height: f32,
    pub margin_x: f32,
    pub margin_top: f32,
    pub margin_bottom: f32,
}

impl Geometry {
    pub fn of(paper: Paper) -> Geometry {
        let (width, height) = match paper {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        };
        Geometry {
            width,
            height,
            margin_x: 70.0,
            margin_top: 72.0,
            margin_bottom: 72.0,
        }
    }

    pub fn text_width(&self) -> f32 {
        self.width - 2.0 * self.margin_x
    }
}

/// A line placed on a page: `x` of its left edge, `y` of its baseline.
#[derive(Debug, Clone)]
pub struct Placed {
    pub line: Line,
    pub x: f32,
    pub y: f32,
    pub size: f32,
    /// 0 = black; the second language is set in dark grey.
    pub gray: f32,
}

pub type Page = Vec<Placed>;

/// How a role is set.
struct Look {
    size: f32,
    bold: bool,
    before: f32,
    after: f32,
    indent: f32,
    centred: bool,
    /// Must share its page with the start of the next block.
    keep_with_next: bool,
}

fn look(role: Role) -> Look {
    let base = Look {
        size: 10.5,
        bold: false,
        before: 0.0,
        after: 6.0,
        indent: 0.0,
        centred: false,
        keep_with_next: false,
    };
    match role {
        Role::Title => Look {
            size: 14.0,
            bold: true,
            before: 14.0,
            after: 12.0,
            centred: true,
            keep_with_next: true,
            ..base
        },
        Role::Header => Look {
            after: 10.0,
            ..base
        },
        Role::Heading => Look {
            size: 12.0,
            bold: true,
            before: 10.0,
            after: 5.0,
            keep_with_next: true,
            ..base
        },
        Role::Subheading => Look {
            bold: true,
            before: 4.0,
            after: 3.0,
            keep_with_next: true,
            ..base
        },
        Role::Item => Look {
            size: 11.0,
            bold: true,
            before: 6.0,
            after: 3.0,
            keep_with_next: true,
            ..base
        },
        Role::Detail => Look {
            indent: 18.0,
            after: 3.0,
            ..base
        },
        Role::Paragraph => base,
        Role::Signature => Look {
            before: 18.0,
            ..base
        },
    }
}

const LEADING: f32 = 1.45;
const MIN_LINES: usize = 2;

/// One block, broken into lines, before pagination.
struct Laid {
    lines: Vec<Placed>,
    before: f32,
    after: f32,
    keep_with_next: bool,
}

fn lay_block(fonts: &FontSet, doc: &Document, block: &Block, geo: &Geometry) -> Laid {
    let look = look(block.role);
    let width = geo.text_width() - look.indent;
    let mut lines = Vec::new();
    let mut add = |text: &str, lang: Lang, gray: f32| {
        let rtl = lang.is_rtl();
        let style = Style {
            size: look.size,
            bold: look.bold,
            lang,
        };
        for line in layout(fonts, text, style, width) {
            let x = if look.centred {
                geo.margin_x + (geo.text_width() - line.width) / 2.0
            } else if rtl {
                geo.width - geo.margin_x - look.indent - line.width
            } else {
                geo.margin_x + look.indent
            };
            lines.push(Placed {
                line,
                x,
                y: 0.0,
                size: look.size,
                gray,
            });
        }
    };
    add(&block.text, doc.lang, 0.0);
    if let (Some(second), Some(lang)) = (&block.second, doc.second) {
        add(second, lang, 0.35);
    }
    Laid {
        lines,
        before: look.before,
        after: look.after,
        keep_with_next: look.keep_with_next,
    }
}

fn line_height(p: &Placed) -> f32 {
    p.size * LEADING
}

/// Lays the document out on pages. No line is cut at a page foot, a
/// heading never ends a page, and a paragraph leaves at least two lines on
/// each side of a page break when it has enough to split.
pub fn paginate(fonts: &FontSet, doc: &Document, geo: &Geometry) -> Vec<Page> {
    let laid: Vec<Laid> = doc
        .blocks
        .iter()
        .map(|b| lay_block(fonts, doc, b, geo))
        .collect();
    let top = geo.height - geo.margin_top;
    let bottom = geo.margin_bottom;
    let mut pages: Vec<Page> = vec![Vec::new()];
    let mut y = top;
    for (i, block) in laid.iter().enumerate() {
        let at_top = (y - top).abs() < f32::EPSILON;
        let before = if at_top { 0.0 } else { block.before };
        // What must fit on this page for the block to start here.
        let mut needed = before
            + block
                .lines
                .iter()
                .take(MIN_LINES)
                .map(line_height)
                .sum::<f32>();
        if block.lines.len() <= MIN_LINES + 1 {
            needed = before + block.lines.iter().map(line_height).sum::<f32>();
        }
        if block.keep_with_next {
            needed = before + block.lines.iter().map(line_height).sum::<f32>() + block.after;
            if let Some(next) = laid.get(i + 1) {
                needed += next.before
                    + next
                        .lines
                        .iter()
                        .take(MIN_LINES)
                        .map(line_height)
                        .sum::<f32>();
            }
        }
        if !at_top && y - needed < bottom {
            pages.push(Vec::new());
            y = top;
        } else {
            y -= before;
        }
        let count = block.lines.len();
        for (n, placed) in block.lines.iter().enumerate() {
            let h = line_height(placed);
            let remaining = count - n;
            // Keep two lines together at the end of a paragraph (no widow).
            let tail = if remaining == MIN_LINES && count > MIN_LINES + 1 {
                h + line_height(&block.lines[n + 1])
            } else {
                h
            };
            if y - tail < bottom && !(y - top).abs().lt(&f32::EPSILON) {
                pages.push(Vec::new());
                y = top;
            }
            y -= h;
            let mut placed = placed.clone();
            // Baseline about 80% down the line box.
            placed.y = y + (h - placed.size) / 2.0 + placed.size * 0.2;
            pages.last_mut().expect("a page").push(placed);
        }
        y -= block.after;
    }
    pages
}
