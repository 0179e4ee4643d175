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

pub(crate) fn split_sentences(tokenizer: &Tokenizer, text: &str, tokens: &[Token<'_>]) -> Vec<Sentence> {
    let mut sentences = Vec::with_capacity(text.len() / 100 + 1);
    if tokens.is_empty() {
        return sentences;
    }
    let splitter = Splitter { tokenizer, tokens };
    let markers = list_markers(tokens);
    let mut markers = markers.iter().peekable();
    let mut newlines = memchr::memchr_iter(b'\n', text.as_bytes()).peekable();
    let mut first = 0;
    let mut line_words = usize::from(tokens[0].kind == TokenKind::Word);
    for j in 1..tokens.len() {
        let cur = &tokens[j];
        let mut line_breaks = 0;
        while newlines.next_if(|&p| p < cur.start).is_some() {
            line_breaks += 1;
        }
        while markers.next_if(|m| m.last + 1 < j).is_some() {}
        let in_marker = markers.peek().filter(|m| m.first <= j && j <= m.last + 1);
        let split = match in_marker {
            Some(m) => j == m.first,
            None => splitter.splits_before(j, line_breaks, line_words),
        };
        if split {
            sentences.push(sentence(tokens, first..j));
            first = j;
        }
        if line_breaks > 0 {
            line_words = 0;
        }
        line_words += usize::from(cur.kind == TokenKind::Word);
    }
    sentences.push(sentence(tokens, first..tokens.len()));
    sentences
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
    fn attached(&self, j: usize) -> bool {
        j > 0 && self.tokens[j].start == self.tokens[j - 1].end()
    }

    /// Does a sentence start at token `j`?
    fn splits_before(&self, j: usize, line_breaks: usize, line_words: usize) -> bool {
        let tokens = self.tokens;
        let prev = &tokens[j - 1];
        if line_breaks >= 2 {
            return true;
        }
        if is_bullet(&tokens[j]) && !self.attached(j) {
            return true;
        }
        if matches!(prev.kind, TokenKind::Word | TokenKind::Number) && line_breaks == 0 {
            return false; // the common case: inside a sentence
        }
        // Step back over closing quotes and brackets glued to the sentence end: `.”`, `?)`.
        let mut k = j - 1;
        while k > 0 && is_closer(&tokens[k]) && self.attached(k) {
            k -= 1;
        }
        let end = &tokens[k];
        let closers = k < j - 1;
        match end.kind {
            TokenKind::Terminal => line_breaks > 0 || self.after_terminal(k, j, closers),
            TokenKind::Abbreviation => line_breaks > 0 || self.after_abbreviation(k, j),
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
                starts_uppercase(cur) && !(closers && question_or_exclamation && self.reporting_clause(j))
            }
            TokenKind::Quote | TokenKind::OpenBracket if is_opening(cur) => {
                tokens.get(j + 1).is_some_and(|t| starts_uppercase(t) || t.kind == TokenKind::Number)
            }
            // `compounds. . . . The`: the ellipsis opens the next sentence, unless it ends the text.
            TokenKind::Ellipsis => self.next_after_closers(j + 1).is_some_and(starts_uppercase),
            TokenKind::Number => question_or_exclamation,
            _ => false,
        }
    }

    /// The first token at or after `i` that is not a closing quote or bracket.
    fn next_after_closers(&self, mut i: usize) -> Option<&Token<'_>> {
        while let Some(t) = self.tokens.get(i) {
            if is_closer(t) {
                i += 1;
            } else {
                return Some(t);
            }
        }
        None
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

    /// After an abbreviation at `k`: titles never end a sentence; others do when a typical
    /// sentence starter follows (`in the U.S. How …` but not `the U.S. Government`).
    fn after_abbreviation(&self, k: usize, j: usize) -> bool {
        let cur = &self.tokens[j];
        if self.attached(j) || cur.kind != TokenKind::Word {
            return false;
        }
        let abbreviation = &self.tokens[k].text;
        let word = &abbreviation[..abbreviation.len() - 1];
        if self.tokenizer.abbreviations.class_of(word) == Some(AbbreviationClass::Title) {
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

/// Finds list markers that belong to a numbered or lettered sequence: a candidate counts only
/// when its predecessor or successor value also appears as a candidate next to it, so the
/// `2.` ending "he came in 2." is not taken for a list.
fn list_markers(tokens: &[Token<'_>]) -> Vec<ListMarker> {
    let mut candidates = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let glued = |j: usize| j > 0 && j < tokens.len() && tokens[j].start == tokens[j - 1].end();
        let (numeric, value, mut last) = match t.kind {
            TokenKind::Number if t.text.len() <= 3 && t.text.bytes().all(|b| b.is_ascii_digit()) => {
                (true, t.text.parse::<u32>().unwrap_or(0), i)
            }
            TokenKind::Abbreviation if t.text.len() == 2 && t.text.as_bytes()[0].is_ascii_lowercase() => {
                (false, u32::from(t.text.as_bytes()[0] - b'a'), i)
            }
            TokenKind::Word if t.text.len() == 1 && t.text.as_bytes()[0].is_ascii_lowercase() => {
                (false, u32::from(t.text.as_bytes()[0] - b'a'), i)
            }
            _ => continue,
        };
        let preceded_by_bullet = i > 0 && is_bullet(&tokens[i - 1]);
        if glued(i) && !preceded_by_bullet {
            continue;
        }
        if numeric && glued(last + 1) && tokens[last + 1].text == "." {
            last += 1;
        }
        if glued(last + 1) && tokens[last + 1].text == ")" {
            last += 1;
        }
        let has_delimiter = last > i || t.kind == TokenKind::Abbreviation;
        let free_after = tokens.get(last + 1).is_some_and(|n| n.start > tokens[last].end());
        if !has_delimiter || !free_after {
            continue;
        }
        let first = if preceded_by_bullet { i - 1 } else { i };
        candidates.push(ListMarker { first, last, numeric, value });
    }
    let follows = |a: &ListMarker, b: &ListMarker| a.numeric == b.numeric && a.value + 1 == b.value;
    (0..candidates.len())
        .filter(|&k| {
            (k > 0 && follows(&candidates[k - 1], &candidates[k]))
                || (k + 1 < candidates.len() && follows(&candidates[k], &candidates[k + 1]))
        })
        .map(|k| candidates[k])
        .collect()
}
