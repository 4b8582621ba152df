//! Bringing drafts written by older versions up to the current format.
//!
//! Migrations work on JSON values, one step per version, so that a file of
//! any earlier version passes through every step after it. They run on every
//! load (from IndexedDB or an imported file), so stored data never needs a
//! bulk rewrite when the format changes.

use serde_json::{json, Map, Value};

use crate::model::{IdentifierKind, SCHEMA_VERSION};

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
            3 => v3_to_v4(obj),
            4 => v4_to_v5(obj),
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

/// Version 3 kept a computer-data measure's identifiers as free text.
/// Version 4 lists electronic identifiers once for the draft (kind, value,
/// moment, time zone, port) and the measures refer to them by id. Each
/// non-blank line becomes an identifier whose value is the line as typed
/// (nothing is split off a line, so nothing is lost); the kind is guessed
/// only where unambiguous ([`IdentifierKind::guess`]). An IP address then
/// has no moment or time zone of its own, and the check says so where the
/// user can add them.
///
/// The ticks "order annexed" and "questions annexed" became references to
/// the annex (see the code for the rule).
///
/// Version 4 also added fields that default to empty (videoconference
/// details, an annex's language, a legal person's registration, the
/// subscriber-information measure): nothing to rewrite for those.
fn v3_to_v4(obj: &mut Map<String, Value>) {
    // "Order annexed" and "questions annexed" were ticks; version 4 names
    // the annex. With one annex, that is the one; with several, the tick
    // cannot say which, so none is chosen and the check (`search_order`,
    // `freezing_order`, `hearing_questions`) sends the user to choose it.
    let only_annex = match obj.get("annexes") {
        Some(Value::Array(a)) if a.len() == 1 => a[0].get("id").cloned(),
        _ => None,
    };
    if let Some(Value::Array(measures)) = obj.get_mut("measures") {
        for details in measures
            .iter_mut()
            .filter_map(|m| m.get_mut("details"))
            .filter_map(Value::as_object_mut)
        {
            for (tick, reference) in [
                ("order_annexed", "order_annex"),
                ("questions_annexed", "questions_annex"),
            ] {
                if let Some(ticked) = details.remove(tick) {
                    let annex = match (ticked, &only_annex) {
                        (Value::Bool(true), Some(id)) => id.clone(),
                        _ => json!(""),
                    };
                    details.insert(reference.into(), annex);
                }
            }
        }
    }
    let mut identifiers = Vec::new();
    if let Some(Value::Array(measures)) = obj.get_mut("measures") {
        for m in measures.iter_mut().filter_map(Value::as_object_mut) {
            let measure_id = m
                .get("id")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string();
            let Some(details) = m.get_mut("details").and_then(Value::as_object_mut) else {
                continue;
            };
            let typed = matches!(
                details.get("type").and_then(Value::as_str),
                Some("preservation" | "stored_data")
            );
            if !typed {
                continue;
            }
            let text = match details.remove("identifiers") {
                Some(Value::String(text)) => text,
                _ => String::new(),
            };
            let mut ids = Vec::new();
            for (n, line) in crate::questions::split_lines(&text).into_iter().enumerate() {
                let id = format!("i-{measure_id}-{}", n + 1);
                identifiers.push(json!({
                    "id": id,
                    "kind": IdentifierKind::guess(&line).as_str(),
                    "value": line,
                }));
                ids.push(Value::String(id));
            }
            details.insert("identifier_ids".into(), Value::Array(ids));
        }
    }
    obj.insert("identifiers".into(), Value::Array(identifiers));
}

/// Version 5 gives a draft a revision history in CouchDB's `_revisions`
/// form and a `deleted` flag (a deleted draft stays as a tombstone), as
/// the case register's records have, so drafts can later replicate.
///
/// A migrated draft gets an empty history, not a first revision: it was
/// never saved with one, and migration runs on every load without writing
/// back, so a revision made here would be recomputed at each load and
/// name a save that never happened. Its next save makes `1-…`, as for a
/// new draft, and an import of the file stores it that way. A version-4
/// draft was never deleted: deletion removed the record.
fn v4_to_v5(obj: &mut Map<String, Value>) {
    obj.entry("revisions")
        .or_insert_with(|| json!({ "start": 0, "ids": [] }));
    obj.entry("deleted").or_insert(Value::Bool(false));
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
        assert_eq!(migrated["schema_version"], json!(SCHEMA_VERSION));
        let draft: crate::Draft = serde_json::from_value(migrated).unwrap();
        assert!(draft.document.edits.is_empty() && draft.document.bilingual.is_none());
    }

    #[test]
    fn version_3_identifiers_become_identifier_records_linked_by_id() {
        let v3 = json!({ "schema_version": 3, "id": "x", "measures": [
            { "id": "m1", "details": { "type": "preservation",
                "identifiers": "192.0.2.7:50122\n\n  user@example.org \nhandle @smith on 4 May" } },
            { "id": "m2", "details": { "type": "stored_data", "identifiers": "" } },
            { "id": "m3", "details": { "type": "records", "holder": "Bank" } }
        ]});
        let migrated = migrate(v3).unwrap();
        let draft: crate::Draft = serde_json::from_value(migrated).unwrap();
        let kinds: Vec<(&str, &str, &str)> = draft
            .identifiers
            .iter()
            .map(|i| (i.id.as_str(), i.kind.as_str(), i.value.as_str()))
            .collect();
        assert_eq!(
            kinds,
            [
                ("i-m1-1", "ip_address", "192.0.2.7:50122"),
                ("i-m1-2", "email", "user@example.org"),
                ("i-m1-3", "other", "handle @smith on 4 May"),
            ]
        );
        match &draft.measures[0].details {
            crate::model::MeasureKind::Preservation(p) => {
                assert_eq!(p.identifier_ids, ["i-m1-1", "i-m1-2", "i-m1-3"])
            }
            other => panic!("{other:?}"),
        }
        match &draft.measures[1].details {
            crate::model::MeasureKind::StoredData(s) => assert!(s.identifier_ids.is_empty()),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn version_3_annex_ticks_name_the_annex_when_there_is_only_one() {
        let measures = json!([
            { "id": "m1", "details": { "type": "search_seizure", "order_annexed": true } },
            { "id": "m2", "details": { "type": "taking_evidence", "questions_annexed": false } },
            { "id": "m3", "details": { "type": "freezing", "order_annexed": true } }
        ]);
        let one = json!({ "schema_version": 3, "id": "x", "measures": measures,
            "annexes": [{ "id": "a7", "title": "Order" }] });
        let d: crate::Draft = serde_json::from_value(migrate(one).unwrap()).unwrap();
        let annexes: Vec<String> = d
            .measures
            .iter()
            .map(|m| serde_json::to_value(&m.details).unwrap())
            .map(|v| {
                v.get("order_annex")
                    .or(v.get("questions_annex"))
                    .unwrap()
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect();
        assert_eq!(annexes, ["a7", "", "a7"]);
        let two = json!({ "schema_version": 3, "id": "x", "measures": measures,
            "annexes": [{ "id": "a7" }, { "id": "a8" }] });
        let v = migrate(two).unwrap();
        assert_eq!(v["measures"][0]["details"]["order_annex"], "");
        assert!(v["measures"][0]["details"].get("order_annexed").is_none());
    }

    #[test]
    fn version_4_gains_an_empty_history_and_is_not_deleted() {
        let v4 = json!({ "schema_version": 4, "id": "x", "title": "Four" });
        let migrated = migrate(v4).unwrap();
        assert_eq!(migrated["schema_version"], json!(SCHEMA_VERSION));
        assert_eq!(migrated["revisions"], json!({ "start": 0, "ids": [] }));
        assert_eq!(migrated["deleted"], json!(false));
        let draft: crate::Draft = serde_json::from_value(migrated).unwrap();
        assert_eq!(draft.rev(), "");
        assert!(!draft.deleted);
        assert_eq!(draft.title, "Four");
        // Every older version passes through the same step.
        let v1 = migrate(json!({ "schema_version": 1, "id": "x" })).unwrap();
        assert_eq!(v1["revisions"], json!({ "start": 0, "ids": [] }));
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
