//! Zero-copy word and sentence tokenizer for news text.
//!
//! One pass over the text yields [`Token`]s — slices of the input with their byte offset and a
//! [`TokenKind`] — and [`Sentence`]s, each a byte span plus the range of its tokens. Nothing is
//! copied: tokens borrow from the input, so every token and sentence can be shown in its source.
//!
//! ```
//! use newsclaim_tokenize::{tokenize, TokenKind};
//!
//! let text = "“The offer is unacceptable,” Mr. Lavrov said on Feb. 3. \
//!             The U.S. sent 100,000 doses (26.01.2022).";
//! let doc = tokenize(text);
//!
//! // Sentences: `,”` does not end one, `Mr.` and `Feb.` are abbreviations.
//! let sentences: Vec<&str> = doc.sentences.iter().map(|s| doc.sentence_text(s)).collect();
//! assert_eq!(sentences.len(), 2);
//! assert!(sentences[0].ends_with("on Feb. 3."));
//!
//! // Tokens keep numbers, dates and abbreviations whole, with byte spans into `text`.
//! let kinds: Vec<(&str, TokenKind)> = doc.sentence_tokens(&doc.sentences[1])
//!     .iter().map(|t| (t.text, t.kind)).collect();
//! assert!(kinds.contains(&("U.S.", TokenKind::Abbreviation)));
//! assert!(kinds.contains(&("100,000", TokenKind::Number)));
//! assert!(kinds.contains(&("26.01.2022", TokenKind::Date)));
//! let t = &doc.tokens[1];
//! assert_eq!(&text[t.span()], "The");
//! ```
//!
//! # Tokens
//!
//! | kind | examples |
//! | --- | --- |
//! | [`TokenKind::Word`] | `alliance`, `Secretary-General`, `Russia’s`, `don't`, `Gdańsk` |
//! | [`TokenKind::Number`] | `100,000`, `4.5%`, `$100.00`, `€5`, `1990s` |
//! | [`TokenKind::Date`] | `26.01.2022`, `2022-01-26`, `(16.12)`, `17:45` |
//! | [`TokenKind::Abbreviation`] | `U.S.`, `Feb.`, `Mr.`, `e.g.`, `J. R. R.` |
//! | [`TokenKind::Url`], [`TokenKind::Email`] | `https://nato.int/x.htm`, `nato.int`, `press@nato.int` |
//! | [`TokenKind::Handle`], [`TokenKind::Hashtag`] | `@nato`, `#Ukraine` |
//! | [`TokenKind::Quote`], [`TokenKind::Dash`], [`TokenKind::Ellipsis`] | `“ ” ' "`, `– — -`, `... … . . .` |
//! | [`TokenKind::OpenBracket`], [`TokenKind::CloseBracket`], [`TokenKind::Terminal`], [`TokenKind::Punct`] | `( ]`, `. ! ?! `, `, ; :` |
//!
//! Words keep their hyphen parts and clitics reachable without losing spans:
//! [`Token::hyphen_parts`] (`Secretary-General` → `Secretary`, `General`) and
//! [`Token::split_clitic`] (`Russia’s` → `Russia` + `’s`, `don't` → `do` + `n't`).
//! [`Token::normalized`] gives a comparison form (straight quotes, lowercase) that borrows when
//! nothing changes, and [`Token::eq_ignore_case`] compares without allocating.
//!
//! # Sentences
//!
//! Sentences end at `.`, `!`, `?` (with closing quotes and brackets) when the next word starts
//! a sentence; abbreviations end one only before a typical sentence starter (`in the U.S. How`),
//! titles (`Mr.`, `St.`) never; `,”` and `?” asked …` continue; ellipses of three dots continue
//! and of four end; numbered and lettered lists and bullets start new sentences; a blank line
//! always ends one, and so does a single line break after a headline, dateline or byline (a line
//! wrapped mid-sentence, followed by a lowercase word, continues).
//!
//! [`Tokenized::sentence_text`] is the exact slice; [`Tokenized::sentence_display_text`] folds
//! line breaks inside a sentence into one space, as a one-line report shows it.
//!
//! The lexicons are data files compiled in and extensible at run time through
//! [`Tokenizer::builder`]: `data/abbreviations_en.txt` ([`ABBREVIATIONS_EN`]),
//! `data/sentence_starters_en.txt` ([`SENTENCE_STARTERS_EN`]) and
//! `data/reporting_verbs_en.txt` ([`REPORTING_VERBS_EN`]).
//!
//! ```
//! use newsclaim_tokenize::Tokenizer;
//!
//! let tokenizer = Tokenizer::builder()
//!     .titles(["Cllr."])                      // never ends a sentence
//!     .abbreviation_list("Pty. \nGmbH.\n")    // the data-file format
//!     .build();
//! let doc = tokenizer.tokenize("Cllr. Hughes met Acme Pty. Ltd. on Monday.");
//! assert_eq!(doc.sentences.len(), 1);
//! ```
//!
//! # Offsets, bytes and streaming
//!
//! Spans are byte offsets. [`LineIndex`] maps them to 1-based lines and to character offsets.
//! [`Tokenizer::tokenize_bytes`] accepts raw bytes and fails with [`TokenizeError::InvalidUtf8`]
//! (with the offset of the bad sequence); [`decode_lossy`] replaces bad bytes instead and
//! counts them. [`Tokenizer::tokens`] streams tokens without building sentences.
//!
//! ```
//! use newsclaim_tokenize::{decode_lossy, LineIndex, Tokenizer};
//!
//! let tokenizer = Tokenizer::default();
//! assert!(tokenizer.tokenize_bytes(b"ok \xff").is_err());
//! let decoded = decode_lossy(b"Caf\xe9 open.");
//! assert_eq!(decoded.replaced, 1);
//!
//! let text = "Headline\n“Body” text.";
//! let index = LineIndex::new(text);
//! let body = tokenizer.tokens(text).find(|t| t.text == "Body").unwrap();
//! assert_eq!((index.line(body.start), index.char_offset(body.start)), (2, 10));
//! ```
//!
//! # Speed
//!
//! ASCII stretches go through a byte loop driven by a 256-entry class table; nom grammars run
//! only where a number, date, e-mail address or domain may start; unicode-segmentation is asked
//! only at non-ASCII letters and symbols, so curly quotes in every paragraph cost little. The
//! token vector is reserved from the text length, and no token allocates.

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
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "snake_case"))]
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

/// Written as `{"text": …, "span": [start, end], "kind": "word"}`.
#[cfg(feature = "serde")]
impl serde::Serialize for Token<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Token", 3)?;
        s.serialize_field("text", self.text)?;
        s.serialize_field("span", &[self.start, self.end()])?;
        s.serialize_field("kind", &self.kind)?;
        s.end()
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

/// Written as `{"span": [start, end], "tokens": [first, end]}`.
#[cfg(feature = "serde")]
impl serde::Serialize for Sentence {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Sentence", 2)?;
        s.serialize_field("span", &[self.span.start, self.span.end])?;
        s.serialize_field("tokens", &[self.tokens.start, self.tokens.end])?;
        s.end()
    }
}

/// The result of tokenizing a text: tokens and sentences, borrowing from it. With the `serde`
/// feature it serializes as `{"tokens": [...], "sentences": [...]}` (the text itself is left
/// out: the spans point into it).
#[derive(Debug, Clone)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Tokenized<'a> {
    /// The input.
    #[cfg_attr(feature = "serde", serde(skip))]
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

    /// The sentences inside `regions` (byte ranges of the text, in order, such as the paragraphs
    /// a boilerplate stripper kept): each sentence is cut where a region ends, so that no piece
    /// spans two regions, and tokens outside every region are left out. Regions out of order,
    /// overlapping, reversed or out of bounds are read as far as they make sense. Linear in the
    /// number of tokens and regions; the text is tokenized once for all regions.
    ///
    /// ```
    /// let text = "Iran rejected the plan\nMENU\nNATO urged talks. Russia agreed.";
    /// let t = newsclaim_tokenize::tokenize(text);
    /// let body = [0..22, 28..text.len()];
    /// let pieces: Vec<&str> = t.sentences_in(&body).iter().map(|s| t.sentence_text(s)).collect();
    /// assert_eq!(pieces, ["Iran rejected the plan", "NATO urged talks.", "Russia agreed."]);
    /// ```
    pub fn sentences_in(&self, regions: &[Range<usize>]) -> Vec<Sentence> {
        let mut out = Vec::new();
        for r in regions {
            let a = self.tokens.partition_point(|tok| tok.start < r.start);
            let mut b = self.tokens.partition_point(|tok| tok.start < r.end);
            while b > a && self.tokens[b - 1].end() > r.end {
                b -= 1;
            }
            // one search per region, then a walk: sentences are in token order
            let mut si = self.sentences.partition_point(|s| s.tokens.end <= a);
            let mut i = a;
            while i < b {
                while self.sentences.get(si).is_some_and(|s| s.tokens.end <= i) {
                    si += 1;
                }
                let mut end = self.sentences.get(si).map_or(b, |s| s.tokens.end.min(b));
                if end <= i {
                    end = b;
                }
                let span = self.tokens[i].start..self.tokens[end - 1].end();
                out.push(Sentence { span, tokens: i..end });
                i = end;
            }
        }
        out
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

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

/// The shared default tokenizer, built on first use.
pub fn default_tokenizer() -> &'static Tokenizer {
    static DEFAULT: OnceLock<Tokenizer> = OnceLock::new();
    DEFAULT.get_or_init(Tokenizer::default)
}

/// Tokenize `text` with the default tokenizer.
pub fn tokenize(text: &str) -> Tokenized<'_> {
    default_tokenizer().tokenize(text)
}
