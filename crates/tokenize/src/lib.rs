//! Zero-copy word and sentence tokenizer for news text.
//!
//! (Crate docs are being written; see the README.)

use std::ops::Range;

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
}

/// Tokenize `text` with the default tokenizer.
pub fn tokenize(text: &str) -> Tokenized<'_> {
    let mut tokens = Vec::new();
    let mut sentences = Vec::new();
    let mut sent_start_tok = 0;
    for (start, w) in unicode_segmentation::UnicodeSegmentation::split_word_bound_indices(text) {
        if w.trim().is_empty() {
            continue;
        }
        let kind = if w.chars().any(char::is_alphanumeric) {
            TokenKind::Word
        } else if matches!(w, "." | "!" | "?") {
            TokenKind::Terminal
        } else {
            TokenKind::Punct
        };
        tokens.push(Token { text: w, start, kind });
        if kind == TokenKind::Terminal {
            let first = tokens[sent_start_tok].start;
            sentences.push(Sentence { span: first..start + w.len(), tokens: sent_start_tok..tokens.len() });
            sent_start_tok = tokens.len();
        }
    }
    if sent_start_tok < tokens.len() {
        let first = tokens[sent_start_tok].start;
        let last = tokens[tokens.len() - 1].span().end;
        sentences.push(Sentence { span: first..last, tokens: sent_start_tok..tokens.len() });
    }
    Tokenized { text, tokens, sentences }
}
