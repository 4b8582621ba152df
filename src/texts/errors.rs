//! Every typed error of the app as a sentence in the UI language, one
//! function per error type. A sentence says what went wrong and what the
//! user can do; what the browser said (an error's `detail()`) is never part
//! of it, only of a separate, secondary "technical detail" line
//! (`components::technical_detail`).

use mla_core::draft_file::ImportError;
use mla_core::drafts::LoadError;
use mla_core::migrate::MigrateError;
use mla_core::reference::cache::SyncError;
use mla_core::reference::validate::{DataError, Problem};
use mla_core::storage::StorageError;
use mla_core::vault::{CryptoError, NameProblem, PassphraseProblem, ProfileListError};

use crate::exercises::ExerciseError;
use crate::i18n::*;
use crate::reference::http::HttpError;
use crate::reference::sync::SyncFailure;
use crate::render::RenderFailure;
use crate::storage::erase::EraseError;
use crate::vault::session::VaultError;

/// Problems of a refused data file shown at once; the rest are counted.
const SHOWN_PROBLEMS: usize = 10;

/// Two sentences: what failed here, then why and what to do.
fn then(first: impl std::fmt::Display, second: String) -> String {
    format!("{first} {second}")
}

/// Reading or writing the browser's storage.
pub fn storage(i18n: crate::I18n, e: &StorageError) -> String {
    match e {
        StorageError::QuotaExceeded => t_string!(i18n, storage_quota),
        StorageError::Unavailable { .. } => t_string!(i18n, storage_unavailable),
        StorageError::Outdated => t_string!(i18n, storage_upgraded_elsewhere),
        StorageError::Locked => t_string!(i18n, storage_locked),
        StorageError::Corrupt(_) => t_string!(i18n, storage_corrupt),
        StorageError::Encryption { .. } => t_string!(i18n, storage_encryption),
        StorageError::Unknown { .. } => t_string!(i18n, storage_unknown),
    }
    .to_string()
}

/// The draft being edited could not be saved (the autosave status).
pub fn unsaved(i18n: crate::I18n, e: &StorageError) -> String {
    then(t_string!(i18n, save_failed_kept), storage(i18n, e))
}

/// The browser's cryptography.
pub fn crypto(i18n: crate::I18n, e: &CryptoError) -> String {
    match e {
        CryptoError::Rejected => t_string!(i18n, crypto_rejected),
        CryptoError::Unavailable(_) => t_string!(i18n, crypto_unavailable),
    }
    .to_string()
}

/// The stored list of profiles.
pub fn profile_list(i18n: crate::I18n, e: &ProfileListError) -> String {
    match e {
        ProfileListError::UnsupportedVersion(v) if *v > 1 => t_string!(i18n, profile_list_newer),
        _ => t_string!(i18n, profile_list_damaged),
    }
    .to_string()
}

/// Opening, changing, locking or deleting a profile.
pub fn vault(i18n: crate::I18n, e: &VaultError) -> String {
    match e {
        VaultError::WrongPassphrase => t_string!(i18n, profiles_wrong_passphrase).to_string(),
        VaultError::Unsaved(e) => then(t_string!(i18n, lock_unsaved_intro), storage(i18n, e)),
        VaultError::Storage(e) => storage(i18n, e),
        VaultError::ProfileList(e) => profile_list(i18n, e),
        VaultError::Crypto(e) => crypto(i18n, e),
        VaultError::ProfileChanged => t_string!(i18n, vault_profile_changed).to_string(),
        VaultError::NotOpen => t_string!(i18n, vault_not_open).to_string(),
        VaultError::DefaultProfile => t_string!(i18n, vault_default_profile).to_string(),
    }
}

/// A new profile name that cannot be used.
pub fn name_problem(i18n: crate::I18n, p: NameProblem) -> String {
    match p {
        NameProblem::Empty => t_string!(i18n, profiles_name_empty),
        NameProblem::TooLong => t_string!(i18n, profiles_name_too_long),
        NameProblem::Taken => t_string!(i18n, profiles_name_taken),
    }
    .to_string()
}

/// A new passphrase that cannot be used.
pub fn passphrase_problem(i18n: crate::I18n, p: PassphraseProblem) -> String {
    match p {
        PassphraseProblem::TooShort => t_string!(i18n, profiles_passphrase_too_short),
        PassphraseProblem::Mismatch => t_string!(i18n, profiles_passphrase_mismatch),
    }
    .to_string()
}

/// Fetching one of the app's own files.
pub fn http(i18n: crate::I18n, e: &HttpError) -> String {
    match e {
        HttpError::Offline => t_string!(i18n, http_offline).to_string(),
        HttpError::Unreachable { .. } => t_string!(i18n, http_unreachable).to_string(),
        HttpError::BadHeader { .. } => t_string!(i18n, sync_bad_credentials).to_string(),
        HttpError::Unauthorized => t_string!(i18n, http_unauthorized).to_string(),
        HttpError::NotFound => t_string!(i18n, http_not_found).to_string(),
        HttpError::Server { status } => t_string!(i18n, http_server, status = *status).to_string(),
        HttpError::BadBody { .. } => t_string!(i18n, http_bad_body).to_string(),
    }
}

/// Loading a training exercise.
pub fn exercise(i18n: crate::I18n, e: &ExerciseError) -> String {
    let why = match e {
        ExerciseError::Fetch(e) => http(i18n, e),
        ExerciseError::Invalid(_) => t_string!(i18n, exercise_invalid).to_string(),
        ExerciseError::Storage(e) => storage(i18n, e),
    };
    then(t_string!(i18n, exercise_failed_intro), why)
}

/// "Erase this computer" did not finish.
pub fn erase(i18n: crate::I18n, e: &EraseError) -> String {
    let what = match e {
        EraseError::Database { .. } => t_string!(i18n, erase_failed_database),
        EraseError::Caches { .. } => t_string!(i18n, erase_failed_caches),
        EraseError::Browser { .. } => t_string!(i18n, erase_failed_browser),
    };
    then(what, t_string!(i18n, erase_failed_next).to_string())
}

/// A draft file, backup or encrypted backup chosen for import.
pub fn import(i18n: crate::I18n, e: &ImportError) -> String {
    match e {
        ImportError::NotJson { line, column, .. } => {
            t_string!(i18n, import_not_json, line = *line, column = *column).to_string()
        }
        ImportError::Version(MigrateError::TooNew { .. }) => {
            t_string!(i18n, import_too_new).to_string()
        }
        ImportError::Version(_) => t_string!(i18n, import_not_a_draft).to_string(),
        // The parser's reason is technical detail: see `import_detail`.
        ImportError::Invalid { path, .. } => {
            t_string!(i18n, import_invalid_field, path = path.clone()).to_string()
        }
        ImportError::MissingId => t_string!(i18n, import_missing_id).to_string(),
        ImportError::Unreadable => t_string!(i18n, draft_unreadable).to_string(),
    }
}

/// The parser's own words for an import error, for a technical-detail line.
pub fn import_detail(e: &ImportError) -> Option<String> {
    match e {
        ImportError::Invalid { reason, .. } => Some(reason.clone()),
        _ => None,
    }
}

/// A stored draft that could not be opened.
pub fn draft_load(i18n: crate::I18n, e: &LoadError) -> String {
    match e {
        LoadError::Storage(e) => storage(i18n, e),
        LoadError::Format(ImportError::Unreadable) => t_string!(i18n, draft_unreadable).to_string(),
        LoadError::Format(ImportError::Version(MigrateError::TooNew { .. })) => {
            t_string!(i18n, draft_load_newer).to_string()
        }
        LoadError::Format(_) => t_string!(i18n, draft_load_damaged).to_string(),
    }
}

/// What the browser or the parser said about a draft that did not load.
pub fn draft_load_detail(e: &LoadError) -> Option<String> {
    match e {
        LoadError::Storage(e) => e.detail().map(str::to_string),
        LoadError::Format(e) => Some(e.to_string()),
    }
}

/// Preparing or downloading the request document.
pub fn render(i18n: crate::I18n, f: RenderFailure) -> String {
    match f {
        RenderFailure::WorkerUnavailable => t_string!(i18n, doc_err_worker),
        RenderFailure::FontsUnavailable => t_string!(i18n, doc_err_fonts),
        RenderFailure::Failed => t_string!(i18n, doc_err_failed),
    }
    .to_string()
}

fn data_problem(i18n: crate::I18n, p: &Problem) -> String {
    let value = p.value();
    match p {
        Problem::NotJson { line, column } => {
            t_string!(i18n, data_problem_not_json, line = *line, column = *column).to_string()
        }
        Problem::OlderFormat { .. } => {
            t_string!(i18n, data_problem_older_format, value = value).to_string()
        }
        Problem::NewerFormat { .. } => {
            t_string!(i18n, data_problem_newer_format, value = value).to_string()
        }
        Problem::Shape { .. } => t_string!(i18n, data_problem_shape, value = value).to_string(),
        Problem::Empty => t_string!(i18n, data_problem_empty).to_string(),
        Problem::DuplicateId { .. } => {
            t_string!(i18n, data_problem_duplicate_id, value = value).to_string()
        }
        Problem::UnknownCountry { .. } => {
            t_string!(i18n, data_problem_unknown_country, value = value).to_string()
        }
        Problem::BadDate { .. } => {
            t_string!(i18n, data_problem_bad_date, value = value).to_string()
        }
        Problem::BadTime { .. } => {
            t_string!(i18n, data_problem_bad_time, value = value).to_string()
        }
        Problem::HoursOrder => t_string!(i18n, data_problem_hours_order).to_string(),
        Problem::BadTimeZone { .. } => {
            t_string!(i18n, data_problem_bad_time_zone, value = value).to_string()
        }
        Problem::BadLanguage { .. } => {
            t_string!(i18n, data_problem_bad_language, value = value).to_string()
        }
    }
}

/// One problem of a reference-data file: "directory.json, record
/// “fr-mla”, field authorities[3].phone: …"
pub fn data_error(i18n: crate::I18n, e: &DataError) -> String {
    let problem = data_problem(i18n, &e.problem);
    let file = e.file.file_name();
    match (&e.record, e.path.is_empty()) {
        (Some(record), _) => t_string!(
            i18n,
            data_error_record,
            file = file,
            record = record.clone(),
            path = e.path.clone(),
            problem = problem
        )
        .to_string(),
        (None, false) => t_string!(
            i18n,
            data_error_field,
            file = file,
            path = e.path.clone(),
            problem = problem
        )
        .to_string(),
        (None, true) => {
            t_string!(i18n, data_error_file, file = file, problem = problem).to_string()
        }
    }
}

/// A failed sync: the message, and the problems of refused data if any.
pub fn sync(i18n: crate::I18n, f: &SyncFailure) -> (String, Vec<String>) {
    let one = |s: String| (s, Vec::new());
    match f {
        SyncFailure::NoUrl => one(t_string!(i18n, sync_no_url).to_string()),
        SyncFailure::BadUrl => one(t_string!(i18n, sync_bad_url).to_string()),
        SyncFailure::Offline => one(t_string!(i18n, sync_offline).to_string()),
        SyncFailure::Unreachable { .. } => one(t_string!(i18n, sync_unreachable).to_string()),
        SyncFailure::BadCredentials => one(t_string!(i18n, sync_bad_credentials).to_string()),
        SyncFailure::Storage(e) => one(storage(i18n, e)),
        SyncFailure::Rejected(SyncError::Unauthorized) => {
            one(t_string!(i18n, sync_unauthorized).to_string())
        }
        SyncFailure::Rejected(SyncError::Forbidden) => {
            one(t_string!(i18n, sync_forbidden).to_string())
        }
        SyncFailure::Rejected(SyncError::NotFound { file }) => {
            one(t_string!(i18n, sync_not_found, file = file.file_name()).to_string())
        }
        SyncFailure::Rejected(SyncError::Http { file, status }) => {
            one(t_string!(i18n, sync_http, file = file.file_name(), status = *status).to_string())
        }
        SyncFailure::Rejected(SyncError::Invalid(errors)) => {
            let mut list: Vec<String> = errors
                .iter()
                .take(SHOWN_PROBLEMS)
                .map(|e| data_error(i18n, e))
                .collect();
            if errors.len() > SHOWN_PROBLEMS {
                list.push(
                    t_string!(
                        i18n,
                        sync_more_problems,
                        count = errors.len() - SHOWN_PROBLEMS
                    )
                    .to_string(),
                );
            }
            (
                t_string!(i18n, sync_invalid, count = errors.len()).to_string(),
                list,
            )
        }
    }
}
