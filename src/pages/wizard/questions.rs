//! The steps about the request as a whole, rendered from the core's
//! question list (`mla_core::questions`): each question becomes the field
//! its input asks for, bound to the draft through the question's own
//! accessors, and each list gets the same editor (items, remove, add).

use leptos::prelude::*;
use mla_core::questions::measures::{self, Category};
use mla_core::questions::{self, Access, Input, List, Panel, Part, Question};
use mla_core::steps::Step;

use super::reference_panels::{AddresseePanel, LegalBasisFinder};
use crate::components::fields::{field_id, CheckField, SelectField, TextField};
use crate::components::state_field::StateField;
use crate::draft_state::DraftCtx;
use crate::i18n::*;
use crate::ids;
use crate::reference::names;
use crate::texts::questions as text;
use mla_core::languages::DOCUMENT_LANGUAGES;

/// Everything a step asks, in the core's order.
#[component]
pub fn StepQuestions(ctx: DraftCtx, step: Step) -> impl IntoView {
    let i18n = use_i18n();
    questions::parts(step)
        .iter()
        .map(|part| match part {
            Part::Panel(Panel::Addressee) => view! { <AddresseePanel ctx=ctx /> }.into_any(),
            Part::Panel(Panel::LegalBasisFinder) => {
                view! { <LegalBasisFinder ctx=ctx /> }.into_any()
            }
            Part::Heading(h) => {
                let h = *h;
                view! { <h2>{move || text::heading(i18n, h)}</h2> }.into_any()
            }
            Part::Ask(q) => view! { <Ask ctx=ctx question=q /> }.into_any(),
            Part::List(l) => view! { <ListEditor ctx=ctx list=l /> }.into_any(),
        })
        .collect_view()
}

/// One question; `item` is the list item (or measure) it is about, with
/// its index.
#[component]
pub(super) fn Ask(
    ctx: DraftCtx,
    question: &'static Question,
    #[prop(optional)] item: Option<(usize, String)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let draft = ctx.draft;
    let q = question;
    let (path, id) = match item {
        Some((i, id)) => (q.id.path_at(i), id),
        None => (q.path.to_string(), String::new()),
    };
    let item_id = id.clone();
    let label = Signal::derive(move || text::label(i18n, q.id));
    let has_hint = text::hint(i18n, q.id).is_some();
    let hint = move || {
        has_hint.then(|| Signal::derive(move || text::hint(i18n, q.id).unwrap_or_default()))
    };
    let field = move || {
        match q.access {
        Access::Flag { get, set } => {
            let (read, write) = (id.clone(), id.clone());
            let checked = Signal::derive(move || draft.with(|d| get(d, &read)));
            let on_change = move |v| draft.update(|d| set(d, &write, v));
            match hint() {
                Some(hint) => view! { <CheckField path=path.clone() label=label hint=hint checked=checked on_change=on_change /> }.into_any(),
                None => view! { <CheckField path=path.clone() label=label checked=checked on_change=on_change /> }.into_any(),
            }
        }
        Access::Text { get, set } => {
            let (read, write) = (id.clone(), id.clone());
            let value = Signal::derive(move || draft.with(|d| get(d, &read)));
            let on_input = move |v: String| draft.update(|d| set(d, &write, v));
            text_field(draft, q.input, path.clone(), label, hint(), value, on_input)
        }
        Access::Ids { get, set } => {
            view! { <IdsField draft=draft path=path.clone() label=label item=id.clone() get=get set=set /> }.into_any()
        }
        Access::Categories { get, set } => {
            let boxes = Category::ALL
                .into_iter()
                .enumerate()
                .map(|(n, cat)| {
                    let (read, write) = (id.clone(), id.clone());
                    let checked = Signal::derive(move || draft.with(|d| cat.get(&get(d, &read))));
                    let on_change = move |on: bool| {
                        draft.update(|d| {
                            let mut all = get(d, &write);
                            cat.set(&mut all, on);
                            set(d, &write, all);
                        })
                    };
                    // The first box carries the group's path, so a finding
                    // about the group focuses it.
                    let box_path = if n == 0 { path.clone() } else { format!("{path}.{}", cat.field()) };
                    let text = Signal::derive(move || text::category(i18n, cat));
                    view! { <CheckField path=box_path label=text checked=checked on_change=on_change /> }
                })
                .collect_view();
            view! { <fieldset class="group"><legend>{label}</legend>{boxes}</fieldset> }.into_any()
        }
    }
    };
    match q.only_if {
        None => field().into_any(),
        Some(shown) => {
            let item = item_id.clone();
            view! { <Show when=move || draft.with(|d| shown(d, &item))>{field.clone()}</Show> }
                .into_any()
        }
    }
}

/// The control for a question answered in text.
fn text_field(
    draft: RwSignal<mla_core::Draft>,
    input: Input,
    path: String,
    label: Signal<String>,
    hint: Option<Signal<String>>,
    value: Signal<String>,
    on_input: impl Fn(String) + Clone + Send + Sync + 'static,
) -> AnyView {
    let i18n = use_i18n();
    let (kind, multiline) = match input {
        Input::Date => ("date", false),
        Input::DateTime => ("datetime-local", false),
        Input::Email => ("email", false),
        Input::Tel => ("tel", false),
        Input::Area | Input::Lines => ("text", true),
        _ => ("text", false),
    };
    match input {
        Input::State => view! { <StateField path=path label=label value=value on_input=on_input /> }.into_any(),
        Input::Person => {
            let options = Signal::derive(move || {
                let mut o = vec![(String::new(), t_string!(i18n, choose).to_string())];
                draft.with(|d| {
                    o.extend(d.persons.iter().map(|p| (p.id.clone(), measures::person_label(p))))
                });
                o
            });
            view! { <SelectField path=path label=label options=options value=value on_change=on_input /> }.into_any()
        }
        Input::Annex => {
            // "None" first: an annex is chosen only once it is in the list.
            let options = Signal::derive(move || {
                let mut o = vec![(String::new(), t_string!(i18n, choose).to_string())];
                draft.with(|d| {
                    o.extend(d.annexes.iter().enumerate().map(|(n, a)| {
                        let number = t_string!(i18n, annex_n, n = n + 1).to_string();
                        let title = a.title.trim();
                        let text = if title.is_empty() { number } else { format!("{number}: {title}") };
                        (a.id.clone(), text)
                    }))
                });
                o
            });
            view! { <SelectField path=path label=label options=options value=value on_change=on_input /> }.into_any()
        }
        Input::LanguageCode => {
            let options = Signal::derive(move || {
                let locale = i18n.get_locale();
                let mut named: Vec<(String, String)> = DOCUMENT_LANGUAGES
                    .iter()
                    .map(|c| (c.to_string(), names::language(c, locale.as_str())))
                    .collect();
                named.sort_by_key(|(_, name)| name.to_lowercase());
                let mut o = vec![(String::new(), t_string!(i18n, choose).to_string())];
                o.extend(named);
                o
            });
            match hint {
                Some(hint) => view! { <SelectField path=path label=label hint=hint options=options value=value on_change=on_input /> }.into_any(),
                None => view! { <SelectField path=path label=label options=options value=value on_change=on_input /> }.into_any(),
            }
        }
        Input::Choice(choices) => {
            let options = Signal::derive(move || {
                choices
                    .values()
                    .into_iter()
                    .map(|v| (v.to_string(), text::choice(i18n, choices, v)))
                    .collect::<Vec<_>>()
            });
            view! { <SelectField path=path label=label options=options value=value on_change=on_input /> }.into_any()
        }
        _ => match hint {
            Some(hint) => view! {
                <TextField path=path label=label hint=hint value=value on_input=on_input multiline=multiline kind=kind />
            }
            .into_any(),
            None => view! {
                <TextField path=path label=label value=value on_input=on_input multiline=multiline kind=kind />
            }
            .into_any(),
        },
    }
}

/// Checkboxes choosing items of the draft's electronic identifiers, in
/// the order ticked.
#[component]
fn IdsField(
    draft: RwSignal<mla_core::Draft>,
    path: String,
    label: Signal<String>,
    item: String,
    get: fn(&mla_core::Draft, &str) -> Vec<String>,
    set: fn(&mut mla_core::Draft, &str, Vec<String>),
) -> impl IntoView {
    let i18n = use_i18n();
    let path_for_empty = path.clone();
    view! {
        <fieldset class="group">
            <legend>{label}</legend>
            {move || {
                let targets: Vec<(String, String)> = draft.with(|d| {
                    d.identifiers
                        .iter()
                        .map(|i| {
                            let kind = text::identifier_kind(i18n, i.kind);
                            let value = if i.value.trim().is_empty() { i.id.clone() } else { i.value.trim().to_string() };
                            (i.id.clone(), format!("{kind}: {value}"))
                        })
                        .collect()
                });
                if targets.is_empty() {
                    return view! {
                        <p class="field__hint" id=field_id(&path_for_empty) tabindex="-1">{move || t_string!(i18n, identifiers_none)}</p>
                    }
                    .into_any();
                }
                targets
                    .into_iter()
                    .enumerate()
                    .map(|(n, (target, text))| {
                        let (read, write, t2) = (item.clone(), item.clone(), target.clone());
                        let checked = Signal::derive(move || draft.with(|d| get(d, &read).contains(&target)));
                        let on_change = move |on: bool| {
                            draft.update(|d| {
                                let mut ids = get(d, &write);
                                ids.retain(|x| x != &t2);
                                if on {
                                    ids.push(t2.clone());
                                }
                                set(d, &write, ids);
                            })
                        };
                        // The first box carries the group's path, so a
                        // finding about the group focuses it.
                        let box_path = if n == 0 { path.clone() } else { format!("{path}.{n}") };
                        view! { <CheckField path=box_path label=Signal::stored(text) checked=checked on_change=on_change /> }
                    })
                    .collect_view()
                    .into_any()
            }}
        </fieldset>
    }
}

/// A list of the draft: its items (keyed by index and id, so typing keeps
/// focus and moving an item re-renders its paths), remove, and add.
#[component]
fn ListEditor(ctx: DraftCtx, list: &'static List) -> impl IntoView {
    let i18n = use_i18n();
    let draft = ctx.draft;
    let id = list.id;
    view! {
        <For
            each=move || draft.with(|d| (list.ids)(d).into_iter().enumerate().collect::<Vec<_>>())
            key=|k| k.clone()
            children=move |(i, item)| {
                let remove_id = item.clone();
                view! {
                    <fieldset class="item">
                        <legend>{move || text::item_legend(i18n, id, i + 1)}</legend>
                        {list.questions.iter().map(|q| view! { <Ask ctx=ctx question=q item=(i, item.clone()) /> }).collect_view()}
                        <button type="button" class="button button--secondary"
                            on:click=move |_| draft.update(|d| (list.remove)(d, &remove_id))>{t!(i18n, remove)}</button>
                    </fieldset>
                }
            }
        />
        // The list's own path lands here, so an error-summary link about the
        // list as a whole ("add an offence") always has somewhere to go.
        <p id=field_id(list.path) tabindex="-1">
            <button type="button" class="button button--secondary"
                on:click=move |_| draft.update(|d| (list.add)(d, ids::item_id(list.id_prefix)))>
                {move || text::add_item(i18n, id)}
            </button>
        </p>
    }
}
