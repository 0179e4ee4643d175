//! Token-level helpers: normalised forms, clitics, hyphen parts, comparisons.

use std::borrow::Cow;

use crate::{Token, TokenKind};

/// Clitic suffixes split off by [`Token::split_clitic`], lowercase, with a straight apostrophe.
const CLITICS: [&str; 7] = ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"];

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

/// Maps curly and typographic quote marks to their straight ASCII form.
pub(crate) fn straighten_quote(c: char) -> Option<char> {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{02BC}' | '\u{2032}' => Some('\''),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}' | '\u{2033}' => Some('"'),
        _ => None,
    }
}

impl<'a> Token<'a> {
    /// Byte offset one past the last byte of the token.
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }

    /// True for [`TokenKind::Word`] tokens (including hyphenated words and words with clitics).
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// True when the token is a word starting with an uppercase letter.
    pub fn is_capitalized(&self) -> bool {
        self.kind == TokenKind::Word && self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// The text with curly quotes and apostrophes made straight and letters lowercased.
    ///
    /// Borrows the original text when nothing changes, so calling it on plain lowercase ASCII
    /// words costs no allocation.
    pub fn normalized(&self) -> Cow<'a, str> {
        let text = self.text;
        let unchanged = if text.is_ascii() {
            !text.bytes().any(|b| b.is_ascii_uppercase())
        } else {
            text.chars().all(|c| straighten_quote(c).is_none() && !c.is_uppercase())
        };
        if unchanged {
            return Cow::Borrowed(text);
        }
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            match straighten_quote(c) {
                Some(q) => out.push(q),
                None => out.extend(c.to_lowercase()),
            }
        }
        Cow::Owned(out)
    }

    /// Compares with `other`, ignoring ASCII case and treating `’` and `'` alike.
    pub fn eq_ignore_case(&self, other: &str) -> bool {
        if self.text.len() == other.len() && self.text.eq_ignore_ascii_case(other) {
            return true;
        }
        if self.text.is_ascii() && other.is_ascii() {
            return false;
        }
        let fold = |c: char| {
            if is_apostrophe(c) {
                '\''
            } else {
                c.to_ascii_lowercase()
            }
        };
        self.text.chars().map(fold).eq(other.chars().map(fold))
    }

    /// Splits a possessive or contraction into the word and its clitic.
    ///
    /// `Russia’s` → (`Russia`, `’s`), `don't` → (`do`, `n't`), `they're` → (`they`, `'re`).
    /// Tokens without a clitic come back unchanged with `None`. The clitic has kind
    /// [`TokenKind::Clitic`].
    pub fn split_clitic(&self) -> (Token<'a>, Option<Token<'a>>) {
        if self.kind != TokenKind::Word {
            return (*self, None);
        }
        let text = self.text;
        for clitic in CLITICS {
            // The clitic's byte length varies with the apostrophe (’ is 3 bytes).
            let Some(at) = clitic_start(text, clitic) else {
                continue;
            };
            if at == 0 {
                continue;
            }
            let head = Token { text: &text[..at], start: self.start, kind: self.kind };
            let tail = Token { text: &text[at..], start: self.start + at, kind: TokenKind::Clitic };
            return (head, Some(tail));
        }
        (*self, None)
    }

    /// The parts of a hyphenated word: `Secretary-General` → `Secretary`, `General`.
    ///
    /// A token without hyphens yields itself. Parts keep their own byte spans.
    pub fn hyphen_parts(&self) -> impl Iterator<Item = Token<'a>> + 'a {
        let token = *self;
        let splittable = matches!(token.kind, TokenKind::Word | TokenKind::Number);
        let mut rest_start = 0usize;
        let text = token.text;
        let mut done = false;
        std::iter::from_fn(move || {
            while !done {
                let rest = &text[rest_start..];
                let (part, next) = match rest.char_indices().find(|&(_, c)| splittable && is_hyphen(c)) {
                    Some((i, c)) => (&rest[..i], Some(rest_start + i + c.len_utf8())),
                    None => (rest, None),
                };
                let part_start = rest_start;
                match next {
                    Some(n) => rest_start = n,
                    None => done = true,
                }
                if !part.is_empty() {
                    return Some(Token { text: part, start: token.start + part_start, kind: token.kind });
                }
            }
            None
        })
    }
}

pub(crate) fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Byte offset in `word` where `clitic` (given with a straight apostrophe) starts as a suffix.
fn clitic_start(word: &str, clitic: &str) -> Option<usize> {
    let mut w = word.char_indices().rev();
    let mut start = None;
    for expected in clitic.chars().rev() {
        let (i, c) = w.next()?;
        let same = if expected == '\'' { is_apostrophe(c) } else { c.eq_ignore_ascii_case(&expected) };
        if !same {
            return None;
        }
        start = Some(i);
    }
    start
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(text: &str) -> Token<'_> {
        Token { text, start: 10, kind: TokenKind::Word }
    }

    #[test]
    fn normalized_borrows_plain_lowercase() {
        assert!(matches!(word("nato").normalized(), Cow::Borrowed("nato")));
        assert_eq!(word("Russia’s").normalized(), "russia's");
        assert_eq!(Token { text: "“", start: 0, kind: TokenKind::Quote }.normalized(), "\"");
    }

    #[test]
    fn clitics_split_with_spans() {
        let (head, tail) = word("Russia’s").split_clitic();
        assert_eq!((head.text, head.start), ("Russia", 10));
        let tail = tail.unwrap();
        assert_eq!((tail.text, tail.start, tail.kind), ("’s", 16, TokenKind::Clitic));
        let (head, tail) = word("don't").split_clitic();
        assert_eq!((head.text, tail.unwrap().text), ("do", "n't"));
        assert_eq!(word("O'Brien").split_clitic().1, None);
        assert_eq!(word("news").split_clitic().1, None);
    }

    #[test]
    fn hyphen_parts_keep_spans() {
        let parts: Vec<_> = word("Secretary-General").hyphen_parts().collect();
        assert_eq!(parts.len(), 2);
        assert_eq!((parts[1].text, parts[1].start), ("General", 20));
        assert_eq!(word("plain").hyphen_parts().count(), 1);
    }

    #[test]
    fn eq_ignore_case_folds_apostrophes() {
        assert!(word("Russia’s").eq_ignore_case("russia's"));
        assert!(word("NATO").eq_ignore_case("nato"));
        assert!(!word("NATO").eq_ignore_case("nat"));
    }
}
