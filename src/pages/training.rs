//! Training mode: a store in memory only (nothing written to the disk,
//! gone when the tab closes or reloads), with a banner, and the training
//! exercises trainers load into it.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;

use crate::components::technical_detail::TechnicalDetail;
use crate::components::training_banner::training_on;
use crate::exercises::{self, ExerciseError};
use crate::i18n::*;
use crate::vault::session::{self, use_vault};

/// The Settings section that starts training mode.
#[component]
pub fn TrainingSettings() -> impl IntoView {
    let i18n = use_i18n();
    let on = training_on();
    let vault = use_vault();
    let navigate = use_navigate();
    let start = move |_| {
        let navigate = navigate.clone();
        spawn_local(async move {
            if session::start_training(vault).await.is_ok() {
                navigate("/", Default::default());
            }
        });
    };
    view! {
        <section aria-labelledby="training-heading">
            <h2 id="training-heading">{t!(i18n, training_heading)}</h2>
            <p>{t!(i18n, training_intro)}</p>
            <Show when=move || !on.get() fallback=move || view! { <p>{t!(i18n, training_banner)}</p> }>
                <button type="button" class="button button--secondary" on:click=start.clone()>{t!(i18n, training_start)}</button>
            </Show>
        </section>
    }
}

/// The title and task of exercise `n` (its file is `exercises::FILES[n]`).
fn title(i18n: crate::I18n, n: usize) -> String {
    match n {
        0 => t_string!(i18n, exercise_1_title),
        1 => t_string!(i18n, exercise_2_title),
        2 => t_string!(i18n, exercise_3_title),
        3 => t_string!(i18n, exercise_4_title),
        _ => t_string!(i18n, exercise_5_title),
    }
    .to_string()
}

fn task(i18n: crate::I18n, n: usize) -> String {
    match n {
        0 => t_string!(i18n, exercise_1_task),
        1 => t_string!(i18n, exercise_2_task),
        2 => t_string!(i18n, exercise_3_task),
        3 => t_string!(i18n, exercise_4_task),
        _ => t_string!(i18n, exercise_5_task),
    }
    .to_string()
}

/// The exercises, on the drafts page while training mode is on.
#[component]
pub fn Exercises(on_loaded: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    let i18n = use_i18n();
    let on = training_on();
    let error = RwSignal::new(None::<ExerciseError>);
    view! {
        <Show when=move || on.get()>
            <section class="panel" aria-labelledby="exercises-heading">
                <h2 id="exercises-heading">{t!(i18n, exercises_heading)}</h2>
                <ol class="exercises">
                    {(0..exercises::FILES.len()).map(|n| view! {
                        <li>
                            <h3>{move || title(i18n, n)}</h3>
                            <p>{move || task(i18n, n)}</p>
                            <button type="button" class="button button--secondary" on:click=move |_| {
                                spawn_local(async move {
                                    match exercises::load(n, title(i18n, n)).await {
                                        Ok(()) => { error.set(None); on_loaded() }
                                        Err(e) => error.set(Some(e)),
                                    }
                                })
                            }>{move || t_string!(i18n, exercise_load, title = title(i18n, n)).to_string()}</button>
                        </li>
                    }).collect_view()}
                </ol>
                {move || error.get().map(|e| view! {
                    <div class="notice notice--error" role="alert">
                        <p>{crate::texts::errors::exercise(i18n, &e)}</p>
                        <TechnicalDetail detail=e.detail() />
                    </div>
                })}
            </section>
        </Show>
    }
}
