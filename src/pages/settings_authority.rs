//! Settings: the user's own authority and officers, entered once; new
//! drafts and cases start from them (`mla_core::own_authority`).

use leptos::prelude::*;
use leptos::task::spawn_local;
use mla_core::own_authority::OwnAuthority;
use mla_core::storage::StorageError;

use crate::components::fields::FieldFrame;
use crate::i18n::*;
use crate::label;

#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    Saved,
    Failed(StorageError),
}

#[component]
pub fn AuthoritySettings() -> impl IntoView {
    let i18n = use_i18n();
    let own = RwSignal::new(OwnAuthority::default());
    let status = RwSignal::new(Status::Idle);
    spawn_local(async move {
        match crate::storage::own_authority::load().await {
            Ok(o) => own.set(o),
            Err(e) => status.set(Status::Failed(e)),
        }
    });
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        spawn_local(async move {
            let value = own.get_untracked();
            status.set(match crate::storage::own_authority::save(&value).await {
                Ok(()) => Status::Saved,
                Err(e) => Status::Failed(e),
            });
        });
    };
    let field = move |id: &'static str,
                      text: Signal<String>,
                      get: fn(&OwnAuthority) -> String,
                      set: fn(&mut OwnAuthority, String)| {
        view! {
            <FieldFrame id=id label=text>
                <input id=id type="text" class="field__control" prop:value=move || own.with(get)
                    on:input=move |ev| { let v = event_target_value(&ev); own.update(|o| set(o, v)); status.set(Status::Idle) } />
            </FieldFrame>
        }
    };
    view! {
        <section aria-labelledby="own-authority-heading">
            <h2 id="own-authority-heading">{t!(i18n, own_authority_heading)}</h2>
            <p>{t!(i18n, own_authority_intro)}</p>
            <form class="form" on:submit=save>
                {field("own-state", label!(i18n, own_authority_state), |o| o.state.clone(), |o, v| o.state = v)}
                {field("own-name", label!(i18n, own_authority_name), |o| o.authority.name.clone(), |o, v| o.authority.name = v)}
                {field("own-functions", label!(i18n, own_authority_functions), |o| o.authority.functions.clone(), |o, v| o.authority.functions = v)}
                {field("own-address", label!(i18n, own_authority_address), |o| o.authority.address.clone(), |o, v| o.authority.address = v)}
                {field("own-contact", label!(i18n, own_authority_contact), |o| o.authority.contact_person.clone(), |o, v| o.authority.contact_person = v)}
                {field("own-phone", label!(i18n, own_authority_phone), |o| o.authority.phone.clone(), |o, v| o.authority.phone = v)}
                {field("own-email", label!(i18n, own_authority_email), |o| o.authority.email.clone(), |o, v| o.authority.email = v)}
                <FieldFrame id="own-officers" label=label!(i18n, own_authority_officers) hint=Some(label!(i18n, own_authority_officers_hint))>
                    <textarea id="own-officers" class="field__control" rows="3" aria-describedby="own-officers-hint"
                        prop:value=move || own.with(|o| o.officers.join("\n"))
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            own.update(|o| o.officers = v.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect());
                            status.set(Status::Idle);
                        }></textarea>
                </FieldFrame>
                <button type="submit" class="button" data-testid="own-authority-save">{t!(i18n, own_authority_save)}</button>
                {move || match status.get() {
                    Status::Idle => ().into_any(),
                    Status::Saved => view! { <p role="status">{t!(i18n, own_authority_saved)}</p> }.into_any(),
                    Status::Failed(e) => view! { <p class="notice notice--error" role="alert">{crate::texts::errors::storage(i18n, &e)}</p> }.into_any(),
                }}
            </form>
        </section>
    }
}
