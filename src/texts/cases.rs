//! The case register's enums and messages, in the UI language. `mla cases
//! stats` reads the same keys (`case_status_<name>`…) from the same files.

use mla_core::cases::deadlines::Clock;
use mla_core::cases::store::SaveError;
use mla_core::cases::{
    CaseKind, Channel, Direction, EventKind, EventProblem, Priority, RefusalGround, Status,
};

use crate::i18n::*;

/// The UI language as the core's `Lang` (State names, search).
pub fn ui_lang(i18n: crate::I18n) -> mla_core::languages::Lang {
    use leptos_i18n::Locale as _;
    mla_core::languages::Lang::from_tag(i18n.get_locale().as_str())
        .unwrap_or(mla_core::languages::Lang::En)
}

/// A State as shown: its name in the UI language when stored as a code.
pub fn state_name(stored: &str, lang: mla_core::languages::Lang) -> String {
    mla_core::reference::countries::country_name(stored.trim(), lang)
        .map(str::to_string)
        .unwrap_or_else(|| stored.to_string())
}

pub fn direction(i18n: crate::I18n, d: Direction) -> String {
    match d {
        Direction::Outgoing => t_string!(i18n, case_direction_outgoing),
        Direction::Incoming => t_string!(i18n, case_direction_incoming),
    }
    .to_string()
}

pub fn kind(i18n: crate::I18n, k: CaseKind) -> String {
    match k {
        CaseKind::MutualAssistance => t_string!(i18n, case_kind_mutual_assistance),
        CaseKind::AssetRecovery => t_string!(i18n, case_kind_asset_recovery),
        CaseKind::Extradition => t_string!(i18n, case_kind_extradition),
        CaseKind::ProvisionalArrest => t_string!(i18n, case_kind_provisional_arrest),
        CaseKind::TransferOfSentencedPersons => {
            t_string!(i18n, case_kind_transfer_of_sentenced_persons)
        }
        CaseKind::Other => t_string!(i18n, case_kind_other),
    }
    .to_string()
}

pub fn status(i18n: crate::I18n, s: Status) -> String {
    match s {
        Status::Drafted => t_string!(i18n, case_status_drafted),
        Status::Sent => t_string!(i18n, case_status_sent),
        Status::Acknowledged => t_string!(i18n, case_status_acknowledged),
        Status::InformationRequested => t_string!(i18n, case_status_information_requested),
        Status::InExecution => t_string!(i18n, case_status_in_execution),
        Status::PartiallyExecuted => t_string!(i18n, case_status_partially_executed),
        Status::Executed => t_string!(i18n, case_status_executed),
        Status::Refused => t_string!(i18n, case_status_refused),
        Status::Withdrawn => t_string!(i18n, case_status_withdrawn),
        Status::Lapsed => t_string!(i18n, case_status_lapsed),
        Status::Received => t_string!(i18n, case_status_received),
        Status::Registered => t_string!(i18n, case_status_registered),
        Status::CompletenessReviewed => t_string!(i18n, case_status_completeness_reviewed),
        Status::Forwarded => t_string!(i18n, case_status_forwarded),
        Status::ReturnedForInformation => t_string!(i18n, case_status_returned_for_information),
    }
    .to_string()
}

pub fn event(i18n: crate::I18n, e: EventKind) -> String {
    match e {
        EventKind::Sent => t_string!(i18n, case_event_sent),
        EventKind::Acknowledged => t_string!(i18n, case_event_acknowledged),
        EventKind::InformationRequested => t_string!(i18n, case_event_information_requested),
        EventKind::InformationSupplied => t_string!(i18n, case_event_information_supplied),
        EventKind::InExecution => t_string!(i18n, case_event_in_execution),
        EventKind::PartiallyExecuted => t_string!(i18n, case_event_partially_executed),
        EventKind::Executed => t_string!(i18n, case_event_executed),
        EventKind::Refused => t_string!(i18n, case_event_refused),
        EventKind::Withdrawn => t_string!(i18n, case_event_withdrawn),
        EventKind::Lapsed => t_string!(i18n, case_event_lapsed),
        EventKind::Registered => t_string!(i18n, case_event_registered),
        EventKind::CompletenessReviewed => t_string!(i18n, case_event_completeness_reviewed),
        EventKind::Forwarded => t_string!(i18n, case_event_forwarded),
        EventKind::ReturnedForInformation => t_string!(i18n, case_event_returned_for_information),
        EventKind::FollowUp => t_string!(i18n, case_event_follow_up),
        EventKind::Reply => t_string!(i18n, case_event_reply),
        EventKind::Supplementary => t_string!(i18n, case_event_supplementary),
        EventKind::PersonArrested => t_string!(i18n, case_event_person_arrested),
        EventKind::FormalRequestSent => t_string!(i18n, case_event_formal_request_sent),
        EventKind::DataPreserved => t_string!(i18n, case_event_data_preserved),
        EventKind::AssetsFrozen => t_string!(i18n, case_event_assets_frozen),
        EventKind::Note => t_string!(i18n, case_event_note),
    }
    .to_string()
}

pub fn channel(i18n: crate::I18n, c: Channel) -> String {
    match c {
        Channel::CentralAuthority => t_string!(i18n, case_channel_central_authority),
        Channel::Direct => t_string!(i18n, case_channel_direct),
        Channel::Diplomatic => t_string!(i18n, case_channel_diplomatic),
        Channel::Interpol => t_string!(i18n, case_channel_interpol),
        Channel::Network247 => t_string!(i18n, case_channel_network_24_7),
        Channel::EurojustEjn => t_string!(i18n, case_channel_eurojust_ejn),
        Channel::Other => t_string!(i18n, case_channel_other),
    }
    .to_string()
}

pub fn priority(i18n: crate::I18n, p: Priority) -> String {
    match p {
        Priority::Normal => t_string!(i18n, case_priority_normal),
        Priority::High => t_string!(i18n, case_priority_high),
    }
    .to_string()
}

pub fn ground(i18n: crate::I18n, g: RefusalGround) -> String {
    match g {
        RefusalGround::NotInAccordance => t_string!(i18n, refusal_ground_not_in_accordance),
        RefusalGround::EssentialInterests => t_string!(i18n, refusal_ground_essential_interests),
        RefusalGround::PoliticalOffence => t_string!(i18n, refusal_ground_political_offence),
        RefusalGround::Discrimination => t_string!(i18n, refusal_ground_discrimination),
        RefusalGround::DualCriminality => t_string!(i18n, refusal_ground_dual_criminality),
        RefusalGround::NeBisInIdem => t_string!(i18n, refusal_ground_ne_bis_in_idem),
        RefusalGround::DeathPenalty => t_string!(i18n, refusal_ground_death_penalty),
        RefusalGround::OwnNational => t_string!(i18n, refusal_ground_own_national),
        RefusalGround::LapseOfTime => t_string!(i18n, refusal_ground_lapse_of_time),
        RefusalGround::Insufficient => t_string!(i18n, refusal_ground_insufficient_information),
        RefusalGround::DomesticLaw => t_string!(i18n, refusal_ground_domestic_law),
        RefusalGround::Other => t_string!(i18n, refusal_ground_other),
    }
    .to_string()
}

/// What a deadline is for.
pub fn clock(i18n: crate::I18n, c: Clock) -> String {
    match c {
        Clock::RequestedExecution => t_string!(i18n, clock_requested_execution).to_string(),
        Clock::OwnDeadline => t_string!(i18n, clock_own_deadline).to_string(),
        Clock::FollowUp(n) => t_string!(i18n, clock_follow_up, n = n).to_string(),
        Clock::FormalRequest => t_string!(i18n, clock_formal_request).to_string(),
        Clock::ArrestOuterLimit => t_string!(i18n, clock_arrest_outer_limit).to_string(),
        Clock::PreservationExpiry => t_string!(i18n, clock_preservation_expiry).to_string(),
        Clock::FreezeExpiry => t_string!(i18n, clock_freeze_expiry).to_string(),
    }
}

/// What to do about a deadline.
pub fn clock_action(i18n: crate::I18n, c: Clock) -> String {
    match c {
        Clock::RequestedExecution => t_string!(i18n, clock_requested_execution_action),
        Clock::OwnDeadline => t_string!(i18n, clock_own_deadline_action),
        Clock::FollowUp(_) => t_string!(i18n, clock_follow_up_action),
        Clock::FormalRequest => t_string!(i18n, clock_formal_request_action),
        Clock::ArrestOuterLimit => t_string!(i18n, clock_arrest_outer_limit_action),
        Clock::PreservationExpiry => t_string!(i18n, clock_preservation_expiry_action),
        Clock::FreezeExpiry => t_string!(i18n, clock_freeze_expiry_action),
    }
    .to_string()
}

/// How far away a deadline is.
pub fn days_left(i18n: crate::I18n, days: i32) -> String {
    match days {
        d if d < 0 => t_string!(i18n, due_overdue_by, count = -d).to_string(),
        0 => t_string!(i18n, due_today).to_string(),
        d => t_string!(i18n, due_in, count = d).to_string(),
    }
}

pub fn problem(i18n: crate::I18n, p: EventProblem) -> String {
    match p {
        EventProblem::NotNow => t_string!(i18n, event_problem_not_now),
        EventProblem::WhoMissing => t_string!(i18n, event_problem_who),
        EventProblem::InFuture => t_string!(i18n, event_problem_future),
        EventProblem::ChannelMissing => t_string!(i18n, event_problem_channel),
        EventProblem::GroundMissing => t_string!(i18n, event_problem_ground),
    }
    .to_string()
}

pub fn save_error(i18n: crate::I18n, e: &SaveError) -> String {
    match e {
        SaveError::Storage(e) => crate::texts::errors::storage(i18n, e),
        SaveError::Conflict { .. } => t_string!(i18n, case_conflict).to_string(),
        SaveError::EventExists => t_string!(i18n, case_event_exists).to_string(),
    }
}
