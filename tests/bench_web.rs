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

/// A register of `n` cases with a few events each, spread over States,
/// officers, kinds and three years.
fn register(n: usize) -> (Vec<mla_core::cases::Case>, Vec<mla_core::cases::Event>) {
    use mla_core::cases::{Case, CaseKind, Direction, Event, EventKind};
    use mla_core::dates::Date;
    const STATES: [&str; 8] = ["ES", "FR", "PT", "HR", "RS", "BA", "ME", "RU"];
    const OFFICERS: [&str; 5] = [
        "Ana Müller",
        "Bojan Petrović",
        "Carla Sousa",
        "Dmitri Ivanov",
        "Émile Durand",
    ];
    let start = Date::parse("2024-01-01").unwrap();
    let mut cases = Vec::with_capacity(n);
    let mut events = Vec::new();
    for i in 0..n {
        let direction = if i % 3 == 0 {
            Direction::Incoming
        } else {
            Direction::Outgoing
        };
        let kind = CaseKind::ALL[i % CaseKind::ALL.len()];
        let mut c = Case::new(
            &format!("case-{i}"),
            "2024-01-01T00:00:00Z",
            direction,
            kind,
        );
        c.our_reference = format!("REF-{:05}", (i * 7919) % n);
        c.their_reference = format!("X/{i}");
        c.counterpart.state = STATES[i % STATES.len()].into();
        c.officer = OFFICERS[i % OFFICERS.len()].into();
        c.persons = vec![format!("Person {i} Šimić")];
        c.subject = "Money laundering through shell companies".into();
        let day = start.plus_days((i % 1000) as i32);
        c.received = Some(day);
        if direction == Direction::Outgoing {
            events.push(Event::new(
                &format!("e{i}a"),
                &c.id,
                "",
                day,
                "x",
                EventKind::Sent,
            ));
            if i % 2 == 0 {
                events.push(Event::new(
                    &format!("e{i}b"),
                    &c.id,
                    "",
                    day.plus_days(20),
                    "x",
                    EventKind::Acknowledged,
                ));
            }
            if i % 5 == 0 {
                events.push(Event::new(
                    &format!("e{i}c"),
                    &c.id,
                    "",
                    day.plus_days(90),
                    "x",
                    EventKind::Executed,
                ));
            }
        }
        cases.push(c);
    }
    (cases, events)
}

/// Filtering and sorting 10,000 cases: the register's query (Rust, over
/// prepared rows) against the same filter and sort written directly over
/// a plain JavaScript array of the same records (the floor). Target:
/// within 2x of the floor, <= 50 ms median.
#[wasm_bindgen_test]
#[ignore]
async fn bench_register() {
    use mla_core::cases::query::{select, Query, Row, SortKey};
    use mla_core::cases::Direction;
    use mla_core::dates::Date;
    use mla_core::reference::fold::fold;
    let n = 10_000;
    let (cases, events) = register(n);
    let mut by_case: std::collections::HashMap<&str, Vec<&mla_core::cases::Event>> =
        Default::default();
    for e in &events {
        by_case.entry(e.case_id.as_str()).or_default().push(e);
    }
    let names = |_: &str| Vec::new();
    let t = now();
    let rows: Vec<Row> = cases
        .iter()
        .map(|c| {
            Row::of(
                c,
                by_case.get(c.id.as_str()).map(Vec::as_slice).unwrap_or(&[]),
                &names,
            )
        })
        .collect();
    let prepare_ms = now() - t;
    let today = Date::parse("2026-12-01").unwrap();
    let query = Query {
        text: "simic".into(),
        direction: Some(Direction::Outgoing),
        open_only: true,
        sort: SortKey::NextDue,
        page_size: 25,
        ..Default::default()
    };
    let mut rust_ms = Vec::new();
    let mut total = 0;
    for _ in 0..51 {
        let t = now();
        let (_, found) = select(&rows, &query, today);
        rust_ms.push(now() - t);
        total = found;
    }
    // The floor: the same records as plain JS objects, the same filter
    // (direction, open, folded words) and sort (next due, then reference).
    let array = js_sys::Array::new();
    for r in &rows {
        let o = js_sys::Object::new();
        let set = |k: &str, v: wasm_bindgen::JsValue| {
            js_sys::Reflect::set(&o, &k.into(), &v).unwrap();
        };
        set("ref", r.our_reference.as_str().into());
        set("dir", r.direction.name().into());
        set("closed", r.status.is_closed().into());
        set(
            "due",
            r.next_due.map(|d| d.to_string()).unwrap_or_default().into(),
        );
        let c = cases.iter().find(|c| c.id == r.id).unwrap();
        let hay = fold(
            &[
                c.our_reference.as_str(),
                c.their_reference.as_str(),
                c.counterpart.state.as_str(),
                c.officer.as_str(),
                c.subject.as_str(),
                c.persons.join(" ").as_str(),
            ]
            .join("\u{1}"),
        );
        set("hay", hay.into());
        array.push(&o);
    }
    let floor = js_sys::Function::new_with_args(
        "rows, words",
        "const hits = rows.filter(r => r.dir === 'outgoing' && !r.closed && words.every(w => r.hay.includes(w)));
         hits.sort((a, b) => (a.due === '' ? 1 : 0) - (b.due === '' ? 1 : 0) || (a.due < b.due ? -1 : a.due > b.due ? 1 : 0) || (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
         return hits.slice(0, 25).length + hits.length * 0 + (hits.length << 8);",
    );
    let words = js_sys::Array::of1(&"simic".into());
    let mut js_ms = Vec::new();
    let mut js_total = 0;
    for _ in 0..51 {
        let t = now();
        let v = floor
            .call2(&wasm_bindgen::JsValue::NULL, &array, &words)
            .unwrap();
        js_ms.push(now() - t);
        js_total = (v.as_f64().unwrap() as usize) >> 8;
    }
    assert_eq!(total, js_total, "the floor selects the same cases");
    let (r, j) = (median(rust_ms), median(js_ms));
    web_sys::console::log_1(
        &format!(
            "BENCH register {n} cases: prepare rows {prepare_ms:.1} ms once; filter+sort median {r:.2} ms (Rust) vs {j:.2} ms (plain JS array floor), ratio {:.2}; {total} matched",
            r / j
        )
        .into(),
    );
}
