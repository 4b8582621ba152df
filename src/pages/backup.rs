//! The encrypted backup of every draft and the case register of the open
//! profile: a passphrase chosen for the file, and the download.

use leptos::prelude::*;
use leptos::task::spawn_local;
use mla_core::backup;

use crate::components::form::ErrorSummary;
use crate::downloads::download;
use crate::i18n::*;
use crate::ids;
use crate::pages::profiles::{NewPassphrase, NewPassphraseFields};
use crate::storage::drafts::load_all;
use crate::vault::session::VaultError;

/// Reading the drafts fails as storage, sealing them as cryptography.
async fn export(passphrase: &str) -> Result<(), VaultError> {
    let all = load_all().await?;
    let register = crate::storage::cases::register().await?;
    let now = ids::now();
    let plain = backup::to_backup_with_register(&all, &register, &now);
    let file = crate::crypto::seal_backup(passphrase, &plain, &now)
        .await
        .map_err(VaultError::Crypto)?;
    download(
        &format!("mla-backup-{}.json", &now[..10]),
        &file,
        "application/json",
    );
    Ok(())
}

/// "Back up all drafts": the passphrase of the file, twice, then download.
#[component]
pub fn BackupForm() -> impl IntoView {
    let i18n = use_i18n();
    let np = NewPassphrase::new("backup");
    let errors = RwSignal::new(Vec::<(String, String)>::new());
    let busy = RwSignal::new(false);
    let done = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        done.set(false);
        if let Some(problem) = np.problem(i18n) {
            errors.set(vec![problem]);
            return;
        }
        errors.set(Vec::new());
        busy.set(true);
        let passphrase = np.pass.get_untracked();
        spawn_local(async move {
            let result = export(&passphrase).await;
            busy.set(false);
            match result {
                Ok(()) => {
                    np.clear();
                    done.set(true);
                }
                Err(e) => errors.set(vec![(
                    "backup-passphrase".into(),
                    crate::texts::errors::vault(i18n, &e),
                )]),
            }
        });
    };
    view! {
        <details class="details" data-testid="backup">
            <summary>{t!(i18n, backup_heading)}</summary>
            <p>{t!(i18n, backup_intro)}</p>
            <ErrorSummary errors=errors />
            {move || done.get().then(|| view! { <p class="notice" role="status">{t!(i18n, backup_done)}</p> })}
            <form on:submit=submit novalidate>
                <NewPassphraseFields np=np errors=errors
                    label=Signal::derive(move || t_string!(i18n, backup_passphrase).to_string())
                    hint=Signal::derive(move || t_string!(i18n, backup_passphrase_hint).to_string()) />
                <button type="submit" class="button button--secondary" disabled=busy>
                    {move || if busy.get() { t_string!(i18n, backup_working) } else { t_string!(i18n, backup_export) }}
                </button>
            </form>
        </details>
    }
}
