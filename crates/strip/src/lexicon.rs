//! Language knowledge compiled in from `data/`: stopwords, word classes and junk phrases.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};

use crate::hash::{line_key, word_hash, HashedMap};
use crate::{JunkKind, StripError};

/// Word classes, as bits of the value stored per word hash. Bits 0..16 are stopword languages.
pub(crate) const SECOND_PERSON: u32 = 1 << 16;
pub(crate) const PROMO_CUE: u32 = 1 << 17;
pub(crate) const DATE_WORD: u32 = 1 << 18;
pub(crate) const BYLINE_ROLE: u32 = 1 << 19;
/// The word can start a "contains" phrase.
pub(crate) const PHRASE_START: u32 = 1 << 20;
pub(crate) const LANGUAGE_BITS: u32 = 0xffff;
/// At most this many stopword languages fit in the word-class bits.
pub const MAX_LANGUAGES: usize = 16;

/// The stopword lists shipped with the crate, by language code.
pub(crate) const BUILTIN_STOPWORDS: &[(&str, &str)] = &[
    ("en", include_str!("../data/stopwords/en.txt")),
    ("de", include_str!("../data/stopwords/de.txt")),
    ("fr", include_str!("../data/stopwords/fr.txt")),
    ("es", include_str!("../data/stopwords/es.txt")),
    ("it", include_str!("../data/stopwords/it.txt")),
    ("pt", include_str!("../data/stopwords/pt.txt")),
    ("nl", include_str!("../data/stopwords/nl.txt")),
    ("ru", include_str!("../data/stopwords/ru.txt")),
    ("tr", include_str!("../data/stopwords/tr.txt")),
    ("pl", include_str!("../data/stopwords/pl.txt")),
    ("sv", include_str!("../data/stopwords/sv.txt")),
];
pub(crate) const BUILTIN_PHRASES: &str = include_str!("../data/junk_phrases.tsv");
const SECOND_PERSON_WORDS: &str = include_str!("../data/words/second_person.txt");
const PROMO_CUE_WORDS: &str = include_str!("../data/words/promo_cues.txt");
const DATE_WORDS: &str = include_str!("../data/words/date_words.txt");
const BYLINE_ROLE_WORDS: &str = include_str!("../data/words/byline_roles.txt");

/// An open-addressing table from word hash to class bits, sized for few probes and a small
/// cache footprint: it is consulted once per word of every page.
#[derive(Debug, Clone)]
struct WordTable {
    keys: Vec<u64>,
    values: Vec<u32>,
    mask: usize,
}

impl WordTable {
    fn new(map: &HashedMap<u32>) -> WordTable {
        let slots = (map.len() * 4).next_power_of_two().max(16);
        let mut table = WordTable { keys: vec![0; slots], values: vec![0; slots], mask: slots - 1 };
        for (&key, &value) in map {
            // key 0 marks an empty slot; a real hash of 0 is vanishingly rare and simply not stored
            if key == 0 {
                continue;
            }
            let mut at = (key >> 40) as usize & table.mask;
            while table.keys[at] != 0 {
                at = (at + 1) & table.mask;
            }
            table.keys[at] = key;
            table.values[at] = value;
        }
        table
    }

    #[inline]
    fn get(&self, key: u64) -> u32 {
        let mut at = (key >> 40) as usize & self.mask;
        loop {
            let k = self.keys[at];
            if k == key {
                return self.values[at];
            }
            if k == 0 {
                return 0;
            }
            at = (at + 1) & self.mask;
        }
    }
}

/// How a junk phrase must occur in a line to match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PhraseMode {
    /// The whole line is the phrase (ignoring case, punctuation and spacing).
    Line,
    /// The line starts with the phrase.
    Prefix,
    /// The phrase occurs anywhere in the line, as whole words.
    Contains,
}

impl PhraseMode {
    fn parse(s: &str) -> Option<PhraseMode> {
        match s.trim() {
            "line" => Some(PhraseMode::Line),
            "prefix" => Some(PhraseMode::Prefix),
            "contains" => Some(PhraseMode::Contains),
            _ => None,
        }
    }
}

/// One junk phrase hit inside a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PhraseHit {
    pub kind: JunkKind,
    pub mode: PhraseMode,
    pub start: usize,
    pub end: usize,
}

/// Compiled word classes and phrase matchers.
#[derive(Debug)]
pub(crate) struct Lexicon {
    words: WordTable,
    /// Length in chars of the longest word with a class, so longer words skip the lookup.
    longest_word: u32,
    /// Hashes of `www`, `http`, `https` and of top-level domains, to spot URLs while scanning.
    link_words: [u64; 3],
    domains: [u64; 6],
    line_phrases: HashedMap<JunkKind>,
    /// "contains" phrases, searched over the whole page at once.
    matcher: Option<AhoCorasick>,
    pattern_meta: Vec<JunkKind>,
    /// "prefix" phrases, tried anchored at each line start.
    prefix_matcher: Option<AhoCorasick>,
    prefix_meta: Vec<JunkKind>,
}

/// What a lexicon is built from.
#[derive(Debug, Clone, Default)]
pub(crate) struct LexiconSource {
    pub stopwords: Vec<(String, String)>,
    pub phrases: Vec<(JunkKind, PhraseMode, String)>,
    pub use_builtin: bool,
}

/// Parses phrase lines `kind<TAB>mode<TAB>phrase`; `#` starts a comment, blank lines are
/// skipped. A line with fewer than three fields, an unknown kind or mode, or an empty phrase is an
/// error naming its 1-based line.
pub(crate) fn parse_phrases(tsv: &str) -> Result<Vec<(JunkKind, PhraseMode, String)>, StripError> {
    let mut out = Vec::new();
    for (n, line) in tsv.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let bad = |message: String| StripError::BadLine { list: "phrases", line: n + 1, message };
        let mut parts = line.splitn(3, '\t');
        let (Some(kind), Some(mode), Some(phrase)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(bad(format!("expected `kind<TAB>mode<TAB>phrase`, found {line:?}")));
        };
        let Some(kind) = JunkKind::parse(kind) else {
            return Err(bad(format!(
                "unknown kind {:?} (kinds are the names of `JunkKind::as_str`)",
                kind.trim()
            )));
        };
        let Some(mode) = PhraseMode::parse(mode) else {
            return Err(bad(format!("unknown mode {:?} (expected line, prefix or contains)", mode.trim())));
        };
        let phrase = phrase.trim();
        if phrase.is_empty() {
            return Err(bad("empty phrase".to_string()));
        }
        out.push((kind, mode, phrase.to_lowercase()));
    }
    Ok(out)
}

impl Lexicon {
    pub(crate) fn build(source: &LexiconSource) -> Lexicon {
        let mut words: HashedMap<u32> = HashedMap::default();
        let mut longest_word = 0u32;
        let mut add_words = |list: &str, bits: u32| {
            for w in list.split_whitespace() {
                // the scanner hashes runs of letters and digits, so a word is stored the same way
                for part in w.split(|c: char| !c.is_alphanumeric()).filter(|p| !p.is_empty()) {
                    *words.entry(word_hash(part)).or_insert(0) |= bits;
                    longest_word = longest_word.max(part.chars().count() as u32);
                }
            }
        };
        let mut languages: Vec<&str> = Vec::new();
        let builtin = if source.use_builtin { BUILTIN_STOPWORDS } else { &[] };
        let extra = source.stopwords.iter().map(|(l, w)| (l.as_str(), w.as_str()));
        for (lang, list) in builtin.iter().copied().chain(extra) {
            let index = match languages.iter().position(|l| *l == lang) {
                Some(i) => i,
                None if languages.len() < MAX_LANGUAGES => {
                    languages.push(lang);
                    languages.len() - 1
                }
                None => continue,
            };
            add_words(list, 1 << index);
        }
        add_words(SECOND_PERSON_WORDS, SECOND_PERSON);
        add_words(PROMO_CUE_WORDS, PROMO_CUE);
        add_words(DATE_WORDS, DATE_WORD);
        add_words(BYLINE_ROLE_WORDS, BYLINE_ROLE);

        // The built-in list parses cleanly (a unit test checks it).
        let mut phrases =
            if source.use_builtin { parse_phrases(BUILTIN_PHRASES).unwrap_or_default() } else { Vec::new() };
        phrases.extend(source.phrases.iter().cloned());
        let mut line_phrases = HashedMap::default();
        let mut patterns: Vec<String> = Vec::new();
        let mut pattern_meta = Vec::new();
        let mut prefixes: Vec<String> = Vec::new();
        let mut prefix_meta = Vec::new();
        for (kind, mode, phrase) in phrases {
            match mode {
                PhraseMode::Line => {
                    let key = line_key(&phrase);
                    if key != 0 {
                        line_phrases.entry(key).or_insert(kind);
                    }
                }
                PhraseMode::Prefix => {
                    prefixes.push(phrase);
                    prefix_meta.push(kind);
                }
                PhraseMode::Contains => {
                    // phrases are anchored at a word start, so leading punctuation is dropped
                    let phrase = phrase.trim_start_matches(|c: char| !c.is_alphanumeric()).to_string();
                    if let Some(first) =
                        phrase.split(|c: char| !c.is_alphanumeric()).next().filter(|w| !w.is_empty())
                    {
                        *words.entry(word_hash(first)).or_insert(0) |= PHRASE_START;
                        patterns.push(phrase);
                        pattern_meta.push(kind);
                    }
                }
            }
        }
        let build = |patterns: &[String], start: StartKind| {
            if patterns.is_empty() {
                return None;
            }
            AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostLongest)
                .start_kind(start)
                .kind(Some(AhoCorasickKind::DFA))
                .build(patterns)
                .ok()
        };
        let matcher = build(&patterns, StartKind::Anchored);
        let prefix_matcher = build(&prefixes, StartKind::Anchored);
        let link_words = ["www", "http", "https"].map(word_hash);
        let domains = ["com", "org", "net", "html", "php", "htm"].map(word_hash);
        Lexicon {
            words: WordTable::new(&words),
            longest_word,
            link_words,
            domains,
            line_phrases,
            matcher,
            pattern_meta,
            prefix_matcher,
            prefix_meta,
        }
    }

    /// Word-class bits of a word hash (0 when unknown).
    #[inline]
    pub(crate) fn class_of(&self, hash: u64) -> u32 {
        self.words.get(hash)
    }

    /// Whether a word ending at `next` is part of a URL: `www.`, `http:`, or `.com`-like after a dot.
    #[inline]
    pub(crate) fn is_link_word(&self, hash: u64, after_dot: bool, next: char) -> bool {
        (next == '.' && hash == self.link_words[0])
            || (next == ':' && (hash == self.link_words[1] || hash == self.link_words[2]))
            || (after_dot && self.domains.contains(&hash))
    }

    /// Length in chars of the longest classified word.
    #[inline]
    pub(crate) fn longest_word(&self) -> u32 {
        self.longest_word
    }

    /// The kind of a whole-line phrase with this line key.
    #[inline]
    pub(crate) fn line_phrase(&self, key: u64) -> Option<JunkKind> {
        self.line_phrases.get(&key).copied()
    }

    /// The "contains" phrase starting at byte `start` of `line` (a word start), if any.
    pub(crate) fn phrase_at(&self, line: &str, start: usize) -> Option<PhraseHit> {
        let matcher = self.matcher.as_ref()?;
        let m = matcher.find(Input::new(line).range(start..).anchored(Anchored::Yes))?;
        is_word_boundary(line, m.end(), false).then(|| PhraseHit {
            kind: self.pattern_meta[m.pattern().as_usize()],
            mode: PhraseMode::Contains,
            start: m.start(),
            end: m.end(),
        })
    }

    /// Calls `hit` for each whole-word "contains" phrase in `line`, in order.
    #[cfg(test)]
    pub(crate) fn for_each_phrase(&self, line: &str, mut hit: impl FnMut(PhraseHit)) {
        let mut covered = 0;
        for (i, c) in line.char_indices() {
            let word_start =
                c.is_alphanumeric() && !line[..i].chars().next_back().is_some_and(char::is_alphanumeric);
            if i >= covered && word_start {
                if let Some(h) = self.phrase_at(line, i) {
                    covered = h.end;
                    hit(h);
                }
            }
        }
    }

    /// The "prefix" phrase that `line` starts with (as whole words), if any.
    pub(crate) fn prefix_phrase(&self, line: &str) -> Option<PhraseHit> {
        let matcher = self.prefix_matcher.as_ref()?;
        let m = matcher.find(Input::new(line).anchored(Anchored::Yes))?;
        is_word_boundary(line, m.end(), false).then(|| PhraseHit {
            kind: self.prefix_meta[m.pattern().as_usize()],
            mode: PhraseMode::Prefix,
            start: m.start(),
            end: m.end(),
        })
    }
}

/// True when the match edge at `at` does not split a word.
fn is_word_boundary(text: &str, at: usize, is_start: bool) -> bool {
    let (inside, outside) = if is_start {
        (text[at..].chars().next(), text[..at].chars().next_back())
    } else {
        (text[..at].chars().next_back(), text[at..].chars().next())
    };
    match (inside, outside) {
        (Some(i), Some(o)) => !(i.is_alphanumeric() && o.is_alphanumeric()),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn builtin() -> Lexicon {
        Lexicon::build(&LexiconSource { use_builtin: true, ..Default::default() })
    }

    #[test]
    fn classifies_words() {
        let lex = builtin();
        assert_ne!(lex.class_of(word_hash("The")) & LANGUAGE_BITS, 0);
        assert_ne!(lex.class_of(word_hash("your")) & SECOND_PERSON, 0);
        assert_ne!(lex.class_of(word_hash("newsletter")) & PROMO_CUE, 0);
        assert_ne!(lex.class_of(word_hash("GMT")) & DATE_WORD, 0);
        assert_eq!(lex.class_of(word_hash("zebra")), 0);
    }

    #[test]
    fn finds_whole_word_phrases_only() {
        let lex = builtin();
        let mut hits = Vec::new();
        lex.for_each_phrase("We use cookies. Subscribe to our newsletter!", |h| hits.push(h.kind));
        assert_eq!(hits, vec![JunkKind::Cookie, JunkKind::Promo]);
        assert_eq!(lex.prefix_phrase("Tags: ports, ships").map(|h| h.kind), Some(JunkKind::Tags));
        assert_eq!(lex.prefix_phrase("Tagsfoo"), None);
        assert_eq!(lex.prefix_phrase("The tags: a, b"), None);
        let mut none = Vec::new();
        lex.for_each_phrase("unsubscribe to our plans", |h| none.push(h.kind));
        assert!(none.is_empty());
    }

    #[test]
    fn parses_phrase_files_and_rejects_bad_lines() {
        let parsed = parse_phrases("# c\n\npromo\tcontains\tBuy Now\r\n").unwrap();
        assert_eq!(parsed, vec![(JunkKind::Promo, PhraseMode::Contains, "buy now".to_string())]);
        let line_of = |tsv: &str| match parse_phrases(tsv) {
            Err(StripError::BadLine { list: "phrases", line, .. }) => line,
            other => panic!("{other:?}"),
        };
        assert_eq!(line_of("promo\tline\tok\nbad line\n"), 2);
        assert_eq!(line_of("# c\nnope\tline\tx\n"), 2);
        assert_eq!(line_of("promo\tsomewhere\tx\n"), 1);
        assert_eq!(line_of("promo\tline\t  \n"), 1);
        assert!(parse_phrases(BUILTIN_PHRASES).is_ok());
    }
}
