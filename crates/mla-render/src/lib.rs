//! Lays out an assembled request ([`mla_core::document::Document`]) as a
//! PDF or a DOCX file. Pure and deterministic: fonts come in as bytes, no
//! clock is read, and the same inputs give the same bytes natively (the
//! `mla render` command) and in the browser's render worker.

pub mod docx;
pub mod pdf;
pub mod text;
mod zip;

pub use pdf::pdf;

/// The font files the PDF embeds (subsets of them), as bytes.
#[derive(Debug, Clone)]
pub struct Fonts {
    pub sans: Vec<u8>,
    pub sans_bold: Vec<u8>,
    pub naskh: Vec<u8>,
    pub naskh_bold: Vec<u8>,
}

/// The file names of [`Fonts`] under `public/fonts/` (and `dist/fonts/`).
pub const FONT_FILES: [&str; 4] = [
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoNaskhArabic-Regular.ttf",
    "NotoNaskhArabic-Bold.ttf",
];

impl Fonts {
    /// Fonts from the four files' bytes, in the order of [`FONT_FILES`].
    pub fn from_files(mut files: Vec<Vec<u8>>) -> Option<Fonts> {
        if files.len() != 4 {
            return None;
        }
        let naskh_bold = files.pop()?;
        let naskh = files.pop()?;
        let sans_bold = files.pop()?;
        let sans = files.pop()?;
        Some(Fonts {
            sans,
            sans_bold,
            naskh,
            naskh_bold,
        })
    }
}

/// Why a document could not be rendered.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum RenderError {
    /// A font file is not a font this renderer can read.
    #[error("the font {0} could not be read")]
    BadFont(&'static str),
    /// The DOCX package could not be written.
    #[error("the DOCX package could not be written: {0}")]
    Package(String),
}
