//! Assembly of the request document: every language, no empty sections,
//! final edits kept across regeneration, the bilingual option.

use std::collections::BTreeSet;

use mla_core::check::CheckContext;
use mla_core::document::{
    assemble, edit, isolate, revert, without_isolates, Catalogue, Document, EditState, Options,
    Role, FSI, PDI,
};
use mla_core::draft_file::parse_draft;
use mla_core::languages::{Lang, LANGUAGES};
use mla_core::model::{IdDocument, Paper};
use mla_core::reference::countries::country_name;
use mla_core::Draft;

fn fixture(name: &str) -> Draft {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    parse_draft(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn exercises() -> Vec<Draft> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/exercises");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| parse_draft(&std::fs::read_to_string(p).unwrap()).unwrap())
        .collect()
}

fn options(lang: Lang) -> Options {
    Options {
        lang,
        second: None,
        paper: Paper::A4,
    }
}

fn placeholders(text: &str) -> BTreeSet<String> {
    text.split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}'))
        .map(|(p, _)| p.to_string())
        .collect()
}

#[test]
fn every_language_has_every_message_with_the_same_placeholders() {
    let en = Catalogue::get(Lang::En);
    let keys: BTreeSet<_> = en.keys().collect();
    for l in LANGUAGES {
        let cat = Catalogue::get(l);
        assert_eq!(cat.keys().collect::<BTreeSet<_>>(), keys, "{}", l.tag());
        for key in &keys {
            assert!(
                !cat.text(key).trim().is_empty(),
                "{}: {key} is empty",
                l.tag()
            );
            assert_eq!(
                placeholders(cat.text(key)),
                placeholders(en.text(key)),
                "{}: {key}",
                l.tag()
            );
        }
        assert_eq!(cat.text("months").split('|').count(), 12, "{}", l.tag());
    }
}

/// Every `{name}` of every message in every language, read from the
/// catalogue so that a new placeholder is checked without editing a list.
fn catalogue_placeholders() -> BTreeSet<String> {
    let all: BTreeSet<String> = LANGUAGES
        .iter()
        .flat_map(|l| {
            let cat = Catalogue::get(*l);
            cat.keys()
                .flat_map(move |k| placeholders(cat.text(k)))
                .collect::<Vec<_>>()
        })
        .map(|name| format!("{{{name}}}"))
        .collect();
    assert!(
        !all.is_empty(),
        "no placeholder found: the parsing is broken"
    );
    all
}

fn assert_well_formed(doc: &Document, what: &str) {
    let placeholders_of_catalogue = catalogue_placeholders();
    for text in [
        &doc.title,
        &doc.subject,
        &doc.furniture.confidential,
        &doc.furniture.draft,
    ] {
        assert!(
            placeholders(text).is_empty(),
            "{what}: unfilled placeholder in {text}"
        );
    }
    // The layout fills these two, and only these.
    assert!(
        placeholders(&doc.furniture.page_of).is_subset(&["n".into(), "total".into()].into()),
        "{what}: {}",
        doc.furniture.page_of
    );
    for (i, b) in doc.blocks.iter().enumerate() {
        assert!(!b.text.trim().is_empty(), "{what}: empty block {}", b.id);
        // Every placeholder of the catalogue is filled (the fixtures have
        // no braces), in the fixed wording of both languages.
        for placeholder in &placeholders_of_catalogue {
            for text in [Some(&b.generated), Some(&b.text), b.second.as_ref()]
                .into_iter()
                .flatten()
            {
                assert!(
                    !text.contains(placeholder.as_str()),
                    "{what}: unfilled {placeholder} in {}: {text}",
                    b.id
                );
            }
        }
        // Every isolate around a value closes on its own line.
        for text in [Some(&b.text), b.second.as_ref()].into_iter().flatten() {
            for line in text.split('\n') {
                assert!(
                    balanced(line),
                    "{what}: unbalanced isolate in {}: {line:?}",
                    b.id
                );
            }
        }
        if b.role == Role::Heading {
            let next = doc.blocks.get(i + 1).map(|n| n.role);
            assert!(
                matches!(next, Some(r) if r != Role::Heading && r != Role::Signature),
                "{what}: section {} is empty",
                b.id
            );
        }
    }
    let ids: BTreeSet<_> = doc.blocks.iter().map(|b| &b.id).collect();
    assert_eq!(ids.len(), doc.blocks.len(), "{what}: block ids repeat");
}

/// Whether every isolate in `line` is closed, in order.
fn balanced(line: &str) -> bool {
    let mut depth = 0i32;
    for c in line.chars() {
        match c {
            '\u{2066}'..='\u{2068}' => depth += 1,
            '\u{2069}' => depth -= 1,
            _ => {}
        }
        if depth < 0 {
            return false;
        }
    }
    depth == 0
}

#[test]
fn fixtures_assemble_in_all_eleven_languages_without_empty_sections() {
    let mut drafts = vec![fixture("complete.json")];
    drafts.extend(exercises());
    for l in LANGUAGES {
        for d in &drafts {
            let doc = assemble(d, &options(l), &CheckContext::default());
            assert_eq!(doc.lang, l);
            assert_eq!(doc.lang.is_rtl(), l.is_rtl());
            assert_well_formed(&doc, &format!("{} {}", l.tag(), d.id));
            let cat = Catalogue::get(l);
            assert!(doc.blocks.iter().any(|b| b.text == cat.text("title")));
            assert!(doc.blocks.iter().any(|b| b.text == cat.text("closing")));
        }
    }
    // The second language's wording is filled too.
    for (i, &l) in LANGUAGES.iter().enumerate() {
        let second = LANGUAGES[(i + 1) % LANGUAGES.len()];
        let opts = Options {
            second: Some(second),
            ..options(l)
        };
        for d in &drafts {
            let doc = assemble(d, &opts, &CheckContext::default());
            assert!(doc.blocks.iter().any(|b| b.second.is_some()));
            assert_well_formed(&doc, &format!("{} + {second} {}", l.tag(), d.id));
        }
    }
}

#[test]
fn the_users_text_is_kept_as_typed_and_sections_follow_practice() {
    let d = fixture("complete.json");
    let doc = assemble(&d, &options(Lang::Fr), &CheckContext::default());
    let all: Vec<&str> = doc.blocks.iter().map(|b| b.text.as_str()).collect();
    let joined = all.join("\n");
    assert!(joined.contains(&d.facts.summary));
    assert!(
        joined.contains("Objet : demande")
            || joined.contains("Demande d'entraide judiciaire en matière pénale")
    );
    let order = [
        "heading.h_legal_basis",
        "heading.h_proceedings",
        "heading.h_offences",
        "heading.h_facts",
        "heading.h_persons",
        "heading.h_assistance",
        "heading.h_confidentiality",
        "heading.h_urgency",
        "closing",
        "signature",
    ];
    let pos: Vec<usize> = order
        .iter()
        .map(|id| {
            doc.blocks
                .iter()
                .position(|b| b.id == *id)
                .unwrap_or_else(|| panic!("no {id}"))
        })
        .collect();
    assert!(pos.windows(2).all(|w| w[0] < w[1]), "{pos:?}");
    assert!(doc.confidential && !doc.incomplete);
    assert_eq!(mla_core::document::file_stem(&doc), "PP-2026-0142");
}

#[test]
fn an_empty_draft_has_no_empty_headings_and_is_marked_incomplete() {
    let d = Draft::new("x", "2026-11-28T00:00:00Z");
    let doc = assemble(&d, &options(Lang::En), &CheckContext::default());
    assert!(doc.incomplete);
    assert!(
        doc.blocks.iter().all(|b| b.role != Role::Heading),
        "{:?}",
        doc.blocks
    );
    assert_well_formed(&doc, "empty");
    assert_eq!(mla_core::document::file_stem(&doc), "mla-request");
}

#[test]
fn an_edit_stands_until_its_source_changes_then_is_flagged_not_lost() {
    let mut d = fixture("complete.json");
    let ctx = CheckContext::default();
    let doc = assemble(&d, &options(Lang::En), &ctx);
    let intro = doc.blocks.iter().find(|b| b.id == "intro").unwrap().clone();
    edit(&mut d, &intro, "We respectfully ask for help.");
    // Unrelated change: the edit still applies.
    d.facts.summary.push_str(" More.");
    let doc = assemble(&d, &options(Lang::En), &ctx);
    let b = doc.blocks.iter().find(|b| b.id == "intro").unwrap();
    assert_eq!(b.text, "We respectfully ask for help.");
    assert_eq!(b.edit, EditState::Applied);
    // The authority's name is part of the introduction: flagged.
    d.requesting.authority.name = "Another Office".into();
    let doc = assemble(&d, &options(Lang::En), &ctx);
    let b = doc.blocks.iter().find(|b| b.id == "intro").unwrap().clone();
    assert!(b
        .text
        .starts_with("\u{2068}Another Office\u{2069} has the honour"));
    match &b.edit {
        EditState::Stale { edited, was } => {
            assert_eq!(edited, "We respectfully ask for help.");
            assert_eq!(was, &intro.generated);
        }
        other => panic!("{other:?}"),
    }
    // Re-applied on the new text, then reverted.
    edit(&mut d, &b, "We respectfully ask for help.");
    let doc = assemble(&d, &options(Lang::En), &ctx);
    assert_eq!(
        doc.blocks.iter().find(|b| b.id == "intro").unwrap().edit,
        EditState::Applied
    );
    revert(&mut d, "intro");
    assert!(d.document.edits.is_empty());
    // Saving the generated text is no edit at all.
    edit(&mut d, &b, &b.generated.clone());
    assert!(d.document.edits.is_empty());
}

#[test]
fn edits_follow_their_paragraph_when_the_draft_is_reordered() {
    let mut d = fixture("complete.json");
    let mut second = d.offences[0].clone();
    second.id = "o2".into();
    second.name = "Fraud".into();
    d.offences.push(second);
    let doc = assemble(&d, &options(Lang::En), &CheckContext::default());
    let fraud = doc
        .blocks
        .iter()
        .find(|b| b.id == "offence.o2.name")
        .unwrap()
        .clone();
    edit(&mut d, &fraud, "Offence 2: Fraud (aggravated)");
    d.offences.swap(0, 1);
    let doc = assemble(&d, &options(Lang::En), &CheckContext::default());
    // Renumbered, so the generated text changed: flagged, and kept.
    let b = doc
        .blocks
        .iter()
        .find(|b| b.id == "offence.o2.name")
        .unwrap();
    assert!(
        matches!(&b.edit, EditState::Stale { edited, .. } if edited == "Offence 2: Fraud (aggravated)")
    );
}

#[test]
fn bilingual_documents_carry_the_fixed_wording_in_both_languages() {
    let d = fixture("complete.json");
    let opts = Options {
        lang: Lang::En,
        second: Some(Lang::Ar),
        paper: Paper::A4,
    };
    let doc = assemble(&d, &opts, &CheckContext::default());
    assert!(doc.second.is_some_and(Lang::is_rtl) && !doc.lang.is_rtl());
    let title = doc.blocks.iter().find(|b| b.id == "title").unwrap();
    assert_eq!(
        title.second.as_deref(),
        Some(Catalogue::get(Lang::Ar).text("title"))
    );
    // Free text alone needs no second version.
    let summary = doc.blocks.iter().find(|b| b.id == "facts.summary").unwrap();
    assert_eq!(summary.second, None);
    // From the draft: its own setting, and never the same language twice.
    let mut d2 = d.clone();
    d2.document.bilingual = Some(Lang::Es);
    assert_eq!(Options::from_draft(&d2).second, None);
    d2.document.bilingual = Some(Lang::Fr);
    assert_eq!(Options::from_draft(&d2).second, Some(Lang::Fr));
}

#[test]
fn dates_are_written_out_in_each_language() {
    let cases = [
        (Lang::En, "2 November 2026"),
        (Lang::Fr, "2 novembre 2026"),
        (Lang::Es, "2 de noviembre de 2026"),
        (Lang::Ru, "2 ноября 2026 г."),
        (Lang::Hr, "2. studenoga 2026."),
        (Lang::Fa, "۲ نوامبر ۲۰۲۶"),
    ];
    for (lang, want) in cases {
        assert_eq!(Catalogue::get(lang).date("2026-11-02"), want);
    }
    assert_eq!(Catalogue::get(Lang::En).date("early 2026"), "early 2026");
    // French writes the first of the month as an ordinal, in every date.
    assert_eq!(
        Catalogue::get(Lang::Fr).date("2026-12-01"),
        "1er décembre 2026"
    );
    assert_eq!(
        Catalogue::get(Lang::Es).date("2026-12-01"),
        "1 de diciembre de 2026"
    );
}

/// Issue 12: a State code reaches the document as the State's name in the
/// document's language, fixed wording in its own script (no isolate);
/// anything else stays as typed, isolated like any value.
#[test]
fn states_are_named_in_the_documents_language() {
    let mut d = fixture("complete.json");
    d.persons[0].id_documents = vec![IdDocument {
        kind: "passport".into(),
        number: "12AB34".into(),
        issuer: "FR".into(),
    }];
    for (lang, spain, france) in [
        (Lang::En, "Spain", "France"),
        (Lang::Fr, "Espagne", "France"),
        (Lang::Ar, "إسبانيا", "فرنسا"),
    ] {
        let doc = assemble(&d, &options(lang), &CheckContext::default());
        let sep = lang.label_separator();
        let cat = Catalogue::get(lang);
        assert!(block(&doc, "addressee").ends_with(&format!("{PDI}\n{spain}")));
        assert!(block(&doc, "letterhead").ends_with(&format!("{PDI}\n{france}")));
        let person = format!("person.{}", d.persons[0].id);
        assert_eq!(
            block(&doc, &format!("{person}.nationality")),
            format!("{}{sep}{france}", cat.text("f_nationality"))
        );
        let comma = lang.list_separator();
        assert!(
            block(&doc, &format!("{person}.identifiers")).contains(&format!(
                "{FSI}passport{PDI}{comma}{FSI}12AB34{PDI}{comma}{france}"
            )),
            "{}",
            block(&doc, &format!("{person}.identifiers"))
        );
    }
    // An unknown code or a name typed out stays as typed, isolated.
    d.requested.state = "XK".into();
    d.persons[0].nationality = "French".into();
    let doc = assemble(&d, &options(Lang::Ar), &CheckContext::default());
    assert!(block(&doc, "addressee").ends_with(&format!("\n{FSI}XK{PDI}")));
    let person = format!("person.{}", d.persons[0].id);
    assert!(block(&doc, &format!("{person}.nationality")).ends_with(&format!("{FSI}French{PDI}")));
    // A code typed in lower case is the same code, as the wizard's hint
    // reads it; an address that already ends with the State's name does
    // not get it twice.
    d.requested.state = "es".into();
    d.requested.address = "Calle Ejemplo 1\n28001 Madrid\nEspaña".into();
    let doc = assemble(&d, &options(Lang::Es), &CheckContext::default());
    assert!(block(&doc, "addressee").ends_with(&format!("\n{FSI}España{PDI}")));
    d.requested.address = "Calle Ejemplo 1\n28001 Madrid".into();
    let doc = assemble(&d, &options(Lang::Es), &CheckContext::default());
    assert!(block(&doc, "addressee").ends_with(&format!("Madrid{PDI}\nEspaña")));
}

/// In the bilingual layout each language names the State in its own words.
#[test]
fn a_bilingual_document_names_the_state_in_each_language() {
    let d = fixture("complete.json");
    let opts = Options {
        lang: Lang::Fr,
        second: Some(Lang::Ar),
        paper: Paper::A4,
    };
    let doc = assemble(&d, &opts, &CheckContext::default());
    let addressee = doc.blocks.iter().find(|b| b.id == "addressee").unwrap();
    assert!(addressee.text.ends_with("\nEspagne"));
    assert!(addressee.second.as_deref().unwrap().ends_with("\nإسبانيا"));
}

/// Each language's typography in the fixed wording and its joins, never in
/// the user's values.
#[test]
fn fixed_wording_and_joins_follow_each_languages_typography() {
    let mut d = fixture("complete.json");
    d.signature.date = "2026-12-01".into();
    d.persons[0].aliases = vec!["Jean D.".into(), "J. Dupont".into()];
    d.persons[0].addresses = vec!["1 rue A ; Paris".into(), "2 rue B".into()];
    let fr = assemble(&d, &options(Lang::Fr), &CheckContext::default());
    let person = format!("person.{}", d.persons[0].id);
    // A no-break space before the colon of a label, in the catalogue's
    // wording and in a label assembled from parts.
    assert!(block(&fr, "references").contains("Notre référence\u{A0}: "));
    assert!(block(&fr, "addressee").starts_with("Destinataire\u{A0}:\n"));
    assert!(block(&fr, &format!("{person}.aliases")).contains("\u{A0}: "));
    // "1er" in a French date, in the date line and the signature.
    assert!(block(&fr, "references").contains("Date\u{A0}: 1er décembre 2026"));
    assert!(block(&fr, "signature").contains("le 1er décembre 2026"));
    // The user's own " ;" is kept as typed.
    assert!(block(&fr, &format!("{person}.addresses"))
        .contains(&format!("{FSI}1 rue A ; Paris{PDI}; {FSI}2 rue B{PDI}")));
    for lang in [Lang::Ar, Lang::Fa] {
        let doc = assemble(&d, &options(lang), &CheckContext::default());
        assert_eq!(
            without_isolates(block(&doc, &format!("{person}.aliases"))),
            format!(
                "{}: Jean D.؛ J. Dupont",
                Catalogue::get(lang).text("l_aliases")
            )
        );
        let lb = block(&doc, "legal_basis.untoc");
        assert!(lb.contains(&format!("{PDI}، {FSI}")), "{lb}");
    }
    let en = assemble(&d, &options(Lang::En), &CheckContext::default());
    assert!(block(&en, "addressee").starts_with("To:\n"));
    assert!(block(&en, "references").contains("Date: 1 December 2026"));
    assert!(block(&en, &format!("{person}.aliases"))
        .ends_with(&format!("{FSI}Jean D.{PDI}; {FSI}J. Dupont{PDI}")));
}

fn block<'d>(doc: &'d Document, id: &str) -> &'d str {
    &doc.blocks
        .iter()
        .find(|b| b.id == id)
        .unwrap_or_else(|| panic!("no {id}"))
        .text
}

/// Issue 12: in a right-to-left request the bidi algorithm must not
/// reorder a value the user typed, so each value is a first-strong
/// isolate inside the fixed wording, one per line of a multi-line value.
#[test]
fn the_users_values_are_isolated_line_by_line_in_the_fixed_wording() {
    let mut d = fixture("complete.json");
    d.requesting.authority.phone = "+7 495 555 01 77".into();
    d.requested.address = "4521, rue Saint-Denis\n  Montréal (Québec) \n\nCanada".into();
    d.offences[0].max_penalty = "10 ans de réclusion".into();
    d.signature.date = "early 2026".into();
    for lang in [Lang::Ar, Lang::Fa, Lang::Fr] {
        let doc = assemble(&d, &options(lang), &CheckContext::default());
        let cat = Catalogue::get(lang);
        let sep = lang.label_separator();
        assert_eq!(
            block(&doc, "contact.phone"),
            format!("{}{sep}{FSI}+7 495 555 01 77{PDI}", cat.text("f_phone"))
        );
        assert_eq!(
            block(&doc, "offence.o1.penalty"),
            format!(
                "{}{sep}{FSI}10 ans de réclusion{PDI}",
                cat.text("f_offence_penalty")
            )
        );
        // Line by line, white space and blank lines outside; the State's
        // name under the address is fixed wording, not isolated.
        let spain = country_name("ES", lang).unwrap();
        assert!(
            block(&doc, "addressee").ends_with(&format!(
                "\n{FSI}4521, rue Saint-Denis{PDI}\n  {FSI}Montréal (Québec){PDI} \n\n{FSI}Canada{PDI}\n{spain}"
            )),
            "{:?}",
            block(&doc, "addressee")
        );
        // A date kept as typed is a value too; one written out is not.
        assert!(block(&doc, "signature").contains(&format!("{FSI}early 2026{PDI}")));
        // The fixed wording itself is not isolated, and without the
        // isolates the text reads as typed.
        assert_eq!(block(&doc, "title"), cat.text("title"));
        assert!(without_isolates(block(&doc, "contact.phone")).ends_with("+7 495 555 01 77"));
    }
    // Isolating twice changes nothing; an empty value stays empty.
    let once = isolate("a\n b ");
    assert_eq!(once, format!("{FSI}a{PDI}\n {FSI}b{PDI} "));
    assert_eq!(isolate(&once), once);
    assert_eq!(isolate("  "), "  ");
    assert_eq!(
        isolate(&format!("{FSI}a{PDI} {FSI}b{PDI}")),
        format!("{FSI}{FSI}a{PDI} {FSI}b{PDI}{PDI}")
    );
}

/// An edit saved before the values were isolated was made on the same
/// visible text: it stays applied.
#[test]
fn an_edit_made_before_the_isolates_stays_applied() {
    let mut d = fixture("complete.json");
    let ctx = CheckContext::default();
    let doc = assemble(&d, &options(Lang::En), &ctx);
    let intro = doc.blocks.iter().find(|b| b.id == "intro").unwrap();
    assert!(intro.generated.contains(FSI));
    d.document.edits.insert(
        "intro".into(),
        mla_core::model::ParagraphEdit {
            generated: without_isolates(&intro.generated),
            text: "Mine.".into(),
        },
    );
    let doc = assemble(&d, &options(Lang::En), &ctx);
    let b = doc.blocks.iter().find(|b| b.id == "intro").unwrap();
    assert_eq!((b.text.as_str(), &b.edit), ("Mine.", &EditState::Applied));
}
