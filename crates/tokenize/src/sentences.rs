//! Sentence splitting over the token stream. (Provisional: splits after every terminal.)

use std::ops::Range;

use crate::tokenizer::Tokenizer;
use crate::{Sentence, Token, TokenKind};

pub(crate) fn split_sentences(_tokenizer: &Tokenizer, _text: &str, tokens: &[Token<'_>]) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut first = 0;
    for (i, t) in tokens.iter().enumerate() {
        if t.kind == TokenKind::Terminal {
            sentences.push(make(tokens, first..i + 1));
            first = i + 1;
        }
    }
    if first < tokens.len() {
        sentences.push(make(tokens, first..tokens.len()));
    }
    sentences
}

fn make(tokens: &[Token<'_>], range: Range<usize>) -> Sentence {
    Sentence { span: tokens[range.start].start..tokens[range.end - 1].end(), tokens: range }
}
