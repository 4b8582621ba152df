//! Benchmark (not a test): time to check and to autosave a large draft in
//! the browser. Ignored by `cargo test`; `bench/draft_ops.sh` runs it in
//! release mode and prints the medians. Target: <= 16 ms each.

use mla_app::storage::IdbStore;
use mla_core::model::{Draft, Measure, Person, MEASURE_TYPES};
use mla_core::{check, drafts, CheckContext};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn large_draft() -> Draft {
    let mut d: Draft = serde_json::from_str(include_str!(
        "../crates/mla-core/tests/fixtures/complete.json"
    ))
    .unwrap();
    d.persons = (0..30)
        .map(|i| Person {
            id: format!("p{i}"),
            family_name: format!("PERSON {i}"),
            given_names: "Given".into(),
            nationality: "FR".into(),
            location: "Somewhere".into(),
            ..Default::default()
        })
        .collect();
    d.measures = (0..50)
        .map(|i| {
            let mut m =
                Measure::new(format!("m{i}"), MEASURE_TYPES[i % MEASURE_TYPES.len()]).unwrap();
            m.purpose = "To prove the conduct described in fact 1 ".repeat(4);
            m.fact_ids = vec!["f1".into()];
            m.person_ids = vec![format!("p{}", i % 30)];
            m.offence_ids = vec!["o1".into()];
            m
        })
        .collect();
    d
}

fn now() -> f64 {
    web_sys::window().unwrap().performance().unwrap().now()
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(|a, b| a.partial_cmp(b).unwrap());
    xs[xs.len() / 2]
}

#[wasm_bindgen_test]
#[ignore]
async fn bench_check_and_autosave() {
    let draft = large_draft();
    let ctx = CheckContext::default();
    let mut check_ms = Vec::new();
    let mut findings = 0;
    for _ in 0..101 {
        let t = now();
        findings = check(&draft, &ctx).len();
        check_ms.push(now() - t);
    }
    IdbStore::delete_database("bench").await.unwrap();
    let store = IdbStore::open_named("bench").await.unwrap();
    let mut save_ms = Vec::new();
    for i in 0..51 {
        let mut d = draft.clone();
        d.updated = format!("2026-01-01T00:00:{:02}Z", i % 60);
        let t = now();
        drafts::save(&store, &d).await.unwrap();
        save_ms.push(now() - t);
    }
    let bytes = mla_core::draft_file::to_json(&draft).len();
    console_log!(
        "BENCH draft: 50 measures, 30 persons, {bytes} bytes of JSON, {findings} findings\n\
         BENCH check:    median {:.2} ms over 101 runs (target <= 16 ms)\n\
         BENCH autosave: median {:.2} ms over 51 saves to IndexedDB (target <= 16 ms)",
        median(check_ms),
        median(save_ms)
    );
}
