//! Cross-source claim clusters: the same claim reported by several outlets in other words.
//!
//! Two claims are linked when they have the same act, compatible actors and similar content.
//! Content is compared as a set of *concepts*: words are case-folded, stopwords dropped, the rest
//! stemmed (Porter2 via rust-stemmers) and mapped through synonym and derivation sets kept as data
//! (`expand ≈ expansion ≈ enlargement`, `withdraw ≈ pull back`, `Russian ≈ Russia ≈ Kremlin`).
//! Concepts are weighted by their inverse document frequency over the claims being clustered, so
//! a word every claim shares ("demands") counts for little, and similarity is the cosine of the
//! weighted concept sets. Linking is average-linkage agglomeration: a claim joins a cluster only
//! if it is similar to the cluster as a whole, so one loose pair cannot chain two stories.

use std::collections::{HashMap, HashSet};

use rust_stemmers::{Algorithm, Stemmer};

use crate::fast_hash::IdMap;
use crate::linkage::{average_linkage, split_large};
use crate::union_find::UnionFind;

const STOPWORDS: &str = include_str!("../data/stopwords.txt");
const SYNONYMS: &str = include_str!("../data/synonyms.txt");
const PLACES: &str = include_str!("../data/places.txt");
const ACTOR_BLOCS: &str = include_str!("../data/actor_blocs.txt");
const ACTOR_TITLES: &str = include_str!("../data/actor_titles.txt");
const FRAME_NOUNS: &str = include_str!("../data/frame_nouns.txt");
const ACT_SYNONYMS: &str = include_str!("../data/act_synonyms.txt");

/// Who makes or receives a claim: one name or several, each a normalised name ("Russia") or,
/// when there is none, the text as written ("Kremlin spokesman Dmitry Peskov"). Borrowed from
/// the caller; [`Names::NONE`] means unknown and is compatible with anyone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Names<'a> {
    /// One name (an empty one is no name).
    One(&'a str),
    /// Several names ("Nebraska", "Oklahoma"), or a norm with the text it was read from.
    Many(&'a [&'a str]),
}

impl<'a> Names<'a> {
    /// No name: unknown, compatible with anyone.
    pub const NONE: Names<'static> = Names::One("");

    /// The names, empty ones left out.
    pub fn iter(&self) -> impl Iterator<Item = &'a str> + 'a {
        let (one, many): (Option<&'a str>, &'a [&'a str]) = match *self {
            Names::One(name) => (Some(name), &[]),
            Names::Many(names) => (None, names),
        };
        one.into_iter().chain(many.iter().copied()).filter(|n| !n.trim().is_empty())
    }
}

impl<'a> From<&'a str> for Names<'a> {
    fn from(name: &'a str) -> Self {
        Names::One(name)
    }
}

impl<'a> From<&'a String> for Names<'a> {
    fn from(name: &'a String) -> Self {
        Names::One(name)
    }
}

impl<'a> From<&'a [&'a str]> for Names<'a> {
    fn from(names: &'a [&'a str]) -> Self {
        Names::Many(names)
    }
}

impl<'a, const N: usize> From<&'a [&'a str; N]> for Names<'a> {
    fn from(names: &'a [&'a str; N]) -> Self {
        Names::Many(names)
    }
}

/// One claim as the clusterer sees it: borrowed views of the caller's claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClaimKey<'a> {
    /// The document (source) the claim comes from.
    pub doc: usize,
    /// The act: "demand", "reject", … (compared ASCII case-insensitively). Acts are compatible
    /// when equal or declared compatible in [`ClaimClusterConfig::compatible_acts`].
    pub act: &'a str,
    /// Who makes it: normalised names, or the actor's text when there is no norm; none means
    /// unknown and is compatible with any actor.
    pub actors: Names<'a>,
    /// What is demanded, rejected, …: the claim's content text.
    pub content: &'a str,
    /// Of whom it is demanded, whom it accuses, …: normalised names (or the text); none means
    /// none or unknown and is compatible with any addressee.
    pub addressees: Names<'a>,
    /// The story the claim's document belongs to: claims of different stories never cluster
    /// unless [`ClaimClusterConfig::across_stories`] is set. Use 0 for all when unknown.
    pub story: usize,
    /// The act is negated ("did not reject"): a negated and a plain claim never cluster.
    pub negated: bool,
}

impl<'a> ClaimKey<'a> {
    /// A claim of document `doc` with no addressee, in story 0, not negated. `actors` is one
    /// name (`"Russia"`) or several (`&["Nebraska", "Oklahoma"]`).
    pub fn new(doc: usize, act: &'a str, actors: impl Into<Names<'a>>, content: &'a str) -> Self {
        ClaimKey {
            doc,
            act,
            actors: actors.into(),
            content,
            addressees: Names::NONE,
            story: 0,
            negated: false,
        }
    }

    /// With addressees: one name or several.
    pub fn addressees(mut self, addressees: impl Into<Names<'a>>) -> Self {
        self.addressees = addressees.into();
        self
    }

    /// In this story.
    pub fn story(mut self, story: usize) -> Self {
        self.story = story;
        self
    }

    /// Negated or not.
    pub fn negated(mut self, negated: bool) -> Self {
        self.negated = negated;
        self
    }
}

/// A group of claims that say the same thing.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct ClaimCluster {
    /// Indices into the clustered claims, ascending.
    pub members: Vec<usize>,
    /// The member whose wording is closest to all the others (the medoid).
    pub representative: usize,
}

/// Parameters of claim clustering.
#[derive(Clone, Debug)]
pub struct ClaimClusterConfig {
    /// Average similarity at or above which a claim joins a cluster (0..=1, default 0.12).
    pub threshold: f64,
    /// Only clusters with members from at least this many documents are returned (default 2).
    pub min_docs: usize,
    /// Stopwords, synonym sets and actor blocs.
    pub lexicon: Lexicon,
    /// Whether claims of different stories ([`ClaimKey::story`]) may cluster (default `false`).
    pub across_stories: bool,
    /// How much who makes a claim counts next to its wording: the weight of the actor's
    /// identifiers relative to a content concept of the same rarity (default 0.5; 0 compares
    /// wording only).
    pub key_weight: f64,
    /// Pairs of different acts whose claims may cluster together (either order, ASCII
    /// case-insensitive): `("deny", "reject")` lets "denies the charge" join "rejects the
    /// charge". Default: none, every act clusters only with itself.
    pub compatible_acts: Vec<(String, String)>,
}

impl Default for ClaimClusterConfig {
    fn default() -> Self {
        ClaimClusterConfig {
            threshold: 0.12,
            min_docs: 2,
            lexicon: Lexicon::default(),
            across_stories: false,
            key_weight: 0.5,
            compatible_acts: Vec::new(),
        }
    }
}

/// Language knowledge for claim comparison: stopwords, synonym sets, actor blocs. The defaults
/// come from the crate's `data/` files; extend them at runtime with the `add_*` methods.
pub struct Lexicon {
    stemmer: Stemmer,
    stopwords: HashSet<String>,
    /// stemmed phrase ("pull back") → concept name
    phrases: HashMap<String, String>,
    /// capitalised short form ("US") → concept name
    capitalised: HashMap<String, String>,
    longest_phrase: usize,
    /// lower-cased actor name → blocs it belongs to
    blocs: HashMap<String, Vec<String>>,
    /// stems of office words ignored when actor texts are compared word by word
    titles: HashSet<String>,
    /// concepts that only frame the clause after them ("a promise that …", "assurances not to …")
    frames: HashSet<String>,
    /// lower-cased act → stemmed phrase → concept, for the contents of that act only
    act_phrases: HashMap<String, HashMap<String, String>>,
}

impl Clone for Lexicon {
    fn clone(&self) -> Self {
        Lexicon {
            stemmer: Stemmer::create(Algorithm::English),
            stopwords: self.stopwords.clone(),
            phrases: self.phrases.clone(),
            capitalised: self.capitalised.clone(),
            longest_phrase: self.longest_phrase,
            blocs: self.blocs.clone(),
            titles: self.titles.clone(),
            frames: self.frames.clone(),
            act_phrases: self.act_phrases.clone(),
        }
    }
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicon")
            .field("stopwords", &self.stopwords.len())
            .field("phrases", &self.phrases.len())
            .field("blocs", &self.blocs.len())
            .finish()
    }
}

impl Default for Lexicon {
    fn default() -> Self {
        let mut lexicon = Lexicon::empty();
        lexicon.add_stopwords(data_lines(STOPWORDS));
        for line in data_lines(SYNONYMS) {
            lexicon.add_synonyms(line.split(',').map(str::trim));
        }
        for line in data_lines(PLACES) {
            lexicon.add_entity(line.split(',').map(str::trim));
        }
        lexicon.add_actor_titles(data_lines(ACTOR_TITLES));
        lexicon.add_frame_nouns(data_lines(FRAME_NOUNS));
        for line in data_lines(ACT_SYNONYMS) {
            if let Some((act, rest)) = line.split_once(':') {
                if let Some((concept, terms)) = rest.split_once('=') {
                    lexicon.add_act_synonyms(act.trim(), concept.trim(), terms.split(',').map(str::trim));
                }
            }
        }
        for line in data_lines(ACTOR_BLOCS) {
            if let Some((bloc, members)) = line.split_once(':') {
                lexicon.add_bloc(bloc.trim(), members.split(',').map(str::trim));
            }
        }
        lexicon
    }
}

/// Non-empty, non-comment lines of a data file.
fn data_lines(data: &str) -> impl Iterator<Item = &str> {
    data.lines().map(|line| line.split('#').next().unwrap_or("").trim()).filter(|line| !line.is_empty())
}

impl Lexicon {
    /// A lexicon with no stopwords, synonyms or blocs (plain stemming only).
    pub fn empty() -> Self {
        Lexicon {
            stemmer: Stemmer::create(Algorithm::English),
            stopwords: HashSet::new(),
            phrases: HashMap::new(),
            capitalised: HashMap::new(),
            longest_phrase: 1,
            blocs: HashMap::new(),
            titles: HashSet::new(),
            frames: HashSet::new(),
            act_phrases: HashMap::new(),
        }
    }

    /// Adds stopwords (case-insensitive).
    pub fn add_stopwords<'w>(&mut self, words: impl IntoIterator<Item = &'w str>) {
        self.stopwords.extend(words.into_iter().map(|w| w.trim().to_lowercase()));
    }

    /// Adds a set of interchangeable terms; the first names the set. Terms may be phrases; a
    /// term in capitals of two or more letters (like "US") only matches capitalised text. A term
    /// already in another set moves to this one.
    pub fn add_synonyms<'w>(&mut self, terms: impl IntoIterator<Item = &'w str>) {
        self.add_terms(terms, '=');
    }

    /// Adds a named entity with its other names, like [`add_synonyms`](Self::add_synonyms):
    /// "Ukraine, Ukrainian, Kyiv". Unlike general vocabulary, an entity also identifies actors,
    /// so "Kyiv" and "the Ukrainian government" are compatible actors.
    pub fn add_entity<'w>(&mut self, terms: impl IntoIterator<Item = &'w str>) {
        self.add_terms(terms, '@');
    }

    fn add_terms<'w>(&mut self, terms: impl IntoIterator<Item = &'w str>, kind: char) {
        let terms: Vec<&str> = terms.into_iter().filter(|t| !t.is_empty()).collect();
        let Some(first) = terms.first() else {
            return;
        };
        let concept = format!("{kind}{}", first.to_lowercase());
        for term in terms {
            let is_acronym = term.len() >= 2
                && term.chars().all(|c| c.is_ascii_uppercase() || c == '.')
                && !term.contains(' ');
            if is_acronym {
                self.capitalised.insert(term.replace('.', ""), concept.clone());
                continue;
            }
            if let Some(key) = self.phrase_key(term) {
                self.phrases.insert(key, concept.clone());
            }
        }
    }

    /// The key a term is looked up by (its words' stems, space-joined), noting its length for
    /// the longest-phrase scan; `None` for a term with no word.
    fn phrase_key(&mut self, term: &str) -> Option<String> {
        let stems: Vec<String> =
            words(term).map(|w| self.stemmer.stem(&w.to_lowercase()).into_owned()).collect();
        if stems.is_empty() {
            return None;
        }
        self.longest_phrase = self.longest_phrase.max(stems.len());
        Some(stems.join(" "))
    }

    /// Declares `bloc` (e.g. "West") with its members: claims by any member, or by the bloc
    /// itself, count as compatible actors.
    pub fn add_bloc<'w>(&mut self, bloc: &str, members: impl IntoIterator<Item = &'w str>) {
        let bloc_key = bloc.trim().to_lowercase();
        self.blocs.entry(bloc_key.clone()).or_default().push(bloc_key.clone());
        for member in members {
            let member = member.trim().to_lowercase();
            if !member.is_empty() {
                self.blocs.entry(member).or_default().push(bloc_key.clone());
            }
        }
    }

    /// Adds nouns that only frame the clause after them: "promise" in "the promise that no bases
    /// will be built" or "a commitment not to expand NATO", where what is promised is the claim.
    /// Before "that" or "not" such a noun (or its synonym set) gives no concept; elsewhere ("the
    /// security guarantees") it is content like any word.
    pub fn add_frame_nouns<'w>(&mut self, words: impl IntoIterator<Item = &'w str>) {
        for word in words {
            let word = word.trim().to_lowercase();
            let stem = self.stemmer.stem(&word).into_owned();
            let concept = self.phrases.get(&stem).cloned().unwrap_or(stem);
            self.frames.insert(concept);
        }
    }

    /// Adds terms that mean `concept` only in the content of a claim of `act`: refusing to
    /// "stay in the race" is no claim, but a refusal whose content is staying ("vowed to stay
    /// in the race", read as rejecting calls to quit) rejects the same thing as "refused to step
    /// down", so for `reject` they give the concept of resigning. `concept` is a term of a
    /// synonym set ("resign") or a word; the terms may be phrases.
    pub fn add_act_synonyms<'w>(
        &mut self,
        act: &str,
        concept: &str,
        terms: impl IntoIterator<Item = &'w str>,
    ) {
        let concept = self.concepts(concept).into_iter().next().unwrap_or_else(|| concept.to_lowercase());
        let added: Vec<(String, String)> =
            terms.into_iter().filter_map(|term| Some((self.phrase_key(term)?, concept.clone()))).collect();
        self.act_phrases.entry(act.trim().to_ascii_lowercase()).or_default().extend(added);
    }

    /// The concepts of a content text, in order (with repeats), as strings: a stem, a synonym
    /// set's name prefixed with `=`, or an entity's name prefixed with `@`.
    pub fn concepts(&self, text: &str) -> Vec<String> {
        self.concepts_with(text, None)
    }

    /// [`concepts`](Self::concepts), with the phrases of one act ([`add_act_synonyms`]) read
    /// before the general ones.
    ///
    /// [`add_act_synonyms`]: Self::add_act_synonyms
    fn concepts_with(&self, text: &str, act_phrases: Option<&HashMap<String, String>>) -> Vec<String> {
        let tokens: Vec<&str> = words(text).collect();
        let lowered: Vec<String> = tokens.iter().map(|t| t.to_lowercase()).collect();
        let stems: Vec<String> = lowered.iter().map(|w| self.stemmer.stem(w).into_owned()).collect();
        let mut out = Vec::new();
        let mut i = 0;
        'tokens: while i < tokens.len() {
            if let Some(concept) = self.capitalised.get(&tokens[i].replace('.', "")) {
                out.push(concept.clone());
                i += 1;
                continue;
            }
            for len in (1..=self.longest_phrase.min(tokens.len() - i)).rev() {
                let key = stems[i..i + len].join(" ");
                if let Some(concept) =
                    act_phrases.and_then(|p| p.get(&key)).or_else(|| self.phrases.get(&key))
                {
                    if !self.frames_next(concept, lowered.get(i + len)) {
                        out.push(concept.clone());
                    }
                    i += len;
                    continue 'tokens;
                }
            }
            if !self.stopwords.contains(&lowered[i])
                && !lowered[i].chars().all(|c| c.is_ascii_digit())
                && !self.frames_next(&stems[i], lowered.get(i + 1))
            {
                out.push(stems[i].clone());
            }
            i += 1;
        }
        out
    }

    /// Whether `concept` is a frame noun opening the clause that follows it (`next` is the next
    /// word, lower-cased).
    fn frames_next(&self, concept: &str, next: Option<&String>) -> bool {
        next.is_some_and(|next| next == "that" || next == "not") && self.frames.contains(concept)
    }

    /// The concepts a claim is compared by: its content's concepts, less those that repeat its own
    /// act ("several demands" as what Russia demands says nothing about what is demanded), plus
    /// who makes it (`A:` followed by each identifier of the actor), so that claims by the same
    /// actor need less shared wording to match. (Addressees are left out: one actor often makes
    /// several different demands of the same addressee; they only rule pairs out.)
    ///
    /// Sorted and without repeats; empty when the content says nothing of its own. These are the
    /// concepts [`ConceptFrequencies`] counts.
    pub fn claim_concepts(&self, claim: &ClaimKey<'_>) -> Vec<String> {
        let mut concepts = self.content_concepts(claim);
        // A claim with nothing said (no content concept) is compared with nothing.
        if !concepts.is_empty() {
            concepts.extend(self.actor_key_concepts(claim.actors));
        }
        concepts.sort_unstable();
        concepts.dedup();
        concepts
    }

    /// The content part of [`claim_concepts`](Self::claim_concepts).
    fn content_concepts(&self, claim: &ClaimKey<'_>) -> Vec<String> {
        let act_concepts: Vec<String> = self.concepts(claim.act);
        let act_phrases = if self.act_phrases.is_empty() {
            None
        } else {
            let act = claim.act.trim();
            // (acts come lower-cased: no copy then)
            match self.act_phrases.get(act) {
                Some(phrases) => Some(phrases),
                None if act.bytes().any(|b| b.is_ascii_uppercase()) => {
                    self.act_phrases.get(&act.to_ascii_lowercase())
                }
                None => None,
            }
        };
        self.concepts_with(claim.content, act_phrases)
            .into_iter()
            .filter(|c| !act_concepts.contains(c))
            .collect()
    }

    /// The actor part of [`claim_concepts`](Self::claim_concepts).
    fn actor_key_concepts(&self, actors: Names<'_>) -> Vec<String> {
        // sorted: the order concepts are numbered in is the order weights are summed in, and the
        // sums must not differ in the last bit between two processes
        let mut keys: Vec<String> = self.actor_set(actors).into_iter().map(|a| format!("A:{a}")).collect();
        keys.sort_unstable();
        keys
    }

    /// Whether a lower-case word is (part of) a known entity name ("kremlin" written in lower case).
    fn is_entity_word(&self, word: &str) -> bool {
        let stem = self.stemmer.stem(&word.to_lowercase()).into_owned();
        self.phrases.get(&stem).is_some_and(|c| c.starts_with('@'))
    }

    /// Adds office words ("minister", "spokesman") that do not identify an actor.
    pub fn add_actor_titles<'w>(&mut self, words: impl IntoIterator<Item = &'w str>) {
        for word in words {
            let stem = self.stemmer.stem(&word.trim().to_lowercase()).into_owned();
            self.titles.insert(stem);
        }
    }

    /// What identifies the actors of `actors` (`["Russia", "China"]`, or a text like "Kremlin
    /// spokesman Dmitry Peskov"): each lower-cased name, its blocs, and the concepts of its words
    /// other than office titles and general vocabulary ("@russia", "peskov"), with the blocs of
    /// any of them.
    /// Two claims' actors are compatible when these sets overlap; a text with nothing that
    /// identifies anyone ("the president", "he") gives an empty set, compatible with any actor.
    fn actor_set(&self, actors: Names<'_>) -> HashSet<String> {
        let mut set = HashSet::new();
        for written in actors.iter().map(str::trim) {
            let name = written.to_lowercase();
            if name.is_empty() {
                continue;
            }
            let before = set.len();
            if let Some(blocs) = self.blocs.get(&name) {
                set.extend(blocs.iter().cloned());
            }
            // Only names identify: capitalised words and known entities, not common nouns ("the
            // special counsel's office", "the two states" say what, not who).
            let named: Vec<&str> = words(written)
                .filter(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()) || self.is_entity_word(w))
                .collect();
            let mut concepts = self.concepts(&named.join(" "));
            // A demonym names its place: "Missourians" is Missouri, "Californians" California.
            for word in &named {
                let lower = word.to_lowercase();
                for (suffix, add) in [("ians", "i"), ("ians", "ia"), ("ans", "a"), ("ian", "ia")] {
                    if let Some(stem) = lower.strip_suffix(suffix).filter(|s| s.len() >= 3) {
                        concepts.push(self.stemmer.stem(&format!("{stem}{add}")).into_owned());
                    }
                }
            }
            for concept in concepts {
                if self.titles.contains(&concept) {
                    continue;
                }
                let bare = concept.trim_start_matches(['=', '@']);
                if let Some(blocs) = self.blocs.get(bare) {
                    set.extend(blocs.iter().cloned());
                }
                // General vocabulary ("countries", "members") does not identify anyone.
                if !concept.starts_with('=') {
                    set.insert(concept);
                }
            }
            // Only office words, pronouns and general vocabulary ("the president", "he", "the
            // lawmakers"): who it is is unknown here, so it constrains nothing.
            if set.len() > before {
                set.insert(name);
            }
        }
        set
    }
}

/// Word tokens of a claim text: runs of letters and digits, with inner dots kept ("U.S") and
/// inner hyphens kept ("de-escalation"); apostrophes end a word ("Russia's" → "Russia", "s").
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '.' || c == '-'))
        .map(|w| w.trim_matches(|c: char| c == '.' || c == '-'))
        .filter(|w| !w.is_empty())
}

/// Clusters claims that say the same thing: same act, compatible actors, tf-idf cosine of the
/// content concepts, average linkage (see the crate README for the similarity).
///
/// Returns only clusters whose members come from at least `config.min_docs` documents, sorted
/// by first member; claims in no returned cluster stand alone. Deterministic and independent of
/// the input order (up to index renaming) except for exact similarity ties and the documented
/// caps on very frequent concepts.
///
/// # Cost model
///
/// It runs in time linear in the number of claims `n` (times the length of a
/// claim) with every other factor bounded by a constant, and memory linear in `n`:
///
/// - **Analysis** (stemming, synonyms, actor sets) is done once per distinct
///   `(act, actors, content)` text; repeats cost one hash lookup.
/// - **Collapse**: claims equal in act, actor set and concept set become one node weighted by
///   their count (similarity depends on nothing else), so a page repeating one sentence 20,000
///   times is one node. Members are expanded again at the end.
/// - **Candidates** come from postings of each node's *indexed* concepts only (prefix
///   filtering: the most frequent concepts, whose combined idf weight is under half the
///   threshold, are not indexed; this loses no pair at or above the threshold). Per node at most
///   64 entries of one posting list and 256 candidates in all are scored, and each score is a
///   merge of two short sorted id lists (act, actors and concepts are interned ids).
/// - **Links** at or above the threshold feed union-find; at most 16 (the strongest) are kept
///   per node, so the link list is at most `16 n`.
/// - **Linkage** runs on each single-linkage group of at most 1,024 nodes with a dense matrix
///   (≤ 4 MB, `k²` similarities), i.e. at most 1,024 similarities per node. Larger groups are
///   first cut by raising the threshold inside them on the kept links.
///
/// Concepts are walked rarest first, so the candidate budget goes to the most telling partners.
/// The caps never bite on the crate's tests or a few hundred articles; on a large corpus they do
/// for frequent concepts (a "nato" in thousands of claims): a pair at or above the threshold is
/// then missed only when it shares no concept with a short posting list and sits more than 64
/// positions apart in every shared long one; within a linkage group all similarities are exact.
/// Where caps bite, results may depend on input order.
pub fn cluster_claims(claims: &[ClaimKey<'_>], config: &ClaimClusterConfig) -> Vec<ClaimCluster> {
    cluster_claims_weighted(claims, config, None)
}

/// [`cluster_claims`] on a part of a corpus with the concept weights of the whole: `frequencies`
/// says in how many of the corpus's claims each concept occurs (concepts it does not list count
/// as often as they occur in `claims`).
///
/// Claims can only cluster with claims they share a concept with, directly or through other
/// members; so clustering each connected part of the graph of claims at or above the threshold
/// separately, with the corpus's frequencies, gives the clusters [`cluster_claims`] gives on the
/// whole corpus (up to the documented caps, which bite less on a part). This is how a
/// distributed engine clusters claims: candidate pairs by a join on shared concepts, verified
/// with [`claim_similarity`], union-find over the pairs, then this on each part. Claims that say
/// nothing of their own (no concept) only attach to clusters of the part they are given with.
pub fn cluster_claims_with_frequencies(
    claims: &[ClaimKey<'_>],
    config: &ClaimClusterConfig,
    frequencies: &ConceptFrequencies,
) -> Vec<ClaimCluster> {
    cluster_claims_weighted(claims, config, Some(frequencies))
}

/// The similarity [`cluster_claims`] gives two claims (the cosine of their weighted concepts),
/// with the concept weights of `frequencies`: 1 for claims equal in act, actors, addressees,
/// negation and concepts; `f64::NEG_INFINITY` for claims that can never share a cluster (other
/// stories, acts, actors or addressees, opposite negation, roles reversed, or nothing said).
/// Costs the analysis of both texts; meant for verifying candidate pairs, not for all pairs.
pub fn claim_similarity(
    a: &ClaimKey<'_>,
    b: &ClaimKey<'_>,
    config: &ClaimClusterConfig,
    frequencies: &ConceptFrequencies,
) -> f64 {
    let nodes = ClaimNodes::build(&[*a, *b], config, Some(frequencies));
    match nodes.len() {
        1 if nodes.norms[0] > 0.0 => 1.0,
        1 => CANNOT_LINK,
        _ => nodes.similarity(0, 1),
    }
}

/// In how many claims of a corpus each concept ([`Lexicon::claim_concepts`]) occurs, and how many
/// claims the corpus has: the inverse document frequencies [`cluster_claims`] weights concepts
/// by. Counting them over a whole corpus lets its parts be clustered and compared separately
/// ([`cluster_claims_with_frequencies`], [`claim_similarity`]) with the same weights.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ConceptFrequencies {
    /// How many claims the corpus has (at least the largest count below).
    pub claims: usize,
    /// Per concept, how many of those claims have it.
    pub counts: HashMap<String, u32>,
}

impl ConceptFrequencies {
    /// The frequencies of these claims' concepts, as [`cluster_claims`] counts them.
    pub fn count(claims: &[ClaimKey<'_>], config: &ClaimClusterConfig) -> Self {
        let mut counts: HashMap<String, u32> = HashMap::new();
        for claim in claims {
            for concept in config.lexicon.claim_concepts(claim) {
                *counts.entry(concept).or_insert(0) += 1;
            }
        }
        ConceptFrequencies { claims: claims.len(), counts }
    }
}

fn cluster_claims_weighted(
    claims: &[ClaimKey<'_>],
    config: &ClaimClusterConfig,
    frequencies: Option<&ConceptFrequencies>,
) -> Vec<ClaimCluster> {
    // Cosine similarity never exceeds 1: above that (or NaN) nothing can cluster.
    if claims.is_empty() || config.threshold.is_nan() || config.threshold > 1.0 {
        return Vec::new();
    }
    let nodes = ClaimNodes::build(claims, config, frequencies);
    let graph = nodes.link(config.threshold);
    let mut clusters: Vec<ClaimCluster> = Vec::new();
    for group in graph.groups {
        let size = group.len();
        let weights: Vec<usize> = group.iter().map(|&n| nodes.members[n].len()).collect();
        let mut matrix = vec![0.0f32; size * size];
        for x in 0..size {
            for y in x + 1..size {
                let s = nodes.similarity(group[x], group[y]) as f32;
                matrix[x * size + y] = s;
                matrix[y * size + x] = s;
            }
        }
        let docs_of = |local: &[usize]| {
            let mut docs: Vec<usize> = local
                .iter()
                .flat_map(|&m| nodes.members[group[m]].iter().map(|&c| claims[c as usize].doc))
                .collect();
            docs.sort_unstable();
            docs.dedup();
            docs.len()
        };
        let stands = |local: &[usize]| {
            let member_count: usize = local.iter().map(|&m| weights[m]).sum();
            member_count >= 2 && docs_of(local) >= config.min_docs.max(1)
        };
        let (mut kept, left): (Vec<Vec<usize>>, Vec<Vec<usize>>) =
            average_linkage(size, &matrix, &weights, config.threshold).into_iter().partition(|l| stands(l));
        rejoin_left_out(&mut kept, left.into_iter().flatten(), &matrix, &weights, size, config.threshold);
        for local in kept {
            // The medoid over all member claims: a node's copies are each other's perfect match.
            let closeness = |x: usize| -> f32 {
                let others: f32 = local.iter().map(|&m| weights[m] as f32 * matrix[x * size + m]).sum();
                others + (weights[x] - 1) as f32
            };
            let medoid = *local
                .iter()
                .max_by(|&&x, &&y| closeness(x).total_cmp(&closeness(y)).then(y.cmp(&x)))
                .unwrap_or(&local[0]);
            let mut members: Vec<usize> =
                local.iter().flat_map(|&m| nodes.members[group[m]].iter().map(|&c| c as usize)).collect();
            members.sort_unstable();
            clusters.push(ClaimCluster { members, representative: nodes.members[group[medoid]][0] as usize });
        }
    }
    let mut groups: Vec<Vec<usize>> = clusters.iter().map(|c| c.members.clone()).collect();
    let representatives = attach_references(claims, &nodes, &mut groups);
    let paired = groups.split_off(clusters.len());
    for (cluster, members) in clusters.iter_mut().zip(groups) {
        cluster.members = members;
    }
    for (members, representative) in paired.into_iter().zip(representatives) {
        clusters.push(ClaimCluster { members, representative });
    }
    clusters.sort_by_key(|c| c.members[0]);
    clusters
}

/// Average linkage merges greedily: two claims of one document ("the tannery broke water law",
/// "its sludge poisoned goats near the river") may pair first, and the pair's average then falls short
/// of the cross-source cluster either would have joined alone. Such a cluster of too few
/// documents is dropped; its members then each join the kept cluster of their group with the
/// highest average similarity, if it reaches the threshold and no member is incompatible. The
/// averages are taken over the kept clusters as they were, so the result does not depend on the
/// order the left-out claims are looked at.
fn rejoin_left_out(
    kept: &mut [Vec<usize>],
    left: impl Iterator<Item = usize>,
    matrix: &[f32],
    weights: &[usize],
    size: usize,
    threshold: f64,
) {
    if kept.is_empty() {
        return;
    }
    let mut joins: Vec<(usize, usize)> = Vec::new();
    for x in left {
        let mut best: Option<(f64, usize)> = None;
        for (k, cluster) in kept.iter().enumerate() {
            let (mut sum, mut weight) = (0.0f64, 0usize);
            let mut linkable = true;
            for &m in cluster {
                let s = f64::from(matrix[x * size + m]);
                if s == CANNOT_LINK {
                    linkable = false;
                    break;
                }
                sum += weights[m] as f64 * s;
                weight += weights[m];
            }
            let average = sum / weight.max(1) as f64;
            if linkable && average >= threshold && best.is_none_or(|(b, _)| average > b) {
                best = Some((average, k));
            }
        }
        if let Some((_, k)) = best {
            joins.push((k, x));
        }
    }
    for (k, x) in joins {
        kept[k].push(x);
    }
    for cluster in kept.iter_mut() {
        cluster.sort_unstable();
    }
}

/// Words opening a content that points back at something said before ("their demand", "that",
/// "these abuses"); a bare "the" names something ("the blockade"), except before one of
/// [`REFERRING_NOUNS`].
const REFERRING: [&str; 11] =
    ["their", "its", "his", "her", "this", "that", "these", "those", "our", "my", "your"];

/// Nouns that say only what kind of thing was said or asked for: "the amount" Trump demanded, "the
/// legislation" leaders refused, "the proposal" rejected point back at what the story has
/// already named, as "their demand" does.
const REFERRING_NOUNS: [&str; 39] = [
    "amount",
    "sum",
    "figure",
    "request",
    "requests",
    "demand",
    "demands",
    "proposal",
    "proposals",
    "plan",
    "plans",
    "idea",
    "offer",
    "measure",
    "measures",
    "bill",
    "bills",
    "legislation",
    "deal",
    "agreement",
    "pact",
    "accord",
    "treaty",
    "move",
    "decision",
    "ruling",
    "order",
    "claim",
    "claims",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "charges",
    "report",
    "lawsuit",
    "suit",
    "challenge",
    "complaint",
];

/// "the challenge from Ohio and Texas", "the demand by Moscow": a kind of thing said
/// (one of [`REFERRING_NOUNS`]) and only whose it is, in capitalised names.
fn kind_and_source(content: &str) -> bool {
    let mut tokens = words(content);
    if !tokens.next().is_some_and(|w| w.eq_ignore_ascii_case("the")) {
        return false;
    }
    let is_kind = |w: &str| REFERRING_NOUNS.iter().any(|n| w.eq_ignore_ascii_case(n));
    // (one lower-case word may come first: "the legal challenge from …")
    let Some(mut noun) = tokens.next() else { return false };
    if !is_kind(noun) && noun.chars().all(char::is_lowercase) {
        noun = tokens.next().unwrap_or("");
    }
    let mut names = 0;
    is_kind(noun)
        && tokens.next().is_some_and(|w| w == "from" || w == "by")
        && tokens.all(|w| {
            names += usize::from(w != "and");
            w == "and" || w.chars().next().is_some_and(char::is_uppercase)
        })
        && names > 0
}

/// "the speaker should back it", "the assembly to pass them", "approve it", "strike it down",
/// "declare it void": one verb done to a pronoun (with at most one lower-case word after it, a
/// particle or what it is to become), with at most whom it is asked of before a modal, points
/// back at what the story has already named.
fn done_to_it(content: &str) -> bool {
    const MODALS: [&str; 5] = ["should", "must", "to", "will", "would"];
    let mut tokens: [&str; 8] = [""; 8];
    let mut n = 0;
    for word in words(content) {
        if n == tokens.len() {
            return false;
        }
        tokens[n] = word;
        n += 1;
    }
    let is_pronoun = |w: &str| w == "it" || w == "them";
    let lower = |w: &str| w.chars().all(char::is_lowercase);
    // ("strike it down": the pronoun before one last lower-case word)
    let n = match tokens[..n] {
        [.., pronoun, last] if !is_pronoun(last) && is_pronoun(pronoun) && lower(last) => n - 1,
        _ => n,
    };
    let Some((&pronoun, body)) = tokens[..n].split_last() else { return false };
    let verb = match body.iter().rposition(|w| MODALS.contains(w)) {
        Some(m) if m + 2 == body.len() => body[m + 1],
        None if body.len() == 1 => body[0],
        _ => return false,
    };
    is_pronoun(pronoun) && lower(verb)
}

/// How many clusters of one story a referring claim is compared with, and how many referring
/// claims may join one cluster: beyond it the reference is ambiguous anyway.
const MAX_REFERENCE_CANDIDATES: usize = 64;

/// Claims that say nothing of their own — no content, or a short phrase pointing back ("their
/// demand", "that", "the amount") — join the one cluster of their story whose act and negation
/// they share and whose members' actors overlap theirs ("Republicans repeated their demand"
/// with the Republicans' demand), when no member is incompatible with them (the cannot-links of
/// [`ClaimNodes::incompatible`]). With two or more such clusters they stay alone; with none,
/// they may pair with a lone claim ([`pair_with_lone_claims`]).
/// Members stay ascending.
fn attach_references(
    claims: &[ClaimKey<'_>],
    nodes: &ClaimNodes,
    groups: &mut Vec<Vec<usize>>,
) -> Vec<usize> {
    let mut node_of = vec![0u32; claims.len()];
    for (n, members) in nodes.members.iter().enumerate() {
        for &c in members {
            node_of[c as usize] = n as u32;
        }
    }
    let node = |i: usize| node_of[i] as usize;
    let actors = |i: usize| &nodes.actor_sets[nodes.actors[node(i)] as usize][..];
    let overlap = |x: &[u32], y: &[u32]| intersect(x, y).next().is_some();
    let compatible = |i: usize, j: usize| !nodes.incompatible(node(i), node(j));
    // (only short contents are read: a long one says something; a node has concepts exactly
    // when its content has)
    let says_nothing = |i: usize| {
        let mut tokens = words(claims[i].content);
        let Some(first) = tokens.next() else { return true };
        let (second, rest) = (tokens.next(), tokens.count());
        // "the deal", or with one lower-case word before the noun ("the trade deal")
        let the_kind = || {
            let last = if rest == 0 { second } else { words(claims[i].content).last() };
            first.eq_ignore_ascii_case("the")
                && second.is_some_and(|w| w.chars().all(|c| c.is_lowercase()))
                && last.is_some_and(|w| REFERRING_NOUNS.iter().any(|n| w.eq_ignore_ascii_case(n)))
        };
        rest <= 1
            && (REFERRING.iter().any(|r| first.eq_ignore_ascii_case(r))
                || nodes.concepts[node(i)].is_empty()
                || the_kind())
            || rest <= 6 && (kind_and_source(claims[i].content) || done_to_it(claims[i].content))
    };
    let clustered: HashSet<usize> = groups.iter().flatten().copied().collect();
    let referring: Vec<usize> = (0..claims.len())
        .filter(|&i| !clustered.contains(&i) && !actors(i).is_empty() && says_nothing(i))
        .collect();
    if referring.is_empty() {
        return Vec::new();
    }
    // clusters by story and negation
    let mut by_story: HashMap<(usize, bool), Vec<usize>> = HashMap::new();
    for (g, members) in groups.iter().enumerate() {
        let first = node(members[0]);
        by_story.entry((nodes.story[first], nodes.negated[first])).or_default().push(g);
    }
    let mut joins: Vec<(usize, usize)> = Vec::new();
    // referring claims no cluster of their story refers to
    let mut unplaced: Vec<usize> = Vec::new();
    for &i in &referring {
        let candidates =
            by_story.get(&(nodes.story[node(i)], nodes.negated[node(i)])).map_or(&[][..], |c| &c[..]);
        if candidates.len() > MAX_REFERENCE_CANDIDATES {
            continue;
        }
        let mut found = None;
        let mut ambiguous = false;
        for &g in candidates {
            let members = &groups[g];
            // the same act by the same actor, and nothing in the cluster it contradicts
            let refers = members.iter().any(|&m| overlap(actors(m), actors(i)))
                && members.iter().all(|&m| compatible(m, i));
            if refers {
                ambiguous |= found.is_some();
                found = Some(g);
            }
        }
        match (found, ambiguous) {
            (Some(g), false) => joins.push((g, i)),
            (None, _) => unplaced.push(i),
            _ => {}
        }
    }
    // Two claims joining one cluster must be compatible with each other too; both stay out
    // otherwise (whatever the input order). More than MAX_REFERENCE_CANDIDATES joining one
    // cluster are not checked pairwise: they stay out, which bounds the work per cluster.
    let mut joining: HashMap<usize, Vec<usize>> = HashMap::new();
    for (g, i) in joins {
        joining.entry(g).or_default().push(i);
    }
    for (g, joiners) in joining {
        if joiners.len() > MAX_REFERENCE_CANDIDATES {
            continue;
        }
        for &i in &joiners {
            if joiners.iter().all(|&j| j == i || compatible(i, j)) {
                groups[g].push(i);
            }
        }
    }
    // (a lone claim says something: neither clustered nor referring; one with no actor word
    // falls in no bucket there)
    let says_something = |i: usize| !clustered.contains(&i) && !says_nothing(i);
    let representatives = pair_with_lone_claims(claims, nodes, &node_of, says_something, &unplaced, groups);
    for members in groups.iter_mut() {
        members.sort_unstable();
    }
    representatives
}

/// Referring claims that no cluster takes ([`attach_references`]) pair with the one claim of
/// their story that says something and that they can point back at: not clustered, the same act
/// and negation, an overlapping actor, nothing incompatible ("Sanders rejected the trade deal" in
/// one outlet, "Sanders rejected the Trans-Pacific Partnership" in another). With two or more such
/// claims the reference is ambiguous and nothing is paired; a claim of the referring claim's own
/// document makes no cross-source pair. Appends the new groups and returns their
/// representatives (the claim that says something), in order.
fn pair_with_lone_claims(
    claims: &[ClaimKey<'_>],
    nodes: &ClaimNodes,
    node_of: &[u32],
    is_lone: impl Fn(usize) -> bool,
    unplaced: &[usize],
    groups: &mut Vec<Vec<usize>>,
) -> Vec<usize> {
    if unplaced.is_empty() {
        return Vec::new();
    }
    let node = |i: usize| node_of[i] as usize;
    let actors = |i: usize| &nodes.actor_sets[nodes.actors[node(i)] as usize][..];
    let compatible = |i: usize, j: usize| !nodes.incompatible(node(i), node(j));
    // the lone claims that say something, by story, negation and actor word
    let mut lone: HashMap<(usize, bool, u32), Vec<usize>> = HashMap::new();
    for i in 0..claims.len() {
        if nodes.norms[node(i)] == 0.0 || !is_lone(i) {
            continue;
        }
        for &word in actors(i) {
            lone.entry((nodes.story[node(i)], nodes.negated[node(i)], word)).or_default().push(i);
        }
    }
    let mut pairs: HashMap<usize, Vec<usize>> = HashMap::new();
    for &i in unplaced {
        let mut candidates: Vec<usize> = Vec::new();
        let mut too_many = false;
        for &word in actors(i) {
            let bucket =
                lone.get(&(nodes.story[node(i)], nodes.negated[node(i)], word)).map_or(&[][..], |b| &b[..]);
            too_many |= bucket.len() > MAX_REFERENCE_CANDIDATES;
            candidates.extend(bucket.iter().copied().filter(|&j| compatible(i, j)));
        }
        candidates.sort_unstable();
        candidates.dedup();
        if let ([j], false) = (&candidates[..], too_many) {
            if claims[*j].doc != claims[i].doc {
                pairs.entry(*j).or_default().push(i);
            }
        }
    }
    let mut found: Vec<(usize, Vec<usize>)> = pairs.into_iter().collect();
    found.sort_unstable();
    let mut representatives = Vec::new();
    for (j, referrers) in found {
        if referrers.len() > MAX_REFERENCE_CANDIDATES {
            continue;
        }
        let mut group = vec![j];
        group.extend(
            referrers.iter().copied().filter(|&i| referrers.iter().all(|&k| k == i || compatible(i, k))),
        );
        if group.len() > 1 {
            groups.push(group);
            representatives.push(j);
        }
    }
    representatives
}

/// The similarity of two claims that must never share a cluster (different stories, acts,
/// actors or addressees, opposite negation, reversed roles). Average linkage averages it into
/// every merge that would bring them together, so such a merge is never at the threshold: a
/// cluster never holds an incompatible pair, however many compatible members surround it.
const CANNOT_LINK: f64 = f64::NEG_INFINITY;

/// Largest group handed to average linkage at once: its matrix takes `4 × k²` bytes and `k²`
/// similarity computations, so this bounds the linkage work per claim by a constant.
const MAX_LINKAGE_GROUP: usize = 1024;

/// At most this many entries of one concept's postings are walked per claim: beyond it, a
/// concept is so common among the claims' rarest concepts that the pairs it would add are
/// near-copies already linked through their neighbours in the list.
const MAX_PARTNERS_PER_CONCEPT: usize = 64;

/// At most this many candidate partners are scored per claim, over all its concepts.
const MAX_CANDIDATES_PER_NODE: usize = 256;

/// At most this many links above the threshold are kept per claim (the strongest), for
/// splitting single-linkage components too large for one linkage matrix.
const MAX_KEPT_LINKS_PER_NODE: usize = 16;

/// The distinct claims: claims equal in act, actor set and concept set are one weighted node,
/// since every similarity depends on nothing else.
struct ClaimNodes {
    /// Pairs of different act ids declared compatible, both orders.
    compatible_acts: HashSet<(u32, u32)>,
    /// Actor identifiers of each distinct actor set, sorted ids; empty = unknown.
    actor_sets: Vec<Vec<u32>>,
    act: Vec<u32>,
    actors: Vec<u32>,
    /// Addressee set of each node (an index into `actor_sets`).
    addressees: Vec<u32>,
    /// Story of each node (0 for all when stories do not separate claims).
    story: Vec<usize>,
    /// Whether each node's act is negated.
    negated: Vec<bool>,
    /// Concept ids, sorted ascending.
    concepts: Vec<Vec<u32>>,
    /// The claims each node stands for, ascending (so `members[n][0]` orders the nodes).
    members: Vec<Vec<u32>>,
    /// idf weight per concept.
    weight: Vec<f64>,
    /// Whether each concept names the actor (see `Lexicon::claim_concepts`).
    is_key: Vec<bool>,
    /// Per-concept claim frequency (counting every member of a node).
    document_frequency: Vec<u32>,
    norms: Vec<f64>,
}

/// Single-linkage groups of nodes, each small enough for a dense linkage matrix.
struct LinkGraph {
    groups: Vec<Vec<usize>>,
}

impl ClaimNodes {
    fn build(
        claims: &[ClaimKey<'_>],
        config: &ClaimClusterConfig,
        frequencies: Option<&ConceptFrequencies>,
    ) -> ClaimNodes {
        let (lexicon, across_stories) = (&config.lexicon, config.across_stories);
        let mut concept_ids: HashMap<String, u32> = HashMap::new();
        let mut actor_word_ids: HashMap<String, u32> = HashMap::new();
        let mut act_of_text: HashMap<&str, u32> = HashMap::new();
        let mut act_ids: HashMap<String, u32> = HashMap::new();
        let mut actors_of_text: HashMap<Names<'_>, u32> = HashMap::new();
        let mut actor_keys_of: HashMap<Names<'_>, Vec<String>> = HashMap::new();
        let mut actor_set_ids: IdMap<Vec<u32>, u32> = IdMap::default();
        let mut actor_sets: Vec<Vec<u32>> = Vec::new();
        // The same (act, actors, content) text is analysed once, however often it repeats.
        type TextKey<'k> = (&'k str, Names<'k>, &'k str, Names<'k>, usize, bool);
        let mut node_of_text: HashMap<TextKey<'_>, u32> = HashMap::new();
        type NodeKey = (u32, u32, u32, usize, bool, Vec<u32>);
        let mut node_of_key: IdMap<NodeKey, u32> = IdMap::default();
        let mut nodes = ClaimNodes {
            compatible_acts: HashSet::new(),
            actor_sets: Vec::new(),
            act: Vec::new(),
            actors: Vec::new(),
            addressees: Vec::new(),
            story: Vec::new(),
            negated: Vec::new(),
            concepts: Vec::new(),
            members: Vec::new(),
            weight: Vec::new(),
            is_key: Vec::new(),
            document_frequency: Vec::new(),
            norms: Vec::new(),
        };
        // Claims are taken in an order that depends on their texts only (not on where they stand
        // in the input), so that nodes, concept ids and every tie-break below are the same for
        // any permutation of the input.
        let story_of = |claim: &ClaimKey<'_>| if across_stories { 0 } else { claim.story };
        fn canonical<'k>(claim: &ClaimKey<'k>, story: usize) -> TextKey<'k> {
            (claim.act, claim.actors, claim.content, claim.addressees, story, claim.negated)
        }
        let mut order: Vec<(u64, u32)> = claims
            .iter()
            .enumerate()
            .map(|(index, claim)| {
                let mut h = std::collections::hash_map::DefaultHasher::new();
                std::hash::Hash::hash(&canonical(claim, story_of(claim)), &mut h);
                (std::hash::Hasher::finish(&h), index as u32)
            })
            .collect();
        order.sort_unstable_by(|x, y| {
            let (a, b) = (&claims[x.1 as usize], &claims[y.1 as usize]);
            x.0.cmp(&y.0).then_with(|| canonical(a, story_of(a)).cmp(&canonical(b, story_of(b))))
        });
        for index in order.into_iter().map(|(_, index)| index as usize) {
            let claim = &claims[index];
            let story = story_of(claim);
            let text_key = (claim.act, claim.actors, claim.content, claim.addressees, story, claim.negated);
            let node = match node_of_text.get(&text_key) {
                Some(&node) => node,
                None => {
                    let act = *act_of_text
                        .entry(claim.act)
                        .or_insert_with(|| intern(&mut act_ids, claim.act.trim().to_ascii_lowercase()));
                    let mut actor_set_of = |text: Names<'_>| -> u32 {
                        let mut set: Vec<u32> = lexicon
                            .actor_set(text)
                            .into_iter()
                            .map(|word| intern(&mut actor_word_ids, word))
                            .collect();
                        set.sort_unstable();
                        let next = actor_sets.len() as u32;
                        *actor_set_ids.entry(set).or_insert_with_key(|set| {
                            actor_sets.push(set.clone());
                            next
                        })
                    };
                    let actors = match actors_of_text.get(&claim.actors) {
                        Some(&id) => id,
                        None => {
                            let id = actor_set_of(claim.actors);
                            actors_of_text.insert(claim.actors, id);
                            id
                        }
                    };
                    let addressees = match actors_of_text.get(&claim.addressees) {
                        Some(&id) => id,
                        None => {
                            let id = actor_set_of(claim.addressees);
                            actors_of_text.insert(claim.addressees, id);
                            id
                        }
                    };
                    // The content's concepts and, when it says something, the actor's (analysed
                    // once per actor text).
                    let mut concepts: Vec<u32> = lexicon
                        .content_concepts(claim)
                        .into_iter()
                        .map(|c| intern(&mut concept_ids, c))
                        .collect();
                    if !concepts.is_empty() {
                        let keys = actor_keys_of
                            .entry(claim.actors)
                            .or_insert_with(|| lexicon.actor_key_concepts(claim.actors));
                        concepts.extend(keys.iter().map(|k| intern(&mut concept_ids, k.clone())));
                    }
                    concepts.sort_unstable();
                    concepts.dedup();
                    let next = nodes.members.len() as u32;
                    let key = (act, actors, addressees, story, claim.negated, concepts);
                    let node = *node_of_key.entry(key).or_insert_with_key(|key| {
                        nodes.act.push(act);
                        nodes.actors.push(actors);
                        nodes.addressees.push(addressees);
                        nodes.story.push(story);
                        nodes.negated.push(claim.negated);
                        nodes.concepts.push(key.5.clone());
                        nodes.members.push(Vec::new());
                        next
                    });
                    node_of_text.insert(text_key, node);
                    node
                }
            };
            nodes.members[node as usize].push(index as u32);
        }
        for members in &mut nodes.members {
            members.sort_unstable();
        }
        for (x, y) in &config.compatible_acts {
            let id = |act: &str| act_ids.get(&act.trim().to_ascii_lowercase()).copied();
            if let (Some(x), Some(y)) = (id(x), id(y)) {
                nodes.compatible_acts.insert((x, y));
                nodes.compatible_acts.insert((y, x));
            }
        }
        nodes.actor_sets = actor_sets;
        nodes.document_frequency = vec![0u32; concept_ids.len()];
        for (concepts, members) in nodes.concepts.iter().zip(&nodes.members) {
            for &c in concepts {
                nodes.document_frequency[c as usize] += members.len() as u32;
            }
        }
        let mut n = claims.len() as f64;
        if let Some(frequencies) = frequencies {
            for (concept, &id) in &concept_ids {
                if let Some(&count) = frequencies.counts.get(concept) {
                    nodes.document_frequency[id as usize] = count.max(1);
                }
            }
            let most = nodes.document_frequency.iter().copied().max().unwrap_or(0) as usize;
            n = frequencies.claims.max(most) as f64;
        }
        let mut is_key = vec![false; concept_ids.len()];
        for (concept, &id) in &concept_ids {
            is_key[id as usize] = is_key_concept(concept);
        }
        let key_weight = config.key_weight.max(0.0);
        nodes.weight = nodes
            .document_frequency
            .iter()
            .zip(&is_key)
            .map(|(&df, &key)| (1.0 + n / f64::from(df)).ln() * if key { key_weight } else { 1.0 })
            .collect();
        nodes.is_key = is_key;
        nodes.norms = nodes
            .concepts
            .iter()
            .map(|set| set.iter().map(|&c| nodes.weight[c as usize].powi(2)).sum::<f64>().sqrt())
            .collect();
        nodes
    }

    fn len(&self) -> usize {
        self.members.len()
    }

    /// Whether two nodes must never share a cluster: other stories, opposite negation,
    /// incompatible acts, actors or addressees, or roles reversed.
    fn incompatible(&self, a: usize, b: usize) -> bool {
        if self.story[a] != self.story[b] || self.negated[a] != self.negated[b] {
            return true;
        }
        let overlaps = |x: &[u32], y: &[u32]| intersect(x, y).next().is_some();
        let (to_a, to_b) =
            (&self.actor_sets[self.addressees[a] as usize], &self.actor_sets[self.addressees[b] as usize]);
        if self.addressees[a] != self.addressees[b]
            && !to_a.is_empty()
            && !to_b.is_empty()
            && !overlaps(to_a, to_b)
        {
            return true;
        }
        // Roles reversed: what one says of X is not what X says ("Russia demands NATO …" and
        // "NATO rejects Russia's demand"), unless the actors are the same too.
        let (by_a, by_b) =
            (&self.actor_sets[self.actors[a] as usize], &self.actor_sets[self.actors[b] as usize]);
        if (overlaps(by_a, to_b) || overlaps(to_a, by_b)) && !overlaps(by_a, by_b) {
            return true;
        }
        let (act_a, act_b) = (self.act[a], self.act[b]);
        if act_a != act_b && !self.compatible_acts.contains(&(act_a, act_b)) {
            return true;
        }
        self.actors[a] != self.actors[b] && !by_a.is_empty() && !by_b.is_empty() && !overlaps(by_a, by_b)
    }

    /// Cosine of the weighted concept sets, or [`CANNOT_LINK`] when stories, negation, acts,
    /// actors or addressees are incompatible.
    fn similarity(&self, a: usize, b: usize) -> f64 {
        if self.norms[a] == 0.0 || self.norms[b] == 0.0 || self.incompatible(a, b) {
            return CANNOT_LINK;
        }
        // Who says it only counts along with something said: claims sharing no content concept
        // are unrelated whoever makes them.
        let (mut shared, mut said) = (0.0, false);
        for c in intersect(&self.concepts[a], &self.concepts[b]) {
            shared += self.weight[c as usize].powi(2);
            said |= !self.is_key[c as usize];
        }
        if !said {
            return 0.0;
        }
        shared / (self.norms[a] * self.norms[b])
    }

    /// The concepts a node is indexed under (prefix filtering): its rarest concepts, leaving
    /// out the most frequent ones whose combined weight is under half the threshold. Two nodes
    /// with similarity ≥ `threshold` then share an indexed concept: if every shared concept
    /// were left out by one of them, each side's left-out part would contribute less than
    /// `threshold / 2` to the cosine (Cauchy–Schwarz), so the total would stay below it.
    fn indexed_concepts(&self, node: usize, threshold: f64) -> Vec<u32> {
        let mut by_rarity = self.concepts[node].clone();
        by_rarity.sort_unstable_by_key(|&c| (self.document_frequency[c as usize], c));
        let bound = (threshold.max(0.0) / 2.0 * self.norms[node]).powi(2);
        let mut left_out = 0.0;
        while let Some(&last) = by_rarity.last() {
            left_out += self.weight[last as usize].powi(2);
            if left_out >= bound {
                break;
            }
            by_rarity.pop();
        }
        by_rarity
    }

    /// Finds the pairs at or above the threshold through postings of indexed concepts, with the
    /// work per node bounded by the caps above, and groups the nodes they connect.
    fn link(&self, threshold: f64) -> LinkGraph {
        let count = self.len();
        let mut postings: Vec<Vec<u32>> = vec![Vec::new(); self.weight.len()];
        let indexed: Vec<Vec<u32>> = (0..count).map(|n| self.indexed_concepts(n, threshold)).collect();
        for (node, concepts) in indexed.iter().enumerate() {
            if self.norms[node] > 0.0 {
                for &c in concepts {
                    postings[c as usize].push(node as u32);
                }
            }
        }
        let mut linked = UnionFind::new(count);
        let mut kept: Vec<(u32, u32, f32)> = Vec::new();
        let mut seen_by = vec![u32::MAX; count];
        let mut strongest: Vec<(f32, u32)> = Vec::new();
        for (a, concepts) in indexed.iter().enumerate() {
            if self.norms[a] == 0.0 {
                continue;
            }
            strongest.clear();
            let mut scored = 0;
            'concepts: for &c in concepts {
                let posting = &postings[c as usize];
                let after = posting.partition_point(|&b| b as usize <= a);
                for &b in posting[after..].iter().take(MAX_PARTNERS_PER_CONCEPT) {
                    if seen_by[b as usize] == a as u32 {
                        continue;
                    }
                    seen_by[b as usize] = a as u32;
                    let s = self.similarity(a, b as usize);
                    if s >= threshold && s > 0.0 {
                        linked.union(a, b as usize);
                        strongest.push((s as f32, b));
                    }
                    scored += 1;
                    if scored == MAX_CANDIDATES_PER_NODE {
                        break 'concepts;
                    }
                }
            }
            if strongest.len() > MAX_KEPT_LINKS_PER_NODE {
                strongest.select_nth_unstable_by(MAX_KEPT_LINKS_PER_NODE, |x, y| {
                    y.0.total_cmp(&x.0).then(x.1.cmp(&y.1))
                });
                strongest.truncate(MAX_KEPT_LINKS_PER_NODE);
            }
            kept.extend(strongest.iter().map(|&(s, b)| (a as u32, b, s)));
        }
        // Nodes of one claim each form a group only with others; a node of repeated claims is
        // a cluster by itself (its copies are identical).
        let components: Vec<Vec<usize>> = linked
            .sets()
            .into_iter()
            .filter(|c| c.len() > 1 || (self.members[c[0]].len() > 1 && self.norms[c[0]] > 0.0))
            .collect();
        let mut component_of = vec![u32::MAX; count];
        for (n, component) in components.iter().enumerate() {
            if component.len() > MAX_LINKAGE_GROUP {
                for &node in component {
                    component_of[node] = n as u32;
                }
            }
        }
        let mut links_in: IdMap<u32, Vec<(u32, u32, f32)>> = IdMap::default();
        for &(a, b, s) in &kept {
            let component = component_of[a as usize];
            if component != u32::MAX {
                links_in.entry(component).or_default().push((a, b, s));
            }
        }
        let mut groups = Vec::new();
        for (n, component) in components.into_iter().enumerate() {
            if component.len() <= MAX_LINKAGE_GROUP {
                groups.push(component);
            } else {
                let links = links_in.remove(&(n as u32)).unwrap_or_default();
                groups.extend(split_large(&component, &links, threshold, MAX_LINKAGE_GROUP));
            }
        }
        LinkGraph { groups }
    }
}

/// Whether a concept names the actor or addressee of a claim (see `Lexicon::claim_concepts`).
fn is_key_concept(concept: &str) -> bool {
    concept.starts_with("A:")
}

fn intern(ids: &mut HashMap<String, u32>, key: String) -> u32 {
    let next = ids.len() as u32;
    *ids.entry(key).or_insert(next)
}

fn intersect<'s>(a: &'s [u32], b: &'s [u32]) -> impl Iterator<Item = u32> + 's {
    let (mut i, mut j) = (0, 0);
    std::iter::from_fn(move || {
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    i += 1;
                    j += 1;
                    return Some(a[i - 1]);
                }
            }
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key<'a>(doc: usize, act: &'a str, actors: &'a str, content: &'a str) -> ClaimKey<'a> {
        ClaimKey::new(doc, act, actors, content)
    }

    #[test]
    fn synonyms_and_derivations_share_concepts() {
        let lex = Lexicon::default();
        let a = lex.concepts("a halt to the enlargement of the alliance");
        let b = lex.concepts("stop NATO expanding");
        for concept in ["=stop", "=expand", "@nato"] {
            assert!(a.contains(&concept.to_string()), "{a:?}");
            assert!(b.contains(&concept.to_string()), "{b:?}");
        }
        assert_eq!(lex.concepts("pull back troops"), vec!["=withdraw", "=troops"]);
        assert_eq!(lex.concepts("U.S. forces"), lex.concepts("American troops"));
        assert!(!lex.concepts("told us").contains(&"@united states".to_string()));
        // what a denial disputes: an account, whatever the outlet calls it
        assert_eq!(lex.concepts("the characterization"), lex.concepts("the account"));
        assert_eq!(lex.concepts("their description"), lex.concepts("the article"));
        // leaving a race or an office, however it is put
        assert_eq!(lex.concepts("withdraw from the race"), lex.concepts("drop out"));
        assert_eq!(lex.concepts("exit"), lex.concepts("resign"));
        assert_eq!(lex.concepts("the chairman's ouster"), lex.concepts("the chairman's resignation"));
        // withdrawing forces stays withdrawal
        assert_eq!(lex.concepts("withdraw from the border"), vec!["=withdraw", "=border"]);
        // a political side, by its name or its place
        assert_eq!(lex.concepts("people on the right"), lex.concepts("people who are conservatives"));
        assert_eq!(lex.concepts("left-wing voices"), lex.concepts("progressive voices"));
        assert_eq!(lex.concepts("hookers"), lex.concepts("prostitutes"));
        // ("the right to appeal" is no side)
        assert!(!lex.concepts("the right to appeal").contains(&"=conservative".to_string()));
    }

    /// Staying is what a refusal to go refuses, in a rejection's content only.
    #[test]
    fn act_synonyms_hold_for_their_act_only() {
        let lex = Lexicon::default();
        let concepts = |act: &str, content: &str| lex.claim_concepts(&key(0, act, "", content));
        assert_eq!(concepts("reject", "stay in the race"), concepts("reject", "step down"));
        assert_eq!(concepts("reject", "remain in office"), concepts("reject", "quit"));
        assert_eq!(concepts("reject", "he is staying on"), concepts("reject", "resign"));
        // a demand that someone stay is no demand that they go
        assert_ne!(concepts("demand", "stay in the race"), concepts("demand", "step down"));
        assert_eq!(lex.concepts("remain in office"), vec!["remain", "offic"]);
        // and the lexicon takes more at run time
        let mut lex = Lexicon::default();
        lex.add_act_synonyms("Deny", "false", ["made up"]);
        let made_up = lex.claim_concepts(&key(0, "deny", "", "the story was made up"));
        assert!(made_up.contains(&"=false".to_string()), "{made_up:?}");
        assert!(!lex.concepts("the story was made up").contains(&"=false".to_string()));
    }

    /// Who "Two prairie states" or "Three senators" are is not said by the capital of a
    /// sentence's first word: they stay compatible with the states or senators named.
    #[test]
    fn number_words_do_not_identify_actors() {
        let lex = Lexicon::default();
        assert!(lex.actor_set("Two prairie states".into()).is_empty());
        assert!(lex.actor_set("Three Republican senators".into()).contains("republican"));
        assert!(!lex.concepts("two states").contains(&"two".to_string()));
    }

    #[test]
    fn a_frame_noun_before_its_clause_is_no_concept() {
        let lex = Lexicon::default();
        let guarantee = "=guarantee".to_string();
        assert!(!lex.concepts("the promise that no bases will be built").contains(&guarantee));
        assert!(!lex.concepts("a written commitment not to enlarge the alliance").contains(&guarantee));
        assert!(lex.concepts("legal security guarantees").contains(&guarantee));
        assert!(lex.concepts("a promise of aid").contains(&guarantee));
        let mut plain = Lexicon::default();
        plain.frames.clear();
        assert!(plain.concepts("the promise that no bases will be built").contains(&guarantee));
    }

    #[test]
    fn different_acts_or_blocs_do_not_cluster() {
        let claims = [
            key(0, "demand", "Russia", "withdrawal of troops from the border"),
            key(1, "demand", "NATO", "withdrawal of troops from the border"),
            key(2, "reject", "Russia", "withdrawal of troops from the border"),
        ];
        assert!(cluster_claims(&claims, &ClaimClusterConfig::default()).is_empty());
    }

    #[test]
    fn bloc_members_are_compatible() {
        let claims = [
            key(0, "reject", "NATO", "Russia's demands"),
            key(1, "reject", "United States; NATO", "the Russian demands"),
            key(2, "reject", "West", "Moscow's demands"),
            key(3, "reject", "China", "the Russian demands"),
        ];
        let clusters = cluster_claims(&claims, &ClaimClusterConfig::default());
        assert_eq!(clusters.len(), 1);
        assert_eq!(clusters[0].members, vec![0, 1, 2]);
    }

    #[test]
    fn actor_texts_compare_by_identifying_words() {
        let lex = Lexicon::default();
        let compatible = |a: &str, b: &str| !lex.actor_set(a.into()).is_disjoint(&lex.actor_set(b.into()));
        assert!(compatible("Kremlin spokesman Dmitry Peskov", "Russia"));
        assert!(compatible("Foreign Minister Miro Tallis", "Tallis"));
        assert!(compatible("Washington", "NATO"));
        assert!(!compatible("Foreign Minister Miro Tallis", "Foreign Minister Anna Berg"));
        assert!(!compatible("Russia", "Ukraine"));
        assert!(!compatible("North Korea", "South Korea"));
        assert!(!compatible("Arab countries", "Western countries"));
        assert!(compatible("Western countries", "United States"));
        assert!(!compatible("EU member states", "ASEAN member states"));
        assert!(compatible("US officials", "Washington"));
        assert!(compatible("EU foreign ministers", "European Union"));
        // several names: compatible when any one is
        let several = lex.actor_set(Names::Many(&["Nebraska", "Oklahoma"]));
        assert!(!several.is_disjoint(&lex.actor_set("Oklahoma".into())));
        assert!(several.is_disjoint(&lex.actor_set("Colorado".into())));
        assert!(lex.actor_set(Names::Many(&["", " "])).is_empty());
    }

    /// Parts of a corpus clustered alone with the corpus's concept frequencies give the clusters
    /// of the whole, which the same parts clustered with their own frequencies need not.
    #[test]
    fn parts_with_corpus_frequencies_cluster_as_the_whole() {
        let claims = [
            key(0, "demand", "Russia", "withdrawal of NATO troops from Eastern Europe"),
            key(1, "demand", "Moscow", "NATO pull its forces back from eastern Europe"),
            key(2, "demand", "Russia", "a halt to NATO enlargement"),
            key(3, "demand", "Kremlin", "stop NATO expanding eastward"),
            key(4, "reject", "NATO", "Russia's demands on enlargement"),
            key(5, "reject", "United States", "the Russian demands on NATO expansion"),
            key(6, "reject", "Germany", "a ban on gas pipeline sanctions"),
            key(7, "accuse", "Ukraine", "Russia of massing troops at the border"),
            key(8, "accuse", "Kyiv", "Moscow of a troop build-up on the border"),
        ];
        let config = ClaimClusterConfig::default();
        let whole = cluster_claims(&claims, &config);
        assert!(whole.len() >= 3, "{whole:?}");
        let frequencies = ConceptFrequencies::count(&claims, &config);
        assert_eq!(frequencies.claims, claims.len());
        // the parts: claims of each act (which never cluster across)
        let mut joined: Vec<ClaimCluster> = Vec::new();
        for act in ["demand", "reject", "accuse"] {
            let part: Vec<usize> = (0..claims.len()).filter(|&i| claims[i].act == act).collect();
            let keys: Vec<ClaimKey<'_>> = part.iter().map(|&i| claims[i]).collect();
            for c in cluster_claims_with_frequencies(&keys, &config, &frequencies) {
                joined.push(ClaimCluster {
                    members: c.members.iter().map(|&m| part[m]).collect(),
                    representative: part[c.representative],
                });
            }
        }
        joined.sort_by_key(|c| c.members[0]);
        assert_eq!(joined, whole);
        // every pair inside a cluster is at the threshold or above, or averaged up to it
        for c in &whole {
            let (a, b) = (&claims[c.members[0]], &claims[c.members[1]]);
            assert!(claim_similarity(a, b, &config, &frequencies) > 0.0);
        }
    }

    #[test]
    fn claim_similarity_is_one_for_equals_and_minus_infinity_for_incompatibles() {
        let claims = [
            key(0, "demand", "Russia", "withdrawal of troops from the border"),
            key(1, "demand", "Russia", "withdrawal of troops from the border"),
            key(2, "reject", "Russia", "withdrawal of troops from the border"),
            key(3, "demand", "Ukraine", "withdrawal of troops from the border"),
            key(4, "demand", "Russia", "troops leaving the border"),
            key(5, "demand", "Russia", ""),
        ];
        let config = ClaimClusterConfig::default();
        let frequencies = ConceptFrequencies::count(&claims, &config);
        let similarity = |a: usize, b: usize| claim_similarity(&claims[a], &claims[b], &config, &frequencies);
        assert_eq!(similarity(0, 1), 1.0);
        assert_eq!(similarity(0, 2), f64::NEG_INFINITY);
        assert_eq!(similarity(0, 3), f64::NEG_INFINITY);
        assert_eq!(similarity(0, 5), f64::NEG_INFINITY);
        assert_eq!(similarity(5, 5), f64::NEG_INFINITY);
        let partial = similarity(0, 4);
        assert!(partial > 0.0 && partial < 1.0, "{partial}");
        assert_eq!(partial, similarity(4, 0));
        // rarer in the corpus, the shared concepts weigh more
        let mut rare = frequencies.clone();
        rare.claims *= 100;
        assert!(claim_similarity(&claims[0], &claims[4], &config, &rare) != partial);
    }

    #[test]
    fn single_document_groups_are_not_returned() {
        let claims = [
            key(0, "demand", "Russia", "security guarantees"),
            key(0, "demand", "Russia", "legal security guarantees"),
        ];
        assert!(cluster_claims(&claims, &ClaimClusterConfig::default()).is_empty());
        let one_doc = ClaimClusterConfig { min_docs: 1, ..ClaimClusterConfig::default() };
        assert_eq!(cluster_claims(&claims, &one_doc).len(), 1);
    }

    #[test]
    fn runtime_extension_changes_matching() {
        let claims = [
            key(0, "propose", "France", "a truce in the north"),
            key(1, "propose", "France", "a lull in the north"),
        ];
        let mut config = ClaimClusterConfig::default();
        config.lexicon.add_stopwords(["north"]);
        assert!(cluster_claims(&claims, &config).is_empty());
        config.lexicon.add_synonyms(["ceasefire", "lull"]);
        assert_eq!(cluster_claims(&claims, &config).len(), 1);
    }

    /// The definition, without collapsing, indexing or caps: every pair scored, one dense
    /// average linkage over all claims.
    fn reference(claims: &[ClaimKey<'_>], config: &ClaimClusterConfig) -> Vec<Vec<usize>> {
        let lexicon = &config.lexicon;
        let concepts: Vec<Vec<String>> = claims
            .iter()
            .map(|claim| {
                let mut set: Vec<String> = lexicon.claim_concepts(claim);
                set.sort();
                set.dedup();
                set
            })
            .collect();
        let n = claims.len();
        let df = |concept: &String| concepts.iter().filter(|set| set.contains(concept)).count() as f64;
        let weight = |concept: &String| {
            (1.0 + n as f64 / df(concept)).ln()
                * if is_key_concept(concept) { config.key_weight } else { 1.0 }
        };
        let norm = |set: &Vec<String>| set.iter().map(|c| weight(c).powi(2)).sum::<f64>().sqrt();
        let actors: Vec<HashSet<String>> = claims.iter().map(|c| lexicon.actor_set(c.actors)).collect();
        let addressees: Vec<HashSet<String>> =
            claims.iter().map(|c| lexicon.actor_set(c.addressees)).collect();
        let acts_compatible = |a: &str, b: &str| {
            a.trim().eq_ignore_ascii_case(b.trim())
                || config.compatible_acts.iter().any(|(x, y)| {
                    x.trim().eq_ignore_ascii_case(a.trim()) && y.trim().eq_ignore_ascii_case(b.trim())
                        || x.trim().eq_ignore_ascii_case(b.trim()) && y.trim().eq_ignore_ascii_case(a.trim())
                })
        };
        let mut matrix = vec![0.0f32; n * n];
        for a in 0..n {
            for b in 0..n {
                let (na, nb) = (norm(&concepts[a]), norm(&concepts[b]));
                if a == b || na == 0.0 || nb == 0.0 {
                    continue;
                }
                if !acts_compatible(claims[a].act, claims[b].act)
                    || (!actors[a].is_empty() && !actors[b].is_empty() && actors[a].is_disjoint(&actors[b]))
                    || (!addressees[a].is_empty()
                        && !addressees[b].is_empty()
                        && addressees[a].is_disjoint(&addressees[b]))
                    || (claims[a].story != claims[b].story && !config.across_stories)
                    || claims[a].negated != claims[b].negated
                    || ((!actors[a].is_disjoint(&addressees[b]) || !addressees[a].is_disjoint(&actors[b]))
                        && actors[a].is_disjoint(&actors[b]))
                {
                    matrix[a * n + b] = f32::NEG_INFINITY;
                    continue;
                }
                let common: Vec<&String> = concepts[a].iter().filter(|c| concepts[b].contains(c)).collect();
                if common.iter().all(|c| is_key_concept(c)) {
                    continue;
                }
                let shared: f64 = common.iter().map(|c| weight(c).powi(2)).sum();
                matrix[a * n + b] = (shared / (na * nb)) as f32;
            }
        }
        let (mut groups, left): (Vec<Vec<usize>>, Vec<Vec<usize>>) =
            average_linkage(n, &matrix, &vec![1; n], config.threshold).into_iter().partition(|group| {
                let mut docs: Vec<usize> = group.iter().map(|&m| claims[m].doc).collect();
                docs.sort_unstable();
                docs.dedup();
                group.len() > 1 && docs.len() >= config.min_docs
            });
        rejoin_left_out(&mut groups, left.into_iter().flatten(), &matrix, &vec![1; n], n, config.threshold);
        attach_references(claims, &ClaimNodes::build(claims, config, None), &mut groups);
        groups.sort_by_key(|g| g[0]);
        groups
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(128))]

        /// Collapsing repeats, prefix indexing and weighted linkage give the plain definition's
        /// clusters (on inputs far below the caps).
        #[test]
        fn clusters_match_the_unoptimised_definition(
            raw in proptest::collection::vec((0usize..3, 0usize..3, 0usize..4, 0usize..6), 0..40)
        ) {
            const ACTS: [&str; 3] = ["demand", "reject", "deny"];
            const ACTORS: [&str; 4] = ["Russia", "NATO", "", "Kremlin spokesman"];
            const CONTENTS: [&str; 6] = [
                "a halt to NATO expansion",
                "that NATO stop expanding eastward",
                "the withdrawal of troops from the border",
                "troops pull back from the frontier",
                "the",
                "new sanctions on oil exports",
            ];
            let claims: Vec<ClaimKey<'_>> = raw
                .iter()
                .map(|&(doc, act, actors, content)| key(doc, ACTS[act], ACTORS[actors], CONTENTS[content]))
                .collect();
            let config = ClaimClusterConfig {
                compatible_acts: vec![("deny".into(), "Reject".into())],
                ..ClaimClusterConfig::default()
            };
            let fast: Vec<Vec<usize>> = cluster_claims(&claims, &config).into_iter().map(|c| c.members).collect();
            proptest::prop_assert_eq!(fast, reference(&claims, &config));
        }
    }

    #[test]
    fn empty_and_wordless_claims_are_safe() {
        assert!(cluster_claims(&[], &ClaimClusterConfig::default()).is_empty());
        let claims = [key(0, "demand", "", "..."), key(1, "demand", "", "the")];
        assert!(cluster_claims(&claims, &ClaimClusterConfig::default()).is_empty());
    }
}
