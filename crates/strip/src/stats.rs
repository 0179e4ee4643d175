//! Language-light statistics of one line, computed in a single pass over its chars.

use crate::hash::{finish, mix, mix_lower, mix_word};
use crate::lexicon::{
    Lexicon, BYLINE_ROLE, DATE_WORD, LANGUAGE_BITS, MAX_LANGUAGES, PHRASE_START, PROMO_CUE, SECOND_PERSON,
};

/// Counts describing one line.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct LineStats {
    /// Runs of letters or digits.
    pub words: u32,
    /// Non-whitespace chars.
    pub chars: u32,
    pub letters: u32,
    pub digits: u32,
    /// Words starting with an upper-case letter.
    pub capitalised: u32,
    /// Words made only of digits.
    pub numeric_words: u32,
    /// Stopword hits of the best-matching language.
    pub stopwords: u32,
    /// Sentence ends (`.`, `!`, `?`, `。` …) followed by a space or the line end.
    pub terminals: u32,
    /// The line ends like a sentence.
    pub ends_terminal: bool,
    pub ends_colon: bool,
    /// The first letter is lower case (a continuation or a fragment).
    pub starts_lower: bool,
    /// The line starts with a bullet or a dash.
    pub starts_bullet: bool,
    /// Words written entirely in capitals (two letters or more).
    pub all_caps_words: u32,
    /// The line ends with an ellipsis ("…", "...", "[…]"): a truncated teaser.
    pub ends_ellipsis: bool,
    /// Lower-case letters directly followed by a capital ("AthleteA"): text of separate page
    /// elements glued together by the dump, typical of teaser lists.
    pub glued: u32,
    pub commas: u32,
    pub quotes: u32,
    /// Menu-like separators: `|`, `•`, `»`, `›`, `·`.
    pub separators: u32,
    /// URL, e-mail or handle traces.
    pub links: u32,
    /// Chars from scripts written without spaces (CJK, kana, hangul).
    pub cjk: u32,
    pub second_person: u32,
    pub promo_cues: u32,
    pub date_words: u32,
    pub byline_roles: u32,
    /// A `12:30`-like time.
    pub has_time: bool,
    /// A four-digit number between 1900 and 2099.
    pub has_year: bool,
    /// `©` or `(c)`.
    pub has_copyright_sign: bool,
    /// Case- and punctuation-insensitive hash of the line (0 if it has no letters or digits).
    pub key: u64,
}

impl LineStats {
    /// Word count where CJK text (written without spaces) counts about one word per two chars.
    #[inline]
    pub fn effective_words(&self) -> f32 {
        self.words as f32 + self.cjk as f32 * 0.5
    }

    /// Share of words that are stopwords of the best-matching language.
    #[inline]
    pub fn stopword_ratio(&self) -> f32 {
        if self.words == 0 {
            0.0
        } else {
            self.stopwords as f32 / self.words as f32
        }
    }

    /// Share of words that start upper-case.
    #[inline]
    pub fn capitalised_ratio(&self) -> f32 {
        if self.words == 0 {
            0.0
        } else {
            self.capitalised as f32 / self.words as f32
        }
    }

    /// Reads like a sentence of running text, however short: a sentence end and function words
    /// (or CJK text). Clean articles are made of such lines; menus and buttons are not.
    pub fn is_sentence_like(&self) -> bool {
        self.effective_words() >= 5.0
            && self.ends_terminal
            && !self.starts_bullet
            && (self.stopword_ratio() >= 0.15 || self.cjk > 8)
            // a title-case line ("Our Standards: The Trust Principles.") is a label, not a sentence
            && (self.words >= 12 || self.capitalised_ratio() <= 0.6)
    }

    /// Reads like prose: enough words, a sentence end, and function words (or CJK text).
    pub fn is_prose(&self) -> bool {
        let words = self.effective_words();
        words >= 12.0
            && (self.terminals > 0 || self.ends_terminal)
            && (self.stopword_ratio() >= 0.15 || self.cjk > 20)
    }
}

const ALNUM: u8 = 1;
const UPPER: u8 = 2;
const LOWER: u8 = 4;
const DIGIT: u8 = 8;
const SPACE: u8 = 16;
/// Punctuation that some counter looks at.
const PUNCT: u8 = 32;
const CJK: u8 = 64;

const fn ascii_class_table() -> [u8; 128] {
    let mut table = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if c.is_ascii_uppercase() {
            ALNUM | UPPER
        } else if c.is_ascii_lowercase() {
            ALNUM | LOWER
        } else if c.is_ascii_digit() {
            ALNUM | DIGIT
        } else if c.is_ascii_whitespace() {
            SPACE
        } else if matches!(c, b',' | b'"' | b'|' | b'@' | b':' | b'/') {
            PUNCT
        } else {
            0
        };
        b += 1;
    }
    table
}

static ASCII_CLASS: [u8; 128] = ascii_class_table();

/// Class bits of a non-ASCII char.
#[inline]
fn unicode_class(c: char) -> u8 {
    let code = c as u32;
    // fast paths for the non-ASCII chars news text is full of: typographic punctuation, NBSP
    if (0x2000..=0x206f).contains(&code) {
        return if code <= 0x200a || matches!(code, 0x2028 | 0x2029 | 0x202f | 0x205f) {
            SPACE
        } else {
            PUNCT
        };
    }
    if (0xa0..=0xbf).contains(&code) || code == 0xd7 || code == 0xf7 {
        return if code == 0xa0 { SPACE } else { PUNCT };
    }
    if (0xc0..=0xff).contains(&code) {
        return ALNUM | if code <= 0xde { UPPER } else { LOWER };
    }
    if (0x400..=0x4ff).contains(&code) {
        // Cyrillic: capitals are U+0400–U+042F
        return ALNUM | if code <= 0x42f { UPPER } else { LOWER };
    }
    if is_cjk(c) {
        ALNUM | CJK
    } else if c.is_alphanumeric() {
        ALNUM
            | if c.is_uppercase() {
                UPPER
            } else if c.is_lowercase() {
                LOWER
            } else {
                0
            }
    } else if c.is_whitespace() {
        SPACE
    } else {
        PUNCT
    }
}

#[inline]
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30ff | 0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xac00..=0xd7af | 0xf900..=0xfaff | 0x1100..=0x11ff)
}

#[inline]
fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '。' | '！' | '？' | '…')
}

#[inline]
fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '」' | '』')
}

/// Computes the statistics of `text` (one line, already trimmed), and pushes to `phrase_starts`
/// the byte offset of every word that can start a junk phrase.
pub(crate) fn line_stats(text: &str, lexicon: &Lexicon, phrase_starts: &mut Vec<u32>) -> LineStats {
    let mut s = LineStats::default();
    let mut lang_hits = [0u32; MAX_LANGUAGES];
    let mut word_hash = 0u64;
    let mut in_word = false;
    let mut word_first_upper = false;
    let mut word_all_digits = true;
    let mut word_len = 0u32;
    let mut word_upper = 0u32;
    let mut seen_letter = false;
    let mut word_digits_value = 0u32;
    let mut key = 0u64;
    let mut key_any = false;
    let mut prev = ' ';
    let mut prev_prev = ' ';
    let mut last_visible = ' ';
    let mut before_last_visible = ' ';

    let mut word_start = 0usize;
    let mut word_after_dot = false;
    let mut end_word =
        |s: &mut LineStats, hash: u64, all_digits: bool, len: u32, value: u32, start: usize| {
            s.words += 1;
            if all_digits {
                s.numeric_words += 1;
                if len == 4 && (1900..=2099).contains(&value) {
                    s.has_year = true;
                }
                return;
            }
            if len > lexicon.longest_word() {
                return;
            }
            let class = lexicon.class_of(hash);
            if class == 0 {
                return;
            }
            if class & PHRASE_START != 0 {
                phrase_starts.push(start as u32);
            }
            let mut langs = class & LANGUAGE_BITS;
            while langs != 0 {
                let bit = langs.trailing_zeros() as usize;
                lang_hits[bit] += 1;
                langs &= langs - 1;
            }
            s.second_person += u32::from(class & SECOND_PERSON != 0);
            s.promo_cues += u32::from(class & PROMO_CUE != 0);
            s.date_words += u32::from(class & DATE_WORD != 0);
            s.byline_roles += u32::from(class & BYLINE_ROLE != 0);
        };

    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let byte = bytes[at];
        if byte < 0x80 && ASCII_CLASS[byte as usize] & ALNUM != 0 {
            // fast path: a run of ASCII letters and digits, with its state kept in registers
            if !in_word {
                in_word = true;
                word_after_dot = prev == '.';
                word_start = at;
                word_hash = 0;
                word_first_upper = ASCII_CLASS[byte as usize] & UPPER != 0;
                word_all_digits = true;
                word_len = 0;
                word_upper = 0;
                word_digits_value = 0;
            }
            let mut prev_lower = prev.is_lowercase();
            let (mut hash, mut len, mut uppers) = (word_hash, word_len, word_upper);
            let (mut value, mut all_digits) = (word_digits_value, word_all_digits);
            let (mut p1, mut p2) = (prev, prev_prev);
            let mut j = at;
            while j < bytes.len() {
                let b = bytes[j];
                if b >= 0x80 {
                    break;
                }
                let f = ASCII_CLASS[b as usize];
                if f & ALNUM == 0 {
                    break;
                }
                let up = f & UPPER != 0;
                if !seen_letter && f & (UPPER | LOWER) != 0 {
                    seen_letter = true;
                    s.starts_lower = !up;
                }
                s.glued += u32::from(up && prev_lower);
                prev_lower = f & LOWER != 0;
                uppers += u32::from(up);
                len += 1;
                if f & DIGIT != 0 {
                    hash = mix(hash, b as char);
                    s.digits += 1;
                    value = value.saturating_mul(10).saturating_add(u32::from(b - b'0'));
                } else {
                    hash = mix(hash, (b | u8::from(up) << 5) as char);
                    all_digits = false;
                    s.letters += 1;
                }
                p2 = p1;
                p1 = b as char;
                j += 1;
            }
            let run = j - at;
            s.chars += run as u32;
            before_last_visible = if run >= 2 { bytes[j - 2] as char } else { last_visible };
            last_visible = bytes[j - 1] as char;
            (prev, prev_prev) = (p1, p2);
            (word_hash, word_len, word_upper) = (hash, len, uppers);
            (word_digits_value, word_all_digits) = (value, all_digits);
            at = j;
            continue;
        }
        // one classification per char, from a table for ASCII
        let char_start = at;
        let (c, flags) = if byte < 0x80 {
            at += 1;
            (byte as char, ASCII_CLASS[byte as usize])
        } else {
            let c = text[at..].chars().next().unwrap_or(' ');
            at += c.len_utf8();
            (c, unicode_class(c))
        };
        if flags & ALNUM != 0 {
            let upper = flags & UPPER != 0;
            if !in_word {
                in_word = true;
                word_after_dot = prev == '.';
                word_start = char_start;
                word_hash = 0;
                word_first_upper = upper;
                word_all_digits = true;
                word_len = 0;
                word_upper = 0;
                word_digits_value = 0;
            }
            if !seen_letter && flags & (UPPER | LOWER) != 0 {
                seen_letter = true;
                s.starts_lower = !upper;
            }
            s.glued += u32::from(upper && in_word && prev.is_lowercase());
            word_upper += u32::from(upper);
            word_len += 1;
            if flags & DIGIT != 0 {
                word_hash = mix(word_hash, c);
                s.digits += 1;
                word_digits_value =
                    word_digits_value.saturating_mul(10).saturating_add(u32::from(byte - b'0'));
            } else {
                word_hash = if byte < 0x80 {
                    mix(word_hash, (byte | u8::from(upper) << 5) as char)
                } else {
                    mix_lower(word_hash, c)
                };
                word_all_digits = false;
                s.letters += 1;
                s.cjk += u32::from(flags & CJK != 0);
            }
        } else {
            if in_word {
                in_word = false;
                s.all_caps_words += u32::from(word_len >= 2 && word_upper == word_len);
                s.capitalised += u32::from(word_first_upper);
                let finished = finish(word_hash);
                s.links += u32::from(lexicon.is_link_word(finished, word_after_dot, c));
                key = mix_word(key, finished);
                key_any = true;
                end_word(&mut s, finished, word_all_digits, word_len, word_digits_value, word_start);
            }
            if flags & PUNCT != 0 {
                match c {
                    ',' | '،' | '、' | '，' => s.commas += 1,
                    '"' | '“' | '”' | '„' | '«' | '»' | '「' | '」' => s.quotes += 1,
                    '|' | '•' | '›' | '·' | '►' | '▶' => s.separators += 1,
                    '@' => s.links += 1,
                    '©' => s.has_copyright_sign = true,
                    ':' if prev.is_ascii_digit() => s.has_time = true,
                    '/' if prev == '/' && prev_prev == ':' => s.links += 1,
                    _ => {}
                }
            }
            if flags & SPACE != 0 && is_terminal(prev) && !prev_prev.is_whitespace() {
                s.terminals += 1;
            }
        }
        if flags & SPACE == 0 {
            s.chars += 1;
            before_last_visible = last_visible;
            last_visible = c;
        }
        prev_prev = prev;
        prev = c;
    }
    if in_word {
        s.all_caps_words += u32::from(word_len >= 2 && word_upper == word_len);
        s.capitalised += u32::from(word_first_upper);
        let finished = finish(word_hash);
        s.links += u32::from(lexicon.is_link_word(finished, word_after_dot, ' '));
        key = mix_word(key, finished);
        key_any = true;
        end_word(&mut s, finished, word_all_digits, word_len, word_digits_value, word_start);
    }
    if is_terminal(last_visible) || (is_closing(last_visible) && is_terminal(before_last_visible)) {
        s.ends_terminal = true;
        s.terminals += 1;
    }
    s.ends_colon = last_visible == ':';
    let tail = text.trim_end_matches([']', ')', ' ']);
    s.ends_ellipsis = tail.ends_with('…') || tail.ends_with("...");
    s.starts_bullet = text.starts_with(['*', '-', '•', '–', '—', '·', '►', '▪', '●']);
    s.stopwords = lang_hits.iter().copied().max().unwrap_or(0);
    s.key = if key_any { finish(key) } else { 0 };
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::line_key;
    use crate::lexicon::LexiconSource;

    fn stats(text: &str) -> LineStats {
        let lex = Lexicon::build(&LexiconSource { use_builtin: true, ..Default::default() });
        line_stats(text, &lex, &mut Vec::new())
    }

    #[test]
    fn prose_line() {
        let s =
            stats("The minister said on Monday that the talks would resume in the spring. Others disagreed.");
        assert_eq!(s.words, 15);
        assert_eq!(s.terminals, 2);
        assert!(s.ends_terminal);
        assert!(s.is_prose());
        assert!(s.stopword_ratio() > 0.3);
    }

    #[test]
    fn menu_and_timestamp_lines() {
        let menu = stats("Home | World | Business | Sport");
        assert_eq!(menu.separators, 3);
        assert!(!menu.is_prose());
        let time = stats("09:12 GMT 14.03.2021 (Updated: 10:05 GMT)");
        assert!(time.has_time && time.has_year);
        assert!(time.date_words >= 3);
    }

    #[test]
    fn key_matches_line_key() {
        let text = "Top  Channel!";
        assert_eq!(stats(text).key, line_key(text));
    }

    #[test]
    fn counts_cjk_and_other_languages() {
        let ko = stats("정부는 오늘 새로운 정책을 발표했다.");
        assert!(ko.cjk > 10);
        let de = stats("Die Regierung hat am Montag die neuen Pläne für das Land vorgestellt, sagte er.");
        assert!(de.stopword_ratio() > 0.3);
    }
}
