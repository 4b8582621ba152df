//! The `mla` binary as a user runs it.

use std::process::Command;

fn mla(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_mla"))
        .args(args)
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../mla-core/tests/fixtures");

#[test]
fn a_complete_draft_checks_clean_and_exits_zero() {
    let (code, out, _) = mla(&["check", &format!("{FIXTURES}/complete.json")]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("0 blocking"), "{out}");
}

#[test]
fn blocking_findings_exit_one_and_json_lists_them() {
    let (code, out, _) = mla(&["check", &format!("{FIXTURES}/v1-draft.json"), "--json"]);
    assert_eq!(code, 1);
    let findings: serde_json::Value = serde_json::from_str(&out).expect("json");
    let rules: Vec<&str> = findings
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert!(rules.contains(&"measure_facts"), "{rules:?}");
    let first = &findings[0];
    for key in ["rule", "severity", "path", "args", "source"] {
        assert!(first.get(key).is_some(), "finding lacks {key}: {first}");
    }
}

#[test]
fn an_unreadable_file_exits_two_with_a_reason() {
    let (code, _, err) = mla(&["check", "/nonexistent/draft.json"]);
    assert_eq!(code, 2);
    assert!(err.contains("cannot read"), "{err}");
}

#[test]
fn the_published_schema_is_the_generated_one() {
    let (code, out, _) = mla(&["schema"]);
    assert_eq!(code, 0);
    let committed = include_str!("../../../docs/schemas/draft.schema.json");
    assert!(
        out == committed,
        "docs/schemas/draft.schema.json is stale: run `cargo run -p mla-cli -- schema > docs/schemas/draft.schema.json`"
    );
}
