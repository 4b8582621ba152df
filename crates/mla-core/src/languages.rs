//! The eleven languages of the app and of generated requests.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A language the UI and the generated documents support. Its serde form
/// is the BCP 47 tag (`"fr"`), so files that stored the tag as a string
/// read the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    Ar,
    Bs,
    Hr,
    En,
    Fr,
    Cnr,
    Fa,
    Pt,
    Ru,
    Sr,
    Es,
}

/// Which way a language's lines run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// The value of an HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// The digits formal writing in a language uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Digits {
    /// 0–9, also in Arabic official correspondence, which widely keeps them.
    Western,
    /// ۰–۹ (U+06F0–U+06F9), as Persian official writing uses.
    Persian,
}

impl Digits {
    /// `n` written in these digits.
    pub fn write(self, n: u32) -> String {
        let western = n.to_string();
        match self {
            Digits::Western => western,
            Digits::Persian => western
                .chars()
                .map(|c| char::from_u32(0x06F0 + c.to_digit(10).unwrap_or(0)).unwrap_or(c))
                .collect(),
        }
    }
}

/// All supported languages, in the order of their English names.
/// The languages a document the request annexes may be in (any language,
/// not only the 11 of the interface): the ISO 639-1 codes as CLDR lists
/// them (babel 2.18.0), and Montenegrin, which has only an ISO 639-3 code.
/// The UI names each in its own language.
pub const DOCUMENT_LANGUAGES: [&str; 185] = [
    "cnr", "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be",
    "bg", "bi", "bm", "bn", "bo", "br", "bs", "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv", "cy",
    "da", "de", "dv", "dz", "ee", "el", "en", "eo", "es", "et", "eu", "fa", "ff", "fi", "fj", "fo",
    "fr", "fy", "ga", "gd", "gl", "gn", "gu", "gv", "ha", "he", "hi", "ho", "hr", "ht", "hu", "hy",
    "hz", "ia", "id", "ie", "ig", "ii", "ik", "io", "is", "it", "iu", "ja", "jv", "ka", "kg", "ki",
    "kj", "kk", "kl", "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw", "ky", "la", "lb", "lg", "li",
    "ln", "lo", "lt", "lu", "lv", "mg", "mh", "mi", "mk", "ml", "mn", "mr", "ms", "mt", "my", "na",
    "nb", "nd", "ne", "ng", "nl", "nn", "no", "nr", "nv", "ny", "oc", "oj", "om", "or", "os", "pa",
    "pi", "pl", "ps", "pt", "qu", "rm", "rn", "ro", "ru", "rw", "sa", "sc", "sd", "se", "sg", "sh",
    "si", "sk", "sl", "sm", "sn", "so", "sq", "sr", "ss", "st", "su", "sv", "sw", "ta", "te", "tg",
    "th", "ti", "tk", "tl", "tn", "to", "tr", "ts", "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve",
    "vi", "vo", "wa", "wo", "xh", "yi", "yo", "za", "zh", "zu",
];

pub const LANGUAGES: [Lang; 11] = [
    Lang::Ar,
    Lang::Bs,
    Lang::Hr,
    Lang::En,
    Lang::Fr,
    Lang::Cnr,
    Lang::Fa,
    Lang::Pt,
    Lang::Ru,
    Lang::Sr,
    Lang::Es,
];

impl Lang {
    /// BCP 47 tag, as used in `<html lang>`, in drafts and in documents.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::Bs => "bs",
            Lang::Hr => "hr",
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Cnr => "cnr",
            Lang::Fa => "fa",
            Lang::Pt => "pt",
            Lang::Ru => "ru",
            Lang::Sr => "sr",
            Lang::Es => "es",
        }
    }

    /// The language's name in itself, for language selectors.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Ar => "العربية",
            Lang::Bs => "Bosanski",
            Lang::Hr => "Hrvatski",
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Cnr => "Crnogorski",
            Lang::Fa => "فارسی",
            Lang::Pt => "Português",
            Lang::Ru => "Русский",
            Lang::Sr => "Српски",
            Lang::Es => "Español",
        }
    }

    /// The language with this exact tag.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        LANGUAGES.into_iter().find(|l| l.tag() == tag)
    }

    pub fn direction(self) -> Direction {
        match self {
            Lang::Ar | Lang::Fa => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    pub fn is_rtl(self) -> bool {
        self.direction() == Direction::Rtl
    }

    pub fn digits(self) -> Digits {
        match self {
            Lang::Fa => Digits::Persian,
            _ => Digits::Western,
        }
    }
}

/// The typography of a language: what the document's fixed wording and its
/// joins between values follow. The user's typed text is never passed
/// through any of these.
///
/// French follows the Imprimerie nationale (Lexique des règles
/// typographiques en usage à l'Imprimerie nationale): a no-break space
/// (U+00A0) before the colon and inside « », a narrow no-break space
/// (U+202F) before ; ! and ?, and "1er" for the first day of a month.
/// Arabic and Persian separate with their own comma (،, U+060C) and
/// semicolon (؛, U+061B).
impl Lang {
    /// What stands between a label and its value ("Name: value").
    pub fn label_separator(self) -> &'static str {
        match self {
            Lang::Fr => "\u{A0}: ",
            _ => ": ",
        }
    }

    /// The colon that ends a label whose value starts on the next line
    /// ("To:").
    pub fn colon(self) -> &'static str {
        match self {
            Lang::Fr => "\u{A0}:",
            _ => ":",
        }
    }

    /// What separates the parts of one value ("passport, 12AB34, France").
    pub fn list_separator(self) -> &'static str {
        match self {
            Lang::Ar | Lang::Fa => "\u{060C} ",
            _ => ", ",
        }
    }

    /// What separates the items of an enumeration (aliases, addresses,
    /// one identity document from the next).
    pub fn enumeration_separator(self) -> &'static str {
        match self {
            Lang::Ar | Lang::Fa => "\u{061B} ",
            _ => "; ",
        }
    }

    /// The day of the month in a written date: French writes the first as
    /// an ordinal ("1er décembre"), every other day and language as a number.
    pub fn day_of_month(self, day: u32) -> String {
        let n = self.digits().write(day);
        match (self, day) {
            (Lang::Fr, 1) => format!("{n}er"),
            _ => n,
        }
    }

    /// The fixed wording `text` with this language's spacing around
    /// punctuation: in French, the space typed before a colon or inside
    /// guillemets becomes a no-break space, the one before ; ! ? a narrow
    /// no-break space, so no line ever starts with the punctuation. Other
    /// languages set no space there and are returned unchanged.
    pub fn punctuate(self, text: &str) -> String {
        match self {
            Lang::Fr => text
                .replace(" :", "\u{A0}:")
                .replace(" ;", "\u{202F};")
                .replace(" !", "\u{202F}!")
                .replace(" ?", "\u{202F}?")
                .replace("« ", "«\u{A0}")
                .replace(" »", "\u{A0}»"),
            _ => text.to_string(),
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// A tag that is not one of the eleven languages.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "{0:?} is not one of the supported languages (ar, bs, cnr, en, es, fa, fr, hr, pt, ru, sr)"
)]
pub struct UnknownLanguage(pub String);

impl FromStr for Lang {
    type Err = UnknownLanguage;
    fn from_str(tag: &str) -> Result<Lang, UnknownLanguage> {
        Lang::from_tag(tag).ok_or_else(|| UnknownLanguage(tag.to_string()))
    }
}

impl Serialize for Lang {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.tag())
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Lang, D::Error> {
        let tag = String::deserialize(d)?;
        tag.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Lang {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Lang".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let tags: Vec<&str> = LANGUAGES.iter().map(|l| l.tag()).collect();
        schemars::json_schema!({
            "description": "BCP 47 tag of one of the eleven supported languages.",
            "type": "string",
            "enum": tags,
        })
    }
}

/// Serde for an optional language stored as its tag, with the empty string
/// for "none chosen yet": the form drafts have always used.
pub mod tag_or_empty {
    use super::Lang;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(lang: &Option<Lang>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(lang.map_or("", Lang::tag))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Lang>, D::Error> {
        let tag = String::deserialize(d)?;
        match tag.trim().to_ascii_lowercase().as_str() {
            "" => Ok(None),
            tag => tag.parse().map(Some).map_err(serde::de::Error::custom),
        }
    }

    /// The JSON Schema of that form: one of the tags, or empty.
    #[cfg(feature = "schema")]
    pub struct Schema;

    #[cfg(feature = "schema")]
    impl schemars::JsonSchema for Schema {
        fn schema_name() -> std::borrow::Cow<'static, str> {
            "LangOrEmpty".into()
        }
        fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
            let mut tags: Vec<&str> = vec![""];
            tags.extend(super::LANGUAGES.iter().map(|l| l.tag()));
            schemars::json_schema!({
                "description": "BCP 47 tag of one of the eleven supported languages, or empty when none is chosen.",
                "type": "string",
                "enum": tags,
            })
        }
    }
}

/// Whether text in the language with this tag runs right to left.
pub fn is_rtl(tag: &str) -> bool {
    Lang::from_tag(tag).is_some_and(Lang::is_rtl)
}

/// The best supported language for a list of user preferences such as
/// `navigator.languages` ("fr-CA", "sr-Latn", ...), by primary subtag.
pub fn negotiate<'a>(preferences: impl IntoIterator<Item = &'a str>) -> Option<Lang> {
    preferences.into_iter().find_map(|pref| {
        let primary = pref.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::from_tag(&primary)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_and_persian_are_rtl_only() {
        let rtl: Vec<_> = LANGUAGES
            .iter()
            .filter(|l| l.is_rtl())
            .map(|l| l.tag())
            .collect();
        assert_eq!(rtl, ["ar", "fa"]);
        assert_eq!(Lang::Fa.direction().as_str(), "rtl");
        assert_eq!(Lang::Sr.direction().as_str(), "ltr");
    }

    #[test]
    fn negotiation_uses_the_primary_subtag_in_order() {
        assert_eq!(negotiate(["de-DE", "fr-CA", "en"]), Some(Lang::Fr));
        assert_eq!(negotiate(["sr-Latn-RS"]), Some(Lang::Sr));
        assert_eq!(negotiate(["de", "it"]), None);
    }

    #[test]
    fn every_language_round_trips_through_its_tag_and_serde() {
        for l in LANGUAGES {
            assert_eq!(Lang::from_tag(l.tag()), Some(l));
            assert_eq!(l.tag().parse::<Lang>(), Ok(l));
            let json = serde_json::to_string(&l).unwrap();
            assert_eq!(json, format!("\"{}\"", l.tag()));
            assert_eq!(serde_json::from_str::<Lang>(&json).unwrap(), l);
        }
        let err = serde_json::from_str::<Lang>("\"de\"").unwrap_err();
        assert!(
            err.to_string()
                .contains("\"de\" is not one of the supported languages"),
            "{err}"
        );
    }

    #[test]
    fn an_unchosen_language_is_the_empty_string() {
        #[derive(Serialize, Deserialize, PartialEq, Debug)]
        struct T {
            #[serde(with = "tag_or_empty")]
            l: Option<Lang>,
        }
        assert_eq!(
            serde_json::to_string(&T { l: None }).unwrap(),
            r#"{"l":""}"#
        );
        assert_eq!(
            serde_json::to_string(&T { l: Some(Lang::Cnr) }).unwrap(),
            r#"{"l":"cnr"}"#
        );
        assert_eq!(
            serde_json::from_str::<T>(r#"{"l":" "}"#).unwrap(),
            T { l: None }
        );
        assert_eq!(
            serde_json::from_str::<T>(r#"{"l":"ar"}"#).unwrap(),
            T { l: Some(Lang::Ar) }
        );
        assert!(serde_json::from_str::<T>(r#"{"l":"xx"}"#).is_err());
    }

    #[test]
    fn digits_and_typography() {
        assert_eq!(Lang::Fa.digits().write(2026), "۲۰۲۶");
        assert_eq!(Lang::Ar.digits().write(2026), "2026");
        assert_eq!(Lang::Fr.label_separator(), "\u{A0}: ");
        assert_eq!(Lang::En.label_separator(), ": ");
        assert_eq!(Lang::Fr.colon(), "\u{A0}:");
        assert_eq!(Lang::Ar.list_separator(), "، ");
        assert_eq!(Lang::Fa.enumeration_separator(), "؛ ");
        assert_eq!(Lang::Es.enumeration_separator(), "; ");
        assert_eq!(Lang::Fr.day_of_month(1), "1er");
        assert_eq!(Lang::Fr.day_of_month(2), "2");
        assert_eq!(Lang::En.day_of_month(1), "1");
        assert_eq!(Lang::Fa.day_of_month(1), "۱");
    }

    #[test]
    fn french_punctuation_takes_no_break_spaces() {
        assert_eq!(
            Lang::Fr.punctuate("Objet : « sic » ; vraiment ? oui !"),
            "Objet\u{A0}: «\u{A0}sic\u{A0}»\u{202F}; vraiment\u{202F}? oui\u{202F}!"
        );
        // A colon without a space before it (a time, a URL) is left alone.
        assert_eq!(Lang::Fr.punctuate("à 10:30"), "à 10:30");
        assert_eq!(Lang::En.punctuate("To : x ?"), "To : x ?");
    }
}
