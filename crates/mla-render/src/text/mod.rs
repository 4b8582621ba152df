//! Text to positioned glyphs: font choice, shaping (rustybuzz), bidi
//! (unicode-bidi) and line breaking (unicode-linebreak). Shared by every
//! format that needs to measure text.

pub mod fonts;
pub mod lines;
pub mod shape;
