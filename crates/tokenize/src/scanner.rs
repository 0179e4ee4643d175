//! The token scanner: a hand-written byte loop for ASCII stretches, nom for structured tokens,
//! unicode-segmentation for non-ASCII word and grapheme boundaries.

use unicode_segmentation::UnicodeSegmentation;

use crate::chars::{self, Class, CLASS};
use crate::grammar;
use crate::tokenizer::Tokenizer;
use crate::{Token, TokenKind};

/// Most letter runs in an abbreviation like `U.S.A.`
const MAX_CHAIN_PARTS: usize = 8;

/// Longest URL scheme recognised before `://`.
const MAX_SCHEME: usize = 10;

#[derive(Debug, Clone)]
pub(crate) struct Scanner<'t, 'a> {
    tokenizer: &'t Tokenizer,
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    /// End of the previous token, to tell attached punctuation (`Jr.'s`) from free-standing.
    prev_end: usize,
    /// Line breaks in the white space before the last token.
    gap_line_breaks: u32,
}

impl<'t, 'a> Scanner<'t, 'a> {
    pub(crate) fn new(tokenizer: &'t Tokenizer, text: &'a str) -> Self {
        Scanner { tokenizer, text, bytes: text.as_bytes(), pos: 0, prev_end: usize::MAX, gap_line_breaks: 0 }
    }

    #[inline]
    pub(crate) fn next_token(&mut self) -> Option<Token<'a>> {
        let start = self.skip_space()?;
        let (end, kind) = self.scan_at(start);
        debug_assert!(end > start && self.text.is_char_boundary(end));
        self.pos = end;
        self.prev_end = end;
        Some(Token { text: &self.text[start..end], start, kind })
    }

    /// Line breaks in the white space before the token last returned.
    pub(crate) fn gap_line_breaks(&self) -> u32 {
        self.gap_line_breaks
    }

    /// Moves past white space; returns the start of the next token.
    #[inline]
    fn skip_space(&mut self) -> Option<usize> {
        let bytes = self.bytes;
        let mut i = self.pos;
        let mut line_breaks = 0;
        while i < bytes.len() {
            match CLASS[bytes[i] as usize] {
                Class::Space => {
                    let b = bytes[i];
                    line_breaks += u32::from(b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')));
                    i += 1;
                }
                Class::High => {
                    let c = chars::char_at(self.text, i);
                    if c.is_whitespace() {
                        line_breaks += u32::from(matches!(c, '\u{2028}' | '\u{2029}'));
                        i += c.len_utf8();
                    } else {
                        break;
                    }
                }
                _ => break,
            }
        }
        self.pos = i;
        self.gap_line_breaks = line_breaks;
        (i < bytes.len()).then_some(i)
    }

    #[inline]
    fn scan_at(&self, start: usize) -> (usize, TokenKind) {
        match CLASS[self.bytes[start] as usize] {
            Class::Alpha => {
                // Fast path: a run of ASCII letters and digits ended by a space or by punctuation
                // that never joins a word.
                let end = self.skip_ascii_alnum(start + 1);
                match self.bytes.get(end) {
                    None => (end, TokenKind::Word),
                    Some(&b)
                        if CLASS[b as usize] == Class::Space
                            || matches!(b, b',' | b';' | b')' | b'"' | b'!' | b'?') =>
                    {
                        (end, TokenKind::Word)
                    }
                    Some(_) => self.scan_word_from(start, end),
                }
            }
            Class::Digit => self.scan_number(start, start),
            Class::High => self.scan_non_ascii(start),
            _ => self.scan_ascii_punct(start),
        }
    }

    fn byte(&self, i: usize) -> u8 {
        self.bytes.get(i).copied().unwrap_or(b' ')
    }

    /// True when a word character (ASCII alphanumeric or a non-ASCII letter/digit) starts at `i`.
    fn word_char_at(&self, i: usize) -> bool {
        match self.bytes.get(i) {
            None => false,
            Some(&b) if b < 0x80 => b.is_ascii_alphanumeric(),
            Some(_) => chars::char_at(self.text, i).is_alphanumeric(),
        }
    }

    fn letter_at(&self, i: usize) -> bool {
        match self.bytes.get(i) {
            None => false,
            Some(&b) if b < 0x80 => b.is_ascii_alphabetic(),
            Some(_) => chars::char_at(self.text, i).is_alphabetic(),
        }
    }

    #[inline]
    fn skip_ascii_alnum(&self, i: usize) -> usize {
        let rest = self.bytes.get(i..).unwrap_or_default();
        i + rest
            .iter()
            .position(|&b| !matches!(CLASS[b as usize], Class::Alpha | Class::Digit))
            .unwrap_or(rest.len())
    }

    /// A word from `start`: letters and digits, joined by hyphens and apostrophes, possibly an
    /// abbreviation, URL, e-mail address or domain.
    fn scan_word(&self, start: usize) -> (usize, TokenKind) {
        self.scan_word_from(start, start)
    }

    /// [`Scanner::scan_word`] when `start..i` is already known to be ASCII letters and digits.
    fn scan_word_from(&self, start: usize, mut i: usize) -> (usize, TokenKind) {
        let mut plain_ascii = true; // only ASCII letters/digits so far, no joiners
        loop {
            i = self.skip_ascii_alnum(i);
            let Some(&b) = self.bytes.get(i) else { break };
            match b {
                b'-' if self.word_char_at(i + 1) => {
                    plain_ascii = false;
                    i += 1;
                }
                b'\'' if self.letter_at(i + 1) => {
                    plain_ascii = false;
                    i += 1;
                }
                b'.' => {
                    if let Some(end) = self.after_word_period(start, i, plain_ascii) {
                        return end;
                    }
                    break;
                }
                b'@' | b'_' | b'+' => {
                    if let Some(n) = grammar::email(&self.text[start..]) {
                        return (start + n, TokenKind::Email);
                    }
                    break;
                }
                b':' => {
                    if plain_ascii && i - start <= MAX_SCHEME && self.bytes[i..].starts_with(b"://") {
                        return (self.url_end(i + 3), TokenKind::Url);
                    }
                    break;
                }
                b if b >= 0x80 => {
                    let c = chars::char_at(self.text, i);
                    let n = c.len_utf8();
                    let joins = (chars::is_apostrophe(c) && self.letter_at(i + n))
                        || (chars::is_joining_hyphen(c) && self.word_char_at(i + n));
                    if joins {
                        plain_ascii = false;
                        i += n;
                    } else if c.is_alphanumeric() {
                        plain_ascii = false;
                        i += self.unicode_word_len(i);
                        // UAX #29 broke before another letter (ideographs, script changes): stop.
                        if self.word_char_at(i) {
                            break;
                        }
                    } else if let Some(end) =
                        chars::may_extend_grapheme(c).then(|| self.grapheme_extension(i)).flatten()
                    {
                        plain_ascii = false;
                        i = end;
                    } else {
                        break;
                    }
                }
                _ => break,
            }
        }
        (i, TokenKind::Word)
    }

    /// Length of the UAX #29 word segment starting at `i` (at least one character).
    fn unicode_word_len(&self, i: usize) -> usize {
        let rest = &self.text[i..];
        rest.split_word_bounds().next().map_or(1, str::len).max(chars::char_at(self.text, i).len_utf8())
    }

    /// If the character at `i` extends the grapheme cluster before it (a combining mark, ZWJ,
    /// variation selector), the end of that cluster.
    fn grapheme_extension(&self, i: usize) -> Option<usize> {
        let prev = chars::prev_boundary(self.text, i)?;
        let cluster = self.text[prev..].graphemes(true).next()?;
        (prev + cluster.len() > i).then_some(prev + cluster.len())
    }

    /// Decides what a period after the word `start..dot` belongs to. `None`: the word ends
    /// before the period.
    fn after_word_period(&self, start: usize, dot: usize, plain_ascii: bool) -> Option<(usize, TokenKind)> {
        let word = &self.text[start..dot];
        let next = self.byte(dot + 1);
        if next == b'.' {
            return None; // an ellipsis follows
        }
        if next.is_ascii_alphanumeric() || next == b'_' || next == b'-' || next == b'+' {
            if let Some(n) = grammar::email(&self.text[start..]) {
                return Some((start + n, TokenKind::Email));
            }
        }
        if plain_ascii && next.is_ascii_alphabetic() {
            if word.eq_ignore_ascii_case("www") {
                return Some((self.url_end(dot), TokenKind::Url));
            }
            if let Some(end) = self.letter_chain(start, dot) {
                // `U.S.-led`: a hyphen joins the abbreviation into a word.
                if self.byte(end) == b'-' && self.word_char_at(end + 1) {
                    return Some((self.scan_word(end + 1).0, TokenKind::Word));
                }
                return Some((end, TokenKind::Abbreviation));
            }
            if let Some(n) = grammar::bare_domain(&self.text[start..]) {
                let end = start + n;
                let end = if self.byte(end) == b'/' { self.url_end(end) } else { end };
                return Some((end, TokenKind::Url));
            }
        }
        // `D-N.Y.`, `ex-U.S.`: a letter chain after the last hyphen of a hyphenated word.
        if !plain_ascii
            && next.is_ascii_alphabetic()
            && word.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        {
            let segment = start + word.rfind('-').map_or(0, |h| h + 1);
            if let Some(end) = self.letter_chain(segment, dot) {
                return Some((end, TokenKind::Abbreviation));
            }
        }
        let letters_only = word.chars().all(char::is_alphabetic);
        if !letters_only {
            return None;
        }
        let single_letter = word.chars().nth(1).is_none();
        if single_letter {
            return Some((self.initials_end(start, dot), TokenKind::Abbreviation));
        }
        if self.tokenizer.abbreviations.class_of(word).is_some() {
            return Some((dot + 1, TokenKind::Abbreviation));
        }
        None
    }

    /// `U.S.`, `e.g.`, `Ph.D.`, `a.m.`: short letter runs each followed by a period, at least
    /// two of them. Returns the end after the last period.
    fn letter_chain(&self, start: usize, dot: usize) -> Option<usize> {
        if dot - start > 2 {
            return None;
        }
        let mut end = dot + 1;
        let mut parts = 1;
        // Bounded, so that probing at every letter of `a.b.c.…` stays linear.
        while parts < MAX_CHAIN_PARTS {
            let run_end = {
                let mut j = end;
                while j < self.bytes.len() && j - end < 4 && self.bytes[j].is_ascii_alphabetic() {
                    j += 1;
                }
                j
            };
            let run = run_end - end;
            if run == 0 || run > 3 || self.byte(run_end) != b'.' {
                break;
            }
            end = run_end + 1;
            parts += 1;
        }
        // Glued letters after the chain (`U.S.based`) mean it was no chain.
        (parts >= 2 && !self.word_char_at(end)).then_some(end)
    }

    /// An initial `J.` and any initials that follow it, one space apart: `J. R. R.`
    fn initials_end(&self, start: usize, dot: usize) -> usize {
        let mut end = dot + 1;
        if !self.bytes[start].is_ascii_uppercase() {
            return end;
        }
        while self.byte(end) == b' '
            && self.byte(end + 1).is_ascii_uppercase()
            && self.byte(end + 2) == b'.'
            && !self.word_char_at(end + 3)
        {
            end += 3;
        }
        end
    }

    /// End of a URL whose body starts at `from`: up to white space or a quote, less trailing
    /// punctuation (a closing bracket stays when the URL opened one).
    fn url_end(&self, from: usize) -> usize {
        let mut i = from;
        while i < self.bytes.len() {
            let b = self.bytes[i];
            if b < 0x80 {
                if CLASS[b as usize] == Class::Space || matches!(b, b'"' | b'<' | b'>') {
                    break;
                }
                i += 1;
            } else {
                let c = chars::char_at(self.text, i);
                if c.is_whitespace() || chars::quote_kind(c).is_some() {
                    break;
                }
                i += c.len_utf8();
            }
        }
        let url = &self.bytes[..i];
        let opened = url[from..].iter().filter(|&&b| b == b'(').count();
        let mut closed = url[from..].iter().filter(|&&b| b == b')').count();
        while i > from {
            match self.bytes[i - 1] {
                b'.' | b',' | b';' | b':' | b'!' | b'?' | b'\'' => i -= 1,
                b')' if closed > opened => {
                    closed -= 1;
                    i -= 1
                }
                _ => break,
            }
        }
        i.max(from)
    }

    /// A number, date or time from `digits` (`start` may be earlier, at a currency sign).
    fn scan_number(&self, start: usize, digits: usize) -> (usize, TokenKind) {
        let rest = &self.text[digits..];
        if let Some(n) = grammar::date_or_time(rest) {
            return (digits + n, TokenKind::Date);
        }
        // `(16.12)`: a day and month in brackets.
        if start > 0 && self.bytes[start - 1] == b'(' {
            if let Some(n) = grammar::day_month(rest) {
                if self.byte(digits + n) == b')' {
                    return (digits + n, TokenKind::Date);
                }
            }
        }
        let mut end = digits + grammar::number(rest).unwrap_or(1);
        // Units and suffixes glued on: `1990s`, `3rd`, `4.5bn`, `10km`.
        end = self.skip_ascii_alnum(end);
        // `19-year-old`, `2020-21`: the hyphen joins like in a word.
        if self.byte(end) == b'-' && self.word_char_at(end + 1) {
            let (word_end, _) = self.scan_word(end + 1);
            return (word_end, TokenKind::Word);
        }
        (end, TokenKind::Number)
    }

    fn scan_ascii_punct(&self, start: usize) -> (usize, TokenKind) {
        let b = self.bytes[start];
        let next = self.byte(start + 1);
        match b {
            b'.' => self.scan_period(start),
            b'!' | b'?' => {
                let mut end = start + 1;
                while matches!(self.byte(end), b'!' | b'?') {
                    end += 1;
                }
                (end, TokenKind::Terminal)
            }
            b'"' | b'`' => (start + 1, TokenKind::Quote),
            b'\'' => match self.clitic_end(start + 1) {
                Some(end) if self.prev_end == start => (end, TokenKind::Clitic),
                _ => (start + 1, TokenKind::Quote),
            },
            b'(' | b'[' | b'{' => (start + 1, TokenKind::OpenBracket),
            b')' | b']' | b'}' => (start + 1, TokenKind::CloseBracket),
            b'-' => {
                if next.is_ascii_digit() && self.prev_end != start {
                    return self.scan_number(start, start + 1);
                }
                let mut end = start + 1;
                while self.byte(end) == b'-' {
                    end += 1;
                }
                (end, TokenKind::Dash)
            }
            b'$' if next.is_ascii_digit() => self.scan_number(start, start + 1),
            b'@' if next.is_ascii_alphanumeric() || next == b'_' => {
                (self.handle_end(start + 1), TokenKind::Handle)
            }
            b'#' if self.word_char_at(start + 1) => (self.hashtag_end(start + 1), TokenKind::Hashtag),
            _ => (start + 1, TokenKind::Punct),
        }
    }

    /// `...`, `....`, `. . .` (spaced, only after white space) or a single terminal period.
    fn scan_period(&self, start: usize) -> (usize, TokenKind) {
        let mut end = start + 1;
        while self.byte(end) == b'.' {
            end += 1;
        }
        if end - start >= 3 {
            return (end, TokenKind::Ellipsis);
        }
        if end - start == 1 && self.prev_end != start {
            let mut dots = 1;
            let mut e = start + 1;
            while self.byte(e) == b' ' && self.byte(e + 1) == b'.' && self.byte(e + 2) != b'.' && dots < 4 {
                e += 2;
                dots += 1;
            }
            if dots >= 3 {
                return (e, TokenKind::Ellipsis);
            }
        }
        (end, TokenKind::Terminal)
    }

    /// End of a clitic (`s`, `re`, `ll`, `ve`, `d`, `m`, `t`) starting at `i`, followed by a
    /// non-letter.
    fn clitic_end(&self, i: usize) -> Option<usize> {
        let mut end = i;
        while end < self.bytes.len() && self.bytes[end].is_ascii_alphabetic() && end - i < 3 {
            end += 1;
        }
        if self.letter_at(end) {
            return None;
        }
        let s = &self.text[i..end];
        ["s", "re", "ll", "ve", "d", "m", "t"].iter().any(|c| s.eq_ignore_ascii_case(c)).then_some(end)
    }

    fn handle_end(&self, mut i: usize) -> usize {
        while i < self.bytes.len() && (self.bytes[i].is_ascii_alphanumeric() || self.bytes[i] == b'_') {
            i += 1;
        }
        i
    }

    fn hashtag_end(&self, mut i: usize) -> usize {
        while i < self.bytes.len() {
            let b = self.bytes[i];
            if b.is_ascii_alphanumeric() || b == b'_' {
                i += 1;
            } else if b >= 0x80 && chars::char_at(self.text, i).is_alphanumeric() {
                i += chars::char_at(self.text, i).len_utf8();
            } else {
                break;
            }
        }
        i
    }

    fn scan_non_ascii(&self, start: usize) -> (usize, TokenKind) {
        let c = chars::char_at(self.text, start);
        let n = c.len_utf8();
        if let Some(kind) = chars::quote_kind(c) {
            if chars::is_apostrophe(c) && self.prev_end == start {
                if let Some(end) = self.clitic_end(start + n) {
                    return (end, TokenKind::Clitic);
                }
            }
            return (start + n, kind);
        }
        if chars::is_dash(c) {
            let mut end = start + n;
            while end < self.bytes.len()
                && self.bytes[end] >= 0x80
                && chars::is_dash(chars::char_at(self.text, end))
            {
                end += chars::char_at(self.text, end).len_utf8();
            }
            return (end, TokenKind::Dash);
        }
        if c == '\u{2026}' {
            let mut end = start + n;
            while self.byte(end) == b'.' {
                end += 1;
            }
            return (end, TokenKind::Ellipsis);
        }
        if chars::is_currency(c) && self.byte(start + n).is_ascii_digit() {
            return self.scan_number(start, start + n);
        }
        if c.is_alphanumeric() {
            return self.scan_word(start);
        }
        // Any other symbol: one grapheme cluster (an emoji with its modifiers stays whole).
        let cluster = self.text[start..].graphemes(true).next().map_or(n, str::len);
        (start + cluster.max(n), TokenKind::Punct)
    }
}
