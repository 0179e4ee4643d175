//! Zero-copy word and sentence tokenizer for news text.
//!
//! (Crate docs are being written; see the README.)

#![deny(missing_docs)]

use std::borrow::Cow;
use std::ops::Range;
use std::sync::OnceLock;

mod abbreviations;
mod chars;
mod decode;
mod grammar;
mod line_index;
mod scanner;
mod sentences;
mod token;
mod tokenizer;

pub use abbreviations::{
    AbbreviationClass, Abbreviations, SentenceStarters, WordList, ABBREVIATIONS_EN, REPORTING_VERBS_EN,
    SENTENCE_STARTERS_EN,
};
pub use decode::{decode_lossy, decode_strict, Decoded, TokenizeError};
pub use line_index::LineIndex;
pub use tokenizer::{Tokenizer, TokenizerBuilder, Tokens};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TokenKind {
    /// A word, possibly hyphenated (`Secretary-General`) or with a clitic (`Russia’s`, `don't`).
    Word,
    /// A number, with separators, decimals, a currency sign or a percent sign (`100,000`, `$4.5`, `4.5%`).
    Number,
    /// A date or a time (`26.01.2022`, `2022-01-26`, `17:45`).
    Date,
    /// An abbreviation or an initial ending in a period (`U.S.`, `Feb.`, `J.`).
    Abbreviation,
    /// A URL.
    Url,
    /// An e-mail address.
    Email,
    /// A social-media handle (`@nato`).
    Handle,
    /// A hashtag (`#Ukraine`).
    Hashtag,
    /// A quotation mark, straight or curly.
    Quote,
    /// A dash (`-` standing alone, `–`, `—`).
    Dash,
    /// An ellipsis (`...` or `…`).
    Ellipsis,
    /// An opening bracket (`(`, `[`, `{`).
    OpenBracket,
    /// A closing bracket.
    CloseBracket,
    /// Sentence-final punctuation (`.`, `!`, `?`).
    Terminal,
    /// Any other punctuation or symbol.
    Punct,
    /// A clitic split off a word by [`Token::split_clitic`] (`’s`, `n't`), or one standing
    /// after a token that is not a word (`Jr.'s`).
    Clitic,
}

/// A token: a slice of the input with its byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    /// The token's text, borrowed from the input.
    pub text: &'a str,
    /// Byte offset of the first byte in the input.
    pub start: usize,
    /// What kind of token it is.
    pub kind: TokenKind,
}

impl<'a> Token<'a> {
    /// Byte range in the input.
    pub fn span(&self) -> Range<usize> {
        self.start..self.start + self.text.len()
    }
}

/// A sentence: its byte span in the input and the range of its tokens in [`Tokenized::tokens`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte range in the input, from the first to the last token (no surrounding space).
    pub span: Range<usize>,
    /// Indices into [`Tokenized::tokens`].
    pub tokens: Range<usize>,
}

/// The result of tokenizing a text: tokens and sentences, borrowing from it.
#[derive(Debug, Clone)]
pub struct Tokenized<'a> {
    /// The input.
    pub text: &'a str,
    /// All tokens in order.
    pub tokens: Vec<Token<'a>>,
    /// All sentences in order.
    pub sentences: Vec<Sentence>,
}

impl<'a> Tokenized<'a> {
    /// The tokens of one sentence.
    pub fn sentence_tokens(&self, s: &Sentence) -> &[Token<'a>] {
        &self.tokens[s.tokens.clone()]
    }
    /// The text of one sentence.
    pub fn sentence_text(&self, s: &Sentence) -> &'a str {
        &self.text[s.span.clone()]
    }

    /// The text of one sentence as a report shows it on one line: each run of white space that
    /// holds a line break becomes one space. Borrowed when the sentence has no line break; the
    /// span still points at the original.
    pub fn sentence_display_text(&self, s: &Sentence) -> Cow<'a, str> {
        fold_line_breaks(self.sentence_text(s))
    }
}

/// Replaces each white-space run that contains a line break with one space.
fn fold_line_breaks(text: &str) -> Cow<'_, str> {
    if memchr::memchr2(b'\n', b'\r', text.as_bytes()).is_none() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(run_start) = rest.find(char::is_whitespace) {
        out.push_str(&rest[..run_start]);
        let after = &rest[run_start..];
        let run_len = after.find(|c: char| !c.is_whitespace()).unwrap_or(after.len());
        let run = &after[..run_len];
        if run.contains(['\n', '\r']) {
            out.push(' ');
        } else {
            out.push_str(run);
        }
        rest = &after[run_len..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The shared default tokenizer, built on first use.
pub fn default_tokenizer() -> &'static Tokenizer {
    static DEFAULT: OnceLock<Tokenizer> = OnceLock::new();
    DEFAULT.get_or_init(Tokenizer::default)
}

/// Tokenize `text` with the default tokenizer.
pub fn tokenize(text: &str) -> Tokenized<'_> {
    default_tokenizer().tokenize(text)
}
