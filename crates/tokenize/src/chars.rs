//! Character classes: the 256-entry byte table for the ASCII fast path and the non-ASCII
//! punctuation the scanner knows by name.

use crate::TokenKind;

/// What an input byte is, for the ASCII fast path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    Space,
    Alpha,
    Digit,
    Punct,
    /// Part of a multi-byte character.
    High,
}

pub(crate) static CLASS: [Class; 256] = {
    let mut table = [Class::Punct; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = if c >= 0x80 {
            Class::High
        } else if c.is_ascii_alphabetic() {
            Class::Alpha
        } else if c.is_ascii_digit() {
            Class::Digit
        } else if matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C) {
            Class::Space
        } else {
            Class::Punct
        };
        b += 1;
    }
    table
};

/// The character starting at byte `i` (which must be a char boundary).
#[inline]
pub(crate) fn char_at(text: &str, i: usize) -> char {
    text.get(i..).and_then(|s| s.chars().next()).unwrap_or(' ')
}

/// Start of the character before byte `i`.
pub(crate) fn prev_boundary(text: &str, i: usize) -> Option<usize> {
    text.get(..i)?.char_indices().next_back().map(|(p, _)| p)
}

/// Apostrophe-like characters that join a word (`Russia’s`).
pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\u{2019}' | '\u{02BC}')
}

/// Hyphens that join a word like `-` does.
pub(crate) fn is_joining_hyphen(c: char) -> bool {
    matches!(c, '\u{2010}' | '\u{2011}')
}

/// Free-standing dashes.
pub(crate) fn is_dash(c: char) -> bool {
    matches!(c, '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}' | '\u{2E3A}' | '\u{2E3B}')
}

pub(crate) fn is_currency(c: char) -> bool {
    matches!(c, '€' | '£' | '¥' | '₽' | '₴' | '₹' | '₩' | '₺' | '₪')
}

/// Quotation marks.
pub(crate) fn quote_kind(c: char) -> Option<TokenKind> {
    matches!(
        c,
        '\u{2018}'
            | '\u{2019}'
            | '\u{201A}'
            | '\u{201B}'
            | '\u{201C}'
            | '\u{201D}'
            | '\u{201E}'
            | '\u{201F}'
            | '\u{00AB}'
            | '\u{00BB}'
            | '\u{2039}'
            | '\u{203A}'
    )
    .then_some(TokenKind::Quote)
}

/// Opening quotation marks by glyph; the others may close.
pub(crate) fn is_opening_quote(c: char) -> bool {
    matches!(c, '\u{2018}' | '\u{201C}' | '\u{201A}' | '\u{201E}' | '\u{00AB}' | '\u{2039}')
}

/// Closing quotation marks by glyph.
pub(crate) fn is_closing_quote(c: char) -> bool {
    matches!(c, '\u{2019}' | '\u{201D}' | '\u{00BB}' | '\u{203A}')
}

/// False for characters that surely do not extend a grapheme cluster (white space, quotes,
/// dashes and other general punctuation), so the word scanner asks unicode-segmentation only
/// about the rest (combining marks, joiners, variation selectors, emoji modifiers).
#[inline]
pub(crate) fn may_extend_grapheme(c: char) -> bool {
    let general_punctuation = ('\u{2000}'..='\u{206F}').contains(&c) && !matches!(c, '\u{200C}' | '\u{200D}');
    let latin1_symbol = ('\u{80}'..='\u{BF}').contains(&c) || matches!(c, '\u{D7}' | '\u{F7}');
    !(general_punctuation || latin1_symbol || c.is_whitespace())
}

/// Line breaks in a stretch of white space: `\n`, `\r\n`, a lone `\r`, U+2028, U+2029.
pub(crate) fn count_line_breaks(gap: &str) -> u32 {
    let bytes = gap.as_bytes();
    let mut n = 0;
    for (i, &b) in bytes.iter().enumerate() {
        n += u32::from(b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')));
    }
    if !gap.is_ascii() {
        n += gap.chars().filter(|&c| matches!(c, '\u{2028}' | '\u{2029}')).count() as u32;
    }
    n
}

/// List bullets that start an item (and so a sentence).
pub(crate) fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '◦' | '▪' | '▫' | '‣' | '⁃' | '●' | '■' | '□' | '►' | '▶' | '∙')
}
