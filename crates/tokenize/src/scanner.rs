//! The token scanner. (Provisional implementation on unicode-segmentation word bounds.)

use unicode_segmentation::UnicodeSegmentation;

use crate::tokenizer::Tokenizer;
use crate::{Token, TokenKind};

#[derive(Debug, Clone)]
pub(crate) struct Scanner<'t, 'a> {
    inner: unicode_segmentation::UWordBoundIndices<'a>,
    _tokenizer: &'t Tokenizer,
}

impl<'t, 'a> Scanner<'t, 'a> {
    pub(crate) fn new(tokenizer: &'t Tokenizer, text: &'a str) -> Self {
        Scanner { inner: text.split_word_bound_indices(), _tokenizer: tokenizer }
    }

    pub(crate) fn next_token(&mut self) -> Option<Token<'a>> {
        for (start, w) in self.inner.by_ref() {
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
            return Some(Token { text: w, start, kind });
        }
        None
    }
}
