//! Home: the user's drafts, with open, duplicate, export, delete (with
//! undo) and import.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use mla_core::backup;
use mla_core::draft_file::{self, parse_draft, to_json, ImportError};
use mla_core::drafts::DraftSummary;
use mla_core::storage::StorageError;
use mla_core::Draft;

use crate::components::fields::FieldFrame;
use crate::components::page_heading::PageHeading;
use crate::components::technical_detail::TechnicalDetail;
use crate::downloads::download;
use crate::i18n::*;
use crate::ids;
use crate::label;
use crate::storage::drafts::{self as stored, import, load_all, save};
use crate::texts::errors;
use crate::texts::names::draft_title;

/// A message shown after an action, with an optional undo.
#[derive(Clone)]
enum Notice {
    Deleted(Draft),
    Imported(String),
    BackupImported {
        added: usize,
        copies: usize,
        same: usize,
        /// What the register in the backup did, if it had one.
        cases: Option<mla_core::cases::store::ImportReport>,
    },
    /// The chosen file could not be read at all.
    FileUnreadable,
    ImportFailed(ImportError),
    Conflict {
        incoming: Draft,
        existing_title: String,
    },
    StorageFailed(StorageError),
}

/// Stores the drafts of a backup, keeping both versions of a conflict.
async fn import_backup(i18n: crate::I18n, text: &str) -> Notice {
    // The whole file is checked, the register included, before anything
    // is stored.
    let (incoming, register) = match backup::parse_backup_full(text) {
        Ok(d) => d,
        Err(e) => return Notice::ImportFailed(e),
    };
    let existing = match load_all().await {
        Ok(all) => all,
        Err(e) => return Notice::StorageFailed(e),
    };
    let (mut added, mut copies, mut same) = (0, 0, 0);
    for step in backup::merge(&existing, incoming, ids::draft_id) {
        let mut draft = match step {
            backup::Merge::Same => {
                same += 1;
                continue;
            }
            backup::Merge::Add(d) => {
                added += 1;
                d
            }
            backup::Merge::Copy(mut d) => {
                copies += 1;
                d.title = t_string!(i18n, drafts_copy_of, title = draft_title(i18n, &d.title))
                    .to_string();
                d
            }
        };
        // With the revision it names when it is new here; over a deleted
        // draft's tombstone, as a newer revision.
        if let Err(e) = import(&mut draft).await {
            return Notice::StorageFailed(e);
        }
    }
    // The register after the drafts its cases link to.
    let cases = match register {
        Some(r) => match crate::storage::cases::import(&r).await {
            Ok(report) => Some(report),
            Err(e) => return Notice::StorageFailed(e),
        },
        None => None,
    };
    Notice::BackupImported {
        added,
        copies,
        same,
        cases,
    }
}

#[component]
pub fn DraftsPage() -> impl IntoView {
    let i18n = use_i18n();
    let list = LocalResource::new(load_all);
    let notice = RwSignal::new(None::<Notice>);
    // An encrypted backup chosen for import, waiting for its passphrase.
    let encrypted = RwSignal::new(None::<mla_core::vault::EncryptedBackup>);
    // The id of the draft whose title is being edited in place, if any.
    let renaming = RwSignal::new(None::<String>);

    let reload = move || list.refetch();
    let delete = move |d: Draft| {
        spawn_local(async move {
            let result = stored::delete(&d.id).await;
            notice.set(Some(match result {
                Ok(()) => Notice::Deleted(d),
                Err(e) => Notice::StorageFailed(e),
            }));
            reload();
        })
    };
    // Undo: the draft as it was listed, saved over its tombstone as a newer
    // revision (the save continues the stored history), so a replica sees
    // the restore as the latest change rather than a conflict.
    let restore = move |mut d: Draft| {
        spawn_local(async move {
            notice.set(save(&mut d).await.err().map(Notice::StorageFailed));
            reload();
        })
    };
    let duplicate = move |d: Draft| {
        spawn_local(async move {
            let mut copy = d.copy_with_id(ids::draft_id());
            copy.title =
                t_string!(i18n, drafts_copy_of, title = draft_title(i18n, &d.title)).to_string();
            copy.created = ids::now();
            copy.updated = copy.created.clone();
            notice.set(save(&mut copy).await.err().map(Notice::StorageFailed));
            reload();
        })
    };
    let rename = move |mut d: Draft, title: String| {
        spawn_local(async move {
            d.title = title;
            d.updated = ids::now();
            notice.set(save(&mut d).await.err().map(Notice::StorageFailed));
            renaming.set(None);
            reload();
        })
    };
    let store_imported = move |mut d: Draft| {
        spawn_local(async move {
            let title = draft_title(i18n, &d.title);
            notice.set(Some(match import(&mut d).await {
                Ok(()) => Notice::Imported(title),
                Err(e) => Notice::StorageFailed(e),
            }));
            reload();
        })
    };
    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        spawn_local(async move {
            let Ok(text) = wasm_bindgen_futures::JsFuture::from(file.text()).await else {
                notice.set(Some(Notice::FileUnreadable));
                return;
            };
            let text = text.as_string().unwrap_or_default();
            if backup::is_backup(&text) {
                notice.set(Some(import_backup(i18n, &text).await));
                reload();
                return;
            }
            if mla_core::vault::is_encrypted_backup(&text) {
                match mla_core::vault::parse_encrypted_backup(&text) {
                    Ok(file) => encrypted.set(Some(file)),
                    Err(e) => notice.set(Some(Notice::ImportFailed(e))),
                }
                return;
            }
            let incoming = match parse_draft(&text) {
                Ok(d) => d,
                Err(e) => {
                    notice.set(Some(Notice::ImportFailed(e)));
                    return;
                }
            };
            // Never overwrite without asking.
            let existing = stored::load(&incoming.id).await.ok().flatten();
            match existing {
                Some(e) => notice.set(Some(Notice::Conflict {
                    incoming,
                    existing_title: draft_title(i18n, &e.title),
                })),
                None => store_imported(incoming),
            }
        });
    };

    let notice_view = move || {
        notice.get().map(|n| match n {
            Notice::Deleted(d) => {
                let title = draft_title(i18n, &d.title);
                view! {
                    <div class="notice" role="status">
                        <span>{t_string!(i18n, drafts_deleted, title = title).to_string()}</span>
                        " "
                        <button type="button" class="button button--secondary" on:click=move |_| restore(d.clone())>{t!(i18n, drafts_undo)}</button>
                    </div>
                }.into_any()
            }
            Notice::Imported(title) => view! {
                <div class="notice" role="status">{t_string!(i18n, import_done, title = title).to_string()}</div>
            }.into_any(),
            Notice::BackupImported { added, copies, same, cases } => view! {
                <div class="notice" role="status">
                    <p>{t_string!(i18n, import_backup_done, added = added, copies = copies, same = same).to_string()}</p>
                    {cases.map(|r| view! {
                        <p>{t_string!(i18n, cases_imported, added = r.cases_added, updated = r.cases_updated, events = r.events_added).to_string()}</p>
                        {(!r.cases_in_conflict.is_empty()).then(|| view! {
                            <p>{t_string!(i18n, cases_import_conflicts, list = r.cases_in_conflict.join(", ")).to_string()}</p>
                        })}
                    })}
                </div>
            }.into_any(),
            Notice::FileUnreadable => view! {
                <div class="error-summary" role="alert">
                    <h2>{t!(i18n, import_error_title)}</h2>
                    <p>{t!(i18n, import_unreadable)}</p>
                </div>
            }.into_any(),
            Notice::ImportFailed(e) => view! {
                <div class="error-summary" role="alert">
                    <h2>{t!(i18n, import_error_title)}</h2>
                    <p>{errors::import(i18n, &e)}</p>
                    <TechnicalDetail detail=errors::import_detail(&e) />
                </div>
            }.into_any(),
            Notice::StorageFailed(e) => view! {
                <div class="error-summary" role="alert">
                    <p>{errors::storage(i18n, &e)}</p>
                    <TechnicalDetail detail=e.detail().map(str::to_string) />
                </div>
            }.into_any(),
            Notice::Conflict { incoming, existing_title } => {
                let replace = incoming.clone();
                let both = incoming.clone();
                view! {
                    <div class="notice" role="alert">
                        <p>{t_string!(i18n, import_conflict, title = existing_title).to_string()}</p>
                        <button type="button" class="button button--warning" on:click=move |_| store_imported(replace.clone())>{t!(i18n, import_replace)}</button>
                        " "
                        <button type="button" class="button button--secondary" on:click=move |_| {
                            store_imported(both.copy_with_id(ids::draft_id()))
                        }>{t!(i18n, import_keep_both)}</button>
                        " "
                        <button type="button" class="button button--secondary" on:click=move |_| notice.set(None)>{t!(i18n, import_cancel)}</button>
                    </div>
                }.into_any()
            }
        })
    };

    let rows = move || {
        list.get().map(|r| match r {
            Err(e) => view! {
                <div role="alert">
                    <p class="field__error">{errors::storage(i18n, &e)}</p>
                    <TechnicalDetail detail=e.detail().map(str::to_string) />
                </div>
            }.into_any(),
            Ok(all) if all.is_empty() => view! {
                <p class="empty">{t!(i18n, drafts_empty)}</p>
            }.into_any(),
            Ok(all) => view! {
                <table class="drafts">
                    <thead><tr>
                        <th scope="col">{t!(i18n, drafts_col_title)}</th>
                        <th scope="col">{t!(i18n, drafts_col_state)}</th>
                        <th scope="col">{t!(i18n, drafts_col_updated)}</th>
                        <th scope="col">{t!(i18n, drafts_col_status)}</th>
                        <th scope="col">{t!(i18n, drafts_col_actions)}</th>
                    </tr></thead>
                    <tbody>
                        {all.into_iter().map(|d| {
                            let s = DraftSummary::of(&d);
                            let title = draft_title(i18n, &s.title);
                            let status = if s.counts.blocking == 0 {
                                t_string!(i18n, drafts_complete).to_string()
                            } else {
                                t_string!(i18n, drafts_blocking, count = s.counts.blocking).to_string()
                            };
                            let updated = js_sys::Date::new(&s.updated.clone().into()).to_locale_string(i18n.get_locale_untracked().as_str(), &wasm_bindgen::JsValue::UNDEFINED);
                            let (for_dup, for_del, for_export, for_rename) = (d.clone(), d.clone(), d.clone(), d.clone());
                            let row_id = s.id.clone();
                            let editing = move || renaming.get().as_deref() == Some(row_id.as_str());
                            let start_id = s.id.clone();
                            view! {
                                <tr>
                                    <th scope="row">
                                        {move || {
                                            let (d, t) = (for_rename.clone(), title.clone());
                                            if editing() {
                                                view! { <RenameForm draft=d on_save=rename on_cancel=move || renaming.set(None) /> }.into_any()
                                            } else {
                                                let href = format!("/drafts/{}", d.id);
                                                view! { <A href=href>{t}</A> }.into_any()
                                            }
                                        }}
                                    </th>
                                    <td>{s.requested_state}</td>
                                    <td>{String::from(updated)}</td>
                                    <td>{status}</td>
                                    <td class="drafts__actions">
                                        <button type="button" class="button button--secondary" on:click=move |_| renaming.set(Some(start_id.clone()))>{t!(i18n, drafts_rename)}</button>
                                        <button type="button" class="button button--secondary" on:click=move |_| duplicate(for_dup.clone())>{t!(i18n, drafts_duplicate)}</button>
                                        <button type="button" class="button button--secondary" on:click=move |_| download(&draft_file::file_name(&for_export), &to_json(&for_export), "application/json")>{t!(i18n, drafts_export)}</button>
                                        <button type="button" class="button button--secondary" on:click=move |_| delete(for_del.clone())>{t!(i18n, drafts_delete)}</button>
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            }.into_any(),
        })
    };

    view! {
        <PageHeading text=Signal::derive(move || t_string!(i18n, drafts_title).to_string()) />
        <crate::components::due_list::DueList />
        {notice_view}
        <p><A href="/new" attr:class="button">{t!(i18n, drafts_start)}</A></p>
        {rows}
        {move || list.get().and_then(|r| r.ok()).filter(|all| !all.is_empty()).map(|_| view! {
            <crate::pages::backup::BackupForm />
        })}
        {move || encrypted.get().map(|file| view! {
            <EncryptedImport file=file on_done={move |n: Option<Notice>| {
                encrypted.set(None);
                if let Some(n) = n {
                    notice.set(Some(n));
                    reload();
                }
            }} />
        })}
        <crate::pages::training::Exercises on_loaded=move || reload() />
        <FieldFrame id="import-file" label=label!(i18n, drafts_import)>
            <input id="import-file" type="file" accept=".json,application/json" on:change=on_file />
        </FieldFrame>
    }
}

/// The passphrase of an encrypted backup being imported. Nothing is
/// written until the whole file has decrypted and validated.
#[component]
fn EncryptedImport(
    file: mla_core::vault::EncryptedBackup,
    on_done: impl Fn(Option<Notice>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    use crate::components::form::{error_of, ErrorSummary, InputField};
    let i18n = use_i18n();
    let pass = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<(String, String)>::new());
    let busy = RwSignal::new(false);
    let file = StoredValue::new(file);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let passphrase = pass.get_untracked();
        if passphrase.is_empty() {
            errors.set(vec![(
                "restore-passphrase".into(),
                t_string!(i18n, profiles_enter_passphrase).to_string(),
            )]);
            return;
        }
        busy.set(true);
        spawn_local(async move {
            let opened = crate::crypto::open_backup(&passphrase, &file.get_value()).await;
            busy.set(false);
            match opened {
                Ok(plain) => on_done(Some(import_backup(i18n, &plain).await)),
                Err(_) => errors.set(vec![(
                    "restore-passphrase".into(),
                    t_string!(i18n, import_encrypted_wrong).to_string(),
                )]),
            }
        });
    };
    view! {
        <section aria-labelledby="restore-heading" class="panel">
            <h2 id="restore-heading">{t!(i18n, import_encrypted_heading)}</h2>
            <ErrorSummary errors=errors />
            <form on:submit=submit novalidate>
                <InputField id="restore-passphrase" kind="password" autocomplete="off"
                    label=Signal::derive(move || t_string!(i18n, import_encrypted_passphrase).to_string())
                    error=error_of(errors, "restore-passphrase") value=pass />
                <button type="submit" class="button" disabled=busy>{t!(i18n, import_encrypted_open)}</button>
                " "
                <button type="button" class="button button--secondary" on:click=move |_| on_done(None)>{t!(i18n, cancel)}</button>
            </form>
        </section>
    }
}

/// Renaming a draft in place: a labelled field, Save and Cancel.
#[component]
fn RenameForm(
    draft: Draft,
    on_save: impl Fn(Draft, String) + Copy + 'static,
    on_cancel: impl Fn() + Copy + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let input_id = format!("rename-{}", draft.id);
    let label = t_string!(
        i18n,
        drafts_rename_label,
        title = draft_title(i18n, &draft.title)
    )
    .to_string();
    let value = RwSignal::new(draft.title.clone());
    let input = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if let Some(el) = input.get() {
            let _ = el.focus();
        }
    });
    view! {
        <form class="rename" on:submit=move |ev| {
            ev.prevent_default();
            on_save(draft.clone(), value.get_untracked())
        }>
            <FieldFrame id=input_id.clone() label=label>
                <input id=input_id.clone() node_ref=input class="field__control" type="text" prop:value=value
                    on:input=move |ev| value.set(event_target_value(&ev)) />
            </FieldFrame>
            <button type="submit" class="button">{t!(i18n, drafts_rename_save)}</button>
            " "
            <button type="button" class="button button--secondary" on:click=move |_| on_cancel()>{t!(i18n, import_cancel)}</button>
        </form>
    }
}
