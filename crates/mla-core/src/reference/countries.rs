//! The States (and the two non-State entries) a directory record or a treaty
//! party may name. Names are not here: the UI shows them in its own
//! language from the browser's CLDR data (`Intl.DisplayNames`).

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
