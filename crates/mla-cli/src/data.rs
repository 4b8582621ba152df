//! `--data DIR`: the reference data a command reads, as the app loads it.

use std::path::Path;

use mla_core::reference::{parse_directory, Directory};

/// `DIR/directory.json`, parsed and validated.
pub fn read_directory(dir: &Path) -> Result<Directory, String> {
    let path = dir.join("directory.json");
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    parse_directory(&text)
        .map_err(|e| format!("{} is not valid: {} problem(s)", path.display(), e.len()))
}
