//! Who demanded, rejected, proposed, accepted, denied, warned or accused — what, of whom.
//!
//! `newsclaim-extract` reads news text with a rule system (a verb lexicon with frames, a
//! gazetteer of states, organisations and offices, and in-article linking of people to the side
//! they speak for) and returns [`Claim`]s: the [`Act`], the actor and the state or organisation
//! behind it (`norms`), the addressee, the content, the evidence sentence and its line, how it is
//! attributed (direct quote, reported speech, plain statement), negation, hedging, and the id of
//! the rule that fired. Every span is a byte range into the input.
//!
//! ```
//! use newsclaim_extract::{Act, AttributionKind, Extractor};
//!
//! let text = "Turkish Foreign Minister Hakan Fidan on Monday urged Sweden to extradite the suspects.\n\
//!             “We will not accept any delay,” Fidan told reporters.";
//! let claims = Extractor::default().extract(text, &[]);
//!
//! let demand = &claims[0];
//! assert_eq!(demand.act, Act::Demand);
//! assert_eq!(demand.actor.text, "Turkish Foreign Minister Hakan Fidan");
//! assert_eq!(demand.actor.norms, ["Turkey"]);
//! assert_eq!(demand.addressee.as_ref().unwrap().norms, ["Sweden"]);
//! assert_eq!(demand.content.as_ref().unwrap().text, "extradite the suspects");
//! assert_eq!(demand.line, 1);
//! assert_eq!(demand.act.cameo(), "10");
//!
//! // "Fidan" is linked to Turkey from the first sentence; "will not accept" is a rejection.
//! let reject = &claims[1];
//! assert!(reject.act == Act::Reject && reject.actor.is("Turkey"));
//! assert_eq!(reject.attribution.kind, AttributionKind::DirectQuote);
//! assert_eq!(&text[reject.evidence.span.clone()], reject.evidence.text);
//! ```
//!
//! `regions` restricts reading to byte ranges of the text (a title and body paragraphs from a
//! boilerplate stripper); people are linked across the regions of one call. Regions out of
//! bounds, reversed or cutting a character are read as far as they make sense; any `&str` is
//! valid input (decode bytes first, e.g. with `newsclaim_tokenize::decode_lossy`), and the work
//! is linear in the length of the text. The lexicons are
//! data files (`data/` in the crate) that [`Extractor::builder`] extends at run time:
//!
//! ```
//! use newsclaim_extract::{Act, Extractor};
//!
//! let extractor = Extractor::builder()
//!     .organisations("Wakanda Liberation Front\tWLF")?
//!     .countries("Freedonia\tRepublic of Freedonia\tFreedonian;Freedonians\tFredville")?
//!     .verbs("beseech\tdemand\tobjto")?
//!     .build();
//! let claims = extractor.extract("The WLF beseeched Freedonia to release the prisoners.", &[]);
//! assert_eq!(claims[0].act, Act::Demand);
//! assert_eq!(claims[0].actor.norms, ["Wakanda Liberation Front"]);
//! assert_eq!(claims[0].addressee.as_ref().unwrap().norms, ["Freedonia"]);
//! assert_eq!(claims[0].rule, "verb-active");
//! # Ok::<(), newsclaim_extract::LexiconError>(())
//! ```
#![deny(missing_docs)]

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

mod atoms;
mod lexicon;
mod linking;
mod memory;
mod model;
mod phrases;
mod predicates;
mod rules;
mod speech;
pub mod tagger;

pub use lexicon::LexiconError;
pub use model::{Act, Attribution, AttributionKind, Claim, Mention, Phrase, Role};

use atoms::Sentence;
use lexicon::{EntityKind, Lexicon};
use memory::Memory;
use newsclaim_tokenize::Tokenized;
use phrases::{Actor, Analyzer, Who};
use rules::Scratch;
use std::borrow::Cow;
use std::ops::Range;
use std::sync::OnceLock;

/// Longest stretch of tokens read as one sentence; longer sentences are cut so that the rules
/// stay linear on unpunctuated input.
const MAX_SENTENCE_TOKENS: usize = 160;

/// How many sentences ahead a quotation without a speaker yet is followed to the attribution
/// where it closes; bounded so that the work stays linear.
const QUOTE_LOOKAHEAD: usize = 6;

/// Extracts claims from article text. Cheap to share: extraction takes `&self`.
#[derive(Debug, Clone)]
pub struct Extractor {
    lex: Lexicon,
    implicit: bool,
    negated: bool,
    tagger: Option<&'static tagger::Tagger>,
}

impl Default for Extractor {
    /// The extractor with the built-in lexicons.
    fn default() -> Self {
        static BUILTIN: OnceLock<Lexicon> = OnceLock::new();
        Extractor {
            lex: BUILTIN.get_or_init(Lexicon::builtin).clone(),
            implicit: false,
            negated: false,
            tagger: Some(tagger::Tagger::builtin()),
        }
    }
}

/// Adds gazetteer and lexicon entries to the built-in data, in the formats of the crate's data
/// files (tab-separated, `#` comments). Each method parses its text and reports bad lines.
#[derive(Debug, Clone)]
pub struct ExtractorBuilder {
    lex: Lexicon,
    implicit: bool,
    negated: bool,
    tagging: bool,
}

impl ExtractorBuilder {
    /// States: `norm<TAB>other names<TAB>demonyms<TAB>capitals and seats`, items `;`-separated.
    pub fn countries(mut self, tsv: &str) -> Result<Self, LexiconError> {
        self.lex.add_states(tsv)?;
        Ok(self)
    }
    /// Organisations: `norm<TAB>other names and acronyms`.
    pub fn organisations(mut self, tsv: &str) -> Result<Self, LexiconError> {
        self.lex.add_named(tsv, EntityKind::Org, "organisations")?;
        Ok(self)
    }
    /// Generic groups: `norm<TAB>names` ("West", "Western countries").
    pub fn groups(mut self, tsv: &str) -> Result<Self, LexiconError> {
        self.lex.add_named(tsv, EntityKind::Group, "groups")?;
        Ok(self)
    }
    /// Offices: `phrase<TAB>scope` with scope `org` (an organisation's office: "Secretary-General"),
    /// `main` (a spokesperson: the article's main state when none is named), `state` or `any`.
    pub fn offices(mut self, tsv: &str) -> Result<Self, LexiconError> {
        self.lex.add_offices(tsv)?;
        Ok(self)
    }
    /// Claim verbs: `lemma<TAB>act<TAB>frames[<TAB>3rd;past;participle;gerund]`; see
    /// `data/verbs.tsv` for the frames.
    pub fn verbs(mut self, tsv: &str) -> Result<Self, LexiconError> {
        self.lex.add_verbs(tsv)?;
        Ok(self)
    }
    /// Claim nouns for nominal claims: `noun<TAB>act`.
    pub fn nouns(mut self, tsv: &str) -> Result<Self, LexiconError> {
        self.lex.add_nouns(tsv)?;
        Ok(self)
    }
    /// Multi-word cues: `phrase<TAB>role` with role `report`, `reject-predicate`,
    /// `demand-predicate`, `hedge`, `necessary`, `no-comment` or `no-claim-object`.
    pub fn phrases(mut self, tsv: &str) -> Result<Self, LexiconError> {
        self.lex.add_phrases(tsv)?;
        Ok(self)
    }
    /// Also report implicit claims: readiness to talk named by a noun ("open to dialogue",
    /// "expressed readiness for dialogue") and purpose infinitives ("met to agree a date"); rules
    /// ending in `-implicit`, which annotators usually do not count as accepting or proposing
    /// anything. Off by default. ("ready to negotiate" is always reported, as `ready-to-talk`.)
    pub fn implicit_claims(mut self, yes: bool) -> Self {
        self.implicit = yes;
        self
    }
    /// Also report negated acts ("did not reject", "has never asked for"), with
    /// [`Claim::negated`] set. Off by default: a negated act is not a position the actor takes,
    /// and annotators of claims leave it out. ("will not accept" is a rejection, reported always.)
    pub fn negated_claims(mut self, yes: bool) -> Self {
        self.negated = yes;
        self
    }

    /// Tag the sentences that hold a claim word with the built-in part-of-speech tagger
    /// ([`tagger::Tagger::builtin`]), so that the rules can tell a verb the lexicon does not
    /// know ("stood", "resign") and a claim word used as a noun ("the protests escalate"). On
    /// by default; off, the rules read the lexicon alone, about a fifth faster.
    pub fn tagging(mut self, yes: bool) -> Self {
        self.tagging = yes;
        self
    }

    /// The extractor.
    pub fn build(mut self) -> Extractor {
        self.lex.sort_phrases();
        Extractor {
            lex: self.lex,
            implicit: self.implicit,
            negated: self.negated,
            tagger: self.tagging.then(tagger::Tagger::builtin),
        }
    }
}

impl Extractor {
    /// A builder starting from the built-in data.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder { lex: Extractor::default().lex, implicit: false, negated: false, tagging: true }
    }

    /// Claims of one article. `regions` are byte ranges of `text` to read (title and body
    /// paragraphs, in order); an empty slice means the whole text. People are linked to what
    /// they speak for across the regions of one call.
    pub fn extract<'t>(&self, text: &'t str, regions: &[Range<usize>]) -> Vec<Claim<'t>> {
        let tokenized = newsclaim_tokenize::tokenize(text);
        self.extract_tokenized(&tokenized, regions)
    }

    /// Like [`Extractor::extract`], for a text the caller has already tokenized.
    pub fn extract_tokenized<'t>(
        &self,
        tokenized: &Tokenized<'t>,
        regions: &[Range<usize>],
    ) -> Vec<Claim<'t>> {
        let text = tokenized.text;
        let units = units(tokenized, regions);
        // (line numbers only: a `LineIndex` would also map every multi-byte character, which
        // costs a pass over a text with curly quotes for nothing here)
        let line_starts: Vec<usize> =
            std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
        let line_of = |offset: usize| line_starts.partition_point(|&s| s <= offset);
        let mut memory = Memory::default();
        memory.clear();
        let mut current = Sentence::default();
        let mut next = Sentence::default();
        let mut scratch = Scratch::default();
        let mut claims = Vec::new();
        let lazy_tags = self.tagger.map(phrases::LazyTags::new);
        // The speaker of a quotation still open at the end of the last sentence.
        let mut carried_speaker: Option<Actor> = None;
        // A quotation still open at the end of the last sentence, with or without a speaker yet:
        // “The island is ours. Every soldier on it must leave,” the minister said.
        let mut quote_open = false;
        // The speaker of a sentence ending "X said:", for a quotation in the next one.
        let mut colon_speaker: Option<Actor> = None;
        // The actor opening the previous sentence, for a bare quotation right after it.
        let mut previous_subject: Option<Actor> = None;
        // The speaker of a quotation in the previous sentence.
        let mut previous_quote_speaker: Option<Actor> = None;
        for (u, unit) in units.iter().enumerate() {
            let tokens = &tokenized.tokens[unit.clone()];
            if tokens.is_empty() {
                continue;
            }
            // A quotation runs over into a new paragraph only when that paragraph opens with a
            // quotation mark (the convention for quotes of several paragraphs); the mark then
            // opens again. A quotation left open with no such mark was never closed: it ends
            // with its paragraph, so one stray mark cannot turn every later quote inside out.
            let new_paragraph = u > 0
                && tokenized.tokens[units[u - 1].clone()]
                    .last()
                    .is_some_and(|t| text[t.end()..tokens[0].start.max(t.end())].contains('\n'));
            let mut in_quote = carried_speaker.is_some() || quote_open;
            if new_paragraph && in_quote {
                in_quote = false;
                if !matches!(tokens[0].text, "\"" | "“" | "«" | "„") {
                    carried_speaker = None;
                    quote_open = false;
                }
            }
            current.fill(&self.lex, tokens, in_quote);
            // ("X said:" before it names the speaker: no bare quotation)
            let after_colon = colon_speaker.is_some() && current.atoms.first().is_some_and(|a| a.is_quote());
            let bare_quote = (current.atoms.first().is_some_and(|a| a.is_quote()) || quote_open)
                && carried_speaker.is_none()
                && !after_colon
                && current.atoms.iter().filter(|a| a.is_word()).all(|a| a.quoted);
            // The speaker named where the quotation ends: in the next sentence, or a few
            // sentences on when the quotation runs over several ("“… . … . …,” X said.").
            let mut next_speaker = None;
            if bare_quote {
                let mut in_quote = current.open_at_end;
                let mut previous_end = tokens[tokens.len() - 1].end();
                for nu in units.iter().skip(u + 1).take(QUOTE_LOOKAHEAD) {
                    let next_tokens = &tokenized.tokens[nu.clone()];
                    let Some(next_first) = next_tokens.first() else { break };
                    // an attribution belongs to its own paragraph, unless the quotation runs on
                    // into the next one, which opens with its mark again (“… .¶“… ,” X said.)
                    if text[previous_end..next_first.start.max(previous_end)].contains('\n') {
                        if !(in_quote && matches!(next_first.text, "\"" | "“" | "«" | "„")) {
                            break;
                        }
                        in_quote = false;
                    }
                    previous_end = next_tokens[next_tokens.len() - 1].end();
                    next.fill(&self.lex, next_tokens, in_quote);
                    let mut an = Analyzer {
                        lex: &self.lex,
                        atoms: &next.atoms,
                        marks: &next.marks,
                        memory: &mut memory,
                        tags: None,
                    };
                    let closes = !next.open_at_end;
                    let first = an.bare_attribution();
                    next_speaker = first.or_else(|| {
                        // “… . … ,” X said: the speaker of a quotation that goes on.
                        an.find_reports(&mut scratch.reports, None);
                        // (a report inside the quotation, "We have told them …", is not its
                        // attribution)
                        scratch
                            .reports
                            .iter()
                            .find(|r| {
                                r.comp.0 == 0
                                    && r.comp.1 > 0
                                    && next.atoms.get(r.verb.0).is_none_or(|a| !a.quoted)
                            })
                            .and_then(|r| r.speaker)
                    });
                    // only a quotation running on may look further
                    if next_speaker.is_some() || closes || !in_quote {
                        break;
                    }
                    in_quote = next.open_at_end;
                }
            }
            // A quotation right after another one by a named speaker goes on in that voice;
            // otherwise the attribution ahead, else the actor just introduced ("Zelensky spoke
            // in Kyiv. “We …”").
            let next_speaker = if bare_quote {
                previous_quote_speaker.or(next_speaker).or(previous_subject)
            } else {
                next_speaker
            };
            // A citation ("G. Petit et al. Hibernation …, Handbook of Life Support Systems
            // (2018). DOI: …") names works, whatever verbs their titles hold.
            let citation = || {
                current.atoms.windows(2).any(|w| w[0].text == "et" && w[1].text.starts_with("al"))
                    || current.atoms.iter().any(|a| a.text == "DOI")
            };
            // Most sentences hold no claim word at all: skip the rules for them.
            // (a verb that triggers only with its particle, "turned down", "ruled out", counts
            // only when one of its particles, or the "to" or "for" of "pushed them to …", "voted
            // for …", comes within a few words)
            let claim_verb_here = |k: usize, verb: u32| {
                let frames = &self.lex.verbs[verb as usize].frames;
                let particles = &frames.particles;
                !frames.particle_only()
                    || current.atoms[k + 1..]
                        .iter()
                        .take(6)
                        .any(|a| a.eq("to") || a.eq("for") || particles.iter().any(|p| a.eq(p)))
            };
            let claim_words = current.atoms.iter().enumerate().any(|(k, a)| {
                a.info.is_some_and(|w| {
                    w.claim_verb.is_some_and(|(verb, _)| claim_verb_here(k, verb))
                        || w.noun_act.is_some()
                        || w.report != 0
                        || w.class
                            & (lexicon::class::MODAL
                                | lexicon::class::READY
                                | lexicon::class::LIGHT
                                | lexicon::class::READY_VERB
                                | lexicon::class::THREAT_VERB
                                | lexicon::class::VIOLATION_VERB
                                | lexicon::class::IMPERATIVE
                                | lexicon::class::WRONGDOING
                                | lexicon::class::STANCE
                                | lexicon::class::RESPONSIBLE)
                            != 0
                }) || a.text.len() == 10 && a.eq("opposition")
                    // ("gave politicians 48 hours to …": an ultimatum)
                    || a.text.len() <= 6 && (a.eq("gave") || a.eq("give") || a.eq("gives") || a.eq("given") || a.eq("giving"))
                    // ("set a deadline of March 1 for Tehran to respond")
                    || a.text.len() == 8 && a.eq("deadline")
                    // ("contested the results", "defended his deputy")
                    || a.text.starts_with("contest")
                    || a.text.starts_with("defend")
                    // ("questioned the legitimacy of the vote")
                    || a.text.starts_with("question")
                    // ("likened the commission to the Soviet Union")
                    || a.text.len() >= 6 && (a.text.starts_with("compar") || a.text.starts_with("liken"))
                    // ("will not stand idly by", "poured cold water on", "poured scorn on", "shut the
                    // door on")
                    || a.text.len() == 4 && (a.eq("idly") || a.eq("door") || a.eq("fire"))
                    || a.text.len() == 5 && (a.eq("water") || a.eq("hands") || a.eq("scorn"))
                    // ("owes the country an apology")
                    || a.text.len() <= 4 && (a.eq("owes") || a.eq("owed") || a.eq("owe"))
                    // ("rallied behind the nominee", "stands with the chief")
                    || a.text.len() == 6 && a.eq("behind")
                    || a.text.len() <= 8 && (a.eq("stands") || a.eq("stood") || a.eq("stand") || a.eq("standing"))
                    // ("gave the green light to")
                    || a.text.len() == 5 && a.eq("green")
                    // ("said it was not involved in the attack", "played no role in")
                    || a.text.len() == 8 && a.eq("involved")
                    || a.text.len() <= 11
                        && (a.eq("role")
                            || a.eq("part")
                            || a.eq("involvement")
                            || a.eq("knowledge")
                            || a.eq("aware"))
                    // ("has lost confidence in the minister")
                    || a.text.len() == 10 && a.eq("confidence")
            }) || (current.atoms.iter().any(|a| a.text == "To")
                && current.atoms.iter().any(|a| a.kind == atoms::AtomKind::Colon))
                || current.marks.iter().any(|m| {
                    use lexicon::PhraseKind::*;
                    matches!(m.kind, Report | RejectPredicate | DemandPredicate | DenyPredicate | AccusePredicate | Modal)
                        // ("a ceasefire is needed", frequent words, ask for something only when
                        // someone says so: the reporting verb lets such a sentence in)
                        || m.kind == Necessary
                            && !matches!(current.atoms[m.start].text, "needed" | "required")
                });
            // ("there will be no amnesty": a thing ruled out)
            let ruled_out = || {
                current
                    .atoms
                    .windows(4)
                    .any(|w| w[0].text.len() == 5 && w[0].eq("there") && w[2].eq("be") && w[3].eq("no"))
            };
            let needs_rules = (claim_words || ruled_out()) && !citation();
            // The rules ask for tags only where the lexicon is silent; a sentence is tagged at
            // most once, on the first question.
            if let Some(lazy) = &lazy_tags {
                lazy.reset();
            }
            let mut an = Analyzer {
                lex: &self.lex,
                atoms: &current.atoms,
                marks: &current.marks,
                memory: &mut memory,
                tags: lazy_tags.as_ref().filter(|_| needs_rules),
            };
            an.learn_people();
            an.learn_names();
            an.learn_companies();
            let first_actor = an.actor_starting_at(0);
            // ("WASHINGTON (CNN) – …", "KYIV —": a dateline in capitals opens the story, no one
            // speaks in it)
            let opening = first_actor.filter(|a| !matches!(a.who, Who::Unknown) && !an.is_dateline(a.s, a.e));
            if let Some(actor) = &opening {
                an.remember_office_holder(actor);
            }
            // "Democrats were adamant. …, they refused": a plural subject opening a sentence is
            // who a later "they" may be, claim or no claim ("The lawmakers, however, failed …")
            let plural_subject = first_actor
                .filter(|a| an.is_finite_verbish(an.past_aside(a.e, |k| an.is_finite_verbish(k))))
                .or_else(|| {
                    // ("Democrats in the state legislature walked out": the group with its place)
                    let head = first_actor?;
                    if !["in", "at", "across", "from", "of"].iter().any(|w| an.word(head.e, w)) {
                        return None;
                    }
                    let verb = (head.e + 2..current.atoms.len().min(head.e + 10))
                        .find(|&k| an.is_finite_verbish(k))?;
                    an.actor_ending_at(verb - 1).filter(|a| a.s == 0)
                })
                .filter(|a| an.is_plural(a));
            if let Some(subject) = plural_subject {
                an.note_person(&subject);
            }
            // "…, Turkish President Tayyip Erdogan was blunt:" — the subject before a final colon
            let colon_subject = match current.atoms.last() {
                Some(a) if a.kind == atoms::AtomKind::Colon => an
                    .clause_subject_before(current.atoms.len() - 1)
                    .filter(|a| !matches!(a.who, Who::Unknown)),
                _ => None,
            };
            let quote_speaker = carried_speaker
                .or(colon_speaker.filter(|_| current.atoms.first().is_some_and(|a| a.is_quote())));
            if needs_rules {
                an.find_reports(&mut scratch.reports, next_speaker);
                if let Some(sp) = quote_speaker {
                    an.add_carried_speaker(&mut scratch.reports, sp);
                }
                an.find_claims(&mut scratch);
                an.note_document_author(&scratch);
            } else {
                scratch.reports.clear();
                scratch.candidates.clear();
            }
            let last = current.atoms.len().saturating_sub(1);
            carried_speaker = if current.open_at_end && needs_rules {
                scratch.reports.iter().filter(|r| r.comp.0 <= last && last < r.comp.1).find_map(|r| r.speaker)
            } else if current.open_at_end {
                // (a bare quotation with no claim word still hands on the speaker found ahead)
                quote_speaker.or(if bare_quote { next_speaker } else { None })
            } else {
                None
            };
            // A quotation's speaker goes on speaking in a bare quotation that follows ("“…,” Esper
            // said. “China must …”"), else the actor the sentence opened with.
            let quotes_of = |r: &&phrases::Report| {
                (r.comp.0..r.comp.1).any(|k| current.atoms.get(k).is_some_and(|a| a.quoted))
            };
            // (a report inside the quotation — "“If your President, X, announced that …,” he
            // continued" — is not who speaks it)
            let outside = |r: &&phrases::Report| current.atoms.get(r.verb.0).is_none_or(|a| !a.quoted);
            let quote_speaker_here = scratch
                .reports
                .iter()
                .filter(quotes_of)
                .filter(outside)
                .find_map(|r| r.speaker)
                .or_else(|| scratch.reports.iter().filter(quotes_of).find_map(|r| r.speaker))
                // a bare quotation with no claim word still passes its speaker on
                .or(if bare_quote { next_speaker } else { None });
            previous_subject = quote_speaker_here.or(opening);
            previous_quote_speaker = quote_speaker_here;
            quote_open = current.open_at_end;
            colon_speaker = if current.atoms.last().is_some_and(|a| a.kind == atoms::AtomKind::Colon) {
                // "X said:", or "X was blunt:" with no reporting verb at all
                scratch
                    .reports
                    .iter()
                    .rev()
                    .filter(|r| r.verb.1 <= last)
                    .find_map(|r| r.speaker)
                    .or(colon_subject)
            } else {
                None
            };
            let evidence_span = tokens[0].start..tokens[tokens.len() - 1].span().end;
            for c in &scratch.candidates {
                if !self.implicit && c.rule.ends_with("-implicit") || !self.negated && c.negated {
                    continue;
                }
                if let Who::Person(p) = c.actor.who {
                    memory.last_person = Some(p);
                    // "he" resolved to a person of unknown gender tells the gender
                    let written = current.atoms[c.actor.s.min(current.atoms.len().saturating_sub(1))].text;
                    if c.actor.e == c.actor.s + 1
                        && (written.eq_ignore_ascii_case("he") || written.eq_ignore_ascii_case("she"))
                    {
                        memory.learn_gender(p, written.eq_ignore_ascii_case("she"));
                    }
                }
                if matches!(c.actor.who, Who::Norms(_, n) if n > 1) {
                    memory.set_plural(c.actor.who, c.actor.role);
                }
                // "the GOP committee members accused …. “…,” they said": a plural phrase with
                // one side is remembered by its words too, for a later "they"
                let one_side = matches!(c.actor.who, Who::Norms(_, 1));
                if (c.actor.who == Who::Unknown || one_side)
                    && c.actor.s < c.actor.e
                    && c.actor.e <= current.atoms.len()
                {
                    let an = Analyzer {
                        lex: &self.lex,
                        atoms: &current.atoms,
                        marks: &current.marks,
                        memory: &mut memory,
                        tags: None,
                    };
                    if an.is_plural(&c.actor) && !is_pronoun(&text[c.actor.span.0..c.actor.span.1]) {
                        let name = text[c.actor.span.0..c.actor.span.1].to_string();
                        let norm = match c.actor.who {
                            Who::Norms(ids, 1) => self.lex.norm(ids[0]).to_string(),
                            _ => String::new(),
                        };
                        memory.add_group(name, norm, c.actor.role);
                    }
                }
                let atoms = &current.atoms;
                let report = c.report.map(|r| scratch.reports[r]);
                let quoted = atoms[c.trigger].quoted;
                let kind = match report {
                    Some(_) if quoted => AttributionKind::DirectQuote,
                    Some(_) => AttributionKind::Reported,
                    None => AttributionKind::Plain,
                };
                let verb = report
                    .filter(|r| r.verb.0 < r.verb.1 && r.verb.1 <= atoms.len())
                    .map(|r| Cow::Borrowed(&text[atoms[r.verb.0].start..atoms[r.verb.1 - 1].end()]));
                let actor = self.mention(text, &c.actor, &memory);
                let mut addressee = c.addressee.map(|a| self.mention(text, &a, &memory));
                // "Ortiz and Weir met the mayor, and they demanded that he resign": a pronoun
                // of whom a claim is made is not one of those who make it
                if let Some(a) = addressee.as_mut().filter(|a| is_pronoun(&a.text)) {
                    let surname = a.antecedent.as_deref().and_then(|n| n.split_whitespace().last());
                    if surname.is_some_and(|s| actor.name().split_whitespace().any(|w| w == s)) {
                        a.antecedent = None;
                        a.norms.clear();
                        a.code = None;
                    }
                }
                claims.push(Claim {
                    act: c.act,
                    actor,
                    addressee,
                    content: c.content.map(|(s, e)| {
                        let span = atoms[s].start..atoms[e - 1].end();
                        Phrase { text: Cow::Borrowed(&text[span.clone()]), span }
                    }),
                    evidence: Phrase {
                        text: Cow::Borrowed(&text[evidence_span.clone()]),
                        span: evidence_span.clone(),
                    },
                    line: line_of(evidence_span.start),
                    attribution: Attribution { kind, verb },
                    negated: c.negated,
                    hedged: c.hedged,
                    rule: Cow::Borrowed(c.rule),
                });
            }
        }
        merge_running_judgements(text, &mut claims);
        resolve_named_claims(&mut claims);
        answer_requests(text, &mut claims);
        claims
    }

    fn mention<'t>(&self, text: &'t str, actor: &Actor, memory: &Memory) -> Mention<'t> {
        let span = actor.span.0..actor.span.1;
        let written = &text[span.clone()];
        let mut antecedent = None;
        let mut role = actor.role;
        // The one state or organisation behind the mention, for its code.
        let mut side: Option<u32> = None;
        // (the article memory keeps several sides as one "; "-joined string)
        let split = |joined: &str| -> Vec<String> {
            joined.split("; ").filter(|n| !n.is_empty()).map(str::to_owned).collect()
        };
        let norms = match actor.who {
            Who::Norms(ids, n) => {
                let norms: Vec<String> =
                    ids[..n as usize].iter().map(|&id| self.lex.norm(id).to_owned()).collect();
                if n == 1 {
                    side = Some(ids[0]);
                }
                if is_pronoun(written) {
                    antecedent = Some(norms.join("; "));
                }
                norms
            }
            Who::Person(p) => match memory.people.get(p) {
                Some(person) => {
                    if is_pronoun(written) && !person.name.is_empty() {
                        antecedent = Some(person.name.clone());
                    }
                    if let [id] = self.lex.norm_ids_of(&person.norm)[..] {
                        side = Some(id);
                        // an office holder speaks for a government, unless for an organisation
                        if role.is_none() && !person.office.is_empty() && !self.lex.norm_is_org[id as usize] {
                            role = Some(Role::Government);
                        }
                    }
                    // Someone who speaks for no side named in the article ("special counsel
                    // Robert Mueller", "Trump" in a story that names no state) is known by name:
                    // claims by "the special counsel" and by "Mueller" are then one actor's.
                    if person.norm.is_empty() {
                        split(&person.name)
                    } else {
                        split(&person.norm)
                    }
                }
                None => Vec::new(),
            },
            Who::Group(g) => match memory.groups.get(g as usize) {
                Some(group) => {
                    if is_pronoun(written) {
                        antecedent = Some(group.name.clone());
                    }
                    if let [id] = self.lex.norm_ids_of(&group.norm)[..] {
                        side = Some(id);
                    }
                    split(&group.norm)
                }
                None => Vec::new(),
            },
            Who::Unknown => Vec::new(),
        };
        let code = side.and_then(|id| {
            let code = self.lex.norm_code(id)?;
            // States take their role as a suffix (RUS + GOV); organisations' codes are whole.
            Some(match role {
                Some(r) if code.len() == 3 && !self.lex.norm_is_org[id as usize] => {
                    format!("{code}{}", r.code())
                }
                _ => code.to_string(),
            })
        });
        Mention { text: Cow::Borrowed(written), span, norms, antecedent, role, code }
    }
}

/// Is `content` only the claimant's own claim named by a possessive ("their demand", "his
/// call", "its threat"), saying nothing of what is claimed? ("rejected the proposal" names
/// someone else's.)
fn names_a_claim_only(content: &str) -> bool {
    const DETERMINERS: [&str; 4] = ["their", "his", "her", "its"];
    const CLAIM_NOUNS: [&str; 22] = [
        "demand",
        "demands",
        "call",
        "calls",
        "request",
        "requests",
        "appeal",
        "proposal",
        "offer",
        "plan",
        "threat",
        "threats",
        "warning",
        "warnings",
        "accusation",
        "accusations",
        "allegations",
        "charges",
        "denial",
        "refusal",
        "pledge",
        "promise",
    ];
    let mut words = content.split_whitespace();
    match (words.next(), words.next(), words.next()) {
        (Some(d), Some(n), None) => {
            DETERMINERS.iter().any(|w| d.eq_ignore_ascii_case(w))
                && CLAIM_NOUNS.iter().any(|w| n.eq_ignore_ascii_case(w))
        }
        _ => false,
    }
}

/// "GOP members demanded that Schiff step down. … They repeated their demand on Thursday.": a
/// claim whose content only names the claim ("their demand") takes the content of the latest
/// earlier claim of the same act by the same side.
fn resolve_named_claims(claims: &mut [Claim<'_>]) {
    for i in 1..claims.len() {
        let Some(content) = claims[i].content.as_ref() else { continue };
        if !names_a_claim_only(&content.text) {
            continue;
        }
        let (act, actor) = (claims[i].act, &claims[i].actor);
        let same_side = |other: &Mention<'_>| {
            !actor.norms.is_empty() && other.norms.iter().any(|n| actor.norms.contains(n))
                || actor.norms.is_empty() && other.name() == actor.name()
        };
        let earlier = claims[..i]
            .iter()
            .rev()
            .find(|c| {
                c.act == act
                    && !c.negated
                    && same_side(&c.actor)
                    && c.content.as_ref().is_some_and(|p| !names_a_claim_only(&p.text))
            })
            .and_then(|c| c.content.clone());
        if let Some(earlier) = earlier {
            claims[i].content = Some(earlier);
        }
    }
}

/// "Trump asked Mattis to endorse the decision. Mr. Mattis refused.": a refusal or an acceptance
/// saying nothing of what it answers takes the content of the request put to its actor in the
/// sentence just before, in the same paragraph; its evidence then runs from the request.
fn answer_requests<'t>(text: &'t str, claims: &mut [Claim<'t>]) {
    for i in 1..claims.len() {
        let c = &claims[i];
        if c.content.is_some() || c.negated || !matches!(c.act, Act::Reject | Act::Accept) {
            continue;
        }
        let actor = &c.actor;
        let same_person = |other: &Mention<'_>| {
            !actor.norms.is_empty() && other.norms.iter().any(|n| actor.norms.contains(n))
                || other.name().eq_ignore_ascii_case(actor.name())
        };
        // (the sentence just before, or this one: "asked him to resign, and he refused")
        let start = c.evidence.span.start;
        let request = claims[..i]
            .iter()
            .rev()
            .take_while(|e| e.evidence.span.start == start || e.evidence.span.end <= start)
            .filter(|e| e.line == c.line && (e.evidence.span.start == start || follows_right_after(e, c)))
            .find(|e| e.act == Act::Demand && !e.negated && e.addressee.as_ref().is_some_and(same_person))
            .and_then(|e| e.content.clone().map(|content| (content, e.evidence.span.start)));
        if let Some((content, from)) = request {
            let span = from.min(start)..claims[i].evidence.span.end;
            claims[i].evidence = Phrase { text: Cow::Borrowed(&text[span.clone()]), span };
            claims[i].content = Some(content);
        }
    }
}

/// Whether claim `b`'s sentence follows claim `a`'s right after it (no sentence between them).
fn follows_right_after(a: &Claim<'_>, b: &Claim<'_>) -> bool {
    a.evidence.span.end <= b.evidence.span.start && b.evidence.span.start - a.evidence.span.end <= 2
}

/// "I think it's reckless. I think it's cruel. I think it's dishonest.": judgements one speaker
/// makes in a run of sentences of one paragraph are one accusation, with the run as content and
/// evidence.
fn merge_running_judgements<'t>(text: &'t str, claims: &mut Vec<Claim<'t>>) {
    let mut out: Vec<Claim<'t>> = Vec::with_capacity(claims.len());
    for c in claims.drain(..) {
        if let Some(prev) = out.last_mut() {
            let continues = c.rule == "reported-evaluation"
                && prev.rule == "reported-evaluation"
                && c.act == prev.act
                && c.line == prev.line
                && c.actor.norms == prev.actor.norms
                && c.actor.name() == prev.actor.name()
                && prev.evidence.span.end <= c.evidence.span.start
                && text[prev.evidence.span.end..c.evidence.span.start].trim().is_empty();
            if continues {
                prev.evidence.span.end = c.evidence.span.end;
                prev.evidence.text = Cow::Borrowed(&text[prev.evidence.span.clone()]);
                if let (Some(p), Some(n)) = (prev.content.as_mut(), c.content.as_ref()) {
                    if p.span.start <= n.span.start {
                        p.span.end = p.span.end.max(n.span.end);
                        p.text = Cow::Borrowed(&text[p.span.clone()]);
                    }
                }
                continue;
            }
        }
        out.push(c);
    }
    *claims = out;
}

/// Personal and relative pronouns that stand for an actor named elsewhere.
fn is_pronoun(written: &str) -> bool {
    ["he", "she", "they", "we", "i", "who", "it"].iter().any(|p| written.eq_ignore_ascii_case(p))
}

/// Token ranges of the sentences inside each region, cut at region ends and at
/// [`MAX_SENTENCE_TOKENS`].
fn units(t: &Tokenized<'_>, regions: &[Range<usize>]) -> Vec<Range<usize>> {
    let whole_text = 0..t.text.len();
    let regions = if regions.is_empty() { std::slice::from_ref(&whole_text) } else { regions };
    let mut out = Vec::new();
    for s in t.sentences_in(regions) {
        let mut i = s.tokens.start;
        while i < s.tokens.end {
            let end = s.tokens.end.min(i + MAX_SENTENCE_TOKENS);
            out.push(i..end);
            i = end;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_cut_sentences() {
        let text = "Headline without stop\nRussia rejected the plan.";
        let t = newsclaim_tokenize::tokenize(text);
        let u = units(&t, &[0..21, 22..text.len()]);
        assert_eq!(u.len(), 2);
        assert_eq!(t.tokens[u[1].start].text, "Russia");
    }
}
