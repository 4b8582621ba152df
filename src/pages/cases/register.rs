//! The register: every case in a table, searched, filtered, sorted and
//! paged; export and import of the register file; the way to a new case
//! and to the statistics.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use mla_core::cases::file::{is_register, parse_register, to_file};
use mla_core::cases::query::{select, Query, Row, SortKey};
use mla_core::cases::stats::csv;
use mla_core::cases::store::{ImportReport, Loaded};
use mla_core::cases::{CaseKind, Direction, Status};
use mla_core::draft_file::ImportError;
use mla_core::storage::StorageError;

use super::{events_of, state_name, ui_lang};
use crate::components::fields::FieldFrame;
use crate::components::page_heading::PageHeading;
use crate::components::technical_detail::TechnicalDetail;
use crate::downloads::download;
use crate::i18n::*;
use crate::label;
use crate::texts::{cases as names, errors};

/// Rows per page: a screenful on a small laptop.
const PAGE: usize = 25;

#[derive(Clone)]
enum Notice {
    Imported(ImportReport),
    ImportFailed(ImportError),
    NotARegister,
    Storage(StorageError),
}

#[component]
pub fn RegisterPage() -> impl IntoView {
    let i18n = use_i18n();
    let loaded = LocalResource::new(crate::storage::cases::load);
    let text = RwSignal::new(String::new());
    let direction = RwSignal::new(None::<Direction>);
    let kind = RwSignal::new(None::<CaseKind>);
    let status = RwSignal::new(None::<Status>);
    let state = RwSignal::new(String::new());
    let officer = RwSignal::new(String::new());
    let overdue = RwSignal::new(false);
    let open_only = RwSignal::new(false);
    let sort = RwSignal::new(SortKey::Opened);
    let descending = RwSignal::new(true);
    let page = RwSignal::new(0usize);
    let notice = RwSignal::new(None::<Notice>);
    let today = crate::ids::today();

    let rows = Memo::new(move |_| {
        let lang = ui_lang(i18n);
        let names = move |s: &str| vec![state_name(s, lang)];
        loaded.with(|l| match l {
            Some(Ok(l)) => l
                .cases
                .iter()
                .map(|c| Row::of(c, &events_of(l, &c.id), &names))
                .collect::<Vec<_>>(),
            _ => Vec::new(),
        })
    });
    let query = Memo::new(move |_| Query {
        text: text.get(),
        direction: direction.get(),
        kind: kind.get(),
        status: status.get(),
        open_only: open_only.get(),
        state: state.get(),
        officer: officer.get(),
        overdue_only: overdue.get(),
        sort: sort.get(),
        descending: descending.get(),
        page: page.get(),
        page_size: PAGE,
    });
    // A changed filter starts again at the first page.
    Effect::new(move |_| {
        query.with(|q| {
            (
                q.text.clone(),
                q.direction,
                q.kind,
                q.status,
                q.open_only,
                q.state.clone(),
                q.officer.clone(),
                q.overdue_only,
            )
        });
        page.set(0);
    });
    let selected = Memo::new(move |_| rows.with(|r| query.with(|q| select(r, q, today))));
    let states = Memo::new(move |_| {
        let lang = ui_lang(i18n);
        let mut list: Vec<(String, String)> = rows.with(|r| {
            r.iter()
                .filter(|r| !r.state.is_empty())
                .map(|r| (state_name(&r.state, lang), r.state.clone()))
                .collect()
        });
        list.sort();
        list.dedup();
        list
    });
    let officers = Memo::new(move |_| {
        let mut list: Vec<String> = rows.with(|r| {
            r.iter()
                .map(|r| r.officer.clone())
                .filter(|o| !o.is_empty())
                .collect()
        });
        list.sort();
        list.dedup();
        list
    });

    let export_plain = move |_| {
        spawn_local(async move {
            match crate::storage::cases::register().await {
                Ok(register) => download(
                    "mla-register.json",
                    &to_file(&register, &crate::ids::now()),
                    "application/json",
                ),
                Err(e) => notice.set(Some(Notice::Storage(e))),
            }
        })
    };
    let export_csv = move |_| {
        let lang = ui_lang(i18n);
        let header = [
            t_string!(i18n, cases_col_reference).to_string(),
            t_string!(i18n, cases_col_their_reference).to_string(),
            t_string!(i18n, cases_col_direction).to_string(),
            t_string!(i18n, cases_col_kind).to_string(),
            t_string!(i18n, cases_col_state).to_string(),
            t_string!(i18n, cases_col_status).to_string(),
            t_string!(i18n, cases_col_opened).to_string(),
            t_string!(i18n, cases_col_next_due).to_string(),
            t_string!(i18n, cases_col_officer).to_string(),
        ];
        let mut all = query.get_untracked();
        all.page_size = 0;
        let text = rows.with_untracked(|r| {
            let (hits, _) = select(r, &all, today);
            let lines: Vec<Vec<String>> = hits
                .iter()
                .map(|&i| {
                    let row = &r[i];
                    vec![
                        row.our_reference.clone(),
                        row.their_reference.clone(),
                        names::direction(i18n, row.direction),
                        names::kind(i18n, row.kind),
                        state_name(&row.state, lang),
                        names::status(i18n, row.status),
                        row.opened.map(|d| d.to_string()).unwrap_or_default(),
                        row.next_due.map(|d| d.to_string()).unwrap_or_default(),
                        row.officer.clone(),
                    ]
                })
                .collect();
            csv(
                &header.iter().map(String::as_str).collect::<Vec<_>>(),
                &lines,
            )
        });
        download("mla-register.csv", &text, "text/csv");
    };
    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|t| t.as_string())
                .unwrap_or_default();
            if !is_register(&text) {
                notice.set(Some(Notice::NotARegister));
                return;
            }
            let register = match parse_register(&text) {
                Ok(r) => r,
                Err(e) => {
                    notice.set(Some(Notice::ImportFailed(e)));
                    return;
                }
            };
            notice.set(Some(match crate::storage::cases::import(&register).await {
                Ok(report) => Notice::Imported(report),
                Err(e) => Notice::Storage(e),
            }));
            loaded.refetch();
        });
    };

    let sort_button = move |key: SortKey, text: Signal<String>| {
        let aria = move || {
            (sort.get() == key).then(|| {
                if descending.get() {
                    "descending"
                } else {
                    "ascending"
                }
            })
        };
        view! {
            <th scope="col" aria-sort=aria>
                <button type="button" class="table-sort" data-testid=format!("sort-{key:?}") on:click=move |_| {
                    if sort.get_untracked() == key {
                        descending.update(|d| *d = !*d);
                    } else {
                        sort.set(key);
                        descending.set(false);
                    }
                }>{text}</button>
            </th>
        }
    };

    let notice_view = move || {
        notice.get().map(|n| match n {
        Notice::Imported(r) => view! {
            <div class="notice" role="status">
                <p>{t_string!(i18n, cases_imported, added = r.cases_added, updated = r.cases_updated, events = r.events_added).to_string()}</p>
                {(!r.cases_in_conflict.is_empty()).then(|| view! {
                    <p>{t_string!(i18n, cases_import_conflicts, list = r.cases_in_conflict.join(", ")).to_string()}</p>
                })}
            </div>
        }.into_any(),
        Notice::ImportFailed(e) => view! {
            <div class="error-summary" role="alert">
                <h2>{t!(i18n, cases_import_failed)}</h2>
                <p>{errors::import(i18n, &e)}</p>
                <TechnicalDetail detail=errors::import_detail(&e) />
            </div>
        }.into_any(),
        Notice::NotARegister => view! {
            <div class="error-summary" role="alert">
                <h2>{t!(i18n, cases_import_failed)}</h2>
                <p>{t!(i18n, cases_not_a_register)}</p>
            </div>
        }.into_any(),
        Notice::Storage(e) => view! {
            <div class="error-summary" role="alert">
                <p>{errors::storage(i18n, &e)}</p>
                <TechnicalDetail detail=e.detail().map(str::to_string) />
            </div>
        }.into_any(),
    })
    };

    let body = move || {
        let lang = ui_lang(i18n);
        selected.with(|(hits, total)| rows.with(|r| {
            if *total == 0 {
                return view! { <p class="empty" data-testid="cases-empty">{t!(i18n, cases_none_found)}</p> }.into_any();
            }
            let pages = total.div_ceil(PAGE);
            let list = hits.iter().map(|&i| {
                let row: &Row = &r[i];
                let href = format!("/cases/{}", row.id);
                let reference = if row.our_reference.is_empty() { t_string!(i18n, cases_no_reference).to_string() } else { row.our_reference.clone() };
                let overdue = row.is_overdue(today);
                view! {
                    <tr>
                        <th scope="row"><A href=href>{reference}</A>{row.urgent.then(|| view! { " " <span class="tag tag--urgent">{t!(i18n, cases_urgent)}</span> })}</th>
                        <td>{names::direction(i18n, row.direction)}</td>
                        <td>{names::kind(i18n, row.kind)}</td>
                        <td>{state_name(&row.state, lang)}</td>
                        <td data-testid="case-status">{names::status(i18n, row.status)}</td>
                        <td>{row.opened.map(|d| crate::intl_format::format_date(&d.to_string(), lang.tag()))}</td>
                        <td class:overdue=overdue>
                            {row.next_due.map(|d| crate::intl_format::format_date(&d.to_string(), lang.tag()))}
                            {overdue.then(|| view! { " " <span class="tag tag--overdue">{t!(i18n, cases_overdue)}</span> })}
                        </td>
                        <td>{row.officer.clone()}</td>
                    </tr>
                }
            }).collect_view();
            view! {
                <p role="status" data-testid="cases-count">{t_string!(i18n, cases_count, total = *total).to_string()}</p>
                <div class="table-wrap">
                <table class="register" data-testid="cases-table">
                    <caption class="visually-hidden">{t!(i18n, cases_table_caption)}</caption>
                    <thead><tr>
                        {sort_button(SortKey::OurReference, label!(i18n, cases_col_reference))}
                        <th scope="col">{t!(i18n, cases_col_direction)}</th>
                        <th scope="col">{t!(i18n, cases_col_kind)}</th>
                        {sort_button(SortKey::State, label!(i18n, cases_col_state))}
                        {sort_button(SortKey::Status, label!(i18n, cases_col_status))}
                        {sort_button(SortKey::Opened, label!(i18n, cases_col_opened))}
                        {sort_button(SortKey::NextDue, label!(i18n, cases_col_next_due))}
                        {sort_button(SortKey::Officer, label!(i18n, cases_col_officer))}
                    </tr></thead>
                    <tbody>{list}</tbody>
                </table>
                </div>
                {(pages > 1).then(|| view! {
                    <nav class="pager" aria-label=move || t_string!(i18n, cases_pages)>
                        <button type="button" class="button button--secondary" disabled=move || page.get() == 0
                            on:click=move |_| page.update(|p| *p = p.saturating_sub(1))>{t!(i18n, cases_previous)}</button>
                        <span>{move || t_string!(i18n, cases_page_of, page = page.get() + 1, pages = pages).to_string()}</span>
                        <button type="button" class="button button--secondary" disabled=move || page.get() + 1 >= pages
                            on:click=move |_| page.update(|p| *p += 1)>{t!(i18n, cases_next)}</button>
                    </nav>
                })}
            }.into_any()
        }))
    };

    view! {
        <PageHeading text=Signal::derive(move || t_string!(i18n, cases_title).to_string()) />
        <p class="lead">{t!(i18n, cases_lead)}</p>
        <div class="actions">
            <A href="/cases/new" attr:class="button" attr:data-testid="new-case">{t!(i18n, cases_new)}</A>
            <A href="/cases/statistics" attr:class="button button--secondary">{t!(i18n, cases_statistics)}</A>
        </div>
        {notice_view}
        <div class="search" role="search">
            <FieldFrame id="cases-search" label=label!(i18n, cases_search_label) hint=Some(label!(i18n, cases_search_hint))>
                <input id="cases-search" type="search" class="field__control" aria-describedby="cases-search-hint" autocomplete="off"
                    prop:value=text on:input=move |ev| text.set(event_target_value(&ev)) />
            </FieldFrame>
            <div class="search__filters">
                <FieldFrame id="cases-direction" label=label!(i18n, cases_col_direction)>
                    <select id="cases-direction" class="field__control field__control--select" on:change=move |ev| direction.set(Direction::from_name(&event_target_value(&ev)))>
                        <option value="">{t!(i18n, dir_filter_any)}</option>
                        {Direction::ALL.iter().map(|&d| view! { <option value=d.name()>{names::direction(i18n, d)}</option> }).collect_view()}
                    </select>
                </FieldFrame>
                <FieldFrame id="cases-kind" label=label!(i18n, cases_col_kind)>
                    <select id="cases-kind" class="field__control field__control--select" on:change=move |ev| kind.set(CaseKind::from_name(&event_target_value(&ev)))>
                        <option value="">{t!(i18n, dir_filter_any)}</option>
                        {CaseKind::ALL.iter().map(|&k| view! { <option value=k.name()>{names::kind(i18n, k)}</option> }).collect_view()}
                    </select>
                </FieldFrame>
                <FieldFrame id="cases-status" label=label!(i18n, cases_col_status)>
                    <select id="cases-status" class="field__control field__control--select" on:change=move |ev| status.set(Status::from_name(&event_target_value(&ev)))>
                        <option value="">{t!(i18n, dir_filter_any)}</option>
                        {Status::ALL.iter().map(|&s| view! { <option value=s.name()>{names::status(i18n, s)}</option> }).collect_view()}
                    </select>
                </FieldFrame>
                <FieldFrame id="cases-state" label=label!(i18n, cases_col_state)>
                    <select id="cases-state" class="field__control field__control--select" on:change=move |ev| state.set(event_target_value(&ev))>
                        <option value="">{t!(i18n, dir_filter_any)}</option>
                        {move || states.get().into_iter().map(|(name, code)| view! { <option value=code>{name}</option> }).collect_view()}
                    </select>
                </FieldFrame>
                <FieldFrame id="cases-officer" label=label!(i18n, cases_col_officer)>
                    <select id="cases-officer" class="field__control field__control--select" on:change=move |ev| officer.set(event_target_value(&ev))>
                        <option value="">{t!(i18n, dir_filter_any)}</option>
                        {move || officers.get().into_iter().map(|o| view! { <option value=o.clone()>{o.clone()}</option> }).collect_view()}
                    </select>
                </FieldFrame>
            </div>
            <div class="search__filters">
                <label class="checkbox"><input id="cases-open" type="checkbox" prop:checked=open_only on:change=move |ev| open_only.set(event_target_checked(&ev)) />" "{t!(i18n, cases_open_only)}</label>
                <label class="checkbox"><input id="cases-overdue" type="checkbox" prop:checked=overdue on:change=move |ev| overdue.set(event_target_checked(&ev)) />" "{t!(i18n, cases_overdue_only)}</label>
            </div>
        </div>
        <Suspense fallback=|| ()>
            {move || loaded.get().map(|r| match r {
                Err(e) => view! {
                    <div role="alert"><p class="field__error">{errors::storage(i18n, &e)}</p></div>
                }.into_any(),
                Ok(l) => view! {
                    {unreadable_notice(i18n, &l)}
                    {body}
                }.into_any(),
            })}
        </Suspense>
        <section class="panel" aria-labelledby="cases-files">
            <h2 id="cases-files">{t!(i18n, cases_files_title)}</h2>
            <div class="actions">
                <button type="button" class="button button--secondary" data-testid="cases-csv" on:click=export_csv>{t!(i18n, cases_export_csv)}</button>
                <button type="button" class="button button--secondary" data-testid="cases-export" on:click=export_plain>{t!(i18n, cases_export_plain)}</button>
            </div>
            <p class="hint">{t!(i18n, cases_export_warning)}</p>
            <FieldFrame id="cases-import" label=label!(i18n, cases_import_label)>
                <input id="cases-import" type="file" accept=".json,application/json" class="field__control" on:change=on_file />
            </FieldFrame>
        </section>
    }
}

fn unreadable_notice(i18n: crate::I18n, loaded: &Loaded) -> Option<impl IntoView> {
    (!loaded.unreadable.is_empty()).then(|| {
        let n = loaded.unreadable.len();
        view! { <p class="notice notice--error" role="alert">{t_string!(i18n, cases_unreadable, count = n).to_string()}</p> }
    })
}
