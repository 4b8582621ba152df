//! The PDF as text, for review: page size and count, the faces embedded
//! with the size of each subset, and every line of every page in logical
//! order with its place, size and faces. It is built from the very
//! pagination and page furniture [`super::pdf`] writes, without parsing the
//! file or calling any tool, so the descriptions committed under
//! `crates/mla-render/tests/ref/` turn a change of wording or layout into a
//! readable diff.

use std::collections::BTreeSet;
use std::fmt;

use unicode_bidi::{bidi_class, BidiClass, Level, ParagraphBidiInfo};

use mla_core::document::Document;

use super::layout::Placed;
use crate::text::fonts::{FontSet, FONT_NAMES};
use crate::text::lines::Line;
use crate::{Fonts, RenderError};

/// What the PDF of a document holds, page by page.
#[derive(Debug, Clone, PartialEq)]
pub struct Description {
    /// Page size in points.
    pub width: f32,
    pub height: f32,
    /// Each embedded face and the glyphs in its subset (.notdef included).
    pub fonts: Vec<(&'static str, usize)>,
    /// The DRAFT watermark's text, when the request is incomplete.
    pub watermark: Option<String>,
    /// Each page's lines: header, body, then footer, each top to bottom.
    pub pages: Vec<Vec<LineText>>,
}

/// Where on the page a line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Header,
    Body,
    Footer,
}

/// One printed line.
#[derive(Debug, Clone, PartialEq)]
pub struct LineText {
    pub part: Part,
    /// Left edge and baseline, in points from the page's lower left corner.
    pub x: f32,
    pub y: f32,
    pub size: f32,
    /// 0 is black.
    pub gray: f32,
    /// The faces of its glyphs, in the order of [`FONT_NAMES`].
    pub faces: Vec<&'static str>,
    /// The text in logical order: for the body, the stretch of the block's
    /// text the line sets; for the furniture, the glyphs' text reordered.
    pub text: String,
    /// Whether the glyphs set exactly the visible characters of `text`
    /// (false would mean a character dropped, doubled or misplaced).
    pub exact: bool,
}

/// Lays `document` out as [`super::pdf`] does (the same function) and
/// describes it.
pub fn describe(document: &Document, fonts: &Fonts) -> Result<Description, RenderError> {
    let set = FontSet::new(fonts)?;
    let (geometry, pages, furniture) = super::lay_out(&set, document);

    // The glyphs each subset keeps, as `write` records them.
    let mut used: [BTreeSet<u16>; 4] = std::array::from_fn(|_| BTreeSet::from([0]));
    let watermark = furniture.watermark.as_ref().map(|(line, _)| line);
    let every_line = pages
        .iter()
        .flatten()
        .chain(furniture.lines.iter().flatten())
        .map(|p| &p.line)
        .chain(watermark);
    for g in every_line.flat_map(|line| &line.glyphs) {
        used[g.face].insert(g.gid);
    }
    let fonts = (0..4)
        .filter(|&face| used[face].len() > 1)
        .map(|face| (FONT_NAMES[face], used[face].len()))
        .collect();

    let mut source = Source::new(document);
    let header_from = geometry.height - geometry.margin_top;
    let pages = pages
        .iter()
        .zip(&furniture.lines)
        .map(|(body, furniture)| {
            let furniture_line = |p: &Placed, part| {
                let text = reordered(&p.line, document.lang.is_rtl());
                line_text(p, part, text, true)
            };
            let header = furniture.iter().filter(|p| p.y > header_from);
            let footer = furniture.iter().filter(|p| p.y <= header_from);
            let mut lines: Vec<LineText> =
                header.map(|p| furniture_line(p, Part::Header)).collect();
            for p in body {
                let (text, exact) = source.next(&p.line);
                lines.push(line_text(p, Part::Body, text, exact));
            }
            lines.extend(footer.map(|p| furniture_line(p, Part::Footer)));
            lines
        })
        .collect();

    Ok(Description {
        width: geometry.width,
        height: geometry.height,
        fonts,
        watermark: furniture
            .watermark
            .as_ref()
            .map(|(line, _)| reordered(line, document.lang.is_rtl())),
        pages,
    })
}

fn line_text(p: &Placed, part: Part, text: String, exact: bool) -> LineText {
    let faces: BTreeSet<usize> = p.line.glyphs.iter().map(|g| g.face).collect();
    LineText {
        part,
        x: p.x,
        y: p.y,
        size: p.size,
        gray: p.gray,
        faces: faces.into_iter().map(|f| FONT_NAMES[f]).collect(),
        text,
        exact,
    }
}

/// Characters that print nothing: white space, controls, bidi marks.
fn visible(c: char) -> bool {
    !c.is_whitespace() && !c.is_control() && !is_bidi_control(c)
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `text` as a reader sees it: no controls (a tab is a space), trimmed.
fn clean(text: &str) -> String {
    text.chars()
        .map(|c| if c == '\t' { ' ' } else { c })
        .filter(|c| !c.is_control() && !is_bidi_control(*c))
        .collect::<String>()
        .trim()
        .to_string()
}

fn glyph_chars(line: &Line) -> Vec<char> {
    line.glyphs
        .iter()
        .flat_map(|g| g.text.chars())
        .filter(|c| visible(*c))
        .collect()
}

/// The body's texts in the order the layout sets them: each block's text,
/// then its second language when the document has one.
struct Source<'d> {
    texts: Vec<&'d str>,
    at: usize,
    pos: usize,
}

impl<'d> Source<'d> {
    fn new(document: &'d Document) -> Self {
        let bilingual = document.second.is_some();
        let texts = document
            .blocks
            .iter()
            .flat_map(|b| {
                let second = b.second.as_deref().filter(|_| bilingual);
                std::iter::once(b.text.as_str()).chain(second)
            })
            .collect();
        Source {
            texts,
            at: 0,
            pos: 0,
        }
    }

    /// The stretch of source text `line` sets: a line is a contiguous
    /// range of its paragraph, so it is the next run of as many visible
    /// characters as the line's glyphs carry.
    fn next(&mut self, line: &Line) -> (String, bool) {
        let mut set = glyph_chars(line);
        if set.is_empty() {
            return (String::new(), true);
        }
        let start = loop {
            let Some(text) = self.texts.get(self.at) else {
                return (reordered(line, false), false);
            };
            match text[self.pos..].char_indices().find(|(_, c)| visible(*c)) {
                Some((i, _)) => break self.pos + i,
                None => {
                    self.at += 1;
                    self.pos = 0;
                }
            }
        };
        let text = self.texts[self.at];
        let mut end = text.len();
        let mut count = 0;
        for (i, c) in text[start..].char_indices() {
            if visible(c) {
                count += 1;
                if count == set.len() {
                    end = start + i + c.len_utf8();
                    break;
                }
            }
        }
        self.pos = end;
        let piece = &text[start..end];
        let mut read: Vec<char> = piece.chars().filter(|c| visible(*c)).collect();
        read.sort_unstable();
        set.sort_unstable();
        (clean(piece), read == set)
    }
}

/// A line's glyph texts put back in logical order. The bidi algorithm's
/// reordering undoes itself when the line is its whole paragraph (the
/// page furniture), so it is run on the visual sequence of clusters, with
/// the base direction the layout chose: the text's own when it has one,
/// else the language's.
fn reordered(line: &Line, rtl: bool) -> String {
    let units: Vec<&str> = line
        .glyphs
        .iter()
        .map(|g| g.text.as_str())
        .filter(|t| !t.is_empty())
        .collect();
    // One character per cluster stands for it in the algorithm.
    let proxy: String = units.iter().filter_map(|u| u.chars().next()).collect();
    if proxy.is_empty() {
        return String::new();
    }
    let (has_rtl, has_ltr) = proxy
        .chars()
        .fold((false, false), |(r, l), c| match bidi_class(c) {
            BidiClass::R | BidiClass::AL => (true, l),
            BidiClass::L => (r, true),
            _ => (r, l),
        });
    let rtl = match (has_rtl, has_ltr) {
        (true, false) => true,
        (false, true) => false,
        _ => rtl,
    };
    let bidi = ParagraphBidiInfo::new(&proxy, Some(if rtl { Level::rtl() } else { Level::ltr() }));
    let (levels, runs) = bidi.visual_runs(0..proxy.len());
    let unit_at: Vec<(usize, usize)> = proxy
        .char_indices()
        .enumerate()
        .map(|(unit, (byte, _))| (byte, unit))
        .collect();
    let mut out = String::new();
    for run in runs {
        let mut run_units: Vec<usize> = unit_at
            .iter()
            .filter(|(byte, _)| run.contains(byte))
            .map(|(_, unit)| *unit)
            .collect();
        if levels[run.start].is_rtl() {
            run_units.reverse();
        }
        for unit in run_units {
            out.push_str(units[unit]);
        }
    }
    clean(&out)
}

/// Short names of the faces, for the lines.
fn face_code(name: &str) -> &'static str {
    match FONT_NAMES.iter().position(|n| *n == name) {
        Some(0) => "R",
        Some(1) => "B",
        Some(2) => "AR",
        Some(3) => "AB",
        _ => "?",
    }
}

impl fmt::Display for Description {
    /// One line per fact, no absolute path, no date: stable across runs
    /// and machines.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "pages: {}", self.pages.len())?;
        writeln!(f, "page size: {:.2} x {:.2} pt", self.width, self.height)?;
        writeln!(f, "fonts (glyphs in the subset, .notdef included):")?;
        for (name, glyphs) in &self.fonts {
            writeln!(f, "  {name} ({}): {glyphs}", face_code(name))?;
        }
        match &self.watermark {
            Some(text) => writeln!(f, "watermark: {text}")?,
            None => writeln!(f, "watermark: none")?,
        }
        writeln!(
            f,
            "lines: part, x, baseline y, size, grey, faces | text in logical order (! where the glyphs differ from the text)"
        )?;
        let total = self.pages.len();
        for (n, page) in self.pages.iter().enumerate() {
            writeln!(f)?;
            writeln!(f, "page {} of {total}", n + 1)?;
            for line in page {
                let part = match line.part {
                    Part::Header => "header",
                    Part::Body => "body",
                    Part::Footer => "footer",
                };
                let gray = if line.gray > 0.0 {
                    format!("{:.2}", line.gray)
                } else {
                    "-".to_string()
                };
                let faces: Vec<&str> = line.faces.iter().map(|n| face_code(n)).collect();
                let mark = if line.exact { "|" } else { "!" };
                let row = format!(
                    "  {part:<6} {:>6.1} {:>6.1} {:>4.1} {gray:>4} {:<5} {mark} {}",
                    line.x,
                    line.y,
                    line.size,
                    faces.join("+"),
                    line.text
                );
                writeln!(f, "{}", row.trim_end())?;
            }
        }
        Ok(())
    }
}
