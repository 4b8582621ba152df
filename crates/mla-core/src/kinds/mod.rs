//! What the tool knows about each kind of assistance, one module per kind.
//!
//! A kind's module holds everything about it: its typed fields (stored in
//! the draft), the questions the wizard asks about them, the rules that
//! check them (each with its legal source and severity) and the paragraphs
//! the request document writes from them. Adding a kind is adding a module
//! and a line in its registry; the wizard, the check and the document pick
//! it up from there. Parts shared by several kinds (persons, data
//! categories, hearing status) live in [`crate::model`] and kinds refer to
//! them by id.
//!
//! [`measures`] are the measures of a mutual legal assistance request.

pub mod measures;
