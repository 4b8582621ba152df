//! `mla schema`: the JSON Schema of the draft file format, generated from
//! the model so it cannot drift from what the app reads.

use std::process::ExitCode;

use mla_core::model::Draft;

/// The schema as pretty JSON.
pub fn draft_schema() -> String {
    let schema = schemars::schema_for!(Draft);
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}

/// Runs `mla schema`.
pub fn run(_args: &[String]) -> ExitCode {
    print!("{}", draft_schema());
    ExitCode::SUCCESS
}
