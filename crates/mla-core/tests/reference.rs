//! Reference data: the bundled sample set, broken files (each with the
//! error it must give), search ranking and folding, the legal-basis finder
//! and the requirements handed to the completeness check.

use mla_core::check::check;
use mla_core::draft_file::parse_draft;
use mla_core::languages::Lang;
use mla_core::reference::legal_basis::{find, insert, subjects_of};
use mla_core::reference::requirements::{address_to, context_for, would_replace};
use mla_core::reference::search::{Filter, Labels, SearchIndex};
use mla_core::reference::treaties::Subject;
use mla_core::reference::validate::Problem;
use mla_core::reference::{countries, parse_directory, parse_treaties, DataFile, Designation};
use serde_json::{json, Value};

const SAMPLE_DIRECTORY: &str = include_str!("../../../public/data/directory.json");
const SAMPLE_TREATIES: &str = include_str!("../../../public/data/treaties.json");

fn sample_value() -> Value {
    serde_json::from_str(SAMPLE_DIRECTORY).unwrap()
}

/// The one error of a broken directory.
fn directory_error(value: &Value) -> mla_core::reference::DataError {
    let errors = parse_directory(&value.to_string()).expect_err("must be refused");
    errors.into_iter().next().unwrap()
}

#[test]
fn the_sample_set_covers_every_un_member_the_eu_and_the_holy_see() {
    let dir = parse_directory(SAMPLE_DIRECTORY).expect("sample directory is valid");
    assert!(dir.sample);
    assert!(dir.authorities.len() >= 400, "{}", dir.authorities.len());
    for code in countries::UN_MEMBERS.iter().chain(&["EU", "VA"]) {
        assert!(
            dir.authorities
                .iter()
                .any(|a| a.country == *code && a.designations.contains(&Designation::Mla)),
            "no MLA authority for {code}"
        );
    }
    let treaties = parse_treaties(SAMPLE_TREATIES).expect("sample treaties are valid");
    assert!(treaties.sample);
    for id in [
        "untoc",
        "uncac",
        "drugs1988",
        "budapest",
        "ets030",
        "iacmla",
    ] {
        assert!(treaties.instruments.iter().any(|t| t.id == id), "{id}");
    }
}

#[test]
fn not_json_says_where() {
    let errors = parse_directory("{\"format_version\": 1,").unwrap_err();
    assert!(matches!(
        errors[0].problem,
        Problem::NotJson { line: 1, .. }
    ));
    assert_eq!(errors[0].file, DataFile::Directory);
    assert_eq!(errors[0].problem.key(), "not_json");
}

#[test]
fn older_and_newer_formats_are_refused_by_version() {
    let mut v = sample_value();
    v["format_version"] = json!(0);
    assert_eq!(
        directory_error(&v).problem,
        Problem::OlderFormat { found: 0 }
    );
    v["format_version"] = json!(7);
    assert_eq!(
        directory_error(&v).problem,
        Problem::NewerFormat { found: 7 }
    );
}

#[test]
fn a_wrong_type_names_the_record_and_the_field() {
    let mut v = sample_value();
    v["authorities"][5]["interpol"] = json!("yes");
    let e = directory_error(&v);
    assert_eq!(e.path, "authorities[5].interpol");
    assert_eq!(e.record.as_deref(), v["authorities"][5]["id"].as_str());
    assert_eq!(e.problem.key(), "shape");
    let text = e.to_string();
    assert!(text.starts_with("directory.json, record"), "{text}");
}

#[test]
fn an_unknown_designation_or_field_is_a_shape_error() {
    let mut v = sample_value();
    v["authorities"][0]["designations"] = json!(["tax"]);
    let e = directory_error(&v);
    assert_eq!(e.path, "authorities[0].designations[0]");
    let mut v = sample_value();
    v["authorities"][1]["fax_number"] = json!("1");
    assert_eq!(directory_error(&v).problem.key(), "shape");
    let mut v = sample_value();
    v.as_object_mut().unwrap().remove("authorities");
    assert_eq!(directory_error(&v).problem.key(), "shape");
}

#[test]
fn every_semantic_problem_is_reported_at_once() {
    let mut v = sample_value();
    v["authorities"][0]["country"] = json!("XX");
    v["authorities"][1]["time_zone"] = json!("Paris");
    v["authorities"][2]["office_hours"] =
        json!([{"days": ["mon"], "opens": "17:00", "closes": "09:00"}]);
    v["authorities"][3]["accepted_languages"] = json!(["English"]);
    v["authorities"][4]["last_updated"] = json!("2026-02-30");
    v["authorities"][5]["id"] = v["authorities"][6]["id"].clone();
    v["authorities"][7]["name"] = json!(" ");
    v["authorities"][8]["office_hours"] =
        json!([{"days": ["mon"], "opens": "9h", "closes": "17:00"}]);
    let errors = parse_directory(&v.to_string()).unwrap_err();
    let got: Vec<(String, &str)> = errors
        .iter()
        .map(|e| (e.path.clone(), e.problem.key()))
        .collect();
    for expected in [
        ("authorities[0].country", "unknown_country"),
        ("authorities[1].time_zone", "bad_time_zone"),
        ("authorities[2].office_hours[0].closes", "hours_order"),
        ("authorities[3].accepted_languages[0]", "bad_language"),
        ("authorities[4].last_updated", "bad_date"),
        ("authorities[6].id", "duplicate_id"),
        ("authorities[7].name", "empty"),
        ("authorities[8].office_hours[0].opens", "bad_time"),
    ] {
        assert!(
            got.contains(&(expected.0.to_string(), expected.1)),
            "missing {expected:?} in {got:?}"
        );
    }
    assert_eq!(errors.len(), 8, "{got:?}");
}

#[test]
fn broken_treaties_name_the_instrument() {
    let mut v: Value = serde_json::from_str(SAMPLE_TREATIES).unwrap();
    v["instruments"][1]["parties"][0]["entry_into_force"] = json!("soon");
    v["instruments"][2]["subjects"] = json!([]);
    let errors = parse_treaties(&v.to_string()).unwrap_err();
    assert_eq!(errors.len(), 2);
    assert_eq!(errors[0].file, DataFile::Treaties);
    assert_eq!(errors[0].record.as_deref(), Some("uncac"));
    assert_eq!(errors[0].problem.key(), "bad_date");
    assert_eq!(errors[1].path, "instruments[2].subjects");
    let mut v: Value = serde_json::from_str(SAMPLE_TREATIES).unwrap();
    v["instruments"][0]["kind"] = json!("global");
    let errors = parse_treaties(&v.to_string()).unwrap_err();
    assert_eq!(errors[0].path, "instruments[0].kind");
}

fn small_directory() -> mla_core::reference::Directory {
    let record = |id: &str, country: &str, name: &str, designations: Value, langs: Value| {
        json!({"id": id, "country": country, "name": name, "designations": designations,
               "time_zone": "Europe/Paris", "accepted_languages": langs, "last_updated": "2026-01-01"})
    };
    let v = json!({"format_version": 1, "data_date": "2026-01-01", "authorities": [
        record("st", "ST", "Ministério da Justiça", json!(["mla"]), json!(["pt"])),
        record("fr", "FR", "Bureau de l'entraide pénale internationale", json!(["mla"]), json!(["fr"])),
        record("rs", "RS", "Ministarstvo pravde, Odeljenje za međunarodnu saradnju (Đorđević)", json!(["mla", "extradition"]), json!(["sr", "en"])),
        record("pt-sea", "PT", "Marinha: Centro de Operações Marítimas", json!(["drugs_at_sea"]), json!(["pt", "en"])),
        record("ir", "IR", "قوه قضاییه، اداره همکاری‌های بین‌المللی", json!(["mla"]), json!(["fa"])),
    ]});
    parse_directory(&v.to_string()).unwrap()
}

fn english(code: &str) -> String {
    match code {
        "ST" => "São Tomé and Príncipe",
        "FR" => "France",
        "RS" => "Serbia",
        "PT" => "Portugal",
        "IR" => "Iran",
        _ => code,
    }
    .into()
}

fn index_with(country: &dyn Fn(&str) -> String) -> SearchIndex {
    let dir = small_directory();
    let designation = |d: Designation| d.as_str().replace('_', " ");
    let language = |l: &str| l.to_string();
    SearchIndex::build(
        &dir,
        &Labels {
            country,
            designation: &designation,
            language: &language,
        },
    )
}

fn ids(index: &SearchIndex, query: &str, filter: &Filter) -> Vec<String> {
    let dir = small_directory();
    index
        .search(query, filter)
        .into_iter()
        .map(|i| dir.authorities[i].id.clone())
        .collect()
}

#[test]
fn search_ignores_case_and_diacritics() {
    let index = index_with(&english);
    assert_eq!(ids(&index, "sao tome", &Filter::default()), ["st"]);
    assert_eq!(ids(&index, "DORDEVIC", &Filter::default()), ["rs"]);
    assert_eq!(ids(&index, "medunarodnu", &Filter::default()), ["rs"]);
    assert_eq!(ids(&index, "همکاری", &Filter::default()), ["ir"]);
}

#[test]
fn country_matches_rank_before_name_matches() {
    let index = index_with(&english);
    // "port" starts Portugal (a country) and is inside no name's first word.
    let found = ids(&index, "port", &Filter::default());
    assert_eq!(found.first().map(String::as_str), Some("pt-sea"));
    // "fr" is France's code: it ranks France above anything merely containing "fr".
    assert_eq!(ids(&index, "fr", &Filter::default())[0], "fr");
    // Every word must match.
    assert_eq!(
        ids(&index, "serbia extradition", &Filter::default()),
        ["rs"]
    );
    assert!(ids(&index, "serbia firearms", &Filter::default()).is_empty());
    // An empty query lists all, by country name.
    assert_eq!(
        ids(&index, "  ", &Filter::default()),
        ["fr", "ir", "pt-sea", "st", "rs"]
    );
}

#[test]
fn search_uses_country_names_in_the_ui_language() {
    let arabic = |code: &str| match code {
        "FR" => "فرنسا".to_string(),
        "RS" => "صربيا".to_string(),
        other => other.to_string(),
    };
    let index = index_with(&arabic);
    assert_eq!(ids(&index, "فرنسا", &Filter::default()), ["fr"]);
    assert!(ids(&index, "France", &Filter::default()).is_empty());
}

#[test]
fn filters_by_designation_and_accepted_language() {
    let index = index_with(&english);
    let sea = Filter {
        designation: Some(Designation::DrugsAtSea),
        language: None,
    };
    assert_eq!(ids(&index, "", &sea), ["pt-sea"]);
    let english_accepted = Filter {
        designation: None,
        language: Some("en".into()),
    };
    assert_eq!(ids(&index, "", &english_accepted), ["pt-sea", "rs"]);
    assert_eq!(
        small_directory().accepted_languages(),
        ["en", "fa", "fr", "pt", "sr"]
    );
}

fn draft() -> mla_core::Draft {
    parse_draft(include_str!("fixtures/complete.json")).unwrap()
}

#[test]
fn the_finder_lists_shared_instruments_most_specific_first() {
    let treaties = parse_treaties(SAMPLE_TREATIES).unwrap();
    let found: Vec<&str> = find(&treaties, "US", "GB", &[Subject::Mla], "2026-11-28")
        .iter()
        .map(|t| t.id.as_str())
        .collect();
    assert_eq!(found[0], "us-gb-mlat", "{found:?}");
    let budapest = found.iter().position(|id| *id == "budapest");
    assert!(budapest.is_some() && found.contains(&"untoc"), "{found:?}");
    // Regional before multilateral.
    let found: Vec<&str> = find(&treaties, "FR", "ES", &[Subject::Mla], "2026-11-28")
        .iter()
        .map(|t| t.id.as_str())
        .collect();
    assert_eq!(found[0], "ets030", "{found:?}");
    // Not yet in force on an early date.
    assert!(find(&treaties, "FR", "ES", &[Subject::Mla], "1950-01-01").is_empty());
    // A State that is party to nothing with another: nothing, so reciprocity.
    assert!(find(&treaties, "VA", "TV", &[Subject::Mla], "2026-11-28").is_empty());
}

#[test]
fn subjects_follow_the_measures_and_insert_does_not_duplicate() {
    let mut d = draft();
    let subjects = subjects_of(&d);
    assert!(subjects.contains(&Subject::Mla));
    let treaties = parse_treaties(SAMPLE_TREATIES).unwrap();
    let untoc = treaties
        .instruments
        .iter()
        .find(|t| t.id == "untoc")
        .unwrap();
    // The fixture names UNTOC by title, typed by hand: not added twice.
    assert!(!insert(&mut d, untoc));
    d.legal_basis.instruments.clear();
    assert!(insert(&mut d, untoc));
    assert!(!insert(&mut d, untoc));
    assert_eq!(d.legal_basis.instruments.len(), 1);
    assert_eq!(d.legal_basis.instruments[0].articles, "art. 18");
}

#[test]
fn addressing_a_draft_brings_the_authority_requirements_into_the_check() {
    let dir = parse_directory(SAMPLE_DIRECTORY).unwrap();
    let record = dir
        .authorities
        .iter()
        .find(|a| a.accepted_languages == ["fr"])
        .expect("an authority accepting French only");
    let mut d = draft();
    d.language = Some(Lang::En);
    assert!(!check(&d, &context_for(&d, Some(&dir)))
        .iter()
        .any(|f| f.rule == "language_not_accepted"));
    assert!(
        would_replace(&d, record),
        "the fixture is addressed to Spain"
    );
    address_to(&mut d, record);
    assert!(!would_replace(&d, record));
    assert_eq!(d.requested.state, record.country);
    assert_eq!(d.requested.directory_id, record.id);
    let ctx = context_for(&d, Some(&dir));
    let findings = check(&d, &ctx);
    let refused = findings
        .iter()
        .find(|f| f.rule == "language_not_accepted")
        .expect("English is flagged");
    assert_eq!(refused.args.get("accepted").map(String::as_str), Some("fr"));
    assert!(findings.iter().any(|f| f.rule == "authority_requirements"));
    d.language = Some(Lang::Fr);
    assert!(!check(&d, &ctx)
        .iter()
        .any(|f| f.rule == "language_not_accepted"));
}
