//! The assistance requested: measures of many types, each asking its own
//! questions (`mla_core::questions::measures`, rendered by the same `Ask`
//! as every other step), then its purpose and its links to facts, persons
//! and offences; moved up and down, removed, added by type.

use leptos::prelude::*;
use mla_core::model::{Measure, MeasureType};
use mla_core::questions::measures::{self, Link};

use super::lists::{keyed, remove, shift};
use super::questions::Ask;
use crate::components::fields::{field_id, CheckField, SelectField};
use crate::draft_state::DraftCtx;
use crate::i18n::*;
use crate::ids;
use crate::texts::questions as text;

/// Checkboxes linking a measure to items of another list.
#[component]
fn Links(ctx: DraftCtx, index: usize, id: String, link: Link) -> impl IntoView {
    let i18n = use_i18n();
    let draft = ctx.draft;
    let path = link.path_at(index);
    let path_for_empty = path.clone();
    view! {
        <fieldset class="group">
            <legend>{move || text::links_legend(i18n, link)}</legend>
            {move || {
                let items = draft.with(|d| link.targets(d));
                if items.is_empty() {
                    return view! {
                        <p class="field__hint" id=field_id(&path_for_empty) tabindex="-1">{move || text::links_none(i18n, link)}</p>
                    }.into_any();
                }
                items
                    .into_iter()
                    .enumerate()
                    .map(|(n, (target, label))| {
                        let (gid, sid, target2) = (id.clone(), id.clone(), target.clone());
                        let checked = Signal::derive(move || {
                            draft.with(|d| d.measures.iter().find(|m| m.id == gid).is_some_and(|m| link.of(m).contains(&target)))
                        });
                        let on_change = move |on: bool| {
                            draft.update(|d| {
                                if let Some(m) = d.measures.iter_mut().find(|m| m.id == sid) {
                                    let l = link.of_mut(m);
                                    l.retain(|x| x != &target2);
                                    if on {
                                        l.push(target2.clone());
                                    }
                                }
                            })
                        };
                        let box_path = if n == 0 { path.clone() } else { format!("{path}.{n}") };
                        view! { <CheckField path=box_path label=Signal::stored(label) checked=checked on_change=on_change /> }
                    })
                    .collect_view()
                    .into_any()
            }}
        </fieldset>
    }
}

#[component]
pub fn MeasuresStep(ctx: DraftCtx) -> impl IntoView {
    let i18n = use_i18n();
    let draft = ctx.draft;
    let new_type = RwSignal::new(MeasureType::ALL[0]);
    let type_options = Signal::derive(move || {
        MeasureType::ALL
            .iter()
            .map(|t| (t.name().to_string(), text::measure_type(i18n, *t)))
            .collect::<Vec<_>>()
    });
    let add = move |_| {
        let m = Measure::new(ids::item_id("m"), new_type.get_untracked());
        draft.update(|d| d.measures.push(m));
    };
    view! {
        <For
            each=move || draft.with(|d| keyed(&d.measures, |x| &x.id))
            key=|k| k.clone()
            children=move |(i, id)| {
                let measure_type = draft.with_untracked(|d| d.measures[i].details.measure_type());
                let kind = draft.with_untracked(|d| d.measures[i].details.clone());
                let questions = measures::of(&kind)
                    .iter()
                    .chain(measures::COMMON)
                    .map(|q| view! { <Ask ctx=ctx question=q item=(i, id.clone()) /> })
                    .collect_view();
                let links = Link::ALL
                    .into_iter()
                    .map(|link| view! { <Links ctx=ctx index=i id=id.clone() link=link /> })
                    .collect_view();
                let rid = id.clone();
                view! {
                    <fieldset class="item item--measure">
                        <legend>{move || t_string!(i18n, measure_n, n = i + 1, kind = text::measure_type(i18n, measure_type)).to_string()}</legend>
                        {questions}
                        {links}
                        <div class="item__actions">
                            <button type="button" class="button button--secondary" disabled=move || i == 0
                                on:click=move |_| shift(draft, |d| &mut d.measures, i, -1)>{t!(i18n, move_up)}</button>
                            <button type="button" class="button button--secondary" disabled=move || i + 1 >= draft.with(|d| d.measures.len())
                                on:click=move |_| shift(draft, |d| &mut d.measures, i, 1)>{t!(i18n, move_down)}</button>
                            <button type="button" class="button button--secondary"
                                on:click=move |_| remove(draft, |d| &mut d.measures, |x| x.id == rid)>{t!(i18n, remove)}</button>
                        </div>
                    </fieldset>
                }
            }
        />
        <div class="add-measure" id="f-measures" tabindex="-1">
            <SelectField path="new_measure_type" label=Signal::derive(move || t_string!(i18n, f_measure_type).to_string())
                options=type_options value=Signal::derive(move || new_type.get().name().to_string())
                on_change=move |v: String| if let Some(t) = MeasureType::from_name(&v) { new_type.set(t) } />
            <button type="button" class="button button--secondary" on:click=add>{t!(i18n, add_measure)}</button>
        </div>
    }
}
