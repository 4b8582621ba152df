//! A State, as an ISO 3166-1 alpha-2 code, with the country names of the
//! UI language as suggestions and the chosen State's name as the hint.

use leptos::prelude::*;
use mla_core::reference::countries;

use crate::components::fields::{field_id, TextField};
use crate::i18n::*;
use crate::reference::names;

#[component]
pub fn StateField(
    #[prop(into)] path: String,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] value: Signal<String>,
    on_input: impl Fn(String) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let list_id = format!("{}-states", field_id(&path));
    let hint = Signal::derive(move || {
        let code = value.get().trim().to_uppercase();
        if countries::is_known(&code) {
            let name = names::country(&code, i18n.get_locale().as_str());
            t_string!(i18n, state_hint_known, name = name).to_string()
        } else {
            t_string!(i18n, state_hint).to_string()
        }
    });
    let options = move || {
        let locale = i18n.get_locale();
        let mut all: Vec<(String, &str)> = countries::all()
            .map(|c| (names::country(c, locale.as_str()), c))
            .collect();
        all.sort();
        all.into_iter()
            .map(|(name, code)| view! { <option value=code>{name}</option> })
            .collect_view()
    };
    view! {
        <TextField path=path label=label hint=hint value=value on_input=on_input list=list_id.clone() />
        <datalist id=list_id>{options}</datalist>
    }
}
