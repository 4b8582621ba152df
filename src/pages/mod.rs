//! One module per screen.

pub mod authority;
pub mod backup;
pub mod cases;
pub mod directory;
pub mod drafts;
pub mod erase;
pub mod not_found;
pub mod profiles;
pub mod settings;
pub mod settings_authority;
pub mod settings_profile;
pub mod settings_reference;
pub mod training;
pub mod wizard;
