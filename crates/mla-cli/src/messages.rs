//! The app's message catalogue on the command line: `locales/<lang>.json`,
//! the same files the app is built from (leptos_i18n), embedded at compile
//! time. A finding's message key is `finding_<rule id>` (as in the app's
//! `src/texts/findings.rs`); its `{{ name }}` placeholders take the finding's
//! arguments.

use std::collections::BTreeMap;

use mla_core::findings::{Finding, Severity};
use mla_core::languages::Lang;

/// The raw locale file of a language.
pub fn source(lang: Lang) -> &'static str {
    macro_rules! locale {
        ($tag:literal) => {
            include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../locales/",
                $tag,
                ".json"
            ))
        };
    }
    match lang {
        Lang::Ar => locale!("ar"),
        Lang::Bs => locale!("bs"),
        Lang::Cnr => locale!("cnr"),
        Lang::En => locale!("en"),
        Lang::Es => locale!("es"),
        Lang::Fa => locale!("fa"),
        Lang::Fr => locale!("fr"),
        Lang::Hr => locale!("hr"),
        Lang::Pt => locale!("pt"),
        Lang::Ru => locale!("ru"),
        Lang::Sr => locale!("sr"),
    }
}

/// The message key of a completeness rule, as the app names it.
pub fn finding_key(rule: &str) -> String {
    format!("finding_{rule}")
}

/// One language's messages.
pub struct Catalogue {
    messages: BTreeMap<String, String>,
}

impl Catalogue {
    /// The catalogue of `lang`, from the embedded locale file.
    pub fn new(lang: Lang) -> Catalogue {
        let messages = serde_json::from_str(source(lang))
            .unwrap_or_else(|e| panic!("locales/{}.json is not flat JSON: {e}", lang.tag()));
        Catalogue { messages }
    }

    /// The message under `key` with its placeholders filled from `args`;
    /// `None` when the locale has no such key.
    pub fn get<'a>(
        &self,
        key: &str,
        args: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Option<String> {
        let args: BTreeMap<&str, &str> = args.into_iter().collect();
        self.messages.get(key).map(|template| fill(template, &args))
    }

    /// The message for a finding, falling back to its rule id (as the app
    /// does).
    pub fn finding(&self, f: &Finding) -> String {
        self.get(
            &finding_key(f.rule),
            f.args.iter().map(|(k, v)| (*k, v.as_str())),
        )
        .unwrap_or_else(|| f.rule.to_string())
    }

    /// The name of a severity ("Blocking", "Bloquant", …).
    pub fn severity(&self, s: Severity) -> String {
        self.get(&format!("severity_{}", s.as_str()), [])
            .unwrap_or_else(|| s.as_str().to_string())
    }
}

/// `template` with each `{{ name }}` (spaces optional) replaced by
/// `args[name]`; a placeholder without a value becomes empty, as in the app.
fn fill(template: &str, args: &BTreeMap<&str, &str>) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        let Some(len) = rest[start..].find("}}") else {
            break;
        };
        out.push_str(&rest[..start]);
        let name = rest[start + 2..start + len].trim();
        out.push_str(args.get(name).copied().unwrap_or_default());
        rest = &rest[start + len + 2..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled_with_or_without_spaces() {
        let args = BTreeMap::from([("n", "2"), ("x", "y")]);
        assert_eq!(fill("Measure {{ n }}: {{x}}.", &args), "Measure 2: y.");
        assert_eq!(fill("no {{ value }} here", &args), "no  here");
        assert_eq!(fill("open {{ n", &args), "open {{ n");
    }
}
