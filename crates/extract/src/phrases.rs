//! Noun phrases and clauses over the atoms of one sentence: finding the subject left of a verb
//! (past adverbs, time phrases, appositives), the phrase right of it, where a clause ends, and
//! who a phrase stands for.

use crate::atoms::{Atom, AtomKind, Mark, NONE};
use crate::lexicon::{class, form, EntityKind, Lexicon, PhraseKind};
use crate::memory::Memory;
use crate::model::Role;

/// Prepositions that put a group in a place: "unions in the region", "farmers across the north".
const PLACE_PREPOSITIONS: [&str; 7] = ["in", "at", "across", "near", "outside", "from", "along"];

/// Nouns ending in "ly" that `is_ly_adverb` must not take for adverbs.
const LY_NOUNS: [&str; 12] = [
    "rally",
    "family",
    "assembly",
    "supply",
    "monopoly",
    "anomaly",
    "tally",
    "folly",
    "bully",
    "belly",
    "homily",
    "melancholy",
];

/// Plurals of states that name no state: "the two countries", "member states", "developing nations".
const STATE_PLURALS: [&str; 4] = ["states", "countries", "nations", "governments"];

/// Heads that name a company by its size or trade after "the": "the oil giant", "the Swiss
/// pharmaceutical conglomerate".
const COMPANY_BY_TRADE: [&str; 3] = ["giant", "conglomerate", "multinational"];

/// Nouns for people whose views the news reports without their being a side: their opinions
/// are not claims.
pub(crate) const COMMENTATORS: [&str; 24] = [
    "critic",
    "critics",
    "analyst",
    "analysts",
    "expert",
    "experts",
    "observer",
    "observers",
    "commentator",
    "commentators",
    "columnist",
    "columnists",
    "scientist",
    "scientists",
    "economist",
    "economists",
    "historian",
    "historians",
    "researcher",
    "researchers",
    "writer",
    "writers",
    "witness",
    "witnesses",
];

/// Nouns that name an organisation by what it is after "the" ("the bloc", "the alliance").
pub(crate) const BLOC_NOUNS: [&str; 5] = ["bloc", "alliance", "organisation", "organization", "grouping"];

/// Nouns for the speaker's own side after "our"/"his"/"their" in reported words ("our members",
/// "his administration").
pub(crate) const OWN_SIDE_NOUNS: [&str; 15] = [
    "administration",
    "government",
    "campaign",
    "team",
    "party",
    "office",
    "members",
    "workers",
    "troops",
    "forces",
    "army",
    "country",
    "nation",
    "union",
    "company",
];

/// Who a phrase stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Who {
    /// Up to four norm ids and how many there are.
    Norms([u32; 4], u8),
    /// A person of the article's memory.
    Person(usize),
    /// Several actors named together earlier in the article (a group of the memory).
    Group(u32),
    /// A recognisable actor whose side is unknown.
    Unknown,
}

impl Who {
    /// The one state or organisation with norm id `id`.
    pub(crate) fn one(id: u32) -> Who {
        Who::Norms([id, 0, 0, 0], 1)
    }
}

/// An actor phrase: atoms `s..e` and who it stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Actor {
    pub s: usize,
    pub e: usize,
    pub who: Who,
    /// What kind of actor the words name ("police", "opposition leader", an office).
    pub role: Option<Role>,
    /// Byte span in the input (it may lie in another sentence for a quotation's speaker).
    pub span: (usize, usize),
}

/// A reporting frame: who is reported, and which atoms report them.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Report {
    pub verb: (usize, usize),
    pub speaker: Option<Actor>,
    pub comp: (usize, usize),
    /// The report is denied ("did not state that …"): nothing in its clause is claimed.
    pub denied: bool,
}

pub(crate) struct Analyzer<'x, 'a, 'l> {
    pub lex: &'l Lexicon,
    pub atoms: &'x [Atom<'a, 'l>],
    pub marks: &'x [Mark],
    pub memory: &'x mut Memory,
    /// Part-of-speech tags of the atoms, computed the first time a rule asks (`None` when the
    /// extractor does not tag).
    pub tags: Option<&'x LazyTags<'a>>,
}

/// The tags of one sentence, computed on first use: most sentences with a claim word never
/// need them, and tagging costs several times what the rules do.
pub(crate) struct LazyTags<'a> {
    tagger: &'static crate::tagger::Tagger,
    done: std::cell::Cell<bool>,
    words: std::cell::RefCell<Vec<&'a str>>,
    tags: std::cell::RefCell<Vec<crate::tagger::Tag>>,
    scratch: std::cell::RefCell<crate::tagger::Scratch>,
}

impl<'a> LazyTags<'a> {
    pub fn new(tagger: &'static crate::tagger::Tagger) -> Self {
        LazyTags {
            tagger,
            done: std::cell::Cell::new(false),
            words: Default::default(),
            tags: Default::default(),
            scratch: Default::default(),
        }
    }

    /// Forgets the last sentence's tags.
    pub fn reset(&self) {
        self.done.set(false);
    }

    fn tag(&self, atoms: &[Atom<'a, '_>], i: usize) -> Option<crate::tagger::Tag> {
        if !self.done.get() {
            let mut words = self.words.borrow_mut();
            words.clear();
            words.extend(atoms.iter().map(|a| a.text));
            self.tagger.tag_into(&words, &mut self.scratch.borrow_mut(), &mut self.tags.borrow_mut());
            self.done.set(true);
        }
        self.tags.borrow().get(i).copied()
    }
}

const MAX_NP: usize = 16;

/// Nouns that end an institution's name as well as the opening ones below ("the Fish and
/// Wildlife Service").
const INSTITUTION_HEADS: [&str; 8] = [
    "administration",
    "authority",
    "service",
    "services",
    "association",
    "organization",
    "organisation",
    "centre",
];

/// Nouns that open an institution's name of the form "<noun> of <field> and <field>"
/// ("Department of Health and Human Services", "Ministry of Trade and Industry").
const INSTITUTION_OPENINGS: [&str; 12] = [
    "department",
    "ministry",
    "bureau",
    "agency",
    "commission",
    "council",
    "board",
    "office",
    "institute",
    "university",
    "academy",
    "federation",
];

impl<'a> Analyzer<'_, 'a, '_> {
    pub fn n(&self) -> usize {
        self.atoms.len()
    }

    /// A line with no full stop, as headlines are written: "Serbia, Kosovo reject EU plan".
    pub fn without_full_stop(&self) -> bool {
        self.atoms.iter().all(|x| x.kind != AtomKind::Terminal)
    }

    pub fn mark(&self, i: usize) -> Option<&Mark> {
        let m = self.atoms.get(i)?.mark;
        (m != NONE).then(|| &self.marks[m as usize])
    }

    /// The cue phrase ("necessary", "condolences") covering atom `i`.
    pub fn cue(&self, i: usize) -> Option<&Mark> {
        let m = self.atoms.get(i)?.cue;
        (m != NONE).then(|| &self.marks[m as usize])
    }

    pub fn entity(&self, i: usize) -> Option<(EntityKind, u32)> {
        match self.mark(i)?.kind {
            PhraseKind::Entity(k, id) => Some((k, id)),
            _ => None,
        }
    }

    /// The Arabic article or patronymic glued to a surname ("Ahmed al-Masri", "Abu Bakr
    /// al-Baghdadi", "Osama bin-Laden"): a particle, a hyphen, a capitalised word. (Out of line:
    /// rare.)
    #[cold]
    #[inline(never)]
    fn is_name_particle(&self, i: usize) -> bool {
        ["al", "el", "ad", "ash", "as", "az", "bin", "ibn", "ben", "abu", "abd"]
            .iter()
            .any(|w| self.word(i, w))
            && self.atoms.get(i + 2).is_some_and(|b| b.kind == AtomKind::Word && b.cap && b.mark == NONE)
    }

    /// The lower-case syllable after a hyphen of an East Asian given name ("Moon Jae-in",
    /// "Cheuk Hau-yip", "Lai Ching-te"): a short word glued to a capitalised name part that itself
    /// follows a name, and no English compound ("Boris Johnson-led"). [`Self::is_name`] has
    /// already found a word of at most four letters after a hyphen, at `i >= 3`.
    #[cold]
    fn is_name_syllable(&self, i: usize) -> bool {
        const COMPOUND_ENDINGS: [&str; 24] = [
            "led", "run", "era", "out", "up", "off", "on", "by", "old", "age", "day", "man", "men", "way",
            "end", "law", "ish", "like", "made", "born", "held", "type", "free", "wide",
        ];
        let a = &self.atoms[i];
        self.atoms[i - 1].start == self.atoms[i - 2].end()
            && a.start == self.atoms[i - 1].end()
            && self.is_capitalised_name(i - 2)
            && self.is_capitalised_name(i - 3)
            && self.kind(i + 1) != Some(AtomKind::Hyphen)
            && a.text.bytes().all(|b| b.is_ascii_lowercase())
            && !COMPOUND_ENDINGS.contains(&a.text)
    }

    /// A one-word office of someone quoted for what they know ("expert", "analyst"): it speaks
    /// for no side.
    pub(crate) fn is_commentator_office(&self, start: usize, end: usize) -> bool {
        // (the first letters and lengths of the list, before comparing words)
        end == start + 1
            && self.atoms.get(start).is_some_and(|a| {
                (5..=13).contains(&a.text.len())
                    && matches!(
                        a.text.as_bytes()[0] | 0x20,
                        b'a' | b'c' | b'e' | b'h' | b'o' | b'r' | b's' | b'w'
                    )
            })
            && COMMENTATORS.iter().any(|w| self.word(start, w))
    }

    /// "in 2003", "since 1998": "in" or "since" at `i`, then a year (the number's test first:
    /// the walks past time phrases ask this of many words).
    fn is_year_after_in(&self, i: usize) -> bool {
        self.atoms.get(i + 1).is_some_and(|y| {
            y.kind == AtomKind::Number
                && y.text.len() == 4
                && (y.text.starts_with("19") || y.text.starts_with("20"))
        }) && (self.word(i, "in") || self.word(i, "since"))
    }

    /// A demonym, seat or group at `i` that begins a longer name ("American Airlines", "American
    /// Farm Bureau", "Washington Post"): the name is another actor, not the state.
    pub(crate) fn opens_longer_name(&self, i: usize) -> bool {
        self.mark(i).is_some_and(|m| {
            matches!(
                m.kind,
                PhraseKind::Entity(EntityKind::Demonym | EntityKind::Seat | EntityKind::Group, _)
            ) && self.is_name(m.end)
                && !(matches!(m.kind, PhraseKind::Entity(EntityKind::Demonym, _))
                    && (self.second_adjective_before_head(m.end)
                        // ("the Chinese Ministry of Commerce": a state's own institution)
                        || self.is_institution(m.end)))
        })
    }

    /// A name written as an acronym of two to six capitals ("NASA", "FIFA").
    fn is_acronym(&self, k: usize) -> bool {
        let t = self.atoms[k].text;
        self.is_name(k) && t.len() >= 2 && t.len() <= 6 && t.bytes().all(|b| b.is_ascii_uppercase())
    }

    /// "Iraqi Kurdish leaders", "Syrian Sunni fighters": a capitalised adjective of a people or
    /// a faith after a demonym, before a lowercase actor noun, narrows the demonym's people; it
    /// does not open another name as "Airlines" does in "American Airlines".
    fn second_adjective_before_head(&self, i: usize) -> bool {
        let t = self.atoms[i].text;
        t.chars().count() >= 5
            && ["an", "ish", "i", "ese", "ite"].iter().any(|x| t.ends_with(x))
            && self.atoms.get(i + 1).is_some_and(|a| a.is_word() && !a.cap && a.is(class::HEAD))
    }

    /// Is atom `i` a legislator's title ("Sen.", "Rep.", "senator", "congresswoman")? The
    /// region such a title is written with is the seat, not a side.
    pub(crate) fn is_legislator_title(&self, i: usize) -> bool {
        let title = self.atoms[i].text;
        ["Sen.", "Rep.", "Sen", "Rep"].contains(&title)
            || self.is_office(i)
                && ["senator", "representative", "congressman", "congresswoman", "lawmaker", "speaker"]
                    .iter()
                    .any(|w| title.eq_ignore_ascii_case(w))
    }

    /// Whether `s..=e` is one noun for the speaker's own side ([`OWN_SIDE_NOUNS`]), or a head of
    /// several words ending in one ("armed forces").
    pub(crate) fn is_own_side_noun(&self, s: usize, e: usize) -> bool {
        let one = s == e
            || self.mark(e).is_some_and(|m| m.kind == PhraseKind::Head && m.start == s && m.end == e + 1);
        one && OWN_SIDE_NOUNS.iter().any(|w| self.word(e, w))
    }

    /// Is atom `i` part of an office ("minister", "Secretary of State")?
    pub fn is_office(&self, i: usize) -> bool {
        matches!(self.mark(i).map(|m| m.kind), Some(PhraseKind::Office { .. }))
    }

    /// A reporting verb ("said") that is not part of a name ("United States").
    pub fn is_report_word(&self, i: usize) -> bool {
        self.atoms.get(i).is_some_and(|a| {
            a.kind == AtomKind::Word && a.mark == NONE && a.info.is_some_and(|w| w.report != 0)
        })
    }

    /// A verb of hostile action ("retaliate", "declare war", "use force"); "keep" only for
    /// keeping something closed ("he would keep the agency shut for months"); none done to
    /// oneself ("willing to kill themselves", "vowed to defend itself").
    pub fn is_threat_verb(&self, i: usize) -> bool {
        let reflexive = || {
            ["themselves", "himself", "herself", "itself", "ourselves", "myself", "yourself"]
                .iter()
                .any(|w| self.word(i + 1, w))
        };
        self.has(i, class::THREAT_VERB)
            && !reflexive()
            && (!self.word(i, "keep")
                || (i + 1..(i + 8).min(self.n()))
                    .any(|k| ["closed", "shut", "shutdown", "going"].iter().any(|w| self.word(k, w))))
            // "would not hesitate to use force", "will use military force": force, not a tool
            && (!self.word(i, "use")
                || (i + 1..(i + 4).min(self.n())).any(|k| ["force", "weapons"].iter().any(|w| self.word(k, w))))
            // "willing to issue a subpoena": a compulsion issued against someone
            || self.word(i, "issue")
                && (i + 1..(i + 4).min(self.n()))
                    .any(|k| ["subpoena", "subpoenas", "ultimatum"].iter().any(|w| self.word(k, w)))
    }

    /// Every verb form the atom at `i` is ([`WordInfo::verb_forms`]); 0 for no known word.
    pub(crate) fn verb_forms(&self, i: usize) -> u8 {
        self.atoms.get(i).and_then(|a| a.info).map_or(0, |w| w.verb_forms())
    }

    pub fn word(&self, i: usize, w: &str) -> bool {
        self.atoms.get(i).is_some_and(|a| a.eq(w))
    }

    /// Back from atom `i` over the auxiliaries, adverbs and negations before it ("did not",
    /// "has never"): where they start, and whether a negation is among them.
    pub fn auxiliaries_before(&self, i: usize) -> (usize, bool) {
        let mut b = i;
        let mut negated = false;
        while b > 0
            && (self.has(b - 1, class::AUX | class::NEG | class::ADV)
                || self.kind(b - 1) == Some(AtomKind::Negation))
        {
            b -= 1;
            negated |= self.is_negation(b) || self.word(b, "never");
        }
        (b, negated)
    }

    /// Back from atom `i` over the adverbs and negations before it ("not", "fully",
    /// "certainly not"): where they start, and whether a negation is among them.
    pub fn adverbs_before(&self, i: usize) -> (usize, bool) {
        let mut b = i;
        let mut negated = false;
        while b > 0
            && (self.has(b - 1, class::ADV | class::NEG)
                || self.is_ly_adverb(b - 1)
                || self.kind(b - 1) == Some(AtomKind::Negation))
        {
            negated |= self.is_negation(b - 1);
            b -= 1;
        }
        (b, negated)
    }

    pub fn kind(&self, i: usize) -> Option<AtomKind> {
        self.atoms.get(i).map(|a| a.kind)
    }

    pub fn has(&self, i: usize, flags: u32) -> bool {
        self.atoms.get(i).is_some_and(|a| a.kind == AtomKind::Word && a.is(flags))
    }

    /// Whether the word at `i` opens with one of `prefixes`, in any case ("urge" for "urged",
    /// "Urging"): a verb's forms by their common stem.
    pub(crate) fn starts_with_any(&self, i: usize, prefixes: &[&str]) -> bool {
        self.atoms.get(i).is_some_and(|a| {
            prefixes.iter().any(|p| a.text.get(..p.len()).is_some_and(|t| t.eq_ignore_ascii_case(p)))
        })
    }

    /// A US lawmaker's party tag opening at `k`: "D", "R" or "I" and a hyphen before the state
    /// ("D-Colo.", "R-Texas").
    pub(crate) fn opens_party_tag(&self, k: usize) -> bool {
        self.atoms.get(k).is_some_and(|a| a.is_word() && ["D", "R", "I"].contains(&a.text))
            && self.kind(k + 1) == Some(AtomKind::Hyphen)
    }

    /// A negation at `i`: a negating word ("not", "never") or a contracted "n't".
    pub(crate) fn is_negation(&self, i: usize) -> bool {
        self.has(i, class::NEG) || self.kind(i) == Some(AtomKind::Negation)
    }

    /// An adverb in -ly ("categorically"), not a name ("Italy") or a known noun or verb.
    pub fn is_ly_adverb(&self, i: usize) -> bool {
        let Some(a) = self.atoms.get(i) else { return false };
        a.kind == AtomKind::Word
            && a.text.len() >= 5
            && a.text.ends_with("ly")
            && !a.cap
            && a.info.is_none_or(|w| w.verb == 0 && w.class & (class::HEAD | class::READY) == 0)
            && a.mark == NONE
            // ("farmers at the rally blamed …": nouns in -ly)
            && !LY_NOUNS.iter().any(|w| a.text.eq_ignore_ascii_case(w))
    }

    /// The tagger's part of speech for atom `i`, when the sentence was tagged.
    pub fn tag(&self, i: usize) -> Option<crate::tagger::Tag> {
        self.tags.and_then(|t| t.tag(self.atoms, i))
    }

    /// The tagger reads atom `i` as a finite verb or a participle ("spoke", "stood").
    fn tagged_verb(&self, i: usize) -> bool {
        self.tag(i).is_some_and(|t| matches!(t.xpos(), "VBD" | "VBZ" | "VBP" | "VBN" | "MD"))
    }

    /// A word that can be a verb in a finite or participle form here, or an auxiliary.
    pub fn is_verbish(&self, i: usize) -> bool {
        let Some(a) = self.atoms.get(i) else { return false };
        if a.kind == AtomKind::Negation {
            return true;
        }
        if a.kind != AtomKind::Word
            || a.mark != NONE
                && !matches!(self.mark(i).map(|m| m.kind), Some(PhraseKind::Report | PhraseKind::Modal))
        {
            return false;
        }
        let Some(info) = a.info else { return false };
        (info.class & (class::AUX | class::MODAL) != 0 && info.class & class::DET == 0)
            // modal auxiliaries that also hedge
            || a.eq("could") || a.eq("might") || a.eq("may")
            || info.verb & (form::THIRD | form::PAST | form::PART) != 0
            || info.claim_verb.is_some_and(|(_, f)| f & (form::THIRD | form::PAST) != 0)
    }

    /// Like [`Self::is_verbish`], also taking a word the lexicon does not know when the tagger
    /// reads it as a finite verb ("flew", "stood"). Tagging costs several times what the rules
    /// do, so only the search for a clause's subject asks.
    pub(crate) fn is_verbish_or_tagged(&self, i: usize) -> bool {
        self.is_verbish(i)
            || self.atoms.get(i).is_some_and(|a| {
                a.kind == AtomKind::Word
                    && a.mark == NONE
                    && !a.cap
                    && a.info.is_none_or(|w| {
                        w.verb == 0 && w.claim_verb.is_none() && w.report == 0 && w.class == 0
                    })
            }) && self.tagged_verb(i)
    }

    /// Like [`Self::is_verbish`], also taking an unknown lowercase word in -ed for a past tense
    /// ("summoned"); used where a verb is expected after a subject or a coordinator.
    pub fn is_finite_verbish(&self, i: usize) -> bool {
        self.is_verbish(i)
            || self.atoms.get(i).is_some_and(|a| {
                a.kind == AtomKind::Word
                    && !a.cap
                    && a.mark == NONE
                    && a.info.is_none()
                    && a.text.len() > 4
                    && a.text.ends_with("ed")
            })
    }

    /// A verb in its base form ("block"), as after "to" or in coordinated infinitives.
    pub fn is_base_verb(&self, i: usize) -> bool {
        self.atoms.get(i).is_some_and(|a| {
            a.kind == AtomKind::Word
                && (a.info.is_some_and(|w| {
                    w.verb & form::BASE != 0 || w.claim_verb.is_some_and(|(_, f)| f & form::BASE != 0)
                }))
        })
    }

    /// "urged Russia in the call to stop …", "asked Beijing in a letter to the UN to release
    /// …": the "to" of an infinitive after a short circumstance phrase (a preposition of place,
    /// time or means and at most seven words, no comma) that opens at `i`, else `None`.
    pub(crate) fn infinitive_past_circumstance(&self, i: usize) -> Option<usize> {
        // ("called on governors — regardless of party — to unite": an aside between dashes)
        if self.kind(i) == Some(AtomKind::Dash) {
            let close = (i + 2..(i + 10).min(self.n()))
                .take_while(|&k| matches!(self.kind(k - 1), Some(AtomKind::Word | AtomKind::Hyphen)))
                .find(|&k| self.kind(k) == Some(AtomKind::Dash))?;
            let to = close + 1;
            return (self.word(to, "to") && self.may_be_plain_verb(to + 1, class::DET | class::PRON))
                .then_some(to);
        }
        if !["in", "during", "at", "on", "by", "over", "after", "before"].iter().any(|w| self.word(i, w)) {
            return None;
        }
        // (a "to" of direction, "to the UN", is part of the phrase)
        (i + 2..(i + 9).min(self.n())).take_while(|&k| self.atoms[k - 1].is_word()).find(|&k| {
            self.word(k, "to") && self.is_base_verb(k + 1) && !self.has(k + 1, class::DET | class::PRON)
        })
    }

    /// "called on the party's leader, Ana Ruiz, to resign", "urged the leader of the People's
    /// Party (PP) Ana Ruiz to resign": the "to" of an infinitive after a name or a title that
    /// says again who the object `ad` is (`i` is the atom right after it), else `None`.
    pub(crate) fn infinitive_past_appositive(&self, ad: &Actor, i: usize) -> Option<usize> {
        // ("… to “prove his claims”": the words asked for may be quoted)
        let infinitive_at = |j: usize| {
            let verb = if self.atoms.get(j + 1).is_some_and(|a| a.is_quote()) { j + 2 } else { j + 1 };
            self.word(j, "to") && self.may_be_plain_verb(verb, class::DET | class::PRON)
        };
        if self.kind(i) == Some(AtomKind::Comma) {
            let close = (i + 2..(i + 10).min(self.n()))
                .find(|&j| !self.atoms[j].is_word() && self.kind(j) != Some(AtomKind::Possessive))?;
            // ("asked Acme Partners, the pipeline's developer, to …": any description with its
            // article, closed by a comma right before the infinitive)
            let appositive = self.has(i + 1, class::DET) || (i + 1..close).all(|j| self.is_name(j));
            return (appositive && self.kind(close) == Some(AtomKind::Comma) && infinitive_at(close + 1))
                .then_some(close + 1);
        }
        // (a name right after an office or a bracketed acronym is who holds it)
        let holder = ad.e > ad.s
            && (self.kind(ad.e - 1) == Some(AtomKind::Close) || (ad.s..ad.e).any(|j| self.is_office(j)));
        if !holder || !self.is_name(i) {
            return None;
        }
        (i + 1..(i + 4).min(self.n())).find(|&j| !self.is_name(j)).filter(|&j| infinitive_at(j))
    }

    /// Whether the word at `i` may be the verb of an infinitive: a base form the lexicon knows,
    /// or, since it knows few plain verbs, any lower-case word of none of the classes `not`.
    pub fn may_be_plain_verb(&self, i: usize, not: u32) -> bool {
        self.is_base_verb(i) || self.atoms.get(i).is_some_and(|a| a.is_word() && !a.cap && !a.is(not))
    }

    /// The first atom from `i` that is no word of a time phrase ("Monday", "late", "2019"; a
    /// "the" stops it).
    pub(crate) fn past_time_words(&self, mut i: usize) -> usize {
        while self.is_time_word(i) && !self.word(i, "the") {
            i += 1;
        }
        i
    }

    /// A word that opens a time phrase or is part of one.
    pub fn is_time_word(&self, i: usize) -> bool {
        let Some(a) = self.atoms.get(i) else { return false };
        match a.kind {
            AtomKind::Number | AtomKind::Hyphen => true,
            AtomKind::Word => {
                a.is(class::TIME | class::WEEKDAY | class::MONTH)
                    || [
                        "mid",
                        "early",
                        "late",
                        "same",
                        "this",
                        "last",
                        "next",
                        "earlier",
                        "later",
                        "overnight",
                        "the",
                    ]
                    .iter()
                    .any(|w| a.eq(w))
            }
            _ => false,
        }
    }

    pub(crate) fn skip_time_left(&self, mut j: usize) -> Option<usize> {
        loop {
            if !self.is_time_word(j) {
                break;
            }
            if j == 0 {
                return None;
            }
            j -= 1;
        }
        if ["on", "in", "at", "during", "since", "until", "by", "earlier"].iter().any(|w| self.word(j, w)) {
            j = j.checked_sub(1)?;
            // ("late on Wednesday", "early on Monday")
            if (self.word(j, "late") || self.word(j, "early")) && self.word(j + 1, "on") {
                return j.checked_sub(1);
            }
            return Some(j);
        }
        Some(j)
    }

    /// From `j` leftwards, skips auxiliaries, negation, hedges, adverbs, time phrases, bracketed
    /// asides and appositives between a subject and its verb. Returns the first atom that is
    /// none of these.
    pub fn skip_left(&self, j: Option<usize>) -> Option<usize> {
        let mut j = j?;
        for _ in 0..64 {
            let a = &self.atoms[j];
            match a.kind {
                AtomKind::Close => {
                    let open = (0..j).rev().take(20).find(|&k| self.atoms[k].kind == AtomKind::Open)?;
                    j = open.checked_sub(1)?;
                    continue;
                }
                AtomKind::Negation | AtomKind::OpenQuote | AtomKind::Quote => {
                    j = j.checked_sub(1)?;
                    continue;
                }
                // "have 'strongly' rejected": an adverb quoted between auxiliary and verb
                AtomKind::CloseQuote
                    if j >= 3
                        && self.atoms[j - 2].kind == AtomKind::OpenQuote
                        && (self.is_ly_adverb(j - 1)
                            || self.has(j - 1, class::ADV)
                            || self.mark(j - 1).is_some_and(|m| m.kind == PhraseKind::Adverb)) =>
                {
                    j -= 3;
                    continue;
                }
                AtomKind::Comma => match self.appositive_left(j) {
                    Some(k) => {
                        j = k;
                        // ("Ann Cole, president of the Acme Institute, which sued the city,
                        // said": the relative clause describes the body in the description
                        // before it, and that description the person before it)
                        if self.kind(k + 1) == Some(AtomKind::Comma) && self.has(k + 2, class::REL) {
                            if let Some(before) = self.described_person_before(k + 1) {
                                j = before;
                            }
                        }
                        continue;
                    }
                    None => return Some(j),
                },
                // "Hungary — which holds the presidency — vetoed …", "Andy Beshear — whose father,
                // as governor, implemented the act — promised …"
                AtomKind::Dash => {
                    let open = (j.saturating_sub(40)..j)
                        .rev()
                        .find(|&k| matches!(self.atoms[k].kind, AtomKind::Dash | AtomKind::Terminal));
                    match open {
                        Some(k)
                            if self.atoms[k].kind == AtomKind::Dash
                                && k > 0
                                && self.atoms[k - 1].is_word() =>
                        {
                            j = k - 1;
                            continue;
                        }
                        _ => return Some(j),
                    }
                }
                AtomKind::Word => {}
                // "The government in 2019 demanded …": a year
                AtomKind::Number if j >= 2 && self.is_year_after_in(j - 1) => {
                    j -= 2;
                    continue;
                }
                // "Premier Daniel Andrews on September 21 condemned …": a day of a month
                AtomKind::Number if j >= 1 && self.has(j - 1, class::MONTH) => {
                    j = self.skip_time_left(j - 1)?;
                    continue;
                }
                _ => return Some(j),
            }
            if let Some(m) = self.mark(j) {
                if matches!(m.kind, PhraseKind::Hedge | PhraseKind::Negation | PhraseKind::Adverb) {
                    j = m.start.checked_sub(1)?;
                    continue;
                }
                return Some(j);
            }
            // (a word floating right before the verb or its auxiliary)
            let before_verb = || {
                self.atoms
                    .get(j + 1)
                    .is_some_and(|n| n.is(class::AUX | class::ADV | class::MODAL) || self.is_verbish(j + 1))
            };
            let skippable = a.is(class::AUX | class::NEG | class::HEDGE | class::ADV)
                && !a.is(class::PRON | class::DET)
                // ("May rejected …": a capitalised hedge that names a person)
                && !(a.cap && a.is(class::HEDGE) && self.is_name(j))
                // "Trump himself called …"
                || ["himself", "herself", "themselves", "itself"].iter().any(|w| a.eq(w))
                // "Tehran has since demanded …"
                || a.eq("since") && j > 0 && self.atoms[j - 1].is(class::AUX)
                // a floating quantifier right before the verb: "Egypt and Qatar both called for …",
                // "the two sides have all urged …"
                || (a.eq("both") || a.eq("all") || a.eq("each"))
                    && j > 0
                    && (self.atoms[j - 1].is(class::AUX) || self.is_np_end(j - 1))
                    && before_verb()
                // "Trump first blasted …", "the union later rejected …"
                || (a.eq("first") || a.eq("later")) && j > 0 && self.is_np_end(j - 1) && before_verb();
            if skippable || self.is_ly_adverb(j) {
                j = j.checked_sub(1)?;
                continue;
            }
            // "Trump several times asked …", "has on three occasions urged …": how often
            if (a.eq("times") || a.eq("occasions"))
                && j > 0
                && (self.atoms[j - 1].kind == AtomKind::Number
                    || ["several", "many", "multiple", "repeated", "numerous", "two", "three", "four"]
                        .iter()
                        .any(|w| self.word(j - 1, w)))
            {
                let mut k = j - 1;
                if k > 0 && self.word(k - 1, "on") {
                    k -= 1;
                }
                j = k.checked_sub(1)?;
                continue;
            }
            if a.is(class::TIME | class::WEEKDAY | class::MONTH) {
                j = self.skip_time_left(j)?;
                continue;
            }
            return Some(j);
        }
        Some(j)
    }

    /// At a comma left of a verb: if the stretch back to the previous comma is an aside
    /// (relative clause, appositive, adverb, time phrase), the atom before that comma.
    fn appositive_left(&self, c2: usize) -> Option<usize> {
        // An aside may hold a list ("made by Australia, Britain and Poland", "who came from
        // Belgium, France, Italy, Portugal and elsewhere"): try the nearest few commas.
        let mut end = c2;
        for _ in 0..5 {
            let c1 = (c2.saturating_sub(48)..end).rev().find(|&k| {
                matches!(
                    self.atoms[k].kind,
                    AtomKind::Comma | AtomKind::Terminal | AtomKind::Semicolon | AtomKind::Colon
                )
            })?;
            if self.atoms[c1].kind != AtomKind::Comma {
                return None;
            }
            if let Some(k) = self.aside_between(c1, c2) {
                return Some(k);
            }
            end = c1;
        }
        None
    }

    /// "Ann Cole, president of the Acme Institute, …": when the phrase before the comma `c2` is
    /// a lowercase description between commas after a name, the name's last atom.
    fn described_person_before(&self, c2: usize) -> Option<usize> {
        let c1 = (c2.saturating_sub(16)..c2)
            .rev()
            .find(|&k| !self.atoms[k].is_word() && self.kind(k) != Some(AtomKind::Possessive))?;
        let first = self.atoms.get(c1 + 1)?;
        (self.kind(c1) == Some(AtomKind::Comma)
            && c1 > 0
            && self.is_name(c1 - 1)
            && first.kind == AtomKind::Word
            && !first.cap
            && (c1 + 1..c2).any(|k| self.is_office(k)))
        .then(|| c1 - 1)
    }

    /// If the atoms between commas `c1` and `c2` are an aside, the atom before `c1`.
    fn aside_between(&self, c1: usize, c2: usize) -> Option<usize> {
        if c1 + 1 >= c2 || c1 == 0 {
            return None;
        }
        let first = c1 + 1;
        let a = &self.atoms[first];
        // "Dana Reyes, program director for the Safe Harbour Project, told": a
        // lowercase description of the person named before, with no verb of its own
        let description = !a.cap
            && a.kind == AtomKind::Word
            && self.is_name(c1 - 1)
            && !a.is(class::PRON | class::REL | class::SUB | class::COORD | class::PREP)
            && (first..c2).all(|k| {
                !self.is_verbish(k) && !self.is_finite_verbish(k) && self.atoms[k].kind != AtomKind::Quote
            });
        // ", R-Ariz.,", ", D-N.Y.,": a legislator's party and state
        let party_tag = (a.text == "R" || a.text == "D" || a.text == "I")
            && self.kind(first + 1) == Some(AtomKind::Hyphen)
            && c2 - first <= 7;
        // "Berg, 52, rejected …": a person's age
        let age = c2 == first + 1
            && a.kind == AtomKind::Number
            && a.text.len() <= 3
            && a.text.bytes().all(|b| b.is_ascii_digit())
            && self.is_name(c1 - 1);
        let aside = party_tag
            || age
            || description
            // (", meanwhile," is an aside; ", meanwhile, spoke on Monday," holds the verb)
            || a.kind == AtomKind::Word
                && !((a.is(class::ADV) || self.is_ly_adverb(first) || a.eq("however") || a.eq("meanwhile"))
                    && (first + 1..c2).any(|k| self.is_finite_verbish(k) || self.is_verbish_or_tagged(k))
                    // (", widely regarded as the bloc's most pro-Russian leader,": a participle
                    // with its "as" describes; "X, however, decided to …" holds the verb)
                    && !(self.word(first + 2, "as")
                        && self.atoms[first + 1].info.is_some_and(|w| w.verb & form::PART != 0)))
                && (a.is(class::REL | class::DET | class::ADV | class::TIME | class::WEEKDAY | class::MONTH | class::SUB)
                || self.is_office(first)
                // ", deputy chairman of Russia's Security Council,": an office after a modifier
                || !a.cap && self.is_office(first + 1) && first + 1 < c2
                // ", proposed by the G7 last year,": a participle opens a reduced relative clause
                // (after a noun: in "X, however, decided to …" the participle-looking word is the verb)
                || !a.cap
                    && a.info.is_some_and(|w| w.verb & form::PART != 0 && w.report == 0)
                    && !(self.has(c1 - 1, class::ADV) || self.is_ly_adverb(c1 - 1) || self.word(c1 - 1, "however"))
                // (", formed last year,", ", founded in 2019,": a participle the lexicon does not
                // know, before its time or its preposition)
                || !a.cap
                    && a.info.is_none()
                    && a.text.len() > 4
                    && a.text.ends_with("ed")
                    // (", sponsored by Ghana,": an agent, which a document's author rule reads)
                    && (self.has(first + 1, class::PREP) && !self.word(first + 1, "by")
                        || self.is_time_word(first + 1)
                        // (", holed up in a hotel,": with its particle)
                        || ["up", "out", "down", "off", "away"].iter().any(|w| self.word(first + 1, w)))
                    && !(self.has(c1 - 1, class::ADV) || self.is_ly_adverb(c1 - 1) || self.word(c1 - 1, "however"))
                || (self.entity(first).is_some()
                    // ("Kelly Ortberg, Boeing's chief executive,": an owner the lexicons do not know)
                    || self.is_name(first) && self.kind(first + 1) == Some(AtomKind::Possessive))
                    && (first..c2).any(|k| self.is_office(k) || self.atoms[k].is(class::HEAD))
                // ", Republican of Nebraska,": a person's party and state
                || self.is_name(c1 - 1)
                    && self.entity(first).is_some()
                    && (self.word(first + 1, "of") || self.word(first + 1, "from"))
                    && self.entity(first + 2).is_some()
                    && c2 <= first + 5
                || self.is_ly_adverb(first)
                || a.eq("on") && self.is_time_word(first + 1)
                || a.eq("in") && self.is_time_word(first + 1)
                // (", such as Russia,": examples of what comes before)
                || a.eq("such") && self.word(first + 1, "as")
                || (a.eq("however") || a.eq("meanwhile"))
                // ", in a statement,", ", during a visit to Kyiv,"
                || a.is(class::PREP)
                    && !(first..c2).any(|k| {
                        // a participle ("issued from Brasília") may sit in the aside, a finite verb not
                        self.has(k, class::AUX | class::MODAL)
                            || self.atoms[k].info.is_some_and(|w| w.verb & form::THIRD != 0 && w.class & class::HEAD == 0)
                    })
                // ", speaking at the summit in Addis Ababa,"
                || !a.cap && a.text.len() > 4 && a.text.ends_with("ing") && a.info.is_none_or(|w| w.class == 0)
                // ", wary of a trade war,", ", angry at the ruling,": an adjective with what it is
                // about describes
                || !a.cap
                    && a.info.is_none_or(|w| w.class == 0 && w.verb == 0 && w.report == 0 && w.claim_verb.is_none())
                    && ["of", "at", "over", "about", "with"].iter().any(|w| self.word(first + 1, w))
                    && !(first + 2..c2).any(|k| self.is_finite_verbish(k))
                // "the state's two senators, Ann Cole and Tom Reyes, called on …": the names
                // of the people a group noun counts
                || self.is_agent_head(c1 - 1)
                    && self.is_name(first)
                    && (first..c2).all(|k| {
                        self.is_name(k)
                            || self.atoms[k].kind == AtomKind::Hyphen
                            || self.atoms[k].kind == AtomKind::Comma
                            || self.atoms[k].eq("and")
                    })
                // "Russia's ambassador to the UN, Vassily Nebenzia, said": a name after an office
                || (first..c2).all(|k| {
                    // "Haitham al-Ghais": a lowercase particle of a name before a hyphen
                    self.is_name(k) || self.atoms[k].kind == AtomKind::Hyphen || self.kind(k + 1) == Some(AtomKind::Hyphen)
                })
                    && (c1.saturating_sub(8)..c1).any(|k| self.is_office(k)));
        if !aside {
            return None;
        }
        // "The senator representing Yobe North, Ahmad Lawan, said": past a participle the office
        // is out of the phrase before the comma, whose place is no actor; the name is the subject
        let office_before_participle =
            (c1.saturating_sub(8)..c1).rev().find(|&k| self.is_office(k)).is_some_and(|o| {
                (o + 1..c1).any(|k| {
                    let w = &self.atoms[k];
                    w.is_word()
                        && !w.cap
                        && !self.is_office(k)
                        && (w.text.ends_with("ing") || w.text.ends_with("ed"))
                })
            });
        if office_before_participle && self.is_name(c2 - 1) && (first..c2).all(|k| self.is_name(k)) {
            return Some(c2 - 1);
        }
        // "His attorney, Mark Jensen, said": an office that speaks for no side is named by the
        // person after it, who is the subject
        let named_after_sideless_office = c2 >= first + 2
            && (first..c2).all(|k| self.is_name(k) && self.atoms[k].cap)
            && (self.is_office(c1 - 1) || self.is_agent_head(c1 - 1))
            && self.atoms[c1 - 1].text.ends_with(|c: char| c != 's')
            && self.actor_ending_at(c1 - 1).is_none_or(|a| a.who == Who::Unknown);
        if named_after_sideless_office {
            return Some(c2 - 1);
        }
        // The subject must end right before the first comma.
        // ("Daniel Chapo, 47, a former governor, called …": past the person's age too)
        let before = &self.atoms[c1 - 1];
        let age_before = before.kind == AtomKind::Number
            && before.text.len() <= 3
            && c1 >= 3
            && self.kind(c1 - 2) == Some(AtomKind::Comma)
            && self.is_name(c1 - 3);
        if age_before {
            return Some(c1 - 3);
        }
        (before.kind == AtomKind::Word || before.kind == AtomKind::Close).then_some(c1 - 1)
    }

    /// A word counting part of a group that acts: "some", "most", "two", "dozens", "150".
    /// "them" at `k` in "some of them", "many of them": part of a group named before.
    fn is_part_of_them(&self, k: usize) -> bool {
        self.word(k, "them") && k >= 2 && self.word(k - 1, "of") && self.is_quantifier(k - 2)
    }

    fn is_quantifier(&self, i: usize) -> bool {
        // (the counting words of `NUMBER_WORDS`, and these; "none of", "few of" deny what follows,
        // "any of" is hypothetical)
        const QUANTIFIERS: [&str; 10] =
            ["some", "many", "most", "all", "each", "half", "one", "dozens", "hundreds", "thousands"];
        self.atoms.get(i).is_some_and(|a| a.kind == AtomKind::Number)
            || crate::rules::NUMBER_WORDS.iter().chain(&QUANTIFIERS).any(|w| self.word(i, w))
    }

    /// Can atom `e` end an actor phrase?
    /// "Some Republican senators are calling for a veto. Some blame the media …": a bare
    /// quantifier opening a clause, standing for part of the group just named.
    fn is_partitive_subject(&self, e: usize) -> bool {
        ["Some", "Many", "Several", "Others", "Most"].contains(&self.atoms[e].text)
            && (e == 0
                || matches!(self.kind(e - 1), Some(AtomKind::Comma | AtomKind::Quote | AtomKind::OpenQuote)))
            && {
                let v = self.skip_right(e + 1, self.n());
                self.is_finite_verbish(v) || self.is_base_verb(v) || self.is_report_word(v)
            }
    }

    /// "…, and Thailand, currently the head of Asean, has voiced …": a clause opening at `s`
    /// with a subject, an aside between commas and a verb of its own.
    fn subject_aside_and_verb(&self, s: usize) -> bool {
        let Some(e) = self.np_right(s).filter(|&e| self.kind(e) == Some(AtomKind::Comma)) else {
            return false;
        };
        let close = (e + 2..(e + 12).min(self.n())).find(|&k| self.kind(k) == Some(AtomKind::Comma));
        close.is_some_and(|c| {
            self.has(c + 1, class::AUX | class::MODAL)
                || self.is_finite_verbish(c + 1) && !self.atoms[c + 1].text.ends_with("ing")
        })
    }

    /// "the French", "the British", "the Chinese": a demonym with no plural of its own, after
    /// "the" and before a verb, is the people (or the state speaking for it).
    fn demonym_people(&self, e: usize) -> bool {
        let t = self.atoms[e].text;
        e >= 1
            && self.word(e - 1, "the")
            && (t.ends_with("sh") || t.ends_with("ch") || t.ends_with("ese") || t.ends_with("ss"))
            && self.atoms.get(e + 1).is_none_or(|b| {
                !b.is_word() || b.is(class::AUX | class::MODAL | class::NEG) || self.is_verbish(e + 1)
            })
    }

    pub fn is_np_end(&self, e: usize) -> bool {
        let Some(a) = self.atoms.get(e) else { return false };
        if a.kind != AtomKind::Word {
            return false;
        }
        // "Lai Ching-te": a lowercase part of a hyphenated name
        if e >= 2
            && self.kind(e - 1) == Some(AtomKind::Hyphen)
            && self.is_name(e - 2)
            && a.mark == NONE
            && a.info.is_none()
        {
            return true;
        }
        if let Some(m) = self.mark(e) {
            if m.end != e + 1 {
                return false;
            }
            return match m.kind {
                PhraseKind::Entity(k, _) => k != EntityKind::Demonym || self.demonym_people(e),
                PhraseKind::Office { .. } | PhraseKind::Head => true,
                _ => false,
            };
        }
        if a.is(class::HEAD) {
            return true;
        }
        // "the fund", "the organization": an organisation named again by the last word of its
        // name (see `resolve`)
        if e > 0 && self.word(e - 1, "the") && a.mark == NONE && self.memory.institution(a.text).is_some() {
            return true;
        }
        if a.is(class::PRON) || self.is_partitive_subject(e) {
            return true;
        }
        // "the oil giant" (see `resolve`)
        if COMPANY_BY_TRADE.iter().any(|w| a.eq(w))
            && (e.saturating_sub(3)..e.saturating_sub(1)).any(|k| self.word(k, "the"))
        {
            return true;
        }
        self.is_name(e)
    }

    /// A capitalised word that is not a known function word or verb: part of a name (or the
    /// lower-case syllable of an East Asian given name).
    #[inline]
    pub fn is_name(&self, i: usize) -> bool {
        let Some(a) = self.atoms.get(i) else { return false };
        if a.kind != AtomKind::Word || a.mark != NONE {
            return false;
        }
        if !a.cap {
            // (cheap tests first: most lower-case words follow no hyphen)
            return a.text.len() <= 4
                && (i >= 3 && self.atoms[i - 1].kind == AtomKind::Hyphen && self.is_name_syllable(i)
                    || self.kind(i + 1) == Some(AtomKind::Hyphen) && self.is_name_particle(i));
        }
        self.is_capitalised_name(i)
    }

    /// [`Self::is_name`] of a capitalised word (not recursive, so that it inlines: it is asked of
    /// every word).
    #[inline(always)]
    fn is_capitalised_name(&self, i: usize) -> bool {
        /// Word classes of open-class words (nouns, verbs, adjectives) that the rules look for;
        /// the others are function words, never names.
        const OPEN_CLASSES: u32 = class::HEAD
            | class::PROPOSAL_NOUN
            | class::READY_VERB
            | class::DEEM
            | class::READY
            | class::LIGHT
            | class::READY_EXPLICIT
            | class::COLLECTIVE
            | class::THREAT_VERB
            | class::YIELD_VERB
            | class::VIOLATION_VERB
            | class::VIOLATION_NEEDS_TREATY
            | class::IMPERATIVE
            | class::WRONGDOING
            | class::STANCE
            | class::VIOLATION_FAILURE
            | class::VIOLATION_NEEDS_VICTIM;
        let a = &self.atoms[i];
        if a.kind != AtomKind::Word || !a.cap || a.mark != NONE {
            return false;
        }
        let Some(w) = a.info else { return true };
        if w.class & !(class::HEAD | class::PROPOSAL_NOUN) == 0 {
            if w.report == 0 && w.claim_verb.is_none() && w.verb == 0 {
                return true;
            }
            return self.surname_that_is_a_word(i)
                || self.word_after_of_in_name(i)
                || self.word_after_the_in_name(i)
                || self.capitalised_in_running_text(i)
                || self.name_end_before_its_verb(i)
                || self.verb_between_name_words(i);
        }
        // "Jeremy Hunt", "Russell Brand": an open-class word the lexicon marks for a rule ("hunt"
        // as a threat, "brand" as calling) is a surname on the same terms as any other word
        if w.class & !OPEN_CLASSES == 0 {
            return self.surname_that_is_a_word(i)
                || self.word_after_the_in_name(i)
                || self.capitalised_in_running_text(i)
                || self.opening_subject_before_its_verb(i)
                || self.name_end_before_its_verb(i);
        }
        if w.class & class::PREP != 0 {
            return self.preposition_inside_name(i);
        }
        // (months and modals out of line: rare)
        w.class & (class::MONTH | class::MODAL | class::HEDGE) != 0 && self.month_or_modal_name(i, w.class)
    }

    /// See [`Self::is_capitalised_name`], for a capitalised month's name or modal at `i`.
    #[cold]
    #[inline(never)]
    fn month_or_modal_name(&self, i: usize, word_class: u32) -> bool {
        let a = &self.atoms[i];
        // "May said …", "May's government": a month's name or a modal the article has named a
        // person by (Theresa May), with a verb or a possessive after it and no preposition
        // before it
        if self.month_named_person(i) {
            return true;
        }
        // "Jan Brewer", "April Ryan": a month's name without a period, right before a surname, is
        // a given name.
        word_class == class::MONTH
            && !a.text.ends_with('.')
            && self.atoms.get(i + 1).is_some_and(|b| {
                b.start == a.end() + 1
                    && b.kind == AtomKind::Word
                    && b.cap
                    && b.mark == NONE
                    && b.info.is_none_or(|w| {
                        w.class & !(class::HEAD | class::PROPOSAL_NOUN) == 0
                            && w.report == 0
                            && w.claim_verb.is_none()
                            && w.verb == 0
                    })
            })
    }

    /// "Doctors Without Borders", "Reporters Without Borders": a capitalised preposition at `i`
    /// between two capitalised words. (Out of line: rare.)
    #[cold]
    #[inline(never)]
    fn preposition_inside_name(&self, i: usize) -> bool {
        let a = &self.atoms[i];
        let cap_word =
            |k: usize| self.atoms.get(k).is_some_and(|b| b.kind == AtomKind::Word && b.cap && b.mark == NONE);
        i > 0
            && cap_word(i - 1)
            && cap_word(i + 1)
            && a.text.len() > 2
            && self.atoms[i - 1].end() + 1 == a.start
            && a.end() + 1 == self.atoms[i + 1].start
    }

    /// "John Grant", "Condoleezza Rice": a capitalised word that is also a verb or a noun is a
    /// surname after a given name, and alone once the article has named its person. (Out of line:
    /// [`Self::is_name`] is asked of every word, this of few.)
    #[inline(never)]
    fn surname_that_is_a_word(&self, i: usize) -> bool {
        let after_given_name = i > 0 && {
            let p = &self.atoms[i - 1];
            p.kind == AtomKind::Word
                && p.cap
                && p.mark == NONE
                && self.lex.first_name_is_female(p.text).is_some()
        };
        after_given_name || self.memory.by_surname(self.atoms[i].text).is_some()
    }

    /// See [`Self::month_or_modal_name`]: "May ruled out …" once the article has named Theresa
    /// May; "in May", "last May", "May 5" stay months.
    fn month_named_person(&self, i: usize) -> bool {
        let a = &self.atoms[i];
        !a.text.ends_with('.')
            && !(i > 0
                && (self.has(i - 1, class::PREP)
                    || ["last", "early", "late", "mid", "next", "this", "since"]
                        .iter()
                        .any(|w| self.word(i - 1, w))))
            && self.atoms.get(if self.is_ly_adverb(i + 1) { i + 2 } else { i + 1 }).is_some_and(|b| {
                b.kind == AtomKind::Possessive
                    || b.kind == AtomKind::Word
                        && !b.cap
                        && b.info.is_some_and(|w| {
                            w.report != 0
                                || w.claim_verb.is_some()
                                || w.verb & (form::PAST | form::THIRD) != 0
                        })
            })
            && self.memory.by_surname(a.text).is_some()
    }

    /// "the Court of Appeals", "the Office of Management": a capitalised word that is also a
    /// verb, after "of" inside a capitalised name (not in a headline, where every word is).
    #[cold]
    #[inline(never)]
    fn word_after_of_in_name(&self, i: usize) -> bool {
        i >= 2
            && self.word(i - 1, "of")
            && self.atoms[i - 2].is_word()
            && self.atoms[i - 2].cap
            && !self.atoms[i - 2].is(class::DET | class::PRON)
            && !self.is_title_case()
    }

    /// "ordered Shell to pay", "said Apple had …", "against Shell": a capitalised word that is
    /// also a verb or marked for a rule, right after a lower-case verb or preposition of running
    /// text, names something (not in a headline, where every word is capitalised, nor after a
    /// quotation mark or a colon, where a slogan may open: "“Stop the war”").
    #[cold]
    #[inline(never)]
    fn capitalised_in_running_text(&self, i: usize) -> bool {
        // (after a verb or a preposition, where an object or a name goes: "the three House
        // committees" keeps its own reading)
        // (not an actor noun, "by Congress", which other rules read)
        i >= 1
            && !self.atoms[i].is(class::HEAD | class::COLLECTIVE)
            && self.atoms[i - 1].kind == AtomKind::Word
            && !self.atoms[i - 1].cap
            && self.atoms[i - 1].info.is_some_and(|w| {
                w.class & class::PREP != 0 || w.verb != 0 || w.report != 0 || w.claim_verb.is_some()
            })
            && !self.is_title_case()
    }

    /// "Shell rejected the claims", "Hunt said": a capitalised word marked for a rule that opens
    /// the sentence, right before a verb in the past or third person, is its subject's name (an
    /// order opening a sentence, "Shell the city", has no verb after it).
    #[cold]
    #[inline(never)]
    fn opening_subject_before_its_verb(&self, i: usize) -> bool {
        (0..i).all(|k| !self.atoms[k].is_word())
            && self.atoms.get(i + 1).is_some_and(|b| {
                b.kind == AtomKind::Word
                    && !b.cap
                    && b.info.is_some_and(|w| w.verb_forms() & (form::PAST | form::THIRD) != 0)
            })
            && !self.is_title_case()
    }

    /// "United Voice demanded …", "Citizens Watch said …": a capitalised word that is also a verb,
    /// after a capitalised word that is no verb and right before a verb in the past or third
    /// person (or, opening the sentence, before a comma), ends a name (not in a title-case
    /// headline, where every word is capitalised).
    #[cold]
    #[inline(never)]
    fn name_end_before_its_verb(&self, i: usize) -> bool {
        i >= 1
            && self.is_capitalised_non_verb(i - 1)
            && self.atoms.get(i + 1).is_some_and(|b| {
                b.kind == AtomKind::Word
                    && !b.cap
                    && b.info.is_some_and(|w| w.verb_forms() & (form::PAST | form::THIRD) != 0 || w.report != 0)
                    // ("United Voice, the left-wing union, demanded …": opening the sentence,
                    // before an aside)
                    || b.kind == AtomKind::Comma && (0..i - 1).all(|k| !self.atoms[k].is_word())
            })
            && !self.is_title_case()
    }

    /// "Energy Transfer Partners", "Harbor Freight Tools": a capitalised word that is also a verb,
    /// between a capitalised word and a capitalised noun that are no verbs, is inside a name (not
    /// in a title-case headline, where every word is capitalised).
    #[cold]
    #[inline(never)]
    fn verb_between_name_words(&self, i: usize) -> bool {
        i >= 1
            && self.is_capitalised_non_verb(i - 1)
            && self.atoms[i - 1].mark == NONE
            && self.is_capitalised_non_verb(i + 1)
            && !self.is_title_case()
    }

    /// Is atom `k` a capitalised word the lexicon knows as no verb (the plain part of a name
    /// around a capitalised word that is also a verb)?
    fn is_capitalised_non_verb(&self, k: usize) -> bool {
        self.atoms.get(k).is_some_and(|b| {
            b.kind == AtomKind::Word
                && b.cap
                && b.info.is_none_or(|w| w.verb == 0 && w.report == 0 && w.claim_verb.is_none())
        })
    }

    /// "the Open Society Foundations", "the Free Syrian Army": a capitalised word that is also a
    /// verb, right after "the" and before another capitalised word that is not a verb (not in a
    /// headline, where every word is).
    #[cold]
    #[inline(never)]
    fn word_after_the_in_name(&self, i: usize) -> bool {
        i >= 1
            && self.word(i - 1, "the")
            && self.is_capitalised_non_verb(i + 1)
            && self.atoms[i + 1].mark == NONE
            && !self.is_title_case()
    }

    /// A name, or a capitalised actor noun inside one ("the Movement for …").
    fn is_name_part(&self, i: usize) -> bool {
        self.is_name(i)
            || self
                .atoms
                .get(i)
                .is_some_and(|a| a.kind == AtomKind::Word && a.cap && a.mark == NONE && a.is(class::HEAD))
    }

    /// Does `i` hold a plain lowercase word that may modify a noun ("written", "defense")?
    pub fn is_modifier(&self, i: usize) -> bool {
        let Some(a) = self.atoms.get(i) else { return false };
        // ("the appeals court": the noun, not the verb of "he appeals the ruling")
        if a.eq("appeals") && a.mark == NONE {
            return ["court", "courts", "panel", "judge", "judges"].iter().any(|w| self.word(i + 1, w));
        }
        // ("state officials", "State lawmakers": the noun, not the verb of "the documents state")
        if a.eq("state") && a.mark == NONE && (!a.cap || i == 0) {
            return self.atoms.get(i + 1).is_some_and(|b| {
                b.is_word()
                    && !b.cap
                    && !b.is(class::DET | class::PREP | class::PRON | class::COORD)
                    && !b.eq("that")
            });
        }
        a.kind == AtomKind::Word
            && a.mark == NONE
            && !a.cap
            // ("could penalise drivers": a word right after a modal is its verb)
            && !(i > 0
                && ["could", "would", "can", "cannot", "may", "might", "must", "should", "shall"]
                    .iter()
                    .any(|w| self.word(i - 1, w)))
            && a.info.is_none_or(|w| {
                w.class & !(class::HEAD | class::PROPOSAL_NOUN) == 0
                    && w.verb == 0
                    && w.report == 0
                    && w.claim_verb.is_none()
            })
            && !a.text.ends_with("ing")
            && (!(a.text.ends_with("ed") && a.text.len() > 4)
                // "the flooded villages", "their detained colleagues": a participle between a
                // determiner and a word is an adjective
                || i > 0
                    && self.atoms[i - 1].is(class::DET)
                    && !self.atoms[i - 1].eq("that")
                    && self.atoms.get(i + 1).is_some_and(|b| b.kind == AtomKind::Word && !b.is(class::PREP | class::DET | class::COORD)))
    }

    /// The end of a plain noun phrase from `s` (determiners, modifiers, nouns, names,
    /// entities), whether or not it names an actor ("all parties").
    pub fn plain_np_end(&self, s: usize) -> usize {
        let mut k = s;
        while k < self.n() && k - s < MAX_NP {
            let a = &self.atoms[k];
            let ok = match a.kind {
                AtomKind::Possessive | AtomKind::Hyphen | AtomKind::Number => true,
                AtomKind::Word => {
                    a.mark != NONE
                        || a.is(class::DET | class::HEAD) && !a.eq("that")
                        || self.is_modifier(k)
                        || self.is_name(k)
                        || a.eq("of") && k > s
                        // "peacekeeping mission": an -ing word before a noun
                        || !a.cap
                            && a.text.ends_with("ing")
                            && a.info.is_none_or(|w| w.class == 0)
                            && self.atoms.get(k + 1).is_some_and(|b| b.is_word() && !b.cap && b.info.is_none_or(|w| w.class & !class::HEAD == 0))
                }
                _ => false,
            };
            if !ok {
                break;
            }
            k += 1;
        }
        k
    }

    /// Part of a hyphenated compound ("army-led", "Russian-backed").
    pub(crate) fn in_compound(&self, i: usize) -> bool {
        self.kind(i + 1) == Some(AtomKind::Hyphen) || i > 0 && self.kind(i - 1) == Some(AtomKind::Hyphen)
    }

    fn has_entity(&self, s: usize, e: usize) -> bool {
        (s..=e).any(|k| self.entity(k).is_some())
    }

    /// The start of the actor phrase ending at `e` (inclusive).
    pub fn np_left(&self, e: usize) -> Option<usize> {
        if !self.is_np_end(e) {
            return None;
        }
        let mut k = self.mark(e).map_or(e, |m| m.start);
        if self.atoms[k].is(class::PRON) {
            // ("some of them", "many of them": part of a group named before)
            if self.is_part_of_them(k) {
                return Some(k - 2);
            }
            return Some(k);
        }
        let mut modifiers = 0;
        while k > 0 && e + 1 - k < MAX_NP {
            let p = k - 1;
            let a = &self.atoms[p];
            // "a defense alliance Mr. Trump has derided": nothing modifies a name opened by
            // "Mr." or "Ms."
            if ["Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms"].contains(&self.atoms[k].text) {
                break;
            }
            // "whose (immediate) resignation Democrats asked for": what "whose" owns is not
            // part of the actor after it
            if p > 0 && self.word(p - 1, "whose") || p > 1 && self.word(p - 2, "whose") && !self.is_name(p) {
                break;
            }
            if let Some(m) = self.mark(p) {
                if matches!(m.kind, PhraseKind::Entity(..) | PhraseKind::Office { .. } | PhraseKind::Head) {
                    k = m.start;
                    modifiers = 0;
                    continue;
                }
                break;
            }
            // "Serbia, Kosovo reject EU plan": a headline joins the sides it opens with by a comma
            if a.kind == AtomKind::Comma
                && p > 0
                && self.entity(k).is_some_and(|(kind, _)| kind != EntityKind::Demonym)
                && self.entity(p - 1).is_some_and(|(kind, _)| kind != EntityKind::Demonym)
                && self.without_full_stop()
                && (0..self.mark(p - 1).map_or(p - 1, |m| m.start)).all(|j| !self.atoms[j].is_word())
            {
                k = p;
                continue;
            }
            // "France, Germany and Italy" (not an "and" inside an office's title: "In Brussels,
            // the High Representative for Foreign Affairs and Security Policy …")
            if a.kind == AtomKind::Comma
                && p > 0
                && self.entity(p - 1).is_some_and(|(kind, _)| kind != EntityKind::Demonym)
                && (k..=e).any(|j| self.atoms[j].eq("and") && self.mark(j).is_none())
            {
                k = p;
                continue;
            }
            match a.kind {
                AtomKind::Possessive | AtomKind::Hyphen | AtomKind::Number => {
                    k = p;
                    continue;
                }
                // "the National Unity Platform (NUP) party": an acronym in brackets inside a name
                AtomKind::Close
                    if p >= 3
                        && self.kind(p - 2) == Some(AtomKind::Open)
                        && self.atoms[p - 1].is_word()
                        && self.atoms[p - 1].text.len() >= 2
                        && self.atoms[p - 1].text.bytes().all(|b| b.is_ascii_uppercase())
                        && self.is_name(p - 3) =>
                {
                    k = p - 3;
                    continue;
                }
                AtomKind::Word => {}
                _ => break,
            }
            // ("told lawmakers his union supported …": a possessive determiner opens the phrase;
            // nothing before it belongs to it)
            // ("the United States and its allies": coordinated, the phrase goes on)
            if ["his", "her", "their", "its", "our", "my", "your"].iter().any(|w| a.eq(w))
                && !(p > 0 && (self.word(p - 1, "and") || self.word(p - 1, "or")))
            {
                k = p;
                break;
            }
            // "…, an accusation Moscow rejected": a charge before a name is the object of a
            // relative clause, no title of the name
            if !a.cap
                && crate::rules::CHARGE_OR_CLAIM_NOUNS.iter().any(|w| a.eq(w))
                && (self.is_name(k) || self.entity(k).is_some())
            {
                break;
            }
            // ("told CNBC the company could not …", "a ruling the oil company called …": a name
            // or a noun right before an article opens no phrase with it)
            if a.is_word()
                && ["the", "a", "an"].iter().any(|w| self.word(k, w))
                && (a.cap && self.is_name(p)
                    || !a.cap && !a.is(class::DET | class::PREP | class::COORD) && !self.is_quantifier(p))
            {
                break;
            }
            // ("South Africa's ruling ANC", "the governing coalition": in power, not a verb)
            let in_power = (a.eq("ruling") || a.eq("governing")) && p > 0 && !self.is_finite_verbish(p - 1);
            if a.is(class::DET) && !a.eq("that") || a.is(class::HEAD) || self.is_name(p) || in_power {
                k = p;
                continue;
            }
            // "Pro-democracy legislators and activists denounced …": two groups named by what
            // they are, in the plural, joined
            // (capitalised only as the sentence's first word)
            let plural_group = |j: usize| {
                self.atoms[j].is(class::HEAD)
                    && (!self.atoms[j].cap || (0..j).all(|i| !self.atoms[i].is_word()))
                    && self.atoms[j].text.ends_with('s')
            };
            // (not the object of a verb before them: "detained students and workers demanded …")
            let after_verb = || {
                let mut j = p - 1;
                while j > 0 && (self.is_modifier(j - 1) || self.kind(j - 1) == Some(AtomKind::Hyphen)) {
                    j -= 1;
                }
                j > 0 && (self.is_finite_verbish(j - 1) || self.is_verbish(j - 1))
            };
            if a.eq("and") && p > 0 && k == e && plural_group(k) && plural_group(p - 1) && !after_verb() {
                k = p - 1;
                continue;
            }
            // "the appeals court", "a federal appeals judge": a noun that is also a verb's third
            // person, after a determiner or a modifier and before the actor's head
            if !a.cap
                && a.text.ends_with('s')
                && p > 0
                && self.atoms[k].is(class::HEAD)
                && (self.has(p - 1, class::DET) || self.is_modifier(p - 1))
            {
                k = p;
                continue;
            }
            // "Mark de Vries", "Ursula von der Leyen": a particle inside a person's name
            if self.is_name(k) && p > 0 && crate::linking::NAME_PARTICLES.contains(&a.text) {
                let mut first = p;
                while first > 0 && crate::linking::NAME_PARTICLES.contains(&self.atoms[first - 1].text) {
                    first -= 1;
                }
                if first > 0 && self.is_name(first - 1) && !self.atoms[first - 1].is(class::DET) {
                    k = first - 1;
                    continue;
                }
            }
            if (a.eq("of")
                || a.eq("in")
                || a.eq("at")
                || a.eq("for")
                || a.eq("on")
                || (a.eq("to") || a.eq("from")) && p > 0 && self.is_office(p - 1)
                || a.eq("from") && p > 0 && self.is_agent_head(p - 1))
                && p > 0
            {
                let before = p - 1;
                let ok_before = self.atoms[before].is(class::HEAD | class::DET)
                    || self.is_office(before)
                    || self.atoms[before].kind == AtomKind::Number
                    || (a.eq("of") && self.is_name(before));
                // "the National Front for the Liberation of …": "for" inside a capitalised name
                let in_name = a.eq("for")
                    && self.is_name_part(before)
                    && (self.is_name(k) || self.word(k, "the") && self.is_name(k + 1));
                // "a lawyer for the woman", "a spokesman for the ministry"
                // "investors in Hong Kong": where an actor named by what it is comes from
                // "every Republican on the committee"
                // "ministers from 27 states": an office says where its holders come from
                let for_agent = (a.eq("for") || a.eq("in") || a.eq("from") || a.eq("on"))
                    && (self.is_agent_head(before)
                        || a.eq("on") && self.entity(before).is_some()
                        || (a.eq("from") || a.eq("in") && self.atoms[before].text.ends_with('s'))
                            && self.is_office(before));
                if (ok_before || in_name || for_agent)
                    && (a.eq("of") || in_name || for_agent || self.has_entity(k, e))
                {
                    k = p;
                    continue;
                }
                break;
            }
            if a.eq("and") && p > 0 && (self.has_entity(k, e) || self.has_entity(p.saturating_sub(4), p - 1))
            {
                let before = p - 1;
                if self.entity(before).is_some_and(|(kind, _)| kind != EntityKind::Demonym)
                    || self.entity(before).is_some() && self.atoms[e].is(class::HEAD)
                    || (self.atoms[before].is(class::HEAD) || self.is_office(before))
                        && self.atoms[before].kind == AtomKind::Word
                {
                    k = p;
                    continue;
                }
                break;
            }
            if a.kind == AtomKind::Word
                && self.in_compound(p)
                && !a.is(class::DET | class::PREP | class::COORD)
            {
                k = p;
                continue;
            }
            let participle_modifier = a.kind == AtomKind::Word
                && !a.cap
                && (a.text.ends_with("ing") || a.text.ends_with("ed"))
                && a.info.is_none_or(|w| w.class == 0)
                && p > 0
                && (self.atoms[p - 1].kind == AtomKind::Possessive
                    || self.atoms[p - 1].is(class::DET)
                    || self.entity(p - 1).is_some()
                    // (", developing nations insisted", "130-plus developing nations": before a
                    // group's head, after no word or a count)
                    || self.atoms[k].is(class::HEAD)
                        && (!self.atoms[p - 1].is_word()
                            || self.word(p - 1, "plus")
                            || self.word(p - 1, "many")
                            || self.word(p - 1, "some")))
                // ("after the meeting Trump said": an -ing noun ends a time phrase before a bare
                // person's name; "the outgoing President", "South Africa's ruling ANC", "the
                // embattled Trump" modify)
                && (self.atoms[k].is(class::HEAD)
                    || self.is_office(k)
                    || self.is_name(k)
                        && (!a.text.ends_with("ing")
                            || self.entity(k).is_some()
                            || !self.atoms[p - 1].is(class::DET)));
            // "the state legislature", "the state senate": a word that is also a verb, between a
            // determiner and an actor's head, is a noun modifying it
            let verb_as_noun = a.kind == AtomKind::Word
                && !a.cap
                && p > 0
                && self.atoms[p - 1].is(class::DET)
                && k == p + 1
                && (self.atoms[k].is(class::HEAD) || self.is_office(k))
                && a.info.is_some_and(|w| w.claim_verb.is_none() && w.noun_act.is_none());
            if a.kind == AtomKind::Word
                // "the purchases Mr. Trump": plain lowercase words do not modify a name
                && (self.is_modifier(p) && (!self.is_name(k) || self.capitalised_modifier(p, k, e))
                    || participle_modifier
                    || verb_as_noun)
                && modifiers < 3
                && !self.atoms[k].is(class::DET)
            {
                modifiers += 1;
                k = p;
                continue;
            }
            break;
        }
        // A phrase does not start with a connective or a bare modifier.
        while k < e
            && (self.atoms[k].kind != AtomKind::Word
                || self.atoms[k].is(class::PREP | class::COORD)
                || self.is_modifier(k) && !self.has_entity(k, e) && k < e && !self.atoms[e].is(class::HEAD))
        {
            k += 1;
        }
        Some(k)
    }

    /// Whether the adjective at `p` modifies the phrase ending at `e` across the capitalised
    /// modifier at `k`: "Iraq's senior Shiite cleric", "the country's top Catholic bishop" (a
    /// phrase headed by a common noun). A name the phrase ends in takes none ("the purchases Mr.
    /// Trump"), nor does a noun before a place's name ("the reason Rukban residents …").
    fn capitalised_modifier(&self, p: usize, k: usize, e: usize) -> bool {
        k < e
            && !self.is_name(e)
            && (self.atoms[e].is(class::HEAD) || self.is_office(e) || self.is_agent_head(e))
            && self.tag(p).is_some_and(|t| t.xpos().starts_with("JJ"))
    }

    /// "the Russian demand", "the Egyptian plan", "the Republican call": the side named by the
    /// adjective at `d` right after "the" (with `organisations`, also a one-word organisation's
    /// name used as one, read as the actor phrase ending at `d`).
    pub(crate) fn side_adjective_at(&self, d: usize, organisations: bool) -> Option<Actor> {
        let m = self.mark(d).filter(|m| m.end == d + 1)?;
        let PhraseKind::Entity(kind @ (EntityKind::Demonym | EntityKind::Org), id) = m.kind else {
            return None;
        };
        if m.start == 0 || !self.word(m.start - 1, "the") {
            return None;
        }
        if kind == EntityKind::Org {
            return self
                .actor_ending_at(d)
                .filter(|a| organisations && (a.s + 1 == m.start || a.s == m.start));
        }
        let s = m.start - 1;
        Some(Actor {
            s,
            e: d + 1,
            who: Who::one(id),
            role: None,
            span: (self.atoms[s].start, self.atoms[d].end()),
        })
    }

    /// The end (exclusive) of a noun phrase starting at `s` to the right: determiners, names,
    /// entities, offices, modifiers, "of …", "in <entity>", coordinated entities.
    pub fn np_right(&self, s: usize) -> Option<usize> {
        let mut k = s;
        let mut last_good = None;
        let mut modifiers = 0;
        while k < self.n() && k - s < MAX_NP {
            let a = &self.atoms[k];
            if let Some(m) = self.mark(k) {
                if matches!(m.kind, PhraseKind::Entity(..) | PhraseKind::Office { .. } | PhraseKind::Head) {
                    k = m.end;
                    last_good = Some(k);
                    continue;
                }
                break;
            }
            match a.kind {
                // ("the main civil servants' union": a possessor's words are its own phrase, and
                // the possessed noun may have modifiers of its own)
                AtomKind::Possessive => {
                    modifiers = 0;
                    k += 1;
                    continue;
                }
                AtomKind::Hyphen | AtomKind::Number => {
                    k += 1;
                    continue;
                }
                AtomKind::OpenQuote | AtomKind::CloseQuote | AtomKind::Quote if k > s => {
                    k += 1;
                    continue;
                }
                // "the United States, China and Russia"
                AtomKind::Comma
                    if last_good == Some(k)
                        && (self.entity(k + 1).is_some_and(|(kind, _)| kind != EntityKind::Demonym)
                            || self.word(k + 1, "the") && self.entity(k + 2).is_some())
                        && (k + 2..(k + 12).min(self.n())).any(|j| self.word(j, "and")) =>
                {
                    k += 1;
                    continue;
                }
                AtomKind::Word => {}
                _ => break,
            }
            // "told her to leave", "asked her about it": "her" with no noun after it is the
            // object pronoun, not a determiner
            if a.eq("her")
                && k == s
                && self.atoms.get(k + 1).is_none_or(|n| !n.is_word() || n.is(class::PREP | class::COORD))
            {
                return Some(k + 1);
            }
            if a.is(class::DET)
                && !a.eq("that")
                && (k == s
                    || self.atoms[k - 1].kind != AtomKind::Word
                    || self.atoms[k - 1].is(class::PREP | class::COORD))
            {
                k += 1;
                continue;
            }
            if a.is(class::HEAD) || self.is_name(k) || a.is(class::PRON) && k == s && !a.eq("it") {
                k += 1;
                last_good = Some(k);
                if a.is(class::PRON) {
                    break;
                }
                continue;
            }
            if (a.eq("in") || a.eq("of")) && last_good == Some(k) && self.entity(k + 1).is_some()
                || a.eq("in") && self.word(k + 1, "the") && self.entity(k + 2).is_some()
            {
                k += 1;
                continue;
            }
            if a.eq("and")
                && last_good == Some(k)
                && (self.entity(k + 1).is_some()
                    || self.word(k + 1, "the") && self.entity(k + 2).is_some()
                    // two names the gazetteer does not know: "Aster and Varnholm"
                    || k > 0 && self.is_name(k - 1) && self.is_name(k + 1)
                    // ("Paul Ryan and Minority Leader Nancy Pelosi": a name, then an office
                    // holder's title and name)
                    || k > 0
                        && self.is_name(k - 1)
                        && self
                            .mark(k + 1)
                            .is_some_and(|m| matches!(m.kind, PhraseKind::Office { .. }) && self.is_name(m.end)))
            {
                k += 1;
                continue;
            }
            // ("Iran-backed Houthi rebels", "Saudi-led coalition": who backs or leads the group
            // the phrase goes on to name)
            if k > s
                && self.kind(k - 1) == Some(AtomKind::Hyphen)
                && [
                    "backed",
                    "funded",
                    "sponsored",
                    "led",
                    "allied",
                    "aligned",
                    "based",
                    "owned",
                    "supported",
                ]
                .iter()
                .any(|w| a.eq(w))
                && self.atoms.get(k + 1).is_some_and(|n| n.is_word())
            {
                k += 1;
                continue;
            }
            if self.is_modifier(k) && (modifiers < 2 || self.kind(k + 1) == Some(AtomKind::Possessive)) {
                modifiers += 1;
                k += 1;
                continue;
            }
            // "the striking dockworkers", "striking transport unions": a participle before a
            // group noun, or before one word that modifies it
            if !a.cap
                && (a.text.ends_with("ing") || a.text.ends_with("ed"))
                && a.info.is_none_or(|w| w.class == 0)
                && (self.has(k + 1, class::HEAD)
                    // (not after a name: "Moscow expelled two diplomats" has a verb)
                    || last_good != Some(k)
                        && self.has(k + 2, class::HEAD)
                        && self.is_modifier(k + 1)
                        && !self.atoms[k + 1].cap)
            {
                k += 1;
                continue;
            }
            break;
        }
        last_good
    }

    /// Who the phrase `s..=e` stands for, if it names an actor. Also used for addressees.
    pub fn resolve(&self, s: usize, e: usize) -> Option<Who> {
        // "Beshear — whose father, as governor, implemented …": a relative of the one just named,
        // inside an aside about them, speaks for no one here
        if s > 0
            && self.word(s - 1, "whose")
            && self.atoms[e].info.is_some_and(|w| w.role == Some(crate::model::Role::CivilSociety))
        {
            return None;
        }
        // "anti-government", "pro-Kremlin": a modifier whose noun has not come yet
        if e >= s + 2
            && self.kind(e - 1) == Some(AtomKind::Hyphen)
            && ["anti", "pro", "non"].iter().any(|w| self.word(e - 2, w))
        {
            return None;
        }
        // "some of the senators", "two of the protesters": part of a group speaks for it
        // ("some of them": part of those just named)
        if (e >= s + 3 || e == s + 2 && self.word(e, "them"))
            && self.word(s + 1, "of")
            && self.is_quantifier(s)
        {
            return self.resolve(s + 2, e);
        }
        // "Hurricane Rita threatened to disrupt …", "Typhoon Haiyan": a named storm is no actor
        // (the storm's word right before the phrase's last word, and after no capitalised word but
        // "Tropical": not "the US National Hurricane Center"; hurricanes have given names)
        if e > 0
            && self.atoms[e].cap
            && self.atoms[e - 1].cap
            && (e < 2 || !self.atoms[e - 2].cap || ["tropical", "super"].iter().any(|w| self.word(e - 2, w)))
        {
            let given_name = self.lex.first_name_is_female(self.atoms[e].text).is_some();
            let storm = ["hurricane", "storm"].iter().any(|w| self.word(e - 1, w)) && given_name
                || ["typhoon", "cyclone"].iter().any(|w| self.word(e - 1, w))
                    && (given_name || self.atoms[e].info.is_none());
            if storm {
                return None;
            }
        }
        // "Ukraine's allies", "Iran's rivals": a relation to a side is not that side.
        if e > s
            && [
                "allies",
                "partners",
                "backers",
                "friends",
                "neighbours",
                "neighbors",
                "enemies",
                "rivals",
                "opponents",
                "critics",
                "adversaries",
                // ("Greece's creditors" lend to Greece; they are not Greece)
                "creditors",
                "lenders",
                "donors",
                "detractors",
                "foes",
            ]
            .iter()
            .any(|w| self.word(e, w))
            && (s..e).any(|k| self.atoms[k].kind == AtomKind::Possessive)
        {
            return Some(Who::Unknown);
        }
        // "Sen. Lindsey Graham of South Carolina", "Missouri Rep. Todd Akin": a legislator's
        // state is the seat they hold, not a side they speak for (a governor's or a minister's is)
        let legislator = (s..=e).find(|&k| self.is_legislator_title(k));
        // "political observers in Arizona", "analysts in Moscow": commentators wherever they are
        // (the place they are in is not a side they speak for)
        // (the head serves the later tests too)
        let head = self.head_of(s, e);
        if head < e && COMMENTATORS.iter().any(|w| self.word(head, w)) {
            return self.resolve(s, head);
        }
        let mut ids = [0u32; 4];
        let mut n = 0u8;
        let mut opened_longer_name = false;
        let mut k = s;
        while k <= e {
            if let Some((_, id)) = self.entity(k) {
                let seat =
                    |title: usize| k < title || k >= 2 && self.word(k - 1, "of") && self.is_name(k - 2);
                if self.lex.norm_is_region[id as usize] && legislator.is_some_and(seat) {
                    k = self.mark(k).map_or(k + 1, |m| m.end);
                    continue;
                }
                // "American Airlines", "Washington Post": part of another name.
                let end = self.mark(k).map_or(k + 1, |m| m.end);
                // ("Moscow-backed separatists", "Iran-funded militias": who backs an actor is not
                // its side; "a Cairo-based group" is, where it sits, Egyptian)
                let backer = self.kind(end) == Some(AtomKind::Hyphen)
                    && ["backed", "funded", "sponsored"].iter().any(|w| self.word(end + 1, w));
                if self.opens_longer_name(k) || backer {
                    opened_longer_name |= !backer;
                    k = end;
                    continue;
                }
                if !ids[..n as usize].contains(&id) && (n as usize) < ids.len() {
                    ids[n as usize] = id;
                    n += 1;
                }
                k = self.mark(k).map_or(k + 1, |m| m.end);
                continue;
            }
            // "Russia's ambassador to the UN", "the US envoy in Moscow": the place an official
            // is posted to is not the side they speak for.
            if n > 0 && ["to", "in", "at"].iter().any(|w| self.word(k, w)) {
                break;
            }
            k += 1;
        }
        // "lawyers for Epstein's victims": a possessor is not who the phrase names, unless
        // what is possessed acts for them ("Mueller's office", "Trump's lawyers")
        let possessor = |k: usize| {
            k + 2 <= e
                && self.kind(k + 1) == Some(AtomKind::Possessive)
                && !self.is_office(k + 2)
                && ![
                    "office",
                    "team",
                    "campaign",
                    "lawyer",
                    "lawyers",
                    "attorney",
                    "attorneys",
                    "administration",
                    "government",
                    "aide",
                    "aides",
                    "staff",
                    "allies",
                    "camp",
                    "party",
                    "statement",
                    "letter",
                ]
                .iter()
                .any(|w| self.word(k + 2, w))
        };
        // "Acme Inc. said it would …": a company the article names is that company, not a
        // person whose surname would be "Inc."
        if e > s
            && self.is_name(e)
            && crate::linking::COMPANY_ENDINGS.contains(&self.atoms[e].text.trim_end_matches('.'))
        {
            if let Some(first) = (s..e).find(|&k| self.is_name(k)) {
                if let Some(g) = self.memory.group_by_name(&self.name_text(first, e + 1)) {
                    return Some(Who::Group(g));
                }
            }
        }
        // A person introduced earlier in the article, named here by surname.
        // (a given name or a gendered title tells two people of one surname apart, asked only
        // once the article has named two)
        let namesakes = self.memory.has_namesakes();
        for k in (s..=e).rev() {
            if self.is_name(k) && !possessor(k) {
                let (given, gender) = if namesakes {
                    let given = k
                        .checked_sub(1)
                        .filter(|&g| {
                            g >= s
                                && self.atoms[g].cap
                                && self.lex.first_name_is_female(self.atoms[g].text).is_some()
                        })
                        .map(|g| self.atoms[g].text);
                    (given, (s..k).find_map(|t| self.title_at(t)).unwrap_or(crate::memory::Gender::Unknown))
                } else {
                    (None, crate::memory::Gender::Unknown)
                };
                if let Some(p) = self.memory.by_name(self.atoms[k].text, given, gender) {
                    // ("Russian analyst Ivan Petrov": a commentator speaks for no side)
                    let commentator =
                        || (s..k).any(|o| self.is_office(o) && self.is_commentator_office(o, o + 1));
                    if n == 0 || !self.memory.people[p].norm.is_empty() || commentator() {
                        return Some(Who::Person(p));
                    }
                }
            }
        }
        // "Missouri Rep. Todd Akin … as the Republican congressman vowed …": a definite office
        // the article has given to a person, with a side that is theirs or that they have none
        // of, is that person
        if n > 0 && self.word(s, "the") {
            let office = (s + 1..=e).find(|&k| self.is_office(k)).and_then(|k| self.mark(k).copied());
            if let Some(m) = office.filter(|m| m.end == e + 1) {
                if let Some(p) = self.memory.by_office(&self.office_key(m.start, m.end)) {
                    let side = self.lex.norm_ids_of(&self.memory.people[p].norm);
                    if side.is_empty() || side.iter().all(|id| ids[..n as usize].contains(id)) {
                        return Some(Who::Person(p));
                    }
                }
            }
        }
        if n > 0 {
            return Some(Who::Norms(ids, n));
        }
        // "the ministry's office", "the union's lawyers": who acts for the possessor is the
        // possessor's side
        if e >= s + 2
            && self.kind(e - 1) == Some(AtomKind::Possessive)
            && [
                "office",
                "team",
                "campaign",
                "lawyers",
                "lawyer",
                "attorneys",
                "spokesman",
                "spokeswoman",
                "spokesperson",
            ]
            .iter()
            .any(|w| self.word(e, w))
        {
            if let Some(who) = self.resolve(s, e - 2) {
                return Some(who);
            }
        }
        // the object pronoun (`np_right` ends a phrase after "her" only when no noun follows),
        // unresolved like "him"
        if s == e && self.word(s, "her") {
            return Some(Who::Unknown);
        }
        if s == e && self.atoms[s].is(class::PRON) {
            let a = &self.atoms[s];
            if a.eq("he") || a.eq("she") {
                // Without an earlier person the side stays unknown, but "he" still acts.
                let female = a.eq("she");
                let fits = |p: usize| {
                    let g = self.memory.people[p].gender;
                    g == crate::memory::Gender::Unknown || (g == crate::memory::Gender::Female) == female
                };
                let person = self
                    .memory
                    .resolve_pronoun(female, s, self.atoms[s].quoted)
                    .or(self.memory.last_person.filter(|&p| fits(p) && !self.memory.named_only_after(p, s)));
                return Some(person.map_or(Who::Unknown, Who::Person));
            }
            if a.eq("they") || self.is_part_of_them(s) {
                // "Pressed by A and B, they refused": the agents of an opening passive clause
                // are not who "they" are
                let after_agent_clause = s >= 2
                    && self.kind(s - 1) == Some(AtomKind::Comma)
                    && (0..s.min(4)).any(|k| self.word(k, "by"))
                    && self.atoms.first().is_some_and(|f| f.text.ends_with("ed"));
                let who = if after_agent_clause {
                    self.memory.plural_before_this_sentence()
                } else {
                    self.memory.plural()
                };
                if let Some(who) = who {
                    return Some(who);
                }
            }
            // "While China needs to buy …, it has balked on terms": the state named just before
            if a.eq("it") && self.atoms.get(s + 1).is_some_and(|n| n.is_word()) {
                if let Some(id) = self.memory.entity_for_it(s) {
                    return Some(Who::one(id));
                }
            }
            // "… the company said. It said it had offered …": an "it" that speaks is the state or
            // organisation the sentence before spoke of, else the company the article names
            // (and one that makes a claim itself: "… . It accused Sweden of …")
            let mut next = self.skip_right(s + 1, self.n());
            // ("It had previously rejected …": past the auxiliaries, a participle will do)
            let mut forms = form::PAST | form::THIRD;
            while self.has(next, class::AUX) && !self.has(next, class::MODAL) && next < s + 5 {
                next = self.skip_right(next + 1, self.n());
                forms |= form::PART | form::BASE;
            }
            let claim_verb = self
                .atoms
                .get(next)
                .is_some_and(|v| v.info.is_some_and(|w| w.claim_verb.is_some_and(|(_, f)| f & forms != 0)));
            if a.eq("it") && (self.is_report_word(next) || claim_verb) {
                // ("Three states sent a letter to the council. It demanded …": the letter, and so
                // whoever sent it)
                if s == 0 {
                    if let Some(author) =
                        self.memory.document_author_just_before().filter(|a| a.who != Who::Unknown)
                    {
                        return Some(author.who);
                    }
                }
                // ("The union said it would strike. It accused …": the group just speaking)
                if let Some(g) = self.memory.unnamed_group_subject_before() {
                    return Some(Who::Group(g));
                }
                if let Some(id) = self.memory.subject_entity_before() {
                    return Some(Who::one(id));
                }
                if let Some(g) = self.memory.company {
                    return Some(Who::Group(g));
                }
            }
            // "we", "it", "they": the caller resolves them to the speaker of the clause.
            return Some(Who::Unknown);
        }
        // "Some blame the media …": part of the group just named, else no actor
        if s == e && self.is_partitive_subject(s) {
            return self.memory.plural();
        }
        // "Chile's defence ministry denied …. The ministry also rejected …": the side of the
        // institution last named with this head
        if e > s
            && self.word(s, "the")
            && self.is_institution(e)
            && (s + 1..e).all(|k| self.entity(k).is_none() && self.atoms[k].kind != AtomKind::Possessive)
        {
            // (else, opening its sentence, the state the sentence before was about: "Manila
            // summoned China's envoy. The foreign ministry said …" is Manila's; else, like a
            // spokesperson's, the state the article is clearly about: "the foreign ministry" in
            // a story about Iran is Iran's)
            let opening = (0..s).all(|k| !self.atoms[k].is_word());
            let side = self
                .memory
                .institution(self.atoms[e].text)
                .or_else(|| {
                    self.memory
                        .subject_entity_before()
                        .filter(|&id| opening && !self.lex.norm_is_org[id as usize])
                })
                .or_else(|| self.memory.main_state());
            if let Some(id) = side {
                return Some(Who::one(id));
            }
            // "the foreign ministry", "the defence ministry" with no side known: still an actor
            if self.mark(e).is_some_and(|m| m.kind == PhraseKind::Head && m.start > s) {
                return Some(Who::Unknown);
            }
        }
        // "The European Commission proposed …. The commission rejected …": an organisation
        // named again by the last word of its name
        if e == s + 1 && self.word(s, "the") && self.atoms[e].is_word() && self.entity(e).is_none() {
            if let Some(id) =
                self.memory.institution(self.atoms[e].text).filter(|&id| self.lex.norm_is_org[id as usize])
            {
                return Some(Who::one(id));
            }
        }
        // "the bloc", "the alliance": the organisation the article is about, or an unnamed one.
        if e == s + 1 && self.word(s, "the") && BLOC_NOUNS.iter().any(|w| self.word(e, w)) {
            // "Anwar said the bloc would not …": the speaker is the better actor, as for "it"
            if s.checked_sub(1).is_some_and(|p| self.is_report_word(p)) {
                return Some(Who::Unknown);
            }
            // ("Amnesty International published a report. The organization said …": read below
            // as "the group" is)
            let organisation = ["organisation", "organization"].iter().any(|w| self.word(e, w));
            if !organisation
                || self.memory.organisation.is_none() && self.memory.subject_entity_before().is_none()
            {
                return Some(self.memory.last_org.map_or(Who::Unknown, Who::one));
            }
        }
        // "North Korea threatened …. The North denied any role": half of a divided land, named
        // before in full
        if e == s + 1 && self.word(s, "the") && self.atoms[e].cap {
            let half = ["North", "South"].into_iter().find(|w| self.atoms[e].text == *w);
            if let Some(half) = half {
                let named = self.memory.mentioned_state(|id| {
                    self.lex.norm(id).strip_prefix(half).is_some_and(|rest| rest.starts_with(' '))
                });
                if let Some(id) = named {
                    return Some(Who::one(id));
                }
            }
        }
        // "Iran's foreign minister spoke in Tehran. He said the country would not …": the state
        // the article is clearly about
        if e == s + 1 && self.word(s, "the") && (self.word(e, "country") || self.word(e, "nation")) {
            if let Some(id) = self.memory.main_state() {
                return Some(Who::one(id));
            }
        }
        // "Human Rights Watch accused …. The group called for …": the organisation the sentence
        // before had for its subject
        if e == s + 1
            && self.word(s, "the")
            && ["group", "organisation", "organization"].iter().any(|w| self.word(e, w))
        {
            if let Some(id) =
                self.memory.subject_entity_before().filter(|&id| self.lex.norm_is_org[id as usize])
            {
                return Some(Who::one(id));
            }
            if let Some(g) = self.memory.organisation {
                return Some(Who::Group(g));
            }
        }
        // "The Writers Guild of America went on strike. The union said …": the union named before
        if e == s + 1 && self.word(s, "the") && self.word(e, "union") {
            if let Some(g) = self.memory.union {
                return Some(Who::Group(g));
            }
        }
        // "Acme Mining Corp. said …. The company rejected …": the company named before
        if e == s + 1
            && self.word(s, "the")
            && [
                "company",
                "firm",
                "label",
                "airline",
                "carrier",
                "automaker",
                "carmaker",
                "drugmaker",
                "chipmaker",
                "lender",
                "insurer",
                "retailer",
                "manufacturer",
            ]
            .iter()
            .any(|w| self.word(e, w))
        {
            if let Some(g) = self.memory.company {
                return Some(Who::Group(g));
            }
        }
        // "The oil giant rejected …", "the Swiss pharmaceutical giant": a company named by its
        // trade (the one named before, else one not named)
        if e > s + 1
            && e <= s + 3
            && self.word(s, "the")
            && COMPANY_BY_TRADE.iter().any(|w| self.word(e, w))
            && (s + 1..e).all(|k| {
                self.is_modifier(k) || self.entity(k).is_some_and(|(kind, _)| kind == EntityKind::Demonym)
            })
        {
            return Some(self.memory.company.map_or(Who::Unknown, Who::Group));
        }
        // "“Our members will strike,” the union leader said": the speaker's own side, in quoted
        // words (the report gives it its speaker)
        if self.word(s, "our") && self.atoms[s].quoted && self.is_own_side_noun(s + 1, e) {
            return Some(Who::Unknown);
        }
        // "The two states filed a lawsuit …. The complaint says …", "the federal suit argues":
        // a definite legal document speaks for whoever the article said brought it
        if e > s
            && ["the", "this", "their", "its"].iter().any(|w| self.word(s, w))
            && self.is_legal_document(e)
            && (s + 1..e).all(|k| self.atoms[k].is_word() && !self.atoms[k].cap)
        {
            if let Some(filer) = self.memory.legal_filer() {
                return Some(filer.who);
            }
        }
        // "Nebraska and Oklahoma sued Colorado. The two states say …": the pair just named
        let pair = e == s + 2 && self.word(s, "the") && self.word(s + 1, "two")
            || e == s + 1 && self.word(s, "both");
        if pair && STATE_PLURALS.iter().chain(&["neighbours", "neighbors"]).any(|w| self.word(e, w)) {
            if let Some(who @ Who::Norms(_, 2)) = self.memory.plural() {
                return Some(who);
            }
        }
        // "NATO leaders met …. Several member states rejected …": the members of the
        // organisation the article is about
        if e > s
            && self.word(e - 1, "member")
            && STATE_PLURALS.iter().any(|w| self.word(e, w))
            && (s..e - 1).all(|k| self.atoms[k].is_word() && !self.atoms[k].cap || k == s)
        {
            if let Some(org) = self.memory.last_org {
                return Some(Who::one(org));
            }
        }
        if self.unknown_demonym_body(s, e) || self.generic_states(s, e) {
            return Some(Who::Unknown);
        }
        // "Every Republican on the committee demanded …. the lawmakers slammed …": a definite
        // plural of people with nothing else goes back to the one side just named as several
        if e == s + 1
            && self.word(s, "the")
            && (self.is_office(e) || self.atoms[e].is(class::HEAD))
            && self.atoms[e].text.ends_with('s')
            && !self.atoms[e].cap
        {
            let one_side = |who: &Who| self.is_one_side(who);
            // ("The police invited them. The lawmakers refused": not a group of another kind)
            // ("Democrats rejected the bill. The rebels said …": fighters, police or businesses
            // are no party's members; a side with no role stands for its politicians)
            use crate::model::Role;
            let (role, earlier_role) = (self.role_of(s, e), self.memory.plural_role());
            let political = |r: Option<Role>| {
                matches!(
                    r,
                    None | Some(Role::Government | Role::Opposition | Role::Legislature | Role::Party)
                )
            };
            let same_kind =
                role.is_none() || role == earlier_role || earlier_role.is_none() && political(role);
            if let Some(who) = self.memory.plural().filter(one_side).filter(|_| same_kind) {
                return Some(who);
            }
        }
        // "Relatives of the victims", "Supporters of the president": a group named by whom or
        // what it belongs to (neither is its side)
        if head < e
            && self.word(head + 1, "of")
            && self.atoms[head].is(class::COLLECTIVE)
            && self.atoms[head].is_word()
        {
            return Some(Who::Unknown);
        }
        if let Some(office) = (s..=e).find(|&k| self.is_office(k)) {
            let m = self.mark(office)?;
            let name_after = (m.end..=e).any(|k| self.is_name(k));
            if !name_after {
                let key = self.office_key(m.start, m.end);
                if let Some(p) = self.memory.by_office(&key) {
                    return Some(Who::Person(p));
                }
                // "its leader", "their spokesman": the office of the side the pronoun stands for
                if s + 1 == m.start {
                    if let Some(side) = self.possessor_side(s) {
                        return Some(side);
                    }
                }
                // "the senator", "a judge", "its leader": one holder the article does not name is
                // still an actor; a bare plural ("officials") is a source, not a side.
                let singular = s < m.start
                    && ["the", "a", "an", "its", "their", "his", "her"].iter().any(|w| self.word(s, w))
                    && !self.atoms[m.end - 1].text.ends_with('s');
                // ("the defendants", "the two candidates": parties to a case or a race speak for
                // themselves, however many)
                // ("several opposition candidates", "three plaintiffs": counted or described)
                let parties = s < m.start
                    && (self.word(s, "the")
                        || self.is_quantifier(s)
                        || self.kind(s) == Some(AtomKind::Number)
                        || (s..m.start).any(|k| self.word(k, "opposition")))
                    && ["defendants", "plaintiffs", "candidates"].iter().any(|w| self.word(m.end - 1, w));
                // ("Tesla's chief executive", "Smith's lawyer": the office of someone named, whom
                // the gazetteer does not know)
                let named_possessor = m.start >= s + 2
                    && self.atoms[m.start - 1].kind == AtomKind::Possessive
                    && (s..m.start - 1).all(|k| self.is_name(k));
                // ("NASA officials", "FIFA executives": the officers of a body named by an acronym
                // the gazetteer does not know)
                let acronym_body = m.start > s
                    && (s..m.start).all(|k| self.is_name(k))
                    && (s..m.start).any(|k| self.is_acronym(k));
                return (singular
                    || parties
                    || self.of_counted_sides(m.start, m.end - 1, e)
                    || named_possessor
                    || acronym_body
                    || self.described_actor(s, e))
                .then_some(Who::Unknown);
            }
            return Some(Who::Unknown);
        }
        // "his government", "her ministry": the side of the person the pronoun refers to
        if e > s && (self.word(s, "his") || self.word(s, "her")) && self.atoms[e].is(class::HEAD) {
            if let Some(side) = self.possessor_side(s) {
                return Some(side);
            }
        }
        // "the striking dockworkers", "the miners' union": an organised group of its own; "the
        // lawsuit": a legal document speaks for whoever filed it
        let document = self.is_legal_document(head) && (s..e).all(|k| !self.atoms[k].is(class::PRON));
        // "the two leaders", "both leaders": people the article has counted, not a bare source
        // ("the security forces": a head of several words is one)
        let head_start =
            self.mark(e).filter(|m| m.kind == PhraseKind::Head && m.end == e + 1).map_or(e, |m| m.start);
        let counted = e > s
            && (self.atoms[e].is(class::HEAD) || head_start < e)
            && !COMMENTATORS.iter().any(|w| self.word(e, w))
            && self.atoms[e].is_word()
            && self.atoms[e].text.ends_with('s')
            && (head_start == s + 1 && (self.word(s, "the") || self.word(s, "both"))
                || e == s + 2
                    && self.word(s, "the")
                    && crate::rules::NUMBER_WORDS.iter().any(|w| self.word(s + 1, w)));
        // "the Smith campaign", "his campaign" speak; "a signature campaign promise" does not
        if self.word(e, "campaign")
            && !(e > s
                && (self.is_name(e - 1)
                    || self.kind(e - 1) == Some(AtomKind::Possessive)
                    || e == s + 1 && ["the", "his", "her", "their", "its"].iter().any(|w| self.word(s, w))))
        {
            return None;
        }
        if self.atoms[e].is(class::COLLECTIVE) && self.atoms[e].is_word()
            || self.described_actor(s, e)
            || document
            || counted
        {
            return Some(Who::Unknown);
        }
        // Two or more capitalised words, or an acronym: a person or body the gazetteer does
        // not know.
        // ("the main union ADEDY", "the largest farmers' group FNSEA": a described group with
        // its acronym after the head; the description's modifiers come before the head)
        let acronym = (s..=e).any(|k| self.is_acronym(k));
        let last_head = (s..=e).rfind(|&k| self.atoms[k].is(class::HEAD));
        if acronym
            && (s..=e).all(|k| {
                self.is_name(k)
                    || self.atoms[k].is(class::DET | class::HEAD)
                    || last_head.is_some_and(|h| k < h)
                        && (self.is_modifier(k) || self.atoms[k].kind == AtomKind::Possessive)
            })
        {
            return Some(Who::Unknown);
        }
        // ("The Democratic Center": a known name opening a longer one the lexicons do not know)
        if opened_longer_name
            && (s..=e)
                .all(|k| self.is_name_part(k) || self.entity(k).is_some() || self.atoms[k].is(class::DET))
        {
            return Some(Who::Unknown);
        }
        let names = (s..=e).filter(|&k| self.is_name(k)).count();
        if names >= 2 && (s..=e).all(|k| self.is_name(k) || self.atoms[k].kind == AtomKind::Hyphen) {
            return Some(Who::Unknown);
        }
        // "The Republic of Veloria", "the National Front for Democracy": a capitalised name with
        // a leading article and connectives between its capitalised words.
        if names >= 2 && self.is_name(e) && self.is_joined_name(s, e) {
            return Some(Who::Unknown);
        }
        // A lone surname ("Stoltenberg"); at the start of a sentence a capitalised plural
        // ("Analysts") is more likely a common noun.
        if names == 1 && s == e {
            let t = self.atoms[s].text;
            let sentence_start = (0..s).all(|k| !self.atoms[k].is_word());
            // "Inflation should fall …", "Unemployment rose": abstract-noun endings no surname has
            // (the tagger reads a sentence's first capitalised word as a noun either way)
            let common_noun = sentence_start
                && ["tion", "sion", "ment", "ness", "ity", "ism", "ance", "ence", "ship"]
                    .iter()
                    .any(|suffix| t.len() > suffix.len() + 2 && t.ends_with(suffix));
            // ("Williams rejected …": a word ending in -s the lexicons do not know, that the tagger
            // reads as a proper noun, is a surname; not "Tensions threatened …")
            // (asked last, and only before a verb that makes claims or reports them: tagging a
            // sentence costs)
            // ("Jones has demanded …", "Adams would not reject …", "Jones, a Democrat, said …":
            // past auxiliaries and an aside)
            let surname = || {
                let mut v = self.past_aside(s + 1, |k| {
                    self.is_verbish(k) || self.is_report_word(k) || self.has(k, class::AUX | class::MODAL)
                });
                let first = v;
                while v < first + 3 && self.has(v, class::AUX | class::MODAL | class::NEG | class::ADV) {
                    v += 1;
                }
                // ("Nunes accuses …", "Jones says …": a verb agreeing with one subject, where a
                // plural would take the base form, "Analysts say")
                let agrees_with_one = |w: &crate::lexicon::WordInfo| {
                    let forms = w.verb_forms() | w.report;
                    v == first && forms & form::THIRD != 0 && forms & form::BASE == 0
                };
                self.atoms[s].info.is_none()
                    && self
                        .atoms
                        .get(v)
                        .and_then(|a| a.info)
                        .is_some_and(|w| w.claim_verb.is_some() || w.report != 0)
                    && (self.atoms.get(v).and_then(|a| a.info).is_some_and(agrees_with_one)
                        // ("Bernie Sanders …" before: "Sanders called …" is his surname)
                        || self.memory.by_surname(t).is_some()
                        || self.tag(s).is_some_and(|tag| matches!(tag.xpos(), "NNP" | "NNPS")))
            };
            if t.chars().count() >= 3
                && !common_noun
                && !(sentence_start && (t.chars().count() < 4 || t.ends_with('s') && !surname()))
            {
                return Some(Who::Unknown);
            }
        }
        // "farmers' groups in the region", "unions across the north": a group before the place
        // it is in, the place naming no side
        if head < e
            && ["in", "across", "from", "near", "outside"].iter().any(|w| self.word(head + 1, w))
            && (self.atoms[head].is(class::COLLECTIVE) && self.atoms[head].is_word()
                || self.described_actor(s, head))
        {
            return Some(Who::Unknown);
        }
        None
    }

    /// The one side a possessive pronoun at `s` stands for: "his", "her" the person it refers
    /// to; "its" the state or organisation the sentence before had for its subject; "their" the
    /// side just named as several.
    fn possessor_side(&self, s: usize) -> Option<Who> {
        if self.word(s, "his") || self.word(s, "her") {
            let p = self.memory.resolve_pronoun(self.word(s, "her"), s, self.atoms[s].quoted)?;
            return match self.lex.norm_ids_of(&self.memory.people[p].norm)[..] {
                [id] => Some(Who::one(id)),
                _ => None,
            };
        }
        if self.word(s, "its") {
            return self.memory.subject_entity_before().map(Who::one);
        }
        if self.word(s, "their") {
            return self.memory.plural().filter(|who| self.is_one_side(who));
        }
        None
    }

    /// Does `who` stand for one side: one state or organisation, or a group with a side?
    fn is_one_side(&self, who: &Who) -> bool {
        match *who {
            Who::Norms(_, 1) => true,
            Who::Group(g) => self.memory.groups.get(g as usize).is_some_and(|g| !g.norm.is_empty()),
            _ => false,
        }
    }

    /// "The Kestrian government", "Velorian officials", "the Ostrevan Foreign Ministry": a
    /// capitalised word shaped like a demonym the gazetteer does not know, then an actor noun or
    /// an office.
    fn unknown_demonym_body(&self, s: usize, e: usize) -> bool {
        let first = if self.atoms[s].is(class::DET) { s + 1 } else { s };
        if first >= e || !self.is_name(first) {
            return false;
        }
        // Only in subject position: "urged African leaders to …" keeps its object unnamed.
        if !self.in_subject_position(s) {
            return false;
        }
        let t = self.atoms[first].text;
        let demonym_like = t.chars().count() >= 5 && ["an", "ese", "ish", "i"].iter().any(|x| t.ends_with(x));
        let ends_in_actor = self.atoms[e].is(class::HEAD)
            || self.mark(e).is_some_and(|m| matches!(m.kind, PhraseKind::Office { .. }));
        demonym_like
            && ends_in_actor
            && (first + 1..=e)
                .all(|k| self.mark(k).is_some() || self.atoms[k].is(class::HEAD) || self.is_modifier(k))
    }

    /// Does a phrase starting at `s` open a clause (sentence start, after punctuation, a
    /// conjunction or a reporting verb)?
    pub(crate) fn in_subject_position(&self, s: usize) -> bool {
        s.checked_sub(1).is_none_or(|p| {
            let b = &self.atoms[p];
            b.kind != AtomKind::Word || b.is(class::COORD | class::SUB | class::REL) || self.is_report_word(p)
        })
    }

    /// "Small island states", "Developing countries", "Several governments": a plural of
    /// states as the subject, a side of its own with no name.
    fn generic_states(&self, s: usize, e: usize) -> bool {
        STATE_PLURALS.iter().any(|w| self.word(e, w))
            && self.in_subject_position(s)
            // "said countries should resist …" asks nobody in particular
            && !s.checked_sub(1).is_some_and(|p| self.is_report_word(p))
            && (s..e).all(|k| {
                let a = &self.atoms[k];
                a.is(class::DET)
                    || self.is_modifier(k)
                    || self.is_name(k)
                    // ("developing countries", "130-plus emerging economies", "many poor nations")
                    || a.is_word()
                        && !a.cap
                        && (a.text.ends_with("ing") || a.text.ends_with("ed"))
                        && a.info.is_none_or(|w| w.class == 0 && w.claim_verb.is_none())
                    || matches!(a.kind, AtomKind::Number | AtomKind::Hyphen)
                    || ["plus", "many", "some", "several", "most", "other", "all"].iter().any(|w| self.word(k, w))
            })
    }

    /// Are `s..=e` capitalised words, with at most a leading "the" and "of"/"for"/"and" (maybe
    /// followed by "the") between capitalised words?
    fn is_joined_name(&self, s: usize, e: usize) -> bool {
        let first = if self.word(s, "the") { s + 1 } else { s };
        if first > e || !self.is_name_part(first) {
            return false;
        }
        (first..=e).all(|k| {
            let a = &self.atoms[k];
            if self.is_name_part(k) || a.kind == AtomKind::Hyphen {
                return true;
            }
            // "the People's Party of …"
            if a.kind == AtomKind::Possessive {
                return k > first && self.is_name(k - 1) && self.is_name(k + 1);
            }
            let connective = ["of", "for", "and"].iter().any(|w| a.eq(w));
            let article_after_connective =
                a.eq("the") && k > first && ["of", "for", "and"].iter().any(|w| self.word(k - 1, w));
            (connective && k > first && self.is_name_part(k - 1) || article_after_connective)
                && k < e
                && !a.cap
        })
    }

    /// Whether an actor is a side that makes claims: a state, organisation or group, a named
    /// person, an actor of a public role ("opposition councillors", "the union"), or "we" in a
    /// quotation (its speaker's side); not anyone ("customers", "investors", "residents").
    pub(crate) fn is_side(&self, actor: &Actor) -> bool {
        use crate::model::Role;
        match actor.who {
            Who::Norms(_, n) => n > 0,
            Who::Person(_) | Who::Group(_) => true,
            Who::Unknown => {
                actor.role.is_some_and(|r| {
                    matches!(
                        r,
                        Role::Government
                            | Role::Opposition
                            | Role::Legislature
                            | Role::Party
                            | Role::Labour
                            | Role::Military
                            | Role::Rebels
                            | Role::ArmedGroup
                            | Role::HumanRights
                            | Role::Judiciary
                            | Role::Police
                            // ("the environmental group wants a ban on drilling")
                            | Role::Environment
                    )
                }) || actor.e == actor.s + 1 && self.atoms[actor.s].quoted && self.word(actor.s, "we")
                    // ("vulnerable countries want assurances": states, though unnamed)
                    || actor.e > actor.s
                        && STATE_PLURALS.iter().any(|w| self.word(actor.e - 1, w))
                    // ("the BMA wants …": an organisation the lexicons do not know, by its acronym)
                    || actor.e > actor.s && {
                        let last = &self.atoms[actor.e - 1];
                        (2..=6).contains(&last.text.len())
                            && last.text.bytes().all(|b| b.is_ascii_uppercase())
                            && (actor.s..actor.e - 1).all(|k| self.has(k, class::DET))
                    }
            }
        }
    }

    /// Does the phrase name several parties ("the three European powers", "NATO and the EU")?
    pub fn is_plural(&self, actor: &Actor) -> bool {
        // ("the Democratic governor of Oregon" names a party and a state, and is one person:
        // several sides are several only when the phrase lists them)
        if matches!(actor.who, Who::Norms(_, n) if n > 1)
            && (actor.s..actor.e).any(|k| {
                self.has(k, class::COORD) || matches!(self.kind(k), Some(AtomKind::Comma | AtomKind::Hyphen))
            })
        {
            return true;
        }
        // "Every Republican on the committee", "all Democrats": each of a group is the group
        if actor.e > actor.s + 1 && ["every", "all", "each"].iter().any(|w| self.word(actor.s, w)) {
            return true;
        }
        // "Hundreds of protesters", "many of the senators": a count of a group is several
        if actor.e > actor.s + 2
            && self.word(actor.s + 1, "of")
            && ["hundreds", "thousands", "dozens", "many", "most", "some", "scores"]
                .iter()
                .any(|w| self.word(actor.s, w))
        {
            return true;
        }
        // The head is before any "of" ("the chief of the armed forces" is one person) or place
        // ("Democrats in the state legislature" are several).
        let last = (actor.s + 1..actor.e)
            .find(|&k| self.word(k, "of") || PLACE_PREPOSITIONS.iter().any(|w| self.word(k, w)))
            .map_or(actor.e, |k| k)
            .saturating_sub(1);
        let a = &self.atoms[last];
        matches!(self.entity(last), Some((EntityKind::Group | EntityKind::People, _)))
            || a.is(class::HEAD) && a.text.ends_with('s') && !a.text.ends_with("ss")
            // "Police deny …", "the people want …": plural without an -s
            || a.is(class::HEAD) && ["police", "people", "clergy", "staff", "personnel"].iter().any(|w| a.eq(w))
            // "Democrats", "Conservatives": a party named by its members
            || matches!(self.entity(last), Some((EntityKind::Org, _)))
                && self.mark(last).is_some_and(|m| m.end == m.start + 1)
                && a.text.len() > 4
                && a.text.ends_with('s')
                && !a.text.ends_with("ss")
                && a.text.chars().skip(1).any(char::is_lowercase)
    }

    /// The kind of actor the phrase `s..=e` names: the role of its head noun or of a modifier
    /// before it ("the city's police", "opposition groups"), or of an office it holds (a
    /// government's office, unless it belongs to an international organisation).
    pub fn role_of(&self, s: usize, e: usize) -> Option<Role> {
        let e = e.min(self.n().saturating_sub(1));
        if s > e {
            return None;
        }
        let head_end = self.head_of(s, e);
        let mut k = head_end + 1;
        while k > s {
            k -= 1;
            let a = &self.atoms[k];
            if a.kind != AtomKind::Word {
                continue;
            }
            if let Some(m) = self.mark(k) {
                match m.kind {
                    PhraseKind::Office { scope } => {
                        let before =
                            if m.start >= s + 2 && self.kind(m.start - 1) == Some(AtomKind::Possessive) {
                                m.start - 1
                            } else {
                                m.start
                            };
                        // "United Nations spokesman", "NATO's secretary general": an
                        // organisation's office, of its kind
                        if let Some((_, id)) = before.checked_sub(1).and_then(|p| self.entity(p)) {
                            if self.lex.norm_is_org[id as usize]
                                && self.lex.norm_code(id).is_some_and(|c| c.starts_with("IGO"))
                            {
                                return Some(Role::International);
                            }
                        }
                        // "the expert warned": someone quoted for what they know holds no
                        // government's office
                        if self.is_commentator_office(m.start, m.end) {
                            return None;
                        }
                        match scope {
                            crate::lexicon::Scope::Org => return None,
                            crate::lexicon::Scope::Company => return Some(Role::Business),
                            _ => {}
                        }
                        // "the opposition leader", "a rebel commander", "union leaders": a
                        // modifier naming a kind of actor says whom the office leads (written
                        // in lower case: "House Judiciary Chairman" names a committee)
                        // ("the party's spokesman", "the company's chief": an owner likewise)
                        let modifier = (before > s)
                            .then(|| &self.atoms[before - 1])
                            .filter(|a| {
                                a.kind == AtomKind::Word
                                    && (!a.cap || before == 1)
                                    // ("the army chief": an institution's own noun may be marked)
                                    && self.mark(before - 1).is_none_or(|mm| {
                                        mm.kind == PhraseKind::Head && mm.start + 1 == before && mm.end == before
                                    })
                            })
                            .and_then(|a| a.info.and_then(|w| w.role));
                        if let Some(role) = modifier {
                            return Some(role);
                        }
                        if let Some(owner) = self.owner_after_office(m.end, e) {
                            return owner;
                        }
                        // "American Farm Bureau president": an organisation's name before it
                        let mut name = m.start;
                        while name > s && (self.is_name(name - 1) || self.entity(name - 1).is_some()) {
                            name = self.mark(name - 1).map_or(name - 1, |mm| mm.start);
                            if self.opens_longer_name(name) {
                                return None;
                            }
                        }
                        // "judge", "senator", "police chief": the office's own kind of actor
                        // (not "attorney general", a government's lawyer)
                        let word = if m.end - m.start == 1 { m.start } else { m.start.min(self.n() - 1) };
                        let own = self.atoms[word].info.and_then(|w| w.role).filter(|r| {
                            if m.end - m.start == 1 {
                                matches!(
                                    r,
                                    Role::Judiciary | Role::Police | Role::Legislature | Role::Military
                                )
                            } else {
                                // ("police chief", "army chief": a force's office; not the noisy
                                // roles of other first words: "special counsel", "deputy attorney")
                                ["police", "army", "military", "navy", "naval"]
                                    .iter()
                                    .any(|w| self.word(word, w))
                                    && matches!(r, Role::Police | Role::Military)
                            }
                        });
                        return Some(own.unwrap_or(Role::Government));
                    }
                    PhraseKind::Head => {}
                    _ => {
                        k = m.start;
                        continue;
                    }
                }
            }
            if let Some(role) = a.info.and_then(|w| w.role) {
                // "an Army officer", "a military officer": a service named before the generic
                // "officer" says which (a noun for the service itself, not an adjective that
                // the derived agents happen to vote for: "senior")
                if k == head_end && k > s && (a.eq("officer") || a.eq("officers")) {
                    let modifier = &self.atoms[k - 1];
                    if let Some(service) = modifier.info.and_then(|w| w.role).filter(|_| {
                        modifier.is_word() && modifier.is(class::HEAD) && self.mark(k - 1).is_none()
                    }) {
                        return Some(service);
                    }
                }
                return Some(role);
            }
        }
        None
    }

    /// The kind of actor whose office ends at `office_end`, from what follows it up to `e`: "the
    /// head of the farmers' union" leads a union, "the president of the American Bar
    /// Association" an organisation of no known kind. `None` when no such owner follows (or a
    /// state does: "the president of France" holds a government's office).
    fn owner_after_office(&self, office_end: usize, e: usize) -> Option<Option<Role>> {
        if !(self.word(office_end, "of") || self.word(office_end, "for")) || office_end >= e {
            return None;
        }
        let head = self.head_of(office_end + 1, e);
        let a = &self.atoms[head];
        if !a.is_word() {
            return None;
        }
        if let Some(role) =
            a.info.and_then(|w| w.role).filter(|_| self.mark(head).is_none_or(|m| m.kind == PhraseKind::Head))
        {
            return Some(Some(role));
        }
        if (office_end + 1..=e).any(|k| self.entity(k).is_some() && !self.opens_longer_name(k)) {
            return None;
        }
        // an organisation named: "of the National Rifle Association"
        (self.word(office_end + 1, "the") && a.cap).then_some(None)
    }

    /// "leaders of 20 countries", "officials from several states": plural holders (the words
    /// `first..=holders`, "attorneys general") counted by the sides they come from, the phrase
    /// ending at `e`.
    fn of_counted_sides(&self, first: usize, holders: usize, e: usize) -> bool {
        holders + 2 < e
            && (self.atoms[holders].text.ends_with('s') || self.atoms[first].text.ends_with('s'))
            && ["of", "from", "in"].iter().any(|w| self.word(holders + 1, w))
            && (self.is_quantifier(holders + 2)
                || ["several", "both", "various"].iter().any(|w| self.word(holders + 2, w)))
            && self.atoms[e].text.ends_with('s')
            && self.atoms[e].is(class::HEAD | class::COLLECTIVE)
    }

    /// "The city's police", "opposition groups in Kenya", "tribal elders": a phrase headed by a
    /// noun that names an actor by what it is. Commentators ("analysts", "critics") are not.
    pub(crate) fn described_actor(&self, s: usize, e: usize) -> bool {
        let head = self.head_of(s, e);
        let no_pronoun = (s..head).all(|k| !self.atoms[k].is(class::PRON));
        // "union leaders", "opposition officials", "party members": the people who speak for a
        // group the phrase names
        // ("opposition parties": parties of a kind the modifier names; "the warring parties"
        // name no one)
        let people_of_a_group =
            ["leaders", "leader", "officials", "members", "representatives", "chiefs", "parties", "partners"]
                .iter()
                .any(|w| self.word(head, w))
                && (s..head).any(|k| {
                    let a = &self.atoms[k];
                    a.is_word()
                        && a.mark == NONE
                        && (a.is(class::COLLECTIVE) || a.info.is_some_and(|w| w.role.is_some()))
                });
        no_pronoun
            && (people_of_a_group
                || self.of_counted_sides(head, head, e)
                || self.is_agent_head(head) && !COMMENTATORS.iter().any(|w| self.word(head, w)))
    }

    /// A noun for an institution of a state ("ministry", "army", "police", "government"): an
    /// actor noun with a state role.
    pub(crate) fn is_institution(&self, i: usize) -> bool {
        use crate::model::Role;
        // ("China's coast guard", "the national guard": a force named by two words)
        if self.word(i, "guard")
            && i > 0
            && ["coast", "border", "national"].iter().any(|w| self.word(i - 1, w))
        {
            return true;
        }
        // ("the Foreign Office": a government's office named by two words; "office" alone may
        // be anyone's)
        if self.word(i, "office") && self.mark(i).is_some_and(|m| m.kind == PhraseKind::Head && m.start < i) {
            return true;
        }
        self.atoms.get(i).is_some_and(|a| {
            a.is_word()
                && (a.mark == NONE
                    || self.mark(i).is_some_and(|m| m.kind == PhraseKind::Head && m.end == i + 1))
                && a.is(class::HEAD)
                && !a.text.ends_with('s')
                && a.info.and_then(|w| w.role).is_some_and(|r| {
                    matches!(
                        r,
                        Role::Government
                            | Role::Military
                            | Role::Police
                            | Role::Judiciary
                            | Role::Legislature
                    )
                })
        })
    }

    /// A noun that names an actor by what it is ("police", "lawyer", "investors").
    fn is_agent_head(&self, i: usize) -> bool {
        self.atoms.get(i).is_some_and(|a| {
            a.is_word() && a.mark == NONE && a.is(class::HEAD) && a.info.is_some_and(|w| w.role.is_some())
        })
    }

    /// The head of the phrase `s..=e`: its last word before "of", "for", "in", … ("the chief
    /// of the armed forces").
    pub(crate) fn head_of(&self, s: usize, e: usize) -> usize {
        (s + 1..=e)
            .find(|&k| ["of", "in", "for", "at", "from", "with", "to", "on"].iter().any(|w| self.word(k, w)))
            .map_or(e, |k| k - 1)
    }

    /// An office as lowercase words joined by spaces, to compare offices across mentions.
    pub fn office_key(&self, s: usize, e: usize) -> String {
        let mut key = String::new();
        for a in &self.atoms[s..e] {
            if a.kind == AtomKind::Word {
                if !key.is_empty() {
                    key.push(' ');
                }
                key.push_str(&a.text.to_lowercase());
            }
        }
        key
    }

    /// An actor phrase ending at `e`.
    pub fn actor_ending_at(&self, e: usize) -> Option<Actor> {
        // "The mayor and others": the one named speaks with the others
        if e >= 2 && self.word(e, "others") && self.word(e - 1, "and") {
            let first = self.actor_ending_at(e - 2)?;
            return Some(Actor { e: e + 1, span: (first.span.0, self.atoms[e].end()), ..first });
        }
        if !self.is_np_end(e) {
            return self.actor_with_complement(e);
        }
        // ("offers of about 20 percent fell short": an amount of something is nobody; "51
        // percent say …" are people polled)
        if ["percent", "cent"].iter().any(|w| self.word(e, w))
            && (e.saturating_sub(4)..e).any(|k| self.word(k, "of"))
        {
            return None;
        }
        let s = self.np_left(e)?;
        if self.is_dateline(s, e + 1) {
            return None;
        }
        // "Many in the crowd", "some in the party": part of a group, named by where its members
        // are, speaks as the group does
        if s >= 2
            && self.word(s - 1, "in")
            && ["many", "some", "most", "several", "others"].iter().any(|w| self.word(s - 2, w))
            && (s == 2 || !self.atoms[s - 3].is_word() || self.has(s - 3, class::COORD))
        {
            if let Some(who) = self.resolve(s, e) {
                let role = self.role_of(s, e);
                let span = (self.atoms[s - 2].start, self.atoms[e].end());
                return Some(Actor { s: s - 2, e: e + 1, who, role, span });
            }
        }
        // "the party and two other candidates", "the union and other unions": one named, and
        // others of its kind with it
        if self.atoms[e].text.ends_with('s') {
            let mut k = s;
            // (past modifiers: "two other presidential candidates")
            while k > 0 && s - k < 3 && !self.word(k - 1, "other") && self.is_modifier(k - 1) {
                k -= 1;
            }
            if k > 0 && self.word(k - 1, "other") {
                k -= 1;
            }
            while k > 0 && (self.has(k - 1, class::DET) || self.is_quantifier(k - 1)) {
                k -= 1;
            }
            // ("Saudi Arabia and three Arab allies": counted, of a kind that acts)
            let others = (k..e).any(|j| self.word(j, "other"))
                || k < s && self.is_quantifier(k) && self.has(e, class::HEAD);
            if others && k >= 2 && self.word(k - 1, "and") {
                if let Some(first) =
                    self.actor_ending_at(k - 2).filter(|f| f.e + 1 == k && f.span.0 == self.atoms[f.s].start)
                {
                    return Some(Actor { e: e + 1, span: (first.span.0, self.atoms[e].end()), ..first });
                }
            }
        }
        // "Ten senators sent a letter to the president. The letter urged …": a definite
        // statement or letter speaks for whoever the article said issued it
        if s + 1 == e {
            if let Some(author) = self.statement_author(e).filter(|a| a.who != Who::Unknown) {
                return Some(author);
            }
        }
        // "the head of Greenpeace's delegation at COP29": who is at an event the gazetteer does
        // not know is the phrase before "at"
        if s >= 2 && self.word(s - 1, "at") && self.atoms[s - 2].is_word() {
            if let Some(before) = self.actor_ending_at(s - 2).filter(|b| b.who != Who::Unknown) {
                let here = self.resolve(s, e);
                if here.is_none_or(|w| w == Who::Unknown) {
                    return Some(Actor { e: e + 1, span: (before.span.0, self.atoms[e].end()), ..before });
                }
            }
        }
        if let Some(first) = self.institution_name_before_and(s) {
            // the institution read up to the word before "and", then stretched to its end
            // ("Ministry of Trade, Industry and Energy": past the fields listed with commas, from
            // the institution's noun)
            let before = match self.actor_ending_at(s - 2) {
                Some(b)
                    if b.s >= first
                        && first >= 2
                        && (first..s).any(|j| self.kind(j) == Some(AtomKind::Comma)) =>
                {
                    self.actor_ending_at(first - 2)
                }
                before => before,
            };
            if let Some(before) = before {
                return Some(Actor { e: e + 1, span: (before.span.0, self.atoms[e].end()), ..before });
            }
            // ("the Food and Drug Administration": no actor before "and", the whole name is one)
            let s = first - 1;
            if self.word(s, "the") {
                let who = self.resolve(s, e).unwrap_or(Who::Unknown);
                let role = self.role_of(s, e);
                return Some(Actor {
                    s,
                    e: e + 1,
                    who,
                    role,
                    span: (self.atoms[s].start, self.atoms[e].end()),
                });
            }
            return None;
        }
        if let Some(actor) = self.group_before_place(s, e) {
            return Some(actor);
        }
        // ("Mayor Calls for Calm", "Police Chief Urges Restraint": a headline's office without
        // its article is the office holder, as with one; "Officials said" in prose stays
        // nobody in particular)
        // ("Union President Rejects Contract", "Senate President Calls for Vote": the office
        // after the capitalised name of what it heads)
        let bare_office = || {
            (0..s).all(|k| !self.atoms[k].is_word())
                && !self.atoms[e].text.ends_with('s')
                && self.mark(e).is_some_and(|m| {
                    matches!(m.kind, PhraseKind::Office { .. })
                        && m.end == e + 1
                        && m.start >= s
                        && (s..m.start).all(|k| {
                            self.atoms[k].is_word()
                                && self.atoms[k].cap
                                && !self.has(k, class::DET | class::PRON)
                                && !self.word(k, "one")
                                && !crate::rules::NUMBER_WORDS.iter().any(|w| self.word(k, w))
                        })
                })
        };
        let who = self.resolve(s, e).or_else(|| bare_office().then_some(Who::Unknown))?;
        let role = self.role_of(s, e);
        // "John Kerry and Sergei Lavrov": two people named together are the group the article
        // noted for them
        if let Who::Person(p) = who {
            if s >= 2 && self.word(s - 1, "and") {
                // (past a state or party in brackets: "John McCain (AZ) and …")
                let mut before = s - 2;
                if self.kind(before) == Some(AtomKind::Close) {
                    if let Some(open) = (before.saturating_sub(8)..before)
                        .rev()
                        .find(|&k| self.kind(k) == Some(AtomKind::Open))
                    {
                        before = open.saturating_sub(1);
                    }
                }
                let first =
                    self.actor_ending_at(before).filter(|a| matches!(a.who, Who::Person(q) if q != p));
                if let Some(first) = first {
                    let (tail, surname) = (self.name_text(s, e + 1), self.atoms[first.e - 1].text);
                    // ("… and Rep. Nancy Pelosi of San Francisco": the group was noted by the names)
                    let named = tail.rsplit_once(" of ").map_or(tail.as_str(), |(name, _)| name);
                    let group = self.memory.groups.iter().rposition(|g| {
                        (g.name.ends_with(&tail) || g.name.ends_with(named)) && g.name.contains(surname)
                    });
                    if let Some(g) = group {
                        return Some(Actor {
                            s: first.s,
                            e: e + 1,
                            who: Who::Group(g as u32),
                            role: first.role.or(role),
                            span: (first.span.0, self.atoms[e].end()),
                        });
                    }
                }
            }
        }
        // "Honda Motor Co. and Mazda Motor Co.", "Honda and Mazda": two companies or names the
        // lexicons do not know, joined by "and", speak together
        // ("the Treasury and the Army": with their article)
        let named_at = |k: usize| {
            self.is_name(k)
                || self.word(k, "the") && self.atoms.get(k + 1).is_some_and(|a| a.is_word() && a.cap)
        };
        if matches!(who, Who::Unknown | Who::Group(_)) && s >= 2 && self.word(s - 1, "and") && named_at(s) {
            let joins = |a: &Actor, next: usize| {
                a.e == next
                    && (self.is_name(a.e - 1) || self.atoms[a.e - 1].is_word() && self.atoms[a.e - 1].cap)
                    && (a.who == Who::Unknown && named_at(a.s)
                        || matches!(a.who, Who::Group(_)) && a.who != who)
            };
            let first = self.actor_ending_at(s - 2).filter(|a| joins(a, s - 1));
            if let Some(mut first) = first {
                // ("the Treasury, the Army and the Interior Department": a list, with commas)
                while first.s >= 2 && self.kind(first.s - 1) == Some(AtomKind::Comma) {
                    match self
                        .actor_ending_at(first.s - 2)
                        .filter(|a| a.who == Who::Unknown && joins(a, first.s - 1))
                    {
                        Some(a) => first = a,
                        None => break,
                    }
                }
                return Some(Actor {
                    s: first.s,
                    e: e + 1,
                    who: Who::Unknown,
                    role: first.role.or(role),
                    span: (first.span.0, self.atoms[e].end()),
                });
            }
        }
        Some(Actor { s, e: e + 1, who, role, span: (self.atoms[s].start, self.atoms[e].end()) })
    }

    /// Where the name of an institution starts its last part when the capitalised words from `s`
    /// end it after "and": "Department of Health and Human Services", "Ministry of Trade and
    /// Industry" (the start of "Health", "Trade"). Not a name after "and" in a list of people
    /// ("Secretary of State John Kerry and Sergei Lavrov": a given name before "and").
    pub(crate) fn institution_name_before_and(&self, s: usize) -> Option<usize> {
        if s < 3 || !self.word(s - 1, "and") || !self.atoms[s].cap {
            return None;
        }
        // "the Food and Drug Administration", "the Securities and Exchange Commission": after
        // "the", capitalised words that name no side or person, "and", then the institution
        let plain_capital = |j: usize| {
            let a = &self.atoms[j];
            a.is_word()
                && a.cap
                && !a.is(class::DET)
                && self.entity(j).is_none()
                && self.lex.first_name_is_female(a.text).is_none()
        };
        let first = (s.saturating_sub(4)..s - 1).rev().take_while(|&j| plain_capital(j)).last();
        let institution = (s..(s + 4).min(self.n())).take_while(|&j| plain_capital(j)).any(|j| {
            INSTITUTION_OPENINGS
                .iter()
                .chain(&INSTITUTION_HEADS)
                .any(|w| self.atoms[j].text.eq_ignore_ascii_case(w))
        });
        if let Some(first) = first.filter(|&f| institution && f > 0 && self.word(f - 1, "the")) {
            return Some(first);
        }
        let of = (s.saturating_sub(6)..s - 1).rev().find(|&k| self.word(k, "of"))?;
        let part = of + 1..s - 1;
        (of > 0
            && !part.is_empty()
            && self.atoms[of - 1].cap
            && (self.atoms[of - 1].is(class::HEAD)
                || INSTITUTION_OPENINGS.iter().any(|w| self.atoms[of - 1].text.eq_ignore_ascii_case(w)))
            // ("Ministry of Trade, Industry and Energy": fields listed with commas too)
            && part.clone().all(|j| {
                self.atoms[j].is_word()
                    && self.atoms[j].cap
                    && self.lex.first_name_is_female(self.atoms[j].text).is_none()
                    || self.kind(j) == Some(AtomKind::Comma) && j > of + 1
            }))
        .then_some(of + 1)
    }

    /// "fishermen's associations in the port of Ilo", "farmers' groups in the region": a group
    /// described by what it is, before the place it is in, is the actor (with the place's side
    /// when the place has one and the group none), not the place.
    fn group_before_place(&self, s: usize, e: usize) -> Option<Actor> {
        // "the movement at the federal level", "groups at the forefront": "at" before an abstract
        // noun places nobody
        const NO_PLACE_AFTER_AT: [&str; 14] = [
            "level",
            "levels",
            "stage",
            "point",
            "time",
            "moment",
            "end",
            "outset",
            "height",
            "forefront",
            "heart",
            "centre",
            "center",
            "helm",
        ];
        if s > 0
            && self.word(s - 1, "at")
            && NO_PLACE_AFTER_AT.iter().any(|w| self.word(self.head_of(s, e), w))
        {
            return None;
        }
        let is_place = |k: usize| PLACE_PREPOSITIONS.iter().chain(["of"].iter()).any(|w| self.word(k, w));
        // back over the places ("in the southern port of Ilo") to the phrase before them
        // (and over the words a place's phrase may leave out: "in the state legislature")
        let mut place_start = s;
        while place_start > 1
            && s - place_start < 3
            && self.atoms[place_start - 1].is_word()
            && !self.atoms[place_start - 1].cap
            && (self.has(place_start - 1, class::DET) || self.atoms[place_start - 1].is(class::HEAD))
            && !is_place(place_start - 1)
        {
            place_start -= 1;
        }
        for _ in 0..3 {
            let p = place_start.checked_sub(1).filter(|&p| p > 0 && is_place(p))?;
            if self.is_np_end(p - 1) {
                // (a bare plural of an office, "lawmakers", is no side by itself, but is who acts)
                let head = match self.actor_ending_at(p - 1) {
                    Some(head) => head,
                    None => {
                        let hs = self.np_left(p - 1)?;
                        let office_plural = self.atoms[p - 1].text.ends_with('s')
                            && (self.is_office(p - 1) || self.atoms[p - 1].is(class::HEAD));
                        if !office_plural {
                            return None;
                        }
                        let span = (self.atoms[hs].start, self.atoms[p - 1].end());
                        Actor { s: hs, e: p, who: Who::Unknown, role: self.role_of(hs, p - 1), span }
                    }
                };
                let noun = self.head_of(head.s, head.e - 1);
                // ("Republican lawmakers in the state legislature", "Democrats in the House": people
                // of a side, or of an office, in the body they sit in)
                let people = self.is_plural(&head)
                    && (matches!(head.who, Who::Norms(..))
                        || self.is_office(noun)
                        || self.atoms[noun].is(class::HEAD));
                // ("the opposition candidate in the election", "the lead negotiator in the talks":
                // an office holder in what the office is held for)
                let office_holder = !self.atoms[noun].cap && self.is_office(noun)
                    // ("the Moldovan delegation at the meeting": a side's body where it meets)
                    // (not a document's author named elsewhere: "the statement from the party")
                    || matches!(head.who, Who::Norms(..))
                        && self.atoms[noun].is(class::HEAD)
                        && head.span.0 == self.atoms[head.s].start;
                let group = self.atoms[noun].is_word()
                    && (self.atoms[noun].is(class::COLLECTIVE)
                        || self.described_actor(head.s, noun)
                        || people
                        || office_holder);
                if !group {
                    return None;
                }
                let who = match self.resolve(s, e) {
                    Some(side @ Who::Norms(..)) if head.who == Who::Unknown => side,
                    _ => head.who,
                };
                return Some(Actor { e: e + 1, who, span: (head.span.0, self.atoms[e].end()), ..head });
            }
            // a plain noun phrase, itself after a place word ("the southern port" of "in the
            // southern port of Ilo")
            let mut k = p - 1;
            while k > 0 && self.atoms[k].is_word() && !self.has(k, class::PREP) && !self.is_finite_verbish(k)
            {
                k -= 1;
            }
            place_start = k + 1;
        }
        None
    }

    /// "members of the panel", "a lawyer for the family": an actor phrase whose head comes
    /// before a prepositional complement ending at `e` in a plain noun.
    fn actor_with_complement(&self, e: usize) -> Option<Actor> {
        let p = (e.saturating_sub(6)..e).rev().find(|&k| {
            ["of", "on", "for", "from"].iter().chain(PLACE_PREPOSITIONS.iter()).any(|w| self.word(k, w))
        })?;
        // ("survivors of the attack": a verb's form after a determiner is a noun)
        let end = self.plain_np_end(p + 1);
        let noun_after_determiner =
            end == e && e > p + 1 && self.has(e - 1, class::DET) && !self.atoms[e].cap;
        if p == 0 || end != e + 1 && !noun_after_determiner || !self.atoms[e].is_word() {
            return None;
        }
        if PLACE_PREPOSITIONS.iter().any(|w| self.word(p, w)) && !self.word(p, "from") {
            // "unions in the region": only a group is in a place and speaks from there
            return self.group_before_place(p + 1, e);
        }
        let head = self.actor_ending_at(p - 1).filter(|a| {
            a.who != Who::Unknown
                || self.atoms[p - 1].is(class::HEAD | class::COLLECTIVE)
                || self.is_office(p - 1)
        })?;
        // ("the head of the farmers' union": whom an office serves decides its kind)
        let role = if self.is_office(p - 1) { self.role_of(head.s, e) } else { head.role };
        Some(Actor { e: e + 1, span: (head.span.0, self.atoms[e].end()), role, ..head })
    }

    /// The actor phrase that ends where the noun phrase opening at `from` ends, if it starts at
    /// `s`: "members of the union" read backwards from "union", as a subject is.
    fn actor_from_through(&self, s: usize, from: usize) -> Option<Actor> {
        self.np_right(from).and_then(|end| self.actor_ending_at(end - 1)).filter(|a| a.s == s)
    }

    /// Whether atoms `s..e` open the story with its dateline ("WASHINGTON (CNN) –", "KYIV —",
    /// "TEHRAN, June 19 (Reuters) -", "ASHLAND, Ky. (AP) —"): a place in capitals that no one is.
    pub(crate) fn is_dateline(&self, s: usize, e: usize) -> bool {
        let opens_story = |x: &Atom<'_, '_>| matches!(x.kind, AtomKind::Open | AtomKind::Dash);
        s < e
            && (0..s).all(|k| !self.atoms[k].is_word())
            && self.atoms[s..e].iter().all(|x| !x.is_word() || x.text.chars().all(|c| !c.is_lowercase()))
            && self.atoms.get(e).is_some_and(|x| {
                opens_story(x)
                    // (a date or a state between)
                    || x.kind == AtomKind::Comma
                        && self.atoms[e + 1..].iter().take(6).take_while(|y| !y.is_word() || y.cap).any(opens_story)
            })
    }

    /// An actor phrase starting at `s`.
    pub fn actor_starting_at(&self, s: usize) -> Option<Actor> {
        // "Hundreds of protesters", "some of the senators": part of a group, read as the phrase
        // ending there reads it
        // (the cheap test first: this is asked of every word that may open an actor)
        if self.word(s + 1, "of") && self.is_quantifier(s) {
            let part = self.actor_from_through(s, s + 2);
            if part.is_some() {
                return part;
            }
        }
        let e = self.np_right(s)?;
        // "rejected by members of the union": a group word with whose group it is, read as the
        // phrase ending there reads it
        if self.word(e, "of") && self.has(e - 1, class::HEAD) {
            let whole = self.actor_from_through(s, e + 1);
            if whole.is_some() {
                return whole;
            }
        }
        // "Unions Threaten Nationwide Strike": in a title-case headline an unknown capitalised
        // word before the capitalised noun it modifies is no one
        if e == s + 1
            && self.mark(s).is_none()
            && self.atoms.get(e).is_some_and(|a| {
                a.is_word()
                    && a.cap
                    && !a.is(class::PREP | class::DET | class::COORD | class::SUB | class::REL)
            })
            && self.is_name(s)
            && !self.is_name(e)
            && self.is_title_case()
        {
            return None;
        }
        // "threatened military intervention", "blamed government policies": a lower-case actor
        // word before a plain noun modifies it; "social media tech giants": unless the nouns
        // end in one that names a group
        // (after a determiner the phrase is whole: "accepted by the rebels late on Friday")
        if !self.atoms[e - 1].cap
            && self.atoms[e - 1].is_word()
            && !self.has(s, class::DET)
            && self.is_modifier(e)
            && !self.has(e, class::HEAD)
        {
            let mut j = e;
            // ("social media sites", "tech platforms": what such a group is, in the plural)
            let names_group = |j: usize| {
                self.has(j, class::HEAD)
                    || ["giants", "sites", "platforms", "outlets", "firms", "networks"]
                        .iter()
                        .any(|w| self.word(j, w))
            };
            while j < (e + 3).min(self.n()) && self.is_modifier(j) && !names_group(j) {
                j += 1;
            }
            if !names_group(j) {
                return None;
            }
            let who = self.resolve(s, j).or_else(|| self.resolve(s, e - 1))?;
            let role = self.role_of(s, j).or_else(|| self.role_of(s, e - 1));
            return Some(Actor { s, e: j + 1, who, role, span: (self.atoms[s].start, self.atoms[j].end()) });
        }
        let who = self.resolve(s, e - 1)?;
        let role = self.role_of(s, e - 1);
        Some(Actor { s, e, who, role, span: (self.atoms[s].start, self.atoms[e - 1].end()) })
    }

    /// The subject of the clause that `p` continues: the nearest actor phrase left of `p` that is
    /// followed by a verb ("Ankara is seeking … and is raising the pressure by demanding …").
    pub fn clause_subject_before(&self, p: usize) -> Option<Actor> {
        /// Verbs of thinking whose clause follows them without "that".
        const THINKING_VERBS: [&str; 12] = [
            "believed",
            "believes",
            "thought",
            "thinks",
            "felt",
            "feels",
            "knew",
            "knows",
            "feared",
            "fears",
            "suspected",
            "suspects",
        ];
        let lo = p.saturating_sub(48);
        for e in (lo..p).rev() {
            // ("dock workers in the port extended …": a group's place may end the subject)
            let place_end = || {
                self.atoms[e].is_word()
                    && self.is_finite_verbish(e + 1)
                    && (e.saturating_sub(6)..e).any(|k| PLACE_PREPOSITIONS.iter().any(|w| self.word(k, w)))
            };
            if !self.is_np_end(e) && !place_end()
                // (a pronoun opening the sentence and speaking is its subject: "It said … and
                // called for …"; not "It is regarded as …, which lost out on …")
                || self.atoms[e].is(class::PRON)
                    && !self.atoms[e].eq("he")
                    && !self.atoms[e].eq("she")
                    && !(e == 0
                        && (self.atoms[e].eq("it") || self.atoms[e].eq("they"))
                        && self.is_report_word(self.skip_right(e + 1, p)))
            {
                continue;
            }
            if self.mark(e).is_some_and(|m| m.end != e + 1) {
                continue;
            }
            let mut next = self.skip_right(e + 1, p);
            // "Trump himself called on …": an emphatic pronoun after the subject
            if ["himself", "herself", "themselves", "itself"].iter().any(|w| self.word(next, w)) {
                next = self.skip_right(next + 1, p);
            }
            // "Ana Ruiz, the most popular senator in Peru, inserted herself …", "The three
            // chairmen — A, B and C — issued …": past an aside between commas or dashes
            for (mark, reach) in [(AtomKind::Comma, 20), (AtomKind::Dash, 40)] {
                if self.kind(next) != Some(mark) {
                    continue;
                }
                if let Some(c) = (next + 1..(next + reach).min(p)).find(|&k| self.kind(k) == Some(mark)) {
                    let after = self.skip_right(c + 1, p);
                    if (next + 1..c).all(|k| !self.is_verbish(k))
                        && (self.is_finite_verbish(after) || self.is_verbish_or_tagged(after))
                    {
                        next = after;
                    }
                }
            }
            // ("Democrats say …, and call …": a plural subject's present tense is the base form)
            let base_only = next < self.n()
                && !(self.is_finite_verbish(next) || self.is_verbish_or_tagged(next))
                && self.is_base_verb(next)
                && !self.has(next, class::HEAD | class::PROPOSAL_NOUN);
            if next >= self.n()
                || !(base_only || self.is_finite_verbish(next) || self.is_verbish_or_tagged(next))
            {
                continue;
            }
            if let Some(actor) = self.actor_ending_at(e).filter(|a| {
                !base_only
                    || self.is_plural(a)
                    || self.atoms[a.e - 1].text.ends_with('s')
                    || ["we", "they", "i", "you"].iter().any(|w| self.word(a.s, w) && a.e == a.s + 1)
            }) {
                let before = actor.s.checked_sub(1);
                // ("the suspension of EU funds, accusing …": after "of" a thing's noun governs
                // it; "the head of the ministry" is the ministry's)
                let governed = before.is_some_and(|b| {
                    self.atoms[b].is(class::PREP)
                        && (!self.atoms[b].eq("of")
                            || b > 0
                                && self.atoms[b - 1].is_word()
                                && !self.atoms[b - 1].cap
                                && !self.atoms[b - 1]
                                    .is(class::HEAD | class::COLLECTIVE | class::PRON | class::DET)
                                && !self.is_office(b - 1)
                                && self.atoms[b - 1].text.ends_with("ion"))
                });
                // "Blinken said Russia had violated the treaty and warned …": the subject of a
                // reported clause is not the subject of the main clause.
                // (unless that clause reports speech in turn, which the coordination goes on
                // with: "Comey wrote that Trump told him … and asked him to …")
                // ("told him he believed the campaign had erred and pressed him …": a verb of
                // thinking opens such a clause too)
                // ("results showing the ruling party had won": what evidence shows, too)
                let embedded = before.is_some_and(|b| {
                    self.is_report_word(b)
                        || self.word(b, "that")
                        || THINKING_VERBS.iter().any(|w| self.word(b, w))
                        || ["showing", "suggesting", "indicating", "revealing", "confirming"]
                            .iter()
                            .any(|w| self.word(b, w))
                }) && !self.is_report_word(next);
                if !governed && !embedded {
                    return Some(self.with_appositive_name(actor, next));
                }
                // "A spokesman for the ministry declined to comment but said …": the phrase the
                // governed one completes
                if governed && !embedded {
                    if let Some(whole) = self.actor_with_complement(e).filter(|w| w.s < actor.s) {
                        let before = whole.s.checked_sub(1);
                        if before.is_none_or(|b| !self.atoms[b].is(class::PREP) && !self.is_report_word(b)) {
                            return Some(whole);
                        }
                    }
                }
            }
        }
        None
    }

    /// From `i` rightwards (up to `limit`), skips adverbs, negation, hedges, time phrases
    /// ("on Wednesday", "last week") and bracketed asides.
    pub fn skip_right(&self, mut i: usize, limit: usize) -> usize {
        while i < limit.min(self.n()) {
            let a = &self.atoms[i];
            // (a word in scare quotes goes on past its closing mark: said it “encourages” Senegal
            // to …)
            if a.kind == AtomKind::CloseQuote
                && i >= 2
                && self.kind(i - 2) == Some(AtomKind::OpenQuote)
                && self.atoms[i - 1].is_word()
                && self.atoms.get(i + 1).is_some_and(|n| n.is_word() && !n.quoted)
            {
                i += 1;
                continue;
            }
            if a.kind == AtomKind::Negation
                || self.has(i, class::ADV | class::HEDGE | class::NEG)
                || self.is_ly_adverb(i)
                || matches!(self.mark(i).map(|m| m.kind), Some(PhraseKind::Adverb | PhraseKind::Hedge))
            {
                i += 1;
                continue;
            }
            // "Meta Platforms, Inc. to …": a company's legal form after its name
            if a.kind == AtomKind::Comma
                && i > 0
                && self.atoms[i - 1].cap
                && self.atoms.get(i + 1).is_some_and(|x| {
                    x.cap && crate::linking::COMPANY_ENDINGS.contains(&x.text.trim_end_matches('.'))
                })
            {
                i += 2;
                while self.kind(i) == Some(AtomKind::Terminal)
                    && self.atoms[i].text == "."
                    && i + 1 < self.n()
                {
                    i += 1;
                }
                continue;
            }
            // "urge Saudi Arabia, especially King Salman and the crown prince, to …": an aside
            // singling out part of what comes before ("some countries, such as Russia, urged …")
            if a.kind == AtomKind::Comma
                && (["especially", "particularly", "notably", "including"]
                    .iter()
                    .any(|w| self.word(i + 1, w))
                    || self.word(i + 1, "such") && self.word(i + 2, "as"))
            {
                if let Some(c) = (i + 2..(i + 16).min(self.n()))
                    .take_while(|&k| !matches!(self.atoms[k].kind, AtomKind::Terminal | AtomKind::Semicolon))
                    .find(|&k| self.atoms[k].kind == AtomKind::Comma)
                {
                    i = c + 1;
                    continue;
                }
            }
            // ", which administers parts of the West Bank," between a subject and its verb
            if a.kind == AtomKind::Comma && self.has(i + 1, class::REL) && !self.word(i + 1, "that") {
                match (i + 2..(i + 30).min(self.n())).find(|&k| self.atoms[k].kind == AtomKind::Comma) {
                    Some(c) => {
                        i = c + 1;
                        continue;
                    }
                    None => return i,
                }
            }
            if a.kind == AtomKind::Open {
                match (i..(i + 12).min(self.n())).find(|&k| self.atoms[k].kind == AtomKind::Close) {
                    Some(c) => {
                        i = c + 1;
                        continue;
                    }
                    None => return i,
                }
            }
            let time_start = a.is(class::TIME | class::WEEKDAY | class::MONTH)
                || ["on", "in", "at", "last", "this", "earlier", "late"].iter().any(|w| a.eq(w))
                    && self.has(i + 1, class::TIME | class::WEEKDAY | class::MONTH);
            if time_start && !a.eq("the") {
                i = self.past_time_words(i + 1);
                continue;
            }
            if self.is_year_after_in(i) {
                i += 2;
                continue;
            }
            // "has called multiple times for", "called twice for": how often, before the particle
            if a.eq("twice") || a.eq("thrice") {
                i += 1;
                continue;
            }
            if self.word(i + 1, "times")
                && (a.kind == AtomKind::Number
                    || [
                        "multiple",
                        "several",
                        "many",
                        "numerous",
                        "countless",
                        "two",
                        "three",
                        "four",
                        "five",
                    ]
                    .iter()
                    .any(|w| a.eq(w)))
            {
                i += 2;
                continue;
            }
            // "over the weekend", "during the past week", "over the years"
            if ["over", "during", "on", "at", "in"].iter().any(|w| a.eq(w)) && self.word(i + 1, "the") {
                let mut k = i + 2;
                if self.word(k, "past") || self.word(k, "last") || self.word(k, "next") {
                    k += 1;
                }
                if self.has(k, class::TIME) && !self.word(k + 1, "of") {
                    i = k + 1;
                    continue;
                }
            }
            return i;
        }
        i
    }

    /// The atom index where the clause holding `i` starts (after a comma, "that", a
    /// subordinator or the sentence start).
    pub fn clause_start(&self, i: usize) -> usize {
        let mut k = i;
        while k > 0 {
            let a = &self.atoms[k - 1];
            if matches!(
                a.kind,
                AtomKind::Comma
                    | AtomKind::Colon
                    | AtomKind::Semicolon
                    | AtomKind::OpenQuote
                    | AtomKind::Dash
                    | AtomKind::Terminal
            ) || a.eq("that")
                || a.kind == AtomKind::Word && a.is(class::SUB | class::REL)
                || a.eq("but")
                // "I think he should …"
                || ["think", "believe", "feel"].iter().any(|w| self.word(k - 1, w))
                // a reporting verb opens a clause; "the comments", "his remarks" are nouns
                || self.is_report_word(k - 1)
                    && !(k >= 2
                        && (self.atoms[k - 2].is(class::DET) || self.atoms[k - 2].kind == AtomKind::Possessive))
                || self.after_statement_phrase(k)
            {
                break;
            }
            k -= 1;
        }
        k
    }

    /// "… and its allies of supporting the war": after the "and" at `and`, a phrase naming a
    /// second one accused, then the "of" (its index) that opens their own deed, a gerund.
    pub(crate) fn second_accused_of(&self, and: usize) -> Option<usize> {
        let of = (and + 2..(and + 8).min(self.n()))
            .take_while(|&k| self.atoms[k].is_word() || self.kind(k) == Some(AtomKind::Possessive))
            .find(|&k| self.word(k, "of"))?;
        ((and + 1..of).all(|k| !self.is_finite_verbish(k))
            && self.atoms.get(of + 1).is_some_and(|g| g.is_word() && !g.cap && g.text.ends_with("ing")))
        .then_some(of)
    }

    /// "said in a statement the claims were false": a clause opening at `k`, with no "that",
    /// right after a phrase naming where it was said (cheap tests first: it is asked of every
    /// word a clause's start walks past).
    fn after_statement_phrase(&self, k: usize) -> bool {
        let (Some(noun), Some(next)) = (self.atoms.get(k.wrapping_sub(1)), self.atoms.get(k)) else {
            return false;
        };
        noun.kind == AtomKind::Word
            && next.kind == AtomKind::Word
            && (next.is(class::DET | class::PRON) || next.cap)
            && k >= 4
            && self.has(k - 2, class::DET)
            && self.has(k - 3, class::PREP)
            && ["statement", "interview", "filing", "briefing", "speech", "letter", "post"]
                .iter()
                .any(|w| noun.eq(w))
            && self.is_report_word(k - 4)
    }

    /// Does an attribution start at `i` (", he said", ", said X", ", according to X")?
    fn attribution_at(&self, i: usize) -> bool {
        // ", officials from both sides said": a short phrase and a reporting verb.
        for t in i..(i + 10).min(self.n()) {
            if self.is_report_word(t)
                || matches!(self.mark(t).map(|m| m.kind), Some(PhraseKind::Report))
                || self.media_report_ends(t)
            {
                return true;
            }
            let a = &self.atoms[t];
            if !matches!(a.kind, AtomKind::Word | AtomKind::Possessive | AtomKind::Hyphen | AtomKind::Number)
                || self.is_verbish(t) && self.mark(t).is_none()
                || a.is(class::REL | class::SUB)
            {
                break;
            }
        }
        if self.is_report_word(i) {
            return true;
        }
        if self.word(i, "according") && self.word(i + 1, "to") {
            return true;
        }
        if let Some(e) = self.np_right(i) {
            let mut v = e;
            // (", Zahir Swapan, a spokesman for the party, said": a name, its office between
            // commas, then the verb)
            if self.kind(e) == Some(AtomKind::Comma) && self.is_name(e - 1) {
                if let Some(c) =
                    (e + 2..(e + 25).min(self.n())).find(|&k| self.kind(k) == Some(AtomKind::Comma))
                {
                    if self.aside_between(e, c).is_some() {
                        v = c + 1;
                    }
                }
            }
            while v < self.n() && (self.has(v, class::ADV) || self.is_ly_adverb(v)) {
                v += 1;
            }
            return self.is_report_word(v)
                || matches!(self.mark(v).map(|m| m.kind), Some(PhraseKind::Report));
        }
        false
    }

    /// ", the BBC reported on Friday.": a report that ends the sentence, a medium relaying what
    /// came before (no speaker of a claim: "report" is no reporting verb of ours).
    fn media_report_ends(&self, v: usize) -> bool {
        if !["reported", "reports"].iter().any(|w| self.word(v, w)) {
            return false;
        }
        let mut k = v + 1;
        if self.word(k, "on") {
            k += 1;
        }
        k = self.past_time_words(k);
        self.atoms.get(k).is_none_or(|a| a.kind == AtomKind::Terminal)
    }

    /// The next atom from `i` that is not a quotation mark.
    pub(crate) fn skip_quotes(&self, mut i: usize) -> usize {
        while self.atoms.get(i).is_some_and(|a| a.is_quote()) {
            i += 1;
        }
        i
    }

    /// Where the content starting at `from` ends (exclusive), and where a coordinated second
    /// content starts when the content is a verb phrase ("to withdraw …, and to reduce …").
    pub fn clause_end(&self, from: usize, verb_phrase: bool) -> (usize, Option<usize>) {
        let n = self.n();
        let mut i = from;
        let limit = (from + 80).min(n);
        // Content quoted by a speaker ends with the quotation.
        let quoted = self.atoms.get(from).is_some_and(|a| a.quoted);
        while i < limit {
            let a = &self.atoms[i];
            if quoted && a.kind == AtomKind::CloseQuote {
                // ("asking for $5.6” billion": a quotation closed inside an amount takes its unit)
                let unit = i > from
                    && self.kind(i - 1) == Some(AtomKind::Number)
                    && ["billion", "million", "trillion", "percent"].iter().any(|w| self.word(i + 1, w));
                return (if unit { i + 2 } else { i }, None);
            }
            match a.kind {
                AtomKind::Terminal | AtomKind::Semicolon | AtomKind::Dash | AtomKind::Colon => {
                    return (i, None)
                }
                AtomKind::Comma => {
                    // "After Hamas accepted the proposal, the ball is in their court": the first
                    // comma closes a clause fronted by a conjunction
                    if i > from && self.closes_fronted_clause(from, i) {
                        return (i, None);
                    }
                    // ("an expanded, nationwide recall": two modifiers of one noun, after its
                    // article)
                    if i >= from + 2
                        && (self.word(i - 2, "a") || self.word(i - 2, "an") || self.word(i - 2, "the"))
                        && self.atoms[i - 1].is_word()
                        && !self.atoms[i - 1].cap
                        && self.is_modifier(i + 1)
                        && self.atoms.get(i + 2).is_some_and(|x| {
                            x.is_word()
                                && !x.cap
                                && !x.is(class::PREP | class::DET | class::COORD | class::SUB)
                        })
                    {
                        i += 1;
                        continue;
                    }
                    let mut j = i + 1;
                    while j < n && self.atoms[j].is_quote() {
                        j += 1;
                    }
                    // "The captain, who lobbied for the league to suspend him, spoke …": a verb
                    // right after a comma is the main clause going on
                    if i > from
                        && self.is_verbish(j)
                        && !self.has(j, class::AUX | class::MODAL)
                        && !self.is_report_word(j)
                    {
                        return (i, None);
                    }
                    // "Varga, who denies the charge, has avoided …": the comma closing a
                    // relative clause the claim is in, before the main clause's verb
                    if i > from
                        && self.has(j, class::AUX | class::MODAL)
                        && self.atoms.get(self.skip_right(j + 1, n)).is_some_and(|a| a.is_word() && !a.cap)
                        && (from.saturating_sub(12)..from).any(|k| {
                            self.kind(k) == Some(AtomKind::Comma)
                                && (["who", "which"].iter().any(|w| self.word(k + 1, w))
                                    // ("The complaint, alleging that …, was filed": a participle aside)
                                    || self.atoms.get(k + 1).is_some_and(|a| {
                                        a.is_word() && !a.cap && a.text.ends_with("ing")
                                    }))
                        })
                    {
                        return (i, None);
                    }
                    if self.has(j, class::COORD) {
                        if verb_phrase && self.word(j + 1, "to") && self.is_base_verb(self.skip_quotes(j + 2))
                        {
                            return (i, Some(j + 2));
                        }
                        // (not a capitalised word: ", but State Judge Ann Cole rejected …" opens
                        // a clause with a name)
                        if verb_phrase
                            && self.atoms.get(j + 1).is_some_and(|x| !x.cap)
                            && (self.is_base_verb(j + 1) || self.adverb_then_verb(j + 1))
                        {
                            return (i, Some(j + 1));
                        }
                        // ("…, and hopes to turn …": a verb of the subject's own, by its "to")
                        let third_person_to = self.atoms.get(j + 1).is_some_and(|x| {
                            x.is_word()
                                && !x.cap
                                && x.text.len() > 3
                                && x.text.ends_with('s')
                                && x.mark == NONE
                        }) && self.word(j + 2, "to");
                        // ("to veto it, and large employers like Acme … all wrote …": a
                        // clause with a subject of its own; a verb phrase goes on with a verb)
                        let own_subject = verb_phrase
                            && self.atoms.get(j + 1).is_some_and(|x| x.is_word() && !x.is(class::DET))
                            && (j + 2..(j + 20).min(n))
                                .take_while(|&k| {
                                    !matches!(self.atoms[k].kind, AtomKind::Terminal | AtomKind::Semicolon)
                                })
                                .any(|k| {
                                    self.atoms[k].info.is_some_and(|w| {
                                        w.verb & (form::PAST | form::THIRD) != 0 && w.verb & form::PART == 0
                                    })
                                });
                        if self.is_finite_verbish(j + 1)
                            || third_person_to
                            || self.word(j, "but")
                            || self.has(j + 1, class::PRON) && !self.word(j + 1, "it")
                            || self.np_right(j + 1).is_some_and(|e| self.is_verbish(e))
                            || own_subject
                            || self.subject_aside_and_verb(j + 1)
                            // ("to maintain the ceasefire, and that Baku bears …": a second
                            // clause reported, not the content's own)
                            || self.word(j + 1, "that")
                        {
                            return (i, None);
                        }
                    } else if self.has(j, class::REL) && !self.word(j, "that") {
                        // Skip a relative clause closed by a comma when the main clause goes on.
                        let close = (j..(j + 20).min(n)).find(|&k| {
                            matches!(
                                self.atoms[k].kind,
                                AtomKind::Comma | AtomKind::Terminal | AtomKind::Semicolon
                            )
                        });
                        match close {
                            Some(c) if self.atoms[c].kind == AtomKind::Comma && self.is_verbish(c + 1) => {
                                i = c + 1;
                                continue;
                            }
                            _ => return (i, None),
                        }
                    } else if (self.word(j, "a") || self.word(j, "an")) && self.closed_aside(j).is_some() {
                        // "bar Moldova, a former Soviet republic, from joining"
                        i = self.closed_aside(j).unwrap_or(i);
                        continue;
                    } else if i > from
                        && self.subject_and_verb_at(j)
                        // ("warned if the demand wasn't met, the agitation would continue": a
                        // condition opening the content goes on with its main clause)
                        && !["if", "unless"].iter().any(|w| self.word(from, w))
                    {
                        // "When the aides suggested that the city raise taxes, the mayor was not
                        // satisfied": past a fronted clause the main clause begins, with its own
                        // subject and verb
                        return (i, None);
                    } else if self.has(j, class::SUB | class::PREP) && !self.word(j, "of")
                        || self.word(j, "a")
                        || self.word(j, "an")
                        // "…, allegations the bank denies": a charge in apposition, unarticled
                        || crate::rules::CHARGE_OR_CLAIM_NOUNS.iter().any(|w| self.word(j, w))
                            && self.atoms.get(j + 1).is_some_and(|x| x.is_word())
                        || self.attribution_at(j)
                        || self.is_participle_clause(j)
                    {
                        return (i, None);
                    }
                }
                // How it was said: "condemned the coup in the strongest terms", "in no uncertain terms"
                AtomKind::Word
                    if i > from
                        && a.eq("in")
                        && (self.word(i + 1, "the") && self.word(i + 2, "strongest")
                            || self.word(i + 1, "no") && self.word(i + 2, "uncertain")) =>
                {
                    return (i, None);
                }
                // Where it was said: "called on him to resign in an early-morning tweet that …",
                // "decried the ruling during a rally in Nashville"
                AtomKind::Word
                    if i > from + 1
                        && (a.eq("in") || a.eq("on") || a.eq("at") || a.eq("during"))
                        && self.atoms.get(i + 1).is_some_and(|d| {
                            ["a", "an", "his", "her", "their", "its"].iter().any(|w| d.eq(w))
                                || a.eq("during") && d.eq("the")
                        })
                        && (i + 2..(i + 7).min(n)).any(|k| {
                            self.is_statement_noun(k)
                                || !a.eq("on")
                                    && [
                                        "rally",
                                        "speech",
                                        "interview",
                                        "briefing",
                                        "conference",
                                        "hearing",
                                        "debate",
                                        "address",
                                        "appearance",
                                        "call",
                                    ]
                                    .iter()
                                    .any(|w| self.word(k, w))
                        }) =>
                {
                    return (i, None);
                }
                // "whom X accused of abuses and whose resignation they asked for": a second
                // relative clause, coordinated
                AtomKind::Word
                    if i > from
                        && (a.eq("and") || a.eq("but"))
                        && ["whose", "who", "whom", "which"].iter().any(|w| self.word(i + 1, w)) =>
                {
                    return (i, None);
                }
                // "called on Germany for an exchange of information and spokeswoman Maria
                // Zakharova complained …": a named actor and a claim or report verb of its own
                // (the verb is looked for first: an actor phrase costs more to read)
                AtomKind::Word
                    if i > from
                        && a.eq("and")
                        && (i + 2..(i + 10).min(n))
                            .take_while(|&k| self.atoms[k].is_word())
                            .find(|&k| {
                                self.is_report_word(k)
                                    || self.atoms[k].info.is_some_and(|w| {
                                        w.claim_verb.is_some_and(|(_, f)| f & (form::PAST | form::THIRD) != 0)
                                    })
                            })
                            .is_some_and(|v| {
                                self.actor_starting_at(i + 1).is_some_and(|ad| {
                                    ad.who != crate::phrases::Who::Unknown && self.skip_right(ad.e, n) == v
                                })
                            }) =>
                {
                    return (i, None);
                }
                // "accusing Chile of spying and demanding an apology": a second participle with a
                // claim of its own is no part of the first's content
                AtomKind::Word
                    if i > from
                        && a.eq("and")
                        && self.atoms.get(i + 1).is_some_and(|x| {
                            x.text.ends_with("ing")
                                && x.mark == NONE
                                && x.info.is_some_and(|w| w.claim_verb.is_some())
                        }) =>
                {
                    return (i, None);
                }
                // "slammed the investigation saying it was incomplete": a participle of saying
                // with no comma before it reports; it is no part of the object
                AtomKind::Word
                    if i > from + 1
                        && a.text.ends_with("ing")
                        && a.info.is_some_and(|w| w.report & form::GER != 0)
                        && self.atoms[i - 1].is_word()
                        // ("opposed to the United States adding more firms to its list": a
                        // quantity after it is an object, not words reported)
                        && !(self.kind(i + 1) == Some(AtomKind::Number)
                            || ["more", "new", "further", "extra"].iter().any(|w| self.word(i + 1, w)))
                        && !self.has(i - 1, class::PREP | class::DET | class::AUX | class::SUB | class::ADV | class::COORD)
                        // ("a report saying wages rose": what a document says is part of it)
                        && !crate::rules::STATEMENT_NOUNS
                            .iter()
                            .chain(
                                [
                                    "report", "reports", "article", "story", "claims", "claim", "ruling", "decision",
                                    "order", "verdict", "judgment", "resolution", "bill", "law",
                                ]
                                .iter(),
                            )
                            .any(|w| self.word(i - 1, w)) =>
                {
                    return (i, None);
                }
                // "… after labeling the verdict as political": a conjunction of time before a
                // gerund of calling opens an adjunct, no part of the content
                AtomKind::Word
                    if i > from + 1
                        && ["after", "before", "while", "since", "without"].iter().any(|w| a.eq(w))
                        && self.atoms.get(i + 1).is_some_and(|x| {
                            x.is_word()
                                && !x.cap
                                && x.text.len() > 4
                                && x.text.ends_with("ing")
                                && x.info.is_some_and(|w| w.class & class::DEEM != 0)
                        }) =>
                {
                    return (i, None);
                }
                // "… form the commission by the 18th otherwise his party would …": what follows
                // if not is a warning of its own, no part of the content
                AtomKind::Word
                    if i > from + 1
                        && a.eq("otherwise")
                        && self.atoms.get(i + 1).is_some_and(|x| x.is_word()) =>
                {
                    return (i, None);
                }
                // "… for Flint residents even as he faced calls to resign": a concession, no part
                // of the content
                AtomKind::Word
                    if i > from
                        && a.eq("even")
                        && ["as", "though", "if", "while", "when", "after", "before", "so"]
                            .iter()
                            .any(|w| self.word(i + 1, w)) =>
                {
                    return (i, None);
                }
                // A subordinate clause: "… if Israel did not halt …".
                AtomKind::Word
                    if i > from
                        && a.is(class::SUB)
                        && ["if", "unless", "because", "although", "though", "whereas", "while"]
                            .iter()
                            .any(|w| a.eq(w)) =>
                {
                    return (i, None);
                }
                // "supported the decision and, like the entire Senate, I support his
                // confirmation": a coordinated clause with its own subject past an aside
                AtomKind::Word
                    if i > from
                        && (a.eq("and") || a.eq("but"))
                        && self.kind(i + 1) == Some(AtomKind::Comma)
                        && (i + 2..(i + 12).min(n))
                            .find(|&k| self.kind(k) == Some(AtomKind::Comma))
                            .is_some_and(|c| {
                                let subject_end = if self.has(c + 1, class::PRON) {
                                    c + 2
                                } else {
                                    self.np_right(c + 1).unwrap_or(c + 1)
                                };
                                // ("I support": the present of a pronoun is the base form)
                                subject_end > c + 1
                                    && (self.is_finite_verbish(subject_end)
                                        || self.has(c + 1, class::PRON) && self.is_base_verb(subject_end))
                            }) =>
                {
                    return (i, None);
                }
                // A clause of what came before, with its own subject and verb: "defend the law after two states
                // asked the court …" (not a phrase: "after the vote")
                AtomKind::Word
                    if i > from + 1
                        && a.is(class::SUB | class::ADV)
                        && (["after", "since"].iter().any(|w| a.eq(w))
                            // (not after a verb: "serve as"; "when" opens a question as often: "details when")
                            || ["as", "before", "until", "once"].iter().any(|w| a.eq(w))
                                && !self.is_verbish(i - 1))
                        && (self.is_finite_verbish(
                            self.np_right(i + 1).unwrap_or_else(|| self.plain_np_end(i + 1)),
                        )
                            // ("after it ruled out cooperating": a pronoun subject, after a
                            // conjunction of time past; "once it is sold" may be the content's own)
                            || (a.eq("after") || a.eq("since"))
                                && self.has(i + 1, class::PRON)
                                && !self.word(i + 1, "that")
                                && self.is_finite_verbish(self.skip_right(i + 2, n))) =>
                {
                    return (i, None);
                }
                AtomKind::Word if a.eq("and") || a.eq("but") || a.eq("or") => {
                    // ("rejected official but dubious results": two adjectives of one noun)
                    let adjectives = i > from
                        && (self.is_modifier(i - 1)
                            || self.has(i - 1, class::HEAD) && !self.atoms[i - 1].text.ends_with('s'))
                        && self.is_modifier(i + 1)
                        && !self.has(i + 1, class::HEAD)
                        && self.atoms.get(i + 2).is_some_and(|x| {
                            x.is_word()
                                && !x.is(class::PREP | class::DET | class::COORD)
                                && !self.is_finite_verbish(i + 2)
                        });
                    if a.eq("but") && !adjectives {
                        return (i, None);
                    }
                    // "demanded that the officers be prosecuted and that the mayor resign": two
                    // clauses asked for
                    // ("… and that is the reason …": a demonstrative, not a second clause)
                    // ("said that he would not resign and that he was confident …": the "that"
                    // of the first clause a few words before its content)
                    if a.eq("and")
                        && self.word(i + 1, "that")
                        && i >= from
                        && from >= 1
                        && (from.saturating_sub(6)..from)
                            .rev()
                            .take_while(|&k| self.atoms[k].is_word())
                            .any(|k| self.word(k, "that"))
                        && !self.is_be(i + 2)
                        && !self.is_finite_verbish(i + 2)
                    {
                        // (a second clause of the same verb only when the content is the clause
                        // itself; after "he would not resign" it is another thing said)
                        return (i, self.word(from - 1, "that").then_some(i + 2));
                    }
                    // "accusing the UN of failing to act and its allies of supporting the war":
                    // a second one accused, of a deed of its own
                    if a.eq("and")
                        && i > from + 1
                        && from >= 1
                        && self.word(from - 1, "of")
                        && self.second_accused_of(i).is_some()
                    {
                        return (i, Some(i + 1));
                    }
                    // "urged a halt to the fighting and for both sides to return to talks": two
                    // demands
                    if !verb_phrase && a.eq("and") && self.word(i + 1, "for") && i > from + 1 {
                        return (i, Some(i + 2));
                    }
                    if verb_phrase && a.eq("and") {
                        if self.word(i + 1, "to") && self.is_base_verb(self.skip_quotes(i + 2)) {
                            return (i, Some(i + 2));
                        }
                        // (but "jointly and severally pay": two adverbs of one verb)
                        if self.adverb_then_verb(i + 1) && !(i > 0 && self.is_ly_adverb(i - 1)) {
                            return (i, Some(i + 1));
                        }
                        // ("maintain fair rules and order.": a noun that can be a verb, ending
                        // the clause, is coordinated with the noun before it)
                        if self.is_base_verb(i + 1)
                            && !self.has(i + 1, class::HEAD | class::PROPOSAL_NOUN)
                            && self
                                .atoms
                                .get(i + 2)
                                .is_some_and(|x| x.is_word() || x.kind == AtomKind::Number)
                        {
                            return (i, Some(i + 1));
                        }
                        // "to agree a ceasefire and for the hostages to be freed": a second
                        // complement of the claim verb, not part of the infinitive
                        if self.word(i + 1, "for") && i > from + 1 {
                            return (i, Some(i + 1));
                        }
                    }
                    // "threatening them with tariffs and suggesting …": a second participle
                    // (but "accused X of arming itself and attempting …" is one content)
                    // (nor "accused X of corruption and abandoning the rule of law": a charge
                    // after "of" goes on with a gerund)
                    let gerund_content = self.atoms.get(from).is_some_and(|x| x.text.ends_with("ing"))
                        || from >= 1 && self.word(from - 1, "of");
                    let participle = !gerund_content
                        && self.atoms.get(i + 1).is_some_and(|x| {
                            x.is_word()
                                && !x.cap
                                && x.text.len() > 4
                                && x.text.ends_with("ing")
                                && !x.eq("including")
                                && x.info.is_some_and(|w| {
                                    w.verb & form::GER != 0 || w.claim_verb.is_some() || w.report != 0
                                })
                        });
                    // "asked for a refund and they gave him five dollars", "to fix my laptop and
                    // these guys fixed it": a clause with a subject and a verb of its own (a
                    // phrase for its subject only past a verb, not "Russia and Ukraine stop …")
                    let pronoun_subject =
                        ["i", "he", "she", "we", "they"].iter().any(|w| self.word(i + 1, w));
                    let own_clause = i > from
                        && self.subject_and_verb_at(i + 1)
                        && (pronoun_subject || (from..i).any(|k| self.is_verbish(k) || self.is_base_verb(k)));
                    // "… and on Friday accused Cohen": a second verb past a time phrase
                    let verb_after = self.skip_right(i + 1, n);
                    if own_clause
                        || self.is_finite_verbish(i + 1) && !self.has(i + 1, class::HEAD)
                        || verb_after > i + 1
                            && self.is_finite_verbish(verb_after)
                            && !self.has(verb_after, class::HEAD)
                        || self.is_report_word(i + 1)
                        || participle
                        // ("condemn the attack and warn that …": a verb with a clause of its own)
                        || self.word(i + 2, "that")
                            && self.atoms[i + 1].info.is_some_and(|w| w.claim_verb.is_some())
                            && !self.has(i + 1, class::DET)
                    {
                        return (i, None);
                    }
                }
                _ => {}
            }
            i += 1;
        }
        (limit, None)
    }

    /// A clause with its own subject opens at `j`: a personal pronoun or an actor phrase, then a
    /// finite verb ("the mayor was …", "they refused …").
    fn subject_and_verb_at(&self, j: usize) -> bool {
        let subject_end = if self.has(j, class::PRON) {
            // ("… was a disgrace, it was a disgrace to journalism": a spoken "it" goes on with
            // the same claim)
            if ["it", "that", "which", "who", "what", "this", "these", "those"]
                .iter()
                .any(|w| self.word(j, w))
            {
                return false;
            }
            j + 1
        } else if ["some", "others", "many", "most", "several"].iter().any(|w| self.word(j, w))
            && (self.kind(j + 1) == Some(AtomKind::Comma) || self.is_finite_verbish(j + 1))
        {
            // ("condemned the strikes and some, such as Russia, urged …": a quantifier alone is
            // the subject)
            j + 1
        } else {
            match self.np_right(j) {
                Some(e) => e,
                // ("… and the city asked the ministry to …": a definite noun phrase that names no
                // actor is a subject too)
                None if self.word(j, "the") => self.plain_np_end(j),
                None => return false,
            }
        };
        let mut verb = self.skip_right(subject_end, self.n());
        // (", such as Russia,", ", including Iran's neighbours,": the members named between commas)
        if self.kind(subject_end) == Some(AtomKind::Comma)
            && (self.word(subject_end + 1, "such") && self.word(subject_end + 2, "as")
                || self.word(subject_end + 1, "including"))
        {
            if let Some(c) = (subject_end + 2..(subject_end + 12).min(self.n()))
                .find(|&k| self.kind(k) == Some(AtomKind::Comma))
            {
                verb = self.skip_right(c + 1, self.n());
            }
        }
        // ("… and we welcome the opportunity": after "and" and "I", "we", "you" or "they", a
        // claim verb's base form is its present)
        let plain_present = subject_end == j + 1
            && j > 0
            && self.word(j - 1, "and")
            && ["i", "we", "you", "they"].iter().any(|w| self.word(j, w))
            && self.is_base_verb(verb)
            && self.claim_verb_at(verb).is_some();
        subject_end > j && (self.is_finite_verbish(verb) || plain_present) && !self.has(verb, class::HEAD)
    }

    /// Whether the comma at `comma` is the first one after a conjunction opening the sentence (or
    /// its quotation) before `from`: "After X accepted the plan, …", "If the talks fail, …".
    pub(crate) fn closes_fronted_clause(&self, from: usize, comma: usize) -> bool {
        const FRONTING: [&str; 10] =
            ["after", "when", "while", "if", "because", "since", "although", "though", "once", "unless"];
        // (the sentence's start, or a quotation or a "that" clause opening before the content)
        let opener = (0..from)
            .rev()
            .find(|&k| {
                matches!(self.atoms[k].kind, AtomKind::OpenQuote | AtomKind::Colon) || self.word(k, "that")
            })
            .map_or(0, |k| k + 1);
        let Some(first) = (opener..from).find(|&k| self.atoms[k].is_word()) else { return false };
        (opener..first).all(|k| self.atoms[k].is_quote())
            && FRONTING.iter().any(|w| self.word(first, w))
            && (first + 1..comma).all(|k| !matches!(self.atoms[k].kind, AtomKind::Comma | AtomKind::Terminal))
    }

    /// An appositive from `j` closed by a comma after which the clause goes on with a
    /// preposition or a verb; returns the index after the closing comma.
    fn closed_aside(&self, j: usize) -> Option<usize> {
        let c = (j..(j + 10).min(self.n())).find(|&k| {
            !matches!(
                self.atoms[k].kind,
                AtomKind::Word | AtomKind::Hyphen | AtomKind::Possessive | AtomKind::Number
            )
        })?;
        // (an attribution is no aside: "…, a government official told the agency, in …")
        (self.atoms[c].kind == AtomKind::Comma
            && (self.has(c + 1, class::PREP) || self.is_finite_verbish(c + 1))
            && (j..c).all(|k| {
                !self.is_report_word(k)
                    || self.atoms[k].info.is_none_or(|w| w.report & (form::PAST | form::THIRD) == 0)
            }))
        .then_some(c + 1)
    }

    /// "(and) swiftly pass …", "(and) strongly urge …": an -ly adverb at `j` and a verb that can
    /// open a second verb phrase after it; "(and) currently held aboard the ship" is a
    /// participle that describes, not a verb phrase.
    fn adverb_then_verb(&self, j: usize) -> bool {
        self.is_ly_adverb(j)
            && self.atoms.get(j + 1).is_some_and(|x| {
                x.is_word()
                    && !x.text.ends_with("ed")
                    && x.info.is_none_or(|w| w.verb == 0 || w.verb & form::BASE != 0)
            })
    }

    /// ", saying …", ", vowing …": a participle clause after a comma.
    pub(crate) fn is_participle_clause(&self, j: usize) -> bool {
        self.atoms.get(j).is_some_and(|x| {
            x.is_word()
                && !x.cap
                && x.mark == NONE
                && x.text.len() > 4
                && x.text.ends_with("ing")
                && !x.eq("including")
                // ("ignoring appeals for talks and denying …": a verb of wrongdoing too)
                && x.info.is_none_or(|w| {
                    w.class & !(class::VIOLATION_VERB | class::VIOLATION_NEEDS_VICTIM) == 0 || w.verb & form::GER != 0
                })
        })
    }

    /// Like [`Self::clause_end`], joining coordinated verb phrases into one content
    /// ("to write security guarantees and have the force of law").
    pub fn clause_end_joined(&self, from: usize) -> usize {
        let (mut end, mut more) = self.clause_end(from, true);
        let mut guard = 0;
        while let Some(next) = more {
            guard += 1;
            if guard > 4 {
                break;
            }
            (end, more) = self.clause_end(next, true);
        }
        end
    }

    /// Trims quotes and punctuation at both ends of `s..e`; `None` when nothing is left.
    pub fn trim(&self, mut s: usize, mut e: usize) -> Option<(usize, usize)> {
        let junk = |a: &Atom<'_, '_>| {
            !matches!(a.kind, AtomKind::Word | AtomKind::Number | AtomKind::Open | AtomKind::Close)
        };
        while s < e && junk(&self.atoms[s]) {
            s += 1;
        }
        while e > s && (junk(&self.atoms[e - 1]) && self.atoms[e - 1].kind != AtomKind::Possessive) {
            e -= 1;
        }
        // an unmatched opening bracket at the end, an unmatched closing one at either end
        while e > s && self.atoms[e - 1].kind == AtomKind::Open {
            e -= 1;
        }
        while s < e && self.atoms[s].kind == AtomKind::Close {
            s += 1;
        }
        if e > s
            && self.atoms[e - 1].kind == AtomKind::Close
            && !(s..e).any(|k| self.atoms[k].kind == AtomKind::Open)
        {
            e -= 1;
        }
        // a quotation opened right before and closed inside: `“hypocrisy” over its report`,
        // whole
        if s > 0
            && self.atoms[s - 1].kind == AtomKind::OpenQuote
            && (s..e)
                .find(|&k| self.atoms[k].is_quote())
                .is_some_and(|k| self.atoms[k].kind == AtomKind::CloseQuote)
        {
            s -= 1;
        }
        // a quotation opened inside and closed right after: `it “irresponsible”`, whole
        if self.kind(e) == Some(AtomKind::CloseQuote) {
            let open = (s..e).rev().find(|&k| self.atoms[k].is_quote());
            if open.is_some_and(|o| self.atoms[o].kind == AtomKind::OpenQuote && o > s) {
                e += 1;
            }
        }
        (s < e).then_some((s, e))
    }
}
