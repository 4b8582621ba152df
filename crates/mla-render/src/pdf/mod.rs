//! The request as PDF: layout (`layout`), page furniture (`furniture`) and
//! the file itself (`write`), over the shared text engine; `describe` gives
//! the same pages as text, for review.

pub mod describe;
mod furniture;
mod layout;
mod write;

use mla_core::document::Document;

use crate::text::fonts::FontSet;
use crate::{Fonts, RenderError};

/// The PDF bytes of `document`. Pure: the same document and fonts always
/// give the same bytes (no clock, no random ids).
pub fn pdf(document: &Document, fonts: &Fonts) -> Result<Vec<u8>, RenderError> {
    let fonts = FontSet::new(fonts)?;
    let (geometry, pages, furniture) = lay_out(&fonts, document);
    Ok(write::write(
        &fonts, document, &geometry, &pages, &furniture,
    ))
}

/// The pages of `document` with their furniture: what [`pdf`] writes and
/// [`describe::describe`] tells.
fn lay_out(
    fonts: &FontSet,
    document: &Document,
) -> (layout::Geometry, Vec<layout::Page>, furniture::Furnished) {
    let geometry = layout::Geometry::of(document.paper);
    let pages = layout::paginate(fonts, document, &geometry);
    let furniture = furniture::furnish(fonts, document, &geometry, pages.len());
    (geometry, pages, furniture)
}
