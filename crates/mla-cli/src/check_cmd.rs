//! `mla check`: the completeness findings of a draft file, translated from
//! the app's locales.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use mla_core::check;
use mla_core::draft_file::parse_draft;
use mla_core::findings::{Counts, Finding, Severity};
use mla_core::languages::Lang;
use mla_core::reference::requirements::context_for;
use serde::Serialize;

use crate::messages::Catalogue;

const USAGE: &str = "usage: mla check DRAFT.json [--lang LANG] [--data DIR] [--json]";

struct Args {
    draft: PathBuf,
    lang: Lang,
    data: Option<PathBuf>,
    json: bool,
}

fn parse(args: &[String]) -> Result<Args, String> {
    let (mut draft, mut lang, mut data, mut json) = (None, Lang::En, None, false);
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = || it.next().cloned().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--lang" => lang = crate::language(&value()?)?,
            "--data" => data = Some(PathBuf::from(value()?)),
            "--json" => json = true,
            s if s.starts_with('-') => return Err(format!("unknown option {s}")),
            s if draft.is_none() => draft = Some(PathBuf::from(s)),
            s => return Err(format!("unexpected argument {s}")),
        }
    }
    Ok(Args {
        draft: draft.ok_or("no DRAFT.json given")?,
        lang,
        data,
        json,
    })
}

/// A finding as `--json` prints it: the core's fields, then the message.
#[derive(Serialize)]
struct Translated<'a> {
    #[serde(flatten)]
    finding: &'a Finding,
    message: String,
}

/// Runs `mla check`; exits 1 when a blocking finding remains, 2 on bad
/// arguments or unreadable input.
pub fn run(args: &[String]) -> ExitCode {
    match check_file(args) {
        Ok(blocking) if blocking > 0 => ExitCode::from(1),
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("mla: {e}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// Prints the findings; returns how many are blocking.
fn check_file(args: &[String]) -> Result<usize, String> {
    let args = parse(args)?;
    let path = args.draft.display();
    let text =
        std::fs::read_to_string(&args.draft).map_err(|e| format!("cannot read {path}: {e}"))?;
    let draft = parse_draft(&text).map_err(|e| format!("{path} is not a valid draft: {e}"))?;
    let directory = args
        .data
        .as_deref()
        .map(crate::data::read_directory)
        .transpose()?;
    let findings = check(&draft, &context_for(&draft, directory.as_ref()));
    let catalogue = Catalogue::new(args.lang);
    if args.json {
        let out: Vec<Translated> = findings
            .iter()
            .map(|finding| Translated {
                finding,
                message: catalogue.finding(finding),
            })
            .collect();
        let json = serde_json::to_string_pretty(&out).unwrap_or_default();
        print(&format!("{json}\n"));
    } else {
        print(&report(&catalogue, &findings));
    }
    Ok(Counts::of(&findings).blocking)
}

/// Writes to standard output, ignoring a closed pipe (`mla check … | head`).
fn print(out: &str) {
    let _ = std::io::stdout().lock().write_all(out.as_bytes());
}

/// One line per finding (severity, field path, message, rule id, source),
/// then the counts.
fn report(catalogue: &Catalogue, findings: &[Finding]) -> String {
    let mut out = String::new();
    let width = [Severity::Blocking, Severity::Warning, Severity::Advice]
        .map(|s| catalogue.severity(s).chars().count())
        .into_iter()
        .max()
        .unwrap_or(0);
    for f in findings {
        let source = catalogue
            .get("check_source", [("source", f.source)])
            .unwrap_or_else(|| f.source.to_string());
        let _ = writeln!(
            out,
            "{:<width$}  {:<40} {}  [{}]  {}",
            catalogue.severity(f.severity),
            f.path,
            catalogue.finding(f),
            f.rule,
            source
        );
        // An acknowledged warning stays listed with its reason; it does not
        // count.
        if let Some(reason) = &f.acknowledged {
            let line = catalogue
                .get("check_ack_shown", [("reason", reason.as_str())])
                .unwrap_or_else(|| format!("Acknowledged: {reason}"));
            let _ = writeln!(out, "{:<width$}  {line}", "");
        }
    }
    if findings.is_empty() {
        if let Some(none) = catalogue.get("check_none", []) {
            let _ = writeln!(out, "{none}");
        }
    }
    let c = Counts::of(findings);
    let (blocking, warning, advice) = (
        c.blocking.to_string(),
        c.warning.to_string(),
        c.advice.to_string(),
    );
    let counts = [
        ("blocking", blocking.as_str()),
        ("warning", warning.as_str()),
        ("advice", advice.as_str()),
    ];
    let _ = writeln!(
        out,
        "{}",
        catalogue
            .get("check_counts", counts)
            .unwrap_or_else(|| format!("{blocking} blocking, {warning} warning, {advice} advice"))
    );
    out
}
