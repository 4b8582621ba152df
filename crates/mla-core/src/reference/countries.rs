//! The States (and the two non-State entries) a directory record or a treaty
//! party may name, and their names in the document languages
//! ([`country_name`], CLDR's, generated into `country_names.rs` by
//! `scripts/make_country_names.py`) for the request document. The UI shows
//! names in its own language from the browser's CLDR data
//! (`Intl.DisplayNames`).

use super::country_names::{names, CODES};
use crate::languages::Lang;

/// ISO 3166-1 alpha-2 codes of the 193 member States of the United Nations.
pub const UN_MEMBERS: [&str; 193] = [
    "AF", "AL", "DZ", "AD", "AO", "AG", "AR", "AM", "AU", "AT", "AZ", "BS", "BH", "BD", "BB", "BY",
    "BE", "BZ", "BJ", "BT", "BO", "BA", "BW", "BR", "BN", "BG", "BF", "BI", "CV", "KH", "CM", "CA",
    "CF", "TD", "CL", "CN", "CO", "KM", "CG", "CR", "CI", "HR", "CU", "CY", "CZ", "KP", "CD", "DK",
    "DJ", "DM", "DO", "EC", "EG", "SV", "GQ", "ER", "EE", "SZ", "ET", "FJ", "FI", "FR", "GA", "GM",
    "GE", "DE", "GH", "GR", "GD", "GT", "GN", "GW", "GY", "HT", "HN", "HU", "IS", "IN", "ID", "IR",
    "IQ", "IE", "IL", "IT", "JM", "JP", "JO", "KZ", "KE", "KI", "KW", "KG", "LA", "LV", "LB", "LS",
    "LR", "LY", "LI", "LT", "LU", "MG", "MW", "MY", "MV", "ML", "MT", "MH", "MR", "MU", "MX", "FM",
    "MC", "MN", "ME", "MA", "MZ", "MM", "NA", "NR", "NP", "NL", "NZ", "NI", "NE", "NG", "MK", "NO",
    "OM", "PK", "PW", "PA", "PG", "PY", "PE", "PH", "PL", "PT", "QA", "KR", "MD", "RO", "RU", "RW",
    "KN", "LC", "VC", "WS", "SM", "ST", "SA", "SN", "RS", "SC", "SL", "SG", "SK", "SI", "SB", "SO",
    "ZA", "SS", "ES", "LK", "SD", "SR", "SE", "CH", "SY", "TJ", "TH", "TL", "TG", "TO", "TT", "TN",
    "TR", "TM", "TV", "UG", "UA", "AE", "GB", "TZ", "US", "UY", "UZ", "VU", "VE", "VN", "YE", "ZM",
    "ZW",
];

/// Entries beside the UN members: the European Union (a party to UNTOC and
/// UNCAC with its own designations), the Holy See and the State of
/// Palestine (UN observer States that are parties to the conventions).
pub const OTHER_ENTRIES: [&str; 3] = ["EU", "VA", "PS"];

/// Whether a directory record or treaty party may name this code.
pub fn is_known(code: &str) -> bool {
    UN_MEMBERS.contains(&code) || OTHER_ENTRIES.contains(&code)
}

/// Every known code, UN members first.
pub fn all() -> impl Iterator<Item = &'static str> {
    UN_MEMBERS.iter().chain(OTHER_ENTRIES.iter()).copied()
}

/// The name of the State `code` (ISO 3166-1 alpha-2, upper case, as the
/// State fields store it; "EU" for the European Union) in `lang`, the
/// standard name a formal letter uses; `None` for any other text.
pub fn country_name(code: &str, lang: Lang) -> Option<&'static str> {
    if code.len() != 2 {
        return None;
    }
    let index = CODES
        .as_bytes()
        .chunks(2)
        .position(|c| c == code.as_bytes())?;
    names(lang).split('|').nth(index)
}

/// The State that `text` names exactly: its code, or its whole name in
/// `lang`, ignoring case and accents ("cote d'ivoire", "ci"). The wizard
/// stores this code for what the user typed.
pub fn named(text: &str, lang: Lang) -> Option<&'static str> {
    let t = text.trim();
    let folded = super::fold::fold(t);
    all().find(|code| {
        code.eq_ignore_ascii_case(t)
            || country_name(code, lang).is_some_and(|n| super::fold::fold(n) == folded)
    })
}

/// What typed text chooses when the user leaves the field: the State it
/// names exactly, else the only State it matches, else none.
pub fn chosen(text: &str, lang: Lang) -> Option<&'static str> {
    named(text, lang).or_else(|| match matches(text, lang).as_slice() {
        [only] => Some(*only),
        _ => None,
    })
}

/// The States whose name in `lang` (or whose code) matches what the user
/// typed, best first: the code itself, then names that start with the
/// query, then names with a word that starts with it; each group in the
/// order of the names. Case and diacritics do not matter ("cote" finds
/// "Côte d'Ivoire"). An empty query matches nothing.
pub fn matches(query: &str, lang: Lang) -> Vec<&'static str> {
    let q = super::fold::fold(query.trim());
    if q.is_empty() {
        return Vec::new();
    }
    let mut ranked: Vec<(u8, String, &'static str)> = all()
        .filter_map(|code| {
            let name = super::fold::fold(country_name(code, lang)?);
            let rank = if code.eq_ignore_ascii_case(query.trim()) {
                0
            } else if name.starts_with(&q) {
                1
            } else if name
                .split(|c: char| !c.is_alphanumeric())
                .any(|word| word.starts_with(&q))
            {
                2
            } else {
                return None;
            };
            Some((rank, name, code))
        })
        .collect();
    ranked.sort();
    ranked.into_iter().map(|(_, _, code)| code).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::languages::LANGUAGES;

    #[test]
    fn states_are_found_by_name_in_the_language_or_by_code() {
        assert_eq!(matches("fr", Lang::En)[0], "FR", "the code first");
        // Names that start with it, then names with a word that does.
        assert_eq!(matches("guinea", Lang::En), ["GN", "GW", "GQ", "PG"]);
        assert_eq!(matches("cote", Lang::Fr)[0], "CI");
        assert_eq!(matches("Allem", Lang::Fr), ["DE"]);
        assert_eq!(matches("ألمانيا", Lang::Ar), ["DE"]);
        assert_eq!(
            matches("ألما", Lang::Ar)[0],
            "DE",
            "hamza folded, Germany first"
        );
        assert_eq!(matches("Њемач", Lang::Sr).len(), 0, "Serbian says Немачка");
        assert_eq!(matches("немач", Lang::Sr), ["DE"]);
        assert!(matches("  ", Lang::En).is_empty());
        assert!(matches("Narnia", Lang::En).is_empty());
        // Named exactly: by code or whole name, any case, accents optional.
        assert_eq!(named("ci", Lang::En), Some("CI"));
        assert_eq!(named("cote d’ivoire", Lang::Fr), Some("CI"));
        assert_eq!(named("ФРАНЦИЯ", Lang::Ru), Some("FR"));
        assert_eq!(named("Guine", Lang::En), None);
        // Chosen on leaving: an exact name wins over other matches, else
        // only an unambiguous match.
        assert_eq!(chosen("Guinea", Lang::En), Some("GN"));
        assert_eq!(chosen("guinea-b", Lang::En), Some("GW"));
        assert_eq!(chosen("guin", Lang::En), None);
        assert_eq!(chosen("Narnia", Lang::En), None);
        // Every State is found by its own full name, first.
        for lang in LANGUAGES {
            for code in all() {
                let name = country_name(code, lang).unwrap();
                let found = matches(name, lang);
                assert!(found.contains(&code), "{code} by {name} in {}", lang.tag());
            }
        }
    }

    #[test]
    fn codes_are_unique_two_letter_upper_case() {
        let mut codes: Vec<_> = all().collect();
        assert!(codes
            .iter()
            .all(|c| c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase())));
        codes.sort_unstable();
        let n = codes.len();
        codes.dedup();
        assert_eq!(codes.len(), n);
        assert!(is_known("ME") && is_known("EU") && !is_known("XX"));
    }

    #[test]
    fn the_name_table_covers_every_code_in_every_language() {
        let table: Vec<&str> = CODES
            .as_bytes()
            .chunks(2)
            .map(|c| std::str::from_utf8(c).unwrap())
            .collect();
        assert_eq!(
            table,
            all().collect::<Vec<_>>(),
            "rerun scripts/make_country_names.py"
        );
        for lang in LANGUAGES {
            assert_eq!(names(lang).split('|').count(), table.len(), "{lang}");
            for code in all() {
                let name = country_name(code, lang).unwrap_or_default();
                assert!(!name.trim().is_empty(), "{code} in {lang}");
                assert_eq!(name, name.trim(), "{code} in {lang}");
            }
        }
    }

    #[test]
    fn names_are_in_the_language_and_script_of_the_document() {
        assert_eq!(country_name("FR", Lang::Fr), Some("France"));
        assert_eq!(country_name("DE", Lang::Ar), Some("ألمانيا"));
        assert_eq!(country_name("RU", Lang::Sr), Some("Русија"));
        assert_eq!(country_name("ME", Lang::Cnr), Some("Crna Gora"));
        // Montenegrin is ijekavian, like its catalogue.
        assert_eq!(country_name("DE", Lang::Cnr), Some("Njemačka"));
        assert_eq!(country_name("ES", Lang::Fa), Some("اسپانیا"));
        assert_eq!(country_name("IR", Lang::Pt), Some("Irão"));
        assert_eq!(country_name("EU", Lang::En), Some("European Union"));
        // Spelt out as in a letter, not CLDR's "Bosnia & Herzegovina".
        assert_eq!(country_name("BA", Lang::En), Some("Bosnia and Herzegovina"));
        assert_eq!(country_name("LC", Lang::En), Some("Saint Lucia"));
        for unknown in ["", "XX", "fr", "France", "F", "FRA", "É"] {
            assert_eq!(country_name(unknown, Lang::En), None, "{unknown}");
        }
    }
}
