//! Binding a field of the draft to a control where the core's question
//! list does not (a measure's purpose, the document step's languages): a
//! value signal and a setter.
//!
//! Items of a list are addressed by id, never by position, so reordering
//! a list never sends an edit to the wrong item.

/// `(Signal<String>, setter)` for an optional language of the draft, bound
/// to a select whose values are the tags, "" for none, e.g.
/// `lang_field!(ctx, document.bilingual)`.
#[macro_export]
macro_rules! lang_field {
    ($ctx:expr, $($path:tt)+) => {{
        let draft = $ctx.draft;
        (
            leptos::prelude::Signal::derive(move || {
                leptos::prelude::With::with(&draft, |d| {
                    d.$($path)+.map_or(String::new(), |l| l.tag().to_string())
                })
            }),
            move |v: String| {
                leptos::prelude::Update::update(&draft, |d| {
                    d.$($path)+ = mla_core::languages::Lang::from_tag(&v)
                })
            },
        )
    }};
}

/// `(Signal<T>, setter)` for a field of the item with `id` in a list, e.g.
/// `item!(ctx, [offences], id, name)` or `item!(ctx, [facts.items], id, what)`.
#[macro_export]
macro_rules! item {
    ($ctx:expr, [$($list:tt)+], $id:expr, $($path:tt)+) => {{
        let draft = $ctx.draft;
        let get_id = $id.clone();
        let set_id = $id.clone();
        (
            leptos::prelude::Signal::derive(move || {
                leptos::prelude::With::with(&draft, |d| {
                    d.$($list)+.iter().find(|x| x.id == get_id).map(|x| x.$($path)+.clone()).unwrap_or_default()
                })
            }),
            move |v| {
                leptos::prelude::Update::update(&draft, |d| {
                    if let Some(x) = d.$($list)+.iter_mut().find(|x| x.id == set_id) {
                        x.$($path)+ = v;
                    }
                })
            },
        )
    }};
}
