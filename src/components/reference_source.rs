//! Where the reference data in use comes from: a visible "Sample data"
//! badge for the bundled set, the data date, and the last sync.

use leptos::prelude::*;

use crate::i18n::*;
use crate::intl_format::format_date;
use crate::reference::{use_reference, LoadProblem, Origin};

#[component]
pub fn ReferenceSource() -> impl IntoView {
    let i18n = use_i18n();
    let reference = use_reference();
    view! {
        <div class="source" data-testid="reference-source">
            {move || {
                let locale = i18n.get_locale();
                reference.data.with(|d| match d {
                    None => view! { <p>{t!(i18n, ref_loading)}</p> }.into_any(),
                    Some(d) => {
                        let date = format_date(&d.directory.data_date, locale.as_str());
                        let sample = (d.directory.sample || d.treaties.sample).then(|| view! {
                            <strong class="badge badge--sample" data-testid="sample-badge">{t!(i18n, ref_sample_badge)}</strong>
                        });
                        let origin = match &d.origin {
                            Origin::Bundled => t_string!(i18n, ref_origin_bundled, date = date).to_string(),
                            Origin::Synced { source, fetched_at, checked_at } => t_string!(
                                i18n,
                                ref_origin_synced,
                                date = date,
                                source = source.clone(),
                                fetched = format_date(fetched_at, locale.as_str()),
                                checked = format_date(checked_at, locale.as_str())
                            ).to_string(),
                        };
                        view! { <p>{sample} " " <span data-testid="reference-origin">{origin}</span></p> }.into_any()
                    }
                })
            }}
            {move || reference.problem.get().map(|p| {
                let text = match p {
                    LoadProblem::StoredCopyUnreadable => t_string!(i18n, ref_stored_unreadable),
                    LoadProblem::NothingLoaded => t_string!(i18n, ref_nothing_loaded),
                };
                view! { <p class="notice notice--error" role="alert">{text}</p> }
            })}
        </div>
    }
}
