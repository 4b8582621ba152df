//! One module per screen.

pub mod cases;
pub mod directory;
pub mod drafts;
pub mod not_found;
pub mod settings;
pub mod wizard;
