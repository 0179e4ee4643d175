//! The language knowledge: verb lexicon, gazetteer, offices and closed word classes, loaded from
//! tab-separated data files and indexed by lowercase first word.

use crate::model::Act;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A fast non-cryptographic hasher for short lowercase words (FxHash's multiply-rotate);
/// the lexicon's keys come from the crate's and the user's data, not from the input text.
#[derive(Default, Clone, Copy)]
pub(crate) struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(K);
        }
        // (most words are shorter than eight bytes: their tail is mixed in once, read as two
        // overlapping halves, not byte by byte)
        let tail = chunks.remainder();
        let n = tail.len();
        if n > 0 {
            let w = if n >= 4 {
                let lo = u32::from_le_bytes([tail[0], tail[1], tail[2], tail[3]]);
                let hi = u32::from_le_bytes([tail[n - 4], tail[n - 3], tail[n - 2], tail[n - 1]]);
                u64::from(lo) | u64::from(hi) << 32
            } else {
                u64::from(tail[0]) | u64::from(tail[n / 2]) << 8 | u64::from(tail[n - 1]) << 16
            };
            self.0 = (self.0.rotate_left(5) ^ w ^ (n as u64) << 59).wrapping_mul(K);
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.write(&[i]);
    }
    fn write_usize(&mut self, i: usize) {
        self.write(&(i as u64).to_le_bytes());
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

pub(crate) type WordMap<V> = HashMap<Box<str>, V, BuildHasherDefault<WordHasher>>;

/// An error in a user-supplied data file.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum LexiconError {
    /// A line has too few columns or an unknown value.
    #[error("{file}: line {line}: {message}")]
    BadLine {
        /// Which kind of data file.
        file: &'static str,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// Verb forms as a bit set (a regular past form is both past tense and participle).
pub(crate) mod form {
    pub const BASE: u8 = 1;
    pub const THIRD: u8 = 2;
    pub const PAST: u8 = 4;
    pub const PART: u8 = 8;
    pub const GER: u8 = 16;
}

/// Closed word classes as bit flags.
pub(crate) mod class {
    pub const AUX: u32 = 1;
    pub const MODAL: u32 = 1 << 1;
    pub const NEG: u32 = 1 << 2;
    pub const HEDGE: u32 = 1 << 3;
    pub const DET: u32 = 1 << 4;
    pub const PRON: u32 = 1 << 5;
    pub const REL: u32 = 1 << 6;
    pub const COORD: u32 = 1 << 7;
    pub const SUB: u32 = 1 << 8;
    pub const PREP: u32 = 1 << 9;
    pub const ADV: u32 = 1 << 10;
    pub const TIME: u32 = 1 << 11;
    pub const WEEKDAY: u32 = 1 << 12;
    pub const MONTH: u32 = 1 << 13;
    pub const HEAD: u32 = 1 << 14;
    pub const PROPOSAL_NOUN: u32 = 1 << 15;
    pub const READY_VERB: u32 = 1 << 16;
    pub const DEEM: u32 = 1 << 17;
    pub const READY: u32 = 1 << 18;
    pub const LIGHT: u32 = 1 << 19;
    pub const READY_EXPLICIT: u32 = 1 << 20;
    pub const COLLECTIVE: u32 = 1 << 21;
    /// A verb that makes "vow to …" a threat ("retaliate", "punish").
    pub const THREAT_VERB: u32 = 1 << 22;
    /// "will not bow to …": giving in, whose refusal rejects what follows "to".
    pub const YIELD_VERB: u32 = 1 << 23;
    /// "violated", "breached": in reported speech, an accusation of the subject.
    pub const VIOLATION_VERB: u32 = 1 << 24;
    /// A form of "break" that needs a treaty word after it to accuse ("broke the accord").
    pub const VIOLATION_NEEDS_TREATY: u32 = 1 << 25;
    /// A verb whose bare form opening a quoted sentence is an order ("Vote!", "Release them").
    pub const IMPERATIVE: u32 = 1 << 26;
    /// A noun of wrongdoing: "there was collusion" accuses, "there was no collusion" denies.
    pub const WRONGDOING: u32 = 1 << 27;
    /// A word of stance after "be": "opposed (to)" rejects, "(in) favor (of)" accepts.
    pub const STANCE: u32 = 1 << 28;
    /// "failed", "neglected": in reported speech, with "to" and an actor as subject, an
    /// accusation of that actor ("said the city had failed to enforce the law").
    pub const VIOLATION_FAILURE: u32 = 1 << 29;
    /// "responsible", "accountable", "responsibility": a speaker holding someone responsible
    /// for something accuses them ("said Hamas was responsible for …", "holds X accountable").
    pub const RESPONSIBLE: u32 = 1 << 30;
    /// "targeted": a wrong only when what is targeted is not a military objective ("targeted
    /// civilians", not "targeted only military sites").
    pub const VIOLATION_NEEDS_VICTIM: u32 = 1 << 31;
}

/// What a matched phrase is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PhraseKind {
    /// A state or organisation name; `u32` indexes [`Lexicon::norms`].
    Entity(EntityKind, u32),
    /// An office, and whose it is when the text does not say.
    Office { scope: Scope },
    /// A multi-word adverb ("so far"), skipped between a subject and its verb.
    Adverb,
    /// A reporting expression ("made clear").
    Report,
    /// "unacceptable", "out of the question".
    RejectPredicate,
    /// "non-negotiable", "a precondition": saying so of something insists on it.
    DemandPredicate,
    /// "baseless", "unfounded": calling an accusation that denies it.
    DenyPredicate,
    /// "wrong", "a disgrace", "illegal": saying so of something accuses whoever is behind it.
    AccusePredicate,
    /// "in principle".
    Hedge,
    /// "necessary", "crucial".
    Necessary,
    /// "has to", "have to".
    Modal,
    /// "no longer".
    Negation,
    /// An actor head noun of several words ("armed forces").
    Head,
    /// "comment", "elaborate": after "declined to", not a rejection.
    NoComment,
    /// "condolences": offering them is not a proposal.
    NoClaimObject,
    /// "refuge", "shelter": seeking them is not a demand.
    NoDemandObject,
    /// "the right decision", "the only way forward": "… is to V" demands V.
    RightCourse,
}

/// Whose an office is when the text names no side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    /// An international organisation's office ("Secretary-General"): the organisation the
    /// article mentions most.
    Org,
    /// A spokesperson's office: the state the article is mostly about, if it clearly is.
    Main,
    /// A company's office ("chief executive"): the company the article names last; its holder
    /// is a business actor.
    Company,
    /// Unknown.
    Other,
}

/// The kind of a gazetteer entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum EntityKind {
    State,
    /// A capital or seat of government standing for the state.
    Seat,
    /// A demonym adjective ("Russian"): names a state but cannot head an actor phrase alone.
    Demonym,
    /// A plural demonym ("Russians"): can head an actor phrase.
    People,
    Org,
    Group,
}

/// How the case of a phrase word must match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Case {
    Any,
    /// First letter upper case.
    Capital,
    /// An acronym: all capitals, or (4+ letters) capitalised ("Nato").
    Acronym,
}

#[derive(Debug, Clone)]
pub(crate) struct PhraseEntry {
    /// Lowercase words after the first one.
    pub rest: Vec<Box<str>>,
    /// Case requirement per word, the first one included.
    pub case: Vec<Case>,
    pub kind: PhraseKind,
}

/// A claim verb's frames.
#[derive(Debug, Clone, Default)]
pub(crate) struct Frames {
    /// Required particles ("call on"), empty when none is required.
    pub particles: Vec<Box<str>>,
    /// Particles skipped when present.
    pub optional_particles: Vec<Box<str>>,
    pub objto: bool,
    pub to: bool,
    pub that: bool,
    /// A that-clause (or a bare clause) counts only with "must/should" or a subjunctive:
    /// "insisted that NATO must …", not "insisted it had not …".
    pub that_modal: bool,
    /// Prepositions introducing the content after an addressee ("accuse Y of Z").
    pub preps: Vec<Box<str>>,
    pub from: bool,
    pub proposal_object: bool,
    /// A trigger only in the "V Y to do" frame.
    pub objto_only: bool,
    /// With `objto_only`, also "V Y" when the subject is a side ("Democrats want a spending
    /// bill"), not anyone ("customers want cheaper phones").
    pub side_object: bool,
    /// A denial when its object is the truth of something said ("challenged the facts of the
    /// article", "contests the accuracy of the report").
    pub deny_object: bool,
    /// "V to do" counts only when the infinitive is a threat verb ("vowed to retaliate").
    pub threat_only: bool,
    /// A trigger only when one of its complements follows the verb or its object ("charged
    /// that …", "attacked Y as …").
    pub frame_only: bool,
}

impl Frames {
    /// Whether the verb triggers with the word after it, told by `next_is`: with any word when
    /// it needs no particle, else only before one of its particles ("call on", "strike down").
    pub fn particle_follows(&self, next_is: impl Fn(&str) -> bool) -> bool {
        self.particles.is_empty() || self.particles.iter().any(|p| next_is(p))
    }

    /// Whether the verb has no frame but its particles ("take aim", "rule out"): elsewhere it
    /// claims nothing ("appealed the ruling" is read without one).
    pub fn particle_only(&self) -> bool {
        self.preps.is_empty()
            && !self.particles.is_empty()
            && !(self.objto || self.to || self.that || self.from || self.proposal_object)
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Verb {
    pub act: Act,
    pub frames: Frames,
}

/// Everything known about one lowercase word.
#[derive(Debug, Clone, Default)]
pub(crate) struct WordInfo {
    pub class: u32,
    /// A claim verb and the forms this word is.
    pub claim_verb: Option<(u32, u8)>,
    /// Reporting verb forms.
    pub report: u8,
    /// Common verb forms.
    pub verb: u8,
    pub noun_act: Option<Act>,
    /// A verb of harm ("hurt", "gut", "devastate"): in reported speech it accuses only with a
    /// measure for its subject ("said the cuts would devastate rural hospitals"), never a storm
    /// or a blast.
    pub harm: bool,
    /// The kind of actor the word names or marks as a modifier ("police", "opposition").
    pub role: Option<crate::model::Role>,
    /// Phrases starting with this word, longest first.
    pub phrases: Vec<u32>,
    /// Which letters (bit `b - b'a'`, bit 31 for anything else, bit 30 for a one-word phrase)
    /// the second word of those phrases starts with: most words skip the phrase loop.
    pub next_initials: u32,
    /// Beside each of `phrases`, the first byte of its second word when that is ASCII, else 0
    /// (no second word, or one no byte test can rule out): the phrase loop tests this byte
    /// without reading the phrase.
    pub phrase_initials: Vec<u8>,
}

impl WordInfo {
    /// Every verb form the word is, as a plain verb or as a claim verb.
    pub(crate) fn verb_forms(&self) -> u8 {
        self.verb | self.claim_verb.map_or(0, |(_, f)| f)
    }
}

/// The bit of [`WordInfo::next_initials`] for a word's first byte.
pub(crate) fn initial_bit(first: Option<u8>) -> u32 {
    match first.map(|b| b.to_ascii_lowercase()) {
        Some(b @ b'a'..=b'z') => 1 << (b - b'a'),
        None => 1 << 30,
        Some(_) => 1 << 31,
    }
}

/// The compiled lexicon.
#[derive(Debug, Clone, Default)]
pub(crate) struct Lexicon {
    /// Lowercase word → index into `infos` (a small table that stays in cache).
    words: WordMap<u32>,
    infos: Vec<WordInfo>,
    pub phrases: Vec<PhraseEntry>,
    pub verbs: Vec<Verb>,
    pub norms: Vec<Box<str>>,
    /// Per norm id: is it an organisation or group (not a state)?
    pub norm_is_org: Vec<bool>,
    /// Per norm id: is it a region of a country (a US state, Scotland), not a country?
    pub norm_is_region: Vec<bool>,
    norm_ids: WordMap<u32>,
    /// Given names (as written) → whether they usually name a woman.
    first_names: WordMap<bool>,
    /// Per norm id: the CAMEO actor code of the state or organisation, if known.
    norm_codes: Vec<Option<Box<str>>>,
}

pub(crate) const COUNTRIES: &str = include_str!("../data/countries.tsv");
pub(crate) const ORGANISATIONS: &str = include_str!("../data/organisations.tsv");
pub(crate) const GROUPS: &str = include_str!("../data/groups.tsv");
pub(crate) const OFFICES: &str = include_str!("../data/offices.tsv");
pub(crate) const VERBS: &str = include_str!("../data/verbs.tsv");
pub(crate) const VERBS_CAMEO: &str = include_str!("../data/verbs_cameo.tsv");
pub(crate) const REPORTING: &str = include_str!("../data/reporting.tsv");
pub(crate) const PHRASES: &str = include_str!("../data/phrases.tsv");
pub(crate) const WORDS: &str = include_str!("../data/words.tsv");
pub(crate) const NOUNS: &str = include_str!("../data/nouns.tsv");
pub(crate) const HEADS: &str = include_str!("../data/actor_heads.txt");
pub(crate) const COLLECTIVES: &str = include_str!("../data/collective_actors.txt");
pub(crate) const PROPOSAL_NOUNS: &str = include_str!("../data/proposal_nouns.txt");
pub(crate) const READY_VERBS: &str = include_str!("../data/ready_verbs.txt");
pub(crate) const THREAT_VERBS: &str = include_str!("../data/threat_verbs.txt");
pub(crate) const IMPERATIVES: &str = include_str!("../data/imperatives.txt");
pub(crate) const WRONGDOING_NOUNS: &str = include_str!("../data/wrongdoing_nouns.txt");
pub(crate) const VIOLATION_VERBS: &str = include_str!("../data/violation_verbs.txt");
pub(crate) const COMMON_VERBS: &str = include_str!("../data/verbs_common.txt");
pub(crate) const FIRST_NAMES: &str = include_str!("../data/first_names.tsv");
pub(crate) const AGENTS: &str = include_str!("../data/agents.tsv");
pub(crate) const CODES: &str = include_str!("../data/codes.tsv");
pub(crate) const REGIONS: &str = include_str!("../data/regions.tsv");

/// Non-comment, non-blank lines with their 1-based numbers.
fn data_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
        .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
}

fn items(column: &str) -> impl Iterator<Item = &str> {
    column.split(';').map(str::trim).filter(|s| !s.is_empty())
}

/// Regular inflections of a verb lemma: (third person, past, gerund).
pub(crate) fn inflect(lemma: &str) -> (String, String, String) {
    let b = lemma.as_bytes();
    let n = b.len();
    let last = b.last().copied().unwrap_or(b'x');
    let before_last = if n >= 2 { b[n - 2] } else { b'x' };
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    let third = if lemma.ends_with("ss")
        || lemma.ends_with("sh")
        || lemma.ends_with("ch")
        || last == b'x'
        || last == b'z'
        || last == b'o'
    {
        format!("{lemma}es")
    } else if last == b'y' && !vowel(before_last) {
        format!("{}ies", &lemma[..n - 1])
    } else {
        format!("{lemma}s")
    };
    let past = if last == b'e' {
        format!("{lemma}d")
    } else if last == b'y' && !vowel(before_last) {
        format!("{}ied", &lemma[..n - 1])
    } else {
        format!("{lemma}ed")
    };
    let gerund = if last == b'e' && before_last != b'e' && n > 2 {
        format!("{}ing", &lemma[..n - 1])
    } else {
        format!("{lemma}ing")
    };
    (third, past, gerund)
}

/// All forms of a verb with their form bits, from the lemma and an optional irregular column.
fn verb_forms(lemma: &str, irregular: Option<&str>) -> Vec<(String, u8)> {
    let mut out = vec![(lemma.to_string(), form::BASE)];
    let given: Vec<&str> = irregular.map(|c| items(c).collect()).unwrap_or_default();
    let (third, past, part, ger) = if given.len() == 4 {
        (given[0].to_string(), given[1].to_string(), given[2].to_string(), given[3].to_string())
    } else {
        let (t, p, g) = inflect(lemma);
        (t, p.clone(), p, g)
    };
    out.push((third, form::THIRD));
    out.push((past, form::PAST));
    out.push((part, form::PART));
    out.push((ger, form::GER));
    out
}

fn case_of(word: &str) -> Case {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    let uppers = word.chars().filter(|c| c.is_uppercase()).count();
    if letters >= 2 && uppers == letters {
        Case::Acronym
    } else if word.chars().next().is_some_and(char::is_uppercase) {
        Case::Capital
    } else {
        Case::Any
    }
}

/// Splits a phrase into lowercase words: spaces and hyphens separate words, a trailing period
/// of an abbreviation is dropped ("U.S." → "u.s").
pub(crate) fn phrase_words(phrase: &str) -> Vec<(String, Case)> {
    phrase
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let w = w.strip_suffix('.').filter(|s| !s.is_empty()).unwrap_or(w);
            (w.to_lowercase(), case_of(w))
        })
        .collect()
}

impl Lexicon {
    /// The built-in lexicon.
    pub fn builtin() -> Lexicon {
        let mut lex = Lexicon::default();
        // The built-in files are tested to parse; a failure here is a bug in the crate's data.
        lex.add_words(WORDS).expect("built-in words.tsv");
        lex.add_phrases(PHRASES).expect("built-in phrases.tsv");
        lex.add_word_class(HEADS, class::HEAD);
        lex.add_word_class(COLLECTIVES, class::HEAD | class::COLLECTIVE);
        lex.add_word_class(PROPOSAL_NOUNS, class::PROPOSAL_NOUN);
        lex.add_word_class(THREAT_VERBS, class::THREAT_VERB);
        lex.add_word_class(IMPERATIVES, class::IMPERATIVE);
        lex.add_word_class(WRONGDOING_NOUNS, class::WRONGDOING);
        for (_, l) in data_lines(VIOLATION_VERBS) {
            let mut cols = l.split('\t');
            let word = cols.next().unwrap_or("").trim();
            let condition = match cols.next().map(str::trim) {
                Some("treaty") => class::VIOLATION_NEEDS_TREATY,
                Some("failure") => class::VIOLATION_FAILURE,
                Some("victim") => class::VIOLATION_NEEDS_VICTIM,
                _ => 0,
            };
            let info = lex.word(word);
            info.class |= class::VIOLATION_VERB | condition;
            info.harm |= l.split('\t').nth(1).is_some_and(|c| c.trim() == "measure");
        }
        for (_, l) in data_lines(READY_VERBS) {
            let mut cols = l.split('\t');
            let verb = cols.next().unwrap_or("").trim();
            let mark = cols.next().map(str::trim);
            let flags = class::READY_VERB
                | match mark {
                    Some("explicit") => class::READY_EXPLICIT,
                    Some("yield") => class::READY_EXPLICIT | class::YIELD_VERB,
                    _ => 0,
                };
            lex.word(verb).class |= flags;
        }
        lex.add_common_verbs(COMMON_VERBS);
        for (_, l) in data_lines(FIRST_NAMES) {
            let mut cols = l.split('\t');
            let (name, gender) = (cols.next().unwrap_or("").trim(), cols.next().unwrap_or("").trim());
            lex.first_names.insert(name.into(), gender == "f");
        }
        lex.add_reporting(REPORTING);
        lex.add_verbs(VERBS).expect("built-in verbs.tsv");
        lex.add_verbs(VERBS_CAMEO).expect("built-in verbs_cameo.tsv");
        lex.add_nouns(NOUNS).expect("built-in nouns.tsv");
        lex.add_states(COUNTRIES).expect("built-in countries.tsv");
        lex.add_named(ORGANISATIONS, EntityKind::Org, "organisations").expect("built-in organisations.tsv");
        lex.add_named(GROUPS, EntityKind::Group, "groups").expect("built-in groups.tsv");
        lex.add_offices(OFFICES).expect("built-in offices.tsv");
        lex.add_agents(AGENTS).expect("built-in agents.tsv");
        // Roles written beside a collective noun decide over the derived table's ("house" is
        // a legislature, whatever "house physician" says).
        for (_, l) in data_lines(COLLECTIVES) {
            if let Some((word, code)) = l.split_once('\t') {
                let role =
                    crate::model::Role::parse(code.trim()).expect("built-in collective_actors.txt role");
                lex.word(word.trim()).role = Some(role);
            }
        }
        lex.add_codes(CODES).expect("built-in codes.tsv");
        lex.add_regions(REGIONS).expect("built-in regions.tsv");
        for w in [
            "consider",
            "deem",
            "call",
            "find",
            "regard",
            "see",
            "view",
            "describe",
            "brand",
            "label",
            "declare",
            "dub",
            "characterize",
            "characterise",
            // "portrayed the protesters as foreign agents", "painted him as a liar"
            "portray",
            "paint",
            "depict",
            // "referred to the ban as illegal", "termed the vote a farce"
            "refer",
            "term",
            // "tagged the ruling as unacceptable"
            "tag",
        ] {
            lex.add_verb_class(w, class::DEEM);
        }
        for w in ["responsible", "accountable", "responsibility"] {
            lex.word(w).class |= class::RESPONSIBLE;
        }
        for w in [
            "opposed",
            "favor",
            "favour",
            // "came out in support of"
            "support",
            "intention",
            "against",
            "critic",
            "critics",
            "opponent",
            "opponents",
        ] {
            lex.word(w).class |= class::STANCE;
        }
        for w in crate::predicates::SATISFIED {
            lex.word(w).class |= class::STANCE;
        }
        // (past forms of verbs of dismay, which stay verbs: "the decision angered Kyiv")
        for w in crate::predicates::DISMAYED {
            let info = lex.word(w);
            info.class |= class::STANCE;
            info.verb |= form::PAST | form::PART;
        }
        // Known words, so that the rules keyed to words of the lexicon see them: "will not be
        // dictated to", "would not be lectured by anyone".
        for w in ["dictated", "lectured"] {
            lex.word(w);
        }
        // ("remains committed to the truce": bound to it by one's word, like "ready to")
        for w in ["ready", "willing", "prepared", "open", "interested", "committed"] {
            lex.word(w).class |= class::READY;
        }
        for w in [
            "make",
            "issue",
            "present",
            "lay",
            "set",
            "table",
            "put",
            "voice",
            "express",
            "signal",
            "repeat",
            "reiterate",
            // "reaffirmed its commitment to …", "indicated its willingness to mediate"
            "reaffirm",
            "indicate",
            "renew",
            "lodge",
            "file",
            // "registered his concerns over …"
            "register",
            // "announced a veto", "kept up pressure on", "brought a lawsuit against"
            "announce",
            "keep",
            "maintain",
            "step",
            "ramp",
            "increase",
            "intensify",
            "mount",
            // "piled pressure on", "heaped criticism on"
            "pile",
            "heap",
            "bring",
            "launch",
            // "doubled down on his demand for …", "stood firm on its demand", "stuck to its
            // refusal"
            "double",
            "stand",
            "hold",
            "stick",
            // "continued his refusal to step down"
            "continue",
            // "took a swipe at", "offered a strong critique of", "waged a campaign against"
            "take",
            "offer",
            "wage",
            // "aired her grievances with …", "raised objections to …"
            "air",
            "raise",
            // "pressed its demand for a caretaker government", "pursued its claim to …"
            "press",
            "pursue",
            // "ratcheting up pressure on workers to accept"
            "ratchet",
            // "outlined an ultimatum to", "sent a stern warning to", "delivered a rebuke"
            "outline",
            "send",
            "deliver",
            // "conveyed its strong protest at the escalation"
            "convey",
            // "added his voice to calls for …"
            "add",
            // "listed nine demands, including …"
            "list",
        ] {
            lex.add_verb_class(w, class::LIGHT);
        }
        // Contracted auxiliaries left over when "won't"/"can't" lose their "n't".
        for w in ["wo", "ca", "’s", "'s", "’ve", "'ve", "’re", "'re", "’ll", "'ll", "’d", "'d", "’m", "'m"]
        {
            lex.word(w).class |= class::AUX;
        }
        lex.sort_phrases();
        lex
    }

    fn word(&mut self, w: &str) -> &mut WordInfo {
        let key = w.to_lowercase();
        let next = self.infos.len() as u32;
        let id = *self.words.entry(key.into_boxed_str()).or_insert(next);
        if id == next {
            self.infos.push(WordInfo::default());
        }
        &mut self.infos[id as usize]
    }

    fn add_verb_class(&mut self, lemma: &str, flag: u32) {
        for (f, bits) in verb_forms(lemma, None) {
            let w = self.word(&f);
            w.class |= flag;
            w.verb |= bits;
        }
        let irregular: &[(&str, u8)] = match lemma {
            "make" => &[("made", form::PAST | form::PART)],
            "lay" => &[("laid", form::PAST | form::PART)],
            "set" | "put" => &[("", form::PAST | form::PART)],
            "find" => &[("found", form::PAST | form::PART)],
            "see" => &[("saw", form::PAST), ("seen", form::PART)],
            "keep" => &[("kept", form::PAST | form::PART)],
            "bring" => &[("brought", form::PAST | form::PART)],
            "send" => &[("sent", form::PAST | form::PART)],
            "take" => &[("took", form::PAST), ("taken", form::PART)],
            "refer" => &[("referred", form::PAST | form::PART), ("referring", form::GER)],
            "step" => &[("stepped", form::PAST | form::PART), ("stepping", form::GER)],
            "stand" => &[("stood", form::PAST | form::PART)],
            "hold" => &[("held", form::PAST | form::PART)],
            "stick" => &[("stuck", form::PAST | form::PART)],
            "signal" => &[("signalled", form::PAST | form::PART), ("signalling", form::GER)],
            "tag" => &[("tagged", form::PAST | form::PART), ("tagging", form::GER)],
            _ => &[],
        };
        for &(f, bits) in irregular {
            let f = if f.is_empty() { lemma } else { f };
            let w = self.word(f);
            w.class |= flag;
            w.verb |= bits;
        }
    }

    fn add_word_class(&mut self, text: &str, flag: u32) {
        for (_, l) in data_lines(text) {
            // (a second column, where a file has one, is read by its own loader)
            let l = l.split('\t').next().unwrap_or_default();
            let words = phrase_words(l.trim());
            if words.len() == 1 {
                self.word(&words[0].0).class |= flag;
            } else if flag == class::HEAD {
                self.push_phrase(l.trim(), PhraseKind::Head, false);
            } else if let Some((last, _)) = words.last() {
                self.word(last).class |= flag;
            }
        }
    }

    fn add_common_verbs(&mut self, text: &str) {
        for (_, l) in data_lines(text) {
            let mut cols = l.split('\t');
            let lemma = cols.next().unwrap_or("").trim().to_lowercase();
            if lemma.is_empty() {
                continue;
            }
            for (f, bits) in verb_forms(&lemma, cols.next()) {
                self.word(&f).verb |= bits;
            }
        }
    }

    fn add_reporting(&mut self, text: &str) {
        for (_, l) in data_lines(text) {
            let mut cols = l.split('\t');
            let lemma = cols.next().unwrap_or("").trim().to_lowercase();
            if lemma.is_empty() {
                continue;
            }
            for (f, bits) in verb_forms(&lemma, cols.next()) {
                let w = self.word(&f);
                w.report |= bits;
                w.verb |= bits;
            }
        }
    }

    /// Adds closed-class words: `word<TAB>class`.
    pub fn add_words(&mut self, text: &str) -> Result<(), LexiconError> {
        for (n, l) in data_lines(text) {
            let mut cols = l.split('\t');
            let (Some(w), Some(c)) = (cols.next(), cols.next()) else {
                return Err(bad("words", n, "expected `word<TAB>class`"));
            };
            let flag = match c.trim() {
                "aux" => class::AUX,
                "modal" => class::MODAL,
                "neg" => class::NEG,
                "hedge" => class::HEDGE,
                "det" => class::DET,
                "pron" => class::PRON,
                "rel" => class::REL,
                "coord" => class::COORD,
                "sub" => class::SUB,
                "prep" => class::PREP,
                "adv" => class::ADV,
                "time" => class::TIME,
                "weekday" => class::WEEKDAY,
                "month" => class::MONTH,
                other => return Err(bad("words", n, &format!("unknown class `{other}`"))),
            };
            let w = w.trim();
            if w.contains(' ') {
                let kind = match flag {
                    class::MODAL => PhraseKind::Modal,
                    class::NEG => PhraseKind::Negation,
                    class::ADV | class::TIME => PhraseKind::Adverb,
                    _ => PhraseKind::Hedge,
                };
                self.push_phrase(w, kind, false);
            } else {
                self.word(w).class |= flag;
            }
        }
        Ok(())
    }

    /// Adds multi-word cues: `phrase<TAB>role` (`report`, `reject-predicate`,
    /// `demand-predicate`, `hedge`, `necessary`, `no-comment`, `no-claim-object`).
    pub fn add_phrases(&mut self, text: &str) -> Result<(), LexiconError> {
        for (n, l) in data_lines(text) {
            let mut cols = l.split('\t');
            let (Some(p), Some(role)) = (cols.next(), cols.next()) else {
                return Err(bad("phrases", n, "expected `phrase<TAB>role`"));
            };
            let kind = match role.trim() {
                "report" => PhraseKind::Report,
                "reject-predicate" => PhraseKind::RejectPredicate,
                "demand-predicate" => PhraseKind::DemandPredicate,
                "deny-predicate" => PhraseKind::DenyPredicate,
                "accuse-predicate" => PhraseKind::AccusePredicate,
                "hedge" => PhraseKind::Hedge,
                "necessary" => PhraseKind::Necessary,
                "no-comment" => PhraseKind::NoComment,
                "no-claim-object" => PhraseKind::NoClaimObject,
                "no-demand-object" => PhraseKind::NoDemandObject,
                "right-course" => PhraseKind::RightCourse,
                other => return Err(bad("phrases", n, &format!("unknown role `{other}`"))),
            };
            self.push_phrase(p.trim(), kind, false);
        }
        Ok(())
    }

    /// Adds claim verbs: `lemma<TAB>act<TAB>frames[<TAB>irregular forms]`.
    pub fn add_verbs(&mut self, text: &str) -> Result<(), LexiconError> {
        for (n, l) in data_lines(text) {
            let cols: Vec<&str> = l.split('\t').collect();
            if cols.len() < 2 {
                return Err(bad("verbs", n, "expected `lemma<TAB>act<TAB>frames`"));
            }
            let lemma = cols[0].trim().to_lowercase();
            let act =
                Act::parse(cols[1]).ok_or_else(|| bad("verbs", n, &format!("unknown act `{}`", cols[1])))?;
            let frames = parse_frames(cols.get(2).copied().unwrap_or("")).map_err(|m| bad("verbs", n, &m))?;
            let id = self.verbs.len() as u32;
            self.verbs.push(Verb { act, frames });
            for (f, bits) in verb_forms(&lemma, cols.get(3).copied()) {
                let w = self.word(&f);
                w.verb |= bits;
                w.claim_verb = match w.claim_verb {
                    Some((old, b)) if old == id => Some((id, b | bits)),
                    _ => Some((id, bits)),
                };
            }
        }
        Ok(())
    }

    /// Adds claim nouns: `noun<TAB>act`.
    pub fn add_nouns(&mut self, text: &str) -> Result<(), LexiconError> {
        for (n, l) in data_lines(text) {
            let mut cols = l.split('\t');
            let (Some(w), Some(a)) = (cols.next(), cols.next()) else {
                return Err(bad("nouns", n, "expected `noun<TAB>act`"));
            };
            let act = Act::parse(a).ok_or_else(|| bad("nouns", n, &format!("unknown act `{a}`")))?;
            self.word(w.trim()).noun_act = Some(act);
        }
        Ok(())
    }

    /// Adds agent nouns with their role: `phrase<TAB>ROLE` ("police\tCOP"). A one-word phrase
    /// becomes an actor head; the first word of a longer phrase marks the role as a modifier
    /// ("opposition" in "opposition activists"), by the role most of its phrases have that no
    /// later word explains ("muslim rebels" is REB for "rebels": "muslim" marks no role), or the
    /// role of its plural ("representative" as "representatives").
    pub fn add_agents(&mut self, text: &str) -> Result<(), LexiconError> {
        use crate::model::Role;
        let mut modifier_votes: HashMap<String, Vec<Role>> = HashMap::new();
        // (phrase words, role) of the longer phrases: a first word votes only when no later word
        // explains the role ("muslim rebels" is REB for "rebels", which says nothing of "muslim")
        let mut phrases: Vec<(Vec<&str>, Role)> = Vec::new();
        for (n, l) in data_lines(text) {
            let mut cols = l.split('\t');
            let (Some(phrase), Some(code)) = (cols.next(), cols.next()) else {
                return Err(bad("agents", n, "expected `phrase<TAB>role`"));
            };
            let role =
                Role::parse(code).ok_or_else(|| bad("agents", n, &format!("unknown role `{code}`")))?;
            let words: Vec<&str> = phrase.split_whitespace().collect();
            // A spokesperson speaks for whoever the modifier names ("military spokesman").
            let neutral = |w: &str| w.starts_with("spokes");
            match words.as_slice() {
                [] => {}
                [one] if !neutral(one) => {
                    let info = self.word(one);
                    info.role = Some(role);
                    // Words that are also verbs ("judge", "counsel") stay verbs to the rules.
                    if info.verb == 0 && info.claim_verb.is_none() && info.report == 0 {
                        info.class |= class::HEAD;
                    }
                }
                // "opposition activists", "rebel commander": the first word marks the role;
                // not in phrases with a preposition ("leaders in exile") nor for function words.
                [first, ..]
                    if !neutral(first)
                        && !words.iter().any(|w| ["of", "in", "for", "and", "on", "at"].contains(w))
                        && self.get(first).is_none_or(|i| {
                            i.class
                                & (class::DET
                                    | class::PRON
                                    | class::PREP
                                    | class::COORD
                                    | class::SUB
                                    | class::REL
                                    | class::AUX
                                    | class::MODAL
                                    | class::NEG)
                                == 0
                        }) =>
                {
                    phrases.push((words, role));
                }
                _ => {}
            }
        }
        // the roles later words carry alone or as the first word of another phrase
        let mut marks: HashMap<&str, Vec<Role>> = HashMap::new();
        for (words, role) in &phrases {
            marks.entry(words[0]).or_default().push(*role);
        }
        let mut unexplained: HashMap<&str, Vec<Role>> = HashMap::new();
        for (words, role) in &phrases {
            modifier_votes.entry(words[0].to_string()).or_default().push(*role);
            let explained = words[1..].iter().any(|w| {
                self.get(w).and_then(|i| i.role) == Some(*role)
                    || marks.get(w).is_some_and(|roles| roles.contains(role))
            });
            if !explained {
                unexplained.entry(words[0]).or_default().push(*role);
            }
        }
        let mut votes: Vec<_> = modifier_votes.into_iter().collect();
        votes.sort_by(|a, b| a.0.cmp(&b.0));
        for (word, roles) in votes {
            if self.get(&word).is_some_and(|i| i.role.is_some()) {
                continue;
            }
            // "representative": the role its plural has alone ("representatives")
            let plural = self.get(&format!("{word}s")).and_then(|i| i.role);
            // a modifier the phrases split evenly ("house physician", "house speaker") marks none;
            // else the role of the phrases its own word explains, if any
            let role = plural.or_else(|| {
                majority(&roles)?;
                unexplained.get(word.as_str()).and_then(|roles| majority(roles))
            });
            self.word(&word).role = role;
        }
        Ok(())
    }

    /// Adds regions that act under their own name (US states, Scotland, Quebec): the columns of
    /// [`Lexicon::add_states`], then the norm of the country they belong to, whose code they
    /// carry. The country must be known.
    pub fn add_regions(&mut self, text: &str) -> Result<(), LexiconError> {
        for (n, l) in data_lines(text) {
            let cols: Vec<&str> = l.split('\t').collect();
            let country = cols.get(4).map_or("", |c| c.trim());
            let Some(&country_id) = self.norm_ids.get(country) else {
                return Err(bad("regions", n, &format!("unknown country `{country}`")));
            };
            self.add_states(&cols[..4.min(cols.len())].join("\t"))
                .map_err(|_| bad("regions", n, "bad region"))?;
            let id = self.norm_id(cols[0].trim()) as usize;
            self.norm_is_region[id] = true;
            let code = self.norm_code(country_id).map(Box::<str>::from);
            if self.norm_codes.len() <= id {
                self.norm_codes.resize(id + 1, None);
            }
            self.norm_codes[id] = code;
        }
        Ok(())
    }

    /// Adds CAMEO actor codes of states and organisations already known: `norm<TAB>code`.
    /// Lines naming an unknown norm are skipped.
    pub fn add_codes(&mut self, text: &str) -> Result<(), LexiconError> {
        for (n, l) in data_lines(text) {
            let mut cols = l.split('\t');
            let (Some(norm), Some(code)) = (cols.next(), cols.next()) else {
                return Err(bad("codes", n, "expected `norm<TAB>code`"));
            };
            let code = code.trim();
            if code.is_empty() || !code.bytes().all(|b| b.is_ascii_alphanumeric()) {
                return Err(bad("codes", n, &format!("bad code `{code}`")));
            }
            if let Some(&id) = self.norm_ids.get(norm.trim()) {
                let id = id as usize;
                if self.norm_codes.len() <= id {
                    self.norm_codes.resize(id + 1, None);
                }
                self.norm_codes[id] = Some(code.into());
            }
        }
        Ok(())
    }

    fn norm_id(&mut self, norm: &str) -> u32 {
        if let Some(&id) = self.norm_ids.get(norm) {
            return id;
        }
        let id = self.norms.len() as u32;
        self.norms.push(norm.into());
        self.norm_is_org.push(false);
        self.norm_is_region.push(false);
        self.norm_ids.insert(norm.into(), id);
        id
    }

    /// Adds states: `norm<TAB>names<TAB>demonyms<TAB>capitals and seats`.
    pub fn add_states(&mut self, text: &str) -> Result<(), LexiconError> {
        for (n, l) in data_lines(text) {
            let cols: Vec<&str> = l.split('\t').collect();
            let norm = cols[0].trim();
            if norm.is_empty() {
                return Err(bad("countries", n, "empty norm"));
            }
            let id = self.norm_id(norm);
            self.push_phrase(norm, PhraseKind::Entity(EntityKind::State, id), true);
            for name in items(cols.get(1).copied().unwrap_or("")) {
                self.push_phrase(name, PhraseKind::Entity(EntityKind::State, id), true);
            }
            let demonyms: Vec<&str> = items(cols.get(2).copied().unwrap_or("")).collect();
            for d in &demonyms {
                let plural =
                    d.ends_with('s') && demonyms.iter().any(|o| o.len() < d.len() && d.starts_with(o));
                let kind = if plural { EntityKind::People } else { EntityKind::Demonym };
                self.push_phrase(d, PhraseKind::Entity(kind, id), true);
            }
            for seat in items(cols.get(3).copied().unwrap_or("")) {
                self.push_phrase(seat, PhraseKind::Entity(EntityKind::Seat, id), true);
            }
        }
        Ok(())
    }

    /// Adds organisations or groups: `norm<TAB>names<TAB>adjectives<TAB>seats`.
    pub(crate) fn add_named(
        &mut self,
        text: &str,
        kind: EntityKind,
        file: &'static str,
    ) -> Result<(), LexiconError> {
        for (n, l) in data_lines(text) {
            let mut cols = l.split('\t');
            let norm = cols.next().unwrap_or("").trim();
            if norm.is_empty() {
                return Err(bad(file, n, "empty norm"));
            }
            let id = self.norm_id(norm);
            self.norm_is_org[id as usize] = true;
            self.push_phrase(norm, PhraseKind::Entity(kind, id), true);
            for name in items(cols.next().unwrap_or("")) {
                self.push_phrase(name, PhraseKind::Entity(kind, id), true);
            }
            for adjective in items(cols.next().unwrap_or("")) {
                self.push_phrase(adjective, PhraseKind::Entity(EntityKind::Demonym, id), true);
            }
            for seat in items(cols.next().unwrap_or("")) {
                self.push_phrase(seat, PhraseKind::Entity(EntityKind::Seat, id), true);
            }
        }
        Ok(())
    }

    /// Adds offices: `phrase<TAB>scope` (`org`, `main`, `state` or `any`).
    pub fn add_offices(&mut self, text: &str) -> Result<(), LexiconError> {
        for (n, l) in data_lines(text) {
            let mut cols = l.split('\t');
            let p = cols.next().unwrap_or("").trim();
            let scope = match cols.next().map(str::trim) {
                Some("org") => Scope::Org,
                Some("main") => Scope::Main,
                Some("company") => Scope::Company,
                Some("state") | Some("any") | None => Scope::Other,
                Some(other) => return Err(bad("offices", n, &format!("unknown scope `{other}`"))),
            };
            self.push_phrase(p, PhraseKind::Office { scope }, false);
        }
        Ok(())
    }

    /// Registers a phrase under its first word. `proper` keeps the case requirements of the
    /// written form (names); cue phrases match in any case.
    pub(crate) fn push_phrase(&mut self, phrase: &str, kind: PhraseKind, proper: bool) {
        let words = phrase_words(phrase);
        let Some((first, _)) = words.first() else { return };
        let first = first.clone();
        let entry = PhraseEntry {
            rest: words[1..].iter().map(|(w, _)| w.clone().into_boxed_str()).collect(),
            case: words.iter().map(|(_, c)| if proper { *c } else { Case::Any }).collect(),
            kind,
        };
        let duplicate = self.get(first.as_str()).is_some_and(|info| {
            info.phrases.iter().any(|&i| {
                let e = &self.phrases[i as usize];
                e.rest == entry.rest && e.kind == entry.kind
            })
        });
        if duplicate {
            return;
        }
        let id = self.phrases.len() as u32;
        self.phrases.push(entry);
        self.word(&first).phrases.push(id);
    }

    /// Longest phrases first, so the first match is the longest.
    pub(crate) fn sort_phrases(&mut self) {
        let phrases = &self.phrases;
        for info in &mut self.infos {
            info.phrases.sort_by_key(|&i| std::cmp::Reverse(phrases[i as usize].rest.len()));
            let second_initial = |i: u32| phrases[i as usize].rest.first().and_then(|w| w.bytes().next());
            info.next_initials =
                info.phrases.iter().map(|&i| initial_bit(second_initial(i))).fold(0, |acc, bit| acc | bit);
            info.phrase_initials =
                info.phrases.iter().map(|&i| second_initial(i).filter(u8::is_ascii).unwrap_or(0)).collect();
        }
    }

    /// Everything known about a lowercase word.
    pub(crate) fn get(&self, lower: &str) -> Option<&WordInfo> {
        self.words.get(lower).map(|&i| &self.infos[i as usize])
    }

    /// The CAMEO actor code of a state or organisation ("RUS", "IGOWSTNAT").
    pub(crate) fn norm_code(&self, id: u32) -> Option<&str> {
        self.norm_codes.get(id as usize).and_then(|c| c.as_deref())
    }

    /// Whether a given name ("Kurt", "Taylor") usually names a woman; `None` when unknown.
    pub(crate) fn first_name_is_female(&self, name: &str) -> Option<bool> {
        self.first_names.get(name).copied()
    }

    pub(crate) fn norm(&self, id: u32) -> &str {
        &self.norms[id as usize]
    }

    /// The ids of the norms in a `"; "`-joined list.
    pub(crate) fn norm_ids_of(&self, joined: &str) -> Vec<u32> {
        joined.split("; ").filter_map(|n| self.norm_ids.get(n).copied()).collect()
    }
}

fn parse_frames(text: &str) -> Result<Frames, String> {
    let mut f = Frames::default();
    for item in text.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        let list =
            |v: &str| v.split('|').map(|p| p.trim().to_lowercase().into_boxed_str()).collect::<Vec<_>>();
        if let Some(v) = item.strip_prefix("particle?=") {
            f.optional_particles = list(v);
        } else if let Some(v) = item.strip_prefix("particle=") {
            f.particles = list(v);
        } else {
            match item {
                "objto" => f.objto = true,
                "to" => f.to = true,
                "that" => f.that = true,
                "thatmodal" => {
                    f.that = true;
                    f.that_modal = true;
                }
                "from" => f.from = true,
                "propobj" => f.proposal_object = true,
                "objonly" => f.objto_only = true,
                "sideobj" => f.side_object = true,
                "denyobj" => f.deny_object = true,
                "threatto" => {
                    f.to = true;
                    f.threat_only = true;
                }
                "frameonly" => f.frame_only = true,
                "of" | "for" | "with" | "over" | "against" | "about" | "as" | "at" | "on" => {
                    f.preps.push(item.into())
                }
                other => return Err(format!("unknown frame `{other}`")),
            }
        }
    }
    Ok(f)
}

fn bad(file: &'static str, line: usize, message: &str) -> LexiconError {
    LexiconError::BadLine { file, line, message: message.to_string() }
}

/// The role most of `roles` have; `None` when two tie.
fn majority(roles: &[crate::model::Role]) -> Option<crate::model::Role> {
    let count = |r: crate::model::Role| roles.iter().filter(|&&x| x == r).count();
    let best = roles.iter().copied().max_by_key(|&r| count(r))?;
    let tied = roles.iter().any(|&r| r != best && count(r) == count(best));
    (!tied).then_some(best)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflects_regular_verbs() {
        assert_eq!(inflect("demand"), ("demands".into(), "demanded".into(), "demanding".into()));
        assert_eq!(inflect("urge"), ("urges".into(), "urged".into(), "urging".into()));
        assert_eq!(inflect("deny"), ("denies".into(), "denied".into(), "denying".into()));
        assert_eq!(inflect("press"), ("presses".into(), "pressed".into(), "pressing".into()));
    }

    #[test]
    fn a_modifier_marks_only_the_roles_no_later_word_explains() {
        use crate::model::Role;
        let mut lex = Lexicon::default();
        let agents =
            "rebel\tREB\nrebels\tREB\nrepresentatives\tLEG\nmuslim rebels\tREB\nmuslim rebel leader\tREB\n\
                      opposition leader\tOPP\nopposition activists\tOPP\nrepresentative assembly\tLEG\n\
                      house physician\tHLH\nhouse speaker\tLEG\n";
        lex.add_agents(agents).unwrap();
        let role = |w: &str| lex.get(w).and_then(|i| i.role);
        assert_eq!(role("muslim"), None, "explained by rebels");
        assert_eq!(role("opposition"), Some(Role::Opposition));
        assert_eq!(role("representative"), Some(Role::Legislature), "as its plural");
        assert_eq!(role("house"), None, "split evenly");
    }

    #[test]
    fn builtin_data_parses_and_indexes() {
        let lex = Lexicon::builtin();
        let info = lex.get("demanded").unwrap();
        let (verb, forms) = info.claim_verb.unwrap();
        assert_eq!(lex.verbs[verb as usize].act, Act::Demand);
        assert_ne!(forms & form::PAST, 0);
        assert_eq!(
            lex.get("sought").unwrap().claim_verb.map(|(v, _)| lex.verbs[v as usize].act),
            Some(Act::Demand)
        );
        assert_ne!(lex.get("said").unwrap().report & form::PAST, 0);
        assert!(!lex.get("moscow").unwrap().phrases.is_empty());
        assert!(lex.norms.iter().any(|n| &**n == "Zimbabwe"));
        assert!(lex.norms.len() > 240);
    }

    #[test]
    fn phrase_words_normalise_hyphens_and_abbreviations() {
        let w = phrase_words("Secretary-General");
        assert_eq!(w.iter().map(|(w, _)| w.as_str()).collect::<Vec<_>>(), ["secretary", "general"]);
        assert_eq!(phrase_words("U.S.")[0].0, "u.s");
        assert_eq!(phrase_words("NATO")[0].1, Case::Acronym);
    }

    #[test]
    fn data_files_have_their_columns() {
        let rows = |text: &str| data_lines(text).map(|(_, l)| l.split('\t').count()).collect::<Vec<_>>();
        assert!(rows(COUNTRIES).iter().all(|&n| n == 4), "countries.tsv needs 4 columns on every line");
        assert!(rows(COUNTRIES).len() >= 197, "every UN member and observer state");
        assert!(rows(ORGANISATIONS).iter().all(|&n| (1..=4).contains(&n)));
        assert!(rows(VERBS).iter().all(|&n| (2..=4).contains(&n)));
        assert!(rows(OFFICES).iter().all(|&n| n == 2));
    }

    #[test]
    fn bad_lines_are_reported() {
        let mut lex = Lexicon::default();
        let err = lex.add_verbs("reject\tnonsense\t\n").unwrap_err();
        assert!(matches!(err, LexiconError::BadLine { line: 1, .. }));
    }
}
