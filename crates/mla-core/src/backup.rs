//! A backup of every draft on this device in one file, and reading it back.
//!
//! The file is validated as a whole before anything is written: one broken
//! draft refuses the file, naming it. Drafts migrate like single draft files.
//! On import, a draft whose id exists with other content is kept as a copy
//! under a new id, so neither version is lost. The encrypted backup
//! (`vault::encrypted_backup`) wraps this same text.
//!
//! Version 2 adds `register`: the case register, as the register file's own
//! JSON object ([`crate::cases::file`]), checked as strictly as that file.
//! Version 1 files (drafts only) still read; writing always writes 2.

use serde::{Deserialize, Serialize};

use crate::cases::file::{register_from_value, to_value, Register};
use crate::draft_file::{parse_draft, read_json, ImportError};
use crate::model::Draft;

/// The `format` field that marks a backup file.
pub const BACKUP_FORMAT: &str = "mla-request-writer-backup";
/// 2: the optional `register`.
pub const BACKUP_VERSION: u32 = 2;

#[derive(Debug, Serialize, Deserialize)]
struct BackupFile {
    format: String,
    version: u32,
    created: String,
    drafts: Vec<serde_json::Value>,
    /// Since version 2; absent (or null) when the backup has no register.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    register: Option<serde_json::Value>,
}

/// The backup file for these drafts. A deleted draft (a tombstone) is not
/// a draft to restore and is left out.
pub fn to_backup(drafts: &[Draft], now: &str) -> String {
    write(drafts, None, now)
}

/// The backup file for these drafts and the case register.
pub fn to_backup_with_register(drafts: &[Draft], register: &Register, now: &str) -> String {
    write(drafts, Some(to_value(register, now)), now)
}

fn write(drafts: &[Draft], register: Option<serde_json::Value>, now: &str) -> String {
    let file = BackupFile {
        format: BACKUP_FORMAT.into(),
        version: BACKUP_VERSION,
        created: now.into(),
        drafts: drafts
            .iter()
            .filter(|d| !d.deleted)
            .filter_map(|d| serde_json::to_value(d).ok())
            .collect(),
        register,
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Whether `text` is a backup (rather than a single draft).
pub fn is_backup(text: &str) -> bool {
    serde_json::from_str::<serde_json::Value>(text)
        .ok()
        .and_then(|v| {
            v.get("format")
                .and_then(|f| f.as_str())
                .map(|f| f == BACKUP_FORMAT)
        })
        .unwrap_or(false)
}

/// Every draft of a backup, or the first problem, its path prefixed with
/// the draft's place in the file (`drafts[2].title`). The register, if
/// any, is checked too: a backup is refused whole or not at all.
pub fn parse_backup(text: &str) -> Result<Vec<Draft>, ImportError> {
    parse_backup_full(text).map(|(drafts, _)| drafts)
}

/// Every draft and the register of a backup (none in a version 1 file),
/// or the first problem; a problem in the register has its path prefixed
/// with `register.` (`register.cases[0].direction`).
pub fn parse_backup_full(text: &str) -> Result<(Vec<Draft>, Option<Register>), ImportError> {
    let file: BackupFile = read_json(text)?;
    if file.version > BACKUP_VERSION {
        return Err(ImportError::Version(crate::migrate::MigrateError::TooNew {
            found: u64::from(file.version),
            supported: BACKUP_VERSION,
        }));
    }
    let drafts = file
        .drafts
        .iter()
        .enumerate()
        .map(|(i, value)| {
            parse_draft(&value.to_string()).map_err(|e| match e {
                ImportError::Invalid { path, reason } => ImportError::Invalid {
                    path: format!("drafts[{i}].{path}"),
                    reason,
                },
                ImportError::MissingId => ImportError::Invalid {
                    path: format!("drafts[{i}].id"),
                    reason: "the draft has no id".into(),
                },
                other => other,
            })
        })
        .collect::<Result<Vec<Draft>, ImportError>>()?;
    let register = file.register.map(parse_register_part).transpose()?;
    Ok((drafts, register))
}

/// The `register` of a backup, its problems placed under `register`.
fn parse_register_part(value: serde_json::Value) -> Result<Register, ImportError> {
    if !value.is_object() {
        return Err(ImportError::Invalid {
            path: "register".into(),
            reason: "expected the register file's object".into(),
        });
    }
    register_from_value(value).map_err(|e| match e {
        ImportError::Invalid { path, reason } => ImportError::Invalid {
            // serde_path_to_error writes the top level as ".".
            path: match path.as_str() {
                "" | "." => "register".into(),
                _ => format!("register.{path}"),
            },
            reason,
        },
        other => other,
    })
}

/// What importing a backup does to each draft.
#[derive(Debug, Clone, PartialEq)]
pub enum Merge {
    /// New on this device: stored as it is.
    Add(Draft),
    /// The same id with other content: stored as a copy under a new id.
    Copy(Draft),
    /// Already here, saying the same (whatever its revision): nothing to do.
    Same,
}

/// Plans the import of `incoming` against the drafts already stored
/// (tombstones left out, as [`crate::drafts::list`] leaves them);
/// `new_id` gives fresh ids for copies. Drafts are compared by content,
/// not revision: the same draft saved once more unchanged, or stored here
/// under another revision, is the same draft and is not copied. A
/// tombstone in the file (none is written, but a file can be made by
/// hand) is left out: there is nothing to restore.
pub fn merge(
    existing: &[Draft],
    incoming: Vec<Draft>,
    mut new_id: impl FnMut() -> String,
) -> Vec<Merge> {
    incoming
        .into_iter()
        .filter(|d| !d.deleted)
        .map(|d| match existing.iter().find(|e| e.id == d.id) {
            None => Merge::Add(d),
            Some(e) if e.same_content(&d) => Merge::Same,
            Some(_) => Merge::Copy(d.copy_with_id(new_id())),
        })
        .collect()
}
