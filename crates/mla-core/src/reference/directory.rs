//! `directory.json`: the competent national authorities (domain reference,
//! section 7).

use serde::{Deserialize, Serialize};

/// The whole file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Directory {
    /// [`super::FORMAT_VERSION`] of the build that wrote it.
    pub format_version: u32,
    /// The date the data was compiled, YYYY-MM-DD.
    pub data_date: String,
    /// True for the fictional sample set bundled with the app; the UI shows
    /// a "sample data" badge while it is in use.
    #[serde(default)]
    pub sample: bool,
    pub authorities: Vec<AuthorityRecord>,
}

/// One designated authority.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AuthorityRecord {
    /// Stable id, unique in the file; drafts refer to it.
    pub id: String,
    /// ISO 3166-1 alpha-2 code, or EU.
    pub country: String,
    pub name: String,
    pub designations: Vec<Designation>,
    #[serde(default)]
    pub address: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub fax: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub website: String,
    #[serde(default)]
    pub contact_persons: Vec<ContactPerson>,
    #[serde(default)]
    pub office_hours: Vec<OfficeHours>,
    /// IANA time zone, e.g. "Europe/Paris".
    pub time_zone: String,
    /// BCP 47 tags.
    #[serde(default)]
    pub working_languages: Vec<String>,
    /// BCP 47 tags of the languages accepted for incoming requests.
    #[serde(default)]
    pub accepted_languages: Vec<String>,
    /// Information or documents required for a request to be executed.
    #[serde(default)]
    pub required_documents: Vec<String>,
    #[serde(default)]
    pub channels: Vec<Channel>,
    /// Whether requests may be sent through INTERPOL (UNTOC art. 18(13)).
    #[serde(default)]
    pub interpol: bool,
    /// What to do in urgent cases (UNTOC art. 18(13), 18(14)).
    #[serde(default)]
    pub urgent_procedure: String,
    /// Legal requirements, links to national law, treaties concluded.
    #[serde(default)]
    pub comments: String,
    /// Whether the State takes UNTOC as the legal basis for extradition
    /// (art. 16(5)); absent when not declared.
    #[serde(default)]
    pub untoc_extradition_basis: Option<bool>,
    /// YYYY-MM-DD.
    pub last_updated: String,
}

/// What an authority is designated for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Designation {
    /// Mutual legal assistance (UNTOC art. 18(13), UNCAC art. 46(13)).
    Mla,
    Extradition,
    /// Transfer of sentenced persons (UNTOC art. 17).
    TransferSentenced,
    /// Asset recovery (UNCAC chapter V).
    AssetRecovery,
    /// Illicit traffic by sea (1988 Convention art. 17).
    DrugsAtSea,
    /// Smuggling of migrants by sea (Protocol art. 8).
    MigrantsAtSea,
    /// Firearms Protocol art. 13.
    Firearms,
}

impl Designation {
    pub const ALL: [Designation; 7] = [
        Designation::Mla,
        Designation::Extradition,
        Designation::TransferSentenced,
        Designation::AssetRecovery,
        Designation::DrugsAtSea,
        Designation::MigrantsAtSea,
        Designation::Firearms,
    ];

    /// The name written in files.
    pub fn as_str(self) -> &'static str {
        match self {
            Designation::Mla => "mla",
            Designation::Extradition => "extradition",
            Designation::TransferSentenced => "transfer_sentenced",
            Designation::AssetRecovery => "asset_recovery",
            Designation::DrugsAtSea => "drugs_at_sea",
            Designation::MigrantsAtSea => "migrants_at_sea",
            Designation::Firearms => "firearms",
        }
    }
}

/// A named contact (personal data: shown, never copied into drafts unasked).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ContactPerson {
    pub name: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub email: String,
}

/// Opening hours on some days, in the authority's time zone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OfficeHours {
    pub days: Vec<Weekday>,
    /// "HH:MM", 24-hour clock.
    pub opens: String,
    /// "HH:MM", after `opens`.
    pub closes: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];

    /// Monday = 0.
    pub fn index(self) -> usize {
        Weekday::ALL.iter().position(|d| *d == self).unwrap_or(0)
    }
}

/// How requests may be transmitted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Post,
    Email,
    SecurePlatform,
    Diplomatic,
    Interpol,
}

impl Channel {
    pub const ALL: [Channel; 5] = [
        Channel::Post,
        Channel::Email,
        Channel::SecurePlatform,
        Channel::Diplomatic,
        Channel::Interpol,
    ];
}

/// Minutes since midnight of "HH:MM", if well formed.
pub fn parse_hhmm(s: &str) -> Option<u32> {
    let (h, m) = s.split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h <= 24 && m < 60 && h * 60 + m <= 24 * 60).then_some(h * 60 + m)
}

impl AuthorityRecord {
    /// Whether the office is open at this local weekday and minute of day.
    pub fn is_open(&self, day: Weekday, minute: u32) -> bool {
        self.office_hours.iter().any(|h| {
            h.days.contains(&day)
                && matches!(
                    (parse_hhmm(&h.opens), parse_hhmm(&h.closes)),
                    (Some(o), Some(c)) if (o..c).contains(&minute)
                )
        })
    }
}

impl Directory {
    /// Every language some authority accepts requests in, sorted, once each.
    pub fn accepted_languages(&self) -> Vec<String> {
        let mut tags: Vec<String> = self
            .authorities
            .iter()
            .flat_map(|a| a.accepted_languages.iter().cloned())
            .collect();
        tags.sort();
        tags.dedup();
        tags
    }

    /// The record with this id.
    pub fn get(&self, id: &str) -> Option<&AuthorityRecord> {
        self.authorities.iter().find(|a| a.id == id)
    }
}
