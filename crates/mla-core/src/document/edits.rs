//! Final edits: the user rewrites a generated paragraph in the preview.
//!
//! An edit remembers the generated text it replaced. Assembly applies it
//! only while the draft still generates exactly that text; once the
//! underlying data changes, the new text is printed and the edit is
//! flagged, so a correction made in the wizard is never hidden by an old
//! edit, and the edit is never thrown away.

use std::collections::BTreeMap;

use super::{without_isolates, Block, EditState};
use crate::model::{Draft, ParagraphEdit};

/// Stores the user's text for `block`. Text equal to what is generated is
/// no edit at all, so it removes any edit instead.
pub fn edit(draft: &mut Draft, block: &Block, text: &str) {
    if same_text(text, &block.generated) {
        draft.document.edits.remove(&block.id);
    } else {
        draft.document.edits.insert(
            block.id.clone(),
            ParagraphEdit {
                generated: block.generated.clone(),
                text: text.to_string(),
            },
        );
    }
}

/// Drops the edit of the block with this id: the generated text returns.
pub fn revert(draft: &mut Draft, block_id: &str) {
    draft.document.edits.remove(block_id);
}

pub(super) fn apply(blocks: &mut [Block], edits: &BTreeMap<String, ParagraphEdit>) {
    for block in blocks {
        let Some(edit) = edits.get(&block.id) else {
            continue;
        };
        if same_text(&edit.generated, &block.generated) {
            block.text = edit.text.clone();
            block.edit = EditState::Applied;
        } else {
            block.edit = EditState::Stale {
                edited: edit.text.clone(),
                was: edit.generated.clone(),
            };
        }
    }
}

/// Whether two texts read the same: the bidi isolates assembly puts
/// around the user's values print nothing, so an edit made before they
/// were added (or a textarea that lost one) is still an edit of this text.
fn same_text(a: &str, b: &str) -> bool {
    a == b || without_isolates(a) == without_isolates(b)
}
