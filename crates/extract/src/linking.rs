//! Linking people to the side they speak for from the article itself ("NATO Secretary-General
//! Jens Stoltenberg" → NATO) and remembering them for later mentions.

use crate::atoms::AtomKind;
use crate::lexicon::{class, form, PhraseKind};
use crate::memory::Gender;
use crate::phrases::{Actor, Analyzer, Who};

/// The offices an abbreviated title before a name stands for ("Sen." → senator; "Rep." → a
/// representative, whom the press calls "the congressman"), as the office keys (lower-case
/// words) the office phrases would give.
fn abbreviated_office(title: &str) -> Option<&'static [&'static str]> {
    const OFFICES: [(&str, &[&str]); 3] = [
        ("sen", &["senator"]),
        ("gov", &["governor"]),
        ("rep", &["representative", "congressman", "congresswoman"]),
    ];
    let bare = title.strip_suffix('.').unwrap_or(title);
    OFFICES.iter().find(|(t, _)| bare.eq_ignore_ascii_case(t)).map(|&(_, offices)| offices)
}

/// Honorifics written before a name, and the gender they mark.
const TITLES: [(&str, Gender); 34] = [
    ("mr", Gender::Male),
    ("mister", Gender::Male),
    ("sir", Gender::Male),
    ("lord", Gender::Male),
    ("king", Gender::Male),
    ("prince", Gender::Male),
    ("congressman", Gender::Male),
    ("mrs", Gender::Female),
    ("ms", Gender::Female),
    ("miss", Gender::Female),
    ("madam", Gender::Female),
    ("dame", Gender::Female),
    ("lady", Gender::Female),
    ("queen", Gender::Female),
    ("princess", Gender::Female),
    ("congresswoman", Gender::Female),
    ("dr", Gender::Unknown),
    ("prof", Gender::Unknown),
    ("sen", Gender::Unknown),
    ("rep", Gender::Unknown),
    ("gov", Gender::Unknown),
    ("gen", Gender::Unknown),
    ("lt", Gender::Unknown),
    ("col", Gender::Unknown),
    ("capt", Gender::Unknown),
    ("cmdr", Gender::Unknown),
    ("adm", Gender::Unknown),
    ("maj", Gender::Unknown),
    ("sgt", Gender::Unknown),
    ("rev", Gender::Unknown),
    ("atty", Gender::Unknown),
    ("supt", Gender::Unknown),
    ("insp", Gender::Unknown),
    ("det", Gender::Unknown),
];

/// Last words that make a capitalised name an organisation, a place or a thing rather than a
/// person ("Dick Clark Productions", "the Roosevelt Room").
const NOT_PERSON_ENDINGS: [&str; 92] = [
    "productions",
    "records",
    "group",
    "inc",
    "corp",
    "corporation",
    "company",
    "co",
    "ltd",
    "llc",
    "plc",
    "partners",
    "holdings",
    "media",
    "news",
    "times",
    "post",
    "journal",
    "network",
    "bank",
    "fund",
    "foundation",
    "institute",
    "university",
    "college",
    "school",
    "hospital",
    "church",
    "party",
    "campaign",
    "club",
    "league",
    "association",
    "society",
    "center",
    "centre",
    "system",
    "systems",
    "airlines",
    "motors",
    "technologies",
    "industries",
    "capital",
    "program",
    "programme",
    "project",
    "room",
    "office",
    "house",
    "hall",
    "building",
    "street",
    "square",
    "park",
    "airport",
    "station",
    "bridge",
    "river",
    "island",
    "islands",
    "sea",
    "ocean",
    "mountain",
    "mountains",
    "valley",
    "road",
    "avenue",
    "hotel",
    "palace",
    "stadium",
    "gate",
    "lake",
    "bay",
    "county",
    "city",
    "province",
    "district",
    "region",
    "act",
    "bill",
    "amendment",
    "law",
    "treaty",
    "accord",
    "awards",
    "prize",
    "cup",
    "games",
    "summit",
    "conference",
    "forum",
    "day",
];

/// Last words of a company's name ("Acme Mining Corp.", "Globex Holdings").
pub(crate) const COMPANY_ENDINGS: [&str; 22] = [
    "Inc",
    "Corp",
    "Corporation",
    "Co",
    "Company",
    "Group",
    "Holdings",
    "Ltd",
    "LLC",
    "PLC",
    "Bank",
    "Airlines",
    "Airways",
    "Motors",
    "Mining",
    "Pharmaceuticals",
    "Technologies",
    "Records",
    "Entertainment",
    "Industries",
    "Labs",
    "Communications",
];

/// Last words of the names of organisations that are no companies ("Amnesty International",
/// "Human Rights Watch"; "Reporters Without Borders" ends in none).
const ORGANISATION_ENDINGS: [&str; 16] = [
    "International",
    "Watch",
    "Foundation",
    "Institute",
    "Association",
    "Federation",
    "Front",
    "Movement",
    "Network",
    "Centre",
    "Center",
    "League",
    "Coalition",
    "Society",
    "Organisation",
    "Organization",
];

/// Last words of a union's name ("Writers Guild", "United Auto Workers", "National Union of
/// Mineworkers"), for a later "the union".
const UNION_ENDINGS: [&str; 5] = ["Union", "Unions", "Guild", "Workers", "Teamsters"];

/// Lowercase particles inside a person's name ("Bashar al-Assad", "Ursula von der Leyen").
pub(crate) const NAME_PARTICLES: [&str; 17] = [
    "al", "el", "bin", "ibn", "de", "da", "di", "van", "von", "der", "den", "del", "du", "dos", "das", "la",
    "le",
];

impl Analyzer<'_, '_, '_> {
    /// Remembers the person an actor phrase names, for later "he" and office references.
    pub(crate) fn note_person(&mut self, actor: &Actor) {
        if let Who::Person(p) = actor.who {
            self.memory.last_person = Some(p);
        }
        if actor.s < actor.e && self.is_plural(actor) {
            if actor.who == Who::Unknown {
                // "the lawmakers": a group with no side named, remembered by its words
                let name = self.name_text(actor.s, actor.e);
                self.memory.add_group(name, String::new(), actor.role);
            } else {
                self.memory.set_plural(actor.who, actor.role);
            }
        }
    }

    /// "Peru's president said … . He demanded …": an office holder the article describes rather
    /// than names, as the subject opening a sentence, is a person of the article, so that a
    /// later "he"/"she" speaks for the same side. When the article has named a holder of that
    /// office for that side ("President Ana Ruiz"), the description is that person.
    pub(crate) fn remember_office_holder(&mut self, actor: &Actor) {
        let Who::Norms(ids, count) = actor.who else { return };
        if actor.s >= actor.e || self.is_plural(actor) {
            return;
        }
        let Some(office) = (actor.s..actor.e)
            .find_map(|k| self.mark(k).filter(|m| matches!(m.kind, PhraseKind::Office { .. })).copied())
        else {
            return;
        };
        // the subject of its clause: a verb next, or after an aside ("…, speaking in Lima, said")
        let verb = |k: usize| self.is_finite_verbish(k) || self.is_report_word(k);
        if !verb(self.past_aside(actor.e, verb)) {
            return;
        }
        let norm = ids[..count as usize].iter().map(|&id| self.lex.norm(id)).collect::<Vec<_>>().join("; ");
        let key = self.office_key(office.start, office.end);
        let person = self.described_holder(actor.s, actor.e, &key, &norm);
        self.memory.sighted(person, actor.s, true, self.atoms[actor.s].quoted);
    }

    /// The person an office phrase `s..e` describes without naming ("Peru's president", "a
    /// spokesman for the special counsel"): the holder of that office for that side the article
    /// has named, else one person for every such description (registered under a key no surname
    /// can be).
    fn described_holder(&mut self, s: usize, e: usize, key: &str, norm: &str) -> usize {
        if let Some(named) = self.memory.by_office(key).filter(|&p| self.memory.people[p].norm == norm) {
            return named;
        }
        let description = format!("\u{1}{key}\u{1}{norm}");
        let p = self.memory.register(&self.name_text(s, e), &description, key, norm);
        let word = key.rsplit(' ').next().unwrap_or_default();
        if word.ends_with("woman") {
            self.memory.learn_gender(p, true);
        } else if word.ends_with("man") {
            self.memory.learn_gender(p, false);
        }
        p
    }

    /// The side of the holder a definite office refers back to ("a spokesman for the special
    /// counsel … said the spokesman, Peter Carr"): the side of the article's holder of that office,
    /// when "the" opens the office phrase.
    fn side_of_earlier_holder(&self, office_start: usize, key: &str) -> Option<String> {
        if office_start == 0 || !self.word(office_start - 1, "the") {
            return None;
        }
        let person = &self.memory.people[self.memory.by_office(key)?];
        (!person.norm.is_empty()).then(|| person.norm.clone())
    }

    /// Whether a phrase at `s` opens the sentence's main clause: nothing but "the" before it,
    /// past a fronted phrase closed by a comma that no subordinator opens ("On Monday, …";
    /// not "If …, …").
    fn opens_main_clause(&self, s: usize) -> bool {
        const SUBORDINATORS: [&str; 11] = [
            "if", "when", "while", "although", "though", "because", "as", "after", "before", "since",
            "unless",
        ];
        let clause = (0..s).rev().find(|&k| self.kind(k) == Some(AtomKind::Comma)).map_or(0, |c| c + 1);
        let fronted_ok = clause == 0
            || (0..clause)
                .find(|&k| self.atoms[k].is_word())
                .is_some_and(|k| !SUBORDINATORS.iter().any(|w| self.word(k, w)));
        fronted_ok && (clause..s).all(|k| !self.atoms[k].is_word() || self.word(k, "the"))
    }

    /// Where the verb after a subject ending before `e` would stand: the next atom past adverbs
    /// and time phrases, or past an aside between two commas ("X, R-S.C., would …") when `verb`
    /// holds of the atom after it.
    pub(crate) fn past_aside(&self, e: usize, verb: impl Fn(usize) -> bool) -> usize {
        let n = self.n();
        let next = self.skip_right(e, n);
        if self.kind(next) == Some(AtomKind::Comma) {
            if let Some(c) = (next + 1..(next + 10).min(n)).find(|&k| self.kind(k) == Some(AtomKind::Comma)) {
                let after = self.skip_right(c + 1, n);
                if verb(after) {
                    return after;
                }
            }
        }
        next
    }

    /// Registers people introduced with their office in this sentence, and the last
    /// organisation mentioned.
    pub(crate) fn learn_people(&mut self) {
        // (the first thing learnt of each sentence: it moves the memory to the next one)
        self.memory.next_sentence();
        let n = self.n();
        let mut described = Vec::new();
        for mi in 0..self.marks.len() {
            let m = self.marks[mi];
            match m.kind {
                PhraseKind::Entity(crate::lexicon::EntityKind::Org, id) => {
                    self.memory.mention_org(id);
                    // "the European Commission … the commission": the last word of a name of
                    // several words names the organisation again
                    let last = self.atoms[m.end - 1].text;
                    if m.end >= m.start + 2 && last.len() > 3 && last.bytes().any(|b| b.is_ascii_lowercase())
                    {
                        self.memory.note_institution(last, id);
                    }
                    if self.is_finite_verbish(self.skip_right(m.end, n)) {
                        self.memory.named_entity(id, m.start);
                    }
                }
                // ("Hamas rejected …. The group said …"; no guard on the arm: a group that is no
                // organisation must not fall through to the states' arm below)
                PhraseKind::Entity(crate::lexicon::EntityKind::Group, id) => {
                    let subject = self.is_finite_verbish(self.skip_right(m.end, n));
                    if subject && self.lex.norm_is_org[id as usize] {
                        self.memory.named_entity(id, m.start);
                    }
                }
                PhraseKind::Entity(kind, id) if !self.lex.norm_is_org[id as usize] => {
                    // "the Russia investigation", "Trump-Russia collusion": a state named as a
                    // topic is not a side the article speaks for
                    let topic = matches!(kind, crate::lexicon::EntityKind::State | crate::lexicon::EntityKind::Demonym)
                        && (self.kind(m.end) == Some(AtomKind::Hyphen)
                            || m.start > 0 && self.kind(m.start - 1) == Some(AtomKind::Hyphen)
                            || self.atoms.get(m.end).is_some_and(|a| {
                                a.is_word()
                                    && !a.cap
                                    && !self.is_office(m.end)
                                    && !a.is(class::HEAD)
                                    // ("North Korea fired …": a verb the lexicon does not know)
                                    && !self.is_finite_verbish(m.end)
                                    && a.info.is_none_or(|w| w.verb == 0 && w.report == 0 && w.claim_verb.is_none())
                            }))
                        // "a skyscraper in Moscow": a capital named as a place
                        || kind == crate::lexicon::EntityKind::Seat
                            && m.start > 0
                            && ["in", "at", "to", "near"].iter().any(|w| self.word(m.start - 1, w));
                    if !topic {
                        self.memory.mention_state(id);
                    }
                    // "Chile's defence ministry", "the Chilean army": an institution of the
                    // state, for a later "the ministry"
                    if matches!(kind, crate::lexicon::EntityKind::State | crate::lexicon::EntityKind::Demonym)
                    {
                        let institution = (m.end..(m.end + 4).min(n))
                            .take_while(|&k| {
                                self.atoms[k].is_word() && !self.is_verbish(k)
                                    || self.atoms[k].kind == AtomKind::Possessive
                            })
                            .find(|&k| self.is_institution(k));
                        if let Some(k) = institution {
                            let head = self.atoms[k].text.to_lowercase();
                            self.memory.note_institution(&head, id);
                            // ("Egypt's foreign ministry condemned …. It called for …": the
                            // institution's state, as a subject, for a later "It")
                            // (the main clause's subject only: not inside a quotation, whose
                            // subject is not who says it, nor in a clause of its own: "warned …
                            // if South Korea's military engaged …")
                            if !self.atoms[m.start].quoted
                                && self.opens_main_clause(m.start)
                                && self
                                    .is_finite_verbish(self.past_aside(k + 1, |j| self.is_finite_verbish(j)))
                            {
                                self.memory.named_entity(id, m.start);
                            }
                        }
                    }
                    // only a subject is a likely antecedent of "it" ("While China needs …"); a
                    // seat of government speaks for its state ("The Kremlin said it …")
                    if matches!(kind, crate::lexicon::EntityKind::State | crate::lexicon::EntityKind::Seat)
                        && self.is_finite_verbish(self.past_aside(m.end, |k| self.is_finite_verbish(k)))
                    {
                        self.memory.named_entity(id, m.start);
                    }
                }
                PhraseKind::Office { scope } => {
                    // "<side> <office> <Name Name>", "<side> <office>, <Name Name>,"
                    let comma = self.kind(m.end) == Some(AtomKind::Comma) && self.is_name(m.end + 1);
                    let first = if comma { m.end + 1 } else { m.end };
                    let mut e = first;
                    // ("Faisal al-Mekdad": a particle joined to the surname by a hyphen)
                    let particle = |k: usize| {
                        k > first
                            && NAME_PARTICLES.contains(&self.atoms[k].text)
                            && self.kind(k + 1) == Some(AtomKind::Hyphen)
                            && self.is_name(k + 2)
                    };
                    while e < n
                        && (self.is_name(e)
                            || self.atoms[e].kind == AtomKind::Hyphen && self.is_name(e + 1)
                            || particle(e))
                    {
                        e += 1;
                    }
                    let office = self.office_key(m.start, m.end);
                    // ("General Motors", "General Electric": companies, not a general's surname)
                    let company = m.end == m.start + 1
                        && self.word(m.start, "general")
                        && ["Motors", "Electric", "Dynamics", "Mills", "Atomics", "Assembly"]
                            .contains(&self.atoms[first].text);
                    if e > first
                        && !company
                        && (!comma || matches!(self.kind(e), Some(AtomKind::Comma | AtomKind::Terminal)))
                    {
                        let mut norm = self.office_side_before(m.start, m.end, scope);
                        if norm.is_empty() {
                            norm = self.side_of_earlier_holder(m.start, &office).unwrap_or_default();
                        }
                        // "The Kremlin accused Kyiv …. Spokesman Dmitry Peskov said …": a spokesman
                        // named for nobody, opening the sentence, speaks for the subject before
                        let spokesman = ["spokesman", "spokeswoman", "spokesperson"]
                            .iter()
                            .any(|w| self.word(m.end - 1, w));
                        if norm.is_empty() && spokesman && (0..m.start).all(|k| !self.atoms[k].is_word()) {
                            if let Some(id) = self.memory.subject_entity_before() {
                                norm = self.lex.norm(id).to_string();
                            }
                        }
                        let name = self.name_text(first, e);
                        let p = self.memory.register(&name, self.atoms[e - 1].text, &office, &norm);
                        // "Lai Ching-te", "Xi Jinping": any part of the name finds the person
                        for k in first..e - 1 {
                            if self.is_name(k) && self.atoms[k].text.chars().count() >= 2 {
                                self.memory.alias(self.atoms[k].text, p);
                            }
                        }
                        self.memory.last_person = Some(p);
                        continue;
                    }
                    // "<Name Name>, (the) <side> <office>"
                    let mut s = m.start;
                    while s > 0
                        && (self.entity(s - 1).is_some()
                            || self.has(s - 1, class::DET)
                            || self.is_modifier(s - 1) && m.start - s < 4
                            || self.atoms[s - 1].kind == AtomKind::Possessive
                            // ("Kelly Ortberg, Boeing's chief executive,": a company the
                            // lexicons do not know, as the owner)
                            || self.atoms[s].kind == AtomKind::Possessive
                                && s >= 3
                                && self.is_name(s - 1)
                                && self.kind(s - 2) == Some(AtomKind::Comma))
                    {
                        s = self.mark(s - 1).map_or(s - 1, |mm| mm.start);
                    }
                    if s >= 2 && self.atoms[s - 1].kind == AtomKind::Comma && self.is_name(s - 2) {
                        let mut norm = self.office_side_before(m.start, m.end, scope);
                        // "<Name>, deputy chairman of Russia's Security Council,"
                        // "<Name>, a spokesman for Mueller's office": a side written after the
                        // office decides, even one the lexicons do not know (then it is unknown,
                        // not the article's main state).
                        if !self.entity_before(m.start) {
                            if let Some(after) = self.side_after(m.end) {
                                norm = after;
                            }
                        }
                        let mut first = s - 2;
                        while first > 0
                            && (self.is_name(first - 1) || self.kind(first - 1) == Some(AtomKind::Hyphen))
                            && self.title_at(first - 1).is_none()
                        {
                            first -= 1;
                        }
                        // ("Speaking to the BBC, the minister …", "Writing on X, the president
                        // …": a name after a preposition or an article is no person in apposition)
                        if first > 0 && self.has(first - 1, class::PREP | class::DET) {
                            continue;
                        }
                        let name = self.name_text(first, s - 1);
                        let p = self.memory.register(&name, self.atoms[s - 2].text, &office, &norm);
                        self.memory.last_person = Some(p);
                        continue;
                    }
                    if m.start > 0 && (self.word(m.start - 1, "a") || self.word(m.start - 1, "an")) {
                        described.push(mi);
                    }
                }
                _ => {}
            }
        }
        // "a spokesman for the special counsel": a holder described with the side they serve,
        // whom a later "the spokesman, Peter Carr" names (after the loop: the side may be a
        // person this sentence introduces further on)
        for mi in described {
            let m = self.marks[mi];
            if let Some(side) = self.side_after(m.end).filter(|side| !side.is_empty()) {
                let office = self.office_key(m.start, m.end);
                self.described_holder(m.start - 1, m.end, &office, &side);
            }
        }
    }

    /// Is the sentence a title-case headline (nearly every longer word capitalised)?
    pub(crate) fn is_title_case(&self) -> bool {
        let long_words = self.atoms.iter().filter(|a| a.is_word() && a.text.len() >= 4);
        let (long, capitalised) = long_words.fold((0, 0), |(l, c), a| (l + 1, c + usize::from(a.cap)));
        // a name-dense sentence ("…, Sen. Ruth Calder of North Dakota, also lambasted
        // Schiff on Thursday") still writes its verbs in lower case; a headline does not
        let lower_verb = self.atoms.iter().any(|a| {
            a.is_word()
                && !a.cap
                && a.text.len() >= 4
                && a.info.is_some_and(|w| {
                    w.verb & (form::PAST | form::THIRD) != 0
                        || w.claim_verb.is_some_and(|(_, f)| f & (form::PAST | form::THIRD) != 0)
                })
        });
        long >= 3 && capitalised * 10 >= long * 8 && !lower_verb
    }

    /// The name written by atoms `s..e`: words joined by single spaces, hyphens and atoms
    /// written together ("Peru's") kept tight.
    pub(crate) fn name_text(&self, s: usize, e: usize) -> String {
        let mut out = String::new();
        for k in s..e.min(self.n()) {
            let a = &self.atoms[k];
            let glued = k > s
                && (a.kind == AtomKind::Hyphen
                    || self.atoms[k - 1].kind == AtomKind::Hyphen
                    || self.atoms[k - 1].end() == a.start);
            if !out.is_empty() && !glued {
                out.push(' ');
            }
            out.push_str(a.text);
        }
        out
    }

    /// The gender an honorific before a name marks, if atom `i` is one ("Mr.", "Sen.").
    pub(crate) fn title_at(&self, i: usize) -> Option<Gender> {
        // titles are short words; most capitalised words are longer
        let a = self.atoms.get(i).filter(|a| a.kind == AtomKind::Word && a.cap && a.text.len() <= 14)?;
        let bare = a.text.strip_suffix('.').unwrap_or(a.text);
        TITLES.iter().find(|(t, _)| bare.eq_ignore_ascii_case(t)).map(|&(_, g)| g)
    }

    /// Registers the people this sentence names ("Taylor Swift", "Mr. Trump", "Sen. Elizabeth
    /// Warren"), and notes where each is named, for later "he" and "she". A lone capitalised word
    /// is taken for a person only with an honorific or when the article has already named them.
    /// Companies the lexicon does not know, named by a capitalised run ending in a word that
    /// says company ("Acme Mining Corp.", "Big Machine Label Group"), for a later "the company".
    pub(crate) fn learn_companies(&mut self) {
        if self.is_title_case() {
            return;
        }
        let n = self.n();
        let mut i = 0;
        while i < n {
            if !self.is_name(i) || self.entity(i).is_some() {
                i += 1;
                continue;
            }
            let s = i;
            let mut e = i;
            while e < n && self.is_name(e) && self.entity(e).is_none() {
                e += 1;
            }
            i = e.max(s + 1);
            let last = self.atoms[e - 1].text.trim_end_matches('.');
            // "the Writers Guild of America", "the United Auto Workers union": a union by its
            // name's last word, or by "union" after the name
            // (a capitalised run stops at "of": "Guild of America" goes on past it)
            // (its last word may be one the lexicon knows as a noun: "Auto Workers")
            let ending =
                |k: usize| self.atoms.get(k).is_some_and(|a| a.cap && UNION_ENDINGS.contains(&a.text));
            let mut full = if ending(e) { e + 1 } else { e };
            let union_word = ending(full - 1);
            let name_part = |k: usize| k < n && (self.is_name(k) || self.entity(k).is_some());
            while union_word && self.word(full, "of") && name_part(full + 1) {
                full += 1;
                while name_part(full) {
                    full += 1;
                }
            }
            let named_union =
                union_word && (full >= s + 2) || self.word(full, "union") && !self.atoms[full].cap;
            if named_union && !self.atoms[s].quoted {
                let name = self.name_text(s, full);
                self.memory.add_union(name);
            } else if e >= s + 2 && COMPANY_ENDINGS.contains(&last) && !self.atoms[s].quoted {
                let name = self.name_text(s, e);
                self.memory.add_company(name);
            } else if e >= s + 2
                && ORGANISATION_ENDINGS.contains(&last)
                && !self.atoms[s].quoted
                && self.is_finite_verbish(self.skip_right(e, n))
            {
                // "Amnesty International said …. The group accused …": an organisation the
                // lexicons do not know, as the subject of its sentence
                let name = self.name_text(s, e);
                self.memory.add_organisation(name);
            }
        }
    }

    pub(crate) fn learn_names(&mut self) {
        let n = self.n();
        // A title-case headline capitalises every word: its capitalised runs are not names
        // ("Idaho, Utah File Federal Suit Against Nevada").
        let title_case = self.is_title_case();
        // The person named just before (start, end, index), for "A and B".
        let mut previous: Option<(usize, usize, usize)> = None;
        let mut i = 0;
        while i < n {
            if !self.is_name(i) {
                i += 1;
                continue;
            }
            let s = i;
            let mut e = i + 1;
            while e < n {
                // ("van den Berg": particles may follow one another)
                let particle = |k: usize| self.atoms.get(k).is_some_and(|a| NAME_PARTICLES.contains(&a.text));
                let joins = self.is_name(e)
                    || matches!(self.kind(e), Some(AtomKind::Hyphen)) && self.is_name(e + 1)
                    || e > s && particle(e) && self.is_name((e..n).find(|&k| !particle(k)).unwrap_or(n));
                if !joins {
                    break;
                }
                e += 1;
            }
            i = e;
            let mut first = s;
            let mut gender = Gender::Unknown;
            let mut titled = false;
            // "Engineer Paul Ferris", "Lawyer Ann Cole": a capitalised role before the name
            while first + 2 <= e && self.atoms[first].is(class::HEAD) && self.is_name(first + 1) {
                titled = true;
                first += 1;
            }
            while first < e {
                match self.title_at(first) {
                    Some(g) => {
                        titled = true;
                        if g != Gender::Unknown {
                            gender = g;
                        }
                        first += 1;
                    }
                    None => break,
                }
            }
            // "Questioning Vindman's judgment", "Defending Smith": a gerund opening a heading or
            // a sentence is no given name
            if (0..first).all(|k| self.atoms[k].is_quote())
                && first + 1 < e
                && self.atoms[first].text.len() > 5
                && self.atoms[first].text.ends_with("ing")
                && self.lex.first_name_is_female(self.atoms[first].text).is_none()
                // ("Sterling Brown said": a name the subject of a verb stays whole)
                && !self.is_finite_verbish(self.skip_right(e, n))
            {
                first += 1;
            }
            // "Health Cabinet Secretary Susan Nakhumicha", "Navy Secretary Paul Grant": capitalised
            // office words the lexicon does not know, before a given name, are no part of it
            if let Some(given) = (first + 1..e.saturating_sub(1))
                .find(|&k| self.atoms[k].cap && self.lex.first_name_is_female(self.atoms[k].text).is_some())
            {
                // (only words the lexicon knows or abbreviations: "Owen John Dempsey" keeps "Owen")
                let office_word = |k: usize| {
                    let t = self.atoms[k].text.trim_end_matches('.');
                    self.lex.first_name_is_female(self.atoms[k].text).is_none()
                        && (self.atoms[k].info.is_some()
                            || self.title_at(k).is_some()
                            || t.len() <= 4 && t.bytes().all(|b| b.is_ascii_uppercase()))
                };
                if (first..given).all(office_word) {
                    titled = true;
                    first = given;
                }
            }
            // "Robert S. Mueller III", "Martin Luther King Jr.": generational suffixes are not surnames
            let mut last = e;
            while last > first + 1 {
                let t = self.atoms[last - 1].text.trim_end_matches('.');
                if ["Jr", "Sr", "II", "III", "IV"].contains(&t) {
                    last -= 1;
                } else {
                    break;
                }
            }
            if first >= last {
                continue;
            }
            // "(D-Calif.)", "R-Ariz.": a party and state, not a person
            if self.opens_party_tag(first) {
                continue;
            }
            // "the Mars-Moon program", "a Human Landing System": a name after an article is a
            // thing's name, not a person's.
            if !titled && s > 0 && ["the", "a", "an", "this", "that"].iter().any(|w| self.word(s - 1, w)) {
                continue;
            }
            // ("deadly Hindu-Muslim riots", "Sunni-Shia clashes": a hyphened pair of names before
            // a plain noun modifies it)
            let hyphened = (first..last).any(|k| self.kind(k) == Some(AtomKind::Hyphen));
            if !titled
                && hyphened
                && self.atoms.get(e).is_some_and(|a| {
                    a.is_word()
                        && !a.cap
                        && !a.is(class::PREP | class::COORD | class::DET | class::AUX | class::MODAL)
                })
                && !self.is_finite_verbish(e)
            {
                continue;
            }
            let words = (first..last).filter(|&k| self.atoms[k].kind == AtomKind::Word).count();
            let surname = self.atoms[last - 1].text;
            let given = (words >= 2).then(|| self.atoms[first].text);
            let known = self.memory.by_name(surname, given, gender);
            let office_before = s > 0 && self.is_office(s - 1);
            let sentence_start = (0..s).all(|k| !self.atoms[k].is_word());
            // ("the Iraqi High Electoral Commission": words before an institution's noun name it;
            // "Doctors Without Borders": a preposition inside names an organisation)
            let org_continued = self.institution_name_before_and(s).is_some();
            // ("the National Council for Human Rights": capitalised words after an institution's
            // noun and its preposition go on naming it, unless a given name opens them)
            let institution_goes_on = s >= 2
                && self.atoms[s - 1].is(class::PREP)
                && self.atoms[s - 2].cap
                && self.atoms[s - 2].is(class::HEAD)
                && self.lex.first_name_is_female(self.atoms[first].text).is_none();
            let org = org_continued
                || institution_goes_on
                || self.atoms[last - 1].is(class::HEAD)
                || (s..e).any(|k| self.atoms[k].is(class::PREP))
                || NOT_PERSON_ENDINGS.iter().any(|w| surname.eq_ignore_ascii_case(w))
                || last == e
                    && self.atoms.get(e).is_some_and(|a| {
                        a.is_word() && a.cap && a.is(class::HEAD | class::COLLECTIVE) && !a.is(class::PRON)
                    });
            if org {
                continue;
            }
            // ("Senator Dale", "Gov. Wade": a lone name after a title is a surname, whatever
            // given name it also is)
            let given = self.lex.first_name_is_female(self.atoms[first].text).filter(|_| words >= 2);
            // ("“Mandatory Meetings”" on a line of its own: a subheading, no one a later "he"
            // could be)
            let heading = !titled
                && given.is_none()
                && known.is_none()
                && sentence_start
                && (e..n).all(|k| !self.atoms[k].is_word() && self.kind(k) != Some(AtomKind::Terminal));
            if heading {
                continue;
            }
            if gender == Gender::Unknown {
                gender = match given {
                    Some(true) => Gender::Female,
                    Some(false) => Gender::Male,
                    None => Gender::Unknown,
                };
            }
            // ("Pelosi, speaking to reporters, said that she …": a lone name the lexicons do not
            // know, speaking, with a personal pronoun after it in its sentence, is a person)
            let lone_speaker = || {
                // (not a plural, "Missourians urged him …", which speaks as a group)
                words == 1
                    && self.atoms[first].info.is_none()
                    && !surname.ends_with('s')
                    && {
                        let next =
                            self.past_aside(e, |k| self.is_finite_verbish(k) || self.is_report_word(k));
                        self.is_report_word(next)
                            || self
                                .atoms
                                .get(next)
                                .and_then(|a| a.info)
                                .is_some_and(|w| w.claim_verb.is_some())
                    }
                    && (e..n).any(|k| self.word(k, "he") || self.word(k, "she"))
            };
            let person = if (words >= 2 || titled || office_before || known.is_none() && lone_speaker())
                && !title_case
            {
                // a name seen before in full costs no new string
                let written = self.atoms[last - 1].end() - self.atoms[first].start;
                // ("Hammad Azhar" after "Azhar Mashwani": a known name found only by another's
                // given name is for `register` to tell apart)
                // ("Dana Whitlock" after "Harold P. Whitlock": another given name, another
                // person)
                let same_given = |p: usize| {
                    crate::memory::given_names_agree(
                        self.atoms[first].text,
                        (first..last).map(|k| self.atoms[k].text),
                        &self.memory.people[p].name,
                    )
                };
                match known {
                    Some(p)
                        if self.memory.people[p].name.len() >= written
                            && (words < 2
                                || self.memory.people[p].name.ends_with(surname) && same_given(p)) =>
                    {
                        Some(p)
                    }
                    _ => Some(self.memory.register(&self.name_text(first, last), surname, "", "")),
                }
            } else {
                known
            };
            let Some(p) = person else { continue };
            // "Sen. Jim DeMint", "Gov. Jan Brewer": the abbreviated title is an office, so that a
            // later "the senator" or "the governor" finds the person.
            let title = (s.saturating_sub(1)..first)
                .rev()
                .find_map(|k| abbreviated_office(self.atoms[k].text).map(|office| (k, office)));
            if let Some((k, offices)) = title {
                if self.memory.people[p].office.is_empty() {
                    // "Arizona Gov. Doug Ducey": the side before the title
                    let norm = self.side_before(k, crate::lexicon::Scope::Other);
                    let (name, surname) = (self.memory.people[p].name.clone(), self.atoms[last - 1].text);
                    for office in offices {
                        self.memory.register(&name, surname, office, &norm);
                    }
                }
            }
            if gender != Gender::Unknown && self.memory.people[p].gender == Gender::Unknown {
                self.memory.people[p].gender = gender;
            }
            // "Rep. Michael Conaway, R-Texas,", "Sen. Ann Cole (D-Calif.)": the party of a US
            // lawmaker, written after the name
            if self.memory.people[p].norm.is_empty() {
                let tag = (e..(e + 2).min(n))
                    .find(|&k| self.atoms[k].is_word())
                    .filter(|&k| (e..k).all(|j| !self.atoms[j].is_word()) && self.opens_party_tag(k));
                let party = tag.and_then(|k| match self.atoms[k].text {
                    "R" => Some("Republican Party"),
                    "D" => Some("Democratic Party"),
                    _ => None,
                });
                let party = party.filter(|_| tag.and_then(|k| self.atoms.get(k + 2)).is_some_and(|a| a.cap));
                // "Representative Ann Cole, Republican of Texas,", "…, a Democrat from Ohio,"
                let party = party.or_else(|| {
                    if self.kind(e) != Some(AtomKind::Comma) {
                        return None;
                    }
                    let k = if self.word(e + 1, "a") { e + 2 } else { e + 1 };
                    let party = match self.atoms.get(k).filter(|a| a.cap)?.text {
                        "Republican" => "Republican Party",
                        "Democrat" => "Democratic Party",
                        _ => return None,
                    };
                    let place = (self.word(k + 1, "of") || self.word(k + 1, "from"))
                        && self.atoms.get(k + 2).is_some_and(|a| a.cap);
                    place.then_some(party)
                });
                if let Some(party) = party {
                    self.memory.people[p].norm = party.to_string();
                }
            }
            // "Lai Ching-te", "Xi Jinping": any longer part of the name finds the person
            for k in first..last - 1 {
                if self.is_name(k) && self.atoms[k].text.chars().count() >= 3 && self.title_at(k).is_none() {
                    self.memory.alias(self.atoms[k].text, p);
                }
            }
            // "Sen. Ann Cole, R-Ky., would …": past an aside to the verb
            let next = self.past_aside(e, |k| self.is_finite_verbish(k));
            // the subject of a reported clause ("said Steele must …") is not the sentence's subject
            let embedded = s > 0 && (self.is_report_word(s - 1) || self.word(s - 1, "that"));
            let subject = !embedded
                && (self.is_finite_verbish(next)
                    || self.is_report_word(next)
                    || self.kind(next) == Some(AtomKind::Comma) && (sentence_start || office_before));
            self.memory.sighted(p, s, subject, self.atoms[s].quoted);
            // "Senator Ruth Calder and congresswoman Maria Ortiz": a group
            if let Some((ps, pe, pp)) = previous.filter(|&(_, _, pp)| pp != p) {
                // ("John McCain (AZ) and Lindsey Graham (SC)": a state or party in brackets after
                // the first name)
                let bracketed = |k: usize| {
                    matches!(self.kind(k), Some(AtomKind::Open | AtomKind::Close))
                        || (pe..k).any(|j| self.kind(j) == Some(AtomKind::Open))
                            && (k..s).any(|j| self.kind(j) == Some(AtomKind::Close))
                };
                let joined = pe < s
                    && (pe..s).any(|k| self.word(k, "and"))
                    && (pe..s).all(|k| {
                        self.word(k, "and")
                            || bracketed(k)
                            // ("French President … and German Chancellor …": a side before the office)
                            || self.entity(k).is_some()
                            || self.word(k, "former")
                            || self.is_office(k)
                            || self.title_at(k).is_some()
                            || self.atoms[k].is(class::HEAD)
                            || TITLES.iter().any(|(t, _)| {
                                self.atoms[k].text.trim_end_matches('.').eq_ignore_ascii_case(t)
                            })
                    });
                if joined {
                    // (each person's side, else the person by name, as a claim by one of them
                    // alone would be known)
                    let mut norms: Vec<String> = Vec::new();
                    for q in [pp, p] {
                        let person = &self.memory.people[q];
                        let n = if person.norm.is_empty() { &person.name } else { &person.norm };
                        if !n.is_empty() && !norms.contains(n) {
                            norms.push(n.clone());
                        }
                    }
                    let name = self.name_text(ps, e);
                    self.memory.add_group(name, norms.join("; "), None);
                }
            }
            previous = Some((s, e, p));
        }
    }

    /// Is a side named among the few words before an office?
    fn entity_before(&self, office_start: usize) -> bool {
        (office_start.saturating_sub(3)..office_start).any(|k| self.entity(k).is_some())
    }

    /// The side in "of/for <side>" right after an office ("chairman of Russia's Security
    /// Council", "head of the UN agency", "a spokesman for Mueller's office"), up to the end of
    /// the phrase: a known state or organisation; else a person the article has introduced, who
    /// is their side (that person's side, or their name); else, when the phrase names no one
    /// known, empty (the side is written but unknown). `None` without "of"/"for".
    fn side_after(&self, office_end: usize) -> Option<String> {
        if !(self.word(office_end, "of") || self.word(office_end, "for")) {
            return None;
        }
        let phrase = (office_end + 1..(office_end + 6).min(self.n()))
            .take_while(|&k| !matches!(self.atoms[k].kind, AtomKind::Comma | AtomKind::Terminal));
        let mut person = None;
        for k in phrase {
            if let Some((_, id)) = self.entity(k) {
                // ("president of the American Bar Association": an organisation of its own;
                // "commander of Kowloon West district": the end of a place's name)
                if self.opens_longer_name(k) || k > office_end + 1 && self.is_name(k - 1) {
                    return Some(String::new());
                }
                return Some(self.lex.norm(id).to_string());
            }
            if person.is_none() && self.is_name(k) {
                person = self.memory.by_surname(self.atoms[k].text);
            }
            // "a spokesman for the special counsel": the holder the article has named
            if person.is_none() && self.is_office(k) {
                if let Some(m) = self.mark(k) {
                    person = self.memory.by_office(&self.office_key(m.start, m.end));
                }
            }
        }
        Some(person.map_or_else(String::new, |p| {
            let person = &self.memory.people[p];
            if person.norm.is_empty() {
                person.name.clone()
            } else {
                person.norm.clone()
            }
        }))
    }

    /// The side of the holder of the office `start..end`, as written before it: none for
    /// someone quoted for what they know ("Russian analyst Ivan Petrov").
    fn office_side_before(&self, start: usize, end: usize, scope: crate::lexicon::Scope) -> String {
        if self.is_commentator_office(start, end) {
            String::new()
        } else {
            self.side_before(start, scope)
        }
    }

    /// The side named right before an office ("NATO", "Russian Deputy", "US President Joe
    /// Biden’s"); for an organisation's office without one, the last organisation mentioned.
    pub(crate) fn side_before(&self, office_start: usize, scope: crate::lexicon::Scope) -> String {
        let mut names: Vec<&str> = Vec::new();
        // "Toyota chief executive": a company's office after a name the lexicons do not know
        if scope == crate::lexicon::Scope::Company {
            let name_end = match office_start.checked_sub(1) {
                Some(p) if self.atoms[p].kind == AtomKind::Possessive => p,
                _ => office_start,
            };
            let mut s = name_end;
            while s > 0 && self.is_name(s - 1) && self.entity(s - 1).is_none() {
                s -= 1;
            }
            if s < name_end && (s > 0 || !self.has(s, class::DET)) {
                return self.name_text(s, name_end);
            }
        }
        // ("Vermont Independent Sen. Bernie Sanders": the state is the senator's seat)
        let legislator = self.is_legislator_title(office_start)
            || self.mark(office_start).is_some_and(|m| (m.start..m.end).any(|k| self.is_legislator_title(k)));
        let mut k = office_start;
        while k > 0 {
            let p = k - 1;
            if let Some((_, id)) = self.entity(p).filter(|_| !self.opens_longer_name(p)) {
                let norm = self.lex.norm(id);
                if legislator && self.lex.norm_is_region[id as usize] {
                    // not a side
                } else if !names.contains(&norm) {
                    names.push(norm);
                }
                k = self.mark(p).map_or(p, |m| m.start);
            } else if self.is_office(p)
                || self.is_name(p)
                || self.atoms[p].kind == AtomKind::Possessive
                || self.atoms[p].kind == AtomKind::Hyphen
                || self.has(p, class::HEAD)
                // "White House national security spokesman"
                || self.is_modifier(p) && office_start - p < 4
            {
                if self.is_name(p) {
                    if let Some(person) = self.memory.by_surname(self.atoms[p].text) {
                        let norm = self.memory.people[person].norm.as_str();
                        if !norm.is_empty() && names.is_empty() {
                            return norm.to_string();
                        }
                    }
                }
                k = self.mark(p).map_or(p, |m| m.start);
            } else {
                break;
            }
        }
        if names.is_empty() {
            let default = match scope {
                crate::lexicon::Scope::Org => self.memory.last_org,
                crate::lexicon::Scope::Main => self.memory.main_state(),
                crate::lexicon::Scope::Company => {
                    let company = self.memory.company.and_then(|g| self.memory.groups.get(g as usize));
                    return company.map_or_else(String::new, |c| c.norm.clone());
                }
                crate::lexicon::Scope::Other => None,
            };
            if let Some(id) = default {
                return self.lex.norm(id).to_string();
            }
        }
        names.reverse();
        names.join("; ")
    }
}
