//! The directory of competent national authorities: search as you type,
//! filters by designation and accepted language, links to each record.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;
use mla_core::reference::search::{Filter, Labels, SearchIndex};
use mla_core::reference::Designation;

use crate::components::fields::FieldFrame;
use crate::components::page_heading::PageHeading;
use crate::components::reference_source::ReferenceSource;
use crate::i18n::*;
use crate::label;
use crate::reference::{names, use_reference};
use crate::texts::names::designation as designation_name;

/// Results shown at once; the count says how many matched in all.
const SHOWN: usize = 50;

#[component]
pub fn DirectoryPage() -> impl IntoView {
    let i18n = use_i18n();
    let reference = use_reference();
    let query_map = use_query_map();
    // A draft being addressed travels with the user to the record page.
    let for_draft = move || query_map.with(|q| q.get("draft"));
    let query = RwSignal::new(String::new());
    let designation = RwSignal::new(String::new());
    let language = RwSignal::new(String::new());

    let index = Memo::new(move |_| {
        let locale = i18n.get_locale();
        reference.data.with(|d| {
            d.as_ref().map(|d| {
                let tag = locale.as_str();
                let country = |c: &str| names::country(c, tag);
                let designation = |x: Designation| designation_name(i18n, x);
                let language = |l: &str| names::language(l, tag);
                IndexHandle(std::sync::Arc::new(SearchIndex::build(
                    &d.directory,
                    &Labels {
                        country: &country,
                        designation: &designation,
                        language: &language,
                    },
                )))
            })
        })
    });
    let results = Memo::new(move |_| {
        let filter = Filter {
            designation: Designation::ALL
                .into_iter()
                .find(|d| d.as_str() == designation.get()),
            language: Some(language.get()).filter(|l| !l.is_empty()),
        };
        index
            .get()
            .map(|ix| ix.0.search(&query.get(), &filter))
            .unwrap_or_default()
    });
    let languages = Memo::new(move |_| {
        let tags = reference.data.with(|d| {
            d.as_ref()
                .map(|d| d.directory.accepted_languages())
                .unwrap_or_default()
        });
        let locale = i18n.get_locale();
        let mut named: Vec<(String, String)> = tags
            .into_iter()
            .map(|t| (names::language(&t, locale.as_str()), t))
            .collect();
        named.sort();
        named
    });

    let count_text = move || {
        let n = results.with(Vec::len);
        if n > SHOWN {
            t_string!(i18n, dir_count_some, shown = SHOWN, total = n).to_string()
        } else {
            t_string!(i18n, dir_count, total = n).to_string()
        }
    };

    view! {
        <PageHeading text=Signal::derive(move || t_string!(i18n, directory_title).to_string()) />
        <ReferenceSource />
        <div class="search" role="search">
            <FieldFrame id="dir-search" label=label!(i18n, dir_search_label) hint=Some(label!(i18n, dir_search_hint))>
                <input id="dir-search" type="search" class="field__control" aria-describedby="dir-search-hint"
                    autocomplete="off" prop:value=query on:input=move |ev| query.set(event_target_value(&ev)) />
            </FieldFrame>
            <div class="search__filters">
                <FieldFrame id="dir-designation" label=label!(i18n, dir_filter_designation)>
                    <select id="dir-designation" class="field__control field__control--select" on:change=move |ev| designation.set(event_target_value(&ev))>
                        <option value="" selected=move || designation.get().is_empty()>{t!(i18n, dir_filter_any)}</option>
                        {Designation::ALL.into_iter().map(|d| view! {
                            <option value=d.as_str() selected=move || designation.get() == d.as_str()>{move || designation_name(i18n, d)}</option>
                        }).collect_view()}
                    </select>
                </FieldFrame>
                <FieldFrame id="dir-language" label=label!(i18n, dir_filter_language)>
                    <select id="dir-language" class="field__control field__control--select" on:change=move |ev| language.set(event_target_value(&ev))>
                        <option value="" selected=move || language.get().is_empty()>{t!(i18n, dir_filter_any)}</option>
                        <For each=move || languages.get() key=|(_, tag)| tag.clone() children=move |(name, tag)| {
                            let value = tag.clone();
                            view! { <option value=tag selected=move || language.get() == value>{name}</option> }
                        } />
                    </select>
                </FieldFrame>
            </div>
        </div>
        <p class="search__count" role="status" data-testid="dir-count">{count_text}</p>
        <ul class="results" data-testid="dir-results">
            {move || {
                let draft = for_draft();
                let locale = i18n.get_locale();
                reference.data.with(|d| {
                    let Some(d) = d else { return Vec::new() };
                    results.with(|r| {
                        r.iter().take(SHOWN).map(|&i| {
                            let a = &d.directory.authorities[i];
                            let href = match &draft {
                                Some(id) => format!("/directory/{}?draft={id}", a.id),
                                None => format!("/directory/{}", a.id),
                            };
                            let designations = a.designations.iter()
                                .map(|x| designation_name(i18n, *x))
                                .collect::<Vec<_>>()
                                .join(", ");
                            let name = a.name.clone();
                            let meta = format!("{} · {designations}", names::country(&a.country, locale.as_str()));
                            view! {
                                <li class="results__item">
                                    <A href=href>{name}</A>
                                    <span class="results__meta">{meta}</span>
                                </li>
                            }
                        }).collect::<Vec<_>>()
                    })
                })
            }}
        </ul>
    }
}

/// A built index, compared by identity (rebuilding is what changes it).
#[derive(Clone)]
pub struct IndexHandle(pub std::sync::Arc<SearchIndex>);

impl PartialEq for IndexHandle {
    fn eq(&self, other: &Self) -> bool {
        std::sync::Arc::ptr_eq(&self.0, &other.0)
    }
}
