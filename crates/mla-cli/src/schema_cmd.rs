//! `mla schema [draft|directory|treaties]`: the JSON Schemas of the file
//! formats, generated from the core's types so they cannot drift from what
//! the app reads.

use std::process::ExitCode;

use mla_core::model::Draft;
use mla_core::reference::{Directory, Treaties};

/// The schema of the named format as pretty JSON.
pub fn schema(format: &str) -> Option<String> {
    let schema = match format {
        "draft" => schemars::schema_for!(Draft),
        "directory" => schemars::schema_for!(Directory),
        "treaties" => schemars::schema_for!(Treaties),
        _ => return None,
    };
    Some(serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n")
}

/// Runs `mla schema`; the draft format when no format is named.
pub fn run(args: &[String]) -> ExitCode {
    match schema(args.first().map(String::as_str).unwrap_or("draft")) {
        Some(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        None => {
            eprintln!("mla schema: unknown format; use draft, directory or treaties");
            ExitCode::from(2)
        }
    }
}
