//! Names and short sentences for the app's enums, in the UI language.

use mla_core::findings::Severity;
use mla_core::reference::directory::Channel;
use mla_core::reference::treaties::TreatyKind;
use mla_core::reference::Designation;
use mla_core::steps::Step;

use crate::i18n::*;
use crate::reference::names as intl;
use crate::vault::session::LockReason;

/// The title of a wizard step.
pub fn step_title(i18n: crate::I18n, step: Step) -> String {
    match step {
        Step::Requesting => t_string!(i18n, step_requesting),
        Step::Requested => t_string!(i18n, step_requested),
        Step::LegalBasis => t_string!(i18n, step_legal_basis),
        Step::Proceedings => t_string!(i18n, step_proceedings),
        Step::Offences => t_string!(i18n, step_offences),
        Step::Facts => t_string!(i18n, step_facts),
        Step::Persons => t_string!(i18n, step_persons),
        Step::Measures => t_string!(i18n, step_measures),
        Step::Conditions => t_string!(i18n, step_conditions),
        Step::Annexes => t_string!(i18n, step_annexes),
        Step::Signature => t_string!(i18n, step_signature),
        Step::Check => t_string!(i18n, step_check),
        Step::Document => t_string!(i18n, step_document),
    }
    .to_string()
}

/// The help text under a wizard step's heading.
pub fn step_help(i18n: crate::I18n, step: Step) -> String {
    match step {
        Step::Requesting => t_string!(i18n, help_requesting),
        Step::Requested => t_string!(i18n, help_requested),
        Step::LegalBasis => t_string!(i18n, help_legal_basis),
        Step::Proceedings => t_string!(i18n, help_proceedings),
        Step::Offences => t_string!(i18n, help_offences),
        Step::Facts => t_string!(i18n, help_facts),
        Step::Persons => t_string!(i18n, help_persons),
        Step::Measures => t_string!(i18n, help_measures),
        Step::Conditions => t_string!(i18n, help_conditions),
        Step::Annexes => t_string!(i18n, help_annexes),
        Step::Signature => t_string!(i18n, help_signature),
        Step::Check => t_string!(i18n, help_check),
        Step::Document => t_string!(i18n, help_document),
    }
    .to_string()
}

/// A finding's severity.
pub fn severity(i18n: crate::I18n, s: Severity) -> String {
    match s {
        Severity::Blocking => t_string!(i18n, severity_blocking),
        Severity::Warning => t_string!(i18n, severity_warning),
        Severity::Advice => t_string!(i18n, severity_advice),
    }
    .to_string()
}

/// A channel of transmission an authority accepts.
pub fn channel(i18n: crate::I18n, c: Channel) -> String {
    match c {
        Channel::Post => t_string!(i18n, channel_post),
        Channel::Email => t_string!(i18n, channel_email),
        Channel::SecurePlatform => t_string!(i18n, channel_secure_platform),
        Channel::Diplomatic => t_string!(i18n, channel_diplomatic),
        Channel::Interpol => t_string!(i18n, channel_interpol),
    }
    .to_string()
}

/// What an authority is designated for.
pub fn designation(i18n: crate::I18n, d: Designation) -> String {
    match d {
        Designation::Mla => t_string!(i18n, designation_mla),
        Designation::Extradition => t_string!(i18n, designation_extradition),
        Designation::TransferSentenced => t_string!(i18n, designation_transfer_sentenced),
        Designation::AssetRecovery => t_string!(i18n, designation_asset_recovery),
        Designation::DrugsAtSea => t_string!(i18n, designation_drugs_at_sea),
        Designation::MigrantsAtSea => t_string!(i18n, designation_migrants_at_sea),
        Designation::Firearms => t_string!(i18n, designation_firearms),
    }
    .to_string()
}

/// The kind of a treaty.
pub fn treaty_kind(i18n: crate::I18n, k: TreatyKind) -> String {
    match k {
        TreatyKind::Bilateral => t_string!(i18n, treaty_bilateral),
        TreatyKind::Regional => t_string!(i18n, treaty_regional),
        TreatyKind::Multilateral => t_string!(i18n, treaty_multilateral),
    }
    .to_string()
}

/// Language names in the UI language (the browser's CLDR names), joined.
pub fn language_list(tags: &[String], locale: &str) -> String {
    tags.iter()
        .map(|t| intl::language(t, locale))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A profile's name as shown; the default profile may have none.
pub fn profile_name(i18n: crate::I18n, name: &str) -> String {
    if name.trim().is_empty() {
        t_string!(i18n, profiles_default_name).to_string()
    } else {
        name.to_string()
    }
}

/// A draft's title as shown, "Untitled" when it has none.
pub fn draft_title(i18n: crate::I18n, title: &str) -> String {
    if title.trim().is_empty() {
        t_string!(i18n, untitled).to_string()
    } else {
        title.to_string()
    }
}

/// Why the chooser shows after a lock.
pub fn lock_reason(i18n: crate::I18n, reason: LockReason) -> String {
    match reason {
        LockReason::Idle => t_string!(i18n, profiles_locked_idle),
        LockReason::Hidden => t_string!(i18n, profiles_locked_hidden),
        LockReason::Manual => t_string!(i18n, profiles_locked_manual),
    }
    .to_string()
}
