//! `mla cases stats FILE`: the case register's figures from a register
//! file, a backup (version 2, its register) or an encrypted backup, as
//! aligned tables or CSV, labels translated from the app's locales.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use mla_core::backup::{is_backup, parse_backup_full};
use mla_core::cases::file::{parse_register, Register};
use mla_core::cases::stats::{statistics, Scope};
use mla_core::cases::Direction;
use mla_core::languages::Lang;
use mla_core::vault::{is_encrypted_backup, parse_encrypted_backup};

use crate::encrypted;
use crate::messages::Catalogue;
use crate::stats_tables;

const USAGE: &str = "usage: mla cases stats FILE [--lang LANG] [--csv] [--year YYYY] \
[--direction outgoing|incoming] [--passphrase-file PATH]";

struct Args {
    file: PathBuf,
    lang: Lang,
    csv: bool,
    scope: Scope,
    passphrase_file: Option<PathBuf>,
}

fn parse(args: &[String]) -> Result<Args, String> {
    match args.first().map(String::as_str) {
        Some("stats") => {}
        Some(other) => return Err(format!("unknown cases command {other}")),
        None => return Err("no cases command given".into()),
    }
    let (mut file, mut lang, mut csv, mut scope, mut passphrase_file) =
        (None, Lang::En, false, Scope::default(), None);
    let mut it = args[1..].iter();
    while let Some(a) = it.next() {
        let mut value = || it.next().cloned().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--lang" => lang = crate::language(&value()?)?,
            "--csv" => csv = true,
            "--year" => {
                let v = value()?;
                let year = v
                    .parse::<i32>()
                    .ok()
                    .filter(|y| (1..=9999).contains(y) && v.len() == 4)
                    .ok_or(format!("--year takes a year (YYYY), not {v}"))?;
                scope.year = Some(year);
            }
            "--direction" => {
                let v = value()?;
                scope.direction = Some(
                    Direction::from_name(&v)
                        .ok_or(format!("--direction is outgoing or incoming, not {v}"))?,
                );
            }
            "--passphrase-file" => passphrase_file = Some(PathBuf::from(value()?)),
            s if s.starts_with('-') => return Err(format!("unknown option {s}")),
            s if file.is_none() => file = Some(PathBuf::from(s)),
            s => return Err(format!("unexpected argument {s}")),
        }
    }
    Ok(Args {
        file: file.ok_or("no FILE given")?,
        lang,
        csv,
        scope,
        passphrase_file,
    })
}

/// Runs `mla cases`; exits 2 on bad arguments, an unreadable file or a
/// wrong passphrase.
pub fn run(args: &[String]) -> ExitCode {
    match stats(args) {
        Ok(out) => {
            // A closed pipe (`mla cases stats … | head`) is not an error.
            let _ = std::io::stdout().lock().write_all(out.as_bytes());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("mla: {e}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn stats(args: &[String]) -> Result<String, String> {
    let args = parse(args)?;
    let register = load(&args.file, args.passphrase_file.as_deref())?;
    let figures = statistics(&register.cases, |id| register.events_of(id), args.scope);
    let catalogue = Catalogue::new(args.lang);
    let tables = stats_tables::tables(&figures, &catalogue, args.lang);
    if args.csv {
        return Ok(stats_tables::as_csv(&tables));
    }
    let mut out = catalogue.get("stats_title", []).unwrap_or_default();
    out.push('\n');
    // The scope, named with the column headers' words.
    if let Some(year) = args.scope.year {
        let word = catalogue.get("stats_col_year", []).unwrap_or_default();
        out.push_str(&format!("{word}: {year}\n"));
    }
    if let Some(d) = args.scope.direction {
        let word = catalogue.get("stats_col_direction", []).unwrap_or_default();
        let name = catalogue
            .get(&format!("case_direction_{}", d.name()), [])
            .unwrap_or_else(|| d.name().to_string());
        out.push_str(&format!("{word}: {name}\n"));
    }
    out.push_str(&stats_tables::text(&tables));
    Ok(out)
}

/// The register a file holds, whichever of the three files it is.
fn load(path: &Path, passphrase_file: Option<&Path>) -> Result<Register, String> {
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {shown}: {e}"))?;
    if is_encrypted_backup(&text) {
        let file = parse_encrypted_backup(&text)
            .map_err(|e| format!("{shown} is not a readable encrypted backup: {e}"))?;
        let passphrase = encrypted::passphrase(passphrase_file, &shown)?;
        let plain = encrypted::open(&file, &passphrase).ok_or(format!(
            "cannot open {shown}: wrong passphrase, or the file was changed"
        ))?;
        return from_backup(&plain, &shown);
    }
    if is_backup(&text) {
        return from_backup(&text, &shown);
    }
    parse_register(&text).map_err(|e| format!("{shown} is not a valid register file: {e}"))
}

fn from_backup(text: &str, shown: &str) -> Result<Register, String> {
    match parse_backup_full(text) {
        Ok((_, Some(register))) => Ok(register),
        Ok((_, None)) => Err(format!("{shown} is a backup without a case register")),
        Err(e) => Err(format!("{shown} is not a valid backup: {e}")),
    }
}
