//! Draft → document, section by section, in the order of established
//! practice for MLA requests (UNTOC art. 18(15); UNCAC art. 46(15)).

use super::{edits, isolate, Block, Catalogue, Document, EditState, Furniture, Options, Role};
use crate::check::{check, CheckContext};
use crate::findings::Severity;
use crate::model::{Draft, HearingStatus, Measure, Person};

/// Assembles the request for `draft`. `context` is the requested
/// authority's requirements, as for the completeness check: it decides
/// the DRAFT watermark together with the draft.
pub fn assemble(draft: &Draft, options: &Options, context: &CheckContext) -> Document {
    let cat = Catalogue::get(options.lang);
    let second = options.second.map(Catalogue::get);
    let mut blocks = Writer::new(cat).build(draft);
    if let Some(second) = second {
        let other = Writer::new(second).build(draft);
        for (block, other) in blocks.iter_mut().zip(other) {
            debug_assert_eq!(block.id, other.id);
            if other.text != block.text {
                block.second = Some(other.text);
            }
        }
    }
    edits::apply(&mut blocks, &draft.document.edits);
    // The second-language version cannot follow a free edit: leaving the
    // old wording beside it would make the two versions disagree.
    for block in &mut blocks {
        if block.edit == EditState::Applied {
            block.second = None;
        }
    }
    let incomplete = check(draft, context)
        .iter()
        .any(|f| f.severity == Severity::Blocking);
    let reference = draft.requesting.reference.trim().to_string();
    let subject = if reference.is_empty() {
        cat.text("title").to_string()
    } else {
        format!("{} — {reference}", cat.text("title"))
    };
    Document {
        lang: cat.lang,
        second: second.map(|c| c.lang),
        paper: options.paper,
        title: cat.text("title").to_string(),
        subject,
        author: draft.requesting.authority.name.trim().to_string(),
        reference,
        confidential: draft.confidentiality.requested,
        incomplete,
        furniture: Furniture {
            confidential: cat.text("pg_confidential").to_string(),
            draft: cat.text("pg_draft").to_string(),
            page_of: cat.text("pg_page_of").to_string(),
        },
        blocks,
    }
}

/// Builds the blocks of one language. Each kind of measure writes its
/// own paragraphs through it (`kinds::measures::Kind::paragraphs`).
pub(crate) struct Writer {
    cat: Catalogue,
    blocks: Vec<Block>,
    section: u32,
}

fn filled(s: &str) -> Option<&str> {
    let s = s.trim();
    (!s.is_empty()).then_some(s)
}

impl Writer {
    fn new(cat: Catalogue) -> Writer {
        Writer {
            cat,
            blocks: Vec::new(),
            section: 0,
        }
    }

    fn push(&mut self, id: impl Into<String>, role: Role, text: impl Into<String>) {
        let text = text.into();
        self.blocks.push(Block {
            id: id.into(),
            role,
            generated: text.clone(),
            text,
            second: None,
            edit: EditState::None,
        });
    }

    fn heading(&mut self, key: &str) {
        self.section += 1;
        let text = format!("{}. {}", self.cat.number(self.section), self.cat.text(key));
        self.push(format!("heading.{key}"), Role::Heading, text);
    }

    fn para(&mut self, id: impl Into<String>, text: impl Into<String>) {
        self.push(id, Role::Paragraph, text);
    }

    /// "Label: value", or nothing when the value is blank.
    pub(crate) fn detail(&mut self, id: impl Into<String>, label_key: &str, value: &str) {
        if let Some(value) = filled(value) {
            let text = self.labelled(self.cat.text(label_key), value);
            self.push(id, Role::Detail, text);
        }
    }

    pub(crate) fn sentence(&mut self, id: impl Into<String>, key: &str, when: bool) {
        if when {
            let text = self.cat.text(key);
            self.push(id, Role::Detail, text);
        }
    }

    /// "Label: value", the value isolated from the label's wording
    /// ([`isolate`]): every particular and every titled name passes here.
    fn labelled(&self, label: &str, value: &str) -> String {
        // French sets a no-break space before the colon.
        let sep = self.cat.lang.label_separator();
        format!("{label}{sep}{}", isolate(value))
    }

    /// "Label: value" for a value already set: the user's parts isolated
    /// one by one ([`isolate`]), joined by fixed wording (separators,
    /// State names), which takes the document's own direction.
    pub(crate) fn detail_set(&mut self, id: impl Into<String>, label_key: &str, value: &str) {
        if !value.is_empty() {
            let sep = self.cat.lang.label_separator();
            let text = format!("{}{sep}{value}", self.cat.text(label_key));
            self.push(id, Role::Detail, text);
        }
    }

    /// A State field's value: the State's name in the document's language
    /// when it is a code of `reference::countries` (in either case, as the
    /// wizard's State field reads it), set as fixed wording (in the
    /// document's own script, so not isolated); anything else (an unknown
    /// code, a name typed out) as typed, isolated.
    fn state(&self, value: &str) -> String {
        let value = value.trim();
        let code = value.to_ascii_uppercase();
        match crate::reference::countries::country_name(&code, self.cat.lang) {
            Some(name) => name.to_string(),
            None => isolate(value),
        }
    }

    /// The line naming the State under an address, as on an envelope,
    /// unless the address's last line already says the same.
    fn state_line(&self, address: &str, state: &str) -> Option<String> {
        let line = self.state(filled(state)?);
        let last = address.trim_end().lines().last().unwrap_or_default();
        let said = super::without_isolates(&line).to_lowercase();
        (last.trim().to_lowercase() != said).then_some(line)
    }

    /// A date written out, or, when it is not an ISO date, as typed and
    /// isolated like any other value.
    pub(crate) fn date(&self, iso: &str) -> String {
        let written = self.cat.date(iso);
        if written == iso.trim() {
            isolate(&written)
        } else {
            written
        }
    }

    pub(crate) fn period(&self, from: &str, to: &str) -> String {
        match (filled(from), filled(to)) {
            // One day is written once, not as a range from it to itself.
            (Some(f), Some(t)) if f == t => self.date(f),
            (Some(f), Some(t)) => format!("{} – {}", self.date(f), self.date(t)),
            (Some(f), None) => self.date(f),
            (None, Some(t)) => self.date(t),
            (None, None) => String::new(),
        }
    }

    fn build(mut self, d: &Draft) -> Vec<Block> {
        self.front_matter(d);
        self.legal_basis(d);
        self.proceedings(d);
        self.offences(d);
        self.facts(d);
        self.persons(d);
        self.assistance(d);
        self.procedures(d);
        self.confidentiality(d);
        self.use_limitation(d);
        self.urgency(d);
        self.assurances(d);
        self.contact(d);
        self.annexes(d);
        self.closing(d);
        self.blocks
    }

    fn front_matter(&mut self, d: &Draft) {
        let a = &d.requesting.authority;
        let mut letterhead: Vec<String> = [&a.name, &a.functions, &a.address]
            .into_iter()
            .filter_map(|s| filled(s))
            .map(isolate)
            .collect();
        letterhead.extend(self.state_line(&a.address, &d.requesting.state));
        if !letterhead.is_empty() {
            self.push("letterhead", Role::Header, letterhead.join("\n"));
        }
        let mut to: Vec<String> = [&d.requested.authority_name, &d.requested.address]
            .into_iter()
            .filter_map(|s| filled(s))
            .map(isolate)
            .collect();
        to.extend(self.state_line(&d.requested.address, &d.requested.state));
        if !to.is_empty() {
            let colon = self.cat.lang.colon();
            let text = format!("{}{colon}\n{}", self.cat.text("to"), to.join("\n"));
            self.push("addressee", Role::Header, text);
        }
        let mut refs = Vec::new();
        if let Some(r) = filled(&d.requesting.reference) {
            refs.push(
                self.cat
                    .fill("our_reference", &[("reference", &isolate(r))]),
            );
        }
        if let Some(c) = filled(&d.proceedings.case_reference) {
            refs.push(self.cat.fill("re", &[("subject", &isolate(c))]));
        }
        if let Some(date) = filled(&d.signature.date) {
            refs.push(self.cat.fill("date_line", &[("date", &self.date(date))]));
        }
        if !refs.is_empty() {
            self.push("references", Role::Header, refs.join("\n"));
        }
        self.push("title", Role::Title, self.cat.text("title"));
        let authority = match filled(&a.name) {
            Some(name) => isolate(name),
            None => self.cat.text("the_requesting_authority").to_string(),
        };
        let intro = self.cat.fill("intro", &[("authority", &authority)]);
        self.para("intro", intro);
    }

    fn legal_basis(&mut self, d: &Draft) {
        let lb = &d.legal_basis;
        let instruments: Vec<_> = lb
            .instruments
            .iter()
            .filter(|i| filled(&i.title).is_some())
            .collect();
        if instruments.is_empty() && !lb.reciprocity {
            return;
        }
        self.heading("h_legal_basis");
        if !instruments.is_empty() {
            self.para("legal_basis.intro", self.cat.text("lb_instruments"));
            for i in &instruments {
                let title = isolate(i.title.trim());
                let text = match filled(&i.articles) {
                    Some(articles) => {
                        let sep = self.cat.lang.list_separator();
                        format!("{title}{sep}{}", isolate(articles))
                    }
                    None => title,
                };
                self.push(format!("legal_basis.{}", i.id), Role::Detail, text);
            }
        }
        if lb.reciprocity {
            let key = if instruments.is_empty() {
                "lb_reciprocity_only"
            } else {
                "lb_reciprocity"
            };
            self.para("legal_basis.reciprocity", self.cat.text(key));
        }
    }

    fn with_functions(name: &str, functions: &str) -> String {
        match (filled(name), filled(functions)) {
            (Some(n), Some(f)) => format!("{n} ({f})"),
            (Some(n), None) => n.to_string(),
            (None, Some(f)) => f.to_string(),
            (None, None) => String::new(),
        }
    }

    fn proceedings(&mut self, d: &Draft) {
        let p = &d.proceedings;
        let a = &d.requesting.authority;
        let requesting = Self::with_functions(&a.name, &a.functions);
        let conducting = Self::with_functions(&p.authority, &p.authority_functions);
        let kind = p
            .kind
            .map(|k| self.cat.text(&format!("kind_{}", k.as_str())))
            .unwrap_or_default();
        let parts = [
            &requesting,
            kind,
            &p.subject,
            &p.stage,
            &conducting,
            &p.case_reference,
        ];
        if parts.iter().all(|s| filled(s).is_none()) {
            return;
        }
        self.heading("h_proceedings");
        self.detail(
            "proceedings.requesting",
            "l_requesting_authority",
            &requesting,
        );
        self.detail("proceedings.kind", "l_kind", kind);
        self.detail("proceedings.subject", "l_subject", &p.subject);
        self.detail("proceedings.stage", "l_stage", &p.stage);
        self.detail("proceedings.conducting", "l_conducting", &conducting);
        self.detail(
            "proceedings.case_reference",
            "f_case_reference",
            &p.case_reference,
        );
    }

    fn offences(&mut self, d: &Draft) {
        if d.offences.is_empty() {
            return;
        }
        self.heading("h_offences");
        for (n, o) in d.offences.iter().enumerate() {
            let id = format!("offence.{}", o.id);
            let label = self
                .cat
                .fill("l_offence_n", &[("n", &self.cat.number(n as u32 + 1))]);
            let title = match filled(&o.name) {
                Some(name) => self.labelled(&label, name),
                None => label,
            };
            self.push(format!("{id}.name"), Role::Subheading, title);
            self.detail(
                format!("{id}.provision"),
                "f_offence_provision",
                &o.provision,
            );
            self.detail(format!("{id}.penalty"), "f_offence_penalty", &o.max_penalty);
            self.detail(format!("{id}.conduct"), "f_offence_conduct", &o.conduct);
        }
    }

    fn facts(&mut self, d: &Draft) {
        let f = &d.facts;
        if filled(&f.summary).is_none() && f.items.is_empty() {
            return;
        }
        self.heading("h_facts");
        if let Some(summary) = filled(&f.summary) {
            self.para("facts.summary", isolate(summary));
        }
        for (n, fact) in f.items.iter().enumerate() {
            let id = format!("fact.{}", fact.id);
            let label = self
                .cat
                .fill("l_fact_n", &[("n", &self.cat.number(n as u32 + 1))]);
            self.push(format!("{id}.label"), Role::Subheading, label);
            if let Some(what) = filled(&fact.what) {
                self.para(format!("{id}.what"), isolate(what));
            }
            let when = self.period(&fact.date_from, &fact.date_to);
            self.detail(format!("{id}.date"), "f_date", &when);
            self.detail(format!("{id}.place"), "f_place", &fact.place);
            self.detail(format!("{id}.who"), "l_persons_involved", &fact.who);
            self.detail(format!("{id}.how"), "l_manner", &fact.how);
        }
    }

    fn persons(&mut self, d: &Draft) {
        if d.persons.is_empty() {
            return;
        }
        self.heading("h_persons");
        for p in &d.persons {
            let id = format!("person.{}", p.id);
            let role = self.cat.text(&format!("role_{}", p.role.as_str()));
            let title = match filled(&p.display_name()) {
                Some(name) => self.labelled(role, name),
                None => role.to_string(),
            };
            self.push(format!("{id}.name"), Role::Subheading, title);
            let lang = self.cat.lang;
            let aliases = joined(&p.aliases, lang);
            self.detail_set(format!("{id}.aliases"), "l_aliases", &aliases);
            let born = self.date(&p.birth_date);
            self.detail(format!("{id}.birth_date"), "f_birth_date", &born);
            self.detail(format!("{id}.birth_place"), "f_birth_place", &p.birth_place);
            let nationality = filled(&p.nationality).map(|n| self.state(n));
            let nationality = nationality.unwrap_or_default();
            self.detail_set(format!("{id}.nationality"), "f_nationality", &nationality);
            let identifiers = self.identifiers(p);
            self.detail_set(
                format!("{id}.identifiers"),
                "f_identifiers_person",
                &identifiers,
            );
            let addresses = joined(&p.addresses, lang);
            self.detail_set(format!("{id}.addresses"), "l_addresses", &addresses);
            self.detail(format!("{id}.location"), "l_location", &p.location);
            if p.role != crate::model::PersonRole::LegalPerson {
                continue;
            }
            self.detail(
                format!("{id}.registration"),
                "f_registration_number",
                &p.registration_number,
            );
            let incorporated = filled(&p.incorporation_place).map(|s| self.state(s));
            self.detail_set(
                format!("{id}.incorporation"),
                "f_incorporation_place",
                &incorporated.unwrap_or_default(),
            );
            self.detail(
                format!("{id}.registered_address"),
                "f_registered_address",
                &p.registered_address,
            );
        }
    }

    fn assistance(&mut self, d: &Draft) {
        if d.measures.is_empty() {
            return;
        }
        self.heading("h_assistance");
        self.para("assistance.intro", self.cat.text("as_intro"));
        for (n, m) in d.measures.iter().enumerate() {
            let id = format!("measure.{}", m.id);
            let name = self.cat.text(&format!("mt_{}", m.details.type_name()));
            let title = format!("{}. {name}", self.cat.number(n as u32 + 1));
            self.push(format!("{id}.title"), Role::Item, title);
            self.detail(format!("{id}.purpose"), "l_purpose", &m.purpose);
            m.details.paragraphs(self, &id, d);
            self.measure_links(&id, d, m);
        }
    }

    pub(crate) fn person_name(d: &Draft, person_id: &str) -> String {
        d.person(person_id)
            .map(Person::display_name)
            .unwrap_or_default()
    }

    pub(crate) fn status(&self, s: HearingStatus) -> &'static str {
        let key = match s {
            HearingStatus::Witness => "status_witness",
            HearingStatus::Suspect => "status_suspect",
            HearingStatus::Expert => "status_expert",
        };
        self.cat.text(key)
    }

    pub(crate) fn categories(&self, c: &crate::model::DataCategories) -> String {
        let mut out = Vec::new();
        for (on, key) in [
            (c.subscriber, "cat_subscriber"),
            (c.traffic, "cat_traffic"),
            (c.content, "cat_content"),
        ] {
            if on {
                out.push(self.cat.text(key));
            }
        }
        out.join(self.cat.lang.enumeration_separator())
    }

    /// Electronic identifiers, one after the other: "IP address 192.0.2.1,
    /// 2026-03-04 14:05 UTC+01:00, port 50122". The kind is fixed wording;
    /// value, moment, zone and port are the user's, each isolated.
    pub(crate) fn electronic_identifiers(&self, d: &Draft, ids: &[String]) -> String {
        let sep = self.cat.lang.list_separator();
        ids.iter()
            .filter_map(|id| d.identifier(id))
            .filter(|i| filled(&i.value).is_some())
            .map(|i| {
                let kind = self.cat.text(&format!("idk_{}", i.kind.as_str()));
                let mut text = format!("{kind} {}", isolate(i.value.trim()));
                let moment = [
                    i.timestamp.trim().replacen('T', " ", 1),
                    i.time_zone.trim().to_string(),
                ]
                .into_iter()
                .filter(|s| !s.is_empty())
                .map(|s| isolate(&s))
                .collect::<Vec<_>>()
                .join(" ");
                if !moment.is_empty() {
                    text = format!("{text}{sep}{moment}");
                }
                if let Some(port) = filled(&i.port) {
                    let label = self.cat.text("l_port");
                    text = format!("{text}{sep}{label} {}", isolate(port));
                }
                text
            })
            .collect::<Vec<_>>()
            .join(self.cat.lang.enumeration_separator())
    }

    /// A sentence saying what is annexed, with the annex's number in the
    /// document ("The order is annexed (Annex 2)."), when the annex exists.
    pub(crate) fn annexed(&mut self, id: impl Into<String>, key: &str, d: &Draft, annex_id: &str) {
        if let Some(n) = Self::annex_number(d, annex_id) {
            let reference = self.cat.fill("an_ref", &[("n", &self.cat.number(n))]);
            // The reference goes inside the sentence, before its full stop.
            let sentence = self.cat.text(key);
            let (body, stop) = match sentence.strip_suffix('.') {
                Some(body) => (body, "."),
                None => (sentence, ""),
            };
            let text = format!("{body} ({reference}){stop}");
            self.push(id, Role::Detail, text);
        }
    }

    /// An annex's number in the document: its place among the titled
    /// annexes, which are the ones the document lists.
    fn annex_number(d: &Draft, annex_id: &str) -> Option<u32> {
        d.annexes
            .iter()
            .filter(|a| filled(&a.title).is_some())
            .position(|a| a.id == annex_id)
            .map(|i| i as u32 + 1)
    }

    /// A preservation request's status, in the document's language.
    pub(crate) fn preservation_status(&self, s: crate::model::PreservationStatus) -> &'static str {
        self.cat.text(&format!("ps_{}", s.as_str()))
    }

    /// The user's values, each isolated, as an enumeration.
    pub(crate) fn isolated_list(&self, values: impl Iterator<Item = String>) -> String {
        values
            .map(|v| isolate(&v))
            .collect::<Vec<_>>()
            .join(self.cat.lang.enumeration_separator())
    }

    /// The measure's links, in the numbering the document itself uses.
    fn measure_links(&mut self, id: &str, d: &Draft, m: &Measure) {
        let facts: Vec<String> = m
            .fact_ids
            .iter()
            .filter_map(|fid| d.facts.items.iter().position(|f| &f.id == fid))
            .map(|n| {
                self.cat
                    .fill("l_fact_n", &[("n", &self.cat.number(n as u32 + 1))])
            })
            .collect();
        // "Fact 1, Fact 3" is fixed wording; names are the user's, each
        // isolated, so the separators follow the document's direction.
        let facts = facts.join(self.cat.lang.list_separator());
        self.detail_set(format!("{id}.facts"), "l_link_facts", &facts);
        let persons = self.isolated_list(
            m.person_ids
                .iter()
                .map(|pid| Self::person_name(d, pid))
                .filter(|n| !n.is_empty()),
        );
        self.detail_set(format!("{id}.persons"), "l_link_persons", &persons);
        let offences = self.isolated_list(
            m.offence_ids
                .iter()
                .filter_map(|oid| d.offence(oid))
                .filter_map(|o| filled(&o.name).map(str::to_string)),
        );
        self.detail_set(format!("{id}.offences"), "l_link_offences", &offences);
    }

    fn procedures(&mut self, d: &Draft) {
        let p = &d.procedures;
        if filled(&p.certification).is_none()
            && !p.oath
            && !p.presence_of_officials
            && !p.recording
            && filled(&p.other).is_none()
        {
            return;
        }
        self.heading("h_procedures");
        self.para("procedures.intro", self.cat.text("pr_intro"));
        self.detail(
            "procedures.certification",
            "f_proc_certification",
            &p.certification,
        );
        self.sentence("procedures.oath", "s_oath", p.oath);
        self.sentence(
            "procedures.presence",
            "s_officials_present",
            p.presence_of_officials,
        );
        self.sentence("procedures.recording", "s_recording", p.recording);
        self.detail("procedures.other", "l_other", &p.other);
    }

    fn confidentiality(&mut self, d: &Draft) {
        let c = &d.confidentiality;
        if !c.requested {
            return;
        }
        self.heading("h_confidentiality");
        self.para("confidentiality.text", self.cat.text("c_text"));
        self.detail("confidentiality.reasons", "l_reasons", &c.reasons);
    }

    fn use_limitation(&mut self, d: &Draft) {
        let Some(uses) = filled(&d.use_limitation.intended_uses) else {
            return;
        };
        self.heading("h_use");
        self.para("use.text", self.cat.text("u_text"));
        self.push("use.uses", Role::Detail, isolate(uses));
    }

    fn urgency(&mut self, d: &Draft) {
        let u = &d.urgency;
        if !u.urgent && filled(&u.deadline).is_none() {
            return;
        }
        self.heading("h_urgency");
        if u.urgent {
            self.para("urgency.text", self.cat.text("ur_text"));
            self.detail("urgency.reasons", "l_reasons", &u.reasons);
        }
        if let Some(deadline) = filled(&u.deadline) {
            let text = self
                .cat
                .fill("s_deadline", &[("date", &self.date(deadline))]);
            self.para("urgency.deadline", text);
            self.detail(
                "urgency.deadline_reason",
                "l_deadline_reason",
                &u.deadline_reason,
            );
        }
    }

    fn assurances(&mut self, d: &Draft) {
        let a = &d.assurances;
        if !a.reciprocity && !a.costs && !a.death_penalty && filled(&a.other).is_none() {
            return;
        }
        self.heading("h_assurances");
        self.para("assurances.intro", self.cat.text("a_intro"));
        self.sentence("assurances.reciprocity", "a_reciprocity", a.reciprocity);
        self.sentence("assurances.costs", "a_costs", a.costs);
        self.sentence(
            "assurances.death_penalty",
            "a_death_penalty",
            a.death_penalty,
        );
        if let Some(other) = filled(&a.other) {
            self.push("assurances.other", Role::Detail, isolate(other));
        }
    }

    fn contact(&mut self, d: &Draft) {
        let a = &d.requesting.authority;
        if [&a.contact_person, &a.phone, &a.email]
            .iter()
            .all(|s| filled(s).is_none())
        {
            return;
        }
        self.heading("h_contact");
        self.para("contact.intro", self.cat.text("ct_intro"));
        self.detail("contact.person", "f_contact_person", &a.contact_person);
        self.detail("contact.phone", "f_phone", &a.phone);
        self.detail("contact.email", "f_email", &a.email);
    }

    fn annexes(&mut self, d: &Draft) {
        let annexes: Vec<_> = d
            .annexes
            .iter()
            .filter(|a| filled(&a.title).is_some())
            .collect();
        if annexes.is_empty() {
            return;
        }
        self.heading("h_annexes");
        for (n, a) in annexes.iter().enumerate() {
            let number = self.cat.number(n as u32 + 1);
            let mut text = self.cat.fill(
                "an_item",
                &[("n", &number), ("title", &isolate(a.title.trim()))],
            );
            if let Some(kind) = filled(&a.kind) {
                text = format!("{text} ({})", isolate(kind));
            }
            if a.translated {
                let sep = self.cat.lang.list_separator();
                text = format!("{text}{sep}{}", self.cat.text("an_translated"));
            }
            self.push(format!("annex.{}", a.id), Role::Detail, text);
        }
    }

    fn closing(&mut self, d: &Draft) {
        self.para("closing", self.cat.text("closing"));
        let s = &d.signature;
        let date = self.date(&s.date);
        let place_date = match (filled(&s.place), filled(&date)) {
            (Some(p), Some(dt)) => self
                .cat
                .fill("sig_place_date", &[("place", &isolate(p)), ("date", dt)]),
            (Some(p), None) => isolate(p),
            (None, Some(dt)) => dt.to_string(),
            (None, None) => String::new(),
        };
        let (name, title) = (isolate(&s.signatory_name), isolate(&s.signatory_title));
        let lines: Vec<&str> = [
            place_date.as_str(),
            "",
            "",
            self.cat.text("sig_space"),
            name.trim(),
            title.trim(),
        ]
        .into_iter()
        .collect();
        let text = lines
            .join("\n")
            .trim_start_matches('\n')
            .trim_end()
            .to_string();
        self.push("signature", Role::Signature, text);
    }
}

/// The filled items, each isolated, as an enumeration of `lang`.
fn joined(items: &[String], lang: crate::languages::Lang) -> String {
    items
        .iter()
        .filter_map(|s| filled(s))
        .map(isolate)
        .collect::<Vec<_>>()
        .join(lang.enumeration_separator())
}

impl Writer {
    /// Each identity document (kind, number, issuing State by name when it
    /// is a code), then the other identifiers: the user's values isolated,
    /// the separators the document language's.
    fn identifiers(&self, p: &Person) -> String {
        let lang = self.cat.lang;
        let mut parts: Vec<String> = p
            .id_documents
            .iter()
            .map(|doc| {
                let mut fields: Vec<String> = [&doc.kind, &doc.number]
                    .into_iter()
                    .filter_map(|s| filled(s))
                    .map(isolate)
                    .collect();
                fields.extend(filled(&doc.issuer).map(|s| self.state(s)));
                fields.join(lang.list_separator())
            })
            .filter(|s| !s.is_empty())
            .collect();
        if let Some(other) = filled(&p.other_identifiers) {
            parts.push(isolate(other));
        }
        parts.join(lang.enumeration_separator())
    }
}
