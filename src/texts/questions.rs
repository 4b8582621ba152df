//! The words of the wizard's questions (`mla_core::questions`): a label for
//! every question, the hints, the headings, the names of the choices, and
//! each list's item legend and add button. The matches are exhaustive, so a
//! new question does not compile until it has its words.

use mla_core::languages::Lang;
use mla_core::model::MeasureType;
use mla_core::model::{
    HearingStatus, IdentifierKind, PersonRole, PreservationStatus, ProceedingsKind,
};
use mla_core::questions::measures::{Category, Link};
use mla_core::questions::{Choices, Heading, ListId, Q};

use crate::i18n::*;

/// The label of a question.
pub fn label(i18n: crate::I18n, q: Q) -> String {
    match q {
        Q::Title => t_string!(i18n, draft_title_label),
        Q::RequestingState | Q::RequestedState => t_string!(i18n, f_state),
        Q::RequestingAuthority => t_string!(i18n, f_authority_name),
        Q::RequestingFunctions => t_string!(i18n, f_authority_functions),
        Q::RequestingAddress | Q::RequestedAddress => t_string!(i18n, f_address),
        Q::RequestingContactPerson => t_string!(i18n, f_contact_person),
        Q::RequestingPhone => t_string!(i18n, f_phone),
        Q::RequestingEmail => t_string!(i18n, f_email),
        Q::RequestingReference => t_string!(i18n, f_reference),
        Q::RequestedAuthority => t_string!(i18n, f_requested_authority),
        Q::InstrumentTitle => t_string!(i18n, f_instrument_title),
        Q::InstrumentArticles => t_string!(i18n, f_instrument_articles),
        Q::Reciprocity => t_string!(i18n, f_reciprocity),
        Q::ProceedingsKind => t_string!(i18n, f_proceedings_kind),
        Q::ProceedingsSubject => t_string!(i18n, f_subject),
        Q::ProceedingsStage => t_string!(i18n, f_stage),
        Q::ProceedingsAuthority => t_string!(i18n, f_conducting_authority),
        Q::ProceedingsFunctions => t_string!(i18n, f_conducting_functions),
        Q::ProceedingsCaseReference => t_string!(i18n, f_case_reference),
        Q::OffenceName => t_string!(i18n, f_offence_name),
        Q::OffenceProvision => t_string!(i18n, f_offence_provision),
        Q::OffencePenalty => t_string!(i18n, f_offence_penalty),
        Q::OffenceConduct => t_string!(i18n, f_offence_conduct),
        Q::FactsSummary => t_string!(i18n, f_facts_summary),
        Q::FactWhat => t_string!(i18n, f_fact_what),
        Q::FactWho => t_string!(i18n, f_fact_who),
        Q::FactDateFrom => t_string!(i18n, f_fact_date_from),
        Q::FactDateTo => t_string!(i18n, f_fact_date_to),
        Q::FactPlace => t_string!(i18n, f_fact_place),
        Q::FactHow => t_string!(i18n, f_fact_how),
        Q::PersonRole => t_string!(i18n, f_role),
        Q::PersonFamilyName => t_string!(i18n, f_family_name),
        Q::PersonGivenNames => t_string!(i18n, f_given_names),
        Q::PersonAliases => t_string!(i18n, f_aliases),
        Q::PersonBirthDate => t_string!(i18n, f_birth_date),
        Q::PersonBirthPlace => t_string!(i18n, f_birth_place),
        Q::PersonNationality => t_string!(i18n, f_nationality),
        Q::PersonAddresses => t_string!(i18n, f_addresses),
        Q::PersonLocation => t_string!(i18n, f_location),
        Q::PersonOtherIdentifiers => t_string!(i18n, f_other_identifiers),
        Q::PersonRegistrationNumber => t_string!(i18n, f_registration_number),
        Q::PersonIncorporationPlace => t_string!(i18n, f_incorporation_place),
        Q::PersonRegisteredAddress => t_string!(i18n, f_registered_address),
        Q::IdentifierKind => t_string!(i18n, f_identifier_kind),
        Q::IdentifierValue => t_string!(i18n, f_identifier_value),
        Q::IdentifierTimestamp => t_string!(i18n, f_identifier_timestamp),
        Q::IdentifierTimeZone => t_string!(i18n, f_identifier_time_zone),
        Q::IdentifierPort => t_string!(i18n, f_identifier_port),
        Q::Certification => t_string!(i18n, f_proc_certification),
        Q::Oath => t_string!(i18n, f_oath),
        Q::PresenceOfOfficials => t_string!(i18n, f_presence),
        Q::Recording => t_string!(i18n, f_recording),
        Q::ProceduresOther => t_string!(i18n, f_proc_other),
        Q::ConfidentialityRequested => t_string!(i18n, f_confidentiality_requested),
        Q::ConfidentialityReasons => t_string!(i18n, f_confidentiality_reasons),
        Q::IntendedUses => t_string!(i18n, f_intended_uses),
        Q::Urgent => t_string!(i18n, f_urgent),
        Q::UrgencyReasons => t_string!(i18n, f_urgency_reasons),
        Q::Deadline => t_string!(i18n, f_deadline),
        Q::DeadlineReason => t_string!(i18n, f_deadline_reason),
        Q::AssuranceReciprocity => t_string!(i18n, f_as_reciprocity),
        Q::AssuranceCosts => t_string!(i18n, f_as_costs),
        Q::AssuranceDeathPenalty => t_string!(i18n, f_as_death_penalty),
        Q::AssuranceOther => t_string!(i18n, f_as_other),
        Q::AnnexTitle => t_string!(i18n, f_annex_title),
        Q::AnnexKind => t_string!(i18n, f_annex_kind),
        Q::AnnexLanguage => t_string!(i18n, f_annex_language),
        Q::AnnexTranslated => t_string!(i18n, f_annex_translated),
        Q::Language => t_string!(i18n, f_language),
        Q::SignaturePlace => t_string!(i18n, f_place),
        Q::SignatureDate => t_string!(i18n, f_date),
        Q::SignatoryName => t_string!(i18n, f_signatory_name),
        Q::SignatoryTitle => t_string!(i18n, f_signatory_title),
        Q::MeasurePurpose => t_string!(i18n, f_purpose),
        Q::EvidenceStatus | Q::VideoStatus => t_string!(i18n, f_hearing_status),
        Q::EvidenceQuestions | Q::VideoQuestions => t_string!(i18n, f_questions),
        Q::EvidenceQuestionsAnnex | Q::VideoQuestionsAnnex => t_string!(i18n, f_questions_annex),
        Q::EvidenceRights | Q::VideoRights => t_string!(i18n, f_rights),
        Q::EvidenceOfficialsPresent => t_string!(i18n, f_officials_present),
        Q::EvidenceOfficials => t_string!(i18n, f_officials),
        Q::EvidenceInterpreter | Q::VideoInterpreter => t_string!(i18n, f_interpreter_language),
        Q::ServiceDocuments => t_string!(i18n, f_documents),
        Q::ServiceProof => t_string!(i18n, f_proof_of_service),
        Q::SearchPremises => t_string!(i18n, f_premises),
        Q::SearchItems => t_string!(i18n, f_items_sought),
        Q::SearchGrounds => t_string!(i18n, f_grounds),
        Q::SearchOrderAnnex | Q::FreezingOrderAnnex => t_string!(i18n, f_order_annex),
        Q::SearchCustody => t_string!(i18n, f_chain_of_custody),
        Q::FreezingAsset => t_string!(i18n, f_asset),
        Q::FreezingLocation => t_string!(i18n, f_asset_location),
        Q::FreezingValue => t_string!(i18n, f_estimated_value),
        Q::FreezingLink | Q::TracingLink => t_string!(i18n, f_link_to_offence),
        Q::FreezingDissipation => t_string!(i18n, f_dissipation_risk),
        Q::FreezingConfiscation => t_string!(i18n, f_confiscation_to_follow),
        Q::ExaminationObject => t_string!(i18n, f_object_or_site),
        Q::ExaminationWhat => t_string!(i18n, f_what_to_examine),
        Q::InformationItems => t_string!(i18n, f_items),
        Q::InformationExpert => t_string!(i18n, f_expert_evaluation),
        Q::RecordsHolder => t_string!(i18n, f_holder),
        Q::RecordsAccounts => t_string!(i18n, f_account_numbers),
        Q::RecordsKinds => t_string!(i18n, f_record_kinds),
        Q::RecordsFrom => t_string!(i18n, f_period_from),
        Q::RecordsTo => t_string!(i18n, f_period_to),
        Q::RecordsCertification => t_string!(i18n, f_certification),
        Q::TracingProperty => t_string!(i18n, f_property),
        Q::TracingLocations => t_string!(i18n, f_known_locations),
        Q::AppearancePerson | Q::TransferPerson | Q::VideoPerson => t_string!(i18n, f_person),
        Q::AppearanceSafeConduct => t_string!(i18n, f_safe_conduct),
        Q::AppearanceExpenses => t_string!(i18n, f_expenses),
        Q::TransferConsent => t_string!(i18n, f_consent),
        Q::TransferCustody => t_string!(i18n, f_custody),
        Q::TransferReturnBy => t_string!(i18n, f_return_by),
        Q::VideoDates => t_string!(i18n, f_proposed_dates),
        Q::VideoReason => t_string!(i18n, f_video_reason),
        Q::VideoConductedBy => t_string!(i18n, f_video_conducted_by),
        Q::VideoProtection => t_string!(i18n, f_video_protection),
        Q::VideoContact => t_string!(i18n, f_technical_contact),
        Q::PreservationCustodian => t_string!(i18n, f_custodian),
        Q::PreservationIdentifiers | Q::StoredIdentifiers | Q::SubscriberIdentifiers => {
            t_string!(i18n, f_identifier_ids)
        }
        Q::SubscriberProvider => t_string!(i18n, f_provider),
        Q::SubscriberFrom => t_string!(i18n, f_date_from),
        Q::SubscriberTo => t_string!(i18n, f_date_to),
        Q::SubscriberPreservationReference => t_string!(i18n, f_preservation_reference),
        Q::PreservationCategories | Q::StoredCategories => t_string!(i18n, f_categories),
        Q::PreservationRelation => t_string!(i18n, f_relation_to_offence),
        Q::PreservationWhy => t_string!(i18n, f_why_needed),
        Q::PreservationMlaToFollow => t_string!(i18n, f_mla_to_follow),
        Q::PreservationStatus => t_string!(i18n, f_preservation_status),
        Q::PreservationEarlierReference => t_string!(i18n, f_earlier_reference),
        Q::StoredProvider => t_string!(i18n, f_provider),
        Q::StoredFrom => t_string!(i18n, f_date_from),
        Q::StoredTo => t_string!(i18n, f_date_to),
        Q::StoredTimeZone | Q::VideoTimeZone => t_string!(i18n, f_time_zone),
        Q::StoredPreservationReference => t_string!(i18n, f_preservation_reference),
        Q::OtherName => t_string!(i18n, f_other_name),
        Q::OtherDescription => t_string!(i18n, f_description),
    }
    .to_string()
}

/// The hint under a question's label, for the questions that have one.
pub fn hint(i18n: crate::I18n, q: Q) -> Option<String> {
    match q {
        Q::OffenceConduct => Some(t_string!(i18n, hint_offence_conduct).to_string()),
        Q::IdentifierTimeZone => Some(t_string!(i18n, hint_identifier_time_zone).to_string()),
        Q::AnnexLanguage => Some(t_string!(i18n, hint_annex_language).to_string()),
        _ => None,
    }
}

/// A heading inside a step.
pub fn heading(i18n: crate::I18n, h: Heading) -> String {
    match h {
        Heading::Procedures => t_string!(i18n, h_procedures),
        Heading::Confidentiality => t_string!(i18n, h_confidentiality),
        Heading::Use => t_string!(i18n, h_use),
        Heading::Urgency => t_string!(i18n, h_urgency),
        Heading::Assurances => t_string!(i18n, h_assurances),
    }
    .to_string()
}

/// The legend of the `n`th item of a list (from 1).
pub fn item_legend(i18n: crate::I18n, list: ListId, n: usize) -> String {
    match list {
        ListId::Instruments => t_string!(i18n, instrument_n, n = n),
        ListId::Offences => t_string!(i18n, offence_n, n = n),
        ListId::Facts => t_string!(i18n, fact_n, n = n),
        ListId::Persons => t_string!(i18n, person_n, n = n),
        ListId::Identifiers => t_string!(i18n, identifier_n, n = n),
        ListId::Annexes => t_string!(i18n, annex_n, n = n),
    }
    .to_string()
}

/// The button that adds an item to a list.
pub fn add_item(i18n: crate::I18n, list: ListId) -> String {
    match list {
        ListId::Instruments => t_string!(i18n, add_instrument),
        ListId::Offences => t_string!(i18n, add_offence),
        ListId::Facts => t_string!(i18n, add_fact),
        ListId::Persons => t_string!(i18n, add_person),
        ListId::Identifiers => t_string!(i18n, add_identifier),
        ListId::Annexes => t_string!(i18n, add_annex),
    }
    .to_string()
}

/// The name of one value of a closed set; `""` is "choose".
pub fn choice(i18n: crate::I18n, choices: Choices, value: &str) -> String {
    if value.is_empty() {
        return t_string!(i18n, choose).to_string();
    }
    match choices {
        Choices::ProceedingsKind => ProceedingsKind::ALL
            .into_iter()
            .find(|k| k.as_str() == value)
            .map(|k| proceedings_kind(i18n, k)),
        Choices::PersonRole => PersonRole::ALL
            .into_iter()
            .find(|r| r.as_str() == value)
            .map(|r| person_role(i18n, r)),
        // A language is offered by its own name, as in the language menu.
        Choices::Language => Lang::from_tag(value).map(|l| l.endonym().to_string()),
        Choices::HearingStatus => HearingStatus::from_value(value).map(|h| hearing_status(i18n, h)),
        Choices::PreservationStatus => {
            PreservationStatus::from_value(value).map(|s| preservation_status(i18n, s))
        }
        Choices::IdentifierKind => {
            IdentifierKind::from_value(value).map(|k| identifier_kind(i18n, k))
        }
    }
    .unwrap_or_else(|| value.to_string())
}

pub fn proceedings_kind(i18n: crate::I18n, k: ProceedingsKind) -> String {
    match k {
        ProceedingsKind::Investigation => t_string!(i18n, kind_investigation),
        ProceedingsKind::Prosecution => t_string!(i18n, kind_prosecution),
        ProceedingsKind::Trial => t_string!(i18n, kind_trial),
        ProceedingsKind::ExecutionOfSentence => t_string!(i18n, kind_execution_of_sentence),
    }
    .to_string()
}

pub fn person_role(i18n: crate::I18n, role: PersonRole) -> String {
    match role {
        PersonRole::Suspect => t_string!(i18n, role_suspect),
        PersonRole::Accused => t_string!(i18n, role_accused),
        PersonRole::Convicted => t_string!(i18n, role_convicted),
        PersonRole::Witness => t_string!(i18n, role_witness),
        PersonRole::Victim => t_string!(i18n, role_victim),
        PersonRole::Expert => t_string!(i18n, role_expert),
        PersonRole::LegalPerson => t_string!(i18n, role_legal_person),
        PersonRole::AccountHolder => t_string!(i18n, role_account_holder),
        PersonRole::Other => t_string!(i18n, role_other),
    }
    .to_string()
}

pub fn identifier_kind(i18n: crate::I18n, k: IdentifierKind) -> String {
    match k {
        IdentifierKind::IpAddress => t_string!(i18n, idk_ip_address),
        IdentifierKind::Email => t_string!(i18n, idk_email),
        IdentifierKind::Account => t_string!(i18n, idk_account),
        IdentifierKind::Phone => t_string!(i18n, idk_phone),
        IdentifierKind::Domain => t_string!(i18n, idk_domain),
        IdentifierKind::Url => t_string!(i18n, idk_url),
        IdentifierKind::Device => t_string!(i18n, idk_device),
        IdentifierKind::Other => t_string!(i18n, idk_other),
    }
    .to_string()
}

pub fn preservation_status(i18n: crate::I18n, s: PreservationStatus) -> String {
    match s {
        PreservationStatus::New => t_string!(i18n, ps_new),
        PreservationStatus::Extension => t_string!(i18n, ps_extension),
        PreservationStatus::FollowUp => t_string!(i18n, ps_follow_up),
    }
    .to_string()
}

pub fn hearing_status(i18n: crate::I18n, s: HearingStatus) -> String {
    match s {
        HearingStatus::Witness => t_string!(i18n, status_witness),
        HearingStatus::Suspect => t_string!(i18n, status_suspect),
        HearingStatus::Expert => t_string!(i18n, status_expert),
    }
    .to_string()
}

/// A category of computer data.
pub fn category(i18n: crate::I18n, c: Category) -> String {
    match c {
        Category::Subscriber => t_string!(i18n, f_cat_subscriber),
        Category::Traffic => t_string!(i18n, f_cat_traffic),
        Category::Content => t_string!(i18n, f_cat_content),
    }
    .to_string()
}

/// The legend of a measure's links.
pub fn links_legend(i18n: crate::I18n, link: Link) -> String {
    match link {
        Link::Facts => t_string!(i18n, links_facts),
        Link::Persons => t_string!(i18n, links_persons),
        Link::Offences => t_string!(i18n, links_offences),
    }
    .to_string()
}

/// What to do when there is nothing to link yet.
pub fn links_none(i18n: crate::I18n, link: Link) -> String {
    match link {
        Link::Facts => t_string!(i18n, links_none_facts),
        Link::Persons => t_string!(i18n, links_none_persons),
        Link::Offences => t_string!(i18n, links_none_offences),
    }
    .to_string()
}

/// The name of a measure type.
pub fn measure_type(i18n: crate::I18n, t: MeasureType) -> String {
    match t {
        MeasureType::TakingEvidence => t_string!(i18n, mt_taking_evidence),
        MeasureType::Videoconference => t_string!(i18n, mt_videoconference),
        MeasureType::ServiceOfDocuments => t_string!(i18n, mt_service_of_documents),
        MeasureType::SearchSeizure => t_string!(i18n, mt_search_seizure),
        MeasureType::Freezing => t_string!(i18n, mt_freezing),
        MeasureType::Examination => t_string!(i18n, mt_examination),
        MeasureType::Information => t_string!(i18n, mt_information),
        MeasureType::Records => t_string!(i18n, mt_records),
        MeasureType::TracingProceeds => t_string!(i18n, mt_tracing_proceeds),
        MeasureType::VoluntaryAppearance => t_string!(i18n, mt_voluntary_appearance),
        MeasureType::TemporaryTransfer => t_string!(i18n, mt_temporary_transfer),
        MeasureType::Preservation => t_string!(i18n, mt_preservation),
        MeasureType::StoredData => t_string!(i18n, mt_stored_data),
        MeasureType::SubscriberInformation => t_string!(i18n, mt_subscriber_information),
        MeasureType::Other => t_string!(i18n, mt_other),
    }
    .to_string()
}
