//! `mla validate-data DIR`: checks a directory.json / treaties.json pair
//! exactly as the app does before it accepts them, and prints every problem
//! with its file, record and JSON path. Data maintainers run it before
//! deploying.

use std::path::Path;
use std::process::ExitCode;

use mla_core::reference::{parse_directory, parse_treaties, DataError, DataFile};

/// Exit 0 when both files are valid, 1 when a file has problems, 2 when a
/// file cannot be read.
pub fn run(args: &[String]) -> ExitCode {
    let Some(dir) = args.first() else {
        eprintln!(
            "usage: mla validate-data DIR (the folder holding directory.json and treaties.json)"
        );
        return ExitCode::from(2);
    };
    let mut problems = 0;
    for file in [DataFile::Directory, DataFile::Treaties] {
        let path = Path::new(dir).join(file.file_name());
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("{}: cannot read: {e}", path.display());
                return ExitCode::from(2);
            }
        };
        let result: Result<String, Vec<DataError>> = match file {
            DataFile::Directory => parse_directory(&text).map(|d| {
                format!(
                    "{} authorities, data of {}{}",
                    d.authorities.len(),
                    d.data_date,
                    if d.sample { ", sample data" } else { "" }
                )
            }),
            DataFile::Treaties => parse_treaties(&text).map(|t| {
                format!(
                    "{} instruments, data of {}{}",
                    t.instruments.len(),
                    t.data_date,
                    if t.sample { ", sample data" } else { "" }
                )
            }),
        };
        match result {
            Ok(summary) => println!("{}: valid ({summary})", file.file_name()),
            Err(errors) => {
                problems += errors.len();
                for e in errors {
                    println!("{e}");
                }
            }
        }
    }
    if problems == 0 {
        ExitCode::SUCCESS
    } else {
        println!(
            "{problems} problem(s): the app would refuse these files and keep its current data"
        );
        ExitCode::from(1)
    }
}
