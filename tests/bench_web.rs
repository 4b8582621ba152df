//! Benchmark (not a test): time to check and to autosave a large draft in
//! the browser. Ignored by `cargo test`; `bench/draft_ops.sh` runs it in
//! release mode and prints the medians. Target: <= 16 ms each.

use mla_app::storage::IdbStore;
use mla_core::model::{Draft, Measure, MeasureType, Person};
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
            let mut m = Measure::new(
                format!("m{i}"),
                MeasureType::ALL[i % MeasureType::ALL.len()],
            );
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
        drafts::save(&store, &mut d).await.unwrap();
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

/// 5,000 records made from the sample set (names and ids varied).
fn five_thousand() -> mla_core::reference::Directory {
    let mut dir =
        mla_core::reference::parse_directory(include_str!("../public/data/directory.json"))
            .unwrap();
    let base = dir.authorities.clone();
    dir.authorities = (0..5000)
        .map(|i| {
            let mut a = base[i % base.len()].clone();
            a.id = format!("{}-{i}", a.id);
            a.name = format!("{} {}", a.name, i / base.len());
            a
        })
        .collect();
    dir
}

#[wasm_bindgen_test]
#[ignore]
async fn bench_reference_data() {
    use mla_app::reference::names;
    use mla_core::reference::search::{Filter, Labels, SearchIndex};
    use mla_core::reference::{parse_directory, parse_treaties};

    let directory = include_str!("../public/data/directory.json");
    let treaties = include_str!("../public/data/treaties.json");
    let mut load_ms = Vec::new();
    for _ in 0..11 {
        let t = now();
        let d = parse_directory(directory).unwrap();
        let tr = parse_treaties(treaties).unwrap();
        load_ms.push(now() - t);
        assert!(d.authorities.len() >= 400 && !tr.instruments.is_empty());
    }

    let dir = five_thousand();
    let country = |c: &str| names::country(c, "en");
    let designation = |d: mla_core::reference::Designation| d.as_str().replace('_', " ");
    let language = |l: &str| names::language(l, "en");
    let labels = Labels {
        country: &country,
        designation: &designation,
        language: &language,
    };
    let t = now();
    let index = SearchIndex::build(&dir, &labels);
    let build_ms = now() - t;
    let queries = [
        "f",
        "fra",
        "sao tome",
        "ministry justice",
        "extradition",
        "coast guard",
        "french",
        "zzz no match",
    ];
    let filter = Filter::default();
    let mut per_query = Vec::new();
    for q in queries {
        let mut ms = Vec::new();
        for _ in 0..21 {
            let t = now();
            let hits = index.search(q, &filter).len();
            ms.push(now() - t);
            std::hint::black_box(hits);
        }
        per_query.push((q, median(ms)));
    }
    let worst = per_query.iter().map(|(_, ms)| *ms).fold(0.0, f64::max);
    let lines: Vec<String> = per_query
        .iter()
        .map(|(q, ms)| format!("BENCH   {q:>18}: {ms:.2} ms"))
        .collect();
    console_log!(
        "BENCH load and validate the sample set ({} KB + {} KB of JSON): median {:.1} ms over 11 runs\n\
         BENCH build the search index over 5000 records: {:.1} ms (once per data set and UI language)\n\
         BENCH search over 5000 records, median per query (target <= 16 ms; worst {:.2} ms):\n{}",
        directory.len() / 1024,
        treaties.len() / 1024,
        median(load_ms),
        build_ms,
        worst,
        lines.join("\n")
    );
}

/// Unlocking (PBKDF2, 600,000 iterations, then unwrapping the data key) and
/// the encrypted autosave of the large draft, against the plain one.
#[wasm_bindgen_test]
#[ignore]
async fn bench_vault() {
    use mla_app::crypto::{self, WebCipher};
    use mla_core::vault::VaultStore;
    let (protection, _) = crypto::protect_new("bench", "correct horse battery staple")
        .await
        .unwrap();
    let mut unlock_ms = Vec::new();
    let mut key = None;
    for _ in 0..5 {
        let t = now();
        key = Some(
            crypto::unlock("bench", "correct horse battery staple", &protection)
                .await
                .unwrap(),
        );
        unlock_ms.push(now() - t);
    }
    IdbStore::delete_database("bench-vault").await.unwrap();
    let store = IdbStore::open_named("bench-vault").await.unwrap();
    let vault = VaultStore::new(&store, WebCipher::new(key.unwrap()), false);
    let draft = large_draft();
    let (mut plain_ms, mut sealed_ms, mut load_ms) = (Vec::new(), Vec::new(), Vec::new());
    for i in 0..51 {
        let mut d = draft.clone();
        d.updated = format!("2026-01-01T00:00:{:02}Z", i % 60);
        let t = now();
        drafts::save(&store, &mut d).await.unwrap();
        plain_ms.push(now() - t);
        let t = now();
        drafts::save(&vault, &mut d).await.unwrap();
        sealed_ms.push(now() - t);
        let t = now();
        drafts::load(&vault, &d.id).await.unwrap();
        load_ms.push(now() - t);
    }
    let bytes = mla_core::draft_file::to_json(&draft).len();
    console_log!(
        "BENCH unlock (PBKDF2-SHA256 600,000 iterations + unwrap): median {:.0} ms over 5\n\
         BENCH draft of {bytes} bytes: plain save median {:.2} ms; encrypt+save median {:.2} ms; load+decrypt median {:.2} ms (51 each; target <= 16 ms)",
        median(unlock_ms),
        median(plain_ms),
        median(sealed_ms),
        median(load_ms)
    );
}
