//! Shaping one run: one face, one direction.

use std::str::FromStr;

use rustybuzz::{BufferClusterLevel, Direction, Language, UnicodeBuffer};

use super::fonts::{FaceId, FontSet};

/// A glyph placed on a line, in points, relative to the line's start.
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    pub face: FaceId,
    pub gid: u16,
    /// Pen position of this glyph (its origin before offsets).
    pub x: f32,
    pub x_offset: f32,
    pub y_offset: f32,
    pub advance: f32,
    /// Byte offset of its cluster in the shaped text.
    pub cluster: usize,
    /// The characters this glyph stands for (empty for the second and
    /// later glyphs of one cluster): what copy-paste and search extract.
    pub text: String,
}

/// Shapes `text` (a slice of one face and one direction) at `size`
/// points. Glyphs come back in visual order, left to right, with `x`
/// starting at 0; `offset` is added to cluster indices so that callers
/// can map glyphs back into the whole paragraph.
pub fn shape(
    fonts: &FontSet,
    face: FaceId,
    text: &str,
    rtl: bool,
    lang: &str,
    size: f32,
) -> (Vec<Glyph>, Vec<(usize, f32)>) {
    let font = &fonts.faces[face];
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.set_direction(if rtl {
        Direction::RightToLeft
    } else {
        Direction::LeftToRight
    });
    if let Ok(language) = Language::from_str(lang) {
        buffer.set_language(language);
    }
    buffer.set_cluster_level(BufferClusterLevel::MonotoneCharacters);
    buffer.guess_segment_properties();
    let key = (face, rtl, buffer.script(), lang.to_string());
    let cached = fonts
        .plans
        .borrow()
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, p)| p.clone());
    let plan = cached.unwrap_or_else(|| {
        let language = Language::from_str(lang).ok();
        let plan = std::rc::Rc::new(rustybuzz::ShapePlan::new(
            font,
            buffer.direction(),
            Some(buffer.script()),
            language.as_ref(),
            &[],
        ));
        fonts.plans.borrow_mut().push((key, plan.clone()));
        plan
    });
    let output = rustybuzz::shape_with_plan(font, &plan, buffer);
    let scale = size / font.units_per_em() as f32;

    // Cluster boundaries, to give each cluster's first glyph its text.
    let mut starts: Vec<usize> = output
        .glyph_infos()
        .iter()
        .map(|g| g.cluster as usize)
        .collect();
    starts.sort_unstable();
    starts.dedup();
    let end_of = |start: usize| {
        let next = starts.partition_point(|&s| s <= start);
        starts.get(next).copied().unwrap_or(text.len())
    };

    let mut glyphs = Vec::with_capacity(output.len());
    let mut advances = Vec::with_capacity(output.len());
    let mut seen = std::collections::BTreeSet::new();
    let mut x = 0.0;
    for (info, pos) in output.glyph_infos().iter().zip(output.glyph_positions()) {
        let cluster = info.cluster as usize;
        let advance = pos.x_advance as f32 * scale;
        let text = if seen.insert(cluster) {
            text[cluster..end_of(cluster)].to_string()
        } else {
            String::new()
        };
        glyphs.push(Glyph {
            cluster,
            face,
            gid: info.glyph_id as u16,
            x,
            x_offset: pos.x_offset as f32 * scale,
            y_offset: pos.y_offset as f32 * scale,
            advance,
            text,
        });
        advances.push((cluster, advance));
        x += advance;
    }
    (glyphs, advances)
}
