//! The UI language selector: a native, labelled `<select>`.

use std::str::FromStr;

use leptos::prelude::*;
use mla_core::languages::LANGUAGES;

use crate::i18n::*;
use crate::prefs;

#[component]
pub fn LanguageSelect() -> impl IntoView {
    let i18n = use_i18n();
    let on_change = move |ev: leptos::ev::Event| {
        let tag = event_target_value(&ev);
        if let Ok(locale) = Locale::from_str(&tag) {
            prefs::set_ui_language(&tag);
            i18n.set_locale(locale);
        }
    };
    view! {
        <div class="language-select">
            <label for="ui-language">{t!(i18n, language)}</label>
            <select id="ui-language" on:change=on_change>
                {LANGUAGES
                    .iter()
                    .map(|l| {
                        let selected = move || i18n.get_locale().as_str() == l.tag();
                        view! {
                            <option value=l.tag() lang=l.tag() selected=selected>
                                {l.endonym()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
