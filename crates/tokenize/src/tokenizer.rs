//! The configurable tokenizer and its builder.

use crate::abbreviations::{AbbreviationClass, Abbreviations, SentenceStarters, WordList};
use crate::decode::{decode_strict, TokenizeError};
use crate::scanner::Scanner;
use crate::sentences::{split_sentences, SentenceBuilder, LOOKAHEAD};
use crate::{Token, Tokenized};

/// A tokenizer with its lexicons. Build one and reuse it: construction parses the data files.
///
/// ```
/// use newsclaim_tokenize::Tokenizer;
///
/// let tokenizer = Tokenizer::builder().titles(["Brig."]).build();
/// let doc = tokenizer.tokenize("Brig. Jones spoke. Then he left.");
/// assert_eq!(doc.sentences.len(), 2);
/// assert_eq!(doc.tokens[0].text, "Brig.");
/// ```
#[derive(Debug, Clone)]
pub struct Tokenizer {
    pub(crate) abbreviations: Abbreviations,
    pub(crate) starters: SentenceStarters,
    pub(crate) reporting_verbs: WordList,
}

impl Default for Tokenizer {
    fn default() -> Self {
        Tokenizer {
            abbreviations: Abbreviations::english(),
            starters: SentenceStarters::english(),
            reporting_verbs: WordList::english_reporting_verbs(),
        }
    }
}

impl Tokenizer {
    /// A builder starting from the shipped English lexicons.
    pub fn builder() -> TokenizerBuilder {
        TokenizerBuilder { tokenizer: Tokenizer::default() }
    }

    /// The abbreviations this tokenizer knows.
    pub fn abbreviations(&self) -> &Abbreviations {
        &self.abbreviations
    }

    /// Tokens and sentences of `text`.
    pub fn tokenize<'a>(&self, text: &'a str) -> Tokenized<'a> {
        // News text averages a little over six bytes per token including the space.
        let mut tokens = Vec::with_capacity(text.len() / 5 + 4);
        let mut scanner = Scanner::new(self, text);
        let mut builder = SentenceBuilder::new(self, text.len());
        // One pass: each gap is decided while its few tokens of context are still in cache.
        while let Some(token) = scanner.next_token() {
            builder.record_gap(tokens.len(), scanner.gap_line_breaks());
            tokens.push(token);
            builder.decide_ready(&tokens, LOOKAHEAD);
        }
        let (mut sentences, has_list) = builder.finish(&tokens);
        if has_list {
            // Numbered lists need the whole text to tell `2.` the item from `2.` the number.
            sentences = split_sentences(self, text, &tokens);
        }
        Tokenized { text, tokens, sentences }
    }

    /// Tokens of `text`, one at a time, without sentence splitting.
    pub fn tokens<'t, 'a>(&'t self, text: &'a str) -> Tokens<'t, 'a> {
        Tokens { scanner: Scanner::new(self, text) }
    }

    /// Like [`Tokenizer::tokenize`] for bytes that should be UTF-8.
    ///
    /// # Errors
    /// [`TokenizeError::InvalidUtf8`] with the offset of the first bad byte. Use
    /// [`crate::decode_lossy`] to replace bad bytes instead.
    pub fn tokenize_bytes<'a>(&self, bytes: &'a [u8]) -> Result<Tokenized<'a>, TokenizeError> {
        Ok(self.tokenize(decode_strict(bytes)?))
    }
}

/// Builds a [`Tokenizer`] with extra lexicon entries.
#[derive(Debug, Clone)]
pub struct TokenizerBuilder {
    tokenizer: Tokenizer,
}

impl TokenizerBuilder {
    /// Adds abbreviations that may end a sentence (`"Gmbh."`, `"approx."`).
    pub fn abbreviations<I, S>(mut self, abbreviations: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        for a in abbreviations {
            self.tokenizer.abbreviations.insert(a.as_ref(), AbbreviationClass::Ordinary);
        }
        self
    }

    /// Adds titles: abbreviations that stand before a name (`"Brig."`); see
    /// [`AbbreviationClass::Title`].
    pub fn titles<I, S>(mut self, titles: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        for a in titles {
            self.tokenizer.abbreviations.insert(a.as_ref(), AbbreviationClass::Title);
        }
        self
    }

    /// Adds the entries of a list in the format of `data/abbreviations_en.txt`.
    pub fn abbreviation_list(mut self, list: &str) -> Self {
        self.tokenizer.abbreviations.extend_from_str(list);
        self
    }

    /// Starts from an empty abbreviation list instead of the shipped English one.
    pub fn without_default_abbreviations(mut self) -> Self {
        self.tokenizer.abbreviations = Abbreviations::new();
        self
    }

    /// Adds words that typically start a sentence (used after ambiguous abbreviations).
    pub fn sentence_starters<I, S>(mut self, words: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        for w in words {
            self.tokenizer.starters.insert(w.as_ref());
        }
        self
    }

    /// Adds verbs of saying (used after quotations closed by `?` or `!`).
    pub fn reporting_verbs<I, S>(mut self, words: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        for w in words {
            self.tokenizer.reporting_verbs.insert(w.as_ref());
        }
        self
    }

    /// The tokenizer.
    pub fn build(self) -> Tokenizer {
        self.tokenizer
    }
}

/// Streaming tokens of a text; see [`Tokenizer::tokens`].
#[derive(Debug, Clone)]
pub struct Tokens<'t, 'a> {
    scanner: Scanner<'t, 'a>,
}

impl<'a> Iterator for Tokens<'_, 'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        self.scanner.next_token()
    }
}

impl std::iter::FusedIterator for Tokens<'_, '_> {}
