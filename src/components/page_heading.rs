//! A page's `h1`: sets the document title and, after a navigation, takes
//! focus so screen-reader users hear where they are (GOV.UK pattern).

use std::sync::atomic::{AtomicBool, Ordering};

use leptos::html::H1;
use leptos::prelude::*;

use crate::i18n::*;

/// Set once the first page has rendered: later headings are reached by
/// navigation and take focus; the first does not, so the skip link works.
static FIRST_PAGE_SHOWN: AtomicBool = AtomicBool::new(false);

#[component]
pub fn PageHeading(#[prop(into)] text: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let h1 = NodeRef::<H1>::new();
    Effect::new(move |_| {
        document().set_title(&format!("{} – {}", text.get(), t_string!(i18n, app_name)));
    });
    Effect::new(move |_| {
        if let Some(el) = h1.get() {
            if FIRST_PAGE_SHOWN.swap(true, Ordering::Relaxed) {
                let _ = el.focus();
            }
        }
    });
    view! { <h1 node_ref=h1 tabindex="-1">{text}</h1> }
}
