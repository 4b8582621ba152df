//! The top bar: app name, main navigation and the language selector.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::language_select::LanguageSelect;
use crate::i18n::*;

#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <header class="app-header">
            <div class="app-header__inner">
                <A href="/" attr:class="app-name">{t!(i18n, app_name)}</A>
                <nav aria-label=move || t_string!(i18n, nav_label)>
                    <ul class="nav">
                        <li><A href="/" exact=true>{t!(i18n, nav_drafts)}</A></li>
                        <li><A href="/new">{t!(i18n, nav_new_request)}</A></li>
                        <li><A href="/directory">{t!(i18n, nav_directory)}</A></li>
                        <li><A href="/cases">{t!(i18n, nav_cases)}</A></li>
                        <li><A href="/settings">{t!(i18n, nav_settings)}</A></li>
                    </ul>
                </nav>
                <LanguageSelect />
            </div>
        </header>
    }
}
