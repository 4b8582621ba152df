//! A paragraph to lines: measure, break, then reorder each line for
//! display (UAX #9 per line, so a break never scrambles a mixed line).

use std::ops::Range;

use unicode_bidi::{Level, ParagraphBidiInfo};
use unicode_linebreak::{linebreaks, BreakOpportunity};

use mla_core::languages::Lang;

use super::fonts::{FaceId, FontSet};
use super::shape::{shape, Glyph};

/// How a paragraph is set.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub size: f32,
    pub bold: bool,
    /// The paragraph's language: its base direction (the language's, not
    /// guessed) and language-specific shaping (Persian forms).
    pub lang: Lang,
}

/// One line in visual order, glyph `x` from the line's left edge.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Line {
    pub glyphs: Vec<Glyph>,
    pub width: f32,
}

/// Lays out `text` (hard line breaks kept) in lines of at most `max_width`.
pub fn layout(fonts: &FontSet, text: &str, style: Style, max_width: f32) -> Vec<Line> {
    printable(text)
        .split('\n')
        .flat_map(|hard| {
            if hard.trim().is_empty() {
                vec![Line::default()]
            } else {
                Paragraph::new(fonts, hard, style).lines(max_width)
            }
        })
        .collect()
}

/// The bidi isolate controls, U+2066 LEFT-TO-RIGHT ISOLATE to U+2069 POP
/// DIRECTIONAL ISOLATE: assembly puts FSI … PDI around each value the user
/// typed (`mla_core::document::isolate`). They stay in the paragraph's text
/// for the bidi algorithm, which resolves the levels around them, but are
/// left out of the runs that are shaped: no glyph, no width, nothing in the
/// PDF's ToUnicode map.
pub fn is_isolate(c: char) -> bool {
    matches!(c, '\u{2066}'..='\u{2069}')
}

/// The text without the C0 controls and DEL a user may paste (a bell, a
/// NUL from a broken export): the fonts have no glyph for them, so they
/// would print as blank gaps and come back out of the PDF as control
/// characters. A tab is a space here; the breaks (LF, VT, FF, CR) stay for
/// the line breaker. The DOCX drops the same ones, tabs aside (`docx::escape`).
fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    let dropped = |c: char| {
        (c.is_ascii_control() && !matches!(c, '\n' | '\u{B}' | '\u{C}' | '\r')) || c == '\t'
    };
    if !text.chars().any(dropped) {
        return text.into();
    }
    text.chars()
        .filter_map(|c| match c {
            '\t' => Some(' '),
            c if dropped(c) => None,
            c => Some(c),
        })
        .collect::<String>()
        .into()
}

struct Paragraph<'f, 't> {
    fonts: &'f FontSet<'f>,
    text: &'t str,
    style: Style,
    bidi: ParagraphBidiInfo<'t>,
    /// The face of each byte (continuation bytes repeat their char's).
    face_at: Vec<FaceId>,
    /// Advance of each cluster, at its first byte.
    advance_at: Vec<f32>,
    /// The measuring runs' glyphs (clusters in paragraph bytes), reused for
    /// lines that split a run at white space, where shaping has no context
    /// to lose: shaping every line again would double the work.
    shaped: Vec<(Range<usize>, bool, FaceId, Vec<Glyph>)>,
    /// `prefix[i]`: the sum of `advance_at[..i]`, so a width is O(1).
    prefix: Vec<f32>,
}

impl<'f, 't> Paragraph<'f, 't> {
    fn new(fonts: &'f FontSet<'f>, text: &'t str, style: Style) -> Self {
        // A line wholly in the other direction (a Latin address in an
        // Arabic request) is set in its own direction, as `dir=auto`
        // would; mixed lines keep the language's direction.
        let rtl = match strong_directions(text) {
            (true, false) => true,
            (false, true) => false,
            _ => style.lang.is_rtl(),
        };
        let level = if rtl { Level::rtl() } else { Level::ltr() };
        let bidi = ParagraphBidiInfo::new(text, Some(level));
        let mut face_at = Vec::with_capacity(text.len());
        for ((_, c), face) in text.char_indices().zip(fonts.assign(text, style.bold)) {
            face_at.extend(std::iter::repeat_n(face, c.len_utf8()));
        }
        let mut p = Paragraph {
            fonts,
            text,
            style,
            bidi,
            face_at,
            advance_at: vec![0.0; text.len() + 1],
            prefix: Vec::new(),
            shaped: Vec::new(),
        };
        p.measure();
        let mut sum = 0.0;
        p.prefix = std::iter::once(0.0)
            .chain(p.advance_at.iter().map(|a| {
                sum += a;
                sum
            }))
            .collect();
        p
    }

    /// Runs of one level and one face inside `range`, in logical order.
    /// The isolate controls belong to no run ([`is_isolate`]): they end the
    /// run before them and are never shaped, so they take no width.
    fn runs(&self, range: Range<usize>, levels: &[Level]) -> Vec<(Range<usize>, bool, FaceId)> {
        let mut runs: Vec<(Range<usize>, bool, FaceId)> = Vec::new();
        let mut extend = false;
        for (i, c) in self.text[range.clone()].char_indices() {
            let at = range.start + i;
            if is_isolate(c) {
                extend = false;
                continue;
            }
            let key = (levels[at].is_rtl(), self.face_at[at]);
            match runs.last_mut() {
                Some((r, rtl, face)) if extend && (*rtl, *face) == key => r.end = at,
                _ => runs.push((at..at, key.0, key.1)),
            }
            runs.last_mut().expect("just pushed").0.end = at + c.len_utf8();
            extend = true;
        }
        runs
    }

    fn measure(&mut self) {
        let levels = self.bidi.levels.clone();
        for (range, rtl, face) in self.runs(0..self.text.len(), &levels) {
            let s = self.style;
            let (_, advances) = shape(
                self.fonts,
                face,
                &self.text[range.clone()],
                rtl,
                s.lang.tag(),
                s.size,
            );
            for (cluster, advance) in advances {
                self.advance_at[range.start + cluster] += advance;
            }
        }
    }

    /// `range` without its trailing white space (scanning only that).
    fn trimmed(&self, range: Range<usize>) -> Range<usize> {
        let mut end = range.end;
        while end > range.start {
            match self.text[..end].chars().next_back() {
                Some(c) if c.is_whitespace() => end -= c.len_utf8(),
                _ => break,
            }
        }
        range.start..end
    }

    fn width(&self, range: Range<usize>) -> f32 {
        let r = self.trimmed(range);
        self.prefix[r.end] - self.prefix[r.start]
    }

    /// Greedy filling at the break opportunities of UAX #14; a word longer
    /// than the line is cut between characters rather than overflowing.
    fn breaks(&self, max_width: f32) -> Vec<Range<usize>> {
        let mut lines = Vec::new();
        let mut start = 0;
        let mut candidate: Option<usize> = None;
        for (pos, kind) in linebreaks(self.text) {
            if self.width(start..pos) > max_width {
                if let Some(c) = candidate.take() {
                    lines.push(start..c);
                    start = c;
                }
                while self.width(start..pos) > max_width {
                    let cut = self.longest_fit(start, pos, max_width);
                    lines.push(start..cut);
                    start = cut;
                }
            }
            candidate = Some(pos);
            if kind == BreakOpportunity::Mandatory {
                lines.push(start..pos);
                start = pos;
                candidate = None;
            }
        }
        if start < self.text.len() {
            lines.push(start..self.text.len());
        }
        lines
    }

    /// The furthest char boundary after `start` that fits (at least one char).
    fn longest_fit(&self, start: usize, end: usize, max_width: f32) -> usize {
        let mut best = None;
        for (i, c) in self.text[start..end].char_indices() {
            let next = start + i + c.len_utf8();
            if best.is_some() && self.width(start..next) > max_width {
                break;
            }
            best = Some(next);
        }
        best.unwrap_or(end)
    }

    fn lines(&self, max_width: f32) -> Vec<Line> {
        self.breaks(max_width)
            .into_iter()
            .map(|range| self.line(self.trimmed(range)))
            .collect()
    }

    /// The measured glyphs of `piece`, when it lies in one measured run and
    /// is cut from it only at white space.
    fn reuse(&self, piece: &Range<usize>, rtl: bool, face: FaceId) -> Option<Vec<Glyph>> {
        let (run, _, _, glyphs) = self.shaped.iter().find(|(r, r_rtl, r_face, _)| {
            r.start <= piece.start && piece.end <= r.end && *r_rtl == rtl && *r_face == face
        })?;
        let space_before =
            piece.start == run.start || self.text[..piece.start].ends_with(char::is_whitespace);
        let space_after =
            piece.end == run.end || self.text[piece.end..].starts_with(char::is_whitespace);
        if !(space_before && space_after) {
            return None;
        }
        let mut x = 0.0;
        Some(
            glyphs
                .iter()
                .filter(|g| piece.contains(&g.cluster))
                .map(|g| {
                    let mut g = g.clone();
                    g.x = x;
                    x += g.advance;
                    g
                })
                .collect(),
        )
    }

    /// Shapes one line in display order.
    fn line(&self, range: Range<usize>) -> Line {
        if range.is_empty() {
            return Line::default();
        }
        let (levels, visual) = self.bidi.visual_runs(range);
        let mut glyphs = Vec::new();
        let mut x = 0.0;
        for run in visual {
            let mut pieces = self.runs(run.clone(), &levels);
            if levels[run.start].is_rtl() {
                pieces.reverse();
            }
            for (piece, rtl, face) in pieces {
                let shaped = self.reuse(&piece, rtl, face).unwrap_or_else(|| {
                    let s = self.style;
                    shape(
                        self.fonts,
                        face,
                        &self.text[piece.clone()],
                        rtl,
                        s.lang.tag(),
                        s.size,
                    )
                    .0
                });
                let width: f32 = shaped.iter().map(|g| g.advance).sum();
                glyphs.extend(shaped.into_iter().map(|mut g| {
                    g.x += x;
                    g
                }));
                x += width;
            }
        }
        Line { glyphs, width: x }
    }
}

/// Whether `text` has any strong right-to-left and any strong left-to-right
/// characters: those of the wording outside the isolated values when it
/// has any (the fixed wording sets the direction of a line), else those of
/// the whole line (a line that is only a value, such as an address line,
/// is set in its own direction).
fn strong_directions(text: &str) -> (bool, bool) {
    use unicode_bidi::{bidi_class, BidiClass};
    let mut outside = (false, false);
    let mut all = (false, false);
    let mut depth = 0usize;
    for c in text.chars() {
        let strong = match c {
            '\u{2066}'..='\u{2068}' => {
                depth += 1;
                continue;
            }
            '\u{2069}' => {
                depth = depth.saturating_sub(1);
                continue;
            }
            c => match bidi_class(c) {
                BidiClass::R | BidiClass::AL => (true, false),
                BidiClass::L => (false, true),
                _ => continue,
            },
        };
        all = (all.0 || strong.0, all.1 || strong.1);
        if depth == 0 {
            outside = (outside.0 || strong.0, outside.1 || strong.1);
        }
    }
    if outside == (false, false) {
        all
    } else {
        outside
    }
}
