//! The register's table: search, filters, sort and pages.

use mla_core::cases::query::{select, Query, Row, SortKey};
use mla_core::cases::{Case, CaseKind, Direction, EventKind as E, RefusalGround, Status};

use super::{case, d, Log};

/// The names a user may type for a State code (the UI's and documents'
/// languages, as the app passes them).
fn state_names(code: &str) -> Vec<String> {
    match code {
        "DE" => vec!["Germany".into(), "Allemagne".into()],
        "FR" => vec!["France".into()],
        _ => Vec::new(),
    }
}

/// Five cases, each with something of its own to find, filter and sort.
fn register() -> Vec<Row> {
    let mut rows = Vec::new();
    let mut add = |c: Case, log: Log| rows.push(Row::of(&c, &log.refs(), &state_names));

    let mut q1 = case("q1", Direction::Outgoing, CaseKind::MutualAssistance);
    q1.counterpart.state = "DE".into();
    q1.officer = "Anna".into();
    q1.persons = vec!["Hans Müller".into()];
    q1.their_reference = "BKA-77".into();
    q1.subject = "Fraud ring".into();
    q1.deadline = Some(d("2026-02-01"));
    let log = Log::of(&q1).with("2026-01-10", E::Sent);
    add(q1, log);

    let mut q2 = case("q2", Direction::Incoming, CaseKind::MutualAssistance);
    q2.counterpart.state = "FR".into();
    q2.officer = "Boris".into();
    q2.persons = vec!["Jean Dupont".into()];
    q2.execution_by = Some(d("2026-04-01"));
    let log = Log::of(&q2).with("2026-01-06", E::Registered);
    add(q2, log);

    let mut q3 = case("q3", Direction::Outgoing, CaseKind::Extradition);
    q3.counterpart.state = "DE".into();
    q3.officer = "Anna".into();
    q3.subject = "Extradition of Žarko Petrović".into();
    let log = Log::of(&q3)
        .with("2025-12-01", E::Sent)
        .with("2026-02-01", E::Executed);
    add(q3, log);

    let mut q4 = case("q4", Direction::Outgoing, CaseKind::MutualAssistance);
    q4.counterpart.state = "RS".into();
    q4.officer = "Boris".into();
    q4.deadline = Some(d("2026-03-20"));
    let log = Log::of(&q4);
    add(q4, log);

    let mut q5 = case("q5", Direction::Incoming, CaseKind::AssetRecovery);
    q5.counterpart.state = "Atlantis".into();
    q5.officer = "Anna".into();
    q5.offences = vec!["Money laundering".into()];
    let mut log = Log::of(&q5);
    log.add("2026-01-20", E::Refused).ground = Some(RefusalGround::DomesticLaw);
    add(q5, log);
    rows
}

const TODAY: &str = "2026-03-01";

/// Our references of what a query selects, in order.
fn refs(rows: &[Row], query: &Query) -> Vec<String> {
    let (hits, _) = select(rows, query, d(TODAY));
    hits.iter()
        .map(|&i| rows[i].our_reference.clone())
        .collect()
}

fn search(rows: &[Row], text: &str) -> Vec<String> {
    refs(
        rows,
        &Query {
            text: text.into(),
            sort: SortKey::OurReference,
            ..Query::default()
        },
    )
}

#[test]
fn rows_carry_the_status_opening_and_next_deadline() {
    let rows = register();
    let q1 = &rows[0];
    assert_eq!(q1.status, Status::Sent);
    assert_eq!(q1.opened, Some(d("2026-01-10")));
    assert_eq!(q1.next_due, Some(d("2026-02-01")));
    assert!(q1.is_overdue(d(TODAY)));
    assert!(!q1.is_overdue(d("2026-02-01")), "due today is not overdue");
    // Incoming: opened when created (5 January), before the registration.
    assert_eq!(rows[1].opened, Some(d("2026-01-05")));
    assert_eq!(rows[2].next_due, None, "closed");
    assert_eq!(rows[3].opened, None, "never sent");
}

#[test]
fn search_ignores_case_and_accents_and_needs_every_word() {
    let rows = register();
    assert_eq!(search(&rows, "muller"), ["Q1"]);
    assert_eq!(search(&rows, "MÜLLER"), ["Q1"]);
    assert_eq!(search(&rows, "  muller   FRAUD "), ["Q1"]);
    assert_eq!(search(&rows, "muller extradition"), Vec::<String>::new());
    assert_eq!(search(&rows, "zarko petrovic"), ["Q3"]);
    assert_eq!(search(&rows, "bka-77"), ["Q1"], "their reference");
    assert_eq!(search(&rows, "laundering"), ["Q5"], "offences");
    assert_eq!(search(&rows, "dupont"), ["Q2"], "persons");
    assert_eq!(search(&rows, "boris"), ["Q2", "Q4"], "officer");
    assert_eq!(search(&rows, "q4"), ["Q4"], "our reference");
    // State names the callback gives, as well as the stored text.
    assert_eq!(search(&rows, "allemagne"), ["Q1", "Q3"]);
    assert_eq!(search(&rows, "germ"), ["Q1", "Q3"]);
    assert_eq!(search(&rows, "atlantis"), ["Q5"]);
    assert_eq!(search(&rows, "").len(), 5);
}

#[test]
fn filters_narrow_the_register() {
    let rows = register();
    let by = |q: Query| {
        refs(
            &rows,
            &Query {
                sort: SortKey::OurReference,
                ..q
            },
        )
    };
    assert_eq!(
        by(Query {
            direction: Some(Direction::Incoming),
            ..Query::default()
        }),
        ["Q2", "Q5"]
    );
    assert_eq!(
        by(Query {
            kind: Some(CaseKind::Extradition),
            ..Query::default()
        }),
        ["Q3"]
    );
    assert_eq!(
        by(Query {
            status: Some(Status::Sent),
            ..Query::default()
        }),
        ["Q1"]
    );
    assert_eq!(
        by(Query {
            open_only: true,
            ..Query::default()
        }),
        ["Q1", "Q2", "Q4"]
    );
    assert_eq!(
        by(Query {
            state: "DE".into(),
            ..Query::default()
        }),
        ["Q1", "Q3"]
    );
    assert_eq!(
        by(Query {
            officer: "Boris".into(),
            ..Query::default()
        }),
        ["Q2", "Q4"]
    );
    assert_eq!(
        by(Query {
            overdue_only: true,
            ..Query::default()
        }),
        ["Q1"]
    );
    assert_eq!(
        by(Query {
            officer: "Anna".into(),
            open_only: true,
            text: "germany".into(),
            ..Query::default()
        }),
        ["Q1"]
    );
}

#[test]
fn every_sort_key_sorts_both_ways_with_ties_by_our_reference() {
    let rows = register();
    let sorted = |sort: SortKey, descending: bool| {
        refs(
            &rows,
            &Query {
                sort,
                descending,
                ..Query::default()
            },
        )
    };
    let cases: [(SortKey, [&str; 5]); 5] = [
        (SortKey::OurReference, ["Q1", "Q2", "Q3", "Q4", "Q5"]),
        // "Atlantis" (typed) sorts before the codes; DE's two by reference.
        (SortKey::State, ["Q5", "Q1", "Q3", "Q2", "Q4"]),
        // Status in lifecycle order: drafted, sent, executed, refused,
        // registered.
        (SortKey::Status, ["Q4", "Q1", "Q3", "Q5", "Q2"]),
        // Never sent first; Q2 and Q5 were both received on 5 January.
        (SortKey::Opened, ["Q4", "Q3", "Q2", "Q5", "Q1"]),
        (SortKey::Officer, ["Q1", "Q3", "Q5", "Q2", "Q4"]),
    ];
    for (key, ascending) in cases {
        assert_eq!(sorted(key, false), ascending, "{key:?} ascending");
        // Descending is the same order read backwards, ties included.
        let mut descending = ascending;
        descending.reverse();
        assert_eq!(sorted(key, true), descending, "{key:?} descending");
    }
    assert_eq!(Query::default().sort, SortKey::Opened);
}

#[test]
fn cases_without_a_deadline_sort_last_either_way() {
    let rows = register();
    let sorted = |descending: bool| {
        refs(
            &rows,
            &Query {
                sort: SortKey::NextDue,
                descending,
                ..Query::default()
            },
        )
    };
    assert_eq!(sorted(false), ["Q1", "Q4", "Q2", "Q3", "Q5"]);
    assert_eq!(sorted(true), ["Q2", "Q4", "Q1", "Q5", "Q3"]);
}

#[test]
fn pages_and_the_total() {
    let rows = register();
    let page = |page: usize, page_size: usize| {
        let query = Query {
            sort: SortKey::OurReference,
            page,
            page_size,
            ..Query::default()
        };
        let (hits, total) = select(&rows, &query, d(TODAY));
        let refs: Vec<String> = hits
            .iter()
            .map(|&i| rows[i].our_reference.clone())
            .collect();
        (refs, total)
    };
    assert_eq!(page(0, 2), (vec!["Q1".to_string(), "Q2".into()], 5));
    assert_eq!(page(1, 2), (vec!["Q3".to_string(), "Q4".into()], 5));
    assert_eq!(page(2, 2), (vec!["Q5".to_string()], 5));
    assert_eq!(page(3, 2), (Vec::new(), 5));
    assert_eq!(page(7, 0).0.len(), 5, "page size 0: everything");
    let query = Query {
        text: "anna".into(),
        page_size: 1,
        ..Query::default()
    };
    let (hits, total) = select(&rows, &query, d(TODAY));
    assert_eq!((hits.len(), total), (1, 3), "the total counts every match");
}
