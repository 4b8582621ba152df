//! Building blocks shared by the pages.

pub mod auto_lock;
pub mod due_list;
pub mod fields;
pub mod form;
pub mod header;
pub mod language_select;
pub mod locale_sync;
pub mod offline_notice;
pub mod page_heading;
pub mod reference_source;
pub mod state_field;
pub mod technical_detail;
pub mod training_banner;
pub mod update_banner;
