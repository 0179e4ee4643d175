//! Sentence splitting over the token stream.
//!
//! The splitter walks the gaps between tokens once and decides for each whether a sentence
//! starts after it. Most gaps follow a plain word and cost one comparison; the rules below run
//! only after sentence-final punctuation, abbreviations, ellipses and line breaks.

use std::ops::Range;

use crate::abbreviations::AbbreviationClass;
use crate::chars;
use crate::tokenizer::Tokenizer;
use crate::{Sentence, Token, TokenKind};

/// A line of at least this many words that ends without punctuation and is followed by a
/// lowercase line was wrapped mid-sentence; shorter lines are headings, list items, bylines.
const MIN_WRAPPED_LINE_WORDS: usize = 3;

/// Most closing quotes and brackets looked through after a sentence end (`.’”)`); bounded so
/// that a long run of them costs linear time.
const MAX_CLOSERS: usize = 4;

/// Tokens the splitter may look ahead of the gap it decides; the streaming tokenizer keeps
/// this many tokens undecided.
pub(crate) const LOOKAHEAD: usize = 6;

/// Splits a complete token list, with list markers known in advance. Used when the streaming
/// pass found a numbered or lettered list, and by tests.
pub(crate) fn split_sentences(tokenizer: &Tokenizer, text: &str, tokens: &[Token<'_>]) -> Vec<Sentence> {
    let mut builder = SentenceBuilder::new(tokenizer, text.len());
    let mut candidates = Vec::new();
    for j in 0..tokens.len() {
        if let Some(m) = marker_candidate(tokens, j) {
            candidates.push(m);
        }
    }
    builder.markers = accept_markers(&candidates);
    let mut prev_end = 0;
    for (j, t) in tokens.iter().enumerate() {
        builder.record_gap(j, chars::count_line_breaks(&text[prev_end..t.start]));
        prev_end = t.end();
        builder.decide_through(tokens, j);
    }
    builder.finish(tokens).0
}

/// Builds sentences while tokens arrive, deciding each gap once [`LOOKAHEAD`] tokens follow it.
pub(crate) struct SentenceBuilder<'s> {
    tokenizer: &'s Tokenizer,
    sentences: Vec<Sentence>,
    /// First token of the sentence under construction.
    first: usize,
    /// Words on the current line so far (up to the gap being decided).
    line_words: usize,
    /// Next gap to decide: the one before this token.
    next_gap: usize,
    /// Line breaks in the gap before token `j`, at `j % RING`.
    line_breaks: [u32; RING],
    /// Accepted list markers (known only on the full-list path), and the next one to reach.
    markers: Vec<ListMarker>,
    next_marker: usize,
    /// List-marker candidates seen so far.
    candidates: Vec<ListMarker>,
}

const RING: usize = 16;
const _: () = assert!(LOOKAHEAD + 2 < RING && MAX_CLOSERS + 2 <= LOOKAHEAD);

impl<'s> SentenceBuilder<'s> {
    pub(crate) fn new(tokenizer: &'s Tokenizer, text_len: usize) -> Self {
        SentenceBuilder {
            tokenizer,
            sentences: Vec::with_capacity(text_len / 128 + 1),
            first: 0,
            line_words: 0,
            next_gap: 0,
            line_breaks: [0; RING],
            markers: Vec::new(),
            next_marker: 0,
            candidates: Vec::new(),
        }
    }

    /// Records the line breaks in the gap before token `j` (just pushed).
    #[inline]
    pub(crate) fn record_gap(&mut self, j: usize, line_breaks: u32) {
        self.line_breaks[j % RING] = line_breaks;
    }

    /// Decides every gap that has at least `lookahead` tokens after it.
    #[inline]
    pub(crate) fn decide_ready(&mut self, tokens: &[Token<'_>], lookahead: usize) {
        while self.next_gap + lookahead < tokens.len() {
            let j = self.next_gap;
            if !self.inside_sentence(tokens, j) {
                self.decide(tokens, j);
            }
            self.next_gap += 1;
        }
    }

    /// Decides the gaps up to the one before token `j`, whose line breaks are recorded.
    fn decide_through(&mut self, tokens: &[Token<'_>], j: usize) {
        while self.next_gap <= j {
            let gap = self.next_gap;
            if !self.inside_sentence(tokens, gap) {
                self.decide(tokens, gap);
            }
            self.next_gap += 1;
        }
    }

    /// The common gap, between two words or numbers on one line, that can start neither a
    /// sentence nor a list item: counts the word and returns true without further rules.
    #[inline]
    fn inside_sentence(&mut self, tokens: &[Token<'_>], j: usize) -> bool {
        if j == 0 || self.line_breaks[j % RING] != 0 || !self.markers.is_empty() {
            return false;
        }
        let (prev, cur) = (&tokens[j - 1], &tokens[j]);
        let plain = match cur.kind {
            TokenKind::Word => cur.text.len() > 1,
            TokenKind::Number => cur.text.len() > 3,
            _ => false,
        };
        if plain && matches!(prev.kind, TokenKind::Word | TokenKind::Number) {
            self.line_words += usize::from(cur.kind == TokenKind::Word);
            return true;
        }
        false
    }

    #[inline(never)]
    fn decide(&mut self, tokens: &[Token<'_>], j: usize) {
        let cur = &tokens[j];
        let line_breaks = self.line_breaks[j % RING];
        if self.markers.is_empty() {
            if let Some(m) = marker_candidate(tokens, j) {
                self.candidates.push(m);
            }
        }
        if j > 0 {
            let split = if self.markers.is_empty() {
                Splitter { tokenizer: self.tokenizer, tokens }.splits_before(j, line_breaks, self.line_words)
            } else {
                self.split_with_markers(tokens, j, line_breaks)
            };
            if split {
                self.sentences.push(sentence(tokens, self.first..j));
                self.first = j;
            }
        }
        if line_breaks > 0 {
            self.line_words = 0;
        }
        self.line_words += usize::from(cur.kind == TokenKind::Word);
    }

    fn split_with_markers(&mut self, tokens: &[Token<'_>], j: usize, line_breaks: u32) -> bool {
        while self.markers.get(self.next_marker).is_some_and(|m| m.last + 1 < j) {
            self.next_marker += 1;
        }
        match self.markers.get(self.next_marker) {
            Some(m) if m.first <= j && j <= m.last + 1 => j == m.first,
            _ => {
                Splitter { tokenizer: self.tokenizer, tokens }.splits_before(j, line_breaks, self.line_words)
            }
        }
    }

    /// Decides the remaining gaps and closes the last sentence. Also returns whether the text
    /// holds a numbered or lettered list, which the streaming pass could not see.
    pub(crate) fn finish(mut self, tokens: &[Token<'_>]) -> (Vec<Sentence>, bool) {
        self.decide_ready(tokens, 0);
        if self.first < tokens.len() {
            self.sentences.push(sentence(tokens, self.first..tokens.len()));
        }
        let has_list = self.markers.is_empty() && !accept_markers(&self.candidates).is_empty();
        (self.sentences, has_list)
    }
}

fn sentence(tokens: &[Token<'_>], range: Range<usize>) -> Sentence {
    Sentence { span: tokens[range.start].start..tokens[range.end - 1].end(), tokens: range }
}

struct Splitter<'s, 'a> {
    tokenizer: &'s Tokenizer,
    tokens: &'s [Token<'a>],
}

fn starts_uppercase(t: &Token<'_>) -> bool {
    matches!(t.kind, TokenKind::Word | TokenKind::Abbreviation)
        && t.text.chars().next().is_some_and(char::is_uppercase)
}

/// `iPhone`, `eBay`: a name that starts lowercase yet may start a sentence.
fn is_camel_case(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Word
        && t.text.chars().skip(1).take_while(|c| c.is_alphabetic()).any(char::is_uppercase)
}

fn is_bullet(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Punct && {
        let mut cs = t.text.chars();
        cs.next().is_some_and(chars::is_bullet) && cs.next().is_none()
    }
}

/// Could open a quotation or aside: a bracket, or a quote mark that is not a closing glyph.
fn is_opening(t: &Token<'_>) -> bool {
    match t.kind {
        TokenKind::OpenBracket => true,
        TokenKind::Quote => !t.text.starts_with(chars::is_closing_quote),
        _ => false,
    }
}

/// Could close a quotation or aside: a bracket, or a quote mark that is not an opening glyph.
fn is_closer(t: &Token<'_>) -> bool {
    match t.kind {
        TokenKind::CloseBracket => true,
        TokenKind::Quote => !t.text.starts_with(chars::is_opening_quote),
        _ => false,
    }
}

impl Splitter<'_, '_> {
    /// Token `j` exists and follows token `j - 1` without white space.
    fn attached(&self, j: usize) -> bool {
        j > 0 && self.tokens.get(j).is_some_and(|t| t.start == self.tokens[j - 1].end())
    }

    /// Does a sentence start at token `j`?
    #[inline]
    fn splits_before(&self, j: usize, line_breaks: u32, line_words: usize) -> bool {
        let tokens = self.tokens;
        let prev = &tokens[j - 1];
        let cur = &tokens[j];
        if line_breaks == 0
            && matches!(prev.kind, TokenKind::Word | TokenKind::Number)
            && cur.kind != TokenKind::Punct
        {
            return false; // the common case: inside a sentence
        }
        self.splits_after_punctuation(j, line_breaks, line_words)
    }

    #[inline(never)]
    fn splits_after_punctuation(&self, j: usize, line_breaks: u32, line_words: usize) -> bool {
        let tokens = self.tokens;
        if line_breaks >= 2 {
            return true;
        }
        if is_bullet(&tokens[j]) && !self.attached(j) {
            return true;
        }
        if line_breaks == 0 && matches!(tokens[j - 1].kind, TokenKind::Word | TokenKind::Number) {
            return false;
        }
        // Step back over closing quotes and brackets glued to the sentence end: `.”`, `?)`.
        let mut k = j - 1;
        while k > 0 && j - k <= MAX_CLOSERS && is_closer(&tokens[k]) && self.attached(k) {
            k -= 1;
        }
        let end = &tokens[k];
        let closers = k < j - 1;
        match end.kind {
            TokenKind::Terminal => line_breaks > 0 || self.after_terminal(k, j, closers),
            TokenKind::Abbreviation => self.after_abbreviation(k, j, line_breaks),
            TokenKind::Ellipsis => line_breaks > 0 || self.after_ellipsis(k, j),
            _ if line_breaks == 1 => self.at_line_break(j, line_words),
            _ => false,
        }
    }

    /// After `.`, `!`, `?` at `k` (with closers up to `j - 1`).
    fn after_terminal(&self, k: usize, j: usize, closers: bool) -> bool {
        let tokens = self.tokens;
        let cur = &tokens[j];
        let question_or_exclamation = !tokens[k].text.starts_with('.');
        if self.attached(j) {
            // `world.Today`: a missing space after a word or number.
            return !closers
                && k > 0
                && matches!(tokens[k - 1].kind, TokenKind::Word | TokenKind::Number)
                && starts_uppercase(cur);
        }
        match cur.kind {
            TokenKind::Word | TokenKind::Abbreviation => {
                (starts_uppercase(cur) || is_camel_case(cur))
                    && !(closers && question_or_exclamation && self.reporting_clause(j))
            }
            TokenKind::Quote | TokenKind::OpenBracket if is_opening(cur) => {
                tokens.get(j + 1).is_some_and(|t| starts_uppercase(t) || t.kind == TokenKind::Number)
            }
            // `compounds. . . . The`: the ellipsis opens the next sentence, unless it ends the text.
            TokenKind::Ellipsis => self.next_after_closers(j + 1).is_some_and(starts_uppercase),
            // `born in 1970. 25 years later`, but not `N°. 1026` nor a list's `1. 2.`.
            TokenKind::Number => {
                question_or_exclamation
                    || (!closers
                        && k > 0
                        && matches!(tokens[k - 1].kind, TokenKind::Word | TokenKind::Number))
            }
            _ => false,
        }
    }

    /// The first token at or after `i` that is not a closing quote or bracket.
    fn next_after_closers(&self, i: usize) -> Option<&Token<'_>> {
        self.tokens.iter().skip(i).take(MAX_CLOSERS + 1).find(|t| !is_closer(t))
    }

    /// `“Why now?” Foreign Minister Lavrov asked.`: capitalised words, then a verb of saying.
    fn reporting_clause(&self, j: usize) -> bool {
        let verbs = &self.tokenizer.reporting_verbs;
        for t in self.tokens[j..].iter().skip(1).take(4) {
            if t.kind != TokenKind::Word {
                return false;
            }
            if verbs.contains(t.text) {
                return true;
            }
            if !starts_uppercase(t) {
                return false;
            }
        }
        false
    }

    /// After an abbreviation at `k`: it ends a sentence when a typical sentence starter follows
    /// (`in the U.S. How …`, `on Main St. The …`) but not before other words (`the U.S.
    /// Government`, `St. Louis`). A title (`Mr.`) is not ended by a one-letter starter (`Mr. A.`,
    /// `Gen. I`) nor by a line break.
    fn after_abbreviation(&self, k: usize, j: usize, line_breaks: u32) -> bool {
        let abbreviation = &self.tokens[k].text;
        let word = &abbreviation[..abbreviation.len() - 1];
        let title = self.tokenizer.abbreviations.class_of(word) == Some(AbbreviationClass::Title);
        if line_breaks > 0 {
            return !title;
        }
        let cur = &self.tokens[j];
        if self.attached(j) {
            return false;
        }
        // `D-N.Y. “It’s …`: a quotation opening with a sentence starter starts a sentence
        // (`the U.S. “Patriot” system` does not).
        if cur.kind == TokenKind::Quote && is_opening(cur) {
            return !title
                && self.attached(j + 1)
                && self.tokens.get(j + 1).is_some_and(|t| {
                    t.kind == TokenKind::Word && self.tokenizer.starters.contains(t.split_clitic().0.text)
                });
        }
        if cur.kind != TokenKind::Word || (title && cur.text.len() < 2) {
            return false;
        }
        self.tokenizer.starters.contains(cur.text)
    }

    /// After an ellipsis: three dots continue the sentence; four (an ellipsis and a period) end
    /// it when a capitalised word follows.
    fn after_ellipsis(&self, k: usize, j: usize) -> bool {
        let text = self.tokens[k].text;
        let dots = text.bytes().filter(|&b| b == b'.').count() + 3 * text.matches('\u{2026}').count();
        dots >= 4 && !self.attached(j) && starts_uppercase(&self.tokens[j])
    }

    /// A single line break after a line without final punctuation: a headline, dateline, byline
    /// or list item ends there, unless the line was wrapped mid-sentence.
    fn at_line_break(&self, j: usize, line_words: usize) -> bool {
        let prev = &self.tokens[j - 1];
        let cur = &self.tokens[j];
        if prev.kind == TokenKind::Punct && matches!(prev.text, "," | ";") {
            return false;
        }
        let lowercase_next =
            cur.kind == TokenKind::Word && cur.text.chars().next().is_some_and(char::is_lowercase);
        !(lowercase_next && line_words >= MIN_WRAPPED_LINE_WORDS)
    }
}

/// A list item marker: `1.`, `2)`, `3.)`, `a.`, `b)`, possibly after a bullet.
#[derive(Debug, Clone, Copy)]
struct ListMarker {
    first: usize,
    last: usize,
    numeric: bool,
    value: u32,
}

/// A list-marker candidate starting at token `i`: a number up to three digits or a lowercase
/// letter, with `.`, `)` or `.)` glued on, free-standing (or after a bullet) and followed by
/// white space.
#[inline]
fn marker_candidate(tokens: &[Token<'_>], i: usize) -> Option<ListMarker> {
    let t = &tokens[i];
    let short = match t.kind {
        TokenKind::Number => t.text.len() <= 3,
        TokenKind::Abbreviation | TokenKind::Word => t.text.len() <= 2,
        _ => false,
    };
    if !short {
        return None;
    }
    let glued = |j: usize| j > 0 && j < tokens.len() && tokens[j].start == tokens[j - 1].end();
    let lowercase_letter = |t: &Token<'_>| u32::from(t.text.as_bytes()[0].wrapping_sub(b'a'));
    let (numeric, value) = match t.kind {
        TokenKind::Number if t.text.len() <= 3 && t.text.bytes().all(|b| b.is_ascii_digit()) => {
            (true, t.text.parse::<u32>().unwrap_or(0))
        }
        TokenKind::Abbreviation if t.text.len() == 2 && t.text.as_bytes()[0].is_ascii_lowercase() => {
            (false, lowercase_letter(t))
        }
        TokenKind::Word if t.text.len() == 1 && t.text.as_bytes()[0].is_ascii_lowercase() => {
            (false, lowercase_letter(t))
        }
        _ => return None,
    };
    let preceded_by_bullet = i > 0 && is_bullet(&tokens[i - 1]);
    if glued(i) && !preceded_by_bullet {
        return None;
    }
    let mut last = i;
    if numeric && glued(last + 1) && tokens[last + 1].text == "." {
        last += 1;
    }
    if glued(last + 1) && tokens[last + 1].text == ")" {
        last += 1;
    }
    let has_delimiter = last > i || t.kind == TokenKind::Abbreviation;
    let free_after = tokens.get(last + 1).is_some_and(|n| n.start > tokens[last].end());
    if !has_delimiter || !free_after {
        return None;
    }
    let first = if preceded_by_bullet { i - 1 } else { i };
    Some(ListMarker { first, last, numeric, value })
}

/// Keeps the candidates that belong to a numbered or lettered sequence: a candidate counts only
/// when the one before or after it carries the neighbouring value, so the `2.` ending "he came
/// in 2." is not taken for a list.
fn accept_markers(candidates: &[ListMarker]) -> Vec<ListMarker> {
    let follows = |a: &ListMarker, b: &ListMarker| a.numeric == b.numeric && a.value + 1 == b.value;
    (0..candidates.len())
        .filter(|&k| {
            (k > 0 && follows(&candidates[k - 1], &candidates[k]))
                || (k + 1 < candidates.len() && follows(&candidates[k], &candidates[k + 1]))
        })
        .map(|k| candidates[k])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const FRAGMENTS: &[&str] = &[
        "Word", "word", "Mr.", "U.S.", "co.", "The", "How", "I", "a.", "b)", "1.", "2)", "3", " ", " ", "  ",
        "\n", "\n\n", ".", "!", "?", "”", "“", "\"", "(", ")", "...", ". . .", "…", ",", "said", "Lavrov",
        "—", "•",
    ];

    proptest! {
        /// The one-pass splitter with its bounded lookahead decides like the whole-list splitter.
        #[test]
        fn streaming_matches_whole_list(parts in prop::collection::vec(prop::sample::select(FRAGMENTS), 0..40)) {
            let text = parts.concat();
            let tokenizer = Tokenizer::default();
            let doc = tokenizer.tokenize(&text);
            prop_assert_eq!(&doc.sentences, &split_sentences(&tokenizer, &text, &doc.tokens));
        }
    }
}
