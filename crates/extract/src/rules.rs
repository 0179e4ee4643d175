//! The claim rules over one sentence. Each rule has an id that ends up in [`crate::Claim::rule`].

use crate::atoms::AtomKind;
use crate::lexicon::{class, form, EntityKind, PhraseKind, Verb};
use crate::model::{Act, Role};
use crate::phrases::{Actor, Analyzer, Report, Who};

/// A claim found in one sentence, in atom indices.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Candidate {
    pub act: Act,
    pub actor: Actor,
    pub addressee: Option<Actor>,
    pub content: Option<(usize, usize)>,
    /// The atom that triggered the claim.
    pub trigger: usize,
    pub rule: &'static str,
    pub negated: bool,
    pub hedged: bool,
    /// Index into the sentence's reports when the claim is reported speech.
    pub report: Option<usize>,
    /// Nominal and participle claims give way to a claim whose content holds them.
    pub secondary: bool,
}

/// Per-sentence scratch space, reused across sentences.
#[derive(Default)]
pub(crate) struct Scratch {
    pub reports: Vec<Report>,
    pub candidates: Vec<Candidate>,
}

/// Legal documents whose assertions accuse: "the lawsuit says …".
pub(crate) const LEGAL_DOCUMENTS: [&str; 9] =
    ["lawsuit", "suit", "complaint", "indictment", "filing", "petition", "subpoena", "writ", "affidavit"];

/// What a person or body says something in: "in a statement", "a letter from the senators".
pub(crate) const STATEMENT_NOUNS: [&str; 14] = [
    "statement",
    "letter",
    "tweet",
    "post",
    "message",
    "memo",
    "release",
    "communique",
    "communiqué",
    "editorial",
    "op-ed",
    "email",
    "interview",
    "speech",
];

/// Nouns for something said: protesting or calling one baseless denies it ("protested the
/// suggestion that …", "condemned as baseless the accusations").
pub(crate) const SAID_NOUNS: [&str; 19] = [
    "suggestion",
    "suggestions",
    "claim",
    "claims",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "charge",
    "charges",
    "notion",
    "assertion",
    "assertions",
    "characterization",
    "report",
    "reports",
    "story",
    "stories",
    "article",
];

/// What a court, an authority or a vote hands down, which a side can contest or appeal.
pub(crate) const RULINGS: [&str; 29] = [
    "ruling",
    "rulings",
    // (figures and findings contested: "challenged the figures", "disputed the findings")
    "findings",
    "figures",
    "count",
    "tally",
    // (a measure contested in court: "will challenge the new policy")
    "policy",
    "law",
    "ban",
    "decree",
    "regulation",
    "regulations",
    "legislation",
    "election",
    "decision",
    "decisions",
    "verdict",
    "judgment",
    "judgement",
    "sentence",
    "order",
    "result",
    "results",
    "outcome",
    "conviction",
    "fine",
    "penalty",
    "suspension",
    "punishment",
];

/// Forms of the verbs of firing back ("fired back at", "hit back at"): in words they accuse or
/// deny; an armed force's are gunfire.
const FIRING_BACK: [&str; 7] = ["fire", "fires", "fired", "firing", "hit", "hits", "hitting"];

/// Modifiers of "claim" that make it a claim for something (money, land, a right), which can be
/// rejected, rather than an assertion, which is denied.
const CLAIMS_FOR_SOMETHING: [&str; 20] = [
    "financial",
    "compensation",
    "insurance",
    "territorial",
    "legal",
    "damages",
    "pay",
    "wage",
    "pension",
    "maritime",
    "land",
    "sovereignty",
    "asylum",
    "patent",
    "injury",
    "tax",
    "refund",
    "benefit",
    "warranty",
    "ownership",
];

/// Nouns for a charge laid against someone: refusing one denies it ("rejected the
/// allegations"), judging one harshly too ("the accusations were unfair").
pub(crate) const ACCUSATION_NOUNS: &[&str] = CHARGE_OR_CLAIM_NOUNS.split_at(8).0;

/// [`ACCUSATION_NOUNS`] and "claim(s)": a charge or a claim in apposition, denied in a relative
/// clause ("…, a claim Tehran denies", "…, allegations the bank denies").
pub(crate) const CHARGE_OR_CLAIM_NOUNS: [&str; 10] = [
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "charge",
    "charges",
    "insinuation",
    "insinuations",
    "claim",
    "claims",
];

/// What is true or false of something said: challenging it denies it ("challenged the facts of
/// the article").
const TRUTH_NOUNS: [&str; 16] = [
    "facts",
    "accuracy",
    "veracity",
    "truth",
    "truthfulness",
    "account",
    "findings",
    "claim",
    "claims",
    "allegation",
    "allegations",
    "assertion",
    "assertions",
    "characterization",
    "characterisation",
    "premise",
];

/// Numbers written as words, which may open a noun phrase ("the three committees").
pub(crate) const NUMBER_WORDS: [&str; 11] =
    ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both", "several"];

/// Manners that make a deed a wrong: "illegally diverted", "improperly handled". ("badly" and
/// "poorly" judge as often as they accuse: "badly injured", "poorly understood".)
const WRONG_MANNER: [&str; 11] = [
    "illegally",
    "unlawfully",
    "improperly",
    "fraudulently",
    "wrongly",
    "wrongfully",
    "corruptly",
    "unconstitutionally",
    "illegitimately",
    "recklessly",
    "negligently",
];

/// Forms of "plan" (the first four) and "intend": verbs of a deed intended, which warn only of
/// a hostile one.
const INTENDING: [&str; 8] =
    ["plan", "plans", "planned", "planning", "intend", "intends", "intended", "intending"];

/// Hostile deeds named by a noun, which "vowed to continue …" threatens to go on with.
pub(crate) const HOSTILE_DEEDS: [&str; 14] = [
    "offensive",
    "attacks",
    "strikes",
    "airstrikes",
    "war",
    "fight",
    "fighting",
    "bombing",
    "bombardment",
    "assault",
    "raids",
    "resistance",
    "struggle",
    "operations",
];

const BE: [&str; 8] = ["is", "are", "was", "were", "be", "been", "being", "am"];

impl Analyzer<'_, '_, '_> {
    /// Whether atom `k` is one of the [`LEGAL_DOCUMENTS`] ("lawsuit", "complaint").
    pub(crate) fn is_legal_document(&self, k: usize) -> bool {
        LEGAL_DOCUMENTS.iter().any(|w| self.word(k, w))
    }

    /// Whether atom `k` is one of the [`STATEMENT_NOUNS`] ("statement", "letter").
    pub(crate) fn is_statement_noun(&self, k: usize) -> bool {
        STATEMENT_NOUNS.iter().any(|w| self.word(k, w))
    }

    /// A form of "be", a contracted one included ("I'm", "we're", "it's").
    pub(crate) fn is_be_or_contracted(&self, i: usize) -> bool {
        self.is_be(i)
            || self.atoms.get(i).is_some_and(|a| {
                a.kind == AtomKind::Word
                    && ["'m", "’m", "'re", "’re"]
                        .iter()
                        .any(|c| a.text.len() > c.len() && a.text.ends_with(c) || a.text == *c)
            })
    }

    pub(crate) fn is_be(&self, i: usize) -> bool {
        BE.iter().any(|w| self.word(i, w))
            // ("it's", "he's": see `split_clitic`)
            || self.atoms.get(i).is_some_and(|a| {
                (a.kind == AtomKind::Possessive && i > 0 && self.word(i - 1, "it"))
                    || a.kind == AtomKind::Word && (a.text == "'s" || a.text == "’s")
            })
    }

    /// Negation and hedges between `from` and `to` (exclusive), plus sentence-wide hedges.
    pub(crate) fn polarity(&self, from: usize, to: usize) -> (bool, bool) {
        let mut neg = false;
        let mut hedge = false;
        // ("Villagers, who asked not to be named, accused …": a negation inside an aside closed
        // before the verb negates the aside only)
        let (mut in_aside, mut aside_neg) = (false, false);
        for k in from..to.min(self.n()) {
            let a = &self.atoms[k];
            if matches!(a.kind, AtomKind::Comma | AtomKind::Dash) {
                if in_aside {
                    aside_neg = false;
                }
                in_aside = !in_aside;
                continue;
            }
            let negation = a.kind == AtomKind::Negation
                || a.kind == AtomKind::Word && a.is(class::NEG) && a.mark == crate::atoms::NONE
                || self.mark(k).is_some_and(|m| m.kind == PhraseKind::Negation);
            if in_aside {
                aside_neg |= negation;
            } else {
                neg |= negation;
            }
            hedge |= a.kind == AtomKind::Word && a.is(class::HEDGE);
            if self.mark(k).is_some_and(|m| m.kind == PhraseKind::Hedge) {
                hedge = true;
            }
        }
        // (an aside still open at the verb was no aside)
        neg |= in_aside && aside_neg;
        hedge |= self.atoms.iter().any(|a| a.eq("reportedly") || a.eq("allegedly"));
        (neg, hedge)
    }

    /// The next atom from `i` that is not a quotation mark.
    pub(crate) fn skip_quotes_from(&self, mut i: usize) -> usize {
        while self.atoms.get(i).is_some_and(|a| a.is_quote()) {
            i += 1;
        }
        i
    }

    /// Is the atom one of these words?
    /// The claim verb atom `i` is, when a particle it requires follows it ("take aim", not
    /// "take back").
    pub(crate) fn claim_verb_at(&self, i: usize) -> Option<(u32, u8)> {
        self.atoms[i].info.and_then(|w| w.claim_verb).filter(|&(verb, _)| {
            self.lex.verbs[verb as usize].frames.particle_follows(|p| self.word(i + 1, p))
        })
    }

    /// Whether "offer" at `v` with its object from `k` sells rather than proposes: a price after
    /// the object ("offers the iPad for $799", "at just $30"), a free thing or a discount ("a free
    /// version", "free repairs"), or a product described in the present tense ("Dashlane offers
    /// password management", "the AirPods offer support for …", "is currently offering …") with
    /// no proposal in the object ("offers talks" stays a proposal). A price that is the object
    /// itself ("offered $16.50 a share for Tribune") is a bid, and "will offer NASA its lander"
    /// or "offered to fly the cat home" are offers to someone: neither is touched.
    pub(crate) fn is_commercial_offer(&self, v: usize, k: usize) -> bool {
        const OFFER: [&str; 4] = ["offer", "offers", "offered", "offering"];
        if !self.lex_lemma_is(v, &OFFER) || k >= self.n() {
            return false;
        }
        let currency = |i: usize| {
            self.atoms.get(i).is_some_and(|a| a.text.starts_with(['$', '€', '£', '¥']) || a.text == "US$")
        };
        // "offered to mediate": an offer to act; "offered $16.50 a share": a bid
        if self.word(v + 1, "to") || currency(k) || self.kind(k) == Some(AtomKind::Number) {
            return false;
        }
        let end = self.clause_end(k, false).0.min(k + 30).min(self.n());
        let priced = (k + 1..end).any(|j| {
            (self.word(j, "for") || self.word(j, "at"))
                && (currency(j + 1)
                    || ["just", "only"].iter().any(|w| self.word(j + 1, w)) && currency(j + 2))
        });
        let head = (k..(k + 4).min(end)).take_while(|&j| self.kind(j) == Some(AtomKind::Word));
        let free = head.clone().any(|j| ["free", "discount", "discounts"].iter().any(|w| self.word(j, w)));
        if priced || free {
            return true;
        }
        // present tense, not after "to" or a modal: "offers", "offer", "is (currently) offering"
        let before = (0..v).rev().find(|&j| !self.has(j, class::ADV) && !self.is_ly_adverb(j));
        let after = |w: &[&str]| before.is_some_and(|j| w.iter().any(|x| self.word(j, x)));
        let present = match () {
            _ if self.word(v, "offers") => true,
            _ if self.word(v, "offer") => {
                !after(&["to"]) && !before.is_some_and(|j| self.has(j, class::MODAL | class::AUX))
            }
            _ if self.word(v, "offering") => after(&["is", "are"]),
            _ => false,
        };
        // a headline ("Russia offers talks") keeps the present tense for news
        let headline = !self.atoms.iter().rev().take(3).any(|a| a.kind == AtomKind::Terminal);
        // "has offered its streaming service since 2014": a standing offer, not an event
        let standing = self.word(v, "offered")
            && v > 0
            && (self.word(v - 1, "has") || self.word(v - 1, "have"))
            && (k + 1..end).any(|j| self.word(j, "since"));
        if standing {
            return true;
        }
        let proposal = (k..end.min(k + 6)).any(|j| {
            self.has(j, class::PROPOSAL_NOUN)
                || self.atoms[j].info.is_some_and(|w| w.noun_act == Some(Act::Propose))
        });
        present && !headline && !proposal && !self.atoms[k].quoted
    }

    /// Whether a clause complement opens at `k` and says what is to be done: a modal of
    /// obligation or the future in it ("agreed that talks would resume", "that the truce must
    /// hold"). False when no clause opens there ("agreed a ceasefire" has an object).
    fn clause_looks_ahead(&self, k: usize) -> bool {
        // ("agreed on the need for …": a preposition's object; "agreed after the operator raised
        // …": a clause of time, not what is agreed)
        if (self.has(k, class::PREP | class::SUB)
            || ["after", "when", "once", "as", "until"].iter().any(|w| self.word(k, w)))
            && !self.word(k, "that")
        {
            return true;
        }
        self.complement_any(k, |j| {
            self.is_future(j) || ["must", "should", "can", "could"].iter().any(|w| self.word(j, w))
        })
    }

    /// Whether the clause complement opening at `k` (with or without "that") has a word for which
    /// `found` holds; true when no clause opens there (an object: "vowed revenge").
    fn complement_any(&self, k: usize, found: impl Fn(usize) -> bool) -> bool {
        let start = if self.word(k, "that") { k + 1 } else { k };
        let (end, _) = self.clause_end(start, true);
        let end = end.min(self.n());
        let clause = self.word(k, "that") || (start..end).any(|j| self.is_finite_verbish(j));
        !clause || (start..end).any(found)
    }

    /// A future or conditional at `j`: "will", "would", "'ll", "shall", "won't", "going to".
    fn is_future(&self, j: usize) -> bool {
        ["will", "would", "'ll", "’ll", "shall", "wo"].iter().any(|w| self.word(j, w))
            || self.word(j, "going") && self.word(j + 1, "to")
    }

    /// Whether the clause complement opening at `k` (with or without "that") looks ahead: a
    /// future or conditional ("will", "would", "'ll", "shall", "going to") or a threat verb.
    /// An object that is no clause ("vowed revenge") looks ahead by itself.
    fn vows_future(&self, k: usize) -> bool {
        self.complement_any(k, |j| self.is_future(j) || self.is_threat_verb(j))
    }

    /// Whether the clause of the deed at `w` goes on with a condition another must meet
    /// ([`Self::is_refusal_condition`], up to the condition's comma): "vowed to resume protests
    /// if the police did not free them". "if elected", "if the deal goes through" promise.
    fn unless_another_acts(&self, w: usize) -> bool {
        let Some(at) = (w + 1..self.n()).find(|&k| {
            self.word(k, "unless") || self.word(k, "if") || self.kind(k) == Some(AtomKind::Terminal)
        }) else {
            return false;
        };
        let end = (at + 1..(at + 12).min(self.n()))
            .find(|&k| matches!(self.kind(k), Some(AtomKind::Comma | AtomKind::Terminal)))
            .unwrap_or((at + 12).min(self.n()));
        (self.word(at, "if") || self.word(at, "unless")) && self.is_refusal_condition(at, end)
    }

    /// Whether the condition opened at `at` (by "if" or "unless") and running to `end` is one
    /// that another must meet: "unless …", or a negation, "no" or a refusal in it ("if no deal
    /// is reached", "if they fail to pay", "said that if the council failed to act"; "if the
    /// vaccine failed" refuses nothing).
    pub(crate) fn is_refusal_condition(&self, at: usize, end: usize) -> bool {
        self.word(at, "unless")
            || (at + 1..end).any(|k| {
                self.is_negation(k)
                    || self.word(k, "no")
                    || ["fail", "fails", "refuse", "refuses"].iter().any(|w| self.word(k, w))
                    || (self.word(k, "failed") || self.word(k, "refused")) && self.word(k + 1, "to")
            })
    }

    /// "appealed the ruling", "will challenge the decision", "contested the results": a verb
    /// of contesting with a ruling or a result for its object rejects it. True when read so.
    fn ruling_contested(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) -> bool {
        const CONTEST: [&str; 12] = [
            "appeal",
            "appeals",
            "appealed",
            "appealing",
            "challenge",
            "challenges",
            "challenged",
            "challenging",
            "contest",
            "contests",
            "contested",
            "contesting",
        ];
        if !CONTEST.iter().any(|w| self.word(v, w)) {
            return false;
        }
        // the object's head past determiners and modifiers ("the court's ruling", "the election
        // results"; "ruling" itself is a verb form, which ends a plain noun phrase)
        let k = v + 1;
        let mut head = k;
        while head < (k + 5).min(self.n())
            && !RULINGS.iter().any(|w| self.word(head, w))
            && (self.has(head, class::DET)
                || self.is_modifier(head)
                || self.atoms[head].kind == AtomKind::Possessive
                || self.atoms[head].is(class::HEAD)
                || self.is_name(head)
                // "the European Commission's decision"
                || self.entity(head).is_some())
        {
            head += 1;
        }
        if !RULINGS.iter().any(|w| self.word(head, w)) {
            return false;
        }
        let end = head + 1;
        let Some((actor, rule)) = self.subject_of(v, reports) else { return false };
        let polarity = self.polarity_before(v);
        let report = self.attribution(reports, v);
        self.push(out, Act::Reject, actor, None, Some((k, end)), v, rule, polarity, report, false);
        true
    }

    /// Whether the verb at `v` follows "will", "would" or "'ll", past adverbs only (a negation
    /// stops it: "would not sue" promises nothing hostile).
    fn after_future_modal(&self, v: usize) -> bool {
        let mut b = v;
        while b > 0 && (self.has(b - 1, class::ADV) || self.is_ly_adverb(b - 1)) {
            b -= 1;
        }
        b > 0 && ["will", "would", "'ll", "’ll"].iter().any(|w| self.word(b - 1, w))
    }

    /// The subject of the main clause after a participle clause opening the sentence at `v`
    /// ("Denouncing the launch, the joint chiefs said …"): the actor right after the clause's
    /// comma, with a verb right after it.
    fn fronted_participle_subject(&self, v: usize, reports: &[Report]) -> Option<Actor> {
        if (0..v).any(|k| self.atoms[k].is_word()) {
            return None;
        }
        let comma = (v + 1..(v + 30).min(self.n()))
            .take_while(|&j| !matches!(self.atoms[j].kind, AtomKind::Terminal | AtomKind::Semicolon))
            .find(|&j| self.kind(j) == Some(AtomKind::Comma) && !self.atoms[j].quoted)?;
        let actor = self.actor_starting_at(comma + 1)?;
        let verb = self.skip_right(actor.e, self.n());
        if !(self.is_finite_verbish(verb)
            || self.is_report_word(verb)
            || self.has(verb, class::AUX | class::MODAL))
        {
            return None;
        }
        self.speaker_for(actor, reports, v)
    }

    /// `urged the body “to use any means”`: the "to" inside a quotation opening at `j`, else `j`.
    fn past_quote_before_to(&self, j: usize) -> usize {
        if matches!(self.kind(j), Some(AtomKind::OpenQuote | AtomKind::Quote)) && self.word(j + 1, "to") {
            j + 1
        } else {
            j
        }
    }

    /// "and other staff in the sector to strike", "in the region to hold talks": past a second
    /// addressee joined by "and" at `and` (or a phrase of where the addressees are), the "to" of
    /// the infinitive asked for (a finite verb or a comma first: none).
    fn infinitive_past_second_addressee(&self, and: usize) -> Option<usize> {
        // (or past where the addressees are: "Peru and other states in the region to …")
        // ("demanded an audit and called on …": a verb after "and" is a clause of its own)
        let (from, reach) = if self.word(and, "and") && !self.is_verbish(and + 1) {
            (and + 2, 12)
        } else if ["in", "at", "across", "from"].iter().any(|w| self.word(and, w)) {
            (and + 1, 5)
        } else {
            return None;
        };
        (from..(and + reach).min(self.n()))
            .take_while(|&j| {
                matches!(self.atoms[j].kind, AtomKind::Word | AtomKind::Possessive | AtomKind::Hyphen)
                    // ("other states": a noun after its modifier, whatever else it can be)
                    && (!self.is_finite_verbish(j) || self.has(j - 1, class::DET) || self.is_modifier(j - 1))
            })
            .find(|&j| self.word(j, "to") && self.is_base_verb(j + 1))
    }

    /// A capitalised month's name before its day ("May 11"), not the modal.
    fn is_day_month(&self, k: usize) -> bool {
        self.atoms[k].cap && self.kind(k + 1) == Some(AtomKind::Number) && self.word(k, "may")
    }

    /// "a class action accusing …", "a lawsuit demanding …": the legal document ending at `l`,
    /// right before a participle, as the actor that accuses or demands (its article first).
    fn document_before_participle(&self, l: usize) -> Option<Actor> {
        let document = LEGAL_DOCUMENTS.iter().any(|w| self.word(l, w))
            || l >= 1 && self.word(l, "action") && self.word(l - 1, "class");
        if !document {
            return None;
        }
        let s = self.content_np_left(l + 1);
        (s < l && self.has(s, class::DET)).then(|| Actor {
            s,
            e: l + 1,
            who: Who::Unknown,
            role: None,
            span: (self.atoms[s].start, self.atoms[l].end()),
        })
    }

    /// "Volkswagen AG, Audi AG and Porsche AG, as well as two brokers": names and other noun
    /// phrases joined by commas, "and" or "as well as" from `k` (a capitalised name first), up
    /// to one of the frame's prepositions `preps` other than "as" (returned). None unless two at
    /// least are joined and no verb or clause word comes between.
    fn names_listed_before(&self, k: usize, preps: &[Box<str>]) -> Option<usize> {
        let stop = |j: usize| preps.iter().any(|p| &**p != "as" && self.word(j, p));
        if !self.atoms.get(k).is_some_and(|a| a.cap) {
            return None;
        }
        let mut joins = 0;
        let mut j = k;
        while j < (k + 24).min(self.n()) {
            let a = &self.atoms[j];
            // ("Volkswagen Group of America": "of" inside a name goes on to a capital)
            if j > k && stop(j) && !self.atoms.get(j + 1).is_some_and(|n| n.cap) {
                return (joins > 0 && self.atoms[j - 1].is_word()
                    || self.kind(j - 1) == Some(AtomKind::Comma) && joins > 1)
                    .then_some(j);
            }
            if a.kind == AtomKind::Comma || a.eq("and") {
                joins += 1;
            } else if a.eq("as") && self.word(j + 1, "well") && self.word(j + 2, "as") {
                joins += 1;
                j += 2;
            } else if !(a.is_word()
                && (a.cap
                    || a.eq("of") && self.atoms.get(j + 1).is_some_and(|n| n.cap)
                    // ("as well as two brokers": a described party in the list)
                    || !a.is(class::PREP | class::SUB | class::REL | class::AUX | class::MODAL | class::PRON)
                        && !self.is_verbish(j))
                || a.kind == AtomKind::Number)
            {
                return None;
            }
            j += 1;
        }
        None
    }

    /// Whether the hostile deed at `w` is a refusal of a thing: "vowed to appeal the ruling",
    /// "to veto the bill", "to fight the decision" refuse them (and "vowed to appeal" refuses
    /// what was decided); "vowed to fight the rebels" still warns them.
    pub(crate) fn refusing_deed(&self, w: usize) -> bool {
        const ALWAYS: [&str; 5] = ["appeal", "veto", "oppose", "contest", "boycott"];
        const OF_A_THING: [&str; 3] = ["fight", "challenge", "resist"];
        if ALWAYS.iter().any(|x| self.word(w, x)) {
            // ("appeal to voters", "appeal for calm": asking, not refusing)
            return !(self.word(w, "appeal") && (self.word(w + 1, "to") || self.word(w + 1, "for")));
        }
        OF_A_THING.iter().any(|x| self.word(w, x)) && {
            let thing =
                |j: usize| self.has(j, class::PROPOSAL_NOUN) || RULINGS.iter().any(|x| self.word(j, x));
            let mut j = w + 1;
            while j < (w + 6).min(self.n())
                && !thing(j)
                && (self.has(j, class::DET)
                    || self.is_modifier(j)
                    || self.kind(j) == Some(AtomKind::Possessive))
            {
                j += 1;
            }
            j > w + 1 && thing(j)
        }
    }

    /// Whether atom `i` is the -ing form of a verb of hostile action ("fighting", "striking").
    fn is_threat_gerund(&self, i: usize) -> bool {
        let Some(stem) = self.atoms.get(i).filter(|a| a.is_word()).and_then(|a| a.text.strip_suffix("ing"))
        else {
            return false;
        };
        let stem = stem.to_ascii_lowercase();
        let undoubled = stem.len() > 2 && stem.as_bytes()[stem.len() - 1] == stem.as_bytes()[stem.len() - 2];
        [Some(stem.clone()), Some(format!("{stem}e")), undoubled.then(|| stem[..stem.len() - 1].to_string())]
            .into_iter()
            .flatten()
            .any(|base| self.lex.get(&base).is_some_and(|w| w.class & class::THREAT_VERB != 0))
    }

    /// Whether the object at `k` is an amount and nothing more: "a lot", "more", "much",
    /// "everything", "so much", closed by the clause's end ("promised a lot: …").
    fn bare_amount_object(&self, k: usize) -> bool {
        const AMOUNTS: [&str; 6] = ["more", "much", "everything", "anything", "lot", "lots"];
        let mut j = k;
        while ["a", "so", "too"].iter().any(|w| self.word(j, w)) {
            j += 1;
        }
        if !AMOUNTS.iter().any(|w| self.word(j, w)) || self.word(j, "lot") && !self.word(j - 1, "a") {
            return false;
        }
        let after = j + 1;
        after >= self.n()
            || matches!(
                self.atoms[after].kind,
                AtomKind::Terminal | AtomKind::Comma | AtomKind::Colon | AtomKind::Semicolon | AtomKind::Dash
            )
            || self.has(after, class::COORD)
    }

    /// Whether the capitalised trigger at `t`, after a capitalised word, is part of a name: a claim
    /// verb with capitalised words on both sides outside a title-case headline ("Handbook of
    /// Life Support Systems", "the book Friends Support Peace"; a headline capitalises its verb
    /// too: "Union Rejects Pay Offer"), or any trigger before another capitalised word in a
    /// sentence mostly in lower case ("a draft Credit Support Annex").
    fn verb_inside_name(&self, t: usize) -> bool {
        let cap_word = |k: usize| self.atoms.get(k).is_some_and(|a| a.is_word() && a.cap);
        if t == 0 || !self.atoms[t].cap || !cap_word(t - 1) {
            return false;
        }
        if self.atoms[t].info.is_some_and(|w| w.claim_verb.is_some())
            && cap_word(t + 1)
            && !self.is_title_case()
        {
            return true;
        }
        let next_cap = (t + 1..(t + 3).min(self.n()))
            .find(|&k| self.atoms[k].is_word())
            .is_some_and(|k| self.atoms[k].cap);
        let words = self.atoms.iter().filter(|a| a.is_word()).count();
        let capitalised = self.atoms.iter().filter(|a| a.is_word() && a.cap).count();
        let sentence_start = (0..t - 1).all(|k| !self.atoms[k].is_word());
        next_cap && !sentence_start && capitalised * 2 < words
    }

    /// Sense filters run on every candidate before it is pushed: whether the words around the
    /// claim verb at `trigger` say it is no claim after all (a clause nobody asserts, a question,
    /// a deed called a wrong, an act put off, a memo "blasted out", a reporter seeking comment, a
    /// legal appeal).
    fn no_claim_by_sense(
        &self,
        act: Act,
        actor: Actor,
        addressee: Option<Actor>,
        content: Option<(usize, usize)>,
        trigger: usize,
    ) -> bool {
        if actor.e <= trigger && self.in_unasserted_clause(actor.s, trigger) {
            return true;
        }
        if self.in_question(trigger) {
            return true;
        }
        // ("Russia, you can veto this resolution, but you cannot veto the truth": the one spoken
        // to is no one the article names; "If you don't have a strong engine, you won't get
        // there": a generic "you" is told what will happen)
        if actor.e == actor.s + 1 && self.word(actor.s, "you") {
            return true;
        }
        // ("holdouts, who he said were backed by Maduro": a parenthetical "he said" is no
        // content)
        if let Some((s, e)) = content {
            if e == s + 2 && self.atoms[s].is(class::PRON) && self.is_report_word(s + 1) {
                return true;
            }
        }
        // ("dismissed the finance minister", "had dismissed Christian Lindner": removed from
        // office, not refused; "dismissed Lindner as a liar" judges him)
        if act == Act::Reject && self.starts_with_any(trigger, &["dismiss"]) {
            if let Some((s, e)) = content {
                let person = self.actor_starting_at(s).is_some_and(|o| {
                    (o.e == e
                        || self.kind(o.e) == Some(AtomKind::Comma)
                        || self.has(o.e, class::PREP | class::TIME))
                        && (matches!(o.who, Who::Person(_)) || (o.s..o.e).any(|k| self.is_office(k)))
                });
                if person && !(e..(e + 8).min(self.n())).any(|k| self.word(k, "as")) {
                    return true;
                }
            }
        }
        // "the sentence defies logic", "defied belief": beyond reason, not refused
        if act == Act::Reject
            && self.starts_with_any(trigger, &["defi"])
            && content.is_some_and(|(s, _)| {
                [
                    "logic",
                    "belief",
                    "comprehension",
                    "reason",
                    "description",
                    "explanation",
                    "sense",
                    "gravity",
                ]
                .iter()
                .any(|w| self.word(s, w))
                    || self.word(s, "common") && self.word(s + 1, "sense")
            })
        {
            return true;
        }
        // "have offered no evidence", "offered little detail": nothing put forward
        if act == Act::Propose
            && content.is_some_and(|(s, _)| ["no", "little", "few"].iter().any(|w| self.word(s, w)))
        {
            return true;
        }
        // "the chamber threatens their independence", "the drought threatens the harvest": what
        // endangers a good thing threatens no one with anything
        if act == Act::Warn && self.starts_with_any(trigger, &["threat"]) {
            if let Some((s, e)) = content {
                const GOODS: [&str; 22] = [
                    "independence",
                    "stability",
                    "security",
                    "existence",
                    "future",
                    "survival",
                    "livelihoods",
                    "lives",
                    "health",
                    "peace",
                    "sovereignty",
                    "democracy",
                    "freedom",
                    "freedoms",
                    "rights",
                    "integrity",
                    "safety",
                    "jobs",
                    "economy",
                    "recovery",
                    "harvest",
                    "credibility",
                ];
                let mut k = s;
                while k < e
                    && !GOODS.iter().any(|w| self.word(k, w))
                    && (self.has(k, class::DET | class::PRON)
                        || self.is_modifier(k)
                        || self.kind(k) == Some(AtomKind::Possessive)
                        || ["'s", "’s", "their", "its", "our", "his", "her"].iter().any(|w| self.word(k, w)))
                {
                    k += 1;
                }
                if k < e && GOODS.iter().any(|w| self.word(k, w)) {
                    return true;
                }
            }
        }
        // "claims the department illegally approved a permit": a deed called a wrong is the
        // accuser's claim (the reported violation), not an acceptance of the one accused
        if matches!(act, Act::Accept | Act::Propose)
            && trigger > 0
            && ["illegally", "unlawfully", "wrongly", "improperly", "arbitrarily", "illegitimately"]
                .iter()
                .any(|w| self.word(trigger - 1, w))
        {
            return true;
        }
        // "was delaying approving the agreement", "avoided condemning the attack": an act put
        // off or avoided is not done
        if self.atoms[trigger].text.ends_with("ing")
            && trigger > 0
            && [
                "delaying",
                "delay",
                "delayed",
                "delays",
                "postponing",
                "postponed",
                "avoiding",
                "avoided",
                "avoid",
            ]
            .iter()
            .any(|w| self.word(trigger - 1, w))
        {
            return true;
        }
        // "will not sit down with the rebels", "ready to sit for talks": sitting offers or refuses
        // talks only with the words of talks ("would not sit in the front row" does neither)
        // ("will not stand by and do nothing" warns: only an offer or a refusal is read here)
        let offer_or_refusal = matches!(act, Act::Accept | Act::Reject);
        if let Some((s, _)) =
            content.filter(|&(s, _)| offer_or_refusal && (self.word(s, "sit") || self.word(s, "sitting")))
        {
            let talks = ["down", "with"].iter().any(|w| self.word(s + 1, w))
                || (self.word(s + 1, "for") || self.word(s + 1, "at"))
                    && (s + 2..(s + 5).min(self.n())).any(|k| {
                        ["talks", "dialogue", "negotiations", "table"].iter().any(|w| self.word(k, w))
                    });
            if !talks {
                return true;
            }
        }
        // "blasted out a memo": sent it, no attack
        if act == Act::Accuse && self.starts_with_any(trigger, &["blast"]) && self.word(trigger + 1, "out") {
            return true;
        }
        // "a message seeking comment", "requests for comment were not returned": the reporter's
        // question, nobody's demand ("urged the premier to comment on the column" presses a
        // public figure: reporters ask, they do not urge or challenge)
        let pressing = self.starts_with_any(trigger, &["urge", "press", "challeng", "demand"]);
        if act == Act::Demand
            && !pressing
            && content.is_some_and(|(s, _)| {
                (self.word(s, "comment") || self.word(s, "comments"))
                    && self
                        .atoms
                        .get(s + 1)
                        .is_none_or(|a| !a.is_word() || a.is(class::PREP | class::AUX | class::NEG))
            })
        {
            return true;
        }
        // "will appeal to the Court of Arbitration for Sport", "will appeal to let people know the
        // truth": a legal appeal, or one with a purpose, asks nobody to act
        if act == Act::Demand && self.starts_with_any(trigger, &["appeal"]) {
            // ("appealed to the Supreme Court to overturn the ban" still asks the court to act)
            let to_court = addressee.is_some_and(|a| {
                (a.s..a.e)
                    .any(|k| ["court", "tribunal", "judge", "judges", "CAS"].iter().any(|w| self.word(k, w)))
                    && !(self.word(a.e, "to") && content.is_some_and(|(s, _)| s == a.e + 1))
            });
            let purpose = addressee.is_none()
                && self.word(trigger + 1, "to")
                && content.is_some_and(|(s, _)| s == trigger + 2 && self.is_base_verb(s));
            if to_court || purpose {
                return true;
            }
        }
        false
    }

    /// "there is no proof that Kovago refused a test", "the government's expectation that Pakistan
    /// will not take any step …": a clause opened by "that" after a noun of proof wanting or of
    /// expectation is nobody's act. `subject` opens the clause, `trigger` is its verb.
    fn in_unasserted_clause(&self, subject: usize, trigger: usize) -> bool {
        if subject < 2 || !self.word(subject - 1, "that") {
            return false;
        }
        let noun = subject - 2;
        let expected = ["expectation", "expectations", "hope", "hopes", "speculation"]
            .iter()
            .any(|w| self.word(noun, w))
            && (subject..trigger)
                .any(|k| ["will", "would", "’ll", "'ll", "might", "may"].iter().any(|w| self.word(k, w)));
        let unproven = ["proof", "evidence", "indication", "sign"].iter().any(|w| self.word(noun, w))
            && (noun.saturating_sub(3)..noun).any(|k| self.word(k, "no") || self.has(k, class::NEG));
        expected || unproven
    }

    /// "“Will you accept that offer?” he asked": the verb at `trigger` is in a question, opened by
    /// an auxiliary or a modal and closed by "?" (inside a quotation too), which asks and claims
    /// nothing.
    fn in_question(&self, trigger: usize) -> bool {
        let Some(end) = (trigger..self.n()).find(|&k| self.kind(k) == Some(AtomKind::Terminal)) else {
            return false;
        };
        if self.atoms[end].text != "?" {
            return false;
        }
        let start = (0..trigger)
            .rev()
            .find(|&k| matches!(self.kind(k), Some(AtomKind::Terminal | AtomKind::OpenQuote)))
            .map_or(0, |k| k + 1);
        self.has(start, class::AUX | class::MODAL) && !self.word(start, "had")
    }

    /// At a comma right after a verb: a short aside between commas ("in the strongest terms",
    /// "among other things", "once again") that opens with a preposition or an adverb and holds no
    /// verb; the atom after its closing comma.
    fn aside_after_verb(&self, comma: usize) -> Option<usize> {
        if self.kind(comma) != Some(AtomKind::Comma) {
            return None;
        }
        let opens = comma + 1;
        let opener = self.has(opens, class::PREP | class::ADV)
            || self.is_ly_adverb(opens)
            || ["among", "amid", "once", "again"].iter().any(|w| self.word(opens, w));
        if !opener || self.atoms[opens].cap || self.word(opens, "that") {
            return None;
        }
        let close =
            (opens + 1..(opens + 7).min(self.n())).find(|&k| self.kind(k) == Some(AtomKind::Comma))?;
        // (no clause inside: "…, in the strongest terms, …" but not "…, in which he said, …")
        let plain = (opens..close).all(|k| {
            self.atoms[k].is_word()
                && !self.has(k, class::AUX | class::MODAL | class::REL)
                && !self.is_report_word(k)
        });
        // (an object or a clause after it: "the attack", "that …", "Tehran's claims")
        let object = self.atoms.get(close + 1).is_some_and(|a| {
            a.is_quote() || a.is_word() && (a.is(class::DET | class::PRON) || a.cap || a.eq("that"))
        });
        (plain && object).then_some(close + 1)
    }

    /// "the landlords have rejected it", "Tehran denied them": a pronoun object right after
    /// the claim verb at `verb`, closing the clause, stands for what was named before; the claim
    /// is made even though its content is only the pronoun.
    fn refers_back(&self, pronoun: usize, verb: usize) -> bool {
        pronoun == verb + 1
            && ["it", "them", "this"].iter().any(|w| self.word(pronoun, w))
            && self.atoms.get(pronoun + 1).is_none_or(|a| {
                matches!(a.kind, AtomKind::Terminal | AtomKind::Comma | AtomKind::Semicolon)
                    || self.is_time_word(pronoun + 1) && !self.word(pronoun + 1, "the")
                    || ["on", "last", "earlier"].iter().any(|w| self.word(pronoun + 1, w))
                        && self.is_time_word(pronoun + 2)
                    || ["again", "outright", "too", "publicly"].iter().any(|w| self.word(pronoun + 1, w))
            })
    }

    /// Whether "demand" at `i` is the market's: "supply and demand", "third-party demand and
    /// supply providers", "demand-side", "growing demand for oil".
    fn is_market_demand(&self, i: usize) -> bool {
        const MARKET: [&str; 16] = [
            "growing",
            "rising",
            "falling",
            "strong",
            "weak",
            "insatiable",
            "soaring",
            "slowing",
            "global",
            "domestic",
            "consumer",
            "robust",
            "sluggish",
            "surging",
            "pent-up",
            "weakening",
        ];
        if !(self.word(i, "demand") || self.word(i, "demands")) {
            return false;
        }
        let supply = |k: Option<usize>| k.is_some_and(|k| self.word(k, "supply") || self.word(k, "side"));
        let before = (0..i).rev().find(|&j| self.kind(j) != Some(AtomKind::Hyphen));
        supply(i.checked_sub(2)) && self.word(i.wrapping_sub(1), "and")
            || self.word(i + 1, "and") && supply(Some(i + 2))
            || self.kind(i + 1) == Some(AtomKind::Hyphen) && supply(Some(i + 2))
            || self.word(i + 1, "side")
            || before.is_some_and(|j| MARKET.iter().any(|w| self.word(j, w)))
    }

    pub(crate) fn lex_lemma_is(&self, i: usize, words: &[&str]) -> bool {
        words.iter().any(|w| self.word(i, w))
    }

    /// Do two actors stand for the same side?
    pub(crate) fn same_side(&self, a: &Actor, b: &Actor) -> bool {
        let norms = |x: &Actor| -> Vec<u32> {
            match x.who {
                Who::Norms(ids, n) => ids[..n as usize].to_vec(),
                Who::Person(p) => self.lex.norm_ids_of(&self.memory.people[p].norm),
                Who::Group(g) => self.lex.norm_ids_of(&self.memory.groups[g as usize].norm),
                Who::Unknown => Vec::new(),
            }
        };
        let (x, y) = (norms(a), norms(b));
        !x.is_empty() && x.iter().any(|i| y.contains(i))
    }

    /// Negation and hedges between a verb and its subject.
    pub(crate) fn polarity_before(&self, v: usize) -> (bool, bool) {
        if let Some(neither) = self.neither_before(v) {
            let (_, hedge) = self.polarity_before(neither);
            return (true, hedge);
        }
        let from = self.skip_left(v.checked_sub(1)).map_or(0, |l| l + 1);
        self.polarity(from, v)
    }

    /// "neither confirmed nor denied": for a verb right after "nor", the "neither" that opens the
    /// pair, within a few words.
    pub(crate) fn neither_before(&self, v: usize) -> Option<usize> {
        let nor = v.checked_sub(1).filter(|&n| self.word(n, "nor"))?;
        (nor.saturating_sub(6)..nor).rev().find(|&k| self.word(k, "neither"))
    }

    /// Runs every rule over the sentence.
    /// "Biden said the governor should resign, as did the state's two senators, A and B": the
    /// claim just before ", as did …" made again by those named after it.
    fn as_did_others(&self, candidates: &mut Vec<Candidate>) {
        for v in 2..self.n() {
            if !(self.kind(v - 2) == Some(AtomKind::Comma)
                && self.word(v - 1, "as")
                && ["did", "have", "has", "had", "do", "does"].iter().any(|w| self.word(v, w)))
            {
                continue;
            }
            let Some(mut others) = self.actor_starting_at(v + 1) else { continue };
            // (the phrase ends the sentence, or the names after it do: "…, its two senators, A
            // and B.", who are then the ones named)
            if self.kind(others.e) == Some(AtomKind::Comma) {
                match self.actor_starting_at(others.e + 1) {
                    Some(named) if (named.s..named.e).any(|k| self.is_name(k)) => others = named,
                    _ => continue,
                }
            }
            if self.atoms.get(others.e).is_some_and(|a| a.kind != AtomKind::Terminal) {
                continue;
            }
            let Some(claim) =
                candidates.iter().filter(|c| c.trigger < v - 2).max_by_key(|c| c.trigger).copied()
            else {
                continue;
            };
            if claim.actor.who == others.who && others.who != Who::Unknown {
                continue;
            }
            candidates.push(Candidate { actor: others, trigger: v, rule: "as-did", ..claim });
        }
    }

    pub(crate) fn find_claims(&mut self, scratch: &mut Scratch) {
        scratch.candidates.clear();
        let reports = std::mem::take(&mut scratch.reports);
        for v in 0..self.n() {
            let a = self.atoms[v];
            if a.kind == AtomKind::Colon {
                self.headline_address_rule(v, &mut scratch.candidates);
            }
            if a.kind != AtomKind::Word {
                continue;
            }
            // Rules keyed to a word: its first letter picks the few words worth comparing.
            match a.text.as_bytes().first().map(u8::to_ascii_lowercase) {
                Some(b's' | b'r') => {
                    if a.eq("refused") || a.eq("refuses") {
                        self.refused_request_rule(v, &reports, &mut scratch.candidates);
                    }
                    if ["stay", "staying", "remain", "remaining"].iter().any(|w| a.eq(w)) {
                        self.staying_in_rule(v, &reports, &mut scratch.candidates);
                    }
                    if a.eq("right") {
                        self.no_right_rule(v, &reports, &mut scratch.candidates);
                        self.reserve_right_rule(v, &reports, &mut scratch.candidates);
                    }
                    if a.eq("regret") || ["response", "reaction", "reply"].iter().any(|w| a.eq(w)) {
                        self.consequences_rule(v, &reports, &mut scratch.candidates);
                    }
                    // ("played no role in the attack")
                    if a.eq("role") {
                        self.involvement_rule(v, &reports, &mut scratch.candidates);
                    }
                    if a.eq("scorn") {
                        self.closed_door_rule(v, &reports, &mut scratch.candidates);
                    }
                    if self.word(v + 1, "to")
                        && ["sued", "sues", "sue", "suing", "seeks", "seeking", "sought"]
                            .iter()
                            .any(|w| a.eq(w))
                    {
                        self.legal_remedy_rule(v, &reports, &mut scratch.candidates);
                    }
                }
                Some(b'n') if a.eq("not") => self.but_not_rule(v, &reports, &mut scratch.candidates),
                Some(b'o') if a.eq("only") => self.only_if_rule(v, &reports, &mut scratch.candidates),
                // "Netanyahu says no to a Palestinian state": saying no to a thing rejects it
                Some(b'n')
                    if a.eq("no")
                        && self.word(v + 1, "to")
                        && v > 0
                        && ["says", "said", "say", "saying"].iter().any(|w| self.word(v - 1, w))
                        && !self.has(v + 2, class::PRON)
                        && !["me", "us", "him", "her", "them", "you", "it"]
                            .iter()
                            .any(|w| self.word(v + 2, w)) =>
                {
                    self.push_subject_claim(
                        v - 1,
                        v,
                        (Act::Reject, "said-no"),
                        v + 2,
                        &reports,
                        &mut scratch.candidates,
                    );
                }
                Some(b'n') if a.eq("no") => self.no_deal_rule(v, &reports, &mut scratch.candidates),
                Some(b'd' | b'l' | b'w')
                    if ["dropped", "drops", "drop", "lifted", "lifts", "lift", "withdrew", "withdraws"]
                        .iter()
                        .any(|w| a.eq(w)) =>
                {
                    self.dropped_objection_rule(v, &reports, &mut scratch.candidates)
                }
                Some(b'v')
                    if ["voted", "votes", "vote"].iter().any(|w| a.eq(w)) && self.word(v + 1, "for") =>
                {
                    self.voted_for_rule(v, &reports, &mut scratch.candidates)
                }
                Some(b'o') if ["ordered", "orders", "order"].iter().any(|w| a.eq(w)) => {
                    self.ordered_deed_rule(v, &reports, &mut scratch.candidates)
                }
                // "came under fire from regulators": criticism received (not gunfire: "came under
                // fire from Taliban fighters")
                Some(b'f')
                    if a.eq("fire") && v > 0 && self.word(v - 1, "under") && self.word(v + 1, "from") =>
                {
                    let armed = self.actor_starting_at(v + 2).is_none_or(|m| {
                        matches!(
                            m.role,
                            Some(Role::Military | Role::Rebels | Role::ArmedGroup | Role::Police)
                        )
                    });
                    if !armed {
                        self.received_claim(v, v + 1, None, Act::Accuse, &reports, &mut scratch.candidates)
                    }
                }
                Some(b'd' | b'w') if a.eq("door") || a.eq("water") => {
                    self.closed_door_rule(v, &reports, &mut scratch.candidates)
                }
                Some(b'm') if a.eq("met") => self.consequences_rule(v, &reports, &mut scratch.candidates),
                Some(b'i' | b'h') if a.eq("idly") || a.eq("hands") => {
                    self.idly_by_rule(v, &reports, &mut scratch.candidates)
                }
                Some(b'c' | b'p' | b'd') if a.eq("consequences") || a.eq("price") || a.eq("dearly") => {
                    self.consequences_rule(v, &reports, &mut scratch.candidates)
                }
                Some(b'o') if ["owes", "owed", "owe"].iter().any(|w| a.eq(w)) => {
                    self.owed_apology_rule(v, &reports, &mut scratch.candidates)
                }
                Some(b'p') if ["pleaded", "pleads", "plead", "pled"].iter().any(|w| a.eq(w)) => {
                    self.plea_rule(v, &reports, &mut scratch.candidates)
                }
                Some(b'q')
                    if ["questioned", "questions", "question", "questioning"].iter().any(|w| a.eq(w)) =>
                {
                    self.questioned_rule(v, &reports, &mut scratch.candidates)
                }
                Some(b'd') if a.eq("declined") || a.eq("declines") => {
                    self.refused_request_rule(v, &reports, &mut scratch.candidates)
                }
                Some(b'd') if ["defended", "defends", "defend", "defending"].iter().any(|w| a.eq(w)) => {
                    self.defended_rule(v, &reports, &mut scratch.candidates)
                }
                Some(b'b') if a.eq("behind") => self.behind_rule(v, &reports, &mut scratch.candidates),
                // "gave the green light to the merger": approving it
                Some(b'l') if a.eq("light") => self.green_light_rule(v, &reports, &mut scratch.candidates),
                // "has no plans to settle"
                Some(b'p') if (a.eq("plans") || a.eq("plan")) && v >= 1 && self.word(v - 1, "no") => {
                    self.stance_rule(v, &reports, &mut scratch.candidates)
                }
                Some(b'i' | b'p' | b'k' | b'a')
                    if a.eq("involved")
                        || a.eq("involvement")
                        || a.eq("part")
                        || a.eq("knowledge")
                        || a.eq("aware") =>
                {
                    self.involvement_rule(v, &reports, &mut scratch.candidates)
                }
                // "said he stands with the police chief": standing with someone backs them
                Some(b'w') if a.eq("with") => self.standing_with_rule(v, &reports, &mut scratch.candidates),
                Some(b'b') if a.eq("blame") => self.to_blame_rule(v, &reports, &mut scratch.candidates),
                Some(b'g') if ["gave", "give", "gives", "given", "giving"].iter().any(|w| a.eq(w)) => {
                    self.ultimatum_rule(v, &reports, &mut scratch.candidates)
                }
                Some(b'd') if a.eq("deadline") => self.deadline_rule(v, &reports, &mut scratch.candidates),
                // (as written: the outcome follows its verb, in lower case)
                Some(b'v' | b'c' | b'w' | b'b' | b'u' | b'i' | b'e' | b'd')
                    if crate::predicates::is_harmful_outcome(a.text) =>
                {
                    self.harmful_outcome_rule(v, &reports, &mut scratch.candidates)
                }
                Some(b'p') if ["pushed", "pushing", "pushes", "push"].iter().any(|w| a.eq(w)) => {
                    self.pushed_to_rule(v, &reports, &mut scratch.candidates)
                }
                // "the move drew fierce opposition from the builders' association", "faced
                // opposition from Republicans" ("opposition" is no claim noun elsewhere: "the
                // opposition demanded …" names an actor)
                Some(b'o') if a.eq("opposition") && self.word(v + 1, "from") => {
                    self.received_claim(v, v + 1, None, Act::Reject, &reports, &mut scratch.candidates)
                }
                Some(b'o') if a.eq("opposition") => {
                    self.voiced_opposition(v, &reports, &mut scratch.candidates)
                }
                Some(b'c' | b'l')
                    if ["compared", "comparing", "compares", "likened", "likening", "likens"]
                        .iter()
                        .any(|w| a.eq(w)) =>
                {
                    self.likened_rule(v, &reports, &mut scratch.candidates)
                }
                Some(b'u') if a.eq("unanswered") || a.eq("unpunished") => {
                    self.consequences_rule(v, &reports, &mut scratch.candidates)
                }
                Some(b'a') if a.eq("answer") => self.consequences_rule(v, &reports, &mut scratch.candidates),
                Some(b'u') if a.eq("until") || a.eq("unless") => {
                    self.refused_until_rule(v, &reports, &mut scratch.candidates);
                    if a.eq("until") {
                        self.continued_until_rule(v, &reports, &mut scratch.candidates);
                    }
                }
                // "said security forces had used live ammunition against protesters": force used
                // on people, in someone's reported words, accuses
                Some(b'u') if (a.eq("used") || a.eq("using")) && self.force_used_on_people(v) => {
                    self.violation_rule(v, &reports, &mut scratch.candidates)
                }
                Some(b'i') if a.eq("innocence") => self.innocence_rule(v, &reports, &mut scratch.candidates),
                Some(b'a') if a.eq("asked") => self.asked_answer_rule(v, &reports, &mut scratch.candidates),
                Some(b'a' | b'p') if a.eq("allowed") || a.eq("permitted") => {
                    self.allowed_rule(v, &reports, &mut scratch.candidates)
                }
                Some(b'h') if a.eq("happened") || a.eq("happen") => {
                    self.never_happened_rule(v, &reports, &mut scratch.candidates)
                }
                _ => {}
            }
            if a.is(class::RESPONSIBLE) {
                self.responsible_rule(v, &reports, &mut scratch.candidates);
            }
            let wrong_manner = a.text.ends_with("ly") && WRONG_MANNER.iter().any(|w| a.eq(w));
            // "said the funds had been illegally diverted", "claimed the land was unlawfully
            // seized": a deed done the wrong way, in someone's reported words, accuses
            if wrong_manner
                && self.atoms.get(v + 1).is_some_and(|p| {
                    // (an irregular past too: "unlawfully sold", "illegally took")
                    p.is_word()
                        && !p.cap
                        && (p.info.is_none_or(|w| w.verb == 0 || w.verb & form::PART != 0)
                            && p.text.ends_with("ed")
                            || p.info.is_some_and(|w| w.verb_forms() & (form::PAST | form::PART) != 0))
                })
            {
                self.violation_rule(v + 1, &reports, &mut scratch.candidates);
            }
            // "“I never touched anyone inappropriately,” he said": a deed done the wrong way,
            // never done, in someone's reported words, denies the wrong
            if wrong_manner || a.text.len() == 15 && a.eq("inappropriately") {
                self.never_done_wrongly_rule(v, &reports, &mut scratch.candidates);
            }
            // "Uber appealed the ruling", "would challenge the decision in court", "contested the
            // results": contesting a ruling rejects it
            if a.text.len() >= 6
                && matches!(a.text.as_bytes()[0], b'a' | b'c' | b'A' | b'C')
                && self.ruling_contested(v, &reports, &mut scratch.candidates)
            {
                continue;
            }
            // "has lost confidence in the minister"
            if a.text.len() == 10 && a.eq("confidence") && self.word(v + 1, "in") {
                self.no_confidence_rule(v, &reports, &mut scratch.candidates);
            }
            if a.text.len() == 5 && a.eq("there") {
                self.there_will_be_no_rule(v, &reports, &mut scratch.candidates);
            }
            if a.text.len() == 4 && self.takes_hostile_measures(v) {
                self.will_threat_rule(v, &reports, &mut scratch.candidates);
            }
            if let Some(info) = a.info {
                // (`light_verb` reads only verbs: the word test runs on verb forms alone)
                let joining = (info.verb != 0 || info.claim_verb.is_some())
                    && crate::predicates::is_joining_verb(a.text);
                if (info.class & class::LIGHT != 0 || joining)
                    && self.light_verb(v, &reports, &mut scratch.candidates)
                {
                    continue;
                }
                // "said she would sue the agency if …": a hostile act promised warns; it accuses
                // nobody yet
                // ("would veto the bill" stays a refusal: only what would accuse is a threat)
                let promised_threat = info.class & class::THREAT_VERB != 0
                    && info
                        .claim_verb
                        .is_some_and(|(verb, _)| self.lex.verbs[verb as usize].act == Act::Accuse)
                    && self.after_future_modal(v);
                if promised_threat {
                    self.will_threat_rule(v, &reports, &mut scratch.candidates);
                    continue;
                }
                if let Some((verb, forms)) = info.claim_verb {
                    if a.mark == crate::atoms::NONE {
                        self.verb_rule(
                            v,
                            &self.lex.verbs[verb as usize],
                            forms,
                            &reports,
                            &mut scratch.candidates,
                        );
                    }
                }
                if info.noun_act.is_some() && !self.is_compound_call(v) {
                    self.nominal_rule(v, &reports, &mut scratch.candidates);
                }
                if info.class & class::MODAL != 0 && a.mark == crate::atoms::NONE {
                    self.modal_rule(v, v + 1, &reports, &mut scratch.candidates);
                }
                if info.class & class::READY != 0 {
                    self.ready_rule(v, &reports, &mut scratch.candidates);
                }
                // ("will not take up": "take" is a claim verb only in "take aim")
                if info.class & class::READY_VERB != 0
                    && (self.claim_verb_at(v).is_none()
                        // ("will not submit to pressure": giving in, where "submit" also proposes)
                        || info.class & class::YIELD_VERB != 0 && self.word(v + 1, "to"))
                    // "We will not back down": refusing to yield
                    || a.eq("back") && self.word(v + 1, "down")
                    // ("we are not going to accept any increase": the claim verb finds no
                    // subject past "going to")
                    || info.class & class::READY_VERB != 0
                        && v >= 2
                        && self.word(v - 1, "to")
                        && self.word(v - 2, "going")
                {
                    self.will_not_rule(v, &reports, &mut scratch.candidates);
                }
                if info.class & class::READY_VERB != 0 {
                    self.will_comply_rule(v, &reports, &mut scratch.candidates);
                }
                // "I am not resigning", "we are not backing down" (the cheap tests first)
                if a.text.len() >= 6
                    && a.text.ends_with("ing")
                    && v >= 2
                    && self.is_negation(v - 1)
                    && self.is_be_or_contracted(v - 2)
                    && self.is_refusable_ing(v)
                {
                    self.will_not_rule(v, &reports, &mut scratch.candidates);
                }
                if info.class & class::VIOLATION_VERB != 0 {
                    self.violation_rule(v, &reports, &mut scratch.candidates);
                }
                // ("will strike the militants": "strike" is a claim verb only in "strike down")
                if info.class & class::THREAT_VERB != 0
                    && (info.claim_verb.is_none()
                        || self.claim_verb_at(v).is_none()
                        // ("we will resist them": a verb that refuses only a proposal threatens
                        // whoever else it takes)
                        || info.claim_verb.is_some_and(|(verb, _)| {
                            self.lex.verbs[verb as usize].frames.proposal_object && !self.names_proposal(v + 1)
                        }))
                {
                    self.will_threat_rule(v, &reports, &mut scratch.candidates);
                }
                if info.class & class::STANCE != 0 {
                    self.stance_rule(v, &reports, &mut scratch.candidates);
                }
                if info.class & class::WRONGDOING != 0 {
                    self.there_was_rule(v, &reports, &mut scratch.candidates);
                }
                // "had done nothing wrong", "did nothing illegal"
                if a.text.len() >= 5
                    && v > 0
                    && matches!(self.atoms[v - 1].text.len(), 7 | 8)
                    && (self.atoms[v - 1].eq("nothing") || self.atoms[v - 1].eq("anything"))
                {
                    self.nothing_wrong_rule(v, &reports, &mut scratch.candidates);
                }
                // "had nothing to do with it"
                if a.text.len() == 2
                    && a.eq("do")
                    && v >= 3
                    && self.word(v - 1, "to")
                    && self.word(v - 2, "nothing")
                    && self.word(v + 1, "with")
                {
                    self.nothing_to_do_with_rule(v, &reports, &mut scratch.candidates);
                }
                // "the blockade cannot continue", "he cannot remain in power"
                if v > 0
                    && a.text.len() <= 8
                    && self.atoms[v - 1].text.len() <= 6
                    && (self.word(v - 1, "cannot")
                        || self.word(v - 1, "not")
                        || self.kind(v - 1) == Some(AtomKind::Negation))
                {
                    self.cannot_go_on_rule(v, &reports, &mut scratch.candidates);
                }
                if a.text.ends_with("ed") && v > 0 && self.word(v - 1, "be") {
                    self.not_allowed_rule(v, &reports, &mut scratch.candidates);
                    self.not_intimidated_rule(v, &reports, &mut scratch.candidates);
                }
                if info.class & class::IMPERATIVE != 0 && a.quoted {
                    self.imperative_rule(v, &reports, &mut scratch.candidates);
                }
                if a.eq("will") || a.eq("would") || a.eq("'ll") || a.eq("’ll") {
                    self.conditional_rule(v, &reports, &mut scratch.candidates);
                }
            }
            if let Some(m) = self.mark(v).filter(|m| m.start == v).copied() {
                match m.kind {
                    PhraseKind::Modal => self.modal_rule(v, m.end, &reports, &mut scratch.candidates),

                    PhraseKind::RejectPredicate => {
                        self.unacceptable_rule(v, Act::Reject, &reports, &mut scratch.candidates)
                    }
                    PhraseKind::DemandPredicate => {
                        self.unacceptable_rule(v, Act::Demand, &reports, &mut scratch.candidates)
                    }
                    PhraseKind::AccusePredicate => {
                        self.unacceptable_rule(v, Act::Accuse, &reports, &mut scratch.candidates)
                    }
                    PhraseKind::DenyPredicate => {
                        // ("the Fake News" names the press; "is fake news" denies)
                        let named_press = self.fake_news_label(v, m.end, &reports, &mut scratch.candidates);
                        if !named_press {
                            self.unacceptable_rule(v, Act::Deny, &reports, &mut scratch.candidates)
                        }
                    }
                    _ => {}
                }
            }
            if let Some(m) = self.cue(v).filter(|m| m.start == v && m.kind == PhraseKind::Necessary).copied()
            {
                self.necessary_rule(v, m.end, &reports, &mut scratch.candidates);
            }
            if let Some(m) =
                self.cue(v).filter(|m| m.start == v && m.kind == PhraseKind::RightCourse).copied()
            {
                self.right_course_rule(v, m.end, &reports, &mut scratch.candidates);
            }
        }
        self.document_allegations(&reports, &mut scratch.candidates);
        self.as_did_others(&mut scratch.candidates);
        scratch.reports = reports;
        // "did not say that the minister had threatened her": nothing in a denied report
        let reports = &scratch.reports;
        scratch.candidates.retain(|c| !c.report.is_some_and(|r| reports.get(r).is_some_and(|r| r.denied)));
        self.settle(&mut scratch.candidates, reports);
    }

    /// "Several governors voiced opposition to the mandate", "expressed their strong opposition
    /// to the plan": opposition stated is a refusal (`v` at "opposition"; "the opposition
    /// demanded …" names an actor, and only a verb of stating makes it a stance).
    fn voiced_opposition(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        const STATING: [&str; 16] = [
            "voiced",
            "voice",
            "voices",
            "voicing",
            "expressed",
            "express",
            "expresses",
            "expressing",
            "signaled",
            "signalled",
            "registered",
            "reiterated",
            "stated",
            "declared",
            "made",
            "announced",
        ];
        let Some(lead) = (v.saturating_sub(6)..v).rev().find(|&k| STATING.iter().any(|w| self.word(k, w)))
        else {
            return;
        };
        // only a determiner (a possessive pronoun is one), a modifier or a day between: "voiced
        // their strong opposition", "reiterated on Thursday its firm opposition"
        let between = |k: usize| {
            self.has(k, class::DET | class::WEEKDAY | class::TIME)
                || self.word(k, "on") && self.has(k + 1, class::WEEKDAY | class::TIME)
                || self.is_modifier(k)
                || self.tag(k).is_some_and(|t| t.xpos() == "JJ")
        };
        if !self.word(v + 1, "to") || !(lead + 1..v).all(between) {
            return;
        }
        self.push_subject_claim(lead, v, (Act::Reject, "stance"), v + 2, reports, out);
    }

    /// "questioned the legitimacy of the vote", "questioned the governor's refusal to say …": casting
    /// doubt on a quality or a decision of someone's criticises it (questioning a witness does
    /// not).
    fn questioned_rule(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        const DOUBTED: [&str; 25] = [
            "legitimacy",
            "legality",
            "lawfulness",
            "constitutionality",
            "honesty",
            "wisdom",
            "motives",
            "motive",
            "judgment",
            "judgement",
            "competence",
            "handling",
            "credibility",
            "integrity",
            "refusal",
            "decision",
            "independence",
            "impartiality",
            "neutrality",
            "fairness",
            "validity",
            "accuracy",
            "sincerity",
            "commitment",
            "veracity",
        ];
        // (a verb, after its subject: "the question of …" asks nothing)
        if v == 0 || self.has(v - 1, class::DET) {
            return;
        }
        // ("questioned not only its cost but also its legality": past a first quality)
        let head = (v + 1..(v + 10).min(self.n()))
            .take_while(|&k| {
                self.atoms[k].is_word()
                    || self.atoms[k].kind == AtomKind::Possessive
                    || self.atoms[k].is_quote()
            })
            .find(|&k| DOUBTED.iter().any(|w| self.word(k, w)));
        if head.is_none() {
            return;
        }
        self.push_subject_claim(v, v, (Act::Accuse, "questioned"), v + 1, reports, out);
    }

    /// "The director defended his deputy as a true professional", "the senator defended
    /// herself": standing up for a person, or for oneself, against what is said of them denies
    /// it. (Defending a thing, "defended the decision", says no more than that it stands.)
    fn defended_rule(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        let k = v + 1;
        let reflexive = ["himself", "herself", "themselves"].iter().any(|w| self.word(k, w));
        // (a person the article knows, or a name it has not placed: "defended Okafor")
        let person = self
            .actor_starting_at(k)
            .filter(|a| matches!(a.who, Who::Person(_)) || a.who == Who::Unknown && self.is_name(a.e - 1));
        let end = match (reflexive, person) {
            (true, _) => k + 1,
            (false, Some(a)) => a.e,
            _ => return,
        };
        // (with the label it gives: "as a true professional")
        let end = if self.word(end, "as") { self.clause_end(end + 1, false).0.max(end) } else { end };
        let Some((actor, _)) = self.subject_of(v, reports) else { return };
        let report = self.attribution(reports, v);
        let polarity = self.polarity_before(v);
        self.push(out, Act::Deny, actor, None, Some((k, end)), v, "defended", polarity, report, false);
    }

    /// "The former aide pleaded not guilty to all charges", "has pleaded innocent": a plea of
    /// innocence denies the charges (`v` at the verb of pleading).
    fn plea_rule(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        let plea_end = if self.word(v + 1, "not") && self.word(v + 2, "guilty") {
            v + 3
        } else if self.word(v + 1, "innocent") {
            v + 2
        } else {
            return;
        };
        let Some((actor, _)) = self.subject_of(v, reports) else { return };
        // what is denied: the charges named after "to", else the plea itself
        let content = if self.word(plea_end, "to") {
            let (end, _) = self.clause_end(plea_end + 1, false);
            (end > plea_end + 1).then_some((plea_end + 1, end))
        } else {
            None
        };
        let report = self.attribution(reports, v);
        let polarity = self.polarity_before(v);
        self.push(
            out,
            Act::Deny,
            actor,
            None,
            Some(content.unwrap_or((v + 1, plea_end))),
            v,
            "plea",
            polarity,
            report,
            false,
        );
    }

    /// "Republicans said the speaker owed the country an apology", "“He owes voters an
    /// explanation,” she said": a debt of an apology or an answer named in someone's words asks
    /// the debtor for it (`v` at the verb of owing).
    fn owed_apology_rule(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        const OWED: [&str; 6] = ["apology", "explanation", "answers", "answer", "apologies", "explanations"];
        let Some(thing) = (v + 1..(v + 6).min(self.n())).find(|&k| OWED.iter().any(|w| self.word(k, w)))
        else {
            return;
        };
        // (only words between: "owes the country an apology")
        if (v + 1..thing).any(|k| !self.atoms[k].is_word() && self.kind(k) != Some(AtomKind::Possessive)) {
            return;
        }
        let Some(r) = self.report_at(reports, v) else { return };
        let Some(speaker) = reports[r].speaker else { return };
        let Some(debtor) = self.skip_left(v.checked_sub(1)).and_then(|l| self.actor_ending_at(l)) else {
            return;
        };
        // ("I owe them an apology": one's own debt is an apology, not a demand)
        if ["i", "we"].iter().any(|w| self.word(debtor.s, w)) || debtor.s < reports[r].comp.0 {
            return;
        }
        let start = (v + 1..thing).rev().find(|&k| self.has(k, class::DET)).unwrap_or(thing);
        let (end, _) = self.clause_end(thing, false);
        let polarity = self.polarity(debtor.e, v);
        self.push(
            out,
            Act::Demand,
            speaker,
            Some(debtor),
            Some((start, end.max(thing + 1))),
            v,
            "owed-apology",
            polarity,
            Some(r),
            false,
        );
    }

    /// "used live ammunition against protesters", "using excessive force on demonstrators": the
    /// object of "used" at `v` is force, and it is used against someone.
    fn force_used_on_people(&self, v: usize) -> bool {
        const FORCE: [&str; 8] =
            ["force", "ammunition", "gas", "violence", "bullets", "weapons", "torture", "batons"];
        let Some(head) = (v + 1..(v + 5).min(self.n())).find(|&k| FORCE.iter().any(|w| self.word(k, w)))
        else {
            return false;
        };
        (v + 1..head).all(|k| self.atoms[k].is_word() && (self.has(k, class::DET) || self.is_modifier(k)))
            && ["against", "on"].iter().any(|w| self.word(head + 1, w))
    }

    /// "Romney To Akin: Drop Out": a headline that addresses an order from one actor to another.
    fn headline_address_rule(&self, colon: usize, out: &mut Vec<Candidate>) {
        let Some(to) = (1..colon).find(|&k| self.atoms[k].text == "To") else { return };
        let verb = colon + 1;
        if !self.atoms.get(verb).is_some_and(|a| a.cap) || !self.is_base_verb(verb) {
            return;
        }
        // A short name that the actor grammar does not know is still a name in this frame.
        let name = |s: usize, e: usize| {
            self.actor_starting_at(s).filter(|a| a.e == e).or_else(|| {
                (e > s && e - s <= 3 && (s..e).all(|k| self.atoms[k].is_word() && self.atoms[k].cap)).then(
                    || Actor {
                        s,
                        e,
                        who: Who::Unknown,
                        role: None,
                        span: (self.atoms[s].start, self.atoms[e - 1].end()),
                    },
                )
            })
        };
        let (Some(actor), Some(addressee)) = (name(0, to), name(to + 1, colon)) else { return };
        let (end, _) = self.clause_end(verb, true);
        if end > verb {
            self.push(
                out,
                Act::Demand,
                actor,
                Some(addressee),
                Some((verb, end)),
                verb,
                "headline-address",
                (false, false),
                None,
                false,
            );
        }
    }

    /// "The lawsuit says Colorado has undermined …", "the complaint argues …": what a legal
    /// document asserts is an accusation by it, when no other claim was read from it.
    fn document_allegations(&self, reports: &[Report], out: &mut Vec<Candidate>) {
        for (r, report) in reports.iter().enumerate() {
            let Some(speaker) = report.speaker else { continue };
            if speaker.s >= speaker.e || speaker.e > self.n() || report.comp.0 >= report.comp.1 {
                continue;
            }
            let head = self.head_of(speaker.s, speaker.e - 1);
            // ("the lawsuit from Nebraska and Oklahoma argues …": the filers speak through it)
            let filed_by = speaker.s >= 2
                && ["from", "by", "of"].iter().any(|w| self.word(speaker.s - 1, w))
                && self.is_legal_document(speaker.s - 2);
            if !self.is_legal_document(head) && !filed_by {
                continue;
            }
            if out.iter().any(|c| c.report == Some(r)) {
                continue;
            }
            let (s, e) = report.comp;
            let polarity = self.polarity(report.verb.0, report.verb.1);
            self.push(
                out,
                Act::Accuse,
                speaker,
                None,
                Some((s, e)),
                report.verb.0,
                "document-allegation",
                polarity,
                Some(r),
                false,
            );
        }
    }

    /// The subject of a verb at `v`, with the first atom between it and the verb.
    /// Is atom `t` a "that" opening a relative clause: right after a noun ("the plan that", "a
    /// charge that", "the committees that"), not after a reporting verb, an adverb or "so"?
    fn relative_that(&self, t: usize) -> bool {
        self.word(t, "that")
            && t > 0
            && {
                let n = &self.atoms[t - 1];
                n.is_word()
                    && !n.is(class::ADV | class::SUB | class::PREP | class::DET | class::PRON)
                    // (a base form may be a noun: "the plan that", "a charge that")
                    && n.info.is_none_or(|w| w.report == 0 && w.claim_verb.is_none() && w.verb & !form::BASE == 0)
            }
    }

    /// Is a document named right before atom `k`, perhaps with its addressee ("a letter to
    /// members of Congress congratulating …")?
    fn document_just_before(&self, k: usize) -> bool {
        k > 0
            && (self.is_document_head(k - 1)
                || (k.saturating_sub(8)..k.saturating_sub(2)).any(|d| {
                    self.is_document_head(d)
                        && self.word(d + 1, "to")
                        && (d + 2..k).all(|j| self.atoms[j].is_word() && !self.is_finite_verbish(j))
                }))
    }

    /// "…, joining other lawmakers demanding …", "joined critics calling for …": the one who
    /// joins the phrase ending at `l`, right before a participle.
    fn joiner_of(&self, l: usize) -> Option<Actor> {
        let j = (l.saturating_sub(8)..l)
            .rev()
            .find(|&k| ["joining", "joined", "joins", "join"].iter().any(|w| self.word(k, w)))?;
        let joined = self.actor_starting_at(j + 1)?;
        if joined.e != l + 1 || j == 0 {
            return None;
        }
        if self.word(j, "joining") {
            // ("…,” they said, joining …": the one who said it, pronoun and all)
            let said = (j >= 2 && self.kind(j - 1) == Some(AtomKind::Comma) && self.is_report_word(j - 2))
                .then(|| self.actor_ending_at(self.skip_left(Some(j - 3))?))
                .flatten();
            said.or_else(|| self.clause_subject_before(j))
        } else {
            self.clause_subject_before(j).or_else(|| self.actor_ending_at(self.skip_left(Some(j - 1))?))
        }
    }

    /// A document whose words speak for its author ("a resolution demanding …", "a letter
    /// calling on …").
    fn is_document_head(&self, i: usize) -> bool {
        self.atoms.get(i).is_some_and(|a| {
            a.kind == AtomKind::Word
                && a.is(class::HEAD)
                && [
                    "resolution",
                    "statement",
                    "letter",
                    "declaration",
                    "communique",
                    "communiqué",
                    "note",
                    "document",
                    "decree",
                    "motion",
                    "case",
                    "complaint",
                    "lawsuit",
                    "report",
                ]
                .iter()
                .any(|w| a.eq(w))
        })
    }

    pub(crate) fn subject_of(&self, v: usize, reports: &[Report]) -> Option<(Actor, &'static str)> {
        let (actor, rule) =
            self.plain_subject_of(v, reports).or_else(|| self.appositive_subject(v, reports))?;
        Some((self.document_filer(actor).unwrap_or(actor), rule))
    }

    /// "The lawsuit was brought by the attorneys general of two states, and asks …": a legal
    /// document speaks for whoever the sentence says filed it.
    fn document_filer(&self, actor: Actor) -> Option<Actor> {
        let head = self.head_of(actor.s, actor.e - 1);
        if !self.is_legal_document(head) {
            return None;
        }
        let mut k = actor.e;
        if self.is_be(k) {
            k += 1;
        }
        if !["brought", "filed", "lodged", "submitted"].iter().any(|w| self.word(k, w))
            || !self.word(k + 1, "by")
        {
            return None;
        }
        self.actor_starting_at(k + 2)
    }

    /// "The company that runs the awards, Dick Clark Productions, denies …": a subject described
    /// first and then named between commas, the second comma right before the verb.
    fn appositive_subject(&self, v: usize, reports: &[Report]) -> Option<(Actor, &'static str)> {
        // ("…, Sen. Ruth Calder of North Dakota, also lambasted …": past adverbs)
        let mut c = v.checked_sub(1)?;
        while c > 0 && (self.has(c, class::ADV) || self.is_ly_adverb(c)) {
            c -= 1;
        }
        let comma = Some(c).filter(|&c| self.kind(c) == Some(AtomKind::Comma))?;
        // the aside: from the comma before it, a name and perhaps "of <place>"
        let open =
            (comma.saturating_sub(12)..comma).rev().find(|&k| self.kind(k) == Some(AtomKind::Comma))?;
        let mut named = self.actor_starting_at(open + 1)?;
        // ("…, the Greens and the Liberals, …": a list read from its end)
        if named.e < comma {
            if let Some(list) = self.actor_ending_at(comma - 1).filter(|a| a.s == open + 1) {
                named = list;
            }
        }
        let rest_is_origin = named.e == comma
            || named.e < comma
                && (self.word(named.e, "of") || self.word(named.e, "from"))
                && (named.e + 1..comma)
                    .all(|k| self.is_name(k) || self.entity(k).is_some() || self.has(k, class::DET));
        if !rest_is_origin {
            return None;
        }
        let first = (0..open).find(|&k| self.atoms[k].is_word())?;
        // ("Another top Republican, …": a description, however it opens)
        // (a verb of its own only inside a relative clause: "The company that runs the awards")
        let relative = (first..open).find(|&k| self.has(k, class::REL) || self.word(k, "that"));
        let described = (first..open)
            .all(|k| !self.atoms[k].is_quote() && self.kind(k) != Some(AtomKind::Comma))
            && (first..open).all(|k| !self.is_finite_verbish(k) || relative.is_some_and(|r| r < k));
        // ("Two parties, the Greens and the Liberals, …": a party family by its capitalised name)
        let names_someone = |k: usize| {
            self.is_name(k)
                || self.entity(k).is_some()
                || self.atoms[k].cap && self.atoms[k].is(class::COLLECTIVE)
        };
        if !described || !(named.s..named.e).any(names_someone) {
            return None;
        }
        let actor = self.speaker_for(named, reports, v)?;
        Some((actor, "verb-active"))
    }

    /// Whether the word at `v` after the conjunction at `coord` is read as a noun coordinated
    /// with the noun before it ("the resources and support needed", "training and support for
    /// the troops"): the tagger reads both as nouns and what follows `v` cannot be its object.
    fn coordinated_noun(&self, coord: usize, v: usize) -> bool {
        // (a past or -ing form is a verb: asking the tagger costs a whole sentence's tagging)
        let text = self.atoms[v].text;
        if coord == 0 || !self.atoms[coord - 1].is_word() || text.ends_with("ed") || text.ends_with("ing") {
            return false;
        }
        // ("ECOWAS condemns his detention and calls for his release": a present verb before it
        // in the clause makes it the second verb)
        if text.ends_with('s') {
            let lo = self.clause_start(coord);
            if (lo..coord).any(|k| {
                self.atoms[k].is_word()
                    && !self.atoms[k].cap
                    && self.atoms[k].info.is_some_and(|w| {
                        w.claim_verb.is_some_and(|(_, f)| f & form::THIRD != 0) && w.class & class::HEAD == 0
                    })
            }) {
                return false;
            }
        }
        let noun = |k: usize| self.tag(k).is_some_and(|t| matches!(t.xpos(), "NN" | "NNS"));
        let after = self.atoms.get(v + 1);
        let no_object = after.is_none_or(|a| !a.is_word())
            || self.has(v + 1, class::PREP) && !self.word(v + 1, "to")
            || self.tag(v + 1).is_some_and(|t| matches!(t.xpos(), "VBN" | "VBD"));
        no_object && noun(v) && noun(coord - 1)
    }

    fn plain_subject_of(&self, v: usize, reports: &[Report]) -> Option<(Actor, &'static str)> {
        // "X neither confirmed nor denied": both verbs share the subject before "neither".
        if let Some(neither) = self.neither_before(v) {
            return self.subject_of(neither, reports);
        }
        let left = self.skip_left(v.checked_sub(1))?;
        let la = self.atoms[left];
        // "school support staff": a base form between a singular lower-case noun and another
        // noun is part of a compound, no verb of the first ("police support" agrees: plural)
        if left + 1 == v
            && !self.atoms[v].is(class::AUX | class::MODAL)
            && la.is(class::HEAD)
            && !la.cap
            && !la.text.ends_with('s')
            // (a noun joined to another agrees in the plural: "Democrats and the president want")
            && !(left >= 2 && self.has(left - 1, class::DET) && self.has(left - 2, class::COORD))
            && !["police", "people", "staff", "military", "public", "media", "personnel"].iter().any(|w| la.eq(w))
            && self.verb_forms(v) & (form::THIRD | form::PAST) == 0
            && self.verb_forms(v) & form::BASE != 0
            && self.atoms.get(v + 1).is_some_and(|n| {
                n.is_word() && !n.cap && !n.is(class::DET | class::PRON | class::PREP | class::COORD | class::ADV)
            })
        {
            return None;
        }
        // "Opposition Rejects Election Results, Calls For Protests": a headline's comma joins
        // its verbs
        if la.kind == AtomKind::Comma
            && self.atoms[v].cap
            && self.verb_forms(v) & form::THIRD != 0
            && self.is_title_case()
        {
            if let Some(subject) = self.clause_subject_before(left) {
                return Some((subject, "verb-coordinated"));
            }
        }
        // "The protesters gathered at the centre, then condemned the shooting": a comma and
        // "then" join a second verb of the same subject
        if la.kind == AtomKind::Comma
            && self.word(left + 1, "then")
            && left + 2 == v
            && self.verb_forms(v) & (form::PAST | form::THIRD) != 0
        {
            if let Some(subject) = self.clause_subject_before(left) {
                return Some((subject, "verb-coordinated"));
            }
        }
        if la.kind == AtomKind::Word && la.is(class::COORD) {
            // "weighing whether to sign or veto the measure", "whether she supports or opposes
            // it": a question, not an act
            let lo = left.saturating_sub(8);
            if (lo..left).any(|k| self.word(k, "whether")) {
                return None;
            }
            // "give the agency the staff and money needed to work": a noun joined to a
            // noun, with a participle or a preposition after it, is no verb
            if self.coordinated_noun(left, v) {
                return None;
            }
            // "Ruiz — whose father … — promised to protect pensions and hammered Ortega …":
            // when no phrase before is followed by its verb, the subject of the verb the
            // coordination continues
            // "Lee wrote that the mayor had called her and pressed the chief to …": a participle
            // sharing the perfect of a reported clause continues that clause, not the report
            // (unless it reports in turn: "said Russia had violated the treaty and warned …")
            let shared_perfect = self.atoms[v].info.is_some_and(|w| {
                w.report == 0
                    && (w.verb & form::PART != 0 || w.claim_verb.is_some_and(|(_, f)| f & form::PART != 0))
            }) && self
                .claim_verb_at(v)
                .is_none_or(|(verb, _)| self.lex.verbs[verb as usize].act != Act::Warn);
            let embedded_subject = shared_perfect
                .then(|| {
                    let lo = self.clause_start(left);
                    let have =
                        (lo..left).rev().find(|&k| ["had", "has", "have"].iter().any(|w| self.word(k, w)))?;
                    let that = have.saturating_sub(8);
                    let opener =
                        (that..have).rev().find(|&k| self.word(k, "that") || self.is_report_word(k))?;
                    let subject = self.actor_starting_at(opener + 1)?;
                    (subject.e == have).then_some(subject)
                })
                .flatten();
            // "told him the general had done nothing wrong and asked him to …": a verb taking the
            // report's own object continues the report, not the clause reported
            let same_object = ["him", "her", "them", "us", "me"]
                .iter()
                .find(|w| self.word(v + 1, w))
                .and_then(|w| {
                    let lo = left.saturating_sub(30);
                    (lo..left).rev().find(|&k| self.is_report_word(k) && self.word(k + 1, w))
                })
                .and_then(|k| self.plain_subject_of(k, reports))
                .map(|(a, _)| a);
            // ("has threatened to banish all clubs … and also threatened to ban …": the same verb
            // again has the same subject)
            let same_verb = || {
                (left.saturating_sub(40)..left)
                    .rev()
                    .find(|&k| {
                        self.atoms[k].is_word() && self.atoms[k].text.eq_ignore_ascii_case(self.atoms[v].text)
                    })
                    .and_then(|k| self.plain_subject_of(k, reports))
                    .map(|(a, _)| a)
            };
            // ("House Republicans are furious with Cruz for conceding that the bill would fail,
            // and are accusing him …": after a comma, the same auxiliary again goes on with the
            // subject it first followed)
            let same_auxiliary = || {
                if left == 0 || self.kind(left - 1) != Some(AtomKind::Comma) {
                    return None;
                }
                let aux = (left + 1..v).find(|&k| self.has(k, class::AUX) && self.is_be(k))?;
                (left.saturating_sub(40).max(1)..left - 1)
                    .find(|&k| self.word(k, self.atoms[aux].text))
                    .and_then(|k| self.actor_ending_at(k - 1))
            };
            let subject = match same_object
                .or(embedded_subject)
                .or_else(same_verb)
                .or_else(same_auxiliary)
                .or_else(|| self.clause_subject_before(left))
            {
                Some(subject) => subject,
                None => {
                    let lo = self.clause_start(left);
                    // (a progressive too: "…, led by the union, are demanding … and have
                    // threatened …")
                    let previous = (lo..left).rev().find(|&k| {
                        self.atoms[k].info.is_some_and(|w| {
                            w.claim_verb.is_some_and(|(_, f)| {
                                f & (form::PAST | form::THIRD) != 0
                                    || f & form::GER != 0 && k > 0 && self.is_be(k - 1)
                            }) || w.verb & (form::PAST | form::THIRD) != 0
                        }) && self.atoms[k].mark == crate::atoms::NONE
                    })?;
                    let (subject, _) = self.plain_subject_of(previous, reports)?;
                    subject
                }
            };
            if self.shares_a_bare_verb(subject, left, v) {
                return None;
            }
            // "offered a truce if the rebels stopped firing, but rejected …": past a comma, the
            // coordination goes on with the main clause, not with a subordinate one
            // (unless the same auxiliary again shows the clause going on)
            let subject = if left > 0
                && self.kind(left - 1) == Some(AtomKind::Comma)
                && !self.repeats_auxiliary(subject, left, v)
            {
                self.main_clause_subject(subject, true)
            } else {
                subject
            };
            let subject = self.reporter_by_tense(subject, left, v, reports).unwrap_or(subject);
            // "denied claims that the candidate refused checks and pushed for breaks": the verb
            // goes on with the clause of a claim named between, whose deeds are only alleged
            let alleged = (subject.e..left).any(|k| {
                self.word(k, "that")
                    && k > 0
                    && SAID_NOUNS
                        .iter()
                        .chain(&["report", "reports", "rumors", "rumours"])
                        .any(|w| self.word(k - 1, w))
                    && (k + 2..left).any(|j| self.is_finite_verbish(j))
                    // ("rejected reports that troops had entered the town and called for calm":
                    // a simple past after the clause's perfect goes on with the main clause)
                    && !(k + 1..left).any(|j| ["had", "has", "have"].iter().any(|w| self.word(j, w)))
            });
            if alleged {
                return None;
            }
            // "X should do what is right and condemn …": an obligation, not X's act
            let obliged = (subject.e..left).any(|k| {
                ["should", "must", "ought", "needs", "need", "has", "have"].iter().any(|w| self.word(k, w))
                    && (self.has(k, class::MODAL) || self.word(k + 1, "to"))
            });
            // ("it is our hope that the panel will do the right thing and dismiss …": hoped for,
            // not done)
            let hoped = (subject.s.saturating_sub(4)..subject.s).any(|k| {
                ["hope", "hopes", "hoped", "hoping"].iter().any(|w| self.word(k, w))
                    && (k + 1..subject.s).all(|j| self.word(j, "that") || self.is_ly_adverb(j))
            });
            return (!obliged && !hoped).then_some((subject, "verb-coordinated"));
        }
        if la.kind == AtomKind::Comma && left > 0 && self.has(left - 1, class::COORD) {
            return None;
        }
        // "approved a motion that demands …": the document speaks for whoever adopted it
        if la.eq("that")
            && left > 0
            && ["motion", "resolution", "declaration", "bill", "decree", "document"]
                .iter()
                .chain(STATEMENT_NOUNS.iter())
                .any(|w| self.word(left - 1, w))
        {
            return self.clause_subject_before(left - 1).map(|a| (a, "verb-relative-document"));
        }
        // "the committees that requested the documents": "that" after a noun, right before the
        // verb, is the relative clause's subject
        let that_subject = self.relative_that(left);
        // (not "where" or "when": "the coast, where support for the deal was strong" has a place
        // before it, no subject)
        if la.kind == AtomKind::Word
            && la.is(class::REL)
            && !la.eq("that")
            && !la.eq("where")
            && !la.eq("when")
            || that_subject
        {
            let before = if left > 0 && self.atoms[left - 1].kind == AtomKind::Comma {
                left.checked_sub(2)?
            } else {
                left.checked_sub(1)?
            };
            // ("Sen. Ann Cole, D-Colo., who has called on …": past a party tag in commas)
            let party_tag = (before.saturating_sub(4)..before)
                .find(|&c| self.kind(c) == Some(AtomKind::Comma) && self.opens_party_tag(c + 1));
            let before = match party_tag {
                Some(c) => c.checked_sub(1)?,
                None => before,
            };
            let antecedent = self.actor_ending_at(before)?;
            // "rivals for the nomination like Senator X who oppose …": the one named speaks
            let antecedent = (antecedent.s + 1..antecedent.e)
                .rev()
                .find(|&k| self.word(k, "like") || self.word(k, "as") && self.word(k - 1, "such"))
                .and_then(|k| self.actor_starting_at(k + 1))
                .filter(|named| named.e == antecedent.e && named.who != Who::Unknown)
                .unwrap_or(antecedent);
            // (back over "the three" to the preposition)
            let mut before_phrase = antecedent.s;
            while before_phrase > 0
                && (self.has(before_phrase - 1, class::DET)
                    || self.kind(before_phrase - 1) == Some(AtomKind::Number)
                    || NUMBER_WORDS.iter().any(|w| self.word(before_phrase - 1, w)))
            {
                before_phrase -= 1;
            }
            // "the proposal by X, which …" may describe the proposal; a state or person named
            // after a preposition ("sent back to France, which accuses him …") acts.
            if before_phrase > 0
                && self.has(before_phrase - 1, class::PREP)
                && antecedent.who == Who::Unknown
                && !self.is_name(antecedent.e - 1)
            {
                // "the chairmen of the three committees that requested …": the group the
                // committees are "of" speaks
                if that_subject && self.word(before_phrase - 1, "of") && before_phrase >= 2 {
                    return self.actor_ending_at(before_phrase - 2).map(|a| (a, "verb-relative"));
                }
                return None;
            }
            return Some((antecedent, "verb-relative"));
        }
        // "Some deputies who rushed the law through parliament are now calling for …":
        // a relative clause without commas between the subject and its verb
        let rel = (left.saturating_sub(14)..left)
            .rev()
            .take_while(|&k| {
                matches!(
                    self.atoms[k].kind,
                    AtomKind::Word | AtomKind::Possessive | AtomKind::Hyphen | AtomKind::Number
                )
            })
            .find(|&k| self.word(k, "who") || self.word(k, "which") || self.word(k, "that"));
        // ("the union that represents the nurses": an unknown verb in -s right after "that")
        // ("residents who live near the plant": a base form right after "who")
        let relative_verb = |r: usize, k: usize| {
            self.is_finite_verbish(k)
                || k == r + 1
                    && (self.word(r, "that") || self.word(r, "who"))
                    && (self.is_verbish_or_tagged(k)
                        || self.word(r, "who") && (self.has(k, class::AUX) || self.verb_forms(k) != 0))
        };
        // ("the group that has been developing the association's dispute systems": a noun after
        // a possessive)
        let possessed = la.kind == AtomKind::Possessive;
        if let Some(rel) = rel.filter(|&r| r > 0 && !possessed && (r + 1..=left).any(|k| relative_verb(r, k)))
        {
            if let Some(antecedent) = self.actor_ending_at(rel - 1) {
                let governed = antecedent.s > 0
                    && self.has(antecedent.s - 1, class::PREP)
                    && !self.word(antecedent.s - 1, "of");
                // ("The union that represents the nurses rejected …": a body named by what it is)
                let described = self.word(rel, "that")
                    && (self.described_actor(antecedent.s, antecedent.e - 1)
                        || self.has(antecedent.e - 1, class::COLLECTIVE));
                if !governed && (antecedent.who != Who::Unknown || self.word(rel, "who") || described) {
                    let actor = self.speaker_for(antecedent, reports, v)?;
                    return Some((actor, "verb-active"));
                }
            }
        }
        // (the author after "by" is no object of the preposition)
        // (the aside may have been skipped already: `left` then ends the document's noun)
        let aside_end = if self.kind(left) == Some(AtomKind::Comma) {
            Some(left)
        } else if self.kind(left + 1) == Some(AtomKind::Comma) {
            (left + 2..v).rev().find(|&k| self.kind(k) == Some(AtomKind::Comma))
        } else {
            None
        };
        if let Some(author) =
            aside_end.and_then(|c| self.author_in_aside(c)).or_else(|| self.author_after_by(left))
        {
            return self.speaker_for(author, reports, v).map(|a| (a, "verb-active"));
        }
        let mut actor = match self.actor_ending_at(left).or_else(|| self.author_of_possessed_statement(left))
        {
            Some(actor) => actor,
            None => {
                // "a lawyer for the driver named in the suit asked …"
                let past = (left.saturating_sub(6)..left)
                    .rev()
                    .find(|&k| self.has(k, class::PREP))
                    .filter(|&p| {
                        (p + 1..=left).all(|k| self.atoms[k].is_word() && !self.is_finite_verbish(k))
                    })
                    .and_then(|p| self.before_reduced_relative(p));
                return past
                    .or_else(|| self.before_present_participle(left))
                    .and_then(|a| self.speaker_for(a, reports, v))
                    .map(|a| (a, "verb-active"));
            }
        };
        // "Officials with the Democratic National Committee denounced …", "lawyers for the
        // family said": people of an organisation, who speak for it
        // ("a senior aide to the president": one who serves an office holder speaks for them)
        let aide_to = actor.s >= 2
            && self.word(actor.s - 1, "to")
            && (self.word(actor.s - 2, "aide") || self.word(actor.s - 2, "aides"))
            && self.is_office(actor.e - 1);
        if actor.s >= 2
            && (["with", "from", "at", "for"].iter().any(|w| self.word(actor.s - 1, w)) || aide_to)
            // ("a spokesman for the agency": a body the gazetteer does not name, too)
            && (actor.who != Who::Unknown || actor.e > actor.s && self.atoms[actor.e - 1].is(class::HEAD) || aide_to)
            && (self.is_office(actor.s - 2) || self.atoms[actor.s - 2].is(class::HEAD))
            // (a statement is no person of the body: its author speaks, below)
            && !self.is_statement_noun(actor.s - 2)
        {
            if let Some(s) = self.np_left(actor.s - 2) {
                let role = self.role_of(s, actor.s - 2);
                actor = Actor { s, role, span: (self.atoms[s].start, actor.span.1), ..actor };
            }
        }
        // "A statement from the union accused …", "a letter by forty senators urged …": what is
        // said in a statement, its author says
        let author_of_statement = actor.s >= 2
            && (self.word(actor.s - 1, "from") || self.word(actor.s - 1, "by"))
            && self.is_statement_noun(actor.s - 2);
        // An object of a preposition or of another verb is not a subject ("rejects US call").
        if actor.s > 0 && !author_of_statement {
            let b = self.atoms[actor.s - 1];
            // (a bare base form before a phrase is more often a modifier: "present Missouri
            // senators", "support staff")
            let verb_before = b.mark == crate::atoms::NONE
                && b.info.is_some_and(|w| {
                    w.report == 0
                        && (w
                            .claim_verb
                            .is_some_and(|(_, f)| f & (form::THIRD | form::PAST | form::PART) != 0)
                            || w.verb & (form::THIRD | form::PAST) != 0)
                });
            let question = b.eq("whether") || b.eq("if");
            // "A lawyer representing the families demanded …": the object of a participle
            // after the subject's noun
            // (and "the crisis facing Europe demands …" is no demand of Europe's)
            if self.is_plain_participle(actor.s - 1) {
                return self
                    .before_present_participle(actor.e - 1)
                    .and_then(|subject| self.speaker_for(subject, reports, v))
                    .map(|a| (a, "verb-active"));
            }
            // "attempts to intimidate the courts demand …": the object of an infinitive
            let verb_before = verb_before
                || actor.s >= 2
                    && self.word(actor.s - 2, "to")
                    && b.is_word()
                    && !b.cap
                    && !b.is(class::DET
                        | class::PREP
                        | class::COORD
                        | class::PRON
                        | class::ADV
                        | class::AUX
                        | class::MODAL);
            if b.kind == AtomKind::Word && (b.is(class::PREP) && !b.eq("of") || verb_before || question) {
                // "a lawyer for the driver named in the suit asked …": the phrase before a
                // reduced relative clause is the subject
                return self.before_reduced_relative(actor.s - 1).map(|a| (a, "verb-active"));
            }
        }
        let actor = self.with_appositive_name(actor, v);
        let actor = self.speaker_for(actor, reports, v)?;
        Some((actor, "verb-active"))
    }

    /// "The left-wing party, Meretz, called for …": a body named by what it is, then by its
    /// name between commas right before the verb `v`, is named by both (the name's side, if
    /// the lexicons know one).
    pub(crate) fn with_appositive_name(&self, actor: Actor, v: usize) -> Actor {
        if actor.who != Who::Unknown || self.kind(actor.e) != Some(AtomKind::Comma) || actor.e + 2 >= v {
            return actor;
        }
        let close = v - 1;
        let names = actor.e + 1..close;
        if self.kind(close) != Some(AtomKind::Comma)
            || names.len() > 4
            || !names.clone().all(|k| self.is_name(k) || self.entity(k).is_some())
            || !self.described_actor(actor.s, actor.e - 1)
                && !self.has(actor.e - 1, class::COLLECTIVE | class::HEAD)
        {
            return actor;
        }
        let who = self.resolve(actor.e + 1, close - 1).filter(|w| *w != Who::Unknown).unwrap_or(actor.who);
        Actor { e: close, who, span: (actor.span.0, self.atoms[close - 1].end()), ..actor }
    }

    /// "“The situation demands immediate action,” the mayor said": a thing demanding in
    /// someone's quoted words is the speaker demanding.
    fn quoted_thing_demands(
        &self,
        v: usize,
        verb: &Verb,
        forms: u8,
        reports: &[Report],
    ) -> Option<(Actor, &'static str)> {
        // (a quotation mark opens the sentence's quotation; an apostrophe does not)
        let in_quotation = self.atoms[v].quoted
            && (self.atoms[0].quoted || (0..v).any(|k| self.kind(k) == Some(AtomKind::OpenQuote)));
        if verb.act != Act::Demand || !in_quotation {
            return None;
        }
        // ("thanks to ‘laughable demands’ from its pilots": a quotation closing on the word
        // quotes a noun phrase, not a clause)
        if matches!(self.kind(v + 1), Some(AtomKind::CloseQuote | AtomKind::Quote)) {
            return None;
        }
        let left = self.skip_left(v.checked_sub(1))?;
        // "demands", "urged"; a bare form only after "and" ("… and urge your resignation")
        // (or after a plural: "his attempts to intimidate the courts demand …")
        if forms & (form::THIRD | form::PAST) == 0
            && !self.word(left, "and")
            && !self.atoms[left].text.ends_with('s')
        {
            return None;
        }
        // (called only when no actor is the subject: "the situation", "his attempts to …")
        // ("Those who wanted the split must …": a relative clause's verb describes)
        // ("the mouthpiece of lobbies operating against …": after a preposition or a
        // determiner the word is a plural noun)
        let a = &self.atoms[left];
        if !a.is_word() || a.cap || a.is(class::PRON | class::REL | class::PREP | class::DET) {
            return None;
        }
        // ("Hamas' delusional demands that we heard": a noun after its owner and modifier, and
        // a relative clause after it)
        // (a noun is a subject: "the situation demands", "these crooks demand"; the tagger,
        // which tags the whole sentence, is asked last)
        let owned = left > 0
            && self.is_modifier(left)
            && (self.kind(left - 1) == Some(AtomKind::Possessive) || self.has(left - 1, class::DET))
            && self.tag(left).is_some_and(|t| t.xpos() == "JJ");
        // ("tired of the intolerable pressures they are put under": a noun after a preposition
        // and its determiner is an object, no subject)
        let in_prepositional_phrase =
            left >= 2 && self.has(left - 1, class::DET) && self.has(left - 2, class::PREP);
        if owned || in_prepositional_phrase || self.that_opens_relative_gap(v + 1) {
            return None;
        }
        let r = self.report_at(reports, v)?;
        reports[r].speaker.map(|sp| (sp, "quoted-demand"))
    }

    /// The actor before a past participle that opens a prepositional phrase ending at the
    /// preposition `p` ("a lawyer for the driver named in the suit").
    fn before_reduced_relative(&self, p: usize) -> Option<Actor> {
        if !self.has(p, class::PREP) || p < 2 {
            return None;
        }
        // (irregular ones too: "a man shot by police", "beaten by guards")
        let past_participle = |k: usize| {
            let a = &self.atoms[k];
            a.is_word()
                && !a.cap
                && a.mark == crate::atoms::NONE
                && (a.text.ends_with("ed")
                    || a.info.is_some_and(|w| w.verb & form::PART != 0)
                    // ("hostages held in Gaza": an irregular one the verb tables do not list)
                    || self.tag(k).is_some_and(|t| t.xpos() == "VBN"))
                && a.info.is_none_or(|w| {
                    // ("a man struck and killed by a car": a claim verb only with its particle,
                    // "strike down", is a plain participle without it)
                    // ("the senator accused of fraud denied …": an accusation's preposition right
                    // after it, with nobody accused between, is a reduced passive too)
                    let plain = w.claim_verb.is_none_or(|(verb, _)| {
                        let verb = &self.lex.verbs[verb as usize];
                        !verb.frames.particle_follows(|p| self.word(k + 1, p))
                            || self.accusation_preposition_at(verb, k + 1)
                    });
                    // ("hostages held in Gaza", "soldiers taken in the raid": a light verb, or one
                    // that refuses or accepts only under "will not" or "ready to", is a plain
                    // participle here)
                    w.report == 0
                        && plain
                        && w.class & !(class::READY_VERB | class::YIELD_VERB | class::LIGHT) == 0
                })
        };
        // ("two men shot dead by officers": the participle with its result)
        let mut participle = if p >= 3 && self.word(p - 1, "dead") { p - 2 } else { p - 1 };
        if !past_participle(participle) {
            return None;
        }
        // ("a man shot and killed by police", "mistakenly shot by an officer": coordinated
        // participles and an adverb before them)
        if participle >= 3 && self.word(participle - 1, "and") && past_participle(participle - 2) {
            participle -= 2;
        }
        while participle >= 2 && self.is_ly_adverb(participle - 1) {
            participle -= 1;
        }
        self.actor_ending_at(participle - 1).filter(|a| {
            a.s == 0
                || !self.has(a.s - 1, class::PREP)
                || self.word(a.s - 1, "of")
                || self.word(a.s - 1, "for")
        })
    }

    /// A present participle that makes no claim ("representing", "leading"): a verb's "-ing"
    /// form in the lexicon, or one the tagger reads as such.
    fn is_plain_participle(&self, k: usize) -> bool {
        let a = &self.atoms[k];
        a.is_word()
            && !a.cap
            // ("leaders including McConnell", "concerning", "following": prepositions)
            && !a.is(class::PREP)
            && !["including", "concerning", "regarding", "following", "excluding", "according", "pending", "during"]
                .contains(&a.text)
            && a.mark == crate::atoms::NONE
            && a.text.len() > 4
            && a.text.ends_with("ing")
            // (after a noun, not after "the", "is" or "of": "the meeting", "is leading"; this
            // also keeps the tagger, which tags the whole sentence, from being asked often)
            && k > 0
            && self.atoms[k - 1].is_word()
            && !self.has(k - 1, class::DET | class::PREP | class::AUX | class::MODAL | class::PRON | class::COORD)
            && !self.is_be(k - 1)
            && match a.info {
                Some(w) => {
                    w.report == 0
                        && w.claim_verb.is_none()
                        && (w.verb & form::GER != 0
                            || w.class == 0 && self.tag(k).is_some_and(|t| t.xpos() == "VBG"))
                }
                None => self.tag(k).is_some_and(|t| t.xpos() == "VBG"),
            }
    }

    /// "The special counsel investigating the interference in the election disputed …": the
    /// actor before a present participle whose object phrase runs up to `left`, right before
    /// the verb.
    fn before_present_participle(&self, left: usize) -> Option<Actor> {
        let lo = left.saturating_sub(12).max(1);
        let g = (lo..left).rev().find(|&k| self.is_plain_participle(k))?;
        let object_only = (g + 1..=left).all(|k| {
            matches!(
                self.atoms[k].kind,
                AtomKind::Word | AtomKind::Number | AtomKind::Possessive | AtomKind::Hyphen
            ) && !self.is_finite_verbish(k)
        });
        if !object_only {
            return None;
        }
        self.actor_ending_at(g - 1)
            .filter(|a| {
                a.who != Who::Unknown || self.is_office(a.e - 1) || self.atoms[a.e - 1].is(class::HEAD)
            })
            .filter(|a| a.s == 0 || !self.has(a.s - 1, class::PREP))
    }

    /// "said the carmakers have raised their offers, but have rejected …": the first finite verb
    /// after `subject` comes again as an auxiliary between the coordinator `left` and the
    /// coordinated verb `v`, so the clause goes on with the same subject.
    fn repeats_auxiliary(&self, subject: Actor, left: usize, v: usize) -> bool {
        (subject.e..left).find(|&k| self.is_finite_verbish(k)).is_some_and(|cv| {
            (left + 1..v).any(|k| self.has(k, class::AUX) && self.word(k, self.atoms[cv].text))
        })
    }

    /// "The spokesman said the agency's approach is unacceptable and accused the bank of bias":
    /// a past-tense verb coordinated after a reported clause in the present goes on with the
    /// report ("said … and accused"), not with the clause reported. `subject` is the reported
    /// clause's subject, `left` the coordinator and `v` the coordinated verb; the speaker, when
    /// the tenses say so.
    fn reporter_by_tense(&self, subject: Actor, left: usize, v: usize, reports: &[Report]) -> Option<Actor> {
        let past = |k: usize| {
            self.verb_forms(k) & form::PAST != 0
                || self.atoms.get(k).and_then(|a| a.info).is_some_and(|w| w.report != 0)
                    && self.atoms[k].text.ends_with("ed")
                || ["said", "told"].iter().any(|w| self.word(k, w))
        };
        if !past(v) {
            return None;
        }
        let report = reports
            .iter()
            .find(|r| r.verb.1 <= subject.s && r.comp.0 <= subject.s && left < r.comp.1 && past(r.verb.0))?;
        let clause_verb = (subject.e..left).find(|&k| self.is_finite_verbish(k))?;
        if self.repeats_auxiliary(subject, left, v) {
            return None;
        }
        // ("said his son had a permit and called on …", "said the march was peaceful and urged
        // …": a state reported in the past tense of the report is no act to go on with)
        // (not "had articulated … and called": a pluperfect goes on with its own subject)
        let had_state = self.word(clause_verb, "had")
            && !self.atoms.get(clause_verb + 1).is_some_and(|a| {
                a.text.ends_with("ed")
                    || a.info.is_some_and(|w| w.verb & form::PART != 0 || w.class & class::AUX != 0)
            });
        let present = ["is", "are", "has", "have", "does", "do", "remains", "remain", "was", "were"]
            .iter()
            .any(|w| self.word(clause_verb, w))
            || had_state
            || self.verb_forms(clause_verb) & (form::THIRD | form::PAST) == form::THIRD;
        present.then_some(report.speaker).flatten()
    }

    /// "unless the union agreed to postpone the strike and recommend the deal", "the conditions —
    /// that it call off the strike and endorse the plan": a bare verb coordinated after an
    /// infinitive in a condition, or after a subjunctive, is one more thing to be done, not the
    /// subject's act.
    /// `left` is the coordinator, `v` the coordinated verb.
    fn shares_a_bare_verb(&self, subject: Actor, left: usize, v: usize) -> bool {
        // (a base form that is no present or past: "recommend", "endorse")
        let bare = |k: usize| self.verb_forms(k) & (form::BASE | form::THIRD | form::PAST) == form::BASE;
        if !bare(v) {
            return false;
        }
        // ("the conditions — that it call off the strike": a base form after a singular pronoun)
        let subjunctive = (subject.e..left.saturating_sub(2)).any(|k| {
            self.word(k, "that") && ["it", "he", "she"].iter().any(|w| self.word(k + 1, w)) && bare(k + 2)
        });
        let Some(clause_verb) = (subject.e..left).find(|&k| self.is_finite_verbish(k)) else {
            return subjunctive;
        };
        let condition =
            subject.s > 0 && (self.word(subject.s - 1, "unless") || self.word(subject.s - 1, "if"));
        let infinitive = condition
            && self.verb_forms(clause_verb) & form::PAST != 0
            && (clause_verb + 1..left).any(|k| {
                self.word(k, "to") && self.may_be_plain_verb(k + 1, class::DET | class::PRON | class::PREP)
            });
        subjunctive || infinitive
    }

    /// The subject of the main clause when `subject` opens a subordinate clause of time or
    /// cause before it ("… after he claimed victory, accusing him of …"), or, with
    /// `conditions`, of condition too ("offered a truce if the rebels stopped firing, but
    /// rejected …"); `subject` itself otherwise.
    /// "Renamo rejected results showing the ruling party had won, demanding …": a subject inside
    /// the clause a participle reports ("showing (that) …", "saying …") is not the sentence's;
    /// the one before the participle is.
    fn outside_participle_clause(&self, subject: Actor) -> Actor {
        let Some(mut b) = subject.s.checked_sub(1) else { return subject };
        if self.word(b, "that") && b > 0 {
            b -= 1;
        }
        let participle = self.atoms[b].is_word()
            && !self.atoms[b].cap
            && self.atoms[b].text.ends_with("ing")
            && (self.is_report_word(b) || self.verb_forms(b) & form::GER != 0);
        if !participle {
            return subject;
        }
        self.clause_subject_before(b).unwrap_or(subject)
    }

    pub(crate) fn main_clause_subject(&self, subject: Actor, conditions: bool) -> Actor {
        const SUBORDINATORS: [&str; 10] =
            ["after", "when", "because", "since", "before", "while", "until", "although", "though", "once"];
        subject
            .s
            .checked_sub(1)
            .filter(|&b| {
                SUBORDINATORS.iter().any(|w| self.word(b, w))
                    || conditions && (self.word(b, "if") || self.word(b, "unless"))
            })
            .and_then(|b| self.clause_subject_before(b))
            .unwrap_or(subject)
    }

    /// "The resolution, sponsored by Mexico, demands …", "the letter, signed by 40 senators,
    /// urges …": the author of a document named in an aside right after it (`left` at the
    /// comma closing the aside).
    fn author_in_aside(&self, left: usize) -> Option<Actor> {
        if self.kind(left) != Some(AtomKind::Comma) {
            return None;
        }
        let open = (left.saturating_sub(12)..left).rev().find(|&k| {
            !self.atoms[k].is_word() && !matches!(self.kind(k), Some(AtomKind::Possessive | AtomKind::Number))
        })?;
        let document = open > 0
            && (self.is_statement_noun(open - 1)
                || self.is_document_head(open - 1)
                || self.has(open - 1, class::PROPOSAL_NOUN));
        if !document
            || self.kind(open) != Some(AtomKind::Comma)
            // ("signed by", "written by", "drawn up by")
            || !self.atoms.get(open + 1).is_some_and(|a| {
                a.is_word() && !a.cap && (a.text.ends_with("ed") || a.text.ends_with("en"))
            })
            || !(self.word(open + 2, "by") || self.word(open + 2, "up") && self.word(open + 3, "by"))
        {
            return None;
        }
        let by = if self.word(open + 2, "by") { open + 2 } else { open + 3 };
        // (past a count: "signed by 40 senators")
        let first = if self.kind(by + 1) == Some(AtomKind::Number) { by + 2 } else { by + 1 };
        self.actor_ending_at(left - 1).filter(|a| {
            (a.s == by + 1 || a.s == first) && (!matches!(a.who, Who::Unknown) || a.role.is_some())
        })
    }

    /// "A statement by the foreign ministry on Tuesday demanded …", "a letter from 40 senators
    /// urges …": the author after "by" or "from" of a statement that is the subject ending at
    /// `left` (with adjuncts of time or place after the author).
    fn author_after_by(&self, left: usize) -> Option<Actor> {
        let lo = left.saturating_sub(16);
        // ("a report released Monday by …": past the participle that puts it out and its day)
        let by_after = |k: usize| -> Option<usize> {
            let put_out = ["released", "issued", "published", "compiled", "signed", "sent"]
                .iter()
                .any(|w| self.word(k + 1, w));
            let j = if put_out { self.past_time_words(k + 2) } else { k + 1 };
            // ("an editorial in the China Daily": a piece speaks for the paper it appears in)
            let piece = ["editorial", "commentary", "column", "op-ed"].iter().any(|w| self.word(k, w));
            (self.word(j, "by") || self.word(j, "from") || piece && self.word(j, "in")).then_some(j)
        };
        let (noun, by) = (lo..left).rev().find_map(|k| {
            let document = self.is_statement_noun(k) || self.is_document_head(k);
            document.then(|| by_after(k)).flatten().map(|by| (k, by))
        })?;
        // the statement opens its clause: "A statement by …", "In a statement by …" does not
        // ("A new report by …": past its modifiers)
        let mut head = noun;
        while head > 0 && noun - head < 2 && self.is_modifier(head - 1) {
            head -= 1;
        }
        let opens = (head == 0 || self.has(head - 1, class::DET) && self.clause_start(head - 1) == head - 1)
            && (head < 2 || !self.has(head - 2, class::PREP));
        if !opens || (by + 1..=left).any(|k| self.is_finite_verbish(k) || self.has(k, class::REL)) {
            return None;
        }
        // (an author with a complement of its own, "a spokesman for the counsel", is read whole
        // by the reading of subjects)
        // (a paper is named: "in the official China Daily")
        let in_paper = self.word(by, "in");
        self.actor_starting_at(by + 1).filter(|a| {
            (!matches!(a.who, Who::Unknown) || a.role.is_some() || in_paper && self.atoms[a.e - 1].cap)
                && !["for", "of", "with", "to"].iter().any(|w| self.word(a.e, w))
        })
    }

    /// "Mr. Blake's letter accused …", "the union's statement demands …": the author of a
    /// statement named by its possessor, which ends at `left`.
    fn author_of_possessed_statement(&self, left: usize) -> Option<Actor> {
        // ("Egypt's plan calls for …", "the Egyptian proposal calls for …": a plan speaks for
        // its author too)
        let document = self.is_statement_noun(left)
            || self.is_document_head(left)
            || self.has(left, class::PROPOSAL_NOUN) && !self.atoms[left].text.ends_with('s');
        if !document {
            return None;
        }
        if let Some(possessive) = left.checked_sub(1).filter(|&p| self.kind(p) == Some(AtomKind::Possessive))
        {
            return (possessive > 0).then(|| self.actor_ending_at(possessive - 1)).flatten();
        }
        // "the Egyptian plan": a state's adjective right after "the"
        self.side_adjective_at(left.checked_sub(1)?, false)
    }

    /// "with the business community and both senators calling for a veto": the actor phrase
    /// ending at `l` right before a participle at `v`, inside an absolute "with" phrase.
    fn absolute_subject(&self, l: usize, v: usize) -> Option<Actor> {
        if l + 1 != v || !self.is_np_end(l) {
            return None;
        }
        let actor = self.actor_ending_at(l)?;
        // back over a list of phrases ("the business community, the committee and …") to "with"
        let lo = actor.s.saturating_sub(30);
        let with = (lo..actor.s).rev().find(|&k| self.word(k, "with"))?;
        let clean = (with + 1..actor.s).all(|k| {
            let a = &self.atoms[k];
            !matches!(a.kind, AtomKind::Terminal | AtomKind::Semicolon | AtomKind::Colon)
                && !self.is_verbish(k)
        });
        clean.then_some(actor)
    }

    /// The actor ending at `l`, right before a gerund, when "led to" or "resulted in" governs
    /// the whole: "a decision that led to the minister calling for …".
    fn gerund_subject_after_preposition(&self, l: usize) -> Option<Actor> {
        let actor = self.actor_ending_at(l).filter(|a| a.e == l + 1 && !self.atoms[a.s].is(class::PRON))?;
        let p = actor.s.checked_sub(1)?;
        let lead = p.checked_sub(1)?;
        let governed = self.word(p, "to")
            && ["led", "leads", "leading", "lead"].iter().any(|w| self.word(lead, w))
            || self.word(p, "in") && ["resulted", "results", "resulting"].iter().any(|w| self.word(lead, w));
        governed.then_some(actor)
    }

    /// "protesters demanding reforms", "unions opposing the law": a plural group right before
    /// a participle, with no comma, is what the participle describes, when the group is a
    /// clause's object (as the clause's own subject, see
    /// [`participle_of_subject`](Self::participle_of_subject)). Not when the group is whom the
    /// clause addresses ("wrote to lawmakers urging …": the writer urges).
    fn reduced_relative_subject(&self, l: usize, v: usize) -> Option<Actor> {
        let actor = self.participial_group(l, v)?;
        let start = self.clause_start(actor.s);
        (start..actor.s).any(|k| self.is_finite_verbish(k)).then_some(actor)
    }

    /// "Protesters demanding the release of prisoners clashed with police": a plural group
    /// opening its clause, described by a participle of claim, and where the participle's
    /// object ends (`from` is its start): at the clause's own verb, right after a plain noun
    /// phrase. `None` when no finite verb closes the object there.
    fn participle_of_subject(&self, l: usize, v: usize, from: usize) -> Option<(Actor, usize)> {
        let actor = self.participial_group(l, v)?;
        let start = self.clause_start(actor.s);
        if (start..actor.s).any(|k| self.is_finite_verbish(k))
            || from >= self.n()
            || !self.atoms[from].is_word()
        {
            return None;
        }
        // the first finite verb past the object, with nothing but words on the way
        let end = (from + 1..(from + 12).min(self.n()))
            .take_while(|&k| {
                matches!(
                    self.atoms[k].kind,
                    AtomKind::Word | AtomKind::Number | AtomKind::Hyphen | AtomKind::Possessive
                )
            })
            .find(|&k| self.is_finite_verbish(k))?;
        let clause_word = (from..end).any(|k| {
            self.has(k, class::COORD) || ["that", "who", "which", "to"].iter().any(|w| self.word(k, w))
        });
        (!clause_word && !self.has(end, class::PREP | class::DET | class::COORD)).then_some((actor, end))
    }

    /// The plural group right before a participle of claim at `v` (`l + 1 == v`), if the
    /// participle describes it.
    fn participial_group(&self, l: usize, v: usize) -> Option<Actor> {
        if l + 1 != v {
            return None;
        }
        let a = &self.atoms[l];
        // (a group by what it is, or by name: "Democrats", "Palestinians")
        let named_group = || self.entity(l).is_some_and(|(kind, _)| kind != EntityKind::Demonym || a.cap);
        let plural_group = a.is_word()
            && (a.is(class::HEAD) || named_group())
            && a.text.len() > 3
            && a.text.ends_with('s')
            && !crate::phrases::COMMENTATORS.iter().any(|w| a.eq(w));
        if !plural_group {
            return None;
        }
        let actor = self.actor_ending_at(l)?;
        if self.atoms[actor.s].is(class::PRON) {
            return None;
        }
        // ("wrote to colleagues urging a vote", "sent envoys to the Gulf states urging restraint",
        // "told lawmakers urging them …": who writes, sends or tells urges; "bristle at Democrats
        // accusing them of …": the Democrats accuse)
        let addressed = actor.s > 0 && (self.word(actor.s - 1, "to") || self.is_report_word(actor.s - 1));
        // ("joined a chorus of Labour MPs calling for …": who joins them calls too; "Boeing is
        // one of the companies bidding …": the subject is one of them and bids)
        let lo = actor.s.saturating_sub(8);
        let member = (lo..actor.s).any(|k| {
            ["joining", "joined", "joins", "join", "chorus", "among"].iter().any(|w| self.word(k, w))
                || self.word(k, "one") && self.word(k + 1, "of")
        });
        (!addressed && !member).then_some(actor)
    }

    /// Does a participle at `v` follow the object or adverbial phrase ending at `l` of a clause
    /// with a finite verb ("posted on Twitter accusing …", "spent the weekend lobbying …")?
    pub(crate) fn after_clause_object(&self, l: usize, v: usize) -> bool {
        // only a time phrase or adverbs between: "released a statement on Tuesday saying"
        if l >= v
            || !(l + 1..v).all(|k| {
                self.is_time_word(k)
                    || self.has(k, class::PREP | class::ADV | class::TIME)
                    || self.is_ly_adverb(k)
            })
        {
            return false;
        }
        let a = &self.atoms[l];
        let nounish = a.is_word()
            && !a.is(class::DET | class::PREP | class::COORD | class::SUB | class::REL | class::AUX)
            && (self.is_name(l)
                || self.is_np_end(l)
                || !a.cap && a.info.is_none_or(|w| w.class & !class::HEAD == 0 && w.verb == 0)
                // ("released statements saying …", "passed motions censuring …": its issuers
                // speak through a document; "a decision dismissing the suit" is the decision's deed)
                || !a.cap && {
                    let singular = a.text.strip_suffix('s').unwrap_or(a.text);
                    STATEMENT_NOUNS.iter().chain(&["motion", "resolution", "ultimatum", "petition"]).any(|w| {
                        singular.eq_ignore_ascii_case(w) || a.text.eq_ignore_ascii_case(w)
                    })
                });
        if !nounish {
            return false;
        }
        let mut start = self.clause_start(l);
        // ("wrote to the prime minister demanding …": the object of a preposition after the verb)
        if start >= 1 && self.has(start, class::PREP) && self.atoms[start - 1].is_word() {
            start = self.clause_start(start - 1).min(start);
        }
        (start..l).any(|k| {
            (self.atoms[k].info.is_some_and(|w| {
                w.verb & (form::PAST | form::THIRD) != 0 || w.report & (form::PAST | form::THIRD) != 0
            }) || self.is_finite_verbish(k))
                && self.atoms[k].mark == crate::atoms::NONE
        })
    }

    /// "Russia, accusing Ukraine of shelling the plant, called for talks": the subject that
    /// opens the sentence, when the participle clause after its comma at `comma` closes with a
    /// comma before the subject's own verb.
    fn subject_before_participle_aside(&self, comma: usize, v: usize) -> Option<Actor> {
        let actor = self.actor_ending_at(comma.checked_sub(1)?)?;
        if (0..actor.s).any(|k| self.atoms[k].is_word()) {
            return None;
        }
        let close = (v + 1..(v + 30).min(self.n()))
            .find(|&k| matches!(self.kind(k), Some(AtomKind::Comma | AtomKind::Terminal)))?;
        (self.kind(close) == Some(AtomKind::Comma)
            && (close + 1..(v + 30).min(self.n()))
                .find(|&k| !(self.is_ly_adverb(k) || self.has(k, class::ADV)))
                .is_some_and(|k| self.is_finite_verbish(k)))
        .then_some(actor)
    }

    /// The comma right before a participle at `v`, past adverbs ("…, publicly threatening"),
    /// however long the list before it ("including Europe, Japan and Mexico, threatening").
    pub(crate) fn comma_before_participle(&self, v: usize) -> Option<usize> {
        let c = (0..v).rev().find(|&k| !(self.is_ly_adverb(k) || self.has(k, class::ADV)))?;
        (self.kind(c) == Some(AtomKind::Comma)).then_some(c)
    }

    /// For an infinitive's "to" at `to`, the verb whose subject makes the claim the infinitive
    /// names: "voted/decided/agreed to", "went on to", "was quick to", "moved to", "took to
    /// Twitter to", "was the first senator to".
    pub(crate) fn claim_lead(&self, to: usize) -> Option<usize> {
        let mut p = to.checked_sub(1)?;
        // "will do everything in my power to block her", "would do whatever it takes to stop
        // it": an effort promised to make the claim is the claim
        if ["power", "possible", "takes", "everything"].iter().any(|w| self.word(p, w)) {
            let effort = (p.saturating_sub(5)..p).rev().find(|&k| {
                ["do", "does", "did", "doing"].iter().any(|w| self.word(k, w))
                    && (self.word(k + 1, "everything")
                        || self.word(k + 1, "whatever")
                        || self.word(k + 1, "all"))
            });
            if effort.is_some() {
                return effort;
            }
        }
        // "voted by 97.1% to", "voted by a wide margin to": the margin of the vote
        let margin = (p.saturating_sub(5)..p).rev().find(|&k| {
            k > 0
                && self.word(k, "by")
                && ["voted", "votes"].iter().any(|w| self.word(k - 1, w))
                && (k + 1..=p).all(|j| !matches!(self.kind(j), Some(AtomKind::Comma)) && !self.word(j, "to"))
        });
        if let Some(by) = margin {
            p = by - 1;
        }
        // "moved en masse to", "voted unanimously to"
        if self.word(p, "masse") && p >= 2 && self.word(p - 1, "en") {
            p -= 2;
        } else {
            if p > 0 && self.atoms[p].is(class::WEEKDAY | class::TIME) {
                // "voted on Monday to", "decided late Tuesday to"
                p = self.skip_time_left(p)?;
            }
            // ("voted overwhelmingly Friday to": the manner before the time)
            if p > 0 && (self.is_ly_adverb(p) || self.word(p, "overwhelmingly")) {
                p -= 1;
            }
        }
        // "voted 7-2 to", "voted 60-40 on Monday to": a tally after the vote
        if matches!(self.kind(p), Some(AtomKind::Number)) {
            while p > 0 && matches!(self.kind(p), Some(AtomKind::Number | AtomKind::Hyphen)) {
                p -= 1;
            }
            if !["voted", "votes"].iter().any(|w| self.word(p, w)) {
                return None;
            }
        }
        // (an attempt at a claim is the claim: "tried to persuade X to V", "sought to block")
        const DECIDED: [&str; 41] = [
            "tried",
            "tries",
            "sought",
            "seeks",
            "attempted",
            "attempts",
            "voted",
            "votes",
            "decided",
            "decides",
            "resolved",
            "agreed",
            "agrees",
            "chose",
            "opted",
            "moved",
            "moves",
            "continued",
            "continues",
            "continuing",
            "hastened",
            "rushed",
            "vowed",
            "vows",
            // "pledged to block the nomination" rejects it
            "pledged",
            "pledges",
            "promised",
            "promises",
            // (an intention to make a claim is the claim: "plans to push for", "intends to sue")
            "plan",
            "plans",
            "planned",
            "planning",
            "intend",
            "intends",
            "intended",
            "intending",
            "hopes",
            "hoped",
            "hoping",
            "aims",
            "aimed",
        ];
        if DECIDED.iter().any(|w| self.word(p, w)) {
            return Some(p);
        }
        // "announced her decision to veto …", "made the decision to reject …": the one who
        // announces or makes the decision makes the claim
        if ["decision", "intention", "determination"].iter().any(|w| self.word(p, w)) && p >= 2 {
            let det = p - 1;
            let owner = self.has(det, class::DET) || self.atoms[det].kind == AtomKind::Possessive;
            let verb = det - 1;
            let leads =
                ["announce", "announced", "announces", "made", "makes", "make", "confirmed", "confirms"];
            if owner && leads.iter().any(|w| self.word(verb, w)) {
                return Some(verb);
            }
        }
        // "did not hesitate to blame …": the claim made without hesitation is made (the
        // auxiliary leads, so the negation of the hesitation is not the claim's)
        if ["hesitate", "hesitated"].iter().any(|w| self.word(p, w))
            && p >= 2
            && self.is_negation(p - 1)
            && ["did", "does", "do", "will", "would"].iter().any(|w| self.word(p - 2, w))
        {
            return Some(p - 2);
        }
        // "went on to", "was quick to", "was forced to", "felt compelled to"
        // ("could be forced to resign", "would have been forced to accept": what one might be
        // made to do is not done)
        let made_to = ["forced", "compelled", "obliged"].iter().any(|w| self.word(p, w))
            && !(p.saturating_sub(4)..p)
                .any(|k| ["would", "could", "might", "may"].iter().any(|w| self.word(k, w)));
        if p > 0
            && (self.word(p, "on") && ["went", "goes", "go"].iter().any(|w| self.word(p - 1, w))
                || (self.word(p, "quick") || made_to) && self.is_be(p - 1)
                || made_to && ["felt", "feels", "feel"].iter().any(|w| self.word(p - 1, w)))
        {
            return Some(p - 1);
        }
        // "took to Twitter to", "took to the Senate floor on Monday to"
        let lo = p.saturating_sub(8);
        if let Some(t) = (lo..p).rev().find(|&k| {
            self.word(k, "to") && k > 0 && ["took", "takes", "take"].iter().any(|w| self.word(k - 1, w))
        }) {
            if (t + 1..p + 1).all(|k| self.atoms[k].kind != AtomKind::Comma && !self.is_verbish(k)) {
                return Some(t - 1);
            }
        }
        // "was the first Tory MP to call on …", "became the fifth senator to …", "the
        // highest-ranking lawmaker to …"
        let first = (lo..p).rev().find(|&k| {
            k > 0
                && self.word(k - 1, "the")
                && ([
                    "first", "only", "latest", "last", "second", "third", "fourth", "fifth", "sixth",
                    "seventh", "next", "most",
                ]
                .iter()
                .any(|w| self.word(k, w))
                    || self.atoms[k].text.len() > 5
                        && self.atoms[k].text.ends_with("est")
                        && !self.atoms[k].cap)
        })?;
        let be = first.checked_sub(2)?;
        let became = ["became", "becomes", "become", "becoming"].iter().any(|w| self.word(be, w));
        ((self.is_be(be) || became)
            && (first + 1..=p).all(|k| {
                (self.atoms[k].is_word() || self.kind(k) == Some(AtomKind::Hyphen)) && !self.is_verbish(k)
            }))
        .then_some(be)
    }

    /// For an infinitive's "to" at `to` that says what an act of speaking or writing was for
    /// ("held a news conference to denounce …", "wrote to the mayor to demand …", "went on
    /// television to reject …"), that act's verb.
    pub(crate) fn purpose_lead(&self, to: usize) -> Option<usize> {
        let mut object_end = to.checked_sub(1)?;
        // ("planned a march on Tuesday to demand …": the object before its time)
        if self.atoms[object_end].is(class::WEEKDAY | class::TIME) {
            object_end = self.skip_time_left(object_end)?;
        }
        let lo = object_end.saturating_sub(8);
        const PURPOSE_LEADS: [&str; 56] = [
            "held",
            "holds",
            "convened",
            "convenes",
            "scheduled",
            "called",
            "calls",
            "wrote",
            "writes",
            "written",
            "sent",
            "sends",
            "issued",
            "issues",
            "published",
            "posted",
            "posts",
            "released",
            "releases",
            "used",
            "uses",
            "gave",
            "gives",
            "delivered",
            "appeared",
            "appears",
            "went",
            "took",
            "takes",
            "travelled",
            "traveled",
            "flew",
            "rallied",
            "marched",
            "gathered",
            // "staged a sit-in to demand …", "organised a rally to protest …"
            "staged",
            "stages",
            "organized",
            "organised",
            "organizing",
            "organising",
            // "was planning a march on Tuesday to demand …", "are holding a vigil to protest …"
            "planning",
            "planned",
            "holding",
            "staging",
            "launched",
            "joined",
            "protested",
            "demonstrated",
            // "summoned the ambassador to protest …"
            "summoned",
            "summons",
            // "blocked roads to protest the tax", "occupied the square to demand …"
            "blocked",
            "blockaded",
            "occupied",
            "burned",
            "waved",
        ];
        // nouns an infinitive completes rather than a purpose ("a bill to ban", "the right to")
        const INFINITIVE_NOUNS: [&str; 24] = [
            "plan",
            "plans",
            "attempt",
            "effort",
            "efforts",
            "bid",
            "right",
            "bill",
            "motion",
            "order",
            "campaign",
            "call",
            "calls",
            "decision",
            "need",
            "way",
            "chance",
            "opportunity",
            "time",
            "reason",
            "pressure",
            "power",
            "proposal",
            "resolution",
        ];
        // "protesters rallied to demand …", "gathered on Friday night to condemn …": a verb of
        // coming together, with no object, for its purpose
        if ["rallied", "marched", "gathered", "protested", "demonstrated", "assembled", "converged"]
            .iter()
            .any(|w| self.word(object_end, w))
        {
            return Some(object_end);
        }
        if let Some(lead) = (lo..object_end).rev().find(|&k| PURPOSE_LEADS.iter().any(|w| self.word(k, w))) {
            let between_clean = (lead + 1..=object_end).all(|k| {
                let a = &self.atoms[k];
                // (a verb inside a hyphenated compound is none: "a sit-in")
                matches!(a.kind, AtomKind::Word | AtomKind::Possessive | AtomKind::Hyphen | AtomKind::Number)
                    && (!self.is_verbish(k) || self.in_compound(k))
                    && !a.is(class::REL | class::SUB)
            });
            let last = &self.atoms[object_end];
            let nounish = last.is_word()
                && (!last.is(class::DET | class::PREP | class::COORD | class::AUX | class::PRON)
                    || self.kind(object_end - 1) == Some(AtomKind::Hyphen))
                && (self.is_name(object_end)
                    || !last.cap
                    // ("wrote to the AU to demand talks": a name the gazetteer knows)
                    || self.mark(object_end).is_some_and(|m| matches!(m.kind, PhraseKind::Entity(..))));
            let complement = INFINITIVE_NOUNS.iter().any(|w| self.word(object_end, w));
            if lead < object_end && between_clean && nounish && !complement {
                return Some(lead);
            }
        }
        None
    }

    /// The quotation that ends right before atom `s` ("“…,” X warned"): its inner atoms.
    fn quotation_before(&self, s: usize) -> Option<(usize, usize)> {
        let mut close = s.checked_sub(1)?;
        if self.kind(close) == Some(AtomKind::Comma) {
            close = close.checked_sub(1)?;
        }
        if !matches!(self.kind(close), Some(AtomKind::CloseQuote | AtomKind::Quote)) {
            return None;
        }
        let mut end = close;
        if end > 0 && self.kind(end - 1) == Some(AtomKind::Comma) {
            end -= 1;
        }
        let open =
            (0..close).rev().find(|&k| matches!(self.kind(k), Some(AtomKind::OpenQuote | AtomKind::Quote)));
        let start = open.map_or(0, |o| o + 1);
        (start < end && (start..end).all(|k| self.atoms[k].quoted || !self.atoms[k].is_word()))
            .then_some((start, end))
    }

    /// The unquoted clause a sentence opens with when a speaker follows it after a comma
    /// ("Any attack will be answered, the minister warned"): atoms `0..comma`, holding a finite
    /// verb of its own, no quotation mark and no other comma (a longer opening is more often
    /// an adverbial than what is said).
    fn clause_before_speaker(&self, s: usize) -> Option<(usize, usize)> {
        let comma = s.checked_sub(1).filter(|&c| self.kind(c) == Some(AtomKind::Comma))?;
        // ("“Every day we wait is a day lost” for the region, she warned": a quotation that
        // opens the sentence and runs on unquoted is one clause)
        let opening_quote = matches!(self.kind(0), Some(AtomKind::OpenQuote | AtomKind::Quote));
        let mut quotes = (1..comma).filter(|&k| self.atoms[k].is_quote());
        let quoted_head = match (quotes.next(), quotes.next()) {
            (Some(close), None) => opening_quote && close + 1 < comma && close > 3,
            _ => false,
        };
        let plain = (0..comma).all(|k| {
            (quoted_head || !self.atoms[k].is_quote())
                && !matches!(self.atoms[k].kind, AtomKind::Comma | AtomKind::Colon | AtomKind::Semicolon)
        });
        let start = usize::from(quoted_head);
        (plain && comma >= 3 && (1..comma).any(|k| self.is_finite_verbish(k))).then_some((start, comma))
    }

    /// For a participle right after "and/but" that continues a passive ("was welcomed by Russia
    /// but rejected by Ukraine"), the subject of that passive.
    fn coordinated_passive_subject(&self, v: usize) -> Option<(usize, usize)> {
        let c = v.checked_sub(1).filter(|&c| self.word(c, "but") || self.word(c, "and"))?;
        let lo = c.saturating_sub(16);
        let be =
            (lo..c).rev().take_while(|&k| self.atoms[k].kind == AtomKind::Word).find(|&k| self.is_be(k))?;
        let by = (be + 1..c).find(|&k| self.word(k, "by"))?;
        let _ = by;
        let e = self.skip_left(be.checked_sub(1))?;
        let start = self.clause_start(e);
        (e + 1 - start <= 20).then_some((start, e + 1))
    }

    /// The end of the noun phrase opening an object at `s..e`: up to its first preposition or
    /// infinitive ("former Acme chief John Roe's request to be released", "a bid by X to
    /// appeal"), at most ten atoms on, and at least one.
    fn object_head_end(&self, s: usize, e: usize) -> usize {
        // (quoted modifiers are part of the phrase: "the “baseless and frivolous” accusations")
        let head_end = (s..e.min(s + 10))
            .find(|&k| {
                !matches!(
                    self.kind(k),
                    Some(AtomKind::Word | AtomKind::Possessive | AtomKind::OpenQuote | AtomKind::CloseQuote)
                ) || self.has(k, class::PREP)
                    || self.word(k, "to")
            })
            .unwrap_or(e.min(s + 10));
        head_end.max(s + 1)
    }

    #[allow(clippy::too_many_arguments)]
    pub(crate) fn push(
        &self,
        out: &mut Vec<Candidate>,
        act: Act,
        actor: Actor,
        addressee: Option<Actor>,
        content: Option<(usize, usize)>,
        trigger: usize,
        rule: &'static str,
        polarity: (bool, bool),
        report: Option<usize>,
        secondary: bool,
    ) {
        if self.no_claim_by_sense(act, actor, addressee, content, trigger) {
            return;
        }
        // "said it would seek legal action against those responsible": a suit foretold against
        // someone threatens them (a suit filed, "is seeking damages", asks)
        let act = if act == Act::Demand
            && ["seek", "seeks", "sought", "seeking"].iter().any(|w| self.word(trigger, w))
            && trigger > 0
            && ["will", "would", "'ll", "’ll"].iter().any(|w| self.word(trigger - 1, w))
            && content.is_some_and(|(s, e)| {
                self.word(s, "legal")
                    && self.word(s + 1, "action")
                    && (s + 2..e).any(|k| self.word(k, "against"))
            }) {
            Act::Warn
        } else {
            act
        };
        // "ready to resume talks only after Pristina lifts the tariffs": the condition is a
        // claim of its own (see `only_if_rule`), and its "only" no part of this one
        let content = content.map(|(s, e)| {
            let only = (s + 1..e.min(self.n())).find(|&k| {
                self.word(k, "only") && ["when", "if", "after", "once"].iter().any(|w| self.word(k + 1, w))
            });
            (s, only.unwrap_or(e))
        });
        // "called for the minister's resignation Thursday": a bare day after the content is when
        // it was said ("a vote on Thursday" keeps its preposition's time)
        let content = content.map(|(s, mut e)| {
            let part_of_day = |k: usize| ["morning", "afternoon", "evening", "night"].iter().any(|w| self.word(k, w));
            let mut day = e.saturating_sub(1);
            if day > s && part_of_day(day) {
                day -= 1;
            }
            let bare_day = day > s + 1
                && (self.has(day, class::WEEKDAY) || ["today", "yesterday", "tonight"].iter().any(|w| self.word(day, w)))
                && self.atoms[day - 1].is_word()
                && !self.has(day - 1, class::PREP | class::DET | class::COORD)
                // ("the results announced Monday", "a strike starting Monday": the day is the
                // participle's)
                && !self.atoms[day - 1].text.ends_with("ed")
                && !self.atoms[day - 1].text.ends_with("ing")
                && !self.is_verbish(day - 1);
            if bare_day {
                e = day;
            }
            (s, e)
        });
        // "Many Republicans who opposed the bill called it …": a relative clause's content ends
        // where the main clause's verb comes after a noun
        let content = if rule == "verb-relative" {
            content.map(|(s, e)| {
                let main_verb = (s + 1..e).find(|&j| {
                    self.atoms[j - 1].is_word()
                        && !self.has(j - 1, class::AUX | class::MODAL | class::PREP | class::DET | class::COORD)
                        && !self.word(j - 1, "to")
                        && self.atoms[j]
                            .info
                            .is_some_and(|w| w.verb_forms() & (form::PAST | form::THIRD) != 0 && w.verb_forms() & form::BASE == 0)
                        && !self.atoms[j].quoted
                        // ("the plan proposed by the governor": a participle of the noun)
                        && !self.word(j + 1, "by")
                });
                (s, main_verb.unwrap_or(e))
            })
        } else {
            content
        };
        // "Neither Israel nor Hamas accepted the plan": both subjects, and neither did it
        let mut polarity = polarity;
        if actor.s >= 2 && actor.e <= trigger && self.word(actor.s - 1, "nor") {
            let neither = (actor.s.saturating_sub(8)..actor.s - 1).rev().find(|&k| self.word(k, "neither"));
            if let Some(neither) = neither {
                polarity.0 = !polarity.0;
                let first = self.actor_starting_at(neither + 1).filter(|f| f.e == actor.s - 1);
                if let Some(first) = first {
                    // (the first subject's claim, with the polarity already turned)
                    let mut one = Vec::new();
                    self.push(
                        &mut one, act, first, addressee, content, trigger, rule, polarity, report, secondary,
                    );
                    // (its own "nor" test does not fire: "neither" precedes it)
                    out.extend(one);
                }
            }
        }
        // "no Republican senators have called for …": nobody made the claim
        if actor.e > actor.s + 1
            && actor.e <= trigger
            && self.word(actor.s, "no")
            && !self.word(actor.s + 1, "one")
        {
            return;
        }
        // "promises up to 30 hours of playback", "offers up to 20% off": a product's
        // specification, not a pledge ("pledged up to 5,000 troops" is one)
        if matches!(act, Act::Accept | Act::Propose)
            && self.atoms[trigger].text.ends_with('s')
            && content.is_some_and(|(s, _)| self.word(s, "up") && self.word(s + 1, "to"))
            && trigger + 1 == content.map_or(0, |(s, _)| s)
        {
            return;
        }
        // "backed down", "backed away from the deal": retreating, not backing anything; "will be
        // back", "put them back in charge": the adverb. The base form backs something only after
        // a modal or "to" ("will back the plan", "refused to back it").
        // (only of "back" as the verb of support: "will not back down" is a refusal to yield)
        if act == Act::Accept && ["back", "backs", "backed", "backing"].iter().any(|w| self.word(trigger, w))
        {
            // ("backed her car out of a parking spot", "backed the truck into the gate": a
            // vehicle moved, its way after the object)
            let moved = (trigger + 2..(trigger + 6).min(self.n())).any(|k| {
                (self.word(k, "out") && self.word(k + 1, "of"))
                    || self.word(k, "into")
                    || self.word(k, "onto")
            }) && (trigger + 1..(trigger + 4).min(self.n())).any(|k| {
                ["car", "truck", "vehicle", "van", "boat", "bus", "trailer"].iter().any(|w| self.word(k, w))
            });
            let retreat = ["down", "away", "off", "out"].iter().any(|w| self.word(trigger + 1, w)) || moved;
            let before = (0..trigger)
                .rev()
                .find(|&k| !self.has(k, class::ADV | class::NEG) && self.kind(k) != Some(AtomKind::Negation));
            // ("cannot back it": a modal read as a negation)
            let base_after_modal = before.is_some_and(|k| {
                (self.has(k, class::MODAL | class::AUX) && !self.is_be(k)) || self.word(k, "to")
            }) || (before.map_or(0, |b| b + 1)..trigger)
                .any(|k| self.word(k, "cannot"));
            // ("a deal backed by a fund": money, as often as support; "the proposal was backed
            // by France": a passive of support)
            let passive = trigger > 0 && (self.is_be(trigger - 1) || self.word(trigger - 1, "been"));
            let financial = content.is_some_and(|(s, e)| {
                (s..e).any(|k| {
                    [
                        "loan",
                        "loans",
                        "bond",
                        "bonds",
                        "debt",
                        "mortgage",
                        "mortgages",
                        "securities",
                        "currency",
                        "deposits",
                    ]
                    .iter()
                    .any(|w| self.word(k, w))
                })
            });
            // ("backed by a Chilean fund": money from a financier)
            let financier = (trigger + 2..(trigger + 6).min(self.n())).any(|k| {
                ["fund", "funds", "bank", "banks", "investor", "investors", "lender", "lenders"]
                    .iter()
                    .any(|w| self.word(k, w))
            });
            let funded = self.word(trigger, "backed")
                && self.word(trigger + 1, "by")
                && (!passive || financial || financier);
            if retreat || funded || self.word(trigger, "back") && !base_after_modal {
                return;
            }
        }
        // "pushed back on the plan", "pushing back against the report": refusing it; "pushed
        // back the date" only postpones
        let act = if ["push", "pushes", "pushed", "pushing"].iter().any(|w| self.word(trigger, w))
            && self.word(trigger + 1, "back")
        {
            if !["on", "against"].iter().any(|w| self.word(trigger + 2, w)) {
                return;
            }
            Act::Reject
        } else {
            act
        };
        // "denied a request to exclude the candidates", "denied him a visa": refusing what was
        // asked for rejects it; a denial answers a claim
        let act = if act == Act::Deny
            && ["deny", "denies", "denied", "denying"].iter().any(|w| self.word(trigger, w))
            && content.is_some_and(|(s, e)| {
                (s..self.object_head_end(s, e)).any(|k| {
                    [
                        "bid",
                        "bids",
                        "plea",
                        "pleas",
                        "request",
                        "requests",
                        "application",
                        "applications",
                        "permission",
                        "bail",
                        "access",
                        "entry",
                        "visa",
                        "visas",
                        "appeal",
                        "appeals",
                        "petition",
                        "motion",
                        "license",
                        "licence",
                        "asylum",
                        "boarding",
                        "parole",
                        "passage",
                        "admission",
                        "permits",
                        "permit",
                        "clearance",
                        "service",
                    ]
                    .iter()
                    .any(|w| self.word(k, w))
                }) && !(s..e.min(s + 8)).any(|k| self.has(k, class::AUX))
            }) {
            Act::Reject
        } else {
            act
        };
        // "rejected the allegation", "dismissed the accusations as politically motivated",
        // "rejected claims that it had paid the militia": refusing a charge denies it, as denying
        // a request rejects it
        let act = if act == Act::Reject
            && content.is_some_and(|(s, e)| {
                let head_end = self.object_head_end(s, e);
                (s..head_end).any(|k| {
                    ACCUSATION_NOUNS.iter().any(|w| self.word(k, w))
                        // ("rejected claims of poor working conditions": claims of a wrong, not
                        // for a thing; criticism refused stays a rejection)
                        // ("the claims of the heirs": whose claims, refused)
                        || ["claim", "claims"].iter().any(|w| self.word(k, w))
                            && self.word(k + 1, "of")
                            && !self.has(k + 2, class::DET)
                            && self.actor_starting_at(k + 2).is_none()
                        // ("dismissed his suggestion that the pact could be revised": a
                        // proposal, refused)
                        // ("brushed aside reports that the fighters were leaving": what was
                        // reported, denied)
                        || [
                            "claim", "claims", "assertion", "assertions", "notion", "report", "reports", "rumours",
                            "rumors", "speculation",
                        ]
                        .iter()
                        .any(|w| self.word(k, w))
                            && (self.word(k + 1, "that")
                                // ("rebuffed claims by Moscow that it was targeted": whose claim,
                                // then what it says)
                                || (self.word(k + 1, "by") || self.word(k + 1, "from"))
                                    && ((k + 3..(k + 8).min(e)).any(|j| self.word(j, "that"))
                                        // ("rejected the claims by the rebels": a side's claims,
                                        // not its claims for something)
                                        || self.word(k, "claims")
                                            && self.actor_starting_at(k + 2).is_some_and(|a| a.e >= e)))
                        // ("rejected the Indian claim", "dismissed the baseless claims": a claim
                        // with nothing after it is an assertion, denied; not a claim for money,
                        // land or a right, "rejects these financial claims")
                        // ("rejected reports of customs agents delaying …": reports of an
                        // event, denied)
                        || self.word(k, "reports")
                            && self.word(k + 1, "of")
                            && !self.has(k + 2, class::DET)
                        // ("rejected the “misleading” statement by officials": words labelled
                        // untrue, denied)
                        || ["statement", "statements", "remarks", "assertion", "assertions", "report", "reports"]
                            .iter()
                            .any(|w| self.word(k, w))
                            && (s..k).any(|j| self.is_baseless_label(j) || self.word(j, "misleading"))
                        // (a court's or a lawsuit's claims are pleas, refused: "the judges
                        // rejected the candidate's claims", "a claim", "the suit's claims")
                        || ["claim", "claims"].iter().any(|w| self.word(k, w))
                            && k > s
                            && self.plain_np_end(s) >= k
                            && self.starts_with_any(trigger, &["reject", "dismiss", "rubbish", "rebuff", "refut", "brush"])
                            && (k + 1 >= e
                                && actor.role != Some(crate::model::Role::Judiciary)
                                && !self.word(s, "a")
                                && !(s..k).any(|j| {
                                    CLAIMS_FOR_SOMETHING.iter().any(|w| self.word(j, w)) || self.is_legal_document(j)
                                })
                                || (s..k).any(|j| self.is_baseless_label(j)))
                })
            }) {
            Act::Deny
        } else {
            act
        };
        // "is firing back at claims that his client …", "hit back at the allegations": answering
        // a charge in kind denies it
        // (with whom it answers, "fired back at the US over allegations …", it reproaches them)
        let act = if act == Act::Accuse
            && self.lex_lemma_is(trigger, &FIRING_BACK)
            && addressee.is_none()
            && content.is_some_and(|(s, e)| {
                (s..self.object_head_end(s, e))
                    .any(|k| ACCUSATION_NOUNS.iter().chain(&["claim", "claims"]).any(|w| self.word(k, w)))
            }) {
            Act::Deny
        } else {
            act
        };
        // "dismissed the opposition leader as a thief and a traitor": a dismissal that labels
        // someone a wrongdoer accuses them (one that calls a claim baseless stays a rejection)
        let (act, content) = match content {
            Some((s, e))
                if act == Act::Reject
                    && ["dismiss", "dismissed", "dismisses", "dismissing"]
                        .iter()
                        .any(|w| self.word(trigger, w)) =>
            {
                // ("as" may end the content already: "the protesters as terrorists")
                let labelled = |k: usize, kind: PhraseKind| {
                    self.word(k, "as")
                        && (k + 1..(k + 6).min(self.n()))
                            .any(|j| self.mark(j).is_some_and(|m| m.kind == kind && m.start == j))
                };
                let label =
                    (s + 1..(e + 1).min(self.n())).find(|&k| labelled(k, PhraseKind::AccusePredicate));
                // ("dismissed the report as fake": a report so labelled is no wrongdoer; its
                // dismissal stays a rejection, as with "baseless" — an allegation dismissed is
                // denied, above)
                let of_claim = |k: usize| (s..k).any(|j| SAID_NOUNS.iter().any(|w| self.word(j, w)));
                match label {
                    Some(k) if of_claim(k) => (act, Some((s, k))),
                    Some(k) => (Act::Accuse, Some((s, k))),
                    None => (act, content),
                }
            }
            _ => (act, content),
        };
        // "it seems unlikely that the government would push back against …": a guess at what
        // someone would do is no act of theirs
        let guessed = (trigger.saturating_sub(14)..trigger).any(|k| {
            ["unlikely", "likely", "possible", "impossible", "conceivable", "doubtful"]
                .iter()
                .any(|w| self.word(k, w))
                && self.word(k + 1, "that")
                && (k + 2..trigger).any(|j| ["would", "could", "might"].iter().any(|w| self.word(j, w)))
        });
        if guessed {
            return;
        }
        // "… would have to do before the ministry would agree to talks": what
        // someone would do once a condition is met is no act yet
        let conditional = (trigger.saturating_sub(12)..trigger)
            .rev()
            .take_while(|&k| !matches!(self.kind(k), Some(AtomKind::Comma | AtomKind::Terminal)))
            .find(|&k| ["before", "until", "unless"].iter().any(|w| self.word(k, w)));
        if conditional
            .is_some_and(|c| (c + 1..trigger).any(|k| self.word(k, "would") || self.word(k, "could")))
        {
            return;
        }
        if self.verb_inside_name(trigger) {
            return;
        }
        // "Better Android support": a heading with no object and no full stop states no act
        if content.is_none()
            && !self.atoms[trigger + 1..].iter().any(|a| a.is_word())
            && !self.atoms.iter().any(|a| a.kind == AtomKind::Terminal)
        {
            return;
        }
        // "There are many sites offering …", "There is an old saying: …": "there" acts for nobody
        if actor.e == actor.s + 1 && self.word(actor.s, "there") {
            return;
        }
        // "a life-threatening illness", "no warning as to the price", the market's demand
        let before = |k: usize| (0..k).rev().find(|&j| self.kind(j) != Some(AtomKind::Hyphen));
        if self.word(trigger, "threatening") && before(trigger).is_some_and(|j| self.word(j, "life")) {
            return;
        }
        if (self.word(trigger, "warning") || self.word(trigger, "warnings"))
            && before(trigger).is_some_and(|j| self.word(j, "no"))
        {
            return;
        }
        if self.is_market_demand(trigger) {
            return;
        }
        // "if you or your employer do not consent", "asked whether Iran would accept": a claim
        // supposed or asked about is not made
        let supposed = (trigger.saturating_sub(12)..trigger)
            .rev()
            .take_while(|&k| {
                !matches!(
                    self.kind(k),
                    Some(AtomKind::Comma | AtomKind::Terminal | AtomKind::Colon | AtomKind::Semicolon)
                ) && !self.atoms[k].is_quote()
                    // ("… would be nice if that got out and asked me to …": the main
                    // clause goes on after "and")
                    && !self.word(k, "and")
                    && !self.word(k, "but")
            })
            .any(|k| {
                ["if", "unless", "whether"].iter().any(|w| self.word(k, w))
                    // ("refused to meet him until he withdraws the reform": a condition set,
                    // not yet met; "until the rebels accepted it" tells what happened)
                    || self.word(k, "until") && self.verb_forms(trigger) & form::PAST == 0
            });
        if supposed {
            return;
        }
        let mut had_content = content.is_some();
        let mut content = content.and_then(|(s, e)| self.trim(s, e));
        // "to, among others, direct the defendants …": an aside opening the content
        if let Some((s, e)) = content {
            let aside = [["among", "others"], ["inter", "alia"], ["for", "example"], ["in", "particular"]]
                .iter()
                .any(|[a, b]| self.word(s, a) && self.word(s + 1, b));
            if aside && self.kind(s + 2) == Some(AtomKind::Comma) && s + 3 < e {
                content = self.trim(s + 3, e);
            }
        }
        // "slammed Schiff on Thursday", "rejected the plan during the past week": a time
        // phrase closing the content says when, not what
        if let Some((s, e)) = content {
            let mut t = e;
            while t > s + 1 && self.is_time_word(t - 1) && !self.has(t - 1, class::PREP | class::DET) {
                t -= 1;
            }
            if t < e {
                let mut p = t;
                if p > s + 1 && self.word(p - 1, "the") {
                    p -= 1;
                }
                let opener = |k: usize| ["on", "during", "over", "in", "at"].iter().any(|w| self.word(k, w));
                if p > s + 1 && opener(p - 1) {
                    p -= 1;
                    // "late on Wednesday", "early in the day"
                    if p > s + 1 && ["late", "early"].iter().any(|w| self.word(p - 1, w)) {
                        p -= 1;
                    }
                }
                // (only a whole phrase: "on Thursday", "during the week", "last week"; not a
                // year, which dates what is claimed: "advantage in 2020")
                let named_time = (t..e).any(|k| self.atoms[k].kind == AtomKind::Word);
                let whole = named_time
                    && (opener(p)
                        || ["last", "this", "earlier", "late", "early", "next"]
                            .iter()
                            .any(|w| self.word(p, w)));
                if whole && p > s {
                    content = self.trim(s, p);
                }
            }
        }
        // "The resolution, which was vetoed by China, …": what "which" stands for
        if let Some((s, e)) =
            content.filter(|&(s, e)| e == s + 1 && (self.word(s, "which") || self.word(s, "that")))
        {
            let end = if s > 0 && self.kind(s - 1) == Some(AtomKind::Comma) { s - 1 } else { s };
            let start = self.content_np_left(end);
            content = (start < end).then_some((start, end)).or(Some((s, e)));
        }
        // "Democrats disagree and call the bill …": after an intransitive verb the coordinated
        // verb phrase is an act of its own, not what is disagreed with
        if content.is_some_and(|(s, _)| self.word(s, "and") || self.word(s, "but")) {
            (content, had_content) = (None, false);
        }
        if content.is_some_and(|(s, _)| {
            ["in", "at", "during", "after", "before", "since", "until", "through", "across", "amid"]
                .iter()
                .any(|w| self.word(s, w))
        }) {
            return;
        }
        // A content that trims to nothing, or is a bare pronoun ("it", "who", "which"), says
        // nothing.
        if had_content
            && content.is_none_or(|(s, e)| {
                e - s == 1
                    && self.atoms[s].is(class::PRON | class::REL)
                    && !(rule.starts_with("verb") && self.refers_back(s, trigger))
            })
        {
            return;
        }
        let (mut act, mut negated, mut rule) = (act, polarity.0, rule);
        // "promised that her government would never permit it": a pledge to refuse refuses
        if act == Act::Accept {
            if let Some((s, e)) = content {
                let refusal = (s + 1..e.min(s + 12)).any(|k| {
                    ["allow", "let", "tolerate", "permit", "accept"].iter().any(|w| self.word(k, w))
                        && self.is_negation(k - 1)
                });
                if refusal {
                    act = Act::Reject;
                    rule = "pledged-refusal";
                }
            }
        }
        if act == Act::Accept && negated {
            // "will not / cannot / does not accept" refuses; "did not / has not accepted" only has not yet
            // accepted: a rejection that stays marked as negated.
            // ("did not agree with the ruling": a disagreement held, not an acceptance to come)
            let disagreement = self.word(trigger + 1, "with")
                && ["agree", "agreed", "agrees"].iter().any(|w| self.word(trigger, w));
            let refusal = disagreement
                || (trigger.saturating_sub(4)..trigger).any(|k| {
                    ["will", "would", "wo", "can", "cannot", "could", "shall", "does", "do"]
                        .iter()
                        .any(|w| self.word(k, w))
                });
            act = Act::Reject;
            negated = !refusal;
            rule = "negated-accept";
        }
        // "Amazon said it did not threaten layoffs", "he said he never threatened anyone": a side
        // saying it did not do what a threat or a charge says denies it
        if act == Act::Warn && negated && report.is_some() {
            // (a pronoun right before the negation, in a report: the one speaking)
            let did_not = (trigger.saturating_sub(3)..trigger)
                .find(|&k| ["did", "never"].iter().any(|w| self.word(k, w)))
                .filter(|&k| {
                    k > 0 && ["it", "he", "she", "they", "we", "i"].iter().any(|w| self.word(k - 1, w))
                });
            if did_not.is_some() {
                act = Act::Deny;
                negated = false;
                rule = "denied-deed";
            }
        }
        // "did not rule out military action": keeping a hostile act open is a threat of it, a
        // hedged one
        let mut hedged = polarity.1;
        if act == Act::Reject
            && negated
            && self.word(trigger + 1, "out")
            && ["rule", "rules", "ruled", "ruling"].iter().any(|w| self.word(trigger, w))
            && content.is_some_and(|(s, e)| (s..e).any(|k| self.is_hostile_act(k)))
        {
            act = Act::Warn;
            negated = false;
            hedged = true;
            rule = "not-ruled-out";
        }
        out.push(Candidate {
            act,
            actor,
            addressee,
            content,
            trigger,
            rule,
            negated,
            hedged,
            report,
            secondary,
        });
    }

    /// Whether atom `k` names a hostile act: a verb of `data/threat_verbs.txt` or its noun
    /// ("strikes", "sanctions"), or "force", "retaliation", "military action" and the like.
    fn is_hostile_act(&self, k: usize) -> bool {
        const HOSTILE_NOUNS: [&str; 12] = [
            "force",
            "retaliation",
            "reprisals",
            "war",
            "intervention",
            "invasion",
            "escalation",
            "countermeasures",
            "airstrikes",
            "strikes",
            "attacks",
            "sanctions",
        ];
        let Some(a) = self.atoms.get(k).filter(|a| a.is_word()) else { return false };
        a.is(class::THREAT_VERB)
            || HOSTILE_NOUNS.iter().any(|w| a.eq(w))
            || self.word(k, "action") && k > 0 && self.word(k - 1, "military")
    }

    /// The claim of a passive's agent named after "by" before `agent_end` (a known actor or one
    /// with a role), of the subject before the verb's auxiliaries (`roles`: where they and the
    /// words between subject and verb start), with the words from after `after` to "by" for
    /// content ("Abara urged to step down by her party", "accused of graft by the auditors";
    /// not "laws passed by Congress": a "by" after a participle is that participle's).
    #[allow(clippy::too_many_arguments)]
    fn push_passive_agent(
        &self,
        act: Act,
        after: usize,
        agent_end: usize,
        v: usize,
        (aux_start, between_start): (usize, usize),
        rule: &'static str,
        reports: &[Report],
        out: &mut Vec<Candidate>,
    ) {
        let agent = (after + 2..agent_end)
            .filter(|&k| self.word(k, "by") && !self.atoms[k - 1].text.ends_with("ed"))
            .find_map(|b| self.actor_starting_at(b + 1).map(|a| (b, a)));
        let Some((b, agent)) = agent else { return };
        if agent.who == Who::Unknown && agent.role.is_none() {
            return;
        }
        let addressee = self.skip_left(aux_start.checked_sub(1)).and_then(|l| self.actor_ending_at(l));
        let polarity = self.polarity(between_start, v);
        let report = self.attribution(reports, v);
        self.push(out, act, agent, addressee, Some((after + 1, b)), v, rule, polarity, report, false);
    }

    /// Whether the word at `k` is the preposition an accusation verb puts after the one it
    /// accuses ("accuse Y of", "blame Y for"; not "as", which may come before the object:
    /// "condemned as illegal the plan"). Right after the verb, nobody accused stands between:
    /// a reduced passive ("the councillor accused of bribery").
    fn accusation_preposition_at(&self, verb: &Verb, k: usize) -> bool {
        verb.act == Act::Accuse && verb.frames.preps.iter().any(|p| &**p != "as" && self.word(k, p))
    }

    /// "denied herself sweets", "is not resigning itself to defeat": a reflexive pronoun.
    pub(crate) fn is_reflexive(&self, k: usize) -> bool {
        ["herself", "himself", "themselves", "myself", "ourselves", "itself"].iter().any(|w| self.word(k, w))
    }

    /// A claim verb in any of its constructions.
    pub(crate) fn verb_rule(
        &self,
        v: usize,
        verb: &Verb,
        forms: u8,
        reports: &[Report],
        out: &mut Vec<Candidate>,
    ) {
        let f = &verb.frames;
        // "the call for …", "his demand for …": after a determiner the word is a noun (nouns
        // of claims have rules of their own)
        let noun_use = v > 0
            && self.has(v - 1, class::DET)
            && !["that", "all", "both", "each", "some", "many"].iter().any(|w| self.word(v - 1, w))
            && !self.is_title_case();
        // "a wireless charging stand with …": an -ing word between a determiner's modifiers and
        // a noun modifies the noun
        let modifier_use = self.atoms[v].text.ends_with("ing") && {
            let mut b = v;
            while b > 0
                && v - b < 8
                && (self.is_modifier(b - 1) && !self.has(b - 1, class::HEAD)
                    || matches!(self.kind(b - 1), Some(AtomKind::Number | AtomKind::Hyphen))
                    // ("2-in-1"): a word inside a hyphenated compound
                    || self.atoms[b - 1].is_word() && self.kind(b) == Some(AtomKind::Hyphen))
            {
                b -= 1;
            }
            b < v
                && b > 0
                && self.has(b - 1, class::DET)
                && self
                    .atoms
                    .get(v + 1)
                    .is_some_and(|a| a.is_word() && !a.cap && !a.is(class::PREP | class::DET))
        };
        // the tagger reads a noun or an adjective here ("the protests escalate", "a disputed
        // region")
        // ("slammed the door on any talks": the door idiom's own rule reads it)
        let closed_door = self.word(v + 1, "the") && self.word(v + 2, "door") && self.word(v + 3, "on");
        // "denied herself sweets": going without, not a denial
        let denied_oneself = verb.act == Act::Deny && self.is_reflexive(v + 1);
        // "used military pressure to …", "faces strong demand": a noun after an adjective that
        // itself follows a verb or a determiner (the tagger agrees that it is a noun)
        // (the tagger last: it tags the whole sentence)
        let adjective_before = v >= 2
            && forms & (form::PAST | form::PART | form::GER) == 0
            // (a lower-case modifier, or a side's adjective: "the Republican demand")
            && (self.is_modifier(v - 1) || self.atoms[v - 1].cap && self.entity(v - 1).is_some())
            && (self.is_verbish(v - 2) || self.has(v - 2, class::DET) || self.is_base_verb(v - 2))
            && self.tag(v - 1).is_some_and(|t| t.xpos() == "JJ")
            && self.tag(v).is_some_and(|t| matches!(t.xpos(), "NN" | "NNS"));
        // "the council approved a motion that demands …": a body adopting its own document
        // issues it (the document's words are the claim), it accepts no one's offer
        let adopts_document = verb.act == Act::Accept
            && self.starts_with_any(v, &["approv", "adopt", "pass"])
            && (v + 1..(v + 4).min(self.n()))
                .any(|k| ["motion", "resolution", "decree", "declaration"].iter().any(|w| self.word(k, w)));
        // "who won disputed elections", "rejected proposed changes": a participle between a
        // verb and its object's noun is the noun's adjective (the tagger asked last)
        let participle_adjective = forms & form::PART != 0
            && v >= 1
            && self.atoms[v].text.ends_with("ed")
            && self.atoms[v - 1].is_word()
            && !self.has(v - 1, class::AUX | class::MODAL | class::PRON | class::DET | class::PREP)
            && !self.is_be(v - 1)
            && self.is_finite_verbish(v - 1)
            && self.atoms.get(v + 1).is_some_and(|a| {
                a.is_word()
                    && !a.cap
                    && !a.is(class::DET | class::PREP | class::PRON | class::ADV | class::SUB)
            })
            && self.tag(v + 1).is_some_and(|t| matches!(t.xpos(), "NN" | "NNS"))
            && self.tag(v).is_some_and(|t| matches!(t.xpos(), "JJ" | "VBN"));
        if noun_use
            || modifier_use
            || closed_door
            || denied_oneself
            || adjective_before
            || adopts_document
            || participle_adjective
            || self.is_compound_call(v)
        {
            return;
        }
        // "“We will not tolerate it,” warned the minister": the verb between a quotation and
        // its speaker; what is quoted is warned, denied, urged or charged ("insisted" tells a
        // fact as often as it asks)
        if forms & form::PAST != 0
            && matches!(verb.act, Act::Warn | Act::Deny | Act::Demand | Act::Accuse)
            && !self.starts_with_any(v, &["insist"])
        {
            // (the quotation opens the sentence: a quoted phrase inside an aside is no speech)
            let quote = self.quotation_before(v).filter(|q| (0..q.0).all(|k| !self.atoms[k].is_word()));
            let speaker = quote.and_then(|_| self.actor_starting_at(v + 1)).filter(|a| {
                a.s == v + 1 && matches!(self.kind(a.e), None | Some(AtomKind::Terminal | AtomKind::Comma))
            });
            if let (Some(quote), Some(speaker)) = (quote, speaker) {
                self.push(
                    out,
                    verb.act,
                    speaker,
                    None,
                    Some(quote),
                    v,
                    "verb-before-speaker",
                    (false, false),
                    None,
                    false,
                );
                return;
            }
        }
        // "called on Friday for …": a time phrase before the particle or object
        let mut after = self.skip_right(v + 1, self.n());
        // "condemned, in the strongest terms, the attack", "alleges, among other things, that …"
        if let Some(past) = self.aside_after_verb(after) {
            after = past;
        }
        // "condemned and rejected the sanctions", "we deplore and strongly oppose the move": two
        // verbs of the same tense sharing the object after the second
        if f.particles.is_empty() && (self.word(after, "and") || self.word(after, "or")) {
            let mut second = self.skip_right(after + 1, self.n());
            while self.is_ly_adverb(second) {
                second += 1;
            }
            let tense = |forms: u8| forms & (form::PAST | form::THIRD | form::BASE);
            // ("condemn and sternly warn against the actions": the second verb's own particle
            // first)
            let mut object = second + 1;
            let shares = second < self.n()
                && self.claim_verb_at(second).is_some_and(|(verb, forms2)| {
                    let frames = &self.lex.verbs[verb as usize].frames;
                    if frames
                        .particles
                        .iter()
                        .chain(&frames.optional_particles)
                        .chain(frames.preps.iter().filter(|p| &***p == "against"))
                        .any(|p| self.word(second + 1, p))
                    {
                        object = second + 2;
                    }
                    (frames.particles.is_empty() || object == second + 2) && tense(forms2) & tense(forms) != 0
                })
                && self.atoms.get(object).is_some_and(|a| {
                    a.is_word() && (a.is(class::DET) && !a.eq("it") && !a.eq("that") || a.cap) || a.is_quote()
                });
            if shares {
                after = object;
            }
        }
        if !f.particles.is_empty() {
            // "took direct aim at": an adjective before a noun particle
            // (an adjective that is also a verb: "direct"; the tagger, which tags the whole
            // sentence, asked last)
            if !f.particles.iter().any(|p| self.word(after, p))
                && f.particles.iter().any(|p| self.word(after + 1, p))
                && (self.is_modifier(after)
                    || self.atoms.get(after).is_some_and(|a| a.is_word() && !a.cap)
                        && self.tag(after).is_some_and(|t| t.xpos() == "JJ"))
            {
                after += 1;
            }
            if !f.particles.iter().any(|p| self.word(after, p)) {
                return;
            }
            after += 1;
        }
        let particle = f.particles.iter().any(|p| after > 0 && self.word(after - 1, p)).then(|| after - 1);
        // ("lashed out Sunday at the proposal": a time between the particle and the frame)
        if particle.is_some() {
            let past = self.skip_right(after, self.n());
            if past > after && f.preps.iter().any(|p| self.word(past, p)) {
                after = past;
            }
        }
        // "press on", "push ahead": carrying on, not claiming.
        let own_particle = |w: &str| f.particles.iter().chain(&f.optional_particles).any(|p| &**p == w);
        // ("blasted on a conference call as …": "on" opening a phrase of its own)
        let carrying_on = self.word(after, "on") && !own_particle("on") && !self.has(after + 1, class::DET);
        if particle.is_none() && (self.word(after, "ahead") || carrying_on) {
            return;
        }
        // ("Modi was himself accused of …": a reflexive among the auxiliaries only stresses)
        let reflexive = |k: usize| {
            ["himself", "herself", "itself", "themselves"].iter().any(|w| self.word(k, w))
                && k > 0
                && self.has(k - 1, class::AUX)
        };
        let left = self.skip_left(if v >= 2 && reflexive(v - 1) { Some(v - 2) } else { v.checked_sub(1) });
        let between_start = left.map_or(0, |l| l + 1);
        // The auxiliaries right before the verb, not those of an aside between it and its subject.
        let mut aux_start = v;
        while aux_start > between_start
            && (self.has(aux_start - 1, class::AUX | class::NEG | class::ADV | class::HEDGE | class::MODAL)
                || reflexive(aux_start - 1)
                || self.is_ly_adverb(aux_start - 1)
                || self.kind(aux_start - 1) == Some(AtomKind::Negation)
                // (the quotation marks around an adverb: "was 'unanimously' rejected")
                || self.atoms[aux_start - 1].is_quote()
                || self
                    .mark(aux_start - 1)
                    .is_some_and(|m| matches!(m.kind, PhraseKind::Hedge | PhraseKind::Adverb)))
        {
            aux_start -= 1;
        }
        // "speculation that Ruiz will veto the measure", "they hoped she would veto it": what
        // others expect of the subject, not something the subject said or did
        if (aux_start..v)
            .any(|k| ["will", "would", "’ll", "'ll", "might", "may"].iter().any(|w| self.word(k, w)))
        {
            let subject = self.skip_left(aux_start.checked_sub(1)).and_then(|e| self.actor_ending_at(e));
            if let Some(subject) = subject {
                let mut b = subject.s;
                if b > 0 && self.word(b - 1, "that") {
                    b -= 1;
                }
                // ("I believe Beijing will accept her resignation": a belief about another's act;
                // "I think we will reject it" is the speaker's own stance)
                const BELIEVED: [&str; 8] =
                    ["believe", "believes", "believed", "think", "thinks", "thought", "doubt", "doubts"];
                let own = subject.e == subject.s + 1 && ["we", "i"].iter().any(|w| self.word(subject.s, w));
                if !own && (b.saturating_sub(3)..b).any(|k| BELIEVED.iter().any(|w| self.word(k, w))) {
                    return;
                }
                const EXPECTED: [&str; 17] = [
                    "speculation",
                    "speculate",
                    "speculated",
                    "expectation",
                    "expectations",
                    "expect",
                    "expects",
                    "expected",
                    "hope",
                    "hopes",
                    "hoped",
                    "hoping",
                    "predicted",
                    "predict",
                    "predicts",
                    "whether",
                    "wondered",
                ];
                if (b.saturating_sub(3)..b).any(|k| EXPECTED.iter().any(|w| self.word(k, w))) {
                    return;
                }
            }
        }
        let be_passive = (aux_start..v)
            .any(|k| self.is_be(k) && !self.word(k, "being") && self.atoms[k].mark == crate::atoms::NONE)
            && forms & form::PART != 0;
        // Passive: "was rejected by X", "demands submitted by Russia".
        let mut by = after;
        while self.is_ly_adverb(by) {
            by += 1;
        }
        // "turned down last month by the members", "rejected on Friday by the board"
        let timed = if self.word(by, "on") && self.is_time_word(by + 1) { by + 1 } else { by };
        let past_time = self.past_time_words(timed);
        if past_time > timed && self.word(past_time, "by") {
            by = past_time;
        }
        // "was rejected as unacceptable by Tehran", "dismissed as absurd by the ministry": past
        // the judgement to the agent
        if be_passive && self.word(by, "as") {
            if let Some(b) = (by + 2..(by + 8).min(self.n()))
                .take_while(|&k| self.atoms[k].is_word() || self.atoms[k].is_quote())
                .find(|&k| self.word(k, "by"))
            {
                by = b;
            }
        }
        // "widely condemned, including by the governor", "criticised even by his allies"
        let widened = by + usize::from(self.kind(by) == Some(AtomKind::Comma));
        if ["including", "even", "notably", "especially", "particularly"]
            .iter()
            .any(|w| self.word(widened, w))
            && self.word(widened + 1, "by")
        {
            by = widened + 1;
        }
        // "Pressed by Pence and McCarthy, the incoming minority leader, they refused …": an
        // opening participle clause whose agent acts on the subject of the main clause
        let opening = (0..v).all(|k| !self.atoms[k].is_word());
        if opening && !be_passive && forms & form::PART != 0 && self.word(by, "by") {
            if let Some(agent) = self.actor_starting_at(by + 1) {
                let n = self.n();
                let subject = (agent.e..(agent.e + 12).min(n))
                    .filter(|&c| self.kind(c) == Some(AtomKind::Comma))
                    .find_map(|c| {
                        let s = self.actor_starting_at(c + 1)?;
                        let next = self.skip_right(s.e, n);
                        (self.is_finite_verbish(next) || self.has(next, class::AUX | class::MODAL))
                            .then_some(s)
                    });
                if let Some(subject) = subject {
                    let polarity = self.polarity(0, v);
                    let report = self.attribution(reports, v);
                    let on_subject = matches!(verb.act, Act::Demand | Act::Accuse | Act::Warn);
                    let (addressee, content) =
                        if on_subject { (Some(subject), None) } else { (None, Some((subject.s, subject.e))) };
                    self.push(
                        out,
                        verb.act,
                        agent,
                        addressee,
                        content,
                        v,
                        "participle-opening-by",
                        polarity,
                        report,
                        false,
                    );
                    return;
                }
            }
        }
        if forms & form::PART != 0 && self.word(by, "by") {
            let reduced = !be_passive
                && v > 0
                && self.atoms[v - 1].kind == AtomKind::Word
                && !self.atoms[v - 1].is(class::AUX);
            if be_passive || reduced {
                let Some(agent) = self.actor_starting_at(by + 1) else { return };
                // "supported by fresh EU trade figures": the name only modifies the agent
                let modifier = self.atoms.get(agent.e).is_some_and(|x| {
                    x.is_word()
                        && !x.cap
                        && x.info.is_none_or(|w| {
                            w.class == 0 && w.verb == 0 && w.report == 0 && w.claim_verb.is_none()
                        })
                        && !self.is_ly_adverb(agent.e)
                        && !self.is_time_word(agent.e)
                });
                if modifier {
                    return;
                }
                // "any deal that might later be vetoed by a governor": what might
                // befall a thing in a relative clause is no one's act
                let might = (aux_start..v).any(|k| ["could", "might", "may"].iter().any(|w| self.word(k, w)));
                let in_relative = aux_start >= 1
                    && (aux_start.saturating_sub(2)..aux_start)
                        .any(|k| self.has(k, class::REL) || self.word(k, "that"));
                if be_passive && might && in_relative {
                    return;
                }
                // "the pick of what is sold by both shops": a free relative names a
                // thing, it reports no act
                if be_passive
                    && aux_start >= 2
                    && self.word(aux_start - 1, "what")
                    && (self.has(aux_start - 2, class::PREP) || self.word(aux_start - 2, "than"))
                {
                    return;
                }
                let polarity = self.polarity(between_start, v);
                let report = self.attribution(reports, v);
                if be_passive {
                    // The subject ends before the verb's own auxiliaries; an aside ("…, which was
                    // drafted by …,") is skipped.
                    let subj_end = self.skip_left(aux_start.checked_sub(1));
                    // "The truce, brokered by Qatar, was accepted": past a participle aside
                    // between commas
                    let subj_end = subj_end.map(|e| {
                        let start = self.clause_start(e);
                        let start = if self.kind(start) == Some(AtomKind::Comma) { start + 1 } else { start };
                        let aside = start >= 2
                            && self.kind(start - 1) == Some(AtomKind::Comma)
                            && (self.kind(e) == Some(AtomKind::Comma)
                                || self.kind(e + 1) == Some(AtomKind::Comma))
                            && self.atoms[start].is_word()
                            && !self.atoms[start].cap
                            && self.atoms[start].text.ends_with("ed");
                        match self.skip_left(start.checked_sub(2)).filter(|_| aside) {
                            Some(before) if self.atoms[before].is_word() => before,
                            _ => e,
                        }
                    });
                    let subject = subj_end.map(|e| {
                        let start = self.clause_start(e);
                        // A long stretch back to the clause start is not all subject.
                        if e + 1 - start > 20 {
                            (self.content_np_left(e + 1), e + 1)
                        } else {
                            (start, e + 1)
                        }
                    });
                    // "Iran was urged by France to …": the subject is the addressee, and what follows
                    // the agent ("that …", a preposition's object, "to …") is the content.
                    // ("was blasted by the UN in 2003 for smuggling arms": past a time phrase)
                    let after = self.skip_right(agent.e, self.n());
                    let complement = if (f.that && self.word(after, "that"))
                        || f.preps.iter().any(|p| self.word(after, p))
                    {
                        Some(false)
                    } else if f.objto && self.word(after, "to") {
                        Some(true)
                    } else {
                        None
                    };
                    if let Some(verb_phrase) = complement {
                        let addressee = subj_end.and_then(|e| self.actor_ending_at(e));
                        let (end, _) = self.clause_end(after + 1, verb_phrase);
                        // ("was criticised by the union as unlawful": what is so labelled is the
                        // content)
                        let labelled = addressee.is_none() && self.word(after, "as");
                        let content = if labelled { subject } else { Some((after + 1, end)) };
                        self.push(
                            out,
                            verb.act,
                            agent,
                            addressee,
                            content,
                            v,
                            "verb-passive",
                            polarity,
                            report,
                            false,
                        );
                    } else {
                        self.push(
                            out,
                            verb.act,
                            agent,
                            None,
                            subject,
                            v,
                            "verb-passive",
                            polarity,
                            report,
                            false,
                        );
                    }
                } else if let Some(subject) = self.coordinated_passive_subject(v) {
                    // "was welcomed by Russia but rejected by Ukraine": the same subject
                    self.push(
                        out,
                        verb.act,
                        agent,
                        None,
                        Some(subject),
                        v,
                        "verb-passive",
                        polarity,
                        report,
                        false,
                    );
                } else {
                    // ("measures previously demanded by …": an adverb before the participle is
                    // not the thing; "demanded by the creditors but rejected by voters": the
                    // second participle's thing is the first's)
                    let mut e = v;
                    if e >= 2 && (self.word(e - 1, "but") || self.word(e - 1, "and")) {
                        let first = (e.saturating_sub(10).max(1)..e - 1).rev().find(|&b| {
                            self.word(b, "by")
                                && self.atoms[b - 1].is_word()
                                && self.atoms[b - 1].text.ends_with("ed")
                        });
                        match first {
                            // ("which was opposed by … but lauded by …": a finite passive's
                            // subject is no noun right before it)
                            Some(b) if b >= 2 && (self.is_be(b - 2) || self.has(b - 2, class::AUX)) => return,
                            Some(b) => e = b - 1,
                            None => return,
                        }
                    }
                    while e >= 2 && (self.is_ly_adverb(e - 1) || self.has(e - 1, class::ADV)) {
                        e -= 1;
                    }
                    // "denied that the strike had killed civilians, as alleged by the rebels":
                    // the clause before the comma is what the agent alleged
                    if e >= 3 && self.word(e - 1, "as") && self.kind(e - 2) == Some(AtomKind::Comma) {
                        let comma = e - 2;
                        let that = (comma.saturating_sub(40).max(1)..comma).rev().find(|&j| {
                            self.word(j, "that") && (self.is_verbish(j - 1) || self.is_report_word(j - 1))
                        });
                        let s = that.map_or_else(|| self.clause_start(comma - 1), |t| t + 1);
                        if s < comma {
                            self.push(
                                out,
                                verb.act,
                                agent,
                                None,
                                Some((s, comma)),
                                v,
                                "participle-by",
                                polarity,
                                report,
                                true,
                            );
                        }
                        return;
                    }
                    // ("cut it by 0.6 percent as required by EU rules": which words are required
                    // is not marked)
                    if e >= 2 && self.word(e - 1, "as") {
                        return;
                    }
                    let mut s = self.content_np_left(e - 1);
                    // ("the package included measures demanded by …": the clause's own verb before
                    // the noun ends it)
                    if let Some(j) = (s + 1..e - 1).rev().find(|&j| {
                        self.is_finite_verbish(j)
                            && !self.has(j - 1, class::DET)
                            && self.atoms[j - 1].kind != AtomKind::Possessive
                    }) {
                        s = j + 1;
                    }
                    // "The demands submitted by the dockworkers include a pay rise": what they include.
                    if ["include", "includes", "included"].iter().any(|w| self.word(agent.e, w)) {
                        s = agent.e + 1;
                        e = self.clause_end(s, false).0;
                    }
                    // "the demands submitted by Russia" are demands, whatever the verb.
                    // ("the offer accepted by the union", "accusations denied by officials": the
                    // verb's own act)
                    let act = if verb.act == Act::Propose {
                        self.atoms[v - 1].info.and_then(|w| w.noun_act).unwrap_or(verb.act)
                    } else {
                        verb.act
                    };
                    // ("the quantity submitted by the buyer": a verb that proposes only a
                    // proposal proposes nothing else)
                    let proposal = |j: usize| {
                        self.has(j, class::PROPOSAL_NOUN)
                            || self.atoms[j].info.is_some_and(|w| w.noun_act.is_some())
                    };
                    if f.proposal_object && !proposal(v - 1) && !(s..e).any(proposal) {
                        return;
                    }
                    // ("a militant group supported by Iran", "rebels backed by Moscow": a group
                    // sponsored, not a position taken)
                    if act == Act::Accept && self.has(v - 1, class::HEAD) {
                        return;
                    }
                    self.push(
                        out,
                        act,
                        agent,
                        None,
                        Some((s, e)),
                        v,
                        "participle-by",
                        polarity,
                        report,
                        true,
                    );
                }
                return;
            }
        }
        // "the councilman accused of drunk driving says …", "Minister slammed over remarks": a
        // verb whose preposition comes after the one it is done to ("accuse Y of Z") but
        // follows the verb at once is a reduced passive; the one accused is the subject, and an
        // agent comes after "by" (without one there is no claim)
        // ("residents sued over the pollution" files a suit: "sue" is also intransitive;
        // "lenders, whom he accused of …" has its object before the subject)
        if !be_passive
            && forms & form::PART != 0
            && particle.is_none()
            && self.accusation_preposition_at(verb, after)
            && !(v.saturating_sub(6)..v).any(|k| self.word(k, "whom") || self.word(k, "which"))
            // ("Al Jazeera, who he accused of …": a pronoun subject is never accused here)
            && !(v > 0 && ["he", "she", "they", "we", "i", "you"].iter().any(|w| self.word(v - 1, w)))
            && !self.lex_lemma_is(v, &["sue", "sues", "sued", "hit"])
            && !(between_start..v).any(|k| self.has(k, class::AUX | class::MODAL))
        {
            // (the agent close after the charge: "accused of graft by the auditors")
            let (end, _) = self.clause_end(after + 1, true);
            let agent_end = end.min(after + 8);
            let roles = (aux_start, between_start);
            self.push_passive_agent(
                verb.act,
                after,
                agent_end,
                v,
                roles,
                "verb-passive-reduced",
                reports,
                out,
            );
            return;
        }
        // "Schiff urged to step down by Republicans": a verb that needs its object before "to"
        // ("urge Y to") but has none is a reduced passive; the one urged is the subject and the
        // agent comes after "by", and without an agent there is no claim.
        if f.objto
            && !f.to
            && forms & form::PART != 0
            && particle.is_none()
            // "demanded to know", "asked to speak": these take an infinitive of their own
            && !["demand", "ask", "request", "want", "beg", "plead", "need"]
                .iter()
                .any(|w| self.atoms[v].text.to_ascii_lowercase().starts_with(w))
            && self.word(after, "to")
            // (a verb the lexicon does not know will do: "urged to check their accounts")
            && (self.is_base_verb(after + 1)
                || self.atoms.get(after + 1).is_some_and(|a| {
                    a.is_word() && !a.cap && a.info.is_none_or(|w| w.class == 0) && !a.text.ends_with("ing")
                }))
            && (be_passive || !(between_start..v).any(|k| self.has(k, class::AUX | class::MODAL)))
        {
            let (end, _) = self.clause_end(after + 1, true);
            let roles = (aux_start, between_start);
            self.push_passive_agent(verb.act, after, end, v, roles, "verb-passive-to", reports, out);
            return;
        }
        if be_passive {
            // "was accused of fraud by a client": the complement before the agent
            if let Some(prep) = f.preps.iter().find(|p| self.word(after, p)) {
                let _ = prep;
                let by = (after + 1..(after + 12).min(self.n()))
                    .take_while(|&k| {
                        self.atoms[k].kind != AtomKind::Comma && self.atoms[k].kind != AtomKind::Terminal
                    })
                    .find(|&k| self.word(k, "by"));
                if let Some(b) = by.filter(|&b| b > after + 1) {
                    if let Some(agent) = self.actor_starting_at(b + 1) {
                        let subject_end = self.skip_left(aux_start.checked_sub(1));
                        let subject = subject_end.and_then(|e| self.actor_ending_at(e));
                        // ("The election was denounced as a sham by …": what is so labelled is
                        // the content, as in the active)
                        let content = match subject_end {
                            Some(e) if subject.is_none() && self.word(after, "as") => {
                                // (the whole subject back to the clause's start, unless that is
                                // far: then the phrase before the verb)
                                let start = self.clause_start(e);
                                if e + 1 - start > 20 {
                                    (self.content_np_left(e + 1), e + 1)
                                } else {
                                    (start, e + 1)
                                }
                            }
                            _ => (after + 1, b),
                        };
                        let polarity = self.polarity(between_start, v);
                        let report = self.attribution(reports, v);
                        self.push(
                            out,
                            verb.act,
                            agent,
                            subject,
                            Some(content),
                            v,
                            "verb-passive",
                            polarity,
                            report,
                            false,
                        );
                    }
                }
            }
            return;
        }
        // "Steele Criticized for Afghanistan Comments": a headline drops "was", so a bare -ed
        // form after its subject is passive (headlines tell active news in the present).
        if forms & form::PART != 0
            && self.atoms[v].text.ends_with("ed")
            && !(between_start..v).any(|k| self.has(k, class::AUX))
            && self.is_title_case()
        {
            return;
        }
        let Some(l) = left else {
            // "Condemning the launch as a breach of the resolutions, the joint chiefs said …": a
            // participle clause opening the sentence has the main clause's subject
            // ("Presenting the draft to reporters, …": how a proposal was shown, the
            // sentence is about something else)
            if forms & form::GER != 0 && verb.act != Act::Propose {
                if let Some(actor) = self.fronted_participle_subject(v, reports) {
                    let polarity = self.polarity_before(v);
                    self.frames_and_push(
                        v,
                        after,
                        particle,
                        verb,
                        actor,
                        "verb-fronted-participle",
                        polarity,
                        reports,
                        out,
                        false,
                    );
                }
            }
            return;
        };
        let la = self.atoms[l];
        // Gerunds: "… by seeking …", "is seeking" (the auxiliary is skipped).
        // (a capitalised "May" before a day is a month: "on May 11 requesting …")
        let aux_before = (between_start..v)
            .any(|k| self.has(k, class::AUX | class::MODAL | class::HEDGE) && !self.is_day_month(k));
        if forms & form::GER != 0 && forms & (form::BASE | form::PAST | form::THIRD) == 0 && !aux_before {
            // "without US backing.", "with bipartisan backing,": a gerund right after a word and
            // closing its clause is a noun
            let closes = self
                .atoms
                .get(after)
                .is_none_or(|a| matches!(a.kind, AtomKind::Terminal | AtomKind::Comma | AtomKind::Semicolon));
            if closes && la.is_word() && !self.is_finite_verbish(l) {
                return;
            }
            // a participle's claim, with the polarity of what lies between it and its anchor
            let participle = |actor: Actor, rule: &'static str, secondary: bool, out: &mut Vec<Candidate>| {
                let polarity = self.polarity(l, v);
                self.frames_and_push(
                    v, after, particle, verb, actor, rule, polarity, reports, out, secondary,
                );
            };
            {
                // "adopted a resolution demanding that …": the document's author demands.
                // ("protesters chanted slogans demanding …", "waved banners calling for …": who
                // carries the words)
                let slogan = ["slogans", "slogan", "banners", "banner", "placards", "placard", "chants"]
                    .iter()
                    .any(|w| self.word(l, w));
                let document = self.is_document_head(l) || slogan;
                // ("sent a letter to the board on May 11 requesting …": the document, its
                // addressee and its date before the participle)
                let sent_document = (!document)
                    .then(|| {
                        (v.saturating_sub(12)..l).rev().find(|&d| {
                            self.is_document_head(d)
                                // ("sent the union a letter just before 10pm on Friday asking
                                // …": after a verb of sending, its time too)
                                && (self.word(d + 1, "to")
                                    || (d.saturating_sub(5)..d).any(|j| {
                                        ["sent", "wrote", "issued", "delivered", "submitted", "released"]
                                            .iter()
                                            .any(|w| self.word(j, w))
                                    }))
                                && (d + 1..v).all(|j| {
                                    matches!(
                                        self.atoms[j].kind,
                                        AtomKind::Word | AtomKind::Number | AtomKind::Possessive
                                    ) && (!self.is_finite_verbish(j) || self.is_day_month(j))
                                        && !(self.has(j, class::REL | class::SUB) && !self.word(j, "before") && !self.word(j, "after"))
                                })
                        })
                    })
                    .flatten();
                if let Some(l) = sent_document.or((document && l + 1 == v).then_some(l)) {
                    // "Mueller's statement disputing …": the document's author is named before it
                    let author = (l >= 2 && self.atoms[l - 1].kind == AtomKind::Possessive)
                        .then(|| self.actor_ending_at(l - 2))
                        .flatten()
                        .filter(|a| !self.atoms[a.s].is(class::PRON))
                        // "Mueller releasing a statement disputing …": who put the document out
                        .or_else(|| {
                            // ("issued a joint statement urging …": past its modifiers)
                            let mut d = l.checked_sub(1)?;
                            while d > 0 && !self.has(d, class::DET) && self.is_modifier(d) {
                                d -= 1;
                            }
                            let det = Some(d).filter(|&d| self.has(d, class::DET))?;
                            let issue = det.checked_sub(1).filter(|&i| {
                                ["releasing", "released", "issuing", "issued", "publishing", "published"]
                                    .iter()
                                    .any(|w| self.word(i, w))
                            })?;
                            // (past an aside before the verb: "X, whose presidents …, issued")
                            self.actor_ending_at(self.skip_left(issue.checked_sub(1))?)
                        });
                    // ("a whistleblower's complaint alleging …": an owner named but not known as
                    // an actor is still the author, not the clause's subject)
                    let owned = l >= 2 && self.atoms[l - 1].kind == AtomKind::Possessive;
                    let author =
                        if owned { author } else { author.or_else(|| self.clause_subject_before(l)) };
                    if let Some(actor) = author {
                        participle(actor, "verb-gerund-document", true, out);
                    }
                } else if let Some(actor) = self.joiner_of(l) {
                    // "…, joining other lawmakers demanding his ouster": who joins them demands
                    participle(actor, "verb-participle-joined", false, out);
                } else if let Some(actor) = self.absolute_subject(l, v) {
                    // "… with both senators calling for a veto": the phrase before the participle
                    participle(actor, "verb-participle-with", false, out);
                } else if let Some(actor) = self.gerund_subject_after_preposition(l) {
                    // "led to the country's sports minister calling for …": the phrase right
                    // before a gerund that a preposition governs is its subject
                    participle(actor, "verb-gerund-subject", false, out);
                } else if let Some(actor) = self.reduced_relative_subject(l, v) {
                    // "Police fired on protesters demanding reforms": the group the participle
                    // describes makes the claim, not the clause's subject
                    participle(actor, "verb-participle-relative", false, out);
                } else if let Some(document) = self
                    .document_before_participle(l)
                    .filter(|_| matches!(verb.act, Act::Accuse | Act::Demand))
                {
                    // "has been sued in a class action accusing the company of …": the suit
                    // accuses, not whoever the clause is about
                    participle(document, "verb-participle-document", false, out);
                } else if let Some((actor, end)) = self
                    .participle_of_subject(l, v, after)
                    // (the claims of protest: "firms offering discounts" propose nothing)
                    .filter(|_| matches!(verb.act, Act::Demand | Act::Reject | Act::Accuse))
                {
                    // ("Protesters demanding reforms clashed with police": the object stops at
                    // the clause's own verb)
                    let polarity = self.polarity(l, v);
                    let report = self.attribution(reports, v);
                    // ("Activists accusing the police of brutality": the accused, then the charge)
                    let accused = self
                        .actor_starting_at(after)
                        .filter(|a| a.e + 1 < end && (self.word(a.e, "of") || self.word(a.e, "over")));
                    let from = accused.map_or(after, |a| a.e + 1);
                    let content = self.shape_content(verb.act, from, end);
                    self.push(
                        out,
                        verb.act,
                        actor,
                        accused,
                        Some(content),
                        v,
                        "verb-participle-subject",
                        polarity,
                        report,
                        false,
                    );
                } else if let Some(c) = self
                    .comma_before_participle(v)
                    .or_else(|| self.after_clause_object(l, v).then_some(l))
                    // "spent the weekend lobbying …": a verb whose object is a time phrase
                    .or_else(|| {
                        (l + 1 < v && self.is_finite_verbish(l) && !self.is_report_word(l)).then_some(l + 1)
                    })
                    // "have been protesting since August demanding …": a progressive verb, its
                    // time skipped
                    .or_else(|| {
                        let progressive = |k: usize| {
                            k > 0
                                && self.atoms[k].text.ends_with("ing")
                                && (self.is_be(k - 1) || self.word(k - 1, "been"))
                                && !self.is_report_word(k)
                        };
                        (l + 1 < v
                            && (progressive(l)
                                || self.is_time_word(l) && (l.saturating_sub(3)..l).any(progressive)))
                        .then_some(l + 1)
                    })
                    // "…, saying that … and promising that …": a second participle clause
                    // ("sent a letter praising … and calling on …": of a document's author)
                    .or_else(|| {
                        self.word(l, "and")
                            .then(|| {
                                (l.saturating_sub(30).max(1)..l).find(|&k| {
                                    (matches!(self.kind(k - 1), Some(AtomKind::Comma | AtomKind::Dash))
                                        || self.document_just_before(k))
                                        && self.is_participle_clause(k)
                                })
                            })
                            .flatten()
                            .map(|k| k - 1)
                    })
                {
                    // "…,” Zelensky said, rejecting calls for …"; "…, publicly warning that …";
                    // "posted on Twitter accusing …"; "Comey describes Trump asking him to …":
                    // after a verb of seeing or recounting, the one seen acts
                    let seen = (c == l).then(|| self.actor_ending_at(l)).flatten().filter(|a| {
                        a.s > 0
                            && [
                                "describes",
                                "described",
                                "recalls",
                                "recalled",
                                "remembers",
                                "remembered",
                                "recounts",
                                "recounted",
                                "saw",
                                "heard",
                                "watched",
                                // ("stuck to its budget despite the Commission rejecting it":
                                // the subject of a gerund after a preposition of circumstance)
                                "despite",
                                "amid",
                                "without",
                            ]
                            .iter()
                            .any(|w| self.word(a.s - 1, w))
                    });
                    // ("lashed out at the president after he claimed victory, accusing him of
                    // …": past a subordinate clause, the main clause's subject)
                    if let Some(actor) = seen
                        .or_else(|| {
                            self.clause_subject_before(c)
                                .map(|a| self.main_clause_subject(self.outside_participle_clause(a), false))
                        })
                        .or_else(|| self.subject_before_participle_aside(c, v))
                    {
                        participle(actor, "verb-participle-clause", false, out);
                    }
                } else if ["by", "while", "after", "before", "through", "in", "including", "at"]
                    .iter()
                    .any(|w| la.eq(w))
                {
                    if let Some(actor) =
                        self.subject_of_adjective_before(l).or_else(|| self.clause_subject_before(l))
                    {
                        participle(actor, "verb-gerund", true, out);
                    }
                }
                return;
            }
        }
        // "the killing prompted the EU to demand …", "a move that led the opposition to call
        // for …": whom a cause moves to speak makes the claim
        if la.eq("to") && l > 1 {
            let moved = self.actor_ending_at(l - 1).filter(|a| {
                a.s > 0
                    && (a.who != Who::Unknown || a.role.is_some())
                    && [
                        "prompted",
                        "prompting",
                        "prompts",
                        "led",
                        "leading",
                        "leads",
                        "forced",
                        "forcing",
                        "spurred",
                        "spurring",
                        "drove",
                        "driven",
                        "driving",
                        "caused",
                        "causing",
                    ]
                    .iter()
                    .any(|w| self.word(a.s - 1, w))
            });
            if let Some(actor) = moved {
                let polarity = self.polarity_before(actor.s - 1);
                self.frames_and_push(
                    v,
                    after,
                    particle,
                    verb,
                    actor,
                    "verb-prompted",
                    polarity,
                    reports,
                    out,
                    false,
                );
                return;
            }
        }
        // "parliament voted to demand …", "the council decided to reject …": a decision to make
        // the claim is the claim.
        // Also "went on to demand", "was quick to reject", "moved to block", "took to the floor
        // to oppose", "was the first senator to call for": the subject of the first verb makes
        // the claim.
        // (a purpose to approve or sign is what a session or meeting is for, not an acceptance)
        let lead = if la.eq("to") && l > 0 {
            self.claim_lead(l).or_else(|| if verb.act == Act::Accept { None } else { self.purpose_lead(l) })
        } else {
            None
        };
        if let Some(lead) = lead {
            // ("vowed to take to the streets to protest …": a lead that is itself led)
            let subject = self.subject_of(lead, reports).map(|(actor, _)| (actor, lead)).or_else(|| {
                let outer =
                    lead.checked_sub(1).filter(|&t| self.word(t, "to")).and_then(|t| self.claim_lead(t))?;
                self.subject_of(outer, reports).map(|(actor, _)| (actor, outer))
            });
            if let Some((actor, lead)) = subject {
                let polarity = self.polarity_before(lead);
                self.frames_and_push(
                    v,
                    after,
                    particle,
                    verb,
                    actor,
                    "verb-decided",
                    polarity,
                    reports,
                    out,
                    false,
                );
            }
            return;
        }
        // Infinitives: "… to offer Moscow concrete steps".
        if la.eq("to") {
            // "Iran to reject US proposal": a headline's future, its subject opening the line
            let headline_subject = (l > 0 && self.without_full_stop())
                .then(|| self.actor_ending_at(l - 1))
                .flatten()
                .filter(|a| a.who != Who::Unknown && (0..a.s).all(|k| !self.atoms[k].is_word()));
            let governed = l > 0 && {
                let g = self.atoms[l - 1];
                g.kind == AtomKind::Word && (g.text.ends_with("ing") || g.text.ends_with("ed"))
                    || g.info.is_some_and(|w| {
                        w.claim_verb.is_some()
                            || w.noun_act.is_some()
                            || w.class & class::READY != 0
                            || w.verb != 0
                            || w.class & (class::AUX | class::MODAL) != 0
                    })
                    || self.is_np_end(l - 1)
                    || g.kind != AtomKind::Word
                    || g.is(class::COORD)
            };
            let reading = match headline_subject {
                Some(actor) => Some((actor, "verb-headline-future", false)),
                None if !governed => self
                    .clause_subject_before(l)
                    .filter(|a| !self.has(a.e, class::MODAL))
                    .map(|actor| (actor, "verb-infinitive-implicit", true)),
                None => None,
            };
            if let Some((actor, rule, implicit)) = reading {
                let polarity = self.polarity(l, v);
                self.frames_and_push(v, after, particle, verb, actor, rule, polarity, reports, out, implicit);
            }
            return;
        }
        if forms & (form::THIRD | form::PAST | form::BASE) == 0 && !aux_before {
            return;
        }
        if forms & (form::THIRD | form::PAST) == 0 && forms & form::BASE != 0 && !aux_before {
            // A bare base form is a verb only after a subject ("NATO and USA reject …") and
            // not when a verb follows ("the demand was …"), unless what follows is the plural
            // noun the tagger reads after an actor ("Taliban reject calls for …").
            if self.is_verbish(after) {
                // (the tagger last: it tags the whole sentence)
                let plural_object = self.atoms[after].text.ends_with('s')
                    && v > 0
                    && self
                        .actor_ending_at(v - 1)
                        .is_some_and(|a| a.who != Who::Unknown || self.atoms[v - 1].is(class::HEAD))
                    && self.tag(after).is_some_and(|t| t.xpos() == "NNS");
                if !plural_object {
                    return;
                }
            }
        }
        let noun_then_verb = self.is_base_verb(after)
            && self.atoms.get(after).is_some_and(|a| a.info.is_some_and(|w| w.claim_verb.is_none()))
            && (self.has(after + 1, class::DET | class::PRON)
                || self.kind(after + 1) == Some(AtomKind::Number));
        // ("the demands are …": a plural noun before its verb; "denies having taken …" is the
        // verb before a perfect gerund)
        if forms & form::THIRD != 0
            && !aux_before
            && (self.has(after, class::AUX | class::MODAL) && !self.word(after, "having") || noun_then_verb)
        {
            return;
        }
        let Some((actor, rule)) =
            self.subject_of(v, reports).or_else(|| self.quoted_thing_demands(v, verb, forms, reports))
        else {
            return;
        };
        // "recommended that he veto the bill", "asked that she reject it": a base form after a
        // singular subject opening a "that" clause is a subjunctive, what someone asks for
        // ("the directors recommended that shareholders reject the bid": after a verb of asking,
        // whatever the subject)
        let subjunctive = forms & (form::THIRD | form::PAST) == 0
            && !aux_before
            && actor.s > 0
            && self.word(actor.s - 1, "that")
            && (["he", "she", "it"].iter().any(|w| self.word(actor.s, w) && actor.e == actor.s + 1)
                || actor.s >= 2 && self.is_asking_verb(actor.s - 2));
        // "Accusations that Kampala is backing the rebels have come from …": the deed an
        // accusation or a report names is no claim of its subject (a relative clause, "the
        // claim that Moscow rejected", has its object before it instead)
        let named_in_accusation = actor.s >= 2
            && self.word(actor.s - 1, "that")
            && [
                "accusations",
                "accusation",
                "allegations",
                "allegation",
                "claims",
                "claim",
                "charges",
                "charge",
                "reports",
                "report",
                "rumours",
                "rumors",
                "suggestions",
                "suggestion",
                "speculation",
            ]
            .iter()
            .any(|w| self.word(actor.s - 2, w))
            && self
                .atoms
                .get(after)
                .is_some_and(|a| a.is_word() && !a.is(class::PREP) && !self.is_finite_verbish(after));
        if subjunctive || named_in_accusation {
            return;
        }
        // "Global demand for oil rose": a bare base form after a lone capitalised word at the
        // start of a sentence is a noun phrase, not a claim.
        if forms & (form::THIRD | form::PAST) == 0
            && !aux_before
            && actor.who == Who::Unknown
            && actor.e - actor.s == 1
            && self.skip_left(v.checked_sub(1)) == Some(actor.s)
            && (0..actor.s).all(|k| !self.atoms[k].is_word())
            // ("Police deny …", "Protesters demand …": an actor noun is a subject)
            && !self.atoms[actor.s].is(class::HEAD)
        {
            return;
        }
        let polarity = self.polarity_before(v);
        self.frames_and_push(v, after, particle, verb, actor, rule, polarity, reports, out, false);
    }

    /// A verb whose "that" clause asks for its content: "urged", "recommended", "insisted",
    /// "proposed", "asked", "demanded", "suggested", "requested".
    fn is_asking_verb(&self, k: usize) -> bool {
        const ASKING: [&str; 8] =
            ["urge", "recommend", "insist", "propose", "ask", "demand", "suggest", "request"];
        let t = self.atoms[k].text;
        self.atoms[k].is_word()
            && ASKING.iter().any(|stem| {
                t.len() > stem.len()
                    && t.get(..stem.len()).is_some_and(|h| h.eq_ignore_ascii_case(stem))
                    && ["s", "ed", "d", "ing", "es"].contains(&&t[stem.len()..])
            })
    }

    /// Reads addressee and content after a claim verb according to its frames.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn frames_and_push(
        &self,
        v: usize,
        mut k: usize,
        particle: Option<usize>,
        verb: &Verb,
        actor: Actor,
        rule: &'static str,
        polarity: (bool, bool),
        reports: &[Report],
        out: &mut Vec<Candidate>,
        secondary: bool,
    ) {
        let f = &verb.frames;
        let act = verb.act;
        // "alleged to reporters that …", "insisted to the crowd that …": past the audience it
        // was said to (one complained to is the addressee: "complained to the ministry that")
        const AUDIENCES: [&str; 10] = [
            "reporters",
            "journalists",
            "press",
            "media",
            "supporters",
            "followers",
            "crowd",
            "audience",
            "viewers",
            "listeners",
        ];
        if f.that && self.word(k, "to") && !self.is_base_verb(k + 1) {
            let that = (k + 2..(k + 5).min(self.n()))
                .take_while(|&j| {
                    let a = &self.atoms[j - 1];
                    a.is_word() && (a.is(class::DET) || AUDIENCES.iter().any(|w| a.eq(w)))
                })
                .find(|&j| self.word(j, "that") && AUDIENCES.iter().any(|w| self.word(j - 1, w)));
            if let Some(that) = that {
                k = that;
            }
        }
        // "protested the suggestion that they blocked the vote": protesting something said
        // denies it
        let said_object = |j: usize| SAID_NOUNS.iter().any(|w| self.word(j, w));
        let act = if act == Act::Accuse
            && self.lex_lemma_is(v, &["protest", "protests", "protested", "protesting"])
            && (said_object(k) || self.has(k, class::DET) && said_object(k + 1))
        {
            Act::Deny
        } else {
            act
        };
        // "they should support his wall", "Iran must accept the deal": an obligation put on the
        // subject (the modal rules read who puts it), not the subject's act
        let mut b = v;
        while b > 0 && (self.has(b - 1, class::ADV | class::NEG) || self.is_ly_adverb(b - 1)) {
            b -= 1;
        }
        // (the speaker's own duty is read by `own_duty_claim`: "we must condemn …")
        if b > 0
            && ["should", "must", "ought"].iter().any(|w| self.word(b - 1, w))
            && rule != "modal-own-duty"
        {
            return;
        }
        let report = self.attribution(reports, v);
        // "the analysts agreed it was relevant", "agree that China has taken advantage": agreeing
        // with a statement accepts nothing asked for ("agreed that talks would resume" does)
        if act == Act::Accept
            && self.lex_lemma_is(v, &["agree", "agrees", "agreed", "agreeing"])
            && !self.word(k, "to")
            && !self.clause_looks_ahead(k)
        {
            return;
        }
        // "the cabinet agreed to reject the offer", "agreed to formally request …": agreeing to
        // make another claim is deciding on it; the infinitive's claim is the one made
        if act == Act::Accept
            && self.lex_lemma_is(v, &["agree", "agrees", "agreed", "agreeing"])
            && self.word(k, "to")
        {
            let mut i = k + 1;
            while self.is_ly_adverb(i) {
                i += 1;
            }
            // (a deed agreed to is accepted: "agreed to withdraw its troops")
            let other_claim = self.atoms.get(i).and_then(|a| a.info).and_then(|w| w.claim_verb).is_some_and(
                |(id, forms)| {
                    let frames = &self.lex.verbs[id as usize].frames;
                    // ("agreed to take part in the talks": "take" claims only in "take aim")
                    forms & form::BASE != 0
                        && frames.particle_follows(|p| self.word(i + 1, p))
                        && match self.lex.verbs[id as usize].act {
                            Act::Accept => false,
                            Act::Reject => ["reject", "oppose", "veto", "rebuff", "dismiss"]
                                .iter()
                                .any(|w| self.atoms[i].eq(w)),
                            _ => true,
                        }
                },
            );
            if other_claim {
                return;
            }
        }
        // An act other than the verb's own, of what runs from `from` to the clause's end (if
        // anything does).
        let push_clause_as = |out: &mut Vec<Candidate>, act: Act, from: usize| {
            let (end, _) = self.clause_end(from, false);
            if end > from {
                self.push(out, act, actor, None, Some((from, end)), v, rule, polarity, report, secondary);
            }
        };
        // "protested for an end to police shootings": what a protest is for is asked for
        if act == Act::Accuse
            && self.word(k, "for")
            && self.lex_lemma_is(v, &["protest", "protests", "protested", "protesting"])
        {
            push_clause_as(out, Act::Demand, k + 1);
            return;
        }
        // "slammed the brakes on the plan": halting it, not attacking it in words
        if self.word(k, "the") && self.word(k + 1, "brakes") && self.word(k + 2, "on") {
            push_clause_as(out, Act::Reject, k + 3);
            return;
        }
        // Blame falls on someone: "blamed the unrest on foreign agents" accuses the agents of the
        // unrest; "blamed higher costs for the loss", "blamed the fire on faulty wiring" name a
        // cause and accuse no one.
        if act == Act::Accuse && self.lex_lemma_is(v, &["blame", "blames", "blamed", "blaming"]) {
            // ("blamed the collapse on mismanagement", "blamed corruption for the losses": a
            // wrong blamed accuses whoever did it)
            let wrong_in =
                |from: usize, to: usize| (from..to.min(self.n())).any(|j| self.has(j, class::WRONGDOING));
            // (one word past the plain phrase: a noun that can be a verb ends it early, "the
            // attack on", "the rioting on")
            let object_end = match self.plain_np_end(k) {
                e if e > k
                    && self.has(k, class::DET)
                    && !self.word(e, "on")
                    && self.word(e + 1, "on")
                    && self.atoms[e].is_word()
                    && !self.atoms[e].cap =>
                {
                    e + 1
                }
                e => e,
            };
            if object_end > k && self.word(object_end, "on") {
                let blamed = self.actor_starting_at(object_end + 1);
                // ("blamed the crisis on irresponsible parties": people of no side named, by a
                // word for a group, are still blamed)
                let people = || {
                    let people_end = self.plain_np_end(object_end + 1);
                    people_end > object_end + 1
                        && self.has(people_end - 1, class::COLLECTIVE | class::HEAD)
                        && self.atoms[people_end - 1].is_word()
                };
                if blamed.is_some() || people() {
                    let content = Some((k, object_end));
                    self.push(out, act, actor, blamed, content, v, rule, polarity, report, secondary);
                    return;
                }
                if !wrong_in(object_end + 1, object_end + 5) {
                    return;
                }
            } else if self.actor_starting_at(k).is_none()
                && !wrong_in(k, object_end.max(k + 1))
                // ("Kyiv and Moscow blamed each other for the strike": the sides, each by the other)
                && !(self.word(k, "each") && self.word(k + 1, "other")
                    || self.word(k, "one") && self.word(k + 1, "another"))
            {
                return;
            }
        }
        // "asked Y to …", or "asked Y for Z" when the verb has that frame
        let frame_after = |e: usize| {
            self.word(e, "to")
                || self.word(e, "not") && self.word(e + 1, "to")
                || f.preps.iter().any(|p| self.word(e, p))
        };
        if f.deny_object {
            if let Some(object) = self.truth_object(k) {
                self.push(
                    out,
                    Act::Deny,
                    actor,
                    None,
                    Some(object),
                    v,
                    "verb-deny-object",
                    polarity,
                    report,
                    secondary,
                );
                return;
            }
        }
        // "challenged the commissioner's authority to suspend players": a power or a decision
        // of someone's is contested, not someone dared to do something
        if f.deny_object {
            let e = self.plain_np_end(k);
            let contested = e > k + 2
                && (k..e).any(|j| self.atoms[j].kind == AtomKind::Possessive)
                && [
                    "authority",
                    "right",
                    "power",
                    "powers",
                    "decision",
                    "ruling",
                    "order",
                    "legality",
                    "constitutionality",
                    "validity",
                    "jurisdiction",
                ]
                .iter()
                .any(|w| self.word(e - 1, w));
            if contested {
                let end = self.clause_end(e, false).0.max(e);
                self.push(
                    out,
                    Act::Reject,
                    actor,
                    None,
                    Some((k, end)),
                    v,
                    rule,
                    polarity,
                    report,
                    secondary,
                );
                return;
            }
        }
        // "wants the mine closed", "wanted the troops withdrawn": what the object should have
        // done to it is asked for
        if f.objto_only && act == Act::Demand && !self.is_report_word(v) {
            let e = self.plain_np_end(k);
            // (a noun before the participle: "another set of mice" has none, its "set" is one)
            let done_to = e > k
                && !(k..e).all(|j| {
                    self.has(j, class::DET)
                        || ["another", "each", "every", "one"].iter().any(|w| self.word(j, w))
                })
                && !self.atoms[k].is(class::PRON)
                && self.atoms.get(e).is_some_and(|a| {
                    a.is_word() && !a.cap && a.info.is_some_and(|w| w.verb & form::PART != 0 && w.report == 0)
                })
                && self
                    .atoms
                    .get(e + 1)
                    .is_none_or(|a| !a.is_word() || a.is(class::PREP | class::ADV | class::TIME));
            if done_to {
                let end = self.clause_end(e, false).0;
                self.push(out, act, actor, None, Some((k, end)), v, rule, polarity, report, secondary);
                return;
            }
        }
        // "the unions want a shorter working week", "“We want a better deal,” she said": a
        // side wanting a thing asks for it; anyone's wish ("customers want cheaper phones") and a
        // pronoun or a quantity for the thing ("wants it", "wants more") do not
        if f.side_object && act == Act::Demand && !self.word(k, "to") && self.is_side(&actor) {
            let mut end = self.clause_end(k, false).0;
            // ("wanted his loyalty, that he …, and that he …": the first thing)
            if let Some(c) = (k + 1..end).find(|&j| {
                self.kind(j) == Some(AtomKind::Comma)
                    && (self.word(j + 1, "that") || self.word(j + 1, "and") && self.word(j + 2, "that"))
            }) {
                end = c;
            }
            let np_end = self.actor_starting_at(k).map_or_else(|| self.plain_np_end(k), |ad| ad.e);
            // "what Lynn wanted was …", "what he wants remains unclear": a pseudo-cleft names no
            // thing after the verb
            // ("the structure he wants remains unclear", "the 'cloud' Trump wanted lifted was
            // …": a relative clause with no "that" right after its noun wants what that noun is)
            let mut before = actor.s;
            while before > 0 && self.atoms[before - 1].is_quote() {
                before -= 1;
            }
            // ("can argue all they want", "whatever he wants": a free relative)
            let cleft = actor.s > 0
                && ["what", "all", "whatever", "anything", "everything"]
                    .iter()
                    .any(|w| self.word(actor.s - 1, w))
                || before > 0 && self.tag(before - 1).is_some_and(|t| matches!(t.xpos(), "NN" | "NNS"));
            // ("I want tough justice": one person's wish, whoever speaks it)
            let mut b = v;
            while b > 0 && (self.has(b - 1, class::ADV) || self.is_ly_adverb(b - 1)) {
                b -= 1;
            }
            // (nor "if you want a small-town feel": the reader's)
            let first_person = b > 0 && (self.word(b - 1, "i") || self.word(b - 1, "you"));
            // ("wanted the allegations fully investigated": what should be done to it, read above)
            let done_to = self
                .atoms
                .get(end - 1)
                .is_some_and(|a| a.text.ends_with("ed") && a.info.is_some_and(|w| w.verb & form::PART != 0));
            let thing = end > k
                && !cleft
                && !first_person
                && !done_to
                && self.atoms[k].is_word()
                && !self.atoms[k].is(class::PRON)
                && !self.has(k, class::AUX | class::MODAL | class::PREP)
                && !["more", "less", "this", "that", "what", "everything", "nothing", "something"]
                    .iter()
                    .any(|w| self.word(k, w))
                && !self.has(k, class::TIME | class::WEEKDAY | class::MONTH)
                && !(np_end > k && self.word(np_end, "to"));
            if thing {
                self.push(out, act, actor, None, Some((k, end)), v, rule, polarity, report, secondary);
                return;
            }
        }
        // ("asked that the inquiry be reopened": a clause that asks, where the verb has that frame)
        let asking_clause = f.that_modal && {
            let mut t = k;
            while self.has(t, class::ADV) || self.is_ly_adverb(t) || self.word(t, "again") {
                t += 1;
            }
            self.word(t, "that")
        };
        if f.objto_only
            && !asking_clause
            && !f.optional_particles.iter().any(|p| self.word(k, p))
            && !match self.actor_starting_at(k) {
                Some(ad) => {
                    let past_asides = self.skip_right(ad.e, self.n());
                    [ad.e, self.plain_np_end(ad.s).max(ad.e), past_asides].iter().any(|&e| frame_after(e))
                        || f.objto && self.infinitive_past_circumstance(past_asides).is_some()
                        // ("asked Acme, the pipeline's developer, to …")
                        || f.objto && self.infinitive_past_appositive(&ad, ad.e).is_some()
                }
                None => {
                    let np_end = self.plain_np_end(k);
                    // ("told other countries not to interfere": people the gazetteer does not
                    // know, told to do a thing a verb names)
                    let people_told = ["told", "tell", "tells", "telling"].iter().any(|w| self.word(v, w))
                        && np_end > k
                        && (self.atoms[np_end - 1].text.ends_with('s') || self.has(np_end - 1, class::HEAD))
                        && (self.word(np_end, "not") && self.word(np_end + 1, "to")
                            || self.word(np_end, "to") && self.is_base_verb(np_end + 1));
                    !f.preps.is_empty() && np_end > k && frame_after(np_end)
                        || people_told
                        // ("asked it to cut subsidies": read below)
                        || f.objto && self.word(k, "it") && self.word(k + 1, "to")
                        // ("Washington wants the agreement to include …", "Ruiz wants the inquiry
                        // to investigate …": a thing and what it is to do, when a side wants it or
                        // a named person wants it; "customers want the phones to last" is a wish)
                        || self.is_side(&actor)
                            && (!matches!(actor.who, Who::Person(_)) || self.starts_with_any(v, &["want"]))
                            // (a speaker carried from another sentence has no atoms here)
                            && actor.e > actor.s
                            && !self.has(actor.s, class::PRON)
                            && self.has(k, class::DET)
                            && np_end > k
                            && self.word(np_end, "to")
                            && self.atoms.get(np_end + 1).is_some_and(|a| {
                                a.is_word() && !a.cap && !a.is(class::DET | class::PRON | class::PREP)
                            })
                }
            }
        {
            return;
        }
        if f.frame_only {
            // The complement follows the verb or its object, within the clause.
            let realised = (k..(k + 12).min(self.n()))
                .take_while(|&j| {
                    matches!(
                        self.atoms[j].kind,
                        AtomKind::Word | AtomKind::Possessive | AtomKind::Hyphen | AtomKind::Number
                    )
                })
                .any(|e| {
                    self.word(e, "that") && f.that
                        || self.word(e, "to") && (f.to || f.objto)
                        || f.preps.iter().any(|p| self.word(e, p))
                });
            if !realised {
                return;
            }
        }
        // "sought to distance itself": an infinitive the verb does not take is an attempt, not
        // a claim.
        if self.word(k, "to")
            && !f.to
            && !f.objto
            && f.particles.is_empty()
            && self.atoms.get(k + 1).is_some_and(|a| a.is_word() && !a.cap && !a.is(class::DET | class::PRON))
        {
            return;
        }
        let had_particle = f.optional_particles.iter().any(|p| self.word(k, p));
        if had_particle {
            k += 1;
        }
        // ("moved a motion for …": a proposal object, not a clause)
        let proposal_named = f.proposal_object && self.names_proposal(k);
        // (a verb that also asks its object to act, "asked Reliant to supply …", needs the
        // clause's modal only after "that")
        // ("suggesting that military aid may be contingent on their cooperation": what may be
        // the case is suggested, nothing proposed)
        let epistemic = act == Act::Propose && {
            let s = if self.word(k, "that") { k + 1 } else { k };
            let (end, _) = self.clause_end(s, false);
            (s..end).any(|j| self.word(j, "may") || self.word(j, "might"))
                && !(s..end).any(|j| {
                    ["should", "must", "could", "would", "will", "shall"].iter().any(|w| self.word(j, w))
                })
        };
        if f.that_modal
            && !had_particle
            && !proposal_named
            && (!f.objto || self.word(k, "that"))
            && (epistemic || !self.clause_demands(if self.word(k, "that") { k + 1 } else { k }))
        {
            return;
        }
        // ("called for early elections", "for daily briefings": an adjective the tagger reads
        // before its noun opens the object)
        let adjective = |k: usize| {
            // (the cheap tests first: tagging a sentence costs)
            self.atoms.get(k + 1).is_some_and(|a| a.is_word() && !a.cap)
                && !self.is_time_word(k + 1)
                && !self.has(k + 1, class::PREP | class::DET | class::AUX | class::PRON)
                && self.tag(k).is_some_and(|t| t.xpos() == "JJ")
                && self.tag(k + 1).is_some_and(|t| matches!(t.xpos(), "NN" | "NNS" | "JJ"))
        };
        while (self.is_ly_adverb(k) || self.has(k, class::ADV | class::TIME) && !self.word(k, "then"))
            && !adjective(k)
        {
            k += 1;
        }
        // "complained during a hearing of the committee that …": a phrase of where or when
        // between the verb and its clause
        let place_or_time = ["during", "in", "at", "on", "after", "before", "following", "amid"];
        if f.that && place_or_time.iter().any(|w| self.word(k, w)) {
            let that = (k + 1..(k + 10).min(self.n()))
                .take_while(|&j| {
                    (self.atoms[j].is_word() || self.atoms[j].kind == AtomKind::Possessive)
                        && !self.is_finite_verbish(j)
                        && !self.atoms[j].is(class::PRON | class::REL | class::SUB)
                        || self.word(j, "that")
                })
                .find(|&j| self.word(j, "that"));
            // (not a noun whose own clause "that" opens: "in the hope that …", "on the
            // promise that …")
            let noun_clause = |t: usize| {
                [
                    "hope",
                    "promise",
                    "assurance",
                    "assurances",
                    "guarantee",
                    "guarantees",
                    "belief",
                    "view",
                    "grounds",
                    "basis",
                    "condition",
                    "understanding",
                    "fact",
                    "idea",
                    "claim",
                    "claims",
                ]
                .iter()
                .any(|w| self.word(t - 1, w))
            };
            if let Some(t) = that.filter(|&t| t > k + 1 && !self.has(t - 1, class::PREP) && !noun_clause(t)) {
                k = t;
            }
        }
        // "cried foul as the count went on", "objected when the vote resumed": a clause of time or
        // reason after the verb is no object of it
        let subordinate = k < self.n()
            && (["when", "while", "because", "although", "though", "whereas", "amid"]
                .iter()
                .any(|w| self.word(k, w))
                || ["as", "after", "before", "until", "once"].iter().any(|w| self.word(k, w))
                    && self.atoms.get(k + 1).is_some_and(|a| a.is(class::DET | class::PRON) || a.cap)
                    && (k + 2..(k + 7).min(self.n())).any(|j| self.is_finite_verbish(j)));
        let clause_over = k >= self.n()
            || subordinate
            || matches!(
                self.atoms[k].kind,
                AtomKind::Terminal | AtomKind::Comma | AtomKind::Semicolon | AtomKind::Dash
            );
        // "“Those who attack us will pay,” the Guards warned.": the quotation before the speaker
        // is what is warned, denied or urged
        if clause_over && matches!(act, Act::Warn | Act::Deny | Act::Demand | Act::Accuse) && actor.e <= v {
            if let Some(quote) = self.quotation_before(actor.s) {
                self.push(
                    out,
                    act,
                    actor,
                    None,
                    Some(quote),
                    v,
                    "verb-after-quote",
                    polarity,
                    report,
                    secondary,
                );
                return;
            }
            // "Greece will respond to any violation, the minister warned.": the same with the
            // clause unquoted
            if let Some(clause) = self.clause_before_speaker(actor.s) {
                self.push(
                    out,
                    act,
                    actor,
                    None,
                    Some(clause),
                    v,
                    "verb-after-clause",
                    polarity,
                    report,
                    secondary,
                );
                return;
            }
        }
        // ("The opposition cried foul.": an idiom with its particle makes the claim alone)
        let idiom = particle.is_some() && act == Act::Accuse;
        // (a side's act alone: "customers appeared to disagree" tells of no one's position)
        if clause_over
            && (matches!(act, Act::Reject | Act::Accept | Act::Deny) || idiom)
            && (actor.who != Who::Unknown || actor.role.is_some())
            && actor.e <= v
            && !(actor.s >= 2 && self.has(actor.s - 1, class::REL))
            && !(actor.s >= 2 && self.atoms[actor.s - 1].is_word() && !self.atoms[actor.s - 1].cap)
        {
            // "Mr. Mattis refused.", "Iran agreed.": the act itself, its object known from before
            self.push(out, act, actor, None, None, v, rule, polarity, report, secondary);
            return;
        }
        // "a payout that X blasted on a call as …", "a prospect X denied earlier in the day": a
        // preposition where the object should be, after a relative clause's subject
        // ("a charge that X denied": "that" after a noun opens a relative clause; after "said"
        // or "so" it does not)
        let that_relative = actor.s >= 1
            && self.relative_that(actor.s - 1)
            && !(actor.e == actor.s + 1 && self.atoms[actor.s].is(class::PRON));
        // ("it said that it opposed moves …": "that" after a verb opens the verb's clause)
        let complementizer = actor.s >= 2
            && self.word(actor.s - 1, "that")
            && (self.is_report_word(actor.s - 2)
                || self.is_finite_verbish(actor.s - 2)
                    && !(actor.s >= 3 && self.has(actor.s - 3, class::DET)));
        // ("a camp where tribes have gathered to oppose plans …": a place or a time is no object)
        let relative_subject = actor.e <= v
            && actor.s >= 2
            && !complementizer
            && (self.has(actor.s - 1, class::REL)
                && !["who", "where", "when"].iter().any(|w| self.word(actor.s - 1, w))
                || that_relative
                || self.atoms[actor.s - 1].is_word() && !self.atoms[actor.s - 1].cap);
        // "the lapses that the opposition accused Ms. Varga of on Monday": the addressee, then
        // the verb's preposition with nothing after it
        let stranded = relative_subject.then(|| self.actor_starting_at(k)).flatten().filter(|ad| {
            f.preps.iter().any(|p| self.word(ad.e, p))
                && (ad.e + 1 >= self.n()
                    || matches!(self.atoms[ad.e + 1].kind, AtomKind::Terminal | AtomKind::Comma)
                    || self.has(ad.e + 1, class::PREP) && !self.word(ad.e + 1, "of"))
        });
        let object_gap = relative_subject
            && k < self.n()
            && (self.has(k, class::PREP) && !self.word(k, "of") && !self.word(k, "to")
                || self.word(k, "as")
                || self.is_finite_verbish(k)
                || stranded.is_some());
        // "a compromise that X floated", not "the lander that X unveiled"
        let object_fits = |s: usize, e: usize| {
            !f.proposal_object
                || (s..e).any(|j| {
                    self.has(j, class::PROPOSAL_NOUN)
                        || self.atoms[j].info.is_some_and(|w| w.noun_act.is_some())
                })
        };
        if clause_over || object_gap {
            let mut pushed = false;
            // "the association of Serb municipalities, which the EU demands": the antecedent.
            if complementizer {
                // (no antecedent: read as a plain clause below)
            } else if actor.s >= 2
                && (self.has(actor.s - 1, class::REL)
                    && !["who", "where", "when"].iter().any(|w| self.word(actor.s - 1, w))
                    || that_relative)
            {
                let end =
                    if self.kind(actor.s - 2) == Some(AtomKind::Comma) { actor.s - 2 } else { actor.s - 1 };
                // (", which he criticized as unacceptable" after a clause ending in its verb, "when
                // they would be imposed": the clause is what is judged, not its last word)
                let start =
                    if end >= 1 && self.kind(end) == Some(AtomKind::Comma) && self.is_finite_verbish(end - 1)
                    {
                        self.clause_start(end - 1)
                    } else {
                        self.content_np_left(end)
                    };
                if start < end && object_fits(start, end) {
                    pushed = true;
                    self.push(
                        out,
                        act,
                        actor,
                        stranded,
                        Some((start, end)),
                        v,
                        "verb-object-relative",
                        polarity,
                        report,
                        secondary,
                    );
                }
            } else if actor.s >= 2 && self.atoms[actor.s - 1].is_word() && !self.atoms[actor.s - 1].cap {
                // "…, a charge Baku denies.": an appositive noun phrase is the object.
                // ("it was a prospect Vindman denied": after a copula too)
                let start = self.content_np_left(actor.s);
                // "to oppose trade legislation Obama had lobbied for": the object of a verb
                let verb_object =
                    start > 0 && object_gap && (self.is_base_verb(start - 1) || self.is_verbish(start - 1));
                // "whose resignation they asked for": the thing the relative pronoun owns
                let whose = start > 0 && self.word(start - 1, "whose");
                if start < actor.s
                    && start > 0
                    // ("— a demand the ruling party has rejected": after a dash as after a comma)
                    && (matches!(self.kind(start - 1), Some(AtomKind::Comma | AtomKind::Dash))
                        || self.is_be(start - 1)
                        || verb_object
                        || whose
                        // "referred to the amount X has demanded for the wall"
                        || object_gap && self.has(start - 1, class::PREP))
                    && (self.has(start, class::DET)
                        || verb_object
                        || whose
                        || self.word(start, "something")
                        // ("…, allegations Rwanda denies": a charge needs no article)
                        || CHARGE_OR_CLAIM_NOUNS.iter().any(|w| self.word(start, w)))
                    && object_fits(start, actor.s)
                    // ("On the same day Palestinians protest …": when, not what)
                    && !self.atoms[actor.s - 1].is(class::TIME)
                {
                    pushed = true;
                    // ("called for the government to hold snap elections, something he refuses":
                    // "something" renames what stands before its comma, which is the object)
                    let renamed = (self.word(start, "something") && start + 1 == actor.s && start >= 2)
                        .then(|| self.content_np_left(start - 1))
                        .filter(|&s| s + 1 < start);
                    let object = renamed.map_or((start, actor.s), |s| (s, start - 1));
                    self.push(
                        out,
                        act,
                        actor,
                        stranded,
                        Some(object),
                        v,
                        "verb-object-relative",
                        polarity,
                        report,
                        secondary,
                    );
                }
            }
            // a relative clause whose object could not be found leaves a plain reading
            // ("the amount X has demanded for the wall") to the rules below
            if clause_over || pushed {
                return;
            }
        }
        // "offered condolences", "sought refuge": courtesy and shelter, not claims
        let courtesy = match act {
            Act::Propose | Act::Accept => Some(PhraseKind::NoClaimObject),
            Act::Demand => Some(PhraseKind::NoDemandObject),
            _ => None,
        };
        if courtesy.is_some() && self.cue(k).map(|m| m.kind) == courtesy
            || courtesy.is_some() && self.has(k, class::DET) && self.cue(k + 1).map(|m| m.kind) == courtesy
        {
            return;
        }
        // "troops fired back at the attackers": an armed force's return of fire is no reproach
        // (what it is for says it is: "the army hit back at critics over the report")
        if act == Act::Accuse
            && self.lex_lemma_is(v, &FIRING_BACK)
            && matches!(actor.role, Some(Role::Military | Role::Rebels | Role::ArmedGroup | Role::Police))
            && !(k..self.clause_end(k, true).0).any(|j| self.word(j, "over") || self.word(j, "for"))
        {
            return;
        }
        // "Amazon offers the AirPods for $150", "Dashlane offers a free version": a shop's or a
        // product's offer is commerce, not a proposal.
        if act == Act::Propose && self.is_commercial_offer(v, k) {
            return;
        }
        // "the company has promised a lot: …", "promised more, and …": a bare amount says how
        // much is promised, not what (unlike "promised more aid")
        if matches!(act, Act::Propose | Act::Accept) && self.bare_amount_object(k) {
            return;
        }
        // "Xi welcomed Putin to Beijing" is hosting, not accepting.
        if act == Act::Accept && self.lex_lemma_is(v, &["welcome", "welcomes", "welcomed", "welcoming"]) {
            // ("welcomed Biden's climate pledge": a person's thing, not the person, is welcomed)
            if let Some(a) =
                self.actor_starting_at(k).filter(|a| self.kind(a.e) != Some(AtomKind::Possessive))
            {
                if matches!(a.who, Who::Person(_) | Who::Group(_) | Who::Unknown)
                    || self.word(a.e, "to")
                    || self.word(a.e, "at")
                    || self.word(a.e, "in")
                {
                    return;
                }
            }
            // ("welcomed the visitors to the palace", "welcomed a delegation": guests)
            let head = self.plain_np_end(k).saturating_sub(1);
            const GUESTS: [&str; 16] = [
                "visitor",
                "visitors",
                "guest",
                "guests",
                "delegation",
                "delegations",
                "delegate",
                "delegates",
                "tourist",
                "tourists",
                "crowd",
                "crowds",
                "fans",
                "newcomers",
                "arrivals",
                "participants",
            ];
            if head >= k && GUESTS.iter().any(|w| self.word(head, w)) {
                return;
            }
        }
        let particle_word = particle.map(|p| self.atoms[p]);
        let mut push_vp = |addressee: Option<Actor>, from: usize, vp: bool| {
            let (end, more) = self.clause_end(from, vp);
            // "urged Iran not to enrich uranium": what is asked is that it not
            let negated_infinitive = from >= 2
                && self.word(from - 1, "to")
                && (self.word(from - 2, "not") || self.word(from - 2, "never"));
            let content = self.shape_content(act, if negated_infinitive { from - 2 } else { from }, end);
            self.push(out, act, actor, addressee, Some(content), v, rule, polarity, report, secondary);
            let mut next = more;
            let mut guard = 0;
            while let Some(start) = next {
                guard += 1;
                if guard > 4 {
                    break;
                }
                // ("… and its allies of supporting the war": another one accused, then the deed)
                let of = (act == Act::Accuse && start >= 1 && self.word(start - 1, "and"))
                    .then(|| self.second_accused_of(start - 1))
                    .flatten();
                let second = of.map(|of| {
                    self.actor_starting_at(start).filter(|a| a.e == of).unwrap_or(Actor {
                        s: start,
                        e: of,
                        who: Who::Unknown,
                        role: None,
                        span: (self.atoms[start].start, self.atoms[of - 1].end()),
                    })
                });
                let (start, addressee) = match second {
                    Some(a) => (a.e + 1, Some(a)),
                    None => (start, addressee),
                };
                let (end2, more2) = self.clause_end(start, true);
                // ("… and that Ukraine never join": a clause of its own, with its own subject)
                let addressee = if start >= 1 && self.word(start - 1, "that") { None } else { addressee };
                self.push(
                    out,
                    act,
                    actor,
                    addressee,
                    Some((start, end2)),
                    v,
                    "verb-coordinated-object",
                    polarity,
                    report,
                    secondary,
                );
                next = more2;
            }
        };
        // "call on/upon Y to/for …", "appeal to Y to …"
        if act == Act::Demand && particle_word.is_some_and(|p| p.eq("on") || p.eq("upon") || p.eq("to")) {
            let addressee = self.actor_starting_at(k);
            // past a bracketed party tag or a time phrase: "on Rep. X (D-Calif.) to resign"
            let after = self.skip_right(addressee.map_or_else(|| self.plain_np_end(k), |a| a.e), self.n());
            let after = self.past_quote_before_to(after);
            if self.word(after, "to") || self.word(after, "for") {
                let vp = self.word(after, "to");
                push_vp(addressee, after + 1, vp);
            } else if let Some(to) = self
                .infinitive_past_circumstance(after)
                // ("called on Israel at the summit to halt the strikes", "on workers and other
                // staff to strike", "on the party's leader, Ana Ruiz, to resign")
                .or_else(|| self.infinitive_past_second_addressee(after))
                .or_else(|| addressee.and_then(|a| self.infinitive_past_appositive(&a, after)))
            {
                push_vp(addressee, to + 1, true);
            } else if after < self.n()
                && self.atoms[after].is_word()
                && addressee.is_none_or(|a| self.atoms.get(a.e).is_some_and(|x| x.is_word()))
            {
                push_vp(addressee, after, false);
            }
            // "Schumer interjected, calling on Pelosi, who …": giving the floor, not a demand
            return;
        }
        // "protested to Tokyo over the textbooks", "complained to the regulator that …": the
        // one complained to is the addressee, what follows is the complaint
        if act == Act::Accuse && particle.is_none() && self.word(k, "to") {
            if let Some(ad) = self.actor_starting_at(k + 1) {
                if ["over", "about", "against", "regarding", "that"].iter().any(|w| self.word(ad.e, w))
                    && self.atoms.get(ad.e + 1).is_some_and(|a| a.is_word())
                {
                    push_vp(Some(ad), ad.e + 1, false);
                    return;
                }
            }
        }
        // "call for …", "push for …": "for Y to …" names the addressee.
        if particle_word.is_some_and(|p| p.eq("for")) {
            if let Some(ad) = self.actor_starting_at(k) {
                if self.word(ad.e, "to") {
                    push_vp(Some(ad), k, false);
                    return;
                }
            }
            push_vp(None, k, false);
            return;
        }
        // "demanded how Andrew could be so sure": a question put, not a demand
        if act == Act::Demand
            && ["how", "why", "what", "whether", "where", "when", "who"].iter().any(|w| self.word(k, w))
        {
            return;
        }
        // "…, warning: “They are already there …”": the quotation after a colon is the clause
        if f.that
            && self.kind(k) == Some(AtomKind::Colon)
            && matches!(self.kind(k + 1), Some(AtomKind::OpenQuote | AtomKind::Quote))
            && self.atoms.get(k + 2).is_some_and(|a| a.is_word())
        {
            push_vp(None, k + 2, false);
            return;
        }
        if f.that && self.word(k, "that") {
            // "demanded that NATO suspend …": the clause's subject is asked to act.
            let addressee = self.actor_starting_at(k + 1).filter(|a| {
                act == Act::Demand
                    && !matches!(a.who, Who::Unknown)
                    && (self.is_verbish(a.e)
                        || self.is_base_verb(a.e)
                        || self.has(a.e, class::MODAL)
                        // a subjunctive the lexicon does not know: "demanded that Tokyo retract …"
                        || self.atoms.get(a.e).is_some_and(|w| {
                            w.is_word()
                                && !w.cap
                                && w.mark == crate::atoms::NONE
                                && w.info.is_none()
                                && !w.text.ends_with('s')
                                && !w.text.ends_with("ing")
                                && !w.text.ends_with("ed")
                        }))
            });
            push_vp(addressee, k + 1, false);
            return;
        }
        // "declined to comment"; "refused to rule out military action" (a double negation)
        let refuses_to_refuse = self
            .atoms
            .get(k + 1)
            .and_then(|a| a.info)
            .and_then(|w| w.claim_verb)
            .is_some_and(|(id, _)| matches!(self.lex.verbs[id as usize].act, Act::Reject | Act::Deny))
            // ("refused to withdraw the troops": a deed refused, not a refusal refused)
            && !self.starts_with_any(
                k + 1,
                &["withdraw", "pull", "walk", "quit", "exit", "block", "resist", "defy", "speak", "leave"],
            );
        if act == Act::Reject
            && self.word(k, "to")
            && (matches!(self.cue(k + 1).map(|m| m.kind), Some(PhraseKind::NoComment)) || refuses_to_refuse)
        {
            // ("refused to rule out further strikes", "would not rule out military action": a
            // hostile deed kept open warns)
            let (end, _) = self.clause_end(k + 3, false);
            let hostile = self.word(k + 1, "rule")
                && self.word(k + 2, "out")
                && (k + 3..end).any(|j| {
                    HOSTILE_DEEDS.iter().any(|w| self.word(j, w))
                        || ["strike", "force"].iter().any(|w| self.word(j, w))
                        || self.word(j, "action")
                            && j > 0
                            && ["industrial", "military", "strike", "legal"]
                                .iter()
                                .any(|w| self.word(j - 1, w))
                });
            if hostile {
                self.push(
                    out,
                    Act::Warn,
                    actor,
                    None,
                    Some((k + 3, end)),
                    v,
                    rule,
                    polarity,
                    report,
                    secondary,
                );
            }
            return;
        }
        // "declined comment", "refused comment": no comment, as with "to comment"
        if act == Act::Reject
            && (self.word(k, "comment") || self.word(k, "comments"))
            && self.atoms.get(k + 1).is_none_or(|a| !a.is_word() || a.is(class::PREP | class::COORD))
        {
            return;
        }
        // "does not intend to resign", "“I don't intend at this stage to send the report”": a
        // deed disavowed is refused
        if f.threat_only && polarity.0 && ["intend", "intends", "intended"].iter().any(|w| self.word(v, w)) {
            let to = if self.word(k, "to") { Some(k) } else { self.infinitive_past_circumstance(k) };
            if let Some(to) =
                to.filter(|&to| self.may_be_plain_verb(to + 1, class::DET | class::PRON | class::PREP))
            {
                let (end, _) = self.clause_end(to + 1, true);
                self.push(
                    out,
                    Act::Reject,
                    actor,
                    None,
                    Some((to + 1, end)),
                    v,
                    rule,
                    (false, polarity.1),
                    report,
                    secondary,
                );
                return;
            }
        }
        // "intends upon retiring the shuttles": a verb that warns only of a deed ("vowed to
        // retaliate", "vowed revenge") takes no preposition for its object
        if f.threat_only && !self.word(k, "to") && self.has(k, class::PREP) {
            return;
        }
        // ("plan a holiday": a plan warns only of a deed to do)
        if f.threat_only && !self.word(k, "to") && INTENDING[..4].iter().any(|w| self.word(v, w)) {
            return;
        }
        // "swears he has no idea who …", "vowed that he was innocent": an oath about what is,
        // not a vow of what will be ("vowed he would resign" is one)
        if f.threat_only && !self.word(k, "to") && !self.vows_future(k) {
            return;
        }
        if self.word(k, "to")
            && (f.to || f.particles.is_empty() && f.optional_particles.iter().any(|p| &**p == "to"))
        {
            // "vowed to vigorously defend the law": past a split infinitive's adverb
            let mut w = k + 1;
            while self.is_ly_adverb(w) {
                w += 1;
            }
            // "vowed to continue fighting", "to keep up the fight": the deed goes on
            // "vowed to continue its offensive": a hostile deed named by a noun
            let goes_on = ["continue", "keep"].iter().any(|x| self.word(w, x)) && {
                let next = if self.word(w + 1, "to") { w + 2 } else { w + 1 };
                // (past determiners, possessive pronouns among them, and modifiers)
                let hostile_deed = (next + 1..next + 4)
                    .take_while(|&j| self.has(j - 1, class::DET) || self.is_modifier(j - 1))
                    .any(|j| HOSTILE_DEEDS.iter().any(|x| self.word(j, x)));
                self.is_threat_verb(next) || self.is_threat_gerund(next) || hostile_deed
            };
            // ("pledged to take new steps to fix the crisis": measures for a remedy threaten no
            // one; "vowed to take measures" alone, or "countermeasures", do)
            let remedy = (w + 2..(w + 7).min(self.n())).any(|j| {
                self.word(j - 1, "to")
                    && [
                        "fix", "address", "resolve", "improve", "help", "curb", "reduce", "tackle", "ease",
                        "boost", "ensure", "restore", "prevent",
                    ]
                    .iter()
                    .any(|x| self.word(j, x))
            });
            let threat = goes_on
                || self.is_threat_verb(w)
                || self.takes_hostile_measures(w)
                || self.takes_measures(w) && !remedy;
            // ("vowed to appeal the ruling": a deed that refuses a thing, its object the thing)
            let refusing = threat && self.refusing_deed(w);
            // "pledged to block the nomination": a claim verb after the pledge makes the claim
            // (`verb-decided`)
            if act == Act::Accept
                && self.claim_lead(k).is_some()
                && self
                    .claim_verb_at(w)
                    .is_some_and(|(verb, _)| self.lex.verbs[verb as usize].act != Act::Accept)
            {
                return;
            }
            let leave = self.word(w, "stay") || self.word(w, "remain");
            // "vowed to protect Medicaid", "swore to assume all the powers of the presidency": a
            // vow of a deed that threatens no one is a pledge ("intends to build" is a plan)
            let vowed_deed = f.threat_only
                && !leave
                && !threat
                && ["vow", "vows", "vowed", "vowing", "swear", "swears", "swore", "sworn", "swearing"]
                    .iter()
                    .any(|x| self.word(v, x))
                && self.may_be_plain_verb(w, class::DET | class::PRON | class::PREP | class::ADV | class::NEG)
                && !self.is_be(w)
                // ("vowed to request a stay": the claim verb makes the claim, `verb-decided`;
                // "vowed to hold the rebels accountable" accuses them; so does a claim verb in
                // its purpose, "vowed to take to the streets to protest the count")
                && self.claim_verb_at(w).is_none()
                && !(w + 1..self.clause_end(w, true).0)
                    .take_while(|&j| self.atoms[j].is_word() && self.atoms[j].quoted == self.atoms[w].quoted)
                    .any(|j| {
                        self.word(j - 1, "to") && self.claim_verb_at(j).is_some() || self.has(j, class::RESPONSIBLE)
                    });
            // "we intend to fully cooperate with NHTSA", "plans to comply with the order": an
            // intended deed of compliance is an acceptance
            let intended_compliance = f.threat_only
                && !threat
                && INTENDING.iter().any(|x| self.word(v, x))
                && [
                    "cooperate",
                    "co-operate",
                    "comply",
                    "abide",
                    "obey",
                    "honour",
                    "honor",
                    "accept",
                    "agree",
                    "sign",
                    "participate",
                    "attend",
                    "recognise",
                    "recognize",
                ]
                .iter()
                .any(|x| self.word(w, x));
            if f.threat_only && !leave && !threat && !vowed_deed && !intended_compliance {
                return;
            }
            // "vowed to resume protests if the police did not free their leaders", "pledged to
            // stay home unless the firm pays": a deed promised unless another acts threatens
            let on_condition = (vowed_deed || act == Act::Accept) && self.unless_another_acts(w);
            // "vowed to stay in the race", "vowed to remain in office": a refusal to leave;
            // "promised to fight the ruling": a pledge to strike back warns
            let pledged = if f.threat_only && leave {
                Some(Act::Reject)
            } else if on_condition {
                Some(Act::Warn)
            } else if vowed_deed || intended_compliance {
                // ("vowed never to recognize the province": a refusal)
                if k > 0 && (self.word(k - 1, "never") || self.word(k - 1, "not")) {
                    Some(Act::Reject)
                } else {
                    Some(Act::Accept)
                }
            } else if (act == Act::Accept || f.threat_only) && refusing {
                Some(Act::Reject)
            } else if act == Act::Accept && threat {
                Some(Act::Warn)
            } else {
                None
            };
            if let Some(pledged) = pledged {
                let (end, _) = self.clause_end(k + 1, true);
                // ("vowed to appeal the ruling": the ruling is what is refused)
                let object = w + 1 < end && pledged == Act::Reject && refusing;
                let k = if object { w } else { k };
                self.push(
                    out,
                    pledged,
                    actor,
                    None,
                    Some((k + 1, end)),
                    v,
                    rule,
                    polarity,
                    report,
                    secondary,
                );
                return;
            }
            let vp = self.is_base_verb(k + 1) || !self.has(k + 1, class::DET);
            push_vp(None, k + 1, vp);
            return;
        }
        if f.from && self.word(k, "from") {
            if let Some(ad) = self.actor_starting_at(k + 1) {
                // ("demanded from Fidesz and from the Hungarian authorities that …": past the
                // others asked)
                let mut e = ad.e;
                while self.word(e, "and") && self.word(e + 1, "from") {
                    match self.actor_starting_at(e + 2) {
                        Some(other) => e = other.e,
                        None => break,
                    }
                }
                push_vp(Some(ad), e, false);
                return;
            }
        }
        // "demanding answers from Beijing over the detention": what is asked for, then of whom
        if f.from && self.actor_starting_at(k).is_none() {
            let e = self.plain_np_end(k);
            // ("the withdrawal of troops from Eastern Europe": where they leave)
            const MOVED: [&str; 8] = [
                "withdrawal",
                "removal",
                "release",
                "evacuation",
                "pullout",
                "expulsion",
                "troops",
                "forces",
            ];
            let moved = (k..e).any(|j| MOVED.iter().any(|w| self.word(j, w)));
            if e > k && self.word(e, "from") && !moved {
                if let Some(ad) = self.actor_starting_at(e + 1) {
                    self.push(out, act, actor, Some(ad), Some((k, e)), v, rule, polarity, report, secondary);
                    return;
                }
            }
        }
        // "condemned as “baseless and unjust” the recent accusations", "denounced as illegal the
        // decision to …": the label first, the object after it
        // ("dismissed as a Western conspiracy the efforts to …": a dismissal too, its label
        // opened by an article, a side's name in it)
        let dismissal = act == Act::Reject && self.starts_with_any(v, &["dismiss", "reject"]);
        if (matches!(act, Act::Accept | Act::Accuse) && f.preps.iter().any(|p| &**p == "as") || dismissal)
            && self.word(k, "as")
        {
            let mut j = k + 1;
            let label_start = j;
            while j < (k + 9).min(self.n())
                && (self.atoms[j].is_quote()
                    || self.atoms[j].is_word()
                        && (!self.has(j, class::DET)
                            || dismissal && j == label_start && (self.word(j, "a") || self.word(j, "an")))
                        && (!self.atoms[j].cap || dismissal && j > label_start))
            {
                j += 1;
            }
            let object_opens = j > label_start
                && ["the", "these", "this", "its", "their", "his", "her", "those"]
                    .iter()
                    .any(|w| self.word(j, w));
            if object_opens {
                let (end, _) = self.clause_end(j, false);
                let baseless = (label_start..j).any(|l| self.is_baseless_label(l));
                let said = (j..end).any(|l| SAID_NOUNS.iter().any(|w| self.word(l, w)));
                let act = if matches!(act, Act::Accuse | Act::Reject) && baseless && said {
                    Act::Deny
                } else {
                    act
                };
                if end > j {
                    self.push(out, act, actor, None, Some((j, end)), v, rule, polarity, report, secondary);
                    return;
                }
            }
        }
        if let Some(p) = f.preps.iter().find(|p| self.word(k, p)) {
            // "lashed out at the media over its coverage": the side after the first preposition,
            // what it is blamed for after the second
            if let Some(ad) = self.actor_starting_at(k + 1) {
                let next = self.skip_right(ad.e, self.n());
                if f.preps.iter().any(|q| q != p && self.word(next, q)) {
                    push_vp(Some(ad), next + 1, false);
                    return;
                }
            }
            push_vp(None, k + 1, false);
            return;
        }
        if f.proposal_object {
            // "exited saying …": a participle or a report is no object
            if self.atoms.get(k).is_some_and(|a| a.info.is_some_and(|w| w.report != 0)) {
                return;
            }
            let has_proposal = self.names_proposal(k);
            // "suggested pushing back the date": a course of action named by a gerund
            let gerund = self.atoms.get(k).is_some_and(|a| {
                a.is_word()
                    && !a.cap
                    && a.text.len() > 4
                    && a.text.ends_with("ing")
                    && a.info.is_none_or(|w| w.class == 0)
            });
            if !has_proposal && !gerund {
                // "will withdraw the U.S. from the climate agreement": a side taken out of a
                // pact refuses the pact
                let from = self
                    .actor_starting_at(k)
                    .filter(|ad| ad.who != Who::Unknown)
                    .map(|ad| self.skip_right(ad.e, self.n()))
                    .filter(|&f| self.word(f, "from") && self.names_proposal(f + 1))
                    .filter(|_| self.starts_with_any(v, &["withdraw"]));
                if let Some(from) = from {
                    let (end, _) = self.clause_end(from + 1, false);
                    self.push(
                        out,
                        act,
                        actor,
                        None,
                        Some((from + 1, end)),
                        v,
                        rule,
                        polarity,
                        report,
                        secondary,
                    );
                }
                return;
            }
        }
        // "accused the Europeans of double standards": an object that names no actor, then the frame.
        // ("pressed for swifter trials for officials": a particle already taken is no frame)
        let particle_was_frame = had_particle && f.preps.iter().any(|p| self.word(k - 1, p));
        if !f.preps.is_empty() && !particle_was_frame && self.actor_starting_at(k).is_none() {
            let e = self.plain_np_end(k);
            // (one word past the plain phrase: a noun that can be a verb ends it early, "the
            // deal as historic")
            let reach = if e > k && self.has(k, class::DET) { e + 1 } else { e };
            if let Some(j) = (k + 1..=reach).find(|&j| f.preps.iter().any(|p| self.word(j, p))) {
                // ("hailed the agreement as historic", "denounced the election as a sham": what
                // is welcomed or accused is the object, its predicate only says how)
                if matches!(act, Act::Accept | Act::Accuse) && self.word(j, "as") {
                    self.push(out, act, actor, None, Some((k, j)), v, rule, polarity, report, secondary);
                    return;
                }
                // ("blamed the rioting on youths": the wrong first, then the one blamed)
                if self.word(j, "on")
                    && ["blame", "blames", "blamed", "blaming"].iter().any(|w| self.word(v, w))
                {
                    let blamed = self.actor_starting_at(j + 1);
                    self.push(out, act, actor, blamed, Some((k, j)), v, rule, polarity, report, secondary);
                    return;
                }
                push_vp(None, j + 1, false);
                return;
            }
            // "accused Volkswagen AG, Audi AG and Porsche AG of installing …": names listed
            // before the frame's preposition
            if let Some(j) = self.names_listed_before(k, &f.preps) {
                push_vp(None, j + 1, false);
                return;
            }
        }
        // "urge all parties to …": an object that names no actor, then the infinitive.
        // ("asked for $1.3 trillion to help them …": a sum asked for, its purpose after it)
        let sum = self.kind(k) == Some(AtomKind::Number)
            || self.atoms.get(k).is_some_and(|a| a.text.starts_with(['$', '€', '£', '¥']));
        if f.objto && !sum && self.actor_starting_at(k).is_none() {
            let e = self.plain_np_end(k);
            // "urged the two governments to resolve …": any lowercase word after "to" that is
            // not a determiner is an infinitive here, as after a named addressee.
            // Only after an actor noun: "demand a higher wage to offset prices" is a purpose.
            let infinitive = self.is_base_verb(e + 1)
                || self.has(e - 1, class::HEAD)
                    && self
                        .atoms
                        .get(e + 1)
                        .is_some_and(|a| a.is_word() && !a.cap && !a.is(class::DET | class::PRON));
            if e > k && self.word(e, "to") && infinitive {
                push_vp(None, e + 1, true);
                return;
            }
            // ("urged the two governments during the talks to resolve …", "urged Peru and other
            // states in the region to hold talks")
            if let Some(to) = self
                .infinitive_past_circumstance(e)
                .filter(|_| e > k && self.has(e - 1, class::HEAD))
                .or_else(|| self.infinitive_past_second_addressee(e).filter(|_| e > k))
            {
                push_vp(None, to + 1, true);
                return;
            }
        }
        // "accusing it of interference", "asked it to refund the fees": an object "it" right
        // before the frame's preposition or infinitive names the side accused or asked, the one
        // named before it that is not the subject, else no known one
        let it_asked = f.objto
            && self.word(k, "it")
            && self.word(k + 1, "to")
            && self
                .atoms
                .get(k + 2)
                .is_some_and(|a| a.is_word() && !a.cap && !a.is(class::DET | class::PRON));
        if it_asked
            || act == Act::Accuse
                && self.word(k, "it")
                && f.preps.iter().any(|p| &**p != "as" && self.word(k + 1, p))
        {
            let is_subject = |id: u32| match actor.who {
                Who::Norms(ids, n) => ids[..n as usize].contains(&id),
                _ => false,
            };
            let id = self.marks.iter().rev().filter(|m| m.end <= k).find_map(|m| match m.kind {
                PhraseKind::Entity(EntityKind::State | EntityKind::Org, id) if !is_subject(id) => Some(id),
                _ => None,
            });
            let who = id.map_or(Who::Unknown, Who::one);
            let span = (self.atoms[k].start, self.atoms[k].end());
            let ad = Actor { s: k, e: k + 1, who, role: None, span };
            push_vp(Some(ad), k + 2, it_asked);
            return;
        }
        // ("denounced it as a licence to kill": a thing pointed back at, with the label that
        // says what it was called)
        // ("denouncing them as unfounded": things, by a label no person is given; calling them
        // baseless denies what they say)
        if matches!(act, Act::Accept | Act::Accuse)
            && self.word(k + 1, "as")
            && f.preps.iter().any(|p| &**p == "as")
        {
            let mut label = k + 2;
            while self.atoms.get(label).is_some_and(|a| a.is_quote()) || self.is_ly_adverb(label) {
                label += 1;
            }
            let baseless = self.is_baseless_label(label);
            if ["it", "this", "that"].iter().any(|w| self.word(k, w)) || self.word(k, "them") && baseless {
                let (end, _) = self.clause_end(k + 2, false);
                let act = if act == Act::Accuse && baseless { Act::Deny } else { act };
                self.push(out, act, actor, None, Some((k, end)), v, rule, polarity, report, secondary);
                return;
            }
        }
        // An object phrase naming an actor: the addressee when a frame follows.
        if let Some(mut ad) = self.actor_starting_at(k) {
            // "offered teachers 5 percent raises": the amount offered opens a phrase of its own
            if act == Act::Propose {
                if let Some(j) = (ad.s + 1..ad.e).find(|&j| {
                    self.kind(j) == Some(AtomKind::Number)
                        && self.atoms[j - 1].is_word()
                        && !self.atoms[j - 1].cap
                }) {
                    ad = Actor { e: j, span: (ad.span.0, self.atoms[j - 1].end()), ..ad };
                }
            }
            // "accused Russia on Wednesday of …"; "warned the Taliban in Quetta and Chaman that …"
            let next = self.skip_right(ad.e, self.n());
            let next = self.past_place_names(next);
            let next = self.past_quote_before_to(next);
            // "accused Volkswagen AG, Audi AG and Porsche AG of …": more names, then the frame
            if self.kind(next) == Some(AtomKind::Comma) || self.word(next, "and") {
                if let Some(j) = self.names_listed_before(k, &f.preps) {
                    push_vp(Some(ad), j + 1, false);
                    return;
                }
            }
            // "warned Steve Barclay, the health secretary, that …": past an appositive title
            if f.that && self.kind(next) == Some(AtomKind::Comma) {
                let close = (next + 2..(next + 10).min(self.n())).find(|&j| !self.atoms[j].is_word());
                if let Some(c) = close.filter(|&c| {
                    self.kind(c) == Some(AtomKind::Comma)
                        && self.word(c + 1, "that")
                        && self.has(next + 1, class::DET)
                        && (next + 1..c).any(|j| self.is_office(j))
                }) {
                    push_vp(Some(ad), c + 2, false);
                    return;
                }
            }
            // "ordered the UN peacekeeping mission to leave": the side is named inside the object.
            let pe = self.plain_np_end(ad.s);
            if f.objto && pe > next && self.word(pe, "to") && self.is_base_verb(pe + 1) {
                push_vp(Some(ad), pe + 1, true);
                return;
            }
            if f.objto && self.word(next, "not") && self.word(next + 1, "to") {
                push_vp(Some(ad), next, true);
                return;
            }
            // Headlines: "US demands Russia release journalist".
            if act == Act::Demand
                && self.is_base_verb(next)
                && !self.has(next, class::HEAD | class::PROPOSAL_NOUN)
                && !matches!(ad.who, Who::Unknown)
            {
                push_vp(Some(ad), ad.s, false);
                return;
            }
            if f.objto
                && self.word(next, "to")
                && (self.is_base_verb(next + 1) || !self.has(next + 1, class::DET))
            {
                push_vp(Some(ad), next + 1, true);
                return;
            }
            if let Some(to) = self
                .infinitive_past_circumstance(next)
                .or_else(|| self.infinitive_past_appositive(&ad, next))
                .filter(|_| f.objto)
            {
                push_vp(Some(ad), to + 1, true);
                return;
            }
            // "called on refinery workers and other staff in the sector to strike": a second
            // addressee joined by "and", then the infinitive
            if let Some(to) = self.infinitive_past_second_addressee(next).filter(|_| f.objto) {
                push_vp(Some(ad), to + 1, true);
                return;
            }
            // "accused the Chair of the Electoral Commission (IEC) of …": an institution's name
            // after the first "of" belongs to the one accused; the charge follows the second
            if self.word(next, "of") && f.preps.iter().any(|p| &**p == "of") {
                let named = (next + 1..(next + 14).min(self.n()))
                    .take_while(|&j| {
                        let a = &self.atoms[j];
                        a.cap && a.is_word()
                            || self.word(j, "the") && j == next + 1
                            || self.word(j, "and") && j > next + 1
                            || matches!(a.kind, AtomKind::Open | AtomKind::Close)
                    })
                    .last();
                if let Some(last) = named.filter(|&l| {
                    l > next + 1 && self.word(l + 1, "of") && self.atoms[l].cap
                        || self.kind(l) == Some(AtomKind::Close)
                }) {
                    if self.word(last + 1, "of") {
                        let ad = Actor { e: last + 1, span: (ad.span.0, self.atoms[last].end()), ..ad };
                        push_vp(Some(ad), last + 2, false);
                        return;
                    }
                }
            }
            if let Some(_p) = f.preps.iter().find(|p| self.word(next, p)) {
                push_vp(Some(ad), next + 1, false);
                return;
            }
            // "accused Chinese vessels of firing …": the side is named inside the object.
            let pe = self.plain_np_end(ad.s);
            if pe > next {
                if let Some(j) = (next..=pe).find(|&j| f.preps.iter().any(|p| self.word(j, p))) {
                    push_vp(Some(ad), j + 1, false);
                    return;
                }
            }
            if f.that && self.word(next, "that") {
                push_vp(Some(ad), next + 1, false);
                return;
            }
            if f.preps.iter().any(|p| &**p == "with") {
                let (end, _) = self.clause_end(next, false);
                if let Some(w) = (next..end).rev().find(|&j| self.word(j, "with")) {
                    self.push(
                        out,
                        act,
                        actor,
                        Some(ad),
                        Some((w + 1, end)),
                        v,
                        rule,
                        polarity,
                        report,
                        secondary,
                    );
                    return;
                }
                push_vp(Some(ad), next, false);
                return;
            }
            if act == Act::Propose
                && next < self.n()
                && (self.has(next, class::DET)
                    || self.atoms[next].kind == AtomKind::Number
                    || self.is_modifier_word(next))
            {
                push_vp(Some(ad), next, false);
                return;
            }
        }
        // "rejected as “absurd” accusations that …": the object follows the predicate.
        if self.word(k, "as") {
            let mut j = self.skip_quotes_from(k + 1);
            if self.atoms.get(j).is_some_and(|a| a.is_word()) {
                j = self.skip_quotes_from(j + 1);
                if self.has(j, class::DET)
                    || self.atoms.get(j).is_some_and(|a| a.is_word() && !a.is(class::PREP | class::COORD))
                {
                    push_vp(None, j, false);
                    return;
                }
            }
        }
        // "a charge New Delhi rejected as baseless": the object is the phrase before the subject.
        if self.word(k, "as") && actor.s > 0 && self.atoms[actor.s - 1].kind == AtomKind::Word {
            let s = self.content_np_left(actor.s);
            if s < actor.s {
                self.push(out, act, actor, None, Some((s, actor.s)), v, rule, polarity, report, secondary);
                return;
            }
        }
        push_vp(None, k, false);
    }

    /// Past "in Quetta and Chaman", "in the capital" right after an addressee: where the
    /// addressee is, before the verb's complement. `i` itself when no such phrase is there.
    fn past_place_names(&self, i: usize) -> usize {
        if !["in", "at"].iter().any(|w| self.word(i, w)) {
            return i;
        }
        let mut k = i + 1;
        if self.word(k, "the") {
            k += 1;
        }
        let start = k;
        while k < self.n()
            && k < i + 8
            && (self.is_name(k) || self.entity(k).is_some() || self.word(k, "and"))
        {
            k += 1;
        }
        // ("the rebels in the east to …": a plain place noun after "the")
        if k == start && start > i + 1 {
            while k < self.n() && k < start + 2 && self.is_modifier_word(k) && !self.is_verbish(k) {
                k += 1;
            }
        }
        let named = k > start && !self.word(k - 1, "and");
        // (only when the complement follows: "that", "to", "of", "for")
        let complement = ["that", "to", "of", "for"].iter().any(|w| self.word(k, w));
        if named && complement {
            k
        } else {
            i
        }
    }

    pub(crate) fn is_modifier_word(&self, i: usize) -> bool {
        self.atoms.get(i).is_some_and(|a| {
            a.kind == AtomKind::Word && !a.cap && a.info.is_none_or(|w| w.class == 0 && w.verb == 0)
        })
    }

    /// Does the clause from `s` ask for something: a modal ("must", "should") or a subjunctive
    /// ("that NATO withdraw")?
    fn clause_demands(&self, s: usize) -> bool {
        let (end, _) = self.clause_end(s, false);
        if (s..end).any(|j| {
            self.has(j, class::MODAL) || matches!(self.mark(j).map(|m| m.kind), Some(PhraseKind::Modal))
        }) {
            return true;
        }
        let e = self.np_right(s).unwrap_or_else(|| self.plain_np_end(s));
        // "that the talks be moved", "that he not be charged"
        let be_at = (s + 1..(s + 8).min(end)).find(|&k| {
            self.word(k, "be")
                && !self.has(k - 1, class::AUX | class::MODAL | class::NEG)
                && !self.word(k - 1, "to")
                && !self.word(k - 1, "not")
        });
        let be = be_at.is_some() || self.word(e, "not") && self.word(e + 1, "be");
        if be {
            // ("that deleted passages be restored": a subject the phrase reader did not take
            // whole, words all the way to "be")
            return e > s || be_at.is_some_and(|b| (s..b).all(|k| self.atoms[k].is_word()));
        }
        // "that he barely knows …", "that Congress quickly appropriate …": the verb past an adverb
        let mut e = e;
        while e > s && e + 1 < end && (self.is_ly_adverb(e) || self.has(e, class::ADV)) {
            e += 1;
        }
        // "that any government spending bill include …": the noun phrase may run on over words
        // it took for verbs ("spending", "bill")
        for e in e..e + 3 {
            // ("the US poses no threat": an indicative verb, the clause asks nothing)
            // (asked only of words the lexicon does not know: tagging a sentence costs)
            if self.atoms.get(e).is_some_and(|a| a.info.is_none())
                && self.tag(e).is_some_and(|t| matches!(t.xpos(), "VBZ" | "VBD"))
            {
                return false;
            }
            if e > s && self.subjunctive_at(e) {
                return true;
            }
            let noun_like = self.atoms.get(e).is_some_and(|w| {
                w.is_word()
                    && !w.cap
                    && w.mark == crate::atoms::NONE
                    && w.info.is_none_or(|i| i.report == 0 && i.claim_verb.is_none())
                    && !w.is(class::AUX
                        | class::MODAL
                        | class::NEG
                        | class::HEDGE
                        | class::DET
                        | class::PRON
                        | class::REL
                        | class::COORD
                        | class::SUB
                        | class::PREP
                        | class::ADV)
                    && !w.text.ends_with("ed")
                    && !is_past_only(Some(w))
            });
            if !noun_like || e + 1 >= end {
                return false;
            }
        }
        false
    }

    /// Does the noun phrase from `k` name a proposal ("a motion", "two draft treaties", "the
    /// demand")?
    fn names_proposal(&self, k: usize) -> bool {
        (k..(k + 6).min(self.n()))
            .take_while(|&j| {
                // (an object ends before a clause's own verb: "suggested creditors might not
                // want a deal" names no proposal)
                self.atoms[j].kind == AtomKind::Word
                    && !self.atoms[j].is(class::PREP | class::MODAL | class::AUX | class::HEDGE | class::NEG)
                    || self.atoms[j].kind == AtomKind::Number
                    || self.atoms[j].kind == AtomKind::Hyphen
                    // "blocked the administration's plan"
                    || self.atoms[j].kind == AtomKind::Possessive
            })
            .any(|j| {
                self.has(j, class::PROPOSAL_NOUN) || self.atoms[j].info.is_some_and(|w| w.noun_act.is_some())
            })
    }

    /// Whether the word at `l` calls something said baseless ("baseless", "unfounded", “false”,
    /// or any judgement the lexicon files as a denial).
    fn is_baseless_label(&self, l: usize) -> bool {
        self.mark(l).is_some_and(|m| m.kind == PhraseKind::DenyPredicate)
            || ["baseless", "unfounded", "groundless", "false", "untrue", "fabricated"]
                .iter()
                .any(|w| self.word(l, w))
    }

    /// "the creditors have been so persistent in rejecting …", "the unions were united in
    /// demanding …": the subject of the copula whose adjective the preposition at `p` follows.
    fn subject_of_adjective_before(&self, p: usize) -> Option<Actor> {
        let adjective = p.checked_sub(1).filter(|&a| {
            self.atoms[a].is_word()
                && !self.atoms[a].cap
                && !self.atoms[a].is(class::DET | class::PRON | class::PREP)
        })?;
        let mut k = adjective;
        while k > 0
            && (self.is_ly_adverb(k - 1)
                || self.has(k - 1, class::ADV)
                || ["so", "very", "too", "more", "most", "quite", "equally"]
                    .iter()
                    .any(|w| self.word(k - 1, w)))
        {
            k -= 1;
        }
        let be = k.checked_sub(1).filter(|&b| self.is_be(b))?;
        let mut k = be;
        while k > 0
            && (self.has(k - 1, class::AUX | class::MODAL | class::NEG)
                || self.kind(k - 1) == Some(AtomKind::Negation)
                || self.is_ly_adverb(k - 1))
        {
            k -= 1;
        }
        self.actor_ending_at(k.checked_sub(1)?)
    }

    /// Is the word at `e`, after the subject `s..e`, the base form of a clause that asks for
    /// something ("that ASEAN send", "that Congress appropriate")?
    fn subjunctive_at(&self, e: usize) -> bool {
        // a subjunctive the lexicon may not know: "insisted that Congress appropriate …"
        let unknown = self.atoms.get(e).is_some_and(|w| {
            w.is_word()
                && !w.cap
                && w.mark == crate::atoms::NONE
                && w.info.is_none_or(|i| i.class == 0 && i.report == 0)
                && !w.text.ends_with('s')
                && !w.text.ends_with("ed")
                && !w.text.ends_with("ing")
                && !w.text.ends_with("ly")
        })
            // ("they shot armed suspects": an irregular past is no base form)
            && !is_past_only(self.atoms.get(e))
            // ("the US presence poses no threat": a noun the subject's phrase runs on to, before
            // the clause's own verb)
            && !(self.tag(e).is_some_and(|t| matches!(t.xpos(), "NN" | "NNS"))
                && self.tag(e + 1).is_some_and(|t| matches!(t.xpos(), "VBZ" | "VBD" | "VBP" | "MD")));
        // a base form after a singular subject: "that ASEAN send an envoy"
        let singular_subject = {
            let h = self.atoms[e - 1];
            h.is_word()
                && (h.cap || !h.text.ends_with('s'))
                && !["i", "you", "we", "they"].iter().any(|w| h.eq(w))
                && !h.is(class::DET)
        };
        self.is_base_verb(e) && (!self.is_verbish(e) || singular_subject) || unknown
    }

    /// Narrows a content: "dismissed the proposal as absurd" dismisses the proposal.
    pub(crate) fn shape_content(&self, act: Act, mut s: usize, mut e: usize) -> (usize, usize) {
        // ("urged for new elections": what is asked for, past the "for")
        if act == Act::Demand && s + 1 < e && self.word(s, "for") {
            s += 1;
        }
        // "rejected the demand, instead proposing an interim government": after a comma and an
        // adverb, a participle opens a clause of its own
        let participle_after_adverb = |c: usize| {
            let mut p = c + 1;
            while p < e && self.has(p, class::ADV) {
                p += 1;
            }
            p > c + 1
                && p < e
                && !self.atoms[p].cap
                && self.atoms[p].text.ends_with("ing")
                && (self.verb_forms(p) & form::GER != 0 || self.is_verbish(p))
        };
        if let Some(c) =
            (s + 1..e).find(|&j| self.kind(j) == Some(AtomKind::Comma) && participle_after_adverb(j))
        {
            e = c;
        }
        // "endorsed the proposal unanimously", "rejected the bill overwhelmingly": how the vote
        // went closes the content, not what was voted on
        if matches!(act, Act::Accept | Act::Reject) {
            const VOTE_MANNER: [&str; 4] = ["unanimously", "overwhelmingly", "narrowly", "resoundingly"];
            while e > s + 1 && e <= self.n() && VOTE_MANNER.iter().any(|w| self.word(e - 1, w)) {
                e -= 1;
            }
        }
        // "dismissed the proposal as absurd": the proposal is what is dismissed; "welcomed the
        // agreement as a victory for workers": the agreement is what is welcomed.
        // ("accused the rebels of using civilians as human shields": an "as" inside a gerund's
        // own phrase is part of the deed)
        let gerund = self.atoms.get(s).is_some_and(|a| a.is_word() && !a.cap && a.text.ends_with("ing"));
        if matches!(act, Act::Reject | Act::Deny | Act::Accuse | Act::Accept) && !gerund {
            if let Some(a) = (s + 1..e).find(|&j| {
                self.word(j, "as")
                    && !self.word(j + 1, "well")
                    && !self.word(j - 1, "such")
                    && !self.word(j - 1, "well")
            }) {
                // "as absurd", "as “patently false,” and …", "as an act of economic warfare": a
                // short predicate after "as", with no verb of its own
                let mut j = self.skip_quotes_from(a + 1);
                let mut words = 0;
                while j < e && words < 6 && self.atoms[j].is_word() && !self.is_finite_verbish(j) {
                    j = self.skip_quotes_from(j + 1);
                    words += 1;
                }
                // (the sentence's end inside the quotation: as “dead on arrival.”)
                let at_end = (j..e).all(|k| {
                    self.atoms[k].is_quote()
                        || self.kind(k) == Some(AtomKind::Terminal)
                        || [".", "!", "?"].contains(&self.atoms[k].text)
                });
                if e - a <= 5 || words > 0 && (at_end || self.kind(j) == Some(AtomKind::Comma)) {
                    return (s, a);
                }
            }
        }
        // "approved the budget by a vote of 12 to 10", "voted for the bill by a wide margin": how
        // the vote went, not what was voted on
        if matches!(act, Act::Accept | Act::Reject) {
            if let Some(by) = (s + 1..e).find(|&j| {
                self.word(j, "by")
                    && ["a", "an", "the"].iter().any(|w| self.word(j + 1, w))
                    && (j + 2..(j + 5).min(e))
                        .any(|k| ["vote", "votes", "margin", "majority"].iter().any(|w| self.word(k, w)))
            }) {
                return (s, by);
            }
        }
        // "denied involvement in a statement posted online": where it was said, not what
        // ("changes in the release of prisoners" is what is demanded)
        // ("help in their release"; "in a press release" is said)
        let said_in = |n: usize| {
            !self.word(n + 1, "of")
                && (!(self.word(n, "release") || self.word(n, "post"))
                    || self.word(n - 1, "press")
                    || self.word(n - 1, "news"))
                && [&STATEMENT_NOUNS[..], &["interview", "speech", "address", "broadcast"]]
                    .iter()
                    .any(|nouns| nouns.iter().any(|w| self.word(n, w)))
        };
        if let Some(j) = (s + 1..e.saturating_sub(2)).find(|&j| {
            self.word(j, "in")
                && ["a", "an", "its", "his", "her", "their"].iter().any(|w| self.word(j + 1, w))
                && (said_in(j + 2) || self.is_modifier(j + 2) && said_in(j + 3))
        }) {
            return (s, j);
        }
        // "$12 a share for Acme, the owner of the Daily Courier …": a description of the
        // name closing the content says who that is, not what is claimed
        if let Some(c) = (s + 2..e).find(|&j| {
            self.kind(j) == Some(AtomKind::Comma)
                && self.is_name(j - 1)
                && self.atoms[j - 1].cap
                && ["the", "a", "an"].iter().any(|w| self.word(j + 1, w))
        }) {
            let description_to_end = (c + 1..e).all(|k| {
                !self.is_finite_verbish(k)
                    && !self.has(k, class::REL | class::SUB | class::MODAL | class::AUX)
                    && !self.atoms[k].is_quote()
                    // (the content going on after the description: "…, a member since 2004, and
                    // from Bulgaria")
                    && !(self.kind(k) == Some(AtomKind::Comma)
                        && (self.has(k + 1, class::PREP)
                            || self.has(k + 1, class::COORD) && self.has(k + 2, class::PREP)))
            });
            if description_to_end && e > c + 2 {
                return (s, c);
            }
        }
        (s, e)
    }

    /// The noun phrase ending at `e` for a content ("the security demands"): determiners,
    /// modifiers, nouns, possessives.
    pub(crate) fn content_np_left(&self, e: usize) -> usize {
        let mut k = e;
        while k > 0 && e - k < 10 {
            let p = k - 1;
            let a = self.atoms[p];
            let ok = match a.kind {
                // ("comments that …", "remarks which …": the noun a relative pronoun at `e`
                // follows, whatever else the word can be)
                AtomKind::Word
                    if k == e
                        && ["that", "which"].iter().any(|w| self.word(e, w))
                        && !a.is(class::PREP
                            | class::COORD
                            | class::SUB
                            | class::REL
                            | class::AUX
                            | class::PRON
                            | class::DET) =>
                {
                    true
                }
                AtomKind::Word => {
                    (!a.is(class::PREP | class::COORD | class::SUB | class::REL | class::AUX | class::MODAL | class::PRON)
                        || a.eq("of") && k - 1 > 0 && k < e)
                        // ("a charge", "the appeal", "a claim": a claim or report verb's noun
                        // after its determiner)
                        && a.info.is_none_or(|w| {
                            w.report == 0 && w.claim_verb.is_none() || p > 0 && self.has(p - 1, class::DET)
                        })
                        || a.is(class::DET) && !a.eq("that")
                }
                AtomKind::Possessive | AtomKind::Hyphen | AtomKind::Number => true,
                _ => false,
            };
            // ("the proposal included elements that …": a finite verb before the noun ends it,
            // though "the revised plan" keeps its participle)
            let ok = ok
                && !(k != e
                    && (a.info.is_some_and(|w| w.verb & (form::PAST | form::THIRD) != 0)
                        || self.is_finite_verbish(p))
                    && !(p > 0 && self.has(p - 1, class::DET)));
            if !ok {
                break;
            }
            k = p;
            if a.is(class::DET) {
                break;
            }
        }
        k
    }

    /// "the facts of a story printed by …", "the accuracy of the report": an object
    /// starting at `k` that is the truth of something said, up to the end of its phrase.
    fn truth_object(&self, k: usize) -> Option<(usize, usize)> {
        let mut h = k;
        while h < self.n()
            && h < k + 3
            && (self.has(h, class::DET) || self.is_ly_adverb(h) || self.word(h, "basic"))
        {
            h += 1;
        }
        let head = self.atoms.get(h)?;
        let truth = TRUTH_NOUNS.iter().any(|w| head.eq(w));
        if !truth || head.quoted {
            return None;
        }
        // the phrase runs to the end of the clause or a comma
        let end = (h + 1..self.n())
            .find(|&j| {
                matches!(
                    self.atoms[j].kind,
                    AtomKind::Terminal | AtomKind::Comma | AtomKind::Semicolon | AtomKind::Dash
                ) || self.has(j, class::COORD) && self.is_finite_verbish(j + 1)
            })
            .unwrap_or(self.n());
        Some((k, end))
    }

    /// Drops secondary claims inside another claim's content, and duplicates.
    pub(crate) fn settle(&self, out: &mut Vec<Candidate>, reports: &[Report]) {
        let mut keep = vec![true; out.len()];
        for (i, c) in out.iter().enumerate() {
            // A claim inside another claim's content belongs to it ("demanded that NATO reject …");
            // nominal and participle claims give way to any claim holding them.
            let inside = out.iter().enumerate().any(|(j, d)| {
                j != i
                    && (j > i || keep[j])
                    && !d.secondary
                    && d.trigger != c.trigger
                    && (c.secondary || d.trigger < c.trigger)
                    && d.content.is_some_and(|(s, e)| s <= c.trigger && c.trigger < e)
                    // adopting a document that demands something is demanding it
                    && !(c.rule.contains("document") && matches!(d.act, Act::Accept | Act::Propose))
                    // "rejected a proposal by Egypt": answering a claim keeps the claim answered
                    && !(c.rule == "nominal-by" && matches!(d.act, Act::Accept | Act::Reject))
                    // "rejected a compromise that Pence floated": what a relative clause says
                    // of the object stands outside the claim made about it
                    && c.rule != "verb-object-relative"
                    // "must withdraw or face the consequences": the warning the demand ends with
                    // is a claim of its own
                    && !(c.rule == "reported-consequences" && d.act == Act::Demand)
            });
            if inside {
                keep[i] = false;
            }
            for (j, d) in out.iter().enumerate().take(i) {
                // (one word read by two rules: "saying it was rigged" is one accusation)
                if keep[j]
                    && d.act == c.act
                    && d.actor.s == c.actor.s
                    && (d.content == c.content
                        || d.trigger == c.trigger
                            && matches!((d.content, c.content), (Some((ds, de)), Some((cs, ce))) if ds < ce && cs < de))
                {
                    keep[i] = false;
                }
            }
        }
        let mut k = 0;
        out.retain(|_| {
            let r = keep[k];
            k += 1;
            r
        });
        self.deny_the_accusation_before(out, reports);
    }

    /// "Protesters accused Lukashenko of rigging the vote, which he denies", "…, something
    /// Moscow denies": a denial in a relative clause right after an accusation denies the
    /// accusation, and a pronoun denying it is the one accused. "Rebels said they downed a
    /// jet, a claim the army denied": after a report, the denial denies what was reported. A
    /// bare "it" or "they" denying with no accusation before it (see
    /// [`Analyzer::denies_in_relative`]) names no one: its claim is dropped.
    fn deny_the_accusation_before(&self, out: &mut Vec<Candidate>, reports: &[Report]) {
        let mut unresolved = Vec::new();
        for i in 0..out.len() {
            let c = out[i];
            if c.act != Act::Deny || c.rule != "verb-object-relative" {
                continue;
            }
            let Some((cs, _)) = c.content else { continue };
            // (the accusation's content ends at the comma the relative clause follows)
            let ends_before =
                |de: usize| cs <= de + 1 && self.kind(de) == Some(AtomKind::Comma) && de < c.actor.s;
            let accusation = out[..i].iter().rev().find(|d| {
                d.act == Act::Accuse && d.trigger < cs && d.content.is_some_and(|(_, de)| ends_before(de))
            });
            let pronoun = c.actor.e == c.actor.s + 1 && self.atoms[c.actor.s].is(class::PRON);
            let Some(d) = accusation.copied() else {
                if pronoun && c.actor.who == Who::Unknown {
                    unresolved.push(i);
                } else if let Some(comma) =
                    (cs.saturating_sub(1)..c.actor.s).rev().find(|&k| self.kind(k) == Some(AtomKind::Comma))
                {
                    // (the words reported run on over the relative clause: they end at its comma)
                    let reported = reports.iter().find(|r| {
                        r.verb.1 <= r.comp.0 && r.comp.0 < comma && comma <= r.comp.1 && r.comp.0 <= cs
                    });
                    if let Some(r) = reported {
                        out[i].content = Some((r.comp.0, comma));
                    }
                }
                continue;
            };
            let denier = &mut out[i];
            denier.content = d.content;
            // (the accused as written: "he" says less than "Lukashenko")
            if let Some(accused) = d.addressee.filter(|_| pronoun) {
                denier.actor = accused;
            } else if pronoun && c.actor.who == Who::Unknown {
                unresolved.push(i);
            }
        }
        for i in unresolved.into_iter().rev() {
            out.remove(i);
        }
    }
}

/// A past or participle the lexicon knows that is no base form too ("shot", "fought"; not "cut").
fn is_past_only(atom: Option<&crate::atoms::Atom<'_, '_>>) -> bool {
    atom.and_then(|a| a.info)
        .is_some_and(|i| i.verb & (form::PAST | form::PART) != 0 && i.verb & form::BASE == 0)
}
