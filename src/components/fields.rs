//! The app's one family of form fields, GOV.UK style: every field is a
//! [`FieldFrame`] (label, hint, inline error) around a control that is
//! described by the hint and the error ([`described_by`]) and marked
//! `aria-invalid` while in error.
//!
//! The fields here are bound to a draft path: their error is the finding at
//! that path. Forms that are not a draft (profiles, backups, settings,
//! search) use the same frame through `form.rs` or directly.

use leptos::prelude::*;

use crate::draft_state::DraftCtx;
use crate::i18n::*;
use crate::texts;

/// A translated label as a signal, e.g. `label!(i18n, f_state)`.
#[macro_export]
macro_rules! label {
    ($i18n:ident, $key:ident) => {
        leptos::prelude::Signal::derive(move || t_string!($i18n, $key).to_string())
    };
}

/// The DOM id of the control for a field path:
/// `measures[2].details.premises` → `f-measures-2-details-premises`.
pub fn field_id(path: &str) -> String {
    let mut id = String::from("f");
    for part in path.split(['.', '[', ']']).filter(|p| !p.is_empty()) {
        id.push('-');
        id.push_str(part);
    }
    id
}

/// The finding to show at `path`, translated, once errors are shown.
pub(crate) fn error_text(path: String) -> Signal<Option<String>> {
    let ctx = expect_context::<DraftCtx>();
    let i18n = use_i18n();
    Signal::derive(move || {
        if !ctx.show_errors.get() {
            return None;
        }
        ctx.finding_at(&path)
            .map(|f| texts::findings::message(i18n, &f))
    })
}

/// The ids the control `id` is described by: its hint and its error.
pub fn described_by(
    id: &str,
    has_hint: bool,
    error: Signal<Option<String>>,
) -> Signal<Option<String>> {
    let id = id.to_string();
    Signal::derive(move || {
        let mut ids = Vec::new();
        if has_hint {
            ids.push(format!("{id}-hint"));
        }
        if error.get().is_some() {
            ids.push(format!("{id}-error"));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    })
}

/// A field: label, hint and error message around the control (the
/// children), which must carry `id` and [`described_by`]'s ids.
#[component]
pub fn FieldFrame(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(default = None)] hint: Option<Signal<String>>,
    /// Shown while `Some`; none for a field that cannot be wrong.
    #[prop(optional, into)]
    error: Signal<Option<String>>,
    /// Extra classes of the frame, e.g. `doc-block__editor`.
    #[prop(optional, into)]
    class: Option<String>,
    children: Children,
) -> impl IntoView {
    let class = match class {
        Some(c) => format!("field {c}"),
        None => "field".to_string(),
    };
    view! {
        <div class=class class:field--error=move || error.get().is_some()>
            <label class="field__label" for=id.clone()>{label}</label>
            <Hint id=id.clone() hint=hint />
            <ErrorMessage id=id.clone() error=error />
            {children()}
        </div>
    }
}

#[component]
fn Hint(id: String, hint: Option<Signal<String>>) -> impl IntoView {
    hint.map(|h| view! { <p class="field__hint" id=format!("{id}-hint")>{h}</p> })
}

#[component]
fn ErrorMessage(id: String, error: Signal<Option<String>>) -> impl IntoView {
    move || {
        error
            .get()
            .map(|e| view! { <p class="field__error" id=format!("{id}-error")>{e}</p> })
    }
}

/// A one-line or multi-line text field.
#[component]
pub fn TextField(
    #[prop(into)] path: String,
    #[prop(into)] label: Signal<String>,
    #[prop(optional, into)] hint: Option<Signal<String>>,
    #[prop(into)] value: Signal<String>,
    on_input: impl Fn(String) + Clone + Send + Sync + 'static,
    #[prop(optional)] multiline: bool,
    /// "text", "date", "email", "tel".
    #[prop(default = "text")]
    kind: &'static str,
) -> impl IntoView {
    let id = field_id(&path);
    let error = error_text(path);
    let desc = described_by(&id, hint.is_some(), error);
    let invalid = move || error.get().is_some().then_some("true");
    let control = if multiline {
        let on_input = on_input.clone();
        view! {
            <textarea id=id.clone() class="field__control" rows="5"
                aria-invalid=invalid aria-describedby=desc
                prop:value=value
                on:input=move |ev| on_input(event_target_value(&ev))
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id.clone() class="field__control" type=kind
                aria-invalid=invalid aria-describedby=desc
                prop:value=value
                on:input=move |ev| on_input(event_target_value(&ev))
            />
        }
        .into_any()
    };
    view! {
        <FieldFrame id=id label=label hint=hint error=error>{control}</FieldFrame>
    }
}

/// A checkbox with its label after it.
#[component]
pub fn CheckField(
    #[prop(into)] path: String,
    #[prop(into)] label: Signal<String>,
    #[prop(optional, into)] hint: Option<Signal<String>>,
    #[prop(into)] checked: Signal<bool>,
    on_change: impl Fn(bool) + Send + Sync + 'static,
) -> impl IntoView {
    let id = field_id(&path);
    let error = error_text(path);
    let desc = described_by(&id, hint.is_some(), error);
    view! {
        <div class="field field--checkbox" class:field--error=move || error.get().is_some()>
            <ErrorMessage id=id.clone() error=error />
            <input id=id.clone() type="checkbox" class="field__checkbox"
                aria-invalid=move || error.get().is_some().then_some("true") aria-describedby=desc
                prop:checked=checked
                on:change=move |ev| on_change(event_target_checked(&ev))
            />
            <label class="field__label" for=id.clone()>{label}</label>
            <Hint id=id.clone() hint=hint />
        </div>
    }
}

/// A native select; `options` are (value, label) pairs, the first usually
/// an empty "choose" option.
#[component]
pub fn SelectField(
    #[prop(into)] path: String,
    #[prop(into)] label: Signal<String>,
    #[prop(optional, into)] hint: Option<Signal<String>>,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
    #[prop(into)] value: Signal<String>,
    on_change: impl Fn(String) + Send + Sync + 'static,
) -> impl IntoView {
    let id = field_id(&path);
    let error = error_text(path);
    let desc = described_by(&id, hint.is_some(), error);
    let control_id = id.clone();
    view! {
        <FieldFrame id=id label=label hint=hint error=error>
            <select id=control_id class="field__control field__control--select"
                aria-invalid=move || error.get().is_some().then_some("true") aria-describedby=desc
                on:change=move |ev| on_change(event_target_value(&ev))
            >
                {move || {
                    let current = value.get();
                    options
                        .get()
                        .into_iter()
                        .map(|(v, l)| {
                            let selected = v == current;
                            view! { <option value=v selected=selected>{l}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </FieldFrame>
    }
}
