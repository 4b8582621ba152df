//! Binding a field of the draft to a control where the core's question
//! list does not (the document step's output languages): a value signal
//! and a setter.

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
