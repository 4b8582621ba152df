//! Form pieces for screens that are not a draft (profiles, backups): a
//! field with its own error signal, and the GOV.UK error summary.

use leptos::html;
use leptos::prelude::*;

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
    let has_hint = hint.is_some();
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id.clone());
            }
            if error.get().is_some() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field" class:field--error=move || error.get().is_some()>
            <label class="field__label" for=id.clone()>{label}</label>
            {hint.map(|h| view! { <p class="field__hint" id=hint_id.clone()>{h}</p> })}
            {move || error.get().map(|e| view! { <p class="field__error" id=error_id.clone()>{e}</p> })}
            <input id=id.clone() class="field__control" type=kind autocomplete=autocomplete.clone()
                spellcheck="false" dir="auto"
                aria-invalid=move || error.get().is_some().then_some("true")
                aria-describedby=described
                prop:value=value
                on:input=move |ev| value.set(event_target_value(&ev)) />
        </div>
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
