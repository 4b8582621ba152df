//! Bringing drafts written by older versions up to the current format.
//!
//! Migrations work on JSON values, one step per version, so that a file of
//! any earlier version passes through every step after it. They run on every
//! load (from IndexedDB or an imported file), so stored data never needs a
//! bulk rewrite when the format changes.

use serde_json::{json, Map, Value};

use crate::model::SCHEMA_VERSION;

/// Why a value could not be migrated.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MigrateError {
    /// The value is not a JSON object.
    #[error("not a draft: the file is not a JSON object")]
    NotAnObject,
    /// There is no `schema_version`, so the format cannot be known.
    #[error("not a draft: no schema_version")]
    NoVersion,
    /// Written by a newer version of the app than this one.
    #[error("schema_version {found} is newer than this app supports ({supported})")]
    TooNew { found: u64, supported: u32 },
}

/// The format version a JSON value declares.
pub fn version_of(value: &Value) -> Result<u64, MigrateError> {
    let obj = value.as_object().ok_or(MigrateError::NotAnObject)?;
    obj.get("schema_version")
        .and_then(Value::as_u64)
        .ok_or(MigrateError::NoVersion)
}

/// Migrates a draft value of any supported version to [`SCHEMA_VERSION`].
pub fn migrate(mut value: Value) -> Result<Value, MigrateError> {
    let mut version = version_of(&value)?;
    if version > u64::from(SCHEMA_VERSION) {
        return Err(MigrateError::TooNew {
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    while version < u64::from(SCHEMA_VERSION) {
        let obj = value.as_object_mut().ok_or(MigrateError::NotAnObject)?;
        match version {
            1 => v1_to_v2(obj),
            // Version 3 added `document` (layout and final edits), which
            // defaults to empty: nothing to rewrite.
            2 => {}
            _ => return Err(MigrateError::NoVersion),
        }
        version += 1;
        obj.insert("schema_version".into(), json!(version));
    }
    Ok(value)
}

/// Version 1 kept the legal basis and the facts as single texts and put a
/// measure's type fields beside its links. Version 2 lists instruments,
/// separates the facts a measure can point to, and nests the type fields
/// under `details`.
fn v1_to_v2(obj: &mut Map<String, Value>) {
    if let Some(Value::String(text)) = obj.remove("legal_basis") {
        let instruments = if text.trim().is_empty() {
            vec![]
        } else {
            vec![json!({ "id": "lb-1", "title": text, "articles": "" })]
        };
        obj.insert(
            "legal_basis".into(),
            json!({ "instruments": instruments, "reciprocity": false }),
        );
    }
    if let Some(Value::String(summary)) = obj.remove("facts") {
        obj.insert("facts".into(), json!({ "summary": summary, "items": [] }));
    }
    if let Some(Value::Array(measures)) = obj.get_mut("measures") {
        for m in measures.iter_mut().filter_map(Value::as_object_mut) {
            nest_measure_details(m);
        }
    }
}

const MEASURE_LINK_FIELDS: [&str; 5] = ["id", "purpose", "fact_ids", "person_ids", "offence_ids"];

fn nest_measure_details(m: &mut Map<String, Value>) {
    let mut details = Map::new();
    let keys: Vec<String> = m.keys().cloned().collect();
    for key in keys {
        if !MEASURE_LINK_FIELDS.contains(&key.as_str()) {
            if let Some(v) = m.remove(&key) {
                // Version 1 called the tag "kind".
                let key = if key == "kind" {
                    "type".to_string()
                } else {
                    key
                };
                details.insert(key, v);
            }
        }
    }
    m.insert("details".into(), Value::Object(details));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn current_version_is_untouched() {
        let v = json!({ "schema_version": SCHEMA_VERSION, "id": "x" });
        assert_eq!(migrate(v.clone()).unwrap(), v);
    }

    #[test]
    fn version_2_gains_an_empty_document_section() {
        let v2 = json!({ "schema_version": 2, "id": "x", "language": "fr" });
        let migrated = migrate(v2).unwrap();
        assert_eq!(migrated["schema_version"], json!(3));
        let draft: crate::Draft = serde_json::from_value(migrated).unwrap();
        assert!(draft.document.edits.is_empty() && draft.document.bilingual.is_none());
    }

    #[test]
    fn newer_and_unversioned_files_are_refused() {
        assert_eq!(
            migrate(json!({ "schema_version": 99 })),
            Err(MigrateError::TooNew {
                found: 99,
                supported: SCHEMA_VERSION
            })
        );
        assert_eq!(migrate(json!({ "id": "x" })), Err(MigrateError::NoVersion));
        assert_eq!(migrate(json!([1, 2])), Err(MigrateError::NotAnObject));
    }
}
