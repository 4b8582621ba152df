//! The eleven languages of the app and of generated requests.

/// A language the UI and the generated documents support.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    /// BCP 47 tag, as used in `<html lang>` and in drafts.
    pub tag: &'static str,
    /// The language's name in itself, for the language selector.
    pub endonym: &'static str,
    pub rtl: bool,
}

/// All supported languages, in the order of their English names.
pub const LANGUAGES: [Language; 11] = [
    Language {
        tag: "ar",
        endonym: "العربية",
        rtl: true,
    },
    Language {
        tag: "bs",
        endonym: "Bosanski",
        rtl: false,
    },
    Language {
        tag: "hr",
        endonym: "Hrvatski",
        rtl: false,
    },
    Language {
        tag: "en",
        endonym: "English",
        rtl: false,
    },
    Language {
        tag: "fr",
        endonym: "Français",
        rtl: false,
    },
    Language {
        tag: "cnr",
        endonym: "Crnogorski",
        rtl: false,
    },
    Language {
        tag: "fa",
        endonym: "فارسی",
        rtl: true,
    },
    Language {
        tag: "pt",
        endonym: "Português",
        rtl: false,
    },
    Language {
        tag: "ru",
        endonym: "Русский",
        rtl: false,
    },
    Language {
        tag: "sr",
        endonym: "Српски",
        rtl: false,
    },
    Language {
        tag: "es",
        endonym: "Español",
        rtl: false,
    },
];

/// The language with this exact tag.
pub fn by_tag(tag: &str) -> Option<&'static Language> {
    LANGUAGES.iter().find(|l| l.tag == tag)
}

/// Whether text in this language runs right to left.
pub fn is_rtl(tag: &str) -> bool {
    by_tag(tag).is_some_and(|l| l.rtl)
}

/// The best supported language for a list of user preferences such as
/// `navigator.languages` ("fr-CA", "sr-Latn", ...), by primary subtag.
pub fn negotiate<'a>(preferences: impl IntoIterator<Item = &'a str>) -> Option<&'static Language> {
    preferences.into_iter().find_map(|pref| {
        let primary = pref.split(['-', '_']).next()?.to_ascii_lowercase();
        by_tag(&primary)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_and_persian_are_rtl_only() {
        let rtl: Vec<_> = LANGUAGES.iter().filter(|l| l.rtl).map(|l| l.tag).collect();
        assert_eq!(rtl, ["ar", "fa"]);
    }

    #[test]
    fn negotiation_uses_the_primary_subtag_in_order() {
        assert_eq!(
            negotiate(["de-DE", "fr-CA", "en"]).map(|l| l.tag),
            Some("fr")
        );
        assert_eq!(negotiate(["sr-Latn-RS"]).map(|l| l.tag), Some("sr"));
        assert_eq!(negotiate(["de", "it"]), None);
    }
}
