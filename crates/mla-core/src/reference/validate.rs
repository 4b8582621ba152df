//! Reading `directory.json` and `treaties.json` exactly as the app does:
//! JSON, then the format version, then the shape (with the JSON path of the
//! first mismatch), then every semantic problem at once. `mla validate-data`
//! prints the same errors.

use std::collections::HashSet;
use std::fmt;

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::countries;
use super::directory::{parse_hhmm, Directory};
use super::treaties::Treaties;
use super::FORMAT_VERSION;
use crate::rules::is_iso_date;

/// Which of the two files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DataFile {
    Directory,
    Treaties,
}

impl DataFile {
    pub fn file_name(self) -> &'static str {
        match self {
            DataFile::Directory => "directory.json",
            DataFile::Treaties => "treaties.json",
        }
    }
}

impl fmt::Display for DataFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.file_name())
    }
}

/// What is wrong. Each variant has a message key (`data_problem_<key>` in
/// the UI catalogues); `value` is the offending text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    NotJson {
        line: usize,
        column: usize,
    },
    OlderFormat {
        found: u64,
    },
    NewerFormat {
        found: u64,
    },
    /// Wrong type, unknown or missing field; `detail` is serde's wording.
    Shape {
        detail: String,
    },
    Empty,
    DuplicateId {
        value: String,
    },
    UnknownCountry {
        value: String,
    },
    BadDate {
        value: String,
    },
    BadTime {
        value: String,
    },
    HoursOrder,
    BadTimeZone {
        value: String,
    },
    BadLanguage {
        value: String,
    },
}

impl Problem {
    pub fn key(&self) -> &'static str {
        match self {
            Problem::NotJson { .. } => "not_json",
            Problem::OlderFormat { .. } => "older_format",
            Problem::NewerFormat { .. } => "newer_format",
            Problem::Shape { .. } => "shape",
            Problem::Empty => "empty",
            Problem::DuplicateId { .. } => "duplicate_id",
            Problem::UnknownCountry { .. } => "unknown_country",
            Problem::BadDate { .. } => "bad_date",
            Problem::BadTime { .. } => "bad_time",
            Problem::HoursOrder => "hours_order",
            Problem::BadTimeZone { .. } => "bad_time_zone",
            Problem::BadLanguage { .. } => "bad_language",
        }
    }

    /// The offending value or detail, for the message's `{value}`.
    pub fn value(&self) -> String {
        match self {
            Problem::NotJson { line, column } => format!("{line}:{column}"),
            Problem::OlderFormat { found } | Problem::NewerFormat { found } => found.to_string(),
            Problem::Shape { detail } => detail.clone(),
            Problem::DuplicateId { value }
            | Problem::UnknownCountry { value }
            | Problem::BadDate { value }
            | Problem::BadTime { value }
            | Problem::BadTimeZone { value }
            | Problem::BadLanguage { value } => value.clone(),
            Problem::Empty | Problem::HoursOrder => String::new(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::NotJson { line, column } => {
                write!(f, "not JSON (line {line}, column {column})")
            }
            Problem::OlderFormat { found } => write!(
                f,
                "format version {found} is older than {FORMAT_VERSION}, which this app reads: export the file again with the current tools"
            ),
            Problem::NewerFormat { found } => write!(
                f,
                "format version {found} is newer than {FORMAT_VERSION}: update the app"
            ),
            Problem::Shape { detail } => f.write_str(detail),
            Problem::Empty => f.write_str("must not be empty"),
            Problem::DuplicateId { value } => write!(f, "id {value:?} is used twice"),
            Problem::UnknownCountry { value } => {
                write!(f, "{value:?} is not an ISO 3166-1 alpha-2 code of a UN member State, EU, VA or PS")
            }
            Problem::BadDate { value } => write!(f, "{value:?} is not a date written YYYY-MM-DD"),
            Problem::BadTime { value } => write!(f, "{value:?} is not a time written HH:MM"),
            Problem::HoursOrder => f.write_str("closes before it opens"),
            Problem::BadTimeZone { value } => {
                write!(f, "{value:?} is not an IANA time zone such as Europe/Paris")
            }
            Problem::BadLanguage { value } => {
                write!(f, "{value:?} is not a BCP 47 language tag such as fr or sr-Latn")
            }
        }
    }
}

/// One problem in a file: where (JSON path, and the id of the record it is
/// in, when known) and what.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct DataError {
    pub file: DataFile,
    pub path: String,
    pub record: Option<String>,
    pub problem: Problem,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(id) = &self.record {
            write!(f, ", record {id:?}")?;
        }
        if !self.path.is_empty() {
            write!(f, ", {}", self.path)?;
        }
        write!(f, ": {}", self.problem)
    }
}

/// Reads and validates `directory.json`.
pub fn parse_directory(text: &str) -> Result<Directory, Vec<DataError>> {
    let (value, dir) = parse_as::<Directory>(DataFile::Directory, text)?;
    let mut v = Validator::new(DataFile::Directory, &value);
    v.date("data_date", &dir.data_date);
    let mut ids = HashSet::new();
    for (i, a) in dir.authorities.iter().enumerate() {
        let at = |field: &str| format!("authorities[{i}].{field}");
        v.id(&at("id"), &a.id, &mut ids);
        v.country(&at("country"), &a.country);
        v.non_empty(&at("name"), &a.name);
        v.non_empty_list(&at("designations"), a.designations.is_empty());
        v.time_zone(&at("time_zone"), &a.time_zone);
        for (j, l) in a.working_languages.iter().enumerate() {
            v.language(&at(&format!("working_languages[{j}]")), l);
        }
        for (j, l) in a.accepted_languages.iter().enumerate() {
            v.language(&at(&format!("accepted_languages[{j}]")), l);
        }
        for (j, h) in a.office_hours.iter().enumerate() {
            let hours = |f: &str| at(&format!("office_hours[{j}].{f}"));
            v.non_empty_list(&hours("days"), h.days.is_empty());
            let opens = v.time(&hours("opens"), &h.opens);
            let closes = v.time(&hours("closes"), &h.closes);
            if let (Some(o), Some(c)) = (opens, closes) {
                if c <= o {
                    v.push(hours("closes"), Problem::HoursOrder);
                }
            }
        }
        v.date(&at("last_updated"), &a.last_updated);
    }
    v.finish(dir)
}

/// Reads and validates `treaties.json`.
pub fn parse_treaties(text: &str) -> Result<Treaties, Vec<DataError>> {
    let (value, file) = parse_as::<Treaties>(DataFile::Treaties, text)?;
    let mut v = Validator::new(DataFile::Treaties, &value);
    v.date("data_date", &file.data_date);
    let mut ids = HashSet::new();
    for (i, t) in file.instruments.iter().enumerate() {
        let at = |field: &str| format!("instruments[{i}].{field}");
        v.id(&at("id"), &t.id, &mut ids);
        v.non_empty(&at("title"), &t.title);
        v.non_empty_list(&at("subjects"), t.subjects.is_empty());
        v.non_empty_list(&at("parties"), t.parties.is_empty());
        for (j, p) in t.parties.iter().enumerate() {
            let party = |f: &str| at(&format!("parties[{j}].{f}"));
            v.country(&party("country"), &p.country);
            for (name, date) in [
                ("signature", &p.signature),
                ("ratification", &p.ratification),
                ("entry_into_force", &p.entry_into_force),
            ] {
                if let Some(d) = date {
                    v.date(&party(name), d);
                }
            }
        }
        for (j, d) in t.declarations.iter().enumerate() {
            v.country(&at(&format!("declarations[{j}].country")), &d.country);
            v.non_empty(&at(&format!("declarations[{j}].text")), &d.text);
        }
    }
    v.finish(file)
}

/// JSON, then the format version, then the shape.
fn parse_as<T: DeserializeOwned>(file: DataFile, text: &str) -> Result<(Value, T), Vec<DataError>> {
    let error = |path: String, record: Option<String>, problem| {
        vec![DataError {
            file,
            path,
            record,
            problem,
        }]
    };
    let value: Value = serde_json::from_str(text).map_err(|e| {
        error(
            String::new(),
            None,
            Problem::NotJson {
                line: e.line(),
                column: e.column(),
            },
        )
    })?;
    if let Some(found) = value.get("format_version").and_then(Value::as_u64) {
        let wanted = u64::from(FORMAT_VERSION);
        if found < wanted {
            return Err(error(
                "format_version".into(),
                None,
                Problem::OlderFormat { found },
            ));
        }
        if found > wanted {
            return Err(error(
                "format_version".into(),
                None,
                Problem::NewerFormat { found },
            ));
        }
    }
    match serde_path_to_error::deserialize::<_, T>(value.clone()) {
        Ok(parsed) => Ok((value, parsed)),
        Err(e) => {
            let path = e.path().to_string();
            let path = if path == "." { String::new() } else { path };
            let record = record_id(&value, &path);
            Err(error(
                path,
                record,
                Problem::Shape {
                    detail: e.inner().to_string(),
                },
            ))
        }
    }
}

/// The id of the record a path such as `authorities[3].phone` is in.
fn record_id(value: &Value, path: &str) -> Option<String> {
    let (list, rest) = path.split_once('[')?;
    let index: usize = rest.split(']').next()?.parse().ok()?;
    value
        .get(list)?
        .get(index)?
        .get("id")?
        .as_str()
        .map(str::to_string)
}

/// Collects every semantic problem of a parsed file.
struct Validator<'a> {
    file: DataFile,
    value: &'a Value,
    errors: Vec<DataError>,
}

impl<'a> Validator<'a> {
    fn new(file: DataFile, value: &'a Value) -> Self {
        Validator {
            file,
            value,
            errors: Vec::new(),
        }
    }

    fn push(&mut self, path: String, problem: Problem) {
        let record = record_id(self.value, &path);
        self.errors.push(DataError {
            file: self.file,
            path,
            record,
            problem,
        });
    }

    fn non_empty(&mut self, path: &str, s: &str) {
        if s.trim().is_empty() {
            self.push(path.into(), Problem::Empty);
        }
    }

    fn non_empty_list(&mut self, path: &str, empty: bool) {
        if empty {
            self.push(path.into(), Problem::Empty);
        }
    }

    fn id(&mut self, path: &str, id: &str, seen: &mut HashSet<String>) {
        if id.trim().is_empty() {
            self.push(path.into(), Problem::Empty);
        } else if !seen.insert(id.to_string()) {
            self.push(path.into(), Problem::DuplicateId { value: id.into() });
        }
    }

    fn country(&mut self, path: &str, code: &str) {
        if !countries::is_known(code) {
            self.push(path.into(), Problem::UnknownCountry { value: code.into() });
        }
    }

    fn date(&mut self, path: &str, s: &str) {
        if !is_iso_date(s) {
            self.push(path.into(), Problem::BadDate { value: s.into() });
        }
    }

    fn time(&mut self, path: &str, s: &str) -> Option<u32> {
        let minutes = parse_hhmm(s);
        if minutes.is_none() {
            self.push(path.into(), Problem::BadTime { value: s.into() });
        }
        minutes
    }

    fn time_zone(&mut self, path: &str, s: &str) {
        if !is_iana_zone_name(s) {
            self.push(path.into(), Problem::BadTimeZone { value: s.into() });
        }
    }

    fn language(&mut self, path: &str, s: &str) {
        if !is_language_tag(s) {
            self.push(path.into(), Problem::BadLanguage { value: s.into() });
        }
    }

    fn finish<T>(self, parsed: T) -> Result<T, Vec<DataError>> {
        if self.errors.is_empty() {
            Ok(parsed)
        } else {
            Err(self.errors)
        }
    }
}

/// "Area/Location" as in the IANA database, or UTC. The app does not ship
/// the database; the browser's Intl API resolves the zone.
pub fn is_iana_zone_name(s: &str) -> bool {
    if s == "UTC" {
        return true;
    }
    let mut parts = s.split('/');
    let area_ok = parts.next().is_some_and(|a| {
        [
            "Africa",
            "America",
            "Antarctica",
            "Asia",
            "Atlantic",
            "Australia",
            "Europe",
            "Indian",
            "Pacific",
        ]
        .contains(&a)
    });
    let rest: Vec<&str> = parts.collect();
    area_ok
        && !rest.is_empty()
        && rest.iter().all(|p| {
            !p.is_empty()
                && p.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '+'))
        })
}

/// A BCP 47 tag of the simple form the directory uses: a 2–3 letter
/// language and optional subtags ("sr-Latn", "pt-BR").
pub fn is_language_tag(s: &str) -> bool {
    let mut parts = s.split('-');
    let primary_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_lowercase()));
    primary_ok
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}
