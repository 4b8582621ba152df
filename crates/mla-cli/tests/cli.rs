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
fn the_published_schemas_are_the_generated_ones() {
    for (format, committed) in [
        (
            "draft",
            include_str!("../../../docs/schemas/draft.schema.json"),
        ),
        (
            "directory",
            include_str!("../../../docs/schemas/directory.schema.json"),
        ),
        (
            "treaties",
            include_str!("../../../docs/schemas/treaties.schema.json"),
        ),
    ] {
        let (code, out, _) = mla(&["schema", format]);
        assert_eq!(code, 0);
        assert!(
            out == committed,
            "docs/schemas/{format}.schema.json is stale: run `cargo run -p mla-cli -- schema {format} > docs/schemas/{format}.schema.json`"
        );
    }
}

const SAMPLE_DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/data");

#[test]
fn validate_data_accepts_the_sample_set() {
    let (code, out, err) = mla(&["validate-data", SAMPLE_DATA]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("directory.json: valid ("), "{out}");
    assert!(out.contains("treaties.json: valid ("), "{out}");
}

#[test]
fn validate_data_prints_every_problem_with_its_path() {
    let dir = std::env::temp_dir().join(format!("mla-validate-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut directory: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{SAMPLE_DATA}/directory.json")).unwrap(),
    )
    .unwrap();
    directory["authorities"][3]["time_zone"] = "Mars/Olympus".into();
    directory["authorities"][9]["country"] = "XX".into();
    std::fs::write(dir.join("directory.json"), directory.to_string()).unwrap();
    std::fs::write(dir.join("treaties.json"), "{ not json").unwrap();
    let (code, out, _) = mla(&["validate-data", dir.to_str().unwrap()]);
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("authorities[3].time_zone: \"Mars/Olympus\" is not an IANA time zone"),
        "{out}"
    );
    assert!(out.contains("authorities[9].country"), "{out}");
    assert!(out.contains("treaties.json: not JSON (line 1"), "{out}");
    assert!(out.contains("3 problem(s)"), "{out}");
}

#[test]
fn render_writes_pdf_and_docx_and_refuses_bad_options() {
    let dir = std::env::temp_dir().join(format!("mla-render-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let draft = format!("{FIXTURES}/complete.json");
    let pdf = dir.join("out.pdf");
    let (code, _, err) = mla(&[
        "render",
        &draft,
        "--lang",
        "fa",
        "--bilingual",
        "en",
        "--paper",
        "letter",
        "--format",
        "pdf",
        "-o",
        pdf.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    let docx = dir.join("out.docx");
    let (code, _, err) = mla(&[
        "render",
        &draft,
        "--lang",
        "ru",
        "--format",
        "docx",
        "-o",
        docx.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(std::fs::read(&docx).unwrap().starts_with(b"PK"));
    let (code, _, err) = mla(&[
        "render", &draft, "--lang", "de", "--format", "pdf", "-o", "x.pdf",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("unsupported language de"), "{err}");
    let (code, _, err) = mla(&[
        "render", &draft, "--lang", "en", "--format", "odt", "-o", "x.odt",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown format odt"), "{err}");
    let (code, _, err) = mla(&[
        "render",
        &draft,
        "--lang",
        "en",
        "--format",
        "pdf",
        "--fonts",
        "/nonexistent",
        "-o",
        "x.pdf",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("cannot read font"), "{err}");
}
