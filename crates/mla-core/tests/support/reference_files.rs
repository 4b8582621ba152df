//! Committed reference outputs: a test writes what it checks as text and
//! compares it with a file under its crate's `tests/ref/`, so a change of
//! wording or layout shows in review as a diff of that file.
//!
//! `UPDATE_REF=1` writes the files instead of comparing (and deletes the
//! ones no test produces any more): `scripts/update_refs.sh` runs every
//! such test that way. Shared by `mla-core` and `mla-render` tests
//! (`#[path]`), so both fail with the same message.

#![allow(dead_code)]

use std::path::PathBuf;

pub const UPDATE: &str = "scripts/update_refs.sh";

/// The reference files of one test: those in `dir` whose names start with
/// `prefix`.
pub struct RefFiles {
    dir: PathBuf,
    /// `dir` as it is named in messages: from the repository root.
    shown: String,
    prefix: String,
    update: bool,
    written: Vec<String>,
    failures: Vec<String>,
}

impl RefFiles {
    /// `manifest_dir` is the crate's `CARGO_MANIFEST_DIR`.
    pub fn new(manifest_dir: &str, prefix: &str) -> RefFiles {
        let crate_dir = PathBuf::from(manifest_dir);
        let crate_name = crate_dir.file_name().unwrap().to_string_lossy();
        RefFiles {
            dir: crate_dir.join("tests/ref"),
            shown: format!("crates/{crate_name}/tests/ref"),
            prefix: prefix.to_string(),
            update: std::env::var_os("UPDATE_REF").is_some_and(|v| !v.is_empty() && v != "0"),
            written: Vec::new(),
            failures: Vec::new(),
        }
    }

    /// Compares `actual` with the file `name` (or writes it, when updating).
    pub fn check(&mut self, name: &str, actual: &str) {
        assert!(
            name.starts_with(&self.prefix),
            "{name}: not {}*",
            self.prefix
        );
        self.written.push(name.to_string());
        let path = self.dir.join(name);
        if self.update {
            std::fs::create_dir_all(&self.dir).unwrap();
            let old = std::fs::read_to_string(&path).ok();
            if old.as_deref() != Some(actual) {
                std::fs::write(&path, actual).unwrap();
            }
            return;
        }
        let shown = format!("{}/{name}", self.shown);
        let Ok(expected) = std::fs::read_to_string(&path) else {
            self.failures
                .push(format!("{shown} is missing: run {UPDATE} to write it"));
            return;
        };
        let expected = expected.replace("\r\n", "\n");
        if expected != actual {
            self.failures
                .push(first_difference(&shown, &expected, actual));
        }
    }

    /// Fails with every difference found, and for any file under the
    /// prefix that no check wrote (deleted when updating).
    pub fn finish(self) {
        let mut failures = self.failures;
        let mut stale: Vec<String> = std::fs::read_dir(&self.dir)
            .map(|entries| {
                entries
                    .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                    .filter(|n| n.starts_with(&self.prefix) && !self.written.contains(n))
                    .collect()
            })
            .unwrap_or_default();
        stale.sort();
        for name in stale {
            if self.update {
                std::fs::remove_file(self.dir.join(&name)).unwrap();
            } else {
                failures.push(format!(
                    "{}/{name} is produced by no test any more: {UPDATE} deletes it",
                    self.shown
                ));
            }
        }
        assert!(
            failures.is_empty(),
            "{} reference file(s) differ from the output.\n\n{}\n\nIf the change is intended, run {UPDATE} \
             (or UPDATE_REF=1 cargo test -p mla-core -p mla-render) and review `git diff -- {}`.",
            failures.len(),
            failures.join("\n\n"),
            self.shown
        );
    }
}

/// The first line where the committed file and the output part, with a
/// line of context before it.
fn first_difference(shown: &str, expected: &str, actual: &str) -> String {
    let old: Vec<&str> = expected.split('\n').collect();
    let new: Vec<&str> = actual.split('\n').collect();
    let at = old
        .iter()
        .zip(&new)
        .position(|(a, b)| a != b)
        .unwrap_or(old.len().min(new.len()));
    let line = |lines: &[&str], i: usize| {
        lines
            .get(i)
            .map_or("(end of file)".to_string(), |l| format!("{l:?}"))
    };
    let mut out = format!("{shown}: first difference at line {}", at + 1);
    if at > 0 {
        out.push_str(&format!("\n    same:      {}", line(&old, at - 1)));
    }
    out.push_str(&format!(
        "\n  - committed: {}\n  + now:       {}\n  ({} lines committed, {} now)",
        line(&old, at),
        line(&new, at),
        expected.lines().count(),
        actual.lines().count()
    ));
    out
}
