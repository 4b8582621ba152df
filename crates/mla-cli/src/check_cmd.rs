//! `mla check`: the completeness findings of a draft file.

use std::process::ExitCode;

use mla_core::draft_file::parse_draft;
use mla_core::findings::{Counts, Finding};
use mla_core::{check, CheckContext};

/// Runs `mla check DRAFT.json [--json]`.
pub fn run(args: &[String]) -> ExitCode {
    let json = args.iter().any(|a| a == "--json");
    let files: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let [path] = files.as_slice() else {
        eprintln!("usage: mla check DRAFT.json [--json]");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("mla: cannot read {path}: {e}");
            return ExitCode::from(2);
        }
    };
    let draft = match parse_draft(&text) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("mla: {path} is not a valid draft: {e}");
            return ExitCode::from(2);
        }
    };
    let findings = check(&draft, &CheckContext::default());
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&findings).unwrap_or_default()
        );
    } else {
        print_text(&findings);
    }
    if Counts::of(&findings).blocking > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn print_text(findings: &[Finding]) {
    for f in findings {
        let args: Vec<String> = f.args.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let args = if args.is_empty() {
            String::new()
        } else {
            format!(" ({})", args.join(", "))
        };
        println!(
            "{:<8} {:<40} {}{}  [{}]",
            f.severity.as_str(),
            f.path,
            f.rule,
            args,
            f.source
        );
    }
    let c = Counts::of(findings);
    println!(
        "{} blocking, {} warning, {} advice",
        c.blocking, c.warning, c.advice
    );
}
