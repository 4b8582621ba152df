//! One module per screen.

pub mod authority;
pub mod cases;
pub mod directory;
pub mod drafts;
pub mod erase;
pub mod not_found;
pub mod settings;
pub mod settings_reference;
pub mod training;
pub mod wizard;
