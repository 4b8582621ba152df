//! The register's statistics: counts by status, kind, State and year,
//! refusals by ground, and how long requests take. Each chart is an SVG
//! bar chart with the same figures as a table beside it (for screen
//! readers and for printing), and each table downloads as CSV.

use leptos::prelude::*;
use leptos_router::components::A;
use mla_core::cases::stats::{csv, days_text, statistics, Label, Scope, Statistics};
use mla_core::cases::store::Loaded;
use mla_core::cases::Direction;

use super::{events_of, state_name, ui_lang};
use crate::components::fields::FieldFrame;
use crate::components::page_heading::PageHeading;
use crate::downloads::download;
use crate::i18n::*;
use crate::label;
use crate::texts::cases as names;

fn label_text(i18n: crate::I18n, label: &Label) -> String {
    match label {
        Label::Status(s) => names::status(i18n, *s),
        Label::Kind(k) => names::kind(i18n, *k),
        Label::Direction(d) => names::direction(i18n, *d),
        Label::State(s) if s.is_empty() => t_string!(i18n, case_not_given).to_string(),
        Label::State(s) => state_name(s, ui_lang(i18n)),
        Label::Year(y) => y.to_string(),
        Label::Ground(g) => names::ground(i18n, *g),
        Label::NoGround => t_string!(i18n, case_not_given).to_string(),
    }
}

/// One chart with its table and CSV.
fn chart(
    i18n: crate::I18n,
    id: &'static str,
    title: String,
    rows: Vec<(String, usize)>,
) -> impl IntoView {
    let count_header = t_string!(i18n, stats_count).to_string();
    let csv_text = csv(
        &[title.as_str(), count_header.as_str()],
        &rows
            .iter()
            .map(|(l, n)| vec![l.clone(), n.to_string()])
            .collect::<Vec<_>>(),
    );
    let file = format!("mla-statistics-{id}.csv");
    let max = rows.iter().map(|r| r.1).max().unwrap_or(1).max(1);
    const BAR: f64 = 22.0;
    const WIDTH: f64 = 400.0;
    let height = (rows.len() as f64 * BAR).max(BAR);
    let bars = rows.iter().enumerate().map(|(i, (_, n))| {
        let w = (*n as f64 / max as f64) * (WIDTH - 40.0);
        let y = i as f64 * BAR;
        view! {
            <rect x="0" y=format!("{}", y + 3.0) width=format!("{w:.1}") height=format!("{}", BAR - 6.0) class="chart__bar" />
            <text x=format!("{:.1}", w + 4.0) y=format!("{}", y + BAR - 7.0) class="chart__value">{n.to_string()}</text>
        }
    }).collect_view();
    let table_rows = rows
        .iter()
        .map(|(l, n)| view! { <tr><th scope="row">{l.clone()}</th><td>{n.to_string()}</td></tr> })
        .collect_view();
    let title_id = format!("chart-{id}-title");
    let empty = rows.is_empty();
    view! {
        <section class="panel chart" aria-labelledby=title_id.clone()>
            <h2 id=title_id.clone()>{title.clone()}</h2>
            {(!empty).then(|| view! {
                <div class="chart__body">
                    // The picture repeats the table beside it: hidden from
                    // screen readers, which read the table.
                    <svg class="chart__svg" viewBox=format!("0 0 {WIDTH} {height}") aria-hidden="true" focusable="false" preserveAspectRatio="xMinYMin meet">
                        {bars}
                    </svg>
                    <table class="register chart__table" data-testid=format!("stats-{id}")>
                        <thead><tr><th scope="col">{title.clone()}</th><th scope="col">{count_header.clone()}</th></tr></thead>
                        <tbody>{table_rows}</tbody>
                    </table>
                </div>
                <button type="button" class="button button--secondary button--small" data-testid=format!("csv-{id}")
                    on:click=move |_| download(&file, &csv_text, "text/csv")>{t!(i18n, stats_download_csv)}</button>
            })}
            {empty.then(|| view! { <p class="empty">{t!(i18n, stats_none)}</p> })}
        </section>
    }
}

fn figures(i18n: crate::I18n, s: &Statistics) -> impl IntoView {
    let named = |rows: &[(Label, usize)]| {
        rows.iter()
            .map(|(l, n)| (label_text(i18n, l), *n))
            .collect::<Vec<_>>()
    };
    let durations = [
        (
            t_string!(i18n, stats_to_acknowledgement).to_string(),
            s.to_acknowledgement,
        ),
        (
            t_string!(i18n, stats_to_execution).to_string(),
            s.to_execution,
        ),
    ];
    let header = [
        t_string!(i18n, stats_interval).to_string(),
        t_string!(i18n, stats_count).to_string(),
        t_string!(i18n, stats_median).to_string(),
        t_string!(i18n, stats_p90).to_string(),
        t_string!(i18n, stats_mean).to_string(),
    ];
    let duration_rows: Vec<Vec<String>> = durations
        .iter()
        .map(|(name, d)| {
            vec![
                name.clone(),
                d.count.to_string(),
                days_text(d.median),
                days_text(d.p90),
                days_text(d.mean),
            ]
        })
        .collect();
    let duration_csv = csv(
        &header.iter().map(String::as_str).collect::<Vec<_>>(),
        &duration_rows,
    );
    view! {
        <dl class="summary" data-testid="stats-summary">
            <div><dt>{t!(i18n, stats_total)}</dt><dd>{s.total}</dd></div>
            <div><dt>{t!(i18n, stats_pending)}</dt><dd>{s.pending}</dd></div>
            <div><dt>{t!(i18n, stats_urgent)}</dt><dd>{s.urgent}</dd></div>
            <div><dt>{t!(i18n, stats_returned)}</dt><dd>{s.returned_for_information}</dd></div>
        </dl>
        <section class="panel" aria-labelledby="stats-durations">
            <h2 id="stats-durations">{t!(i18n, stats_durations_title)}</h2>
            <table class="register" data-testid="stats-durations">
                <thead><tr>{header.iter().map(|h| view! { <th scope="col">{h.clone()}</th> }).collect_view()}</tr></thead>
                <tbody>{duration_rows.into_iter().map(|r| view! {
                    <tr><th scope="row">{r[0].clone()}</th><td>{r[1].clone()}</td><td>{r[2].clone()}</td><td>{r[3].clone()}</td><td>{r[4].clone()}</td></tr>
                }).collect_view()}</tbody>
            </table>
            <p class="hint">{t!(i18n, stats_days_hint)}</p>
            <button type="button" class="button button--secondary button--small" data-testid="csv-durations"
                on:click=move |_| download("mla-statistics-durations.csv", &duration_csv, "text/csv")>{t!(i18n, stats_download_csv)}</button>
        </section>
        {chart(i18n, "status", t_string!(i18n, stats_by_status).to_string(), named(&s.by_status))}
        {chart(i18n, "kind", t_string!(i18n, stats_by_kind).to_string(), named(&s.by_kind))}
        {chart(i18n, "state", t_string!(i18n, stats_by_state).to_string(), named(&s.by_state))}
        {chart(i18n, "year", t_string!(i18n, stats_by_year).to_string(), named(&s.by_year))}
        {chart(i18n, "refusals", t_string!(i18n, stats_refusals).to_string(), named(&s.refusals))}
    }
}

#[component]
pub fn StatisticsPage() -> impl IntoView {
    let i18n = use_i18n();
    let loaded = LocalResource::new(crate::storage::cases::load);
    let year = RwSignal::new(None::<i32>);
    let direction = RwSignal::new(None::<Direction>);
    let years = move |l: &Loaded| {
        let all = statistics(&l.cases, |id| events_of(l, id), Scope::default());
        all.by_year
            .iter()
            .filter_map(|(label, _)| match label {
                Label::Year(y) => Some(*y),
                _ => None,
            })
            .collect::<Vec<_>>()
    };
    view! {
        <PageHeading text=Signal::derive(move || t_string!(i18n, stats_title).to_string()) />
        <p><A href="/cases">{t!(i18n, case_back)}</A></p>
        <Suspense fallback=|| ()>
            {move || loaded.get().map(|r| match r {
                Err(e) => view! { <p class="notice notice--error" role="alert">{crate::texts::errors::storage(i18n, &e)}</p> }.into_any(),
                Ok(l) => {
                    let list = years(&l);
                    let l2 = l.clone();
                    view! {
                        <div class="search__filters no-print">
                            <FieldFrame id="stats-year" label=label!(i18n, stats_year)>
                                <select id="stats-year" class="field__control field__control--select" on:change=move |ev| year.set(event_target_value(&ev).parse().ok())>
                                    <option value="">{t!(i18n, stats_all_years)}</option>
                                    {list.iter().map(|y| view! { <option value=y.to_string()>{y.to_string()}</option> }).collect_view()}
                                </select>
                            </FieldFrame>
                            <FieldFrame id="stats-direction" label=label!(i18n, cases_col_direction)>
                                <select id="stats-direction" class="field__control field__control--select" on:change=move |ev| direction.set(Direction::from_name(&event_target_value(&ev)))>
                                    <option value="">{t!(i18n, dir_filter_any)}</option>
                                    {Direction::ALL.iter().map(|&d| view! { <option value=d.name()>{names::direction(i18n, d)}</option> }).collect_view()}
                                </select>
                            </FieldFrame>
                            <button type="button" class="button button--secondary" on:click=move |_| { let _ = window().print(); }>{t!(i18n, stats_print)}</button>
                        </div>
                        {move || {
                            let s = statistics(&l2.cases, |id| events_of(&l2, id), Scope { year: year.get(), direction: direction.get() });
                            figures(i18n, &s)
                        }}
                    }.into_any()
                }
            })}
        </Suspense>
    }
}
