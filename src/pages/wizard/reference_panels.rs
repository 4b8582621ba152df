//! Where the wizard meets the reference data: the addressee chosen from the
//! directory with its requirements, and the legal-basis finder.

use leptos::prelude::*;
use mla_core::reference::legal_basis::{find, insert, is_used, subjects_of};

use crate::draft_state::DraftCtx;
use crate::i18n::*;
use crate::reference::{names, use_reference};
use crate::texts::names::{channel, language_list, treaty_kind};

/// "Choose from the directory", and once chosen, what that authority
/// requires (accepted languages, documents, channels, urgent procedure).
#[component]
pub fn AddresseePanel(ctx: DraftCtx) -> impl IntoView {
    let i18n = use_i18n();
    let reference = use_reference();
    let draft = ctx.draft;
    let href = move || draft.with(|d| format!("/directory?draft={}", d.id));
    let record = move || {
        let id = draft.with(|d| d.requested.directory_id.clone());
        reference
            .data
            .with(|r| r.as_ref().and_then(|r| r.directory.get(&id).cloned()))
    };
    view! {
        <div class="panel" data-testid="addressee-panel">
            <p><a class="button button--secondary" href=href>{t!(i18n, choose_from_directory)}</a></p>
            {move || record().map(|a| {
                let locale = i18n.get_locale();
                let channels = a.channels.iter().map(|c| channel(i18n, *c)).collect::<Vec<_>>().join(", ");
                view! {
                    <h3>{t!(i18n, addressee_requirements)}</h3>
                    <dl class="record">
                        <dt>{t!(i18n, authority_accepted_languages)}</dt>
                        <dd data-testid="addressee-languages">{language_list(&a.accepted_languages, locale.as_str())}</dd>
                        <dt>{t!(i18n, authority_required_documents)}</dt>
                        <dd><ul>{a.required_documents.iter().map(|d| view! { <li>{d.clone()}</li> }).collect_view()}</ul></dd>
                        <dt>{t!(i18n, authority_channels)}</dt>
                        <dd>{channels}</dd>
                        <dt>{t!(i18n, authority_urgent)}</dt>
                        <dd>{a.urgent_procedure.clone()}</dd>
                    </dl>
                    <p><a href=format!("/directory/{}", a.id)>{t_string!(i18n, addressee_open_record, name = names::country(&a.country, locale.as_str())).to_string()}</a></p>
                }
            })}
        </div>
    }
}

/// Instruments in force between the two States covering the request,
/// most specific first, each insertable; reciprocity when there is none.
#[component]
pub fn LegalBasisFinder(ctx: DraftCtx) -> impl IntoView {
    let i18n = use_i18n();
    let reference = use_reference();
    let draft = ctx.draft;
    let today = crate::ids::now()[..10].to_string();
    let states = move || {
        draft.with(|d| {
            (
                d.requesting.state.trim().to_uppercase(),
                d.requested.state.trim().to_uppercase(),
            )
        })
    };
    let found = Memo::new(move |_| {
        let (a, b) = states();
        let subjects = draft.with(subjects_of);
        reference.data.with(|r| {
            r.as_ref()
                .map(|r| {
                    find(&r.treaties, &a, &b, &subjects, &today)
                        .into_iter()
                        .cloned()
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    view! {
        <section class="panel" aria-labelledby="finder-heading" data-testid="legal-basis-finder">
            <h3 id="finder-heading">{t!(i18n, finder_heading)}</h3>
            {move || {
                let (a, b) = states();
                let locale = i18n.get_locale();
                if a.is_empty() || b.is_empty() {
                    return view! { <p>{t!(i18n, finder_need_states)}</p> }.into_any();
                }
                // Until the data is loaded, "nothing found" would be untrue.
                if reference.data.with(Option::is_none) {
                    return view! { <p>{t!(i18n, ref_loading)}</p> }.into_any();
                }
                let (na, nb) = (names::country(&a, locale.as_str()), names::country(&b, locale.as_str()));
                let list = found.get();
                if list.is_empty() {
                    let tick = move |_| draft.update(|d| d.legal_basis.reciprocity = true);
                    return view! {
                        <p data-testid="finder-none">{t_string!(i18n, finder_none, a = na, b = nb).to_string()}</p>
                        <button type="button" class="button button--secondary" on:click=tick
                            disabled=move || draft.with(|d| d.legal_basis.reciprocity)>{t!(i18n, finder_use_reciprocity)}</button>
                    }.into_any();
                }
                view! {
                    <p>{t_string!(i18n, finder_intro, a = na, b = nb).to_string()}</p>
                    <ol class="finder">
                        {list.into_iter().map(|t| {
                            let record = t.clone();
                            let used = Signal::derive(move || draft.with(|d| is_used(d, &record)));
                            let kind = treaty_kind(i18n, t.kind);
                            let title = t.title.clone();
                            let treaty = t.clone();
                            view! {
                                <li>
                                    <span class="finder__title">{title.clone()}</span>
                                    <span class="results__meta">{kind} " · " <bdi>{t.articles.clone()}</bdi></span>
                                    <button type="button" class="button button--small button--secondary"
                                        disabled=used
                                        on:click=move |_| draft.update(|d| { insert(d, &treaty); })>
                                        {move || if used.get() { t_string!(i18n, finder_inserted).to_string() } else { t_string!(i18n, finder_insert, title = title.clone()).to_string() }}
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
        </section>
    }
}
