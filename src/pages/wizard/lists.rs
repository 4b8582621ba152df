//! Adding, removing and moving items of the draft's lists, and the
//! (index, id) pairs lists render from.

use leptos::prelude::*;
use mla_core::Draft;

/// The (index, id) pairs of a list, for `For` keyed by both: typing keeps
/// the keys (no re-render, no lost focus); moving an item re-renders it with
/// its new index, so its field paths stay right.
pub fn keyed<T>(list: &[T], id: impl Fn(&T) -> &str) -> Vec<(usize, String)> {
    list.iter()
        .enumerate()
        .map(|(i, x)| (i, id(x).to_string()))
        .collect()
}

/// Removes the item with `id` from the list `pick` selects.
pub fn remove<T>(
    draft: RwSignal<Draft>,
    pick: fn(&mut Draft) -> &mut Vec<T>,
    id: impl Fn(&T) -> bool,
) {
    draft.update(|d| pick(d).retain(|x| !id(x)));
}

/// Moves the item at `index` one place up (`-1`) or down (`1`).
pub fn shift<T>(
    draft: RwSignal<Draft>,
    pick: fn(&mut Draft) -> &mut Vec<T>,
    index: usize,
    by: isize,
) {
    draft.update(|d| {
        let list = pick(d);
        let to = index as isize + by;
        if to >= 0 && (to as usize) < list.len() {
            list.swap(index, to as usize);
        }
    });
}
