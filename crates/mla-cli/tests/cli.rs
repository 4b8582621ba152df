//! The `mla` binary as a user runs it.

use std::process::Command;

#[path = "cli/cases.rs"]
mod cases;

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
    assert!(out.contains("Blocking: 0 "), "{out}");
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
    for key in ["rule", "severity", "path", "args", "source", "message"] {
        assert!(first.get(key).is_some(), "finding lacks {key}: {first}");
    }
    let facts = findings
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "measure_facts")
        .unwrap();
    assert_eq!(facts["message"], measure_1_facts("en"));
}

const LOCALES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../locales");

/// `locales/<tag>.json`, the file the app is built from.
fn locale(tag: &str) -> serde_json::Value {
    let path = format!("{LOCALES}/{tag}.json");
    serde_json::from_str(&std::fs::read_to_string(&path).expect(&path)).expect("json")
}

/// The message v1-draft.json's first measure gets, straight from a locale.
fn measure_1_facts(tag: &str) -> String {
    locale(tag)["finding_measure_facts"]
        .as_str()
        .unwrap()
        .replace("{{ n }}", "1")
}

#[test]
fn check_speaks_english_by_default_with_the_rule_id_visible() {
    let (code, out, _) = mla(&["check", &format!("{FIXTURES}/v1-draft.json")]);
    assert_eq!(code, 1);
    let line = out
        .lines()
        .find(|l| l.contains("[measure_facts]"))
        .unwrap_or_else(|| panic!("no measure_facts line: {out}"));
    assert!(line.contains(&measure_1_facts("en")), "{line}");
    assert!(line.starts_with("Blocking"), "{line}");
    assert!(line.contains("measures[0].fact_ids"), "{line}");
    assert!(line.contains("Source: UNTOC art. 18(15)"), "{line}");
    // The four essentials v1 lacks, and where its witness is (measure 1).
    assert!(out.contains("Blocking: 5 · Warnings: "), "{out}");
    assert!(out.contains("[measure_person_whereabouts]"), "{out}");
}

#[test]
fn check_speaks_the_language_given_with_lang() {
    let draft = format!("{FIXTURES}/v1-draft.json");
    let (code, out, _) = mla(&["check", &draft, "--lang", "fr"]);
    assert_eq!(code, 1);
    assert!(out.contains(&measure_1_facts("fr")), "{out}");
    assert!(out.contains("[measure_facts]"), "{out}");
    assert!(!out.contains(&measure_1_facts("en")), "{out}");
    assert!(out.contains("Bloquant"), "{out}");

    let (code, out, _) = mla(&["check", &draft, "--lang", "ar"]);
    assert_eq!(code, 1);
    assert!(out.contains(&measure_1_facts("ar")), "{out}");
    assert!(
        out.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        "{out}"
    );

    let (code, out, _) = mla(&["check", &draft, "--json", "--lang", "fr"]);
    assert_eq!(code, 1);
    assert!(out.contains(&measure_1_facts("fr")), "{out}");
}

#[test]
fn check_fills_placeholders_from_the_reference_data() {
    // The complete fixture, addressed to a sample authority that does not
    // accept the draft's language.
    let directory: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{SAMPLE_DATA}/directory.json")).unwrap(),
    )
    .unwrap();
    let mut draft: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{FIXTURES}/complete.json")).unwrap(),
    )
    .unwrap();
    let language = draft["language"].as_str().unwrap().to_string();
    let authority = directory["authorities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| {
            let accepted = a["accepted_languages"].as_array().unwrap();
            !accepted.is_empty() && !accepted.iter().any(|l| l == language.as_str())
        })
        .expect("a sample authority refusing the fixture's language");
    draft["requested"]["directory_id"] = authority["id"].clone();
    let accepted: Vec<&str> = authority["accepted_languages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap())
        .collect();
    let path = std::env::temp_dir().join(format!("mla-check-{}.json", std::process::id()));
    std::fs::write(&path, draft.to_string()).unwrap();
    let path = path.to_str().unwrap();

    for lang in ["en", "fr", "ru"] {
        let (code, out, err) = mla(&["check", path, "--data", SAMPLE_DATA, "--lang", lang]);
        assert_eq!(code, 1, "{out}{err}");
        let line = out
            .lines()
            .find(|l| l.contains("[language_not_accepted]"))
            .unwrap_or_else(|| panic!("no language_not_accepted: {out}"));
        let template = locale(lang)["finding_language_not_accepted"]
            .as_str()
            .unwrap()
            .to_string();
        let expected = template.replace("{{ accepted }}", &accepted.join(", "));
        assert!(line.contains(&expected), "{line}\nwanted {expected}");
        assert!(!out.contains("{{"), "{out}");
    }
    // Without the data, the authority's languages are unknown.
    let (_, out, _) = mla(&["check", path]);
    assert!(!out.contains("[language_not_accepted]"), "{out}");
    let (code, out, _) = mla(&["check", path, "--data", SAMPLE_DATA, "--json"]);
    std::fs::remove_file(path).ok();
    assert_eq!(code, 1);
    let findings: serde_json::Value = serde_json::from_str(&out).expect("json");
    for f in findings.as_array().unwrap() {
        let message = f["message"].as_str().unwrap();
        assert!(!message.is_empty() && !message.contains("{{"), "{f}");
    }
}

#[test]
fn check_refuses_an_unknown_language_naming_the_valid_ones() {
    let (code, out, err) = mla(&[
        "check",
        &format!("{FIXTURES}/v1-draft.json"),
        "--lang",
        "xx",
    ]);
    assert_eq!(code, 2, "{out}");
    assert!(out.is_empty(), "{out}");
    assert!(
        err.contains("unsupported language xx: use ar, bs, cnr, en, es, fa, fr, hr, pt, ru or sr"),
        "{err}"
    );
    let (code, _, err) = mla(&["check", &format!("{FIXTURES}/v1-draft.json"), "--lang"]);
    assert_eq!(code, 2);
    assert!(err.contains("--lang needs a value"), "{err}");
}

#[test]
fn every_rule_has_a_message_in_every_locale() {
    for lang in mla_core::languages::LANGUAGES {
        let messages = locale(lang.tag());
        for rule in mla_core::rules::all() {
            let key = format!("finding_{}", rule.id);
            let message = messages[&key].as_str().unwrap_or_default();
            assert!(
                !message.trim().is_empty(),
                "locales/{}.json has no {key}",
                lang.tag()
            );
        }
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

/// A warning the user acknowledged is listed with its reason and no longer
/// counts; the same draft without the acknowledgement counts it.
#[test]
fn an_acknowledged_warning_is_shown_with_its_reason_and_not_counted() {
    let dir = std::env::temp_dir().join(format!("mla-ack-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut d: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{FIXTURES}/complete.json")).unwrap(),
    )
    .unwrap();
    // The annex is in French, which the Spanish request does not accept,
    // and is no longer translated: a warning.
    d["annexes"][0]["translated"] = false.into();
    let plain = dir.join("plain.json");
    std::fs::write(&plain, d.to_string()).unwrap();
    let (code, out, _) = mla(&["check", plain.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    // The annex, and the language, which no directory data confirms here.
    assert!(out.contains("Warnings: 2 "), "{out}");
    d["acknowledgements"] = serde_json::json!([{
        "rule": "annex_translation",
        "at": "annexes[a1].translated",
        "reason": "The judge reads French",
        "date": "2026-12-01T10:00:00Z"
    }]);
    let acked = dir.join("acked.json");
    std::fs::write(&acked, d.to_string()).unwrap();
    let (code, out, _) = mla(&["check", acked.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Warnings: 1 "), "{out}");
    assert!(out.contains("annex_translation"), "still listed: {out}");
    assert!(
        out.contains("Acknowledged: The judge reads French"),
        "{out}"
    );
    let (_, json, _) = mla(&["check", acked.to_str().unwrap(), "--json"]);
    let findings: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(findings[0]["acknowledged"], "The judge reads French");
    std::fs::remove_dir_all(&dir).unwrap();
}
