//! Procedures, confidentiality, use, urgency and assurances.

use leptos::prelude::*;

use crate::components::fields::{CheckField, TextField};
use crate::draft_state::DraftCtx;
use crate::field;
use crate::i18n::*;
use crate::label;

#[component]
pub fn ConditionsStep(ctx: DraftCtx) -> impl IntoView {
    let i18n = use_i18n();
    let (cert, set_cert) = field!(ctx, procedures.certification);
    let (oath, set_oath) = field!(ctx, procedures.oath);
    let (presence, set_presence) = field!(ctx, procedures.presence_of_officials);
    let (recording, set_recording) = field!(ctx, procedures.recording);
    let (proc_other, set_proc_other) = field!(ctx, procedures.other);
    let (conf, set_conf) = field!(ctx, confidentiality.requested);
    let (conf_reasons, set_conf_reasons) = field!(ctx, confidentiality.reasons);
    let (uses, set_uses) = field!(ctx, use_limitation.intended_uses);
    let (urgent, set_urgent) = field!(ctx, urgency.urgent);
    let (urgent_reasons, set_urgent_reasons) = field!(ctx, urgency.reasons);
    let (deadline, set_deadline) = field!(ctx, urgency.deadline);
    let (deadline_reason, set_deadline_reason) = field!(ctx, urgency.deadline_reason);
    let (as_recip, set_as_recip) = field!(ctx, assurances.reciprocity);
    let (as_costs, set_as_costs) = field!(ctx, assurances.costs);
    let (as_death, set_as_death) = field!(ctx, assurances.death_penalty);
    let (as_other, set_as_other) = field!(ctx, assurances.other);
    view! {
        <h2>{t!(i18n, h_procedures)}</h2>
        <TextField path="procedures.certification" label=label!(i18n, f_proc_certification) value=cert on_input=set_cert />
        <CheckField path="procedures.oath" label=label!(i18n, f_oath) checked=oath on_change=set_oath />
        <CheckField path="procedures.presence_of_officials" label=label!(i18n, f_presence) checked=presence on_change=set_presence />
        <CheckField path="procedures.recording" label=label!(i18n, f_recording) checked=recording on_change=set_recording />
        <TextField path="procedures.other" label=label!(i18n, f_proc_other) value=proc_other on_input=set_proc_other multiline=true />

        <h2>{t!(i18n, h_confidentiality)}</h2>
        <CheckField path="confidentiality.requested" label=label!(i18n, f_confidentiality_requested) checked=conf on_change=set_conf />
        <Show when=move || conf.get()>
            <TextField path="confidentiality.reasons" label=label!(i18n, f_confidentiality_reasons) value=conf_reasons on_input=set_conf_reasons multiline=true />
        </Show>

        <h2>{t!(i18n, h_use)}</h2>
        <TextField path="use_limitation.intended_uses" label=label!(i18n, f_intended_uses) value=uses on_input=set_uses multiline=true />

        <h2>{t!(i18n, h_urgency)}</h2>
        <CheckField path="urgency.urgent" label=label!(i18n, f_urgent) checked=urgent on_change=set_urgent />
        <Show when=move || urgent.get()>
            <TextField path="urgency.reasons" label=label!(i18n, f_urgency_reasons) value=urgent_reasons on_input=set_urgent_reasons multiline=true />
        </Show>
        <TextField path="urgency.deadline" label=label!(i18n, f_deadline) value=deadline on_input=set_deadline kind="date" />
        <TextField path="urgency.deadline_reason" label=label!(i18n, f_deadline_reason) value=deadline_reason on_input=set_deadline_reason multiline=true />

        <h2>{t!(i18n, h_assurances)}</h2>
        <CheckField path="assurances.reciprocity" label=label!(i18n, f_as_reciprocity) checked=as_recip on_change=set_as_recip />
        <CheckField path="assurances.costs" label=label!(i18n, f_as_costs) checked=as_costs on_change=set_as_costs />
        <CheckField path="assurances.death_penalty" label=label!(i18n, f_as_death_penalty) checked=as_death on_change=set_as_death />
        <TextField path="assurances.other" label=label!(i18n, f_as_other) value=as_other on_input=set_as_other multiline=true />
    }
}
