//! The four faces the documents use and which one sets each character.

use std::cell::RefCell;

use rustybuzz::{Face, Script, ShapePlan};

use crate::{Fonts, RenderError};

/// Index into [`FontSet`]: Latin/Cyrillic or Arabic, regular or bold.
pub type FaceId = usize;

pub const SANS: FaceId = 0;
pub const SANS_BOLD: FaceId = 1;
pub const NASKH: FaceId = 2;
pub const NASKH_BOLD: FaceId = 3;

/// Parsed faces, borrowing the font bytes.
pub struct FontSet<'a> {
    pub faces: [Face<'a>; 4],
    pub data: [&'a [u8]; 4],
    /// Shape plans by face, direction, script and language: building a
    /// plan costs more than shaping a short run, and a document needs few.
    pub plans: RefCell<Vec<(PlanKey, std::rc::Rc<ShapePlan>)>>,
}

pub type PlanKey = (FaceId, bool, Script, String);

impl<'a> FontSet<'a> {
    pub fn new(fonts: &'a Fonts) -> Result<FontSet<'a>, RenderError> {
        let data = [
            fonts.sans.as_slice(),
            fonts.sans_bold.as_slice(),
            fonts.naskh.as_slice(),
            fonts.naskh_bold.as_slice(),
        ];
        let parse =
            |i: usize| Face::from_slice(data[i], 0).ok_or(RenderError::BadFont(FONT_NAMES[i]));
        Ok(FontSet {
            faces: [parse(0)?, parse(1)?, parse(2)?, parse(3)?],
            data,
            plans: RefCell::new(Vec::new()),
        })
    }

    fn has(&self, face: FaceId, c: char) -> bool {
        self.faces[face].glyph_index(c).is_some()
    }

    /// The face for each character of `text` (one entry per char), bold or
    /// not. Arabic letters take Naskh; neutral characters (spaces,
    /// punctuation, joiners) stay in the face of the text around them, so a
    /// run of Arabic is not split at every space.
    pub fn assign(&self, text: &str, bold: bool) -> Vec<FaceId> {
        let (latin, arabic) = if bold {
            (SANS_BOLD, NASKH_BOLD)
        } else {
            (SANS, NASKH)
        };
        let mut out = Vec::with_capacity(text.len());
        let mut previous = latin;
        for c in text.chars() {
            // An isolate control is never shaped (`lines::is_isolate`): it
            // takes the face before it and leaves the next character's
            // choice as if it were not there.
            if super::lines::is_isolate(c) {
                out.push(previous);
                continue;
            }
            let face = if is_arabic(c) {
                arabic
            } else if is_neutral(c) && self.has(previous, c) {
                previous
            } else if self.has(latin, c) || !self.has(arabic, c) {
                latin
            } else {
                arabic
            };
            out.push(face);
            previous = face;
        }
        out
    }
}

pub const FONT_NAMES: [&str; 4] = [
    "NotoSans-Regular",
    "NotoSans-Bold",
    "NotoNaskhArabic-Regular",
    "NotoNaskhArabic-Bold",
];

fn is_arabic(c: char) -> bool {
    matches!(c as u32,
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

fn is_neutral(c: char) -> bool {
    c.is_whitespace()
        || c.is_ascii_punctuation()
        || matches!(
            c,
            '\u{200C}' | '\u{200D}' | '\u{00AB}' | '\u{00BB}' | '\u{2013}' | '\u{2014}'
        )
        || c.is_ascii_digit()
}
