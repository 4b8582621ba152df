//! Translated messages for the core's findings. The core returns a rule id
//! and arguments; this is the one place in the app that turns them into a
//! sentence in the UI language, from the key `finding_<rule id>` (the
//! command line reads the same locale files: `mla-cli/src/messages.rs`).
//! A test checks every rule has its message in every language.

use mla_core::findings::Finding;

use crate::i18n::*;

/// The message for a finding, in the current UI language; `None` for a rule
/// this build has no message for (a test keeps that from happening).
pub fn try_message(i18n: crate::I18n, f: &Finding) -> Option<String> {
    let arg = |k: &str| f.args.get(k).cloned().unwrap_or_default();
    macro_rules! plain {
        ($key:ident) => {
            t_string!(i18n, $key).to_string()
        };
    }
    macro_rules! numbered {
        ($key:ident) => {
            t_string!(i18n, $key, n = arg("n")).to_string()
        };
    }
    Some(match f.rule {
        "requesting_state" => plain!(finding_requesting_state),
        "requesting_authority" => plain!(finding_requesting_authority),
        "requesting_contact" => plain!(finding_requesting_contact),
        "requesting_reference" => plain!(finding_requesting_reference),
        "requested_state" => plain!(finding_requested_state),
        "requested_authority" => plain!(finding_requested_authority),
        "legal_basis" => plain!(finding_legal_basis),
        "instrument_title" => numbered!(finding_instrument_title),
        "proceedings_kind" => plain!(finding_proceedings_kind),
        "proceedings_subject" => plain!(finding_proceedings_subject),
        "proceedings_authority" => plain!(finding_proceedings_authority),
        "proceedings_functions" => plain!(finding_proceedings_functions),
        "offences_none" => plain!(finding_offences_none),
        "offence_name" => numbered!(finding_offence_name),
        "offence_provision" => numbered!(finding_offence_provision),
        "offence_penalty" => numbered!(finding_offence_penalty),
        "offence_conduct" => numbered!(finding_offence_conduct),
        "dual_criminality_conduct" => numbered!(finding_dual_criminality_conduct),
        "facts_summary" => plain!(finding_facts_summary),
        "fact_what" => numbered!(finding_fact_what),
        "fact_when_where" => numbered!(finding_fact_when_where),
        "person_name" => numbered!(finding_person_name),
        "person_nationality" => numbered!(finding_person_nationality),
        "person_location" => numbered!(finding_person_location),
        "identifier_value" => numbered!(finding_identifier_value),
        "identifier_moment" => numbered!(finding_identifier_moment),
        "measures_none" => plain!(finding_measures_none),
        "measure_purpose" => numbered!(finding_measure_purpose),
        "measure_facts" => numbered!(finding_measure_facts),
        "measure_offences" => numbered!(finding_measure_offences),
        "measure_dangling_link" => numbered!(finding_measure_dangling_link),
        "hearing_person" => numbered!(finding_hearing_person),
        "hearing_questions" => numbered!(finding_hearing_questions),
        "hearing_officials" => numbered!(finding_hearing_officials),
        "videoconference_person" => numbered!(finding_videoconference_person),
        "videoconference_reason" => numbered!(finding_videoconference_reason),
        "videoconference_conduct" => numbered!(finding_videoconference_conduct),
        "videoconference_questions" => numbered!(finding_videoconference_questions),
        "videoconference_time_zone" => numbered!(finding_videoconference_time_zone),
        "videoconference_contact" => numbered!(finding_videoconference_contact),
        "service_documents" => numbered!(finding_service_documents),
        "service_recipient" => numbered!(finding_service_recipient),
        "search_premises" => numbered!(finding_search_premises),
        "search_items" => numbered!(finding_search_items),
        "search_grounds" => numbered!(finding_search_grounds),
        "search_order" => numbered!(finding_search_order),
        "freezing_asset" => numbered!(finding_freezing_asset),
        "freezing_link" => numbered!(finding_freezing_link),
        "freezing_value" => numbered!(finding_freezing_value),
        "freezing_order" => numbered!(finding_freezing_order),
        "examination_object" => numbered!(finding_examination_object),
        "information_items" => numbered!(finding_information_items),
        "records_holder" => numbered!(finding_records_holder),
        "records_period" => numbered!(finding_records_period),
        "tracing_property" => numbered!(finding_tracing_property),
        "appearance_person" => numbered!(finding_appearance_person),
        "transfer_person" => numbered!(finding_transfer_person),
        "transfer_consent" => numbered!(finding_transfer_consent),
        "transfer_custody" => numbered!(finding_transfer_custody),
        "preservation_earlier_reference" => numbered!(finding_preservation_earlier_reference),
        "preservation_custodian" => numbered!(finding_preservation_custodian),
        "preservation_data" => numbered!(finding_preservation_data),
        "preservation_necessity" => numbered!(finding_preservation_necessity),
        "preservation_follow_up" => numbered!(finding_preservation_follow_up),
        "stored_data_provider" => numbered!(finding_stored_data_provider),
        "stored_data_categories" => numbered!(finding_stored_data_categories),
        "stored_data_period" => numbered!(finding_stored_data_period),
        "stored_data_time_zone" => numbered!(finding_stored_data_time_zone),
        "subscriber_provider" => numbered!(finding_subscriber_provider),
        "subscriber_identifiers" => numbered!(finding_subscriber_identifiers),
        "subscriber_period" => numbered!(finding_subscriber_period),
        "other_description" => numbered!(finding_other_description),
        "procedures_for_evidence" => plain!(finding_procedures_for_evidence),
        "confidentiality_reasons" => plain!(finding_confidentiality_reasons),
        "use_limitation" => plain!(finding_use_limitation),
        "urgency_reasons" => plain!(finding_urgency_reasons),
        "deadline_reason" => plain!(finding_deadline_reason),
        "deadline_date" => plain!(finding_deadline_date),
        "annex_title" => numbered!(finding_annex_title),
        "annex_translation" => numbered!(finding_annex_translation),
        "language_missing" => plain!(finding_language_missing),
        "language_unconfirmed" => plain!(finding_language_unconfirmed),
        "language_not_accepted" => t_string!(
            i18n,
            finding_language_not_accepted,
            accepted = language_names(i18n, &arg("accepted"))
        )
        .to_string(),
        "authority_requirements" => t_string!(
            i18n,
            finding_authority_requirements,
            documents = arg("documents")
        )
        .to_string(),
        "urgent_procedure" => {
            t_string!(i18n, finding_urgent_procedure, procedure = arg("procedure")).to_string()
        }
        "signature" => plain!(finding_signature),
        "measure_person_whereabouts" => t_string!(
            i18n,
            finding_measure_person_whereabouts,
            n = arg("n"),
            person = arg("person")
        )
        .to_string(),
        _ => return None,
    })
}

/// "fr, en" as "French, English" in the UI language.
fn language_names(i18n: crate::I18n, tags: &str) -> String {
    let locale = i18n.get_locale();
    tags.split(", ")
        .map(|t| crate::reference::names::language(t, locale.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The message for a finding, falling back to the rule id.
pub fn message(i18n: crate::I18n, f: &Finding) -> String {
    try_message(i18n, f).unwrap_or_else(|| f.rule.to_string())
}
