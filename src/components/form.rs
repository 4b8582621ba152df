//! Form pieces for screens that are not a draft (profiles, backups): a
//! field with its own error signal, and the GOV.UK error summary.

use leptos::html;
use leptos::prelude::*;

use crate::components::fields::{described_by, FieldFrame};
use crate::i18n::*;

/// A labelled single-line input whose error is given by the screen.
/// `kind` "password" keeps paste and password managers working: nothing
/// here blocks either.
#[component]
pub fn InputField(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(optional, into)] hint: Option<Signal<String>>,
    #[prop(into)] error: Signal<Option<String>>,
    value: RwSignal<String>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(into)] autocomplete: String,
) -> impl IntoView {
    let described = described_by(&id, hint.is_some(), error);
    let control_id = id.clone();
    view! {
        <FieldFrame id=id label=label hint=hint error=error>
            <input id=control_id class="field__control" type=kind autocomplete=autocomplete
                spellcheck="false" dir="auto"
                aria-invalid=move || error.get().is_some().then_some("true")
                aria-describedby=described
                prop:value=value
                on:input=move |ev| value.set(event_target_value(&ev)) />
        </FieldFrame>
    }
}

/// "There is a problem", with a link to each field in error. It takes
/// focus when it appears, so keyboard and screen-reader users land on it.
#[component]
pub fn ErrorSummary(#[prop(into)] errors: Signal<Vec<(String, String)>>) -> impl IntoView {
    let i18n = use_i18n();
    let node = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        if !errors.with(Vec::is_empty) {
            if let Some(el) = node.get() {
                let _ = el.focus();
            }
        }
    });
    view! {
        <Show when=move || !errors.with(Vec::is_empty)>
            <div class="error-summary" role="alert" tabindex="-1" node_ref=node aria-labelledby="form-error-title">
                <h2 id="form-error-title">{t!(i18n, check_summary_title)}</h2>
                <ul class="error-summary__list">
                    {move || errors.get().into_iter().map(|(id, text)| {
                        let target = id.clone();
                        view! {
                            <li><a href=format!("#{id}") on:click=move |ev| {
                                ev.prevent_default();
                                if let Some(el) = document().get_element_by_id(&target) {
                                    if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                                        let _ = el.focus();
                                    }
                                }
                            }>{text}</a></li>
                        }
                    }).collect_view()}
                </ul>
            </div>
        </Show>
    }
}

/// The error of one field, from the screen's list of errors.
pub fn error_of(
    errors: RwSignal<Vec<(String, String)>>,
    id: impl Into<String>,
) -> Signal<Option<String>> {
    let id = id.into();
    Signal::derive(move || {
        errors.with(|e| e.iter().find(|(i, _)| *i == id).map(|(_, t)| t.clone()))
    })
}
