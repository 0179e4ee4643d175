//! The lexicons that steer sentence splitting: abbreviations and sentence starters.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a: the keys are a few bytes long, where SipHash's setup dominates the lookup.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

type FastBuild = BuildHasherDefault<Fnv>;

/// The abbreviation list shipped with the crate (`data/abbreviations_en.txt`).
pub const ABBREVIATIONS_EN: &str = include_str!("../data/abbreviations_en.txt");
/// The sentence-starter list shipped with the crate (`data/sentence_starters_en.txt`).
pub const SENTENCE_STARTERS_EN: &str = include_str!("../data/sentence_starters_en.txt");
/// The reporting-verb list shipped with the crate (`data/reporting_verbs_en.txt`).
pub const REPORTING_VERBS_EN: &str = include_str!("../data/reporting_verbs_en.txt");

/// How an abbreviation behaves at a possible sentence end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AbbreviationClass {
    /// Stands before a name (`Mr.`, `St.`, `Sen.`): ends a sentence only before a sentence
    /// starter of two letters or more (`Main St. The …`), never at a line break.
    Title,
    /// May end a sentence (`Co.`, `Jr.`, `etc.`): it does before a sentence starter or a line
    /// break.
    Ordinary,
}

/// A set of abbreviations, looked up without the final period.
///
/// An entry given in lowercase matches the word in any case; an entry with capitals matches only
/// a word that starts with a capital, so `Mass.` does not turn the verb "mass." into an
/// abbreviation.
#[derive(Debug, Clone, Default)]
pub struct Abbreviations {
    /// Lowercased key → (class, whether the word must start with a capital).
    entries: HashMap<Box<[u8]>, (AbbreviationClass, bool), FastBuild>,
    longest: usize,
}

/// Longest abbreviation (in bytes, without the final period) the lookup buffer holds.
const MAX_LEN: usize = 32;

impl Abbreviations {
    /// An empty set.
    pub fn new() -> Self {
        Self::default()
    }

    /// The English list shipped with the crate.
    pub fn english() -> Self {
        let mut set = Self::new();
        set.extend_from_str(ABBREVIATIONS_EN);
        set
    }

    /// Adds one abbreviation, with or without its final period (`"Gen."`, `"gen"`).
    pub fn insert(&mut self, abbreviation: &str, class: AbbreviationClass) {
        let key = abbreviation.trim().trim_end_matches('.');
        if key.is_empty() || key.len() > MAX_LEN {
            return;
        }
        let needs_capital = key.chars().any(char::is_uppercase);
        let key: Box<[u8]> = key.to_lowercase().into_bytes().into_boxed_slice();
        self.longest = self.longest.max(key.len());
        let entry = self.entries.entry(key).or_insert((class, needs_capital));
        // A title wins over an ordinary reading; a lowercase entry widens a capitalised one.
        if class == AbbreviationClass::Title {
            entry.0 = class;
        }
        entry.1 &= needs_capital;
    }

    /// Adds the entries of a list in the format of `data/abbreviations_en.txt`: one per line,
    /// `#` starts a comment, an optional `title` tag after the abbreviation.
    pub fn extend_from_str(&mut self, list: &str) {
        for line in list.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            let mut fields = line.split_whitespace();
            let Some(abbreviation) = fields.next() else { continue };
            let class = match fields.next() {
                Some(tag) if tag.eq_ignore_ascii_case("title") => AbbreviationClass::Title,
                _ => AbbreviationClass::Ordinary,
            };
            self.insert(abbreviation, class);
        }
    }

    /// The class of `word` (without its final period), if it is a known abbreviation.
    pub fn class_of(&self, word: &str) -> Option<AbbreviationClass> {
        let bytes = word.as_bytes();
        if bytes.is_empty() || bytes.len() > self.longest {
            return None;
        }
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        let mut buf = [0u8; MAX_LEN];
        let found = if word.is_ascii() {
            for (dst, src) in buf.iter_mut().zip(bytes) {
                *dst = src.to_ascii_lowercase();
            }
            self.entries.get(&buf[..bytes.len()])
        } else {
            self.entries.get(word.to_lowercase().as_bytes())
        };
        match found {
            Some(&(class, needs_capital)) if capitalised || !needs_capital => Some(class),
            _ => None,
        }
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when the set has no entries.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A case-sensitive word list, such as the sentence starters or the reporting verbs.
#[derive(Debug, Clone, Default)]
pub struct WordList {
    words: HashSet<Box<str>, FastBuild>,
}

/// Words that typically begin a sentence (`The`, `How`, `It`).
pub type SentenceStarters = WordList;

impl WordList {
    /// The English sentence starters shipped with the crate.
    pub fn english() -> Self {
        Self::from_list(SENTENCE_STARTERS_EN)
    }

    /// The English reporting verbs shipped with the crate.
    pub fn english_reporting_verbs() -> Self {
        Self::from_list(REPORTING_VERBS_EN)
    }

    /// A list parsed from text: one word per line, `#` starts a comment.
    pub fn from_list(list: &str) -> Self {
        let mut set = Self::default();
        set.extend_from_str(list);
        set
    }

    /// Adds the words of a list: one per line, `#` starts a comment.
    pub fn extend_from_str(&mut self, list: &str) {
        for line in list.lines() {
            let word = line.split('#').next().unwrap_or("").trim();
            if !word.is_empty() {
                self.words.insert(word.into());
            }
        }
    }

    /// Adds one word.
    pub fn insert(&mut self, word: &str) {
        self.words.insert(word.into());
    }

    /// True when `word` is in the list.
    pub fn contains(&self, word: &str) -> bool {
        self.words.contains(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_list_has_titles_and_ordinary() {
        let a = Abbreviations::english();
        assert_eq!(a.class_of("Mr"), Some(AbbreviationClass::Title));
        assert_eq!(a.class_of("MR"), Some(AbbreviationClass::Title));
        assert_eq!(a.class_of("Feb"), Some(AbbreviationClass::Ordinary));
        assert_eq!(a.class_of("house"), None);
        assert_eq!(a.class_of("Mass"), Some(AbbreviationClass::Ordinary));
        assert_eq!(a.class_of("mass"), None, "capitalised entries need a capital");
        assert_eq!(a.class_of("co"), Some(AbbreviationClass::Ordinary));
        assert!(a.len() > 100);
    }

    #[test]
    fn users_can_extend() {
        let mut a = Abbreviations::new();
        a.extend_from_str("# mine\nBrig. title\nGmbH.\n");
        assert_eq!(a.class_of("Brig"), Some(AbbreviationClass::Title));
        assert_eq!(a.class_of("GMBH"), Some(AbbreviationClass::Ordinary));
        assert_eq!(a.class_of("brig"), None);
        let s = SentenceStarters::english();
        assert!(s.contains("However") && !s.contains("Government"));
    }
}
