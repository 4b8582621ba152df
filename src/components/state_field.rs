//! A State field: an accessible combobox (ARIA 1.2 pattern) that finds a
//! State by its name in the UI language as the user types, ignoring case
//! and accents, and stores its ISO code. The names come from the core's
//! CLDR table (`mla_core::reference::countries`), the one the request
//! document uses, so the wizard and the letter never name a State
//! differently. Text that names no State is kept as typed.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use mla_core::languages::Lang;
use mla_core::reference::countries;

use crate::components::fields::{described_by, error_text, field_id, FieldFrame};
use crate::i18n::*;

/// At most this many suggestions are listed; typing narrows them.
const SHOWN: usize = 12;

#[component]
pub fn StateField(
    #[prop(into)] path: String,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] value: Signal<String>,
    on_input: impl Fn(String) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = field_id(&path);
    let list_id = format!("{id}-states");
    let error = error_text(path);
    let desc = described_by(&id, true, error);
    let lang = move || Lang::from_tag(i18n.get_locale().as_str()).unwrap_or(Lang::En);
    // The stored value shown as the State's name, or as typed.
    let shown = move || {
        let v = value.get();
        countries::country_name(v.trim(), lang())
            .map(str::to_string)
            .unwrap_or(v)
    };
    // While the user types, the text is theirs; otherwise it shows the value.
    let typed = RwSignal::new(None::<String>);
    let active = RwSignal::new(0usize);
    let found = Memo::new(move |_| {
        typed.with(|t| match t {
            Some(t) => countries::matches(t, lang()),
            None => Vec::new(),
        })
    });
    let open = move || typed.with(Option::is_some) && !found.with(Vec::is_empty);
    let no_match = move || {
        typed.with(|t| t.as_deref().is_some_and(|t| !t.trim().is_empty()))
            && found.with(Vec::is_empty)
    };

    let commit = {
        let on_input = on_input.clone();
        move |code: Option<&'static str>| {
            let Some(text) = typed.get_untracked() else {
                return;
            };
            // A chosen State is stored by its code; anything else as typed.
            on_input(code.map_or_else(|| text.trim().to_string(), str::to_string));
            typed.set(None);
        }
    };
    let on_type = on_input.clone();
    let option_id = {
        let list_id = list_id.clone();
        move |code: &str| format!("{list_id}-{code}")
    };
    let active_descendant = {
        let option_id = option_id.clone();
        move || {
            open()
                .then(|| found.with(|f| f.get(active.get()).map(|c| option_id(c))))
                .flatten()
        }
    };

    let on_keydown = {
        let commit = commit.clone();
        move |ev: KeyboardEvent| {
            let n = found.with(|f| f.len().min(SHOWN));
            match ev.key().as_str() {
                "ArrowDown" if n > 0 => {
                    ev.prevent_default();
                    active.update(|a| *a = (*a + 1) % n);
                }
                "ArrowUp" if n > 0 => {
                    ev.prevent_default();
                    active.update(|a| *a = (*a + n - 1) % n);
                }
                "Enter" if open() => {
                    ev.prevent_default();
                    let code = found.with(|f| f.get(active.get_untracked()).copied());
                    commit(code);
                }
                "Escape" => typed.set(None),
                _ => {}
            }
        }
    };
    // Leaving the field keeps the best match when what was typed names one
    // State unambiguously (its code, or its only match), else the text.
    let on_blur = {
        let commit = commit.clone();
        move |_| {
            let best =
                typed.with_untracked(|t| t.as_deref().and_then(|t| countries::chosen(t, lang())));
            commit(best);
        }
    };
    let options = {
        let option_id = option_id.clone();
        let commit = commit.clone();
        move || {
            found
                .get()
                .into_iter()
                .take(SHOWN)
                .enumerate()
                .map(|(i, code)| {
                    let name = countries::country_name(code, lang()).unwrap_or(code);
                    let commit = commit.clone();
                    view! {
                        <li id=option_id(code) role="option" class="combobox__option"
                            aria-selected=move || if active.get() == i { "true" } else { "false" }
                            // Chosen on press, before the input loses focus.
                            on:mousedown=move |ev| {
                                ev.prevent_default();
                                commit(Some(code));
                            }>
                            {name} " " <span class="combobox__code">{code}</span>
                        </li>
                    }
                })
                .collect_view()
        }
    };
    let hint = Signal::derive(move || t_string!(i18n, state_hint).to_string());
    let control_id = id.clone();
    let status_id = format!("{id}-status");
    view! {
        <FieldFrame id=id label=label hint=Some(hint) error=error class="combobox">
            <input id=control_id class="field__control" type="text" role="combobox"
                autocomplete="off" spellcheck="false" dir="auto"
                aria-autocomplete="list" aria-controls=list_id.clone()
                aria-expanded=move || if open() { "true" } else { "false" }
                aria-activedescendant=active_descendant
                aria-invalid=move || error.get().is_some().then_some("true")
                aria-describedby=desc
                prop:value=move || typed.get().unwrap_or_else(shown)
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    // Saved as typed at once (a code or a State's exact name
                    // as its code), so a reload never loses it.
                    on_type(countries::named(&text, lang())
                        .map_or_else(|| text.trim().to_string(), str::to_string));
                    typed.set(Some(text));
                    active.set(0);
                }
                on:keydown=on_keydown
                on:blur=on_blur />
            <ul id=list_id role="listbox" class="combobox__list" aria-label=label hidden=move || !open()>
                {options}
            </ul>
            <p id=status_id class="field__hint" role="status">
                {move || no_match().then(|| t_string!(i18n, state_no_match).to_string())}
            </p>
        </FieldFrame>
    }
}
