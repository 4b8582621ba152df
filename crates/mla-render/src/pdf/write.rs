//! Pages of placed glyphs to PDF objects: subset CID fonts with ToUnicode
//! maps (so text can be copied and searched), content streams, metadata.

use std::collections::BTreeMap;

use miniz_oxide::deflate::compress_to_vec_zlib;
use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};
use subsetter::GlyphRemapper;

use mla_core::document::Document;

use super::furniture::Furnished;
use super::layout::{Geometry, Page, Placed};
use crate::text::fonts::{FontSet, FONT_NAMES};
use crate::text::shape::Glyph;

const COMPRESSION: u8 = 6;

/// The glyphs each face uses, renumbered for its subset, and what text
/// each stands for.
struct Usage {
    remappers: [GlyphRemapper; 4],
    texts: [BTreeMap<u16, String>; 4],
}

impl Usage {
    fn new() -> Usage {
        Usage {
            remappers: std::array::from_fn(|_| GlyphRemapper::new()),
            texts: std::array::from_fn(|_| BTreeMap::new()),
        }
    }

    fn record(&mut self, g: &Glyph) -> u16 {
        let new = self.remappers[g.face].remap(g.gid);
        let text = self.texts[g.face].entry(new).or_default();
        // The shaper draws invisible controls (bidi overrides, joiners) with
        // the space glyph: they must not become that glyph's text, or every
        // space would extract as U+202E.
        if text.is_empty() && !g.text.chars().all(is_format) {
            text.push_str(&g.text);
        }
        new
    }

    fn used(&self, face: usize) -> bool {
        self.remappers[face].num_gids() > 1
    }
}

fn all_lines<'a>(pages: &'a [Page], furniture: &'a Furnished) -> impl Iterator<Item = &'a Placed> {
    pages
        .iter()
        .flatten()
        .chain(furniture.lines.iter().flatten())
}

pub fn write(
    fonts: &FontSet,
    doc: &Document,
    geo: &Geometry,
    pages: &[Page],
    furniture: &Furnished,
) -> Vec<u8> {
    let mut usage = Usage::new();
    // Glyph 0 (.notdef) first, so the subsets keep it at 0.
    for r in &mut usage.remappers {
        r.remap(0);
    }
    if let Some((line, _)) = &furniture.watermark {
        line.glyphs.iter().for_each(|g| {
            usage.record(g);
        });
    }
    for placed in all_lines(pages, furniture) {
        placed.line.glyphs.iter().for_each(|g| {
            usage.record(g);
        });
    }

    let mut pdf = Pdf::new();
    let mut next = Ref::new(1);
    let mut alloc = || next.bump();
    let catalog_id = alloc();
    let tree_id = alloc();
    let info_id = alloc();

    let font_refs: [Option<Ref>; 4] = std::array::from_fn(|face| {
        usage
            .used(face)
            .then(|| write_font(&mut pdf, &mut alloc, fonts, &usage, face))
    });

    let mut page_ids = Vec::new();
    for (n, page) in pages.iter().enumerate() {
        let page_id = alloc();
        let content_id = alloc();
        page_ids.push(page_id);
        let content = page_content(fonts, &mut usage, page, &furniture.lines[n], furniture, geo);
        let compressed = compress_to_vec_zlib(&content, COMPRESSION);
        pdf.stream(content_id, &compressed)
            .filter(Filter::FlateDecode);
        let mut p = pdf.page(page_id);
        p.media_box(Rect::new(0.0, 0.0, geo.width, geo.height))
            .parent(tree_id)
            .contents(content_id);
        let mut resources = p.resources();
        let mut font_dict = resources.fonts();
        for (face, r) in font_refs.iter().enumerate() {
            if let Some(r) = r {
                font_dict.pair(Name(font_name(face).as_bytes()), *r);
            }
        }
    }
    pdf.pages(tree_id)
        .kids(page_ids.iter().copied())
        .count(page_ids.len() as i32);

    let mut catalog = pdf.catalog(catalog_id);
    catalog.pages(tree_id).lang(TextStr(doc.lang.tag()));
    catalog
        .viewer_preferences()
        .display_doc_title(true)
        .direction(if doc.lang.is_rtl() {
            pdf_writer::types::Direction::R2L
        } else {
            pdf_writer::types::Direction::L2R
        });
    catalog.finish();

    let mut info = pdf.document_info(info_id);
    info.title(TextStr(&doc.title))
        .subject(TextStr(&doc.subject))
        .creator(TextStr("MLA Request Writer"))
        .producer(TextStr("MLA Request Writer (pdf-writer)"));
    if !doc.author.is_empty() {
        info.author(TextStr(&doc.author));
    }
    info.finish();

    // A stable file id from the content: same document, same bytes.
    let id = fingerprint(&doc.subject, pages.len(), &usage);
    pdf.set_file_id((id.clone(), id));
    pdf.finish()
}

fn font_name(face: usize) -> String {
    format!("F{face}")
}

fn fingerprint(subject: &str, pages: usize, usage: &Usage) -> Vec<u8> {
    // FNV-1a over what identifies the document; no clock, no randomness.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    };
    eat(subject.as_bytes());
    // u64, not usize: wasm32 and native must hash the same bytes.
    eat(&(pages as u64).to_le_bytes());
    for texts in &usage.texts {
        for (gid, text) in texts {
            eat(&gid.to_le_bytes());
            eat(text.as_bytes());
        }
    }
    let mut out = h.to_be_bytes().to_vec();
    out.extend(h.rotate_left(17).to_be_bytes());
    out
}

/// The six-letter subset tag PDF asks for, derived from the glyph set.
fn subset_tag(usage: &Usage, face: usize) -> String {
    let mut h: u32 = 2_166_136_261;
    for gid in usage.remappers[face].remapped_gids() {
        h = (h ^ u32::from(gid)).wrapping_mul(16_777_619);
    }
    (0..6)
        .map(|i| char::from(b'A' + ((h >> (i * 5)) % 26) as u8))
        .collect()
}

fn write_font(
    pdf: &mut Pdf,
    alloc: &mut impl FnMut() -> Ref,
    fonts: &FontSet,
    usage: &Usage,
    face: usize,
) -> Ref {
    let type0_id = alloc();
    let cid_id = alloc();
    let descriptor_id = alloc();
    let file_id = alloc();
    let cmap_id = alloc();
    let font = &fonts.faces[face];
    let remapper = &usage.remappers[face];
    let base = format!("{}+{}", subset_tag(usage, face), FONT_NAMES[face]);
    let base = Name(base.as_bytes());
    let scale = 1000.0 / font.units_per_em() as f32;

    pdf.type0_font(type0_id)
        .base_font(base)
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid_id)
        .to_unicode(cmap_id);

    let widths: Vec<f32> = remapper
        .remapped_gids()
        .map(|old| {
            let gid = rustybuzz::ttf_parser::GlyphId(old);
            font.glyph_hor_advance(gid).unwrap_or(0) as f32 * scale
        })
        .collect();
    let mut cid = pdf.cid_font(cid_id);
    cid.subtype(CidFontType::Type2)
        .base_font(base)
        .system_info(SystemInfo {
            registry: Str(b"Adobe"),
            ordering: Str(b"Identity"),
            supplement: 0,
        })
        .font_descriptor(descriptor_id)
        .default_width(0.0)
        .cid_to_gid_map_predefined(Name(b"Identity"));
    cid.widths().consecutive(0, widths);
    cid.finish();

    let bbox = font.global_bounding_box();
    pdf.font_descriptor(descriptor_id)
        .name(base)
        .flags(FontFlags::SYMBOLIC)
        .bbox(Rect::new(
            bbox.x_min as f32 * scale,
            bbox.y_min as f32 * scale,
            bbox.x_max as f32 * scale,
            bbox.y_max as f32 * scale,
        ))
        .italic_angle(0.0)
        .ascent(font.ascender() as f32 * scale)
        .descent(font.descender() as f32 * scale)
        .cap_height(font.capital_height().unwrap_or(font.ascender()) as f32 * scale)
        .stem_v(if face % 2 == 1 { 140.0 } else { 80.0 })
        .font_file2(file_id);

    let subset = subsetter::subset(fonts.data[face], 0, remapper)
        .unwrap_or_else(|_| fonts.data[face].to_vec());
    let compressed = compress_to_vec_zlib(&subset, COMPRESSION);
    pdf.stream(file_id, &compressed)
        .filter(Filter::FlateDecode)
        .pair(Name(b"Length1"), subset.len() as i32);

    let mut cmap = UnicodeCmap::new(
        Name(b"Custom"),
        SystemInfo {
            registry: Str(b"Adobe"),
            ordering: Str(b"UCS"),
            supplement: 0,
        },
    );
    for (gid, text) in &usage.texts[face] {
        if !text.is_empty() {
            cmap.pair_with_multiple(*gid, text.chars());
        }
    }
    let cmap = compress_to_vec_zlib(&cmap.finish(), COMPRESSION);
    pdf.cmap(cmap_id, &cmap).filter(Filter::FlateDecode);
    type0_id
}

fn page_content(
    fonts: &FontSet,
    usage: &mut Usage,
    page: &Page,
    furniture_lines: &[Placed],
    furniture: &Furnished,
    geo: &Geometry,
) -> Vec<u8> {
    let mut content = Content::new();
    let mut state = TextState::default();
    content.begin_text();
    if let Some((line, size)) = &furniture.watermark {
        // Diagonal across the page centre, drawn first so the text stays
        // legible on top of it.
        let (c, s) = (
            std::f32::consts::FRAC_1_SQRT_2,
            std::f32::consts::FRAC_1_SQRT_2,
        );
        let (cx, cy) = (geo.width / 2.0, geo.height / 2.0);
        let (w, h) = (line.width, size * 0.7);
        let x0 = cx - c * w / 2.0 + s * h / 2.0;
        let y0 = cy - s * w / 2.0 - c * h / 2.0;
        let mut painter = Painter {
            content: &mut content,
            fonts,
            usage,
            state: &mut state,
        };
        painter.line(line, *size, 0.85, [c, s, -s, c, x0, y0]);
    }
    for placed in page.iter().chain(furniture_lines) {
        let mut painter = Painter {
            content: &mut content,
            fonts,
            usage,
            state: &mut state,
        };
        painter.line(
            &placed.line,
            placed.size,
            placed.gray,
            [1.0, 0.0, 0.0, 1.0, placed.x, placed.y],
        );
    }
    content.end_text();
    content.finish().to_vec()
}

/// Positions to a hundredth of a point (well below what a printer can
/// show): shorter, better compressing content streams.
fn round(x: f32) -> f32 {
    (x * 100.0).round() / 100.0
}

/// The text state already set in a page's single text object, so that
/// colour and font are written only when they change.
#[derive(Default)]
struct TextState {
    face: Option<usize>,
    size: f32,
    gray: Option<f32>,
}

struct Painter<'a, 'f> {
    content: &'a mut Content,
    fonts: &'a FontSet<'f>,
    usage: &'a mut Usage,
    state: &'a mut TextState,
}

impl Painter<'_, '_> {
    fn set_face(&mut self, face: usize, size: f32) {
        if self.state.face != Some(face) || self.state.size != size {
            self.content
                .set_font(Name(font_name(face).as_bytes()), size);
            self.state.face = Some(face);
            self.state.size = size;
        }
    }

    /// Shows one line's glyphs under the transform `m` (line start at
    /// origin). Consecutive glyphs of one face share a TJ array with
    /// kerning adjustments; a glyph raised or lowered by the shaper (Arabic
    /// marks) gets its own text matrix and text rise.
    fn line(&mut self, line: &crate::text::lines::Line, size: f32, gray: f32, m: [f32; 6]) {
        if line.glyphs.is_empty() {
            return;
        }
        if self.state.gray != Some(gray) {
            self.content.set_fill_gray(gray);
            self.state.gray = Some(gray);
        }
        let mut pen: Option<f32> = None;
        let mut run: Vec<(Option<f32>, u16)> = Vec::new();
        let mut rise = false;
        let mut run_face = usize::MAX;
        for g in &line.glyphs {
            let new_gid = self.usage.record(g);
            let x = g.x + g.x_offset;
            let raised = g.y_offset.abs() > 0.001;
            if g.face != run_face || raised || rise || pen.is_none() {
                flush(self.content, &mut run);
                self.set_face(g.face, size);
                run_face = g.face;
                // Marks keep the line's baseline and use text rise, so
                // extraction keeps them in their word.
                self.content.set_text_matrix([
                    m[0],
                    m[1],
                    m[2],
                    m[3],
                    round(m[4] + m[0] * x),
                    round(m[5] + m[1] * x),
                ]);
                if raised || rise {
                    self.content.set_rise(round(g.y_offset));
                }
                rise = raised;
                run.push((None, new_gid));
            } else {
                let gap = x - pen.unwrap_or(x);
                // Under half a thousandth of an em is invisible.
                let adjust = -gap * 1000.0 / size;
                run.push(((adjust.abs() >= 0.5).then_some(adjust.round()), new_gid));
            }
            let font = &self.fonts.faces[g.face];
            let width = font
                .glyph_hor_advance(rustybuzz::ttf_parser::GlyphId(g.gid))
                .unwrap_or(0) as f32
                * size
                / font.units_per_em() as f32;
            pen = if raised { None } else { Some(x + width) };
        }
        flush(self.content, &mut run);
        if rise {
            self.content.set_rise(0.0);
        }
    }
}

fn flush(content: &mut Content, run: &mut Vec<(Option<f32>, u16)>) {
    if run.is_empty() {
        return;
    }
    let mut shown = content.show_positioned();
    let mut items = shown.items();
    for (adjust, gid) in run.drain(..) {
        if let Some(a) = adjust {
            items.adjust(a);
        }
        items.show(Str(&gid.to_be_bytes()));
    }
}

/// Unicode format characters (category Cf) the documents can contain.
fn is_format(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}
