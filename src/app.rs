//! The root component: i18n context, router, header and the routes.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::auto_lock::AutoLock;
use crate::components::header::Header;
use crate::components::locale_sync::LocaleSync;
use crate::components::offline_notice::OfflineNotice;
use crate::components::update_banner::UpdateBanner;
use crate::i18n::*;
use crate::pages::{authority, cases, directory, drafts, not_found, profiles, settings, wizard};
use crate::vault::session::{Gate, VaultError};

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    view! {
        // lang and dir on <html> are set by LocaleSync, from our own
        // language table, so Montenegrin gets "ltr" rather than "auto".
        <I18nContextProvider set_lang_attr_on_html=false set_dir_attr_on_html=false>
            <LocaleSync />
            // An erase confirmed before the reload runs before anything
            // opens the database (storage::erase).
            {if crate::storage::erase::pending() {
                view! { <crate::pages::erase::ErasingPage /> }.into_any()
            } else {
                view! { <Shell /> }.into_any()
            }}
        </I18nContextProvider>
    }
}

#[component]
fn Shell() -> impl IntoView {
    let i18n = use_i18n();
    crate::reference::provide();
    let vault = crate::vault::session::provide();
    // Only a change between these screens remounts them (a profile gaining
    // a passphrase must not reload the page the user is on).
    let screen = Memo::new(move |_| match vault.gate.get() {
        Gate::Starting => Screen::Starting,
        Gate::Choosing(_) => Screen::Chooser,
        Gate::Open(_) => Screen::Open,
        Gate::Broken(error) => Screen::Broken(error),
    });
    view! {
        <Router>
            <a class="skip-link" href="#main">{t!(i18n, skip_to_content)}</a>
            <Header />
            <UpdateBanner />
            <crate::components::training_banner::TrainingBanner />
            <OfflineNotice />
            <main id="main" tabindex="-1">
                <AutoLock />
                {move || match screen.get() {
                    Screen::Starting => ().into_any(),
                    Screen::Chooser => view! { <profiles::ChooserPage /> }.into_any(),
                    Screen::Broken(error) => view! { <profiles::BrokenPage error=error /> }.into_any(),
                    Screen::Open => view! { <ProfileRoutes /> }.into_any(),
                }}
            </main>
        </Router>
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Screen {
    Starting,
    Chooser,
    Open,
    Broken(VaultError),
}

/// The screens of an open profile.
#[component]
fn ProfileRoutes() -> impl IntoView {
    view! {
                <Routes fallback=not_found::NotFoundPage>
                    <Route path=path!("/") view=drafts::DraftsPage />
                    <Route path=path!("/new") view=wizard::NewDraftPage />
                    <Route path=path!("/drafts/:id") view=wizard::WizardPage />
                    <Route path=path!("/drafts/:id/:step") view=wizard::WizardPage />
                    <Route path=path!("/cases") view=cases::register::RegisterPage />
                    <Route path=path!("/cases/new") view=cases::new::NewCasePage />
                    <Route path=path!("/cases/statistics") view=cases::stats::StatisticsPage />
                    <Route path=path!("/cases/:id") view=cases::case::CasePage />
                    <Route path=path!("/directory") view=directory::DirectoryPage />
                    <Route path=path!("/directory/:id") view=authority::AuthorityPage />
                    <Route path=path!("/settings") view=settings::SettingsPage />
                </Routes>
    }
}
