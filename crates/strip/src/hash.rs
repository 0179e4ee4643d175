//! Allocation-free hashing of words and normalised lines.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// Folds one (already lower-cased) char into a running hash.
#[inline]
pub(crate) fn mix(hash: u64, c: char) -> u64 {
    (hash.rotate_left(5) ^ c as u64).wrapping_mul(SEED)
}

/// Finishes a hash so that short keys spread over all bits.
#[inline]
pub(crate) fn finish(hash: u64) -> u64 {
    let h = hash ^ (hash >> 29);
    h.wrapping_mul(0xbf58_476d_1ce4_e5b9) ^ (h >> 32)
}

/// Folds a char in lower case (ASCII fast path).
#[inline]
pub(crate) fn mix_lower(hash: u64, c: char) -> u64 {
    if c.is_ascii() {
        mix(hash, c.to_ascii_lowercase())
    } else if ('\u{c0}'..='\u{de}').contains(&c) && c != '\u{d7}' {
        // Latin-1 capitals lower-case by adding 0x20
        mix(hash, char::from_u32(c as u32 + 0x20).unwrap_or(c))
    } else if ('\u{410}'..='\u{42f}').contains(&c) {
        mix(hash, char::from_u32(c as u32 + 0x20).unwrap_or(c))
    } else if ('\u{400}'..='\u{40f}').contains(&c) {
        mix(hash, char::from_u32(c as u32 + 0x50).unwrap_or(c))
    } else if ('\u{430}'..='\u{45f}').contains(&c)
        || ('\u{df}'..='\u{ff}').contains(&c)
        || ('\u{3000}'..'\u{ff00}').contains(&c)
    {
        // already lower case, or CJK, kana and hangul, which have no case
        mix(hash, c)
    } else {
        c.to_lowercase().fold(hash, mix)
    }
}

/// Hash of a word, case-insensitive.
pub(crate) fn word_hash(word: &str) -> u64 {
    finish(word.chars().fold(0, mix_lower))
}

/// Folds a finished word hash into a running line key.
#[inline]
pub(crate) fn mix_word(key: u64, word: u64) -> u64 {
    (key.rotate_left(5) ^ word).wrapping_mul(SEED)
}

/// Hash of a line's letters and digits, case-insensitive, ignoring punctuation and spacing.
///
/// Two lines that differ only in case, punctuation or spacing hash alike, so repeated headlines
/// and menu items are found even when a scraper mangles them slightly. Built from the word hashes,
/// so [`crate::stats::line_stats`] gets it for free.
pub(crate) fn line_key(text: &str) -> u64 {
    let mut key = 0u64;
    let mut word = 0u64;
    let mut in_word = false;
    let mut any = false;
    for c in text.chars() {
        if c.is_alphanumeric() {
            word = mix_lower(if in_word { word } else { 0 }, c);
            in_word = true;
        } else if in_word {
            key = mix_word(key, finish(word));
            in_word = false;
            any = true;
        }
    }
    if in_word {
        key = mix_word(key, finish(word));
        any = true;
    }
    if any {
        finish(key)
    } else {
        0
    }
}

/// A hasher for keys that are already hashes.
#[derive(Default)]
pub(crate) struct IdentityHasher(u64);

impl Hasher for IdentityHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A map keyed by precomputed hashes.
pub(crate) type HashedMap<V> = HashMap<u64, V, BuildHasherDefault<IdentityHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_key_ignores_case_punctuation_and_spacing() {
        assert_eq!(line_key("Top  Channel!"), line_key("top channel"));
        assert_eq!(line_key("[ad_1]"), line_key("ad 1"));
        assert_ne!(line_key("top channel"), line_key("topchannel"));
        assert_eq!(line_key("  ...  "), 0);
    }

    #[test]
    fn word_hash_is_case_insensitive() {
        assert_eq!(word_hash("The"), word_hash("the"));
        assert_eq!(word_hash("ÜBER"), word_hash("über"));
        assert_ne!(word_hash("the"), word_hash("then"));
    }
}
