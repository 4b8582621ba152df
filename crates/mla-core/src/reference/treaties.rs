//! `treaties.json`: the instruments a request can rest on, with their
//! parties and the declarations that matter for requests.

use serde::{Deserialize, Serialize};

/// The whole file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Treaties {
    pub format_version: u32,
    /// YYYY-MM-DD.
    pub data_date: String,
    /// True for the fictional sample set bundled with the app.
    #[serde(default)]
    pub sample: bool,
    pub instruments: Vec<TreatyRecord>,
}

/// One multilateral, regional or bilateral instrument.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TreatyRecord {
    /// Stable id, unique in the file, e.g. "untoc".
    pub id: String,
    /// The official title, as it should be cited in a request.
    pub title: String,
    #[serde(default)]
    pub short_title: String,
    pub kind: TreatyKind,
    pub subjects: Vec<Subject>,
    /// The articles to cite for mutual legal assistance, e.g. "art. 18".
    #[serde(default)]
    pub articles: String,
    pub parties: Vec<Party>,
    #[serde(default)]
    pub declarations: Vec<Declaration>,
    /// Where the authentic text is published.
    #[serde(default)]
    pub link: String,
}

/// From the most to the least specific.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum TreatyKind {
    Bilateral,
    Regional,
    Multilateral,
}

/// What an instrument covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Subject {
    Mla,
    Extradition,
    Confiscation,
    TransferSentenced,
    Cybercrime,
}

/// A State (or the EU) and its dates, each YYYY-MM-DD when known.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Party {
    pub country: String,
    #[serde(default)]
    pub signature: Option<String>,
    #[serde(default)]
    pub ratification: Option<String>,
    #[serde(default)]
    pub entry_into_force: Option<String>,
}

/// A declaration or reservation that changes how requests are made.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Declaration {
    pub country: String,
    pub kind: DeclarationKind,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum DeclarationKind {
    /// Languages accepted (UNTOC art. 18(14)).
    Languages,
    /// The central authority designated (UNTOC art. 18(13)).
    CentralAuthority,
    /// Whether the Convention is a legal basis for extradition (art. 16(5)).
    ExtraditionBasis,
    Other,
}

impl TreatyRecord {
    /// The party entry of this State, if it is a party.
    pub fn party(&self, country: &str) -> Option<&Party> {
        self.parties.iter().find(|p| p.country == country)
    }

    /// Whether the instrument is in force for this State on `date`
    /// (YYYY-MM-DD; ISO dates compare as strings).
    pub fn in_force_for(&self, country: &str, date: &str) -> bool {
        self.party(country)
            .and_then(|p| p.entry_into_force.as_deref())
            .is_some_and(|d| d <= date)
    }

    /// The declarations of this State.
    pub fn declarations_of<'a>(
        &'a self,
        country: &'a str,
    ) -> impl Iterator<Item = &'a Declaration> {
        self.declarations
            .iter()
            .filter(move |d| d.country == country)
    }
}
