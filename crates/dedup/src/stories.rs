//! Stories: the documents that report the same event, whoever published them.
//!
//! Each document becomes a [`StoryProfile`], a short sparse vector of what identifies its event:
//! capitalised names (multiword names as one term), the normalised actors the caller knows, numbers,
//! and content words, stemmed. Words are weighted by how rare they are in generic English (a
//! background document-frequency table compiled in, `data/background_df.txt`, derived from the UD
//! English Web Treebank) and, when the batch is large enough to tell (50 documents or more), by how
//! many documents of the batch use them, so "said" weighs nothing and "impeachment" much even
//! among three articles, and a name in a tenth of a large feed names no single event.
//!
//! Documents are compared by the cosine of their profiles (zero when both are dated and further
//! apart than the time window); near-duplicates found elsewhere (MinHash) may be added as sure links.
//! Grouping is average linkage with a threshold: a document joins a story only when it is similar
//! to the story as a whole, so one shared name cannot chain two stories together.
//!
//! ```
//! use newsclaim_dedup::{group_stories, StoryConfig, StoryDoc};
//!
//! let a = StoryDoc::new("Governor Alma Reyes vetoed the Harbor Tunnel bill on Tuesday, citing its \
//!     cost of 4.2 billion dollars. Tunnel supporters in Port Sevrin said they would try again.");
//! let b = StoryDoc::new("The Harbor Tunnel bill is dead: Governor Alma Reyes vetoed it, saying Port \
//!     Sevrin cannot afford 4.2 billion dollars. Supporters of the tunnel vowed to return.");
//! let c = StoryDoc::new("The Kestrel Valley orchestra opened its season with a new symphony by \
//!     composer Ilse Marrow, who conducted the premiere herself before a full hall.");
//! let config = StoryConfig::builder().build().unwrap();
//! let stories = group_stories(&[a, c, b], &config);
//! assert_eq!(stories.len(), 2);
//! assert_eq!(stories[0].members, vec![0, 2]);
//! assert_eq!(stories[1].members, vec![1]);
//! ```

use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::sync::OnceLock;

use rayon::prelude::*;
use rust_stemmers::{Algorithm, Stemmer};

use crate::fast_hash::{FastHasher, IdMap};
use crate::linkage::{average_linkage, split_large};
use crate::union_find::UnionFind;

const BACKGROUND_DF: &str = include_str!("../data/background_df.txt");
const STOPWORDS: &str = include_str!("../data/stopwords.txt");

/// One document as the story grouper sees it: borrowed views of the caller's record.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StoryDoc<'a> {
    /// The body text.
    pub text: &'a str,
    /// The headline, if known (its words count twice).
    pub title: Option<&'a str>,
    /// Publication date as `YYYY-MM-DD`, if known.
    pub date: Option<&'a str>,
    /// Names the caller already resolved (actors' normalised names, places): each is one term.
    pub names: Vec<&'a str>,
}

impl<'a> StoryDoc<'a> {
    /// A document with this body and nothing else known.
    pub fn new(text: &'a str) -> Self {
        StoryDoc { text, ..StoryDoc::default() }
    }

    /// With a headline.
    pub fn title(mut self, title: &'a str) -> Self {
        self.title = Some(title);
        self
    }

    /// With a publication date (`YYYY-MM-DD`; anything else counts as unknown).
    pub fn date(mut self, date: &'a str) -> Self {
        self.date = Some(date);
        self
    }

    /// With names the caller resolved (e.g. the normalised actors of its claims).
    pub fn names(mut self, names: impl IntoIterator<Item = &'a str>) -> Self {
        self.names.extend(names);
        self
    }
}

/// A group of documents reporting one event.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Story {
    /// Indices of the member documents, ascending.
    pub members: Vec<usize>,
    /// The member closest to all the others (its headline names the story).
    pub central: usize,
    /// Earliest member date (`YYYY-MM-DD`), if any member is dated.
    pub first: Option<String>,
    /// Latest member date, if any member is dated.
    pub last: Option<String>,
}

/// Why a [`StoryConfig`] was refused.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum StoryConfigError {
    /// The threshold must lie in `(0, 1]`.
    #[error("story threshold {0} is not in (0, 1]")]
    Threshold(f64),
    /// A profile needs at least one term.
    #[error("max_terms must be at least 1")]
    MaxTerms,
}

/// Parameters of story grouping; build one with [`StoryConfig::builder`].
#[derive(Clone, Debug, PartialEq)]
pub struct StoryConfig {
    threshold: f64,
    window_days: Option<u32>,
    max_terms: usize,
}

impl Default for StoryConfig {
    fn default() -> Self {
        StoryConfig { threshold: 0.3, window_days: Some(7), max_terms: 80 }
    }
}

/// Builds a validated [`StoryConfig`].
#[derive(Clone, Debug, Default)]
pub struct StoryConfigBuilder {
    config: StoryConfig,
}

impl StoryConfigBuilder {
    /// Average cosine similarity at or above which a document joins a story (default 0.3).
    pub fn threshold(mut self, threshold: f64) -> Self {
        self.config.threshold = threshold;
        self
    }

    /// Documents dated further apart than this many days are never in one story (default 7);
    /// `None` ignores dates. Undated documents match anything.
    pub fn window_days(mut self, days: Option<u32>) -> Self {
        self.config.window_days = days;
        self
    }

    /// How many of its heaviest terms a document's profile keeps (default 80): the memory per
    /// document is 16 bytes a term.
    pub fn max_terms(mut self, terms: usize) -> Self {
        self.config.max_terms = terms;
        self
    }

    /// The configuration, or why it is invalid.
    pub fn build(self) -> Result<StoryConfig, StoryConfigError> {
        let c = self.config;
        if !(c.threshold > 0.0 && c.threshold <= 1.0) {
            return Err(StoryConfigError::Threshold(c.threshold));
        }
        if c.max_terms == 0 {
            return Err(StoryConfigError::MaxTerms);
        }
        Ok(c)
    }
}

impl StoryConfig {
    /// A builder starting from the defaults.
    pub fn builder() -> StoryConfigBuilder {
        StoryConfigBuilder::default()
    }

    /// The linkage threshold.
    pub fn threshold(&self) -> f64 {
        self.threshold
    }

    /// The time window in days, if dates count.
    pub fn window_days(&self) -> Option<u32> {
        self.window_days
    }

    /// The profile of one document: a pure function of the document and the configuration, so
    /// profiles can be computed anywhere and grouped later with [`group_profiles`].
    pub fn profile(&self, doc: &StoryDoc<'_>) -> StoryProfile {
        let background = Background::get();
        let max_idf = background.max_idf();
        // term key → (count, idf); idf is fixed by the term, so it is looked up once.
        let mut tf: IdMap<u64, (f32, f64)> = IdMap::default();
        let mut add = |key: u64, count: f32, idf: &dyn Fn() -> f64| {
            tf.entry(key).or_insert_with(|| (0.0, idf())).0 += count;
        };
        WORD_CACHE.with(|cache| {
            let mut cache = cache.borrow_mut();
            for (text, repeat) in doc.title.iter().map(|t| (*t, 2.0)).chain([(doc.text, 1.0)]) {
                scan(text, |token| match token {
                    Token::Word { lower, capitalised, sentence_start } => {
                        let Some(word) = cache.get(background, lower) else { return };
                        // A capitalised word inside a sentence names something; at a sentence start
                        // only when it is not common English.
                        let named = capitalised && (!sentence_start || word.df < 40);
                        let idf = background.idf_of_df(word.df);
                        if named {
                            add(term_key(NAME, word.stem), repeat, &|| idf.max(0.5 * max_idf) * 1.2);
                        } else {
                            add(term_key(WORD, word.stem), repeat, &|| idf);
                        }
                    }
                    Token::Name(name) => add(term_key(PHRASE, text_hash(name)), repeat, &|| max_idf),
                    Token::Number(n) => add(term_key(NUMBER, text_hash(n)), repeat, &|| 0.6 * max_idf),
                });
            }
        });
        for name in &doc.names {
            let name = name.trim().to_lowercase();
            if !name.is_empty() {
                add(term_key(PHRASE, text_hash(&name)), 1.0, &|| max_idf);
            }
        }
        let mut terms: Vec<(u64, f32)> = tf
            .into_iter()
            .map(|(key, (count, idf))| (key, (1.0 + count.ln()) * idf as f32))
            .filter(|&(_, w)| w > 0.0)
            .collect();
        terms.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        terms.truncate(self.max_terms);
        terms.sort_unstable_by_key(|t| t.0);
        StoryProfile { terms, day: doc.date.and_then(day_number) }
    }
}

/// The key of a term of some kind (a word's stem, a name, a number), from the hash of its text.
fn term_key(kind: u8, text_hash: u64) -> u64 {
    let mut h = FastHasher::default();
    h.write_u64(text_hash);
    h.write_u32(u32::from(kind));
    h.finish()
}

fn text_hash(text: &str) -> u64 {
    let mut h = FastHasher::default();
    text.hash(&mut h);
    h.finish()
}

/// What a profile needs of a lower-cased word: its stem (hashed) and the stem's background
/// document frequency.
#[derive(Clone, Copy)]
struct WordInfo {
    stem: u64,
    df: u32,
}

/// Lower-cased word → [`WordInfo`], or `None` for stopwords and words under three letters.
/// Stemming is most of a profile's cost and news repeats its words, so each thread remembers the
/// words it has seen; the memory is bounded by emptying the cache when it is full. The fast hasher
/// is safe here: the cache is bounded, so crafted collisions can slow a thread's profiles, never
/// grow memory.
struct WordCache {
    words: HashMap<Box<str>, Option<WordInfo>, std::hash::BuildHasherDefault<FastHasher>>,
}

/// Distinct words a thread's [`WordCache`] holds before it starts over (a few MB).
const WORD_CACHE_CAPACITY: usize = 100_000;

thread_local! {
    static WORD_CACHE: std::cell::RefCell<WordCache> =
        std::cell::RefCell::new(WordCache { words: HashMap::default() });
}

impl WordCache {
    fn get(&mut self, background: &Background, lower: &str) -> Option<WordInfo> {
        if let Some(&info) = self.words.get(lower) {
            return info;
        }
        let info = if background.stopwords.contains(lower) || lower.chars().count() < 3 {
            None
        } else {
            let stem = background.stemmer.stem(lower);
            Some(WordInfo { stem: text_hash(&stem), df: background.df(&stem) })
        };
        if self.words.len() >= WORD_CACHE_CAPACITY {
            self.words.clear();
        }
        self.words.insert(lower.into(), info);
        info
    }
}

const WORD: u8 = 0;
const NAME: u8 = 1;
const PHRASE: u8 = 2;
const NUMBER: u8 = 3;

/// What identifies a document's event: weighted terms (hashed) and its day, if dated.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct StoryProfile {
    /// (term hash, weight), sorted by hash.
    terms: Vec<(u64, f32)>,
    /// Days since 1970-01-01.
    day: Option<i64>,
}

impl StoryProfile {
    /// How many terms the profile keeps.
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    /// Whether the document had no telling term (empty, or only stopwords).
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}

/// Groups documents into stories by the similarity of their [`StoryProfile`]s (names, numbers and
/// rare words; see the crate documentation). Every document is in
/// exactly one story (single documents are stories of their own); members ascending, stories
/// ordered by first member.
pub fn group_stories(docs: &[StoryDoc<'_>], config: &StoryConfig) -> Vec<Story> {
    let profiles: Vec<StoryProfile> = docs.iter().map(|d| config.profile(d)).collect();
    group_profiles(&profiles, &[], config)
}

/// Groups documents by their profiles, with `links` between documents known to be the same story
/// (near-duplicates): such a pair counts as similarity 1. See [`group_stories`].
///
/// # Cost
///
/// Linear in the number of documents with bounded work per document: candidates come from the
/// postings of each profile's 16 heaviest terms (at most 64 entries walked per posting), and the
/// 32 candidates sharing most of them are scored per document; and the 32 strongest links at or above the threshold are
/// kept per document. Average linkage runs on connected groups: with every pairwise similarity
/// up to 128 documents, on the kept links (other pairs counted as 0) up to 1,024, and larger
/// groups are first cut by raising the threshold on their links.
pub fn group_profiles(
    profiles: &[StoryProfile],
    links: &[(usize, usize)],
    config: &StoryConfig,
) -> Vec<Story> {
    let n = profiles.len();
    if n == 0 {
        return Vec::new();
    }
    let vectors = weighted(profiles);
    let window = config.window_days.map(i64::from);
    let similarity = |a: usize, b: usize| -> f32 {
        if let (Some(w), Some(x), Some(y)) = (window, profiles[a].day, profiles[b].day) {
            if (x - y).abs() > w {
                return 0.0;
            }
        }
        cosine(&vectors[a], &vectors[b])
    };
    let sure: HashSet<(usize, usize)> = links
        .iter()
        .filter(|&&(a, b)| a < n && b < n && a != b)
        .map(|&(a, b)| (a.min(b), a.max(b)))
        .collect();
    // Candidate pairs through postings of each document's heaviest terms.
    let mut postings: IdMap<u64, Vec<u32>> = IdMap::default();
    let indexed: Vec<Vec<u64>> = vectors
        .iter()
        .map(|v| {
            let mut heavy: Vec<(u64, f32)> = v.clone();
            heavy.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            heavy.truncate(INDEXED_TERMS);
            heavy.into_iter().map(|t| t.0).collect()
        })
        .collect();
    for (doc, terms) in indexed.iter().enumerate() {
        for t in terms {
            postings.entry(*t).or_default().push(doc as u32);
        }
    }
    // Each document's strongest links to later documents, found in parallel over contiguous
    // ranges (one counter array per range) and joined in document order, so the result does not
    // depend on the number of threads.
    let ranges: Vec<std::ops::Range<usize>> = {
        let step = n.div_ceil(rayon::current_num_threads().max(1) * 4).max(256);
        (0..n).step_by(step).map(|start| start..(start + step).min(n)).collect()
    };
    let links_of_ranges: Vec<Vec<(u32, u32, f32)>> = ranges
        .into_par_iter()
        .map(|range| {
            let mut found: Vec<(u32, u32, f32)> = Vec::new();
            let mut strongest: Vec<(f32, u32)> = Vec::new();
            let mut shared = vec![0u16; n];
            let mut touched: Vec<u32> = Vec::new();
            for a in range {
                strongest.clear();
                touched.clear();
                // Count the heavy terms each later document shares with this one (posting ids
                // only, read in sequence), then score the cosine of the most promising few: the
                // profiles themselves are the memory-bound part.
                for t in &indexed[a] {
                    let posting = &postings[t];
                    let after = posting.partition_point(|&b| b as usize <= a);
                    for &b in posting[after..].iter().take(MAX_POSTING_WALK) {
                        if shared[b as usize] == 0 {
                            touched.push(b);
                        }
                        shared[b as usize] += 1;
                    }
                }
                touched.sort_unstable_by_key(|&b| (std::cmp::Reverse(shared[b as usize]), b));
                for &b in touched.iter().take(MAX_CANDIDATES) {
                    let s = similarity(a, b as usize);
                    if f64::from(s) >= config.threshold {
                        strongest.push((s, b));
                    }
                }
                for &b in &touched {
                    shared[b as usize] = 0;
                }
                if strongest.len() > MAX_KEPT_LINKS {
                    strongest.select_nth_unstable_by(MAX_KEPT_LINKS, |x, y| {
                        y.0.total_cmp(&x.0).then(x.1.cmp(&y.1))
                    });
                    strongest.truncate(MAX_KEPT_LINKS);
                }
                found.extend(strongest.iter().map(|&(s, b)| (a as u32, b, s)));
            }
            found
        })
        .collect();
    let mut groups = UnionFind::new(n);
    let mut kept: Vec<(u32, u32, f32)> = Vec::with_capacity(links_of_ranges.iter().map(Vec::len).sum());
    for links in links_of_ranges {
        for &(a, b, _) in &links {
            groups.union(a as usize, b as usize);
        }
        kept.extend(links);
    }
    for &(a, b) in &sure {
        groups.union(a, b);
        kept.push((a as u32, b as u32, 1.0));
    }
    let mut stories = Vec::new();
    for component in groups.sets() {
        let parts = if component.len() > MAX_GROUP {
            split_large(&component, &kept, config.threshold, MAX_GROUP)
        } else {
            vec![component]
        };
        for part in parts {
            let k = part.len();
            let mut matrix = vec![0.0f32; k * k];
            if k <= DENSE_GROUP {
                for x in 0..k {
                    for y in x + 1..k {
                        let (a, b) = (part[x], part[y]);
                        let s = if sure.contains(&(a.min(b), a.max(b))) { 1.0 } else { similarity(a, b) };
                        matrix[x * k + y] = s;
                        matrix[y * k + x] = s;
                    }
                }
            } else {
                // A sprawling group: its kept links only, every other pair counted as 0 (below
                // the threshold or beyond the strongest links of both ends), which can only
                // make merges rarer.
                let position: IdMap<u32, u32> =
                    part.iter().enumerate().map(|(i, &d)| (d as u32, i as u32)).collect();
                for &(a, b, s) in &kept {
                    if let (Some(&x), Some(&y)) = (position.get(&a), position.get(&b)) {
                        matrix[x as usize * k + y as usize] = s;
                        matrix[y as usize * k + x as usize] = s;
                    }
                }
            }
            for local in average_linkage(k, &matrix, &vec![1; k], config.threshold) {
                let closeness = |x: usize| -> f32 { local.iter().map(|&m| matrix[x * k + m]).sum() };
                let central = *local
                    .iter()
                    .max_by(|&&x, &&y| closeness(x).total_cmp(&closeness(y)).then(y.cmp(&x)))
                    .unwrap_or(&local[0]);
                let mut members: Vec<usize> = local.iter().map(|&m| part[m]).collect();
                members.sort_unstable();
                let days: Vec<i64> = members.iter().filter_map(|&m| profiles[m].day).collect();
                stories.push(Story {
                    central: part[central],
                    first: days.iter().min().map(|&d| date_string(d)),
                    last: days.iter().max().map(|&d| date_string(d)),
                    members,
                });
            }
        }
    }
    stories.sort_by_key(|s| s.members[0]);
    stories
}

/// Terms indexed per document for candidate generation.
const INDEXED_TERMS: usize = 16;
/// Entries of one posting list walked per document.
const MAX_POSTING_WALK: usize = 64;
/// Candidates scored per document.
const MAX_CANDIDATES: usize = 32;
/// Largest group handed to average linkage.
const MAX_GROUP: usize = 1024;
/// Groups up to this size get every pairwise similarity; larger ones their kept links only.
const DENSE_GROUP: usize = 128;
/// Links at or above the threshold kept per document (the strongest), for large groups.
const MAX_KEPT_LINKS: usize = 32;

/// Batches of at least this many documents reweight terms by their frequency in the batch.
const BATCH_DF_MIN: usize = 50;

/// Profiles reweighted by the batch and L2-normalised. In a batch of 50 documents or more, a term
/// in more than `max(5, n / 1000)` of them counts less, by the ratio of its in-batch idf to that
/// of a term at that frequency: in a large feed, "Trump" or "police" names no single event, even
/// if it is rare in generic English.
fn weighted(profiles: &[StoryProfile]) -> Vec<Vec<(u64, f32)>> {
    let n = profiles.len();
    let mut df: IdMap<u64, u32> = IdMap::default();
    for p in profiles {
        for &(t, _) in &p.terms {
            *df.entry(t).or_insert(0) += 1;
        }
    }
    profiles
        .iter()
        .map(|p| {
            let mut v: Vec<(u64, f32)> = p
                .terms
                .iter()
                .map(|&(t, w)| {
                    let factor = if n >= BATCH_DF_MIN {
                        let reference = (n as f64 / 1000.0).max(5.0);
                        let d = f64::from(df[&t]);
                        ((1.0 + n as f64 / d).ln() / (1.0 + n as f64 / reference).ln()).min(1.0)
                    } else {
                        1.0
                    };
                    (t, w * factor as f32)
                })
                .collect();
            let norm = v.iter().map(|t| t.1 * t.1).sum::<f32>().sqrt();
            if norm > 0.0 {
                v.iter_mut().for_each(|t| t.1 /= norm);
            }
            v
        })
        .collect()
}

fn cosine(a: &[(u64, f32)], b: &[(u64, f32)]) -> f32 {
    let (mut i, mut j, mut dot) = (0, 0, 0.0f32);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    dot
}

enum Token<'w> {
    /// A word, lower-cased, whether it was capitalised and whether it starts a sentence.
    Word { lower: &'w str, capitalised: bool, sentence_start: bool },
    /// Two or more capitalised words in a row ("Jan Brewer"), lower-cased and joined by a space.
    Name(&'w str),
    /// A number of two or more digits (separators dropped).
    Number(&'w str),
}

/// Words, names and numbers of `text`, in order.
fn scan(text: &str, mut emit: impl FnMut(Token<'_>)) {
    let mut sentence_start = true;
    let mut lower = String::new();
    // the capitalised words in a row so far, joined by spaces, and how many (buffers reused: no
    // allocation per word)
    let mut run = String::new();
    let mut run_words = 0usize;
    let mut digits = String::new();
    let flush = |run: &mut String, run_words: &mut usize, emit: &mut dyn FnMut(Token<'_>)| {
        if *run_words >= 2 {
            emit(Token::Name(run));
        }
        run.clear();
        *run_words = 0;
    };
    let bytes = text.as_bytes();
    // the character at byte `i` (a char boundary) and its length; ASCII without decoding
    let char_at = |i: usize| -> Option<char> {
        match bytes.get(i) {
            None => None,
            Some(&b) if b < 0x80 => Some(char::from(b)),
            Some(_) => text[i..].chars().next(),
        }
    };
    let mut pos = 0;
    while let Some(c) = char_at(pos) {
        let start = pos;
        pos += c.len_utf8();
        if c.is_alphanumeric() {
            let mut end = pos;
            loop {
                // most of a word is ASCII letters and digits: skip them a byte at a time
                while bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
                    end += 1;
                }
                let Some(d) = char_at(end) else { break };
                let after = end + d.len_utf8();
                let inner = (d == '.' || d == '-' || d == '\'' || d == '’' || d == ',')
                    && char_at(after).is_some_and(char::is_alphanumeric)
                    && (d != ',' || c.is_ascii_digit());
                if d.is_alphanumeric() || inner {
                    end = after;
                } else {
                    break;
                }
            }
            pos = end;
            let word = &text[start..end];
            if word.chars().all(|ch| ch.is_ascii_digit() || ch == ',' || ch == '.') {
                flush(&mut run, &mut run_words, &mut emit);
                digits.clear();
                digits.extend(word.chars().filter(|ch| ch.is_ascii_digit() || *ch == '.'));
                if digits.bytes().filter(u8::is_ascii_digit).count() >= 2 {
                    emit(Token::Number(&digits));
                }
            } else {
                // "Russia's" → "russia"
                let base = word.split(['\'', '’']).next().unwrap_or(word);
                let capitalised = base.chars().next().is_some_and(char::is_uppercase);
                lower.clear();
                if base.is_ascii() {
                    lower.push_str(base);
                    lower.make_ascii_lowercase();
                } else {
                    lower.extend(base.chars().flat_map(char::to_lowercase));
                }
                if capitalised && !(sentence_start && is_function_word(&lower)) {
                    if run_words > 0 {
                        run.push(' ');
                    }
                    run.push_str(&lower);
                    run_words += 1;
                } else {
                    flush(&mut run, &mut run_words, &mut emit);
                }
                emit(Token::Word { lower: &lower, capitalised, sentence_start });
            }
            sentence_start = false;
        } else {
            if !(c == ' ' || c == '-') {
                flush(&mut run, &mut run_words, &mut emit);
            }
            if matches!(c, '.' | '!' | '?' | '\n' | ':' | '"' | '“' | '”') {
                sentence_start = true;
            }
        }
    }
    flush(&mut run, &mut run_words, &mut emit);
}

fn is_function_word(lower: &str) -> bool {
    matches!(
        lower,
        "the"
            | "a"
            | "an"
            | "in"
            | "on"
            | "at"
            | "but"
            | "and"
            | "as"
            | "after"
            | "for"
            | "if"
            | "when"
            | "this"
            | "that"
            | "he"
            | "she"
            | "it"
            | "they"
            | "we"
            | "i"
    )
}

/// The compiled-in background: stemmed word → document frequency, and the stopwords.
struct Background {
    documents: f64,
    df: HashMap<String, u32>,
    stopwords: HashSet<String>,
    stemmer: Stemmer,
}

impl Background {
    fn get() -> &'static Background {
        static BACKGROUND: OnceLock<Background> = OnceLock::new();
        BACKGROUND.get_or_init(|| {
            let stemmer = Stemmer::create(Algorithm::English);
            let mut lines = BACKGROUND_DF.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty());
            let documents = lines.next().and_then(|l| l.trim().parse::<f64>().ok()).unwrap_or(1.0);
            let mut df: HashMap<String, u32> = HashMap::new();
            for line in lines {
                if let Some((word, count)) = line.split_once('\t') {
                    let count: u32 = count.trim().parse().unwrap_or(0);
                    let stem = stemmer.stem(word).into_owned();
                    let entry = df.entry(stem).or_insert(0);
                    *entry = (*entry).max(count);
                }
            }
            let stopwords = STOPWORDS
                .lines()
                .map(|l| l.split('#').next().unwrap_or("").trim().to_lowercase())
                .filter(|l| !l.is_empty())
                .collect();
            Background { documents, df, stopwords, stemmer }
        })
    }

    fn df(&self, stem: &str) -> u32 {
        self.df.get(stem).copied().unwrap_or(0)
    }

    fn idf_of_df(&self, df: u32) -> f64 {
        ((self.documents + 1.0) / (f64::from(df) + 1.0)).ln()
    }

    fn max_idf(&self) -> f64 {
        (self.documents + 1.0).ln()
    }
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` date (the leading ten characters), if valid.
fn day_number(date: &str) -> Option<i64> {
    let d = date.get(..10)?;
    let mut parts = d.split('-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: i64 = parts.next()?.parse().ok()?;
    let day: i64 = parts.next()?.parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&day) {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// `YYYY-MM-DD` of a day number (inverse of [`day_number`]).
fn date_string(z: i64) -> String {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    format!("{:04}-{:02}-{:02}", if m <= 2 { y + 1 } else { y }, m, d)
}

#[cfg(test)]
mod tests {
    fn scanned(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        scan(text, |t| {
            out.push(match t {
                Token::Word { lower, capitalised, sentence_start } => {
                    format!("w:{lower}:{}{}", u8::from(capitalised), u8::from(sentence_start))
                }
                Token::Name(n) => format!("n:{n}"),
                Token::Number(n) => format!("#:{n}"),
            })
        });
        out
    }

    #[test]
    fn scan_reads_words_names_and_numbers_in_any_script() {
        assert_eq!(
            scanned("Jan Brewer's veto cost 4,200.5 dollars. Élodie Ñúñez-Ruiz said “no”."),
            [
                "w:jan:11",
                "w:brewer:10",
                "n:jan brewer",
                "w:veto:00",
                "w:cost:00",
                "#:4200.5",
                "w:dollars:00",
                "w:élodie:11",
                "w:ñúñez-ruiz:10",
                "n:élodie ñúñez-ruiz",
                "w:said:00",
                "w:no:01",
            ]
        );
        // separators only join inside a word; a trailing one ends it
        assert_eq!(scanned("U.S. 3,5 a,b x- ’"), ["w:u.s:11", "#:35", "w:a:00", "w:b:00", "w:x:00"]);
    }

    use super::*;

    fn docs() -> Vec<&'static str> {
        vec![
            "Senator Ada Korvin demanded that the Vellmar Dam project be halted, saying the 310 million \
             dollar budget had doubled. The Vellmar Dam authority rejected her demand on Monday.",
            "The Kestrel Valley orchestra opened its season with a new symphony by composer Ilse Marrow, \
             who conducted the premiere herself before a full hall in Lindau.",
            "Vellmar Dam officials on Monday dismissed calls by Senator Ada Korvin to stop construction; \
             Korvin says the dam's cost has grown to 310 million dollars.",
            "Composer Ilse Marrow's first symphony had its premiere in Lindau as the Kestrel Valley \
             orchestra began its new season; Marrow conducted.",
            "Fishermen in Oresby protested new quotas for cod, blocking the harbour with forty boats \
             while the fisheries ministry said the quotas would stand.",
        ]
    }

    #[test]
    fn groups_the_same_event_and_keeps_others_apart() {
        let texts = docs();
        let input: Vec<StoryDoc<'_>> = texts.iter().map(|t| StoryDoc::new(t)).collect();
        let stories = group_stories(&input, &StoryConfig::default());
        let members: Vec<Vec<usize>> = stories.iter().map(|s| s.members.clone()).collect();
        assert_eq!(members, vec![vec![0, 2], vec![1, 3], vec![4]]);
    }

    #[test]
    fn dates_outside_the_window_split_stories() {
        let texts = docs();
        let input =
            vec![StoryDoc::new(texts[0]).date("2021-03-01"), StoryDoc::new(texts[2]).date("2021-05-20")];
        let stories = group_stories(&input, &StoryConfig::default());
        assert_eq!(stories.len(), 2);
        let input =
            vec![StoryDoc::new(texts[0]).date("2021-03-01"), StoryDoc::new(texts[2]).date("2021-03-03")];
        let stories = group_stories(&input, &StoryConfig::default());
        assert_eq!(stories.len(), 1);
        assert_eq!(stories[0].first.as_deref(), Some("2021-03-01"));
        assert_eq!(stories[0].last.as_deref(), Some("2021-03-03"));
    }

    #[test]
    fn sure_links_join_documents() {
        let texts = docs();
        let config = StoryConfig::default();
        let profiles =
            vec![config.profile(&StoryDoc::new(texts[1])), config.profile(&StoryDoc::new(texts[4]))];
        assert_eq!(group_profiles(&profiles, &[], &config).len(), 2);
        assert_eq!(group_profiles(&profiles, &[(1, 0)], &config).len(), 1);
    }

    #[test]
    fn config_is_validated() {
        assert!(StoryConfig::builder().threshold(0.0).build().is_err());
        assert!(StoryConfig::builder().threshold(1.5).build().is_err());
        assert!(StoryConfig::builder().threshold(f64::NAN).build().is_err());
        assert!(StoryConfig::builder().max_terms(0).build().is_err());
        let c = StoryConfig::builder().threshold(0.3).window_days(None).build().unwrap();
        assert_eq!((c.threshold(), c.window_days()), (0.3, None));
    }

    #[test]
    fn dates_round_trip() {
        for d in ["1970-01-01", "2000-02-29", "2019-01-04", "2024-12-31"] {
            assert_eq!(date_string(day_number(d).unwrap()), d);
        }
        assert_eq!(day_number("2019-01-04").unwrap() - day_number("2018-12-31").unwrap(), 4);
        assert_eq!(day_number("yesterday"), None);
    }

    #[test]
    fn empty_inputs_are_safe() {
        assert!(group_stories(&[], &StoryConfig::default()).is_empty());
        let input = vec![StoryDoc::new(""), StoryDoc::new("the of and"), StoryDoc::new("")];
        let stories = group_stories(&input, &StoryConfig::default());
        assert_eq!(stories.len(), 3);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(48))]

        /// The grouping does not depend on the order of the documents.
        #[test]
        fn order_independent(order in proptest::strategy::Strategy::prop_shuffle(proptest::strategy::Just((0..5usize).collect::<Vec<_>>()))) {
            let texts = docs();
            let input: Vec<StoryDoc<'_>> = order.iter().map(|&i| StoryDoc::new(texts[i])).collect();
            let mut got: Vec<Vec<usize>> = group_stories(&input, &StoryConfig::default())
                .into_iter()
                .map(|s| { let mut m: Vec<usize> = s.members.iter().map(|&k| order[k]).collect(); m.sort(); m })
                .collect();
            got.sort();
            proptest::prop_assert_eq!(got, vec![vec![0, 2], vec![1, 3], vec![4]]);
        }
    }
}
