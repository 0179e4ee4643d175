//! Atoms: the tokens of one sentence as the rules see them. Word tokens are split at hyphens
//! and before clitics ("Russia’s" → "Russia" + "’s"), so the rules do not depend on how the
//! tokenizer treats either; each atom carries its lexicon entry and the phrase it starts.

use crate::lexicon::{class, form, Case, Lexicon, PhraseKind, WordInfo};
use newsclaim_tokenize::{Token, TokenKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AtomKind {
    Word,
    Number,
    /// A possessive clitic: "’s", "'s", or a bare apostrophe after a plural.
    Possessive,
    /// "n't".
    Negation,
    /// A hyphen inside a word.
    Hyphen,
    Comma,
    Colon,
    Semicolon,
    OpenQuote,
    CloseQuote,
    /// A straight double quote: opening or closing is decided by position.
    Quote,
    Open,
    Close,
    Terminal,
    Dash,
    Other,
}

/// A phrase match over atoms `start..end`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Mark {
    pub start: usize,
    pub end: usize,
    pub kind: PhraseKind,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Atom<'a, 'l> {
    pub text: &'a str,
    pub start: usize,
    pub kind: AtomKind,
    pub info: Option<&'l WordInfo>,
    /// The first character is upper case.
    pub cap: bool,
    /// Inside quotation marks.
    pub quoted: bool,
    /// Index into the sentence's marks of the phrase covering this atom, or `NONE`.
    pub mark: u32,
    /// Index into the sentence's marks of a cue phrase ("necessary", "condolences") covering
    /// this atom, or `NONE`. Cues do not hide the words from noun phrases.
    pub cue: u32,
    /// The closed word classes of the word; none inside a name ("WHO", "US").
    pub class: u32,
}

pub(crate) const NONE: u32 = u32::MAX;

impl<'a> Atom<'a, '_> {
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }
    pub fn class(&self) -> u32 {
        self.class
    }
    pub fn is(&self, flags: u32) -> bool {
        self.class() & flags != 0
    }
    pub fn is_word(&self) -> bool {
        self.kind == AtomKind::Word
    }
    /// ASCII case-insensitive comparison with a lowercase word. (Inlined: the rules ask it of
    /// every atom many times, and most calls end at the length test.)
    #[inline]
    pub fn eq(&self, word: &str) -> bool {
        self.kind == AtomKind::Word
            && self.text.len() == word.len()
            // (byte by byte, first difference out: no call to `memcmp` for a few bytes)
            && self.text.eq_ignore_ascii_case(word)
    }
    pub fn is_quote(&self) -> bool {
        matches!(self.kind, AtomKind::OpenQuote | AtomKind::CloseQuote | AtomKind::Quote)
    }
}

/// Reusable buffers for one sentence.
#[derive(Default)]
pub(crate) struct Sentence<'a, 'l> {
    pub atoms: Vec<Atom<'a, 'l>>,
    pub marks: Vec<Mark>,
    /// A quotation is still open at the end of the sentence.
    pub open_at_end: bool,
    lower: String,
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Is the square bracket at `i` one of a pair around one to three words ("[We]", "[the
/// company's]")?
fn editorial_bracket(tokens: &[Token<'_>], i: usize) -> bool {
    let words = |range: std::ops::Range<usize>| {
        !range.is_empty()
            && tokens[range]
                .iter()
                .all(|t| matches!(t.kind, TokenKind::Word | TokenKind::Abbreviation | TokenKind::Quote))
    };
    if tokens[i].text == "[" {
        (i + 2..(i + 5).min(tokens.len())).find(|&j| tokens[j].text == "]").is_some_and(|j| words(i + 1..j))
    } else {
        (i.saturating_sub(4)..i.saturating_sub(1))
            .rev()
            .find(|&j| tokens[j].text == "[")
            .is_some_and(|j| words(j + 1..i))
    }
}

impl<'a, 'l> Sentence<'a, 'l> {
    /// Fills the buffers from the tokens of one sentence; `in_quote` when the sentence starts
    /// inside a quotation opened in an earlier one.
    pub fn fill(&mut self, lex: &'l Lexicon, tokens: &[Token<'a>], in_quote: bool) {
        self.atoms.clear();
        self.marks.clear();
        // A single quotation mark opened and not yet closed: the next one glued to a plural
        // closes it ("warns of 'consequences' after …") rather than making it possessive.
        let mut single_open = false;
        for (i, t) in tokens.iter().enumerate() {
            let mut closes_single = false;
            if matches!(t.kind, TokenKind::Quote | TokenKind::Punct) && matches!(t.text, "'" | "‘" | "’")
            {
                let glued_left = i > 0 && tokens[i - 1].span().end == t.start;
                let glued_right = tokens.get(i + 1).is_some_and(|n| n.start == t.span().end);
                if glued_left && single_open {
                    closes_single = true;
                    single_open = false;
                } else if !glued_left && glued_right {
                    single_open = true;
                }
            }
            // "[We] have agreed", "licenses of [our] artists": an editor's brackets around a
            // word or two are read through
            if matches!(t.text, "[" | "]") && editorial_bracket(tokens, i) {
                continue;
            }
            match t.kind {
                TokenKind::Word | TokenKind::Abbreviation => self.push_word(lex, t.text, t.start),
                TokenKind::Number | TokenKind::Date => self.push(lex, t.text, t.start, AtomKind::Number),
                TokenKind::Quote => {
                    // "the miners' union": an apostrophe glued to a plural is a possessive
                    let possessive = matches!(t.text, "'" | "’")
                        && !closes_single
                        && i > 0
                        && tokens[i - 1].span().end == t.start
                        && tokens[i - 1].text.ends_with('s')
                        && tokens.get(i + 1).is_none_or(|n| n.start > t.span().end);
                    let kind = if possessive { AtomKind::Possessive } else { quote_kind(t.text) };
                    self.push(lex, t.text, t.start, kind)
                }
                TokenKind::OpenBracket => self.push(lex, t.text, t.start, AtomKind::Open),
                TokenKind::CloseBracket => self.push(lex, t.text, t.start, AtomKind::Close),
                TokenKind::Terminal => {
                    // "D-Ore., said": a full stop glued to a word and followed by a comma ends an
                    // abbreviation, not the sentence.
                    let abbreviation = t.text == "."
                        && i > 0
                        && tokens[i - 1].span().end == t.start
                        && tokens.get(i + 1).is_some_and(|n| n.text == "," || n.start == t.span().end);
                    let kind = if abbreviation { AtomKind::Other } else { AtomKind::Terminal };
                    self.push(lex, t.text, t.start, kind)
                }
                TokenKind::Dash | TokenKind::Punct => {
                    let kind = match t.text {
                        "," => AtomKind::Comma,
                        ":" => AtomKind::Colon,
                        ";" => AtomKind::Semicolon,
                        "(" | "[" | "{" => AtomKind::Open,
                        ")" | "]" | "}" => AtomKind::Close,
                        // "D-Ore., said", "Polygraph.info": a full stop inside a word or before a
                        // comma is no sentence end
                        "." if i > 0
                            && tokens[i - 1].span().end == t.start
                            && tokens
                                .get(i + 1)
                                .is_some_and(|n| n.text == "," || n.start == t.span().end) =>
                        {
                            AtomKind::Other
                        }
                        "." | "!" | "?" => AtomKind::Terminal,
                        "-" | "‐" => {
                            let glued_left = i > 0 && tokens[i - 1].span().end == t.start;
                            let glued_right = tokens.get(i + 1).is_some_and(|n| n.start == t.span().end);
                            if glued_left && glued_right {
                                AtomKind::Hyphen
                            } else {
                                AtomKind::Dash
                            }
                        }
                        "–" | "—" | "--" => AtomKind::Dash,
                        "'" | "’"
                            if !closes_single
                                && i > 0
                                && tokens[i - 1].span().end == t.start
                                && tokens[i - 1].text.ends_with('s') =>
                        {
                            AtomKind::Possessive
                        }
                        s if s.chars().all(|c| "\"“”‘’«»„".contains(c)) => quote_kind(s),
                        _ if t.kind == TokenKind::Dash => AtomKind::Dash,
                        _ => AtomKind::Other,
                    };
                    self.push(lex, t.text, t.start, kind)
                }
                _ => self.push(lex, t.text, t.start, AtomKind::Other),
            }
        }
        self.mark_quotes(in_quote);
        self.match_phrases(lex);
        self.mark_aspectual_verbs();
    }

    /// "began threatening to shut down", "kept demanding that …": a verb of beginning or going on
    /// before the gerund of a claim verb is read as an auxiliary, so the gerund is the clause's
    /// verb and the subject its actor.
    fn mark_aspectual_verbs(&mut self) {
        const ASPECTUAL: [&str; 14] = [
            "began",
            "begun",
            "begin",
            "begins",
            "started",
            "start",
            "starts",
            "kept",
            "keep",
            "keeps",
            "continued",
            "continue",
            "continues",
            "resumed",
        ];
        for i in 1..self.atoms.len() {
            let gerund_of_claim_verb = self.atoms[i]
                .info
                .and_then(|w| w.claim_verb)
                .is_some_and(|(_, forms)| forms & form::GER != 0);
            if gerund_of_claim_verb && ASPECTUAL.iter().any(|w| self.atoms[i - 1].eq(w)) {
                self.atoms[i - 1].class |= class::AUX;
            }
        }
    }

    fn push(&mut self, lex: &'l Lexicon, text: &'a str, start: usize, kind: AtomKind) {
        let info = if matches!(kind, AtomKind::Word | AtomKind::Negation | AtomKind::Possessive) {
            self.lookup(lex, text)
        } else {
            None
        };
        let cap = text.chars().next().is_some_and(char::is_uppercase);
        let class = info.map_or(0, |i| i.class);
        // "Theresa May", "Brian May": a month's name (or the modal) right after a given name is a
        // surname, a word the lexicon has nothing to say about
        let info = if cap && class & (class::MONTH | class::HEDGE) != 0 && self.after_given_name(lex, start) {
            None
        } else {
            info
        };
        let class = info.map_or(0, |i| i.class);
        self.atoms.push(Atom { text, start, kind, info, cap, quoted: false, mark: NONE, cue: NONE, class });
    }

    /// Whether the atom before one starting at `start` is a capitalised given name, one space
    /// before it. (Out of line: asked only of capitalised month names.)
    #[cold]
    fn after_given_name(&self, lex: &Lexicon, start: usize) -> bool {
        self.atoms.last().is_some_and(|p| {
            p.kind == AtomKind::Word
                && p.cap
                && p.end() + 1 == start
                && lex.first_name_is_female(p.text).is_some()
        })
    }

    /// Splits a word token at hyphens and before a possessive or "n't".
    fn push_word(&mut self, lex: &'l Lexicon, text: &'a str, start: usize) {
        let (body, clitic) = split_clitic(text);
        // (the common case: no hyphen to split at)
        if !body.as_bytes().contains(&b'-') && !body.is_empty() {
            let kind = if body.as_bytes()[0].is_ascii_digit() { AtomKind::Number } else { AtomKind::Word };
            self.push(lex, body, start, kind);
            if let Some((kind, c)) = clitic {
                self.push(lex, c, start + body.len(), kind);
            }
            return;
        }
        let mut offset = 0;
        for (i, part) in body.split('-').enumerate() {
            if i > 0 {
                self.push(lex, &body[offset - 1..offset], start + offset - 1, AtomKind::Hyphen);
            }
            if !part.is_empty() {
                let kind = if part.chars().next().is_some_and(|c| c.is_ascii_digit()) {
                    AtomKind::Number
                } else {
                    AtomKind::Word
                };
                self.push(lex, part, start + offset, kind);
            }
            offset += part.len() + 1;
        }
        if let Some((kind, c)) = clitic {
            self.push(lex, c, start + body.len(), kind);
        }
    }

    fn lookup(&mut self, lex: &'l Lexicon, text: &str) -> Option<&'l WordInfo> {
        let text = text.strip_suffix('.').filter(|s| !s.is_empty()).unwrap_or(text);
        // (most words are lower-case ASCII already: looked up as written, with no copy)
        if text.bytes().all(|b| b.is_ascii_lowercase() || b == b'\'' || b == b'-' || b.is_ascii_digit()) {
            return lex.get(text);
        }
        self.lower.clear();
        if text.is_ascii() {
            self.lower.push_str(text);
            self.lower.make_ascii_lowercase();
        } else {
            for c in text.chars() {
                if c == '’' {
                    self.lower.push('\'');
                } else {
                    self.lower.extend(c.to_lowercase());
                }
            }
        }
        lex.get(self.lower.as_str())
    }

    /// Marks atoms inside quotation marks; a straight quote opens when it is not glued to the
    /// word before it.
    fn mark_quotes(&mut self, in_quote: bool) {
        let mut depth = usize::from(in_quote);
        for i in 0..self.atoms.len() {
            let kind = self.atoms[i].kind;
            let kind = if kind == AtomKind::Quote {
                let glued_left =
                    i > 0 && self.atoms[i - 1].end() == self.atoms[i].start && !self.atoms[i - 1].is_quote();
                let kind = if depth > 0 && (glued_left || i + 1 == self.atoms.len())
                    || depth > 0 && i > 0 && self.atoms[i - 1].kind == AtomKind::Comma
                {
                    AtomKind::CloseQuote
                } else if depth == 0 {
                    AtomKind::OpenQuote
                } else {
                    AtomKind::CloseQuote
                };
                self.atoms[i].kind = kind;
                kind
            } else {
                kind
            };
            match kind {
                AtomKind::OpenQuote => depth += 1,
                AtomKind::CloseQuote => depth = depth.saturating_sub(1),
                _ => self.atoms[i].quoted = depth > 0,
            }
        }
        self.open_at_end = depth > 0;
    }

    fn match_phrases(&mut self, lex: &Lexicon) {
        let mut i = 0;
        while i < self.atoms.len() {
            let Some(info) = self.atoms[i].info.filter(|_| self.atoms[i].kind == AtomKind::Word) else {
                i += 1;
                continue;
            };
            // "a serious provocation", "an utter disgrace": a label after an intensifier
            if let Some(label) = self.label_after_intensifiers(lex, i) {
                i = self.push_mark(i, Some(label));
                continue;
            }
            let mut matched = None;
            // The next word's first letter filters most candidate phrases cheaply.
            let mut next = i + 1;
            while self.atoms.get(next).is_some_and(|a| a.kind == AtomKind::Hyphen) {
                next += 1;
            }
            // (a quotation may open inside the phrase: `a “witch hunt”`, see `match_rest`)
            if self.atoms.get(next).is_some_and(|a| matches!(a.kind, AtomKind::OpenQuote | AtomKind::Quote)) {
                next += 1;
            }
            let next_initial = self
                .atoms
                .get(next)
                .filter(|a| a.kind == AtomKind::Word)
                .and_then(|a| a.text.bytes().next())
                .map(|b| b.to_ascii_lowercase());
            // Skip the loop when no phrase of this word can go on with the next word.
            let next_bit = next_initial.map_or(0, |b| crate::lexicon::initial_bit(Some(b)));
            if info.next_initials & (next_bit | 1 << 30 | 1 << 31) == 0 {
                i += 1;
                continue;
            }
            let text = self.atoms[i].text;
            let (mut capital, mut acronym) = (None, None);
            for (&pid, &initial) in info.phrases.iter().zip(&info.phrase_initials) {
                if initial != 0 && Some(initial) != next_initial {
                    continue;
                }
                let p = &lex.phrases[pid as usize];
                let ok = match p.case[0] {
                    Case::Any => true,
                    Case::Capital => *capital.get_or_insert_with(|| case_ok(text, Case::Capital)),
                    Case::Acronym => *acronym.get_or_insert_with(|| case_ok(text, Case::Acronym)),
                };
                if !ok {
                    continue;
                }
                if let Some(end) = self.match_rest(i + 1, &p.rest, &p.case[1..]) {
                    matched = Some((end, p.kind));
                    break;
                }
            }
            // "Latin American countries", "African Americans": a region's or a people's word
            // before "American" names no American side
            if matches!(matched, Some((_, PhraseKind::Entity(..))))
                && i > 0
                && ["American", "Americans"].contains(&self.atoms[i].text)
                && [
                    "Latin", "South", "North", "Central", "Native", "African", "Asian", "Arab", "Mexican",
                    "Hispanic", "Pan", "Indo",
                ]
                .contains(&self.atoms[i - 1].text)
            {
                matched = None;
            }
            // "West African leaders", "East European states": a point of the compass before a
            // people's word names a region, not the West
            if let Some((end, PhraseKind::Entity(..))) = matched {
                if end == i + 1
                    && ["West", "East", "North", "South", "Central"].contains(&self.atoms[i].text)
                    && self.atoms.get(i + 1).is_some_and(|a| {
                        a.kind == AtomKind::Word
                            && a.cap
                            && (a.text.ends_with("an") || a.text.ends_with("ans"))
                    })
                {
                    matched = None;
                }
            }
            // "Rep. Jim Jordan", "Michael Jordan": a state's one-word name right after a given
            // name is a surname
            if let Some((end, PhraseKind::Entity(..))) = matched {
                if end == i + 1
                    && i > 0
                    && self.atoms[i].cap
                    && self.atoms[i - 1].kind == AtomKind::Word
                    && self.atoms[i - 1].cap
                    && self.atoms[i - 1].mark == NONE
                    && self.atoms[i - 1].end() + 1 == self.atoms[i].start
                    && lex.first_name_is_female(self.atoms[i - 1].text).is_some()
                {
                    matched = None;
                }
            }
            // "Angus King said", "Carole King's songs": a capitalised office word closing a name
            // that opens with a given name is a surname (not "Florence Mayor Dario Nardella")
            if let Some((end, PhraseKind::Office { .. })) = matched {
                let capitalised_word = |a: Option<&Atom<'_, '_>>| {
                    a.is_some_and(|a| a.kind == AtomKind::Word && a.cap && a.mark == NONE)
                };
                let surname = end == i + 1
                    && i > 0
                    && self.atoms[i].cap
                    && capitalised_word(self.atoms.get(i - 1))
                    && lex.first_name_is_female(self.atoms[i - 1].text).is_some()
                    && !capitalised_word(self.atoms.get(end));
                // "a general strike", "the chief reason": a lowercase office word that is also an
                // adjective, before a lowercase noun, modifies it
                let adjective = end == i + 1
                    && !self.atoms[i].cap
                    && ["general", "chief"].contains(&self.atoms[i].text)
                    && self.atoms.get(end).is_some_and(|a| {
                        a.kind == AtomKind::Word
                            && !a.cap
                            && a.info.is_none_or(|w| {
                                // ("a general strike": a claim verb only with its particle,
                                // "strike down", is a noun without it)
                                let particle_missing = |verb: u32| {
                                    let frames = &lex.verbs[verb as usize].frames;
                                    !frames.particles.is_empty()
                                        && !frames.particle_follows(|w| {
                                            self.atoms.get(end + 1).is_some_and(|p| p.eq(w))
                                        })
                                };
                                // (only its base form: "the chief called …" is a verb)
                                match w.claim_verb {
                                    Some((verb, forms)) => {
                                        w.report == 0 && forms == form::BASE && particle_missing(verb)
                                    }
                                    None => w.verb == 0 && w.report == 0,
                                }
                            })
                            && !a.is(class::PREP
                                | class::DET
                                | class::AUX
                                | class::MODAL
                                | class::PRON
                                | class::COORD
                                | class::ADV
                                | class::NEG)
                            // ("the general strongly denied": an adverb, not a noun)
                            && !a.text.ends_with("ly")
                    });
                if surname || adjective {
                    matched = None;
                }
            }
            i = self.push_mark(i, matched);
        }
    }

    /// Marks the phrase `matched` found at atom `i` (ending before its `end`); returns the atom
    /// to go on from.
    fn push_mark(&mut self, i: usize, matched: Option<(usize, PhraseKind)>) -> usize {
        let Some((end, kind)) = matched else { return i + 1 };
        let id = self.marks.len() as u32;
        self.marks.push(Mark { start: i, end, kind });
        let soft = matches!(
            kind,
            PhraseKind::Necessary
                | PhraseKind::NoComment
                | PhraseKind::NoClaimObject
                | PhraseKind::NoDemandObject
                | PhraseKind::RightCourse
        );
        for a in &mut self.atoms[i..end] {
            if soft {
                a.cue = id;
            } else {
                a.mark = id;
            }
            if matches!(kind, PhraseKind::Entity(..)) {
                a.class = 0;
            }
        }
        end
    }

    /// A judging label written with its article ("a provocation", "a disgrace") found at the
    /// article `i` past one or two intensifiers: "a serious provocation", "an utter disgrace".
    fn label_after_intensifiers(&self, lex: &Lexicon, i: usize) -> Option<(usize, PhraseKind)> {
        const INTENSIFIERS: [&str; 30] = [
            "damn",
            "damned",
            "willful",
            "wilful",
            "historic",
            "tragic",
            "catastrophic",
            "colossal",
            "serious",
            "grave",
            "complete",
            "total",
            "absolute",
            "utter",
            "real",
            "blatant",
            "flagrant",
            "clear",
            "outright",
            "major",
            "huge",
            "big",
            "deliberate",
            "cynical",
            "gross",
            "shameless",
            "egregious",
            "dangerous",
            "terrible",
            "direct",
        ];
        let article = &self.atoms[i];
        if !(article.eq("a") || article.eq("an")) {
            return None;
        }
        let intensifier = |k: usize| self.atoms.get(k).is_some_and(|a| INTENSIFIERS.iter().any(|w| a.eq(w)));
        let mut j = i + 1;
        while j < i + 3 && intensifier(j) {
            j += 1;
        }
        if j == i + 1 {
            return None;
        }
        let info = lex.get("a")?;
        info.phrases.iter().find_map(|&pid| {
            let p = &lex.phrases[pid as usize];
            let label = matches!(
                p.kind,
                PhraseKind::AccusePredicate
                    | PhraseKind::RejectPredicate
                    | PhraseKind::DenyPredicate
                    | PhraseKind::DemandPredicate
            );
            if !label {
                return None;
            }
            self.match_rest(j, &p.rest, &p.case[1..]).map(|end| (end, p.kind))
        })
    }

    /// Matches the remaining words of a phrase from atom `from`, skipping hyphens and a quotation
    /// opening inside it (`a “witch hunt”`); returns the end atom.
    fn match_rest(&self, from: usize, rest: &[Box<str>], case: &[Case]) -> Option<usize> {
        let mut j = from;
        for (w, c) in rest.iter().zip(case) {
            while self.atoms.get(j).is_some_and(|a| {
                a.kind == AtomKind::Hyphen
                    || j == from && matches!(a.kind, AtomKind::OpenQuote | AtomKind::Quote)
            }) {
                j += 1;
            }
            let a = self.atoms.get(j)?;
            if a.kind != AtomKind::Word || !word_eq(a.text, w) || !case_ok(a.text, *c) {
                return None;
            }
            j += 1;
        }
        Some(j)
    }
}

fn quote_kind(s: &str) -> AtomKind {
    match s {
        "“" | "‘" | "«" | "„" => AtomKind::OpenQuote,
        "”" | "’" | "»" => AtomKind::CloseQuote,
        _ => AtomKind::Quote,
    }
}

/// Splits "Russia’s" into ("Russia", "’s") and "don't" into ("do", "n't").
fn split_clitic(text: &str) -> (&str, Option<(AtomKind, &str)>) {
    let n = text.len();
    if n > 3 {
        for suffix in ["n't", "n’t"] {
            if text.len() > suffix.len() && text.ends_with(suffix) && text.is_char_boundary(n - suffix.len())
            {
                return (&text[..n - suffix.len()], Some((AtomKind::Negation, &text[n - suffix.len()..])));
            }
        }
    }
    // (searched for only when a byte of one is there: most words have none)
    let maybe_apostrophe = text.bytes().any(|b| b == b'\'' || b == 0xE2);
    if let Some(idx) = maybe_apostrophe.then(|| text.rfind(is_apostrophe)).flatten() {
        let tail = &text[idx..];
        let after: &str = &tail[tail.chars().next().map_or(0, char::len_utf8)..];
        // "it's", "he's", "that's": "is" or "has" after a pronoun, no possessive
        if idx > 0
            && after.eq_ignore_ascii_case("s")
            && ["it", "he", "she", "that", "there", "what", "who", "here", "where"]
                .iter()
                .any(|p| text[..idx].eq_ignore_ascii_case(p))
        {
            return (&text[..idx], Some((AtomKind::Word, tail)));
        }
        if idx > 0 && (after.eq_ignore_ascii_case("s") || after.is_empty()) {
            return (&text[..idx], Some((AtomKind::Possessive, tail)));
        }
        // "we’ve", "they’re", "he’ll", "I’d": an auxiliary
        if idx > 0 && ["ve", "re", "ll", "d", "m"].iter().any(|c| after.eq_ignore_ascii_case(c)) {
            return (&text[..idx], Some((AtomKind::Word, tail)));
        }
    }
    (text, None)
}

fn word_eq(text: &str, lower: &str) -> bool {
    let text = text.strip_suffix('.').filter(|s| !s.is_empty()).unwrap_or(text);
    if text.is_ascii() {
        return text.eq_ignore_ascii_case(lower);
    }
    let mut a = text.chars().flat_map(char::to_lowercase).map(|c| if c == '’' { '\'' } else { c });
    let mut b = lower.chars().map(|c| if c == '’' { '\'' } else { c });
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x == y => continue,
            _ => return false,
        }
    }
}

fn case_ok(text: &str, case: Case) -> bool {
    match case {
        Case::Any => true,
        Case::Capital => text.chars().next().is_some_and(char::is_uppercase),
        Case::Acronym => {
            let all_upper = text.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
            all_upper || (text.len() >= 4 && text.chars().next().is_some_and(char::is_uppercase))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clitics_split() {
        assert_eq!(split_clitic("Russia’s"), ("Russia", Some((AtomKind::Possessive, "’s"))));
        assert_eq!(split_clitic("don't"), ("do", Some((AtomKind::Negation, "n't"))));
        assert_eq!(split_clitic("NATO"), ("NATO", None));
    }

    #[test]
    fn phrases_match_across_hyphens_and_case() {
        let lex = Lexicon::builtin();
        let t = newsclaim_tokenize::tokenize("NATO Secretary-General Jens Stoltenberg and the us.");
        let mut s = Sentence::default();
        s.fill(&lex, &t.tokens, false);
        let kinds: Vec<_> = s.marks.iter().map(|m| m.kind).collect();
        assert!(matches!(kinds[0], PhraseKind::Entity(..)));
        assert!(matches!(kinds[1], PhraseKind::Office { scope: crate::lexicon::Scope::Org }));
        // lowercase "us" is a pronoun, not the United States
        assert!(!s.marks.iter().any(|m| s.atoms[m.start].text == "us"));
    }
}
