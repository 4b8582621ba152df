//! The home screen's "due" list: every case deadline that is overdue or
//! falls within the next two weeks, most urgent first, with what to do.

use leptos::prelude::*;
use leptos_router::components::A;
use mla_core::cases::deadlines::{due, HORIZON_DAYS};

use crate::i18n::*;
use crate::texts::cases::{self as names, ui_lang};

#[component]
pub fn DueList() -> impl IntoView {
    let i18n = use_i18n();
    let loaded = LocalResource::new(crate::storage::cases::load);
    let today = crate::ids::today();
    let list = move || {
        let lang = ui_lang(i18n);
        loaded.get().and_then(Result::ok).and_then(|l| {
            let items = due(&l.cases, |id| l.events_of(id), today, HORIZON_DAYS);
            (!items.is_empty()).then(|| view! {
                <section class="panel due" aria-labelledby="due-title" data-testid="due-list">
                    <h2 id="due-title">{t!(i18n, due_title)}</h2>
                    <ul>
                        {items.into_iter().map(|d| {
                            let case = l.case(&d.case_id);
                            let reference = case.map(|c| c.our_reference.clone()).filter(|r| !r.is_empty())
                                .unwrap_or_else(|| t_string!(i18n, cases_no_reference).to_string());
                            let left = d.days_left(today);
                            view! {
                                <li class="deadline" class:deadline--overdue=left < 0>
                                    <A href=format!("/cases/{}", d.case_id)>{reference}</A>
                                    " · " <strong>{names::clock(i18n, d.clock)}</strong>
                                    " · " {crate::intl_format::format_date(&d.due.to_string(), lang.tag())}
                                    " · " <span>{names::days_left(i18n, left)}</span>
                                    <br /><span class="hint">{names::clock_action(i18n, d.clock)}</span>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </section>
            })
        })
    };
    view! { <Suspense fallback=|| ()>{list}</Suspense> }
}
