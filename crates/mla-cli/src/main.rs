//! `mla`: the command line over the core. Glue only; the logic is in mla-core.

use std::process::ExitCode;

use mla_core::languages::{Lang, LANGUAGES};

mod cases_cmd;
mod check_cmd;
mod data;
mod encrypted;
mod messages;
mod render_cmd;
mod schema_cmd;
mod stats_tables;
mod validate_data_cmd;

const USAGE: &str = "\
usage: mla <command> [options]

commands:
  cases stats FILE [--lang LANG] [--csv] [--year YYYY]
        [--direction outgoing|incoming] [--passphrase-file PATH]
                              the case register's statistics (counts by
                              direction, status, kind, State and year,
                              refusals by ground, durations) from a register
                              file, a backup or an encrypted backup (its
                              passphrase from PATH, else MLA_PASSPHRASE, else
                              standard input); --csv prints one CSV per
                              table; exits 2 when the file cannot be read or
                              the passphrase is wrong
  check DRAFT.json [--lang LANG] [--data DIR] [--json]
                              report every completeness finding of a draft,
                              translated into LANG (default en) from the
                              app's locales; --data gives the reference data
                              for the requested authority's requirements;
                              exits 1 when a blocking finding exists, 2 when
                              the file cannot be read
  render DRAFT.json --lang LANG [--bilingual LANG2] [--paper a4|letter]
         [--data DIR] [--fonts DIR] --format pdf|docx -o OUT
                              the request document, the same bytes as the
                              app's Download PDF and DOCX; --data
                              gives the reference data for the DRAFT mark
  schema [draft|directory|treaties]
                              print the JSON Schema of a file format
                              (the draft format when none is named)
  validate-data DIR           check DIR/directory.json and DIR/treaties.json
                              as the app does; print every problem with its
                              JSON path; exits 1 on problems, 2 when unreadable
";

/// A `--lang` value: one of the eleven tags, or an error naming them.
fn language(tag: &str) -> Result<Lang, String> {
    tag.parse().map_err(|_| {
        let mut tags: Vec<&str> = LANGUAGES.iter().map(|l| l.tag()).collect();
        tags.sort_unstable();
        let (last, rest) = tags.split_last().unwrap_or((&"", &[]));
        format!(
            "unsupported language {tag}: use {} or {last}",
            rest.join(", ")
        )
    })
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("cases") => cases_cmd::run(&args[1..]),
        Some("check") => check_cmd::run(&args[1..]),
        Some("render") => render_cmd::run(&args[1..]),
        Some("schema") => schema_cmd::run(&args[1..]),
        Some("validate-data") => validate_data_cmd::run(&args[1..]),
        Some("--help" | "-h" | "help") => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprint!("{USAGE}");
            ExitCode::from(2)
        }
    }
}
