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

use crate::linkage::average_linkage;
use crate::union_find::UnionFind;

const STOPWORDS: &str = include_str!("../data/stopwords.txt");
const SYNONYMS: &str = include_str!("../data/synonyms.txt");
const PLACES: &str = include_str!("../data/places.txt");
const ACTOR_BLOCS: &str = include_str!("../data/actor_blocs.txt");
const ACTOR_TITLES: &str = include_str!("../data/actor_titles.txt");

/// One claim as the clusterer sees it: borrowed views of the caller's claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClaimKey<'a> {
    /// The document (source) the claim comes from.
    pub doc: usize,
    /// The act: "demand", "reject", …; alternatives may be joined by `|` ("deny|reject").
    pub act: &'a str,
    /// Normalised actor names joined by "; " (or the actor's text when there is no norm);
    /// empty means unknown and is compatible with any actor.
    pub actors: &'a str,
    /// What is demanded, rejected, …: the claim's content text.
    pub content: &'a str,
}

/// A group of claims that say the same thing.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct ClaimCluster {
    /// Indices into the clustered claims, ascending.
    pub members: Vec<usize>,
    /// The member whose wording is closest to all the others (the medoid).
    pub representative: usize,
}

/// Parameters of claim clustering.
#[derive(Clone, Debug)]
pub struct ClaimClusterConfig {
    /// Average similarity at or above which a claim joins a cluster (0..=1, default 0.16).
    pub threshold: f64,
    /// Only clusters with members from at least this many documents are returned (default 2).
    pub min_docs: usize,
    /// Stopwords, synonym sets and actor blocs.
    pub lexicon: Lexicon,
}

impl Default for ClaimClusterConfig {
    fn default() -> Self {
        ClaimClusterConfig { threshold: 0.16, min_docs: 2, lexicon: Lexicon::default() }
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
            let stems: Vec<String> =
                words(term).map(|w| self.stemmer.stem(&w.to_lowercase()).into_owned()).collect();
            if stems.is_empty() {
                continue;
            }
            self.longest_phrase = self.longest_phrase.max(stems.len());
            self.phrases.insert(stems.join(" "), concept.clone());
        }
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

    /// The concepts of a content text, in order (with repeats), as strings: a stem, a synonym
    /// set's name prefixed with `=`, or an entity's name prefixed with `@`.
    pub fn concepts(&self, text: &str) -> Vec<String> {
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
                if let Some(concept) = self.phrases.get(&key) {
                    out.push(concept.clone());
                    i += len;
                    continue 'tokens;
                }
            }
            if !self.stopwords.contains(&lowered[i]) && !lowered[i].chars().all(|c| c.is_ascii_digit()) {
                out.push(stems[i].clone());
            }
            i += 1;
        }
        out
    }

    /// Adds office words ("minister", "spokesman") that do not identify an actor.
    pub fn add_actor_titles<'w>(&mut self, words: impl IntoIterator<Item = &'w str>) {
        for word in words {
            let stem = self.stemmer.stem(&word.trim().to_lowercase()).into_owned();
            self.titles.insert(stem);
        }
    }

    /// What identifies the actors of `actors` ("Russia; China", or a text like "Kremlin
    /// spokesman Dmitry Peskov"): each lower-cased name, its blocs, and the concepts of its words
    /// other than office titles and general vocabulary ("@russia", "peskov"), with the blocs of
    /// any of them.
    /// Two claims' actors are compatible when these sets overlap.
    fn actor_set(&self, actors: &str) -> HashSet<String> {
        let mut set = HashSet::new();
        for written in actors.split(';').map(str::trim) {
            let name = written.to_lowercase();
            if name.is_empty() {
                continue;
            }
            if let Some(blocs) = self.blocs.get(&name) {
                set.extend(blocs.iter().cloned());
            }
            for concept in self.concepts(written) {
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
            set.insert(name);
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

/// Clusters claims that say the same thing (see the module docs for the similarity).
///
/// Returns only clusters whose members come from at least `config.min_docs` documents, sorted
/// by first member; claims in no returned cluster stand alone. Deterministic and independent of
/// the input order (up to index renaming) except for exact similarity ties.
pub fn cluster_claims(claims: &[ClaimKey<'_>], config: &ClaimClusterConfig) -> Vec<ClaimCluster> {
    let lexicon = &config.lexicon;
    let mut interner: HashMap<String, u32> = HashMap::new();
    let concept_sets: Vec<Vec<u32>> = claims
        .iter()
        .map(|claim| {
            // A content word naming the claim's own act ("several demands" as what Russia
            // demands) says nothing about what is demanded: it is dropped.
            let act_concepts: Vec<String> =
                claim.act.split('|').flat_map(|act| lexicon.concepts(act)).collect();
            let mut ids: Vec<u32> = lexicon
                .concepts(claim.content)
                .into_iter()
                .filter(|c| !act_concepts.contains(c))
                .map(|c| {
                    let next = interner.len() as u32;
                    *interner.entry(c).or_insert(next)
                })
                .collect();
            ids.sort_unstable();
            ids.dedup();
            ids
        })
        .collect();
    let mut document_frequency = vec![0u32; interner.len()];
    for set in &concept_sets {
        for &c in set {
            document_frequency[c as usize] += 1;
        }
    }
    let n = claims.len() as f64;
    let weight: Vec<f64> = document_frequency.iter().map(|&df| (1.0 + n / f64::from(df)).ln()).collect();
    let norms: Vec<f64> = concept_sets
        .iter()
        .map(|set| set.iter().map(|&c| weight[c as usize].powi(2)).sum::<f64>().sqrt())
        .collect();
    let actor_sets: Vec<HashSet<String>> = claims.iter().map(|c| lexicon.actor_set(c.actors)).collect();

    let similarity = |a: usize, b: usize| -> f64 {
        if !acts_compatible(claims[a].act, claims[b].act) {
            return 0.0;
        }
        let (sa, sb) = (&actor_sets[a], &actor_sets[b]);
        if !sa.is_empty() && !sb.is_empty() && sa.is_disjoint(sb) {
            return 0.0;
        }
        if norms[a] == 0.0 || norms[b] == 0.0 {
            return 0.0;
        }
        let shared: f64 =
            intersect(&concept_sets[a], &concept_sets[b]).map(|c| weight[c as usize].powi(2)).sum();
        shared / (norms[a] * norms[b])
    };

    // Sparse similarities: only pairs sharing a concept can be similar, found via postings.
    let mut postings: Vec<Vec<u32>> = vec![Vec::new(); interner.len()];
    for (claim, set) in concept_sets.iter().enumerate() {
        for &c in set {
            postings[c as usize].push(claim as u32);
        }
    }
    let count = claims.len();
    let mut edges: HashMap<(u32, u32), f64> = HashMap::new();
    let mut linked = UnionFind::new(count);
    for (a, concepts) in concept_sets.iter().enumerate() {
        let mut partners: Vec<u32> = concepts
            .iter()
            .flat_map(|&c| postings[c as usize].iter().copied())
            .filter(|&b| b as usize > a)
            .collect();
        partners.sort_unstable();
        partners.dedup();
        for b in partners {
            let s = similarity(a, b as usize);
            if s > 0.0 {
                edges.insert((a as u32, b), s);
                if s >= config.threshold {
                    linked.union(a, b as usize);
                }
            }
        }
    }
    let similarity_of = |a: usize, b: usize| -> f64 {
        let key = if a < b { (a as u32, b as u32) } else { (b as u32, a as u32) };
        edges.get(&key).copied().unwrap_or(0.0)
    };

    // Average linkage only ever merges clusters joined by a pair above the threshold, so it runs
    // inside each single-linkage component separately, on a dense matrix of that component.
    let mut clusters: Vec<ClaimCluster> = Vec::new();
    let components = linked.sets().into_iter().filter(|c| c.len() > 1);
    for component in components.flat_map(|c| split_large(c, &edges, config.threshold)) {
        let size = component.len();
        let mut matrix = vec![0.0f32; size * size];
        for x in 0..size {
            for y in x + 1..size {
                let s = similarity_of(component[x], component[y]) as f32;
                matrix[x * size + y] = s;
                matrix[y * size + x] = s;
            }
        }
        for local in average_linkage(size, &matrix, config.threshold) {
            let mut docs: Vec<usize> = local.iter().map(|&m| claims[component[m]].doc).collect();
            docs.sort_unstable();
            docs.dedup();
            if local.len() < 2 || docs.len() < config.min_docs.max(1) {
                continue;
            }
            let medoid = *local
                .iter()
                .max_by(|&&x, &&y| {
                    let sx: f32 = local.iter().map(|&m| matrix[x * size + m]).sum();
                    let sy: f32 = local.iter().map(|&m| matrix[y * size + m]).sum();
                    sx.total_cmp(&sy).then(y.cmp(&x))
                })
                .unwrap_or(&local[0]);
            clusters.push(ClaimCluster {
                members: local.iter().map(|&m| component[m]).collect(),
                representative: component[medoid],
            });
        }
    }
    clusters.sort_by_key(|c| c.members[0]);
    clusters
}

/// Largest group handed to average linkage at once: its matrix takes `4 × k²` bytes.
const MAX_LINKAGE_GROUP: usize = 4096;

/// Splits a single-linkage component too large for a dense matrix by raising the linking
/// threshold inside it until every part fits (at most 64 MB per matrix). An approximation:
/// average linkage might have merged across such a cut, but in a component this sprawling the
/// pairs below the raised threshold are the loose links it would mostly refuse anyway.
fn split_large(component: Vec<usize>, edges: &HashMap<(u32, u32), f64>, threshold: f64) -> Vec<Vec<usize>> {
    if component.len() <= MAX_LINKAGE_GROUP {
        return vec![component];
    }
    let position: HashMap<usize, usize> = component.iter().enumerate().map(|(i, &c)| (c, i)).collect();
    let inside: Vec<(usize, usize, f64)> = edges
        .iter()
        .filter_map(|(&(a, b), &s)| Some((*position.get(&(a as usize))?, *position.get(&(b as usize))?, s)))
        .collect();
    let mut raised = threshold;
    loop {
        raised += 0.05;
        let mut parts = UnionFind::new(component.len());
        for &(a, b, s) in &inside {
            if s >= raised {
                parts.union(a, b);
            }
        }
        let sets = parts.sets();
        if sets.iter().all(|p| p.len() <= MAX_LINKAGE_GROUP) || raised > 1.0 {
            return sets
                .into_iter()
                .filter(|p| p.len() > 1)
                .flat_map(|p| {
                    let part: Vec<usize> = p.into_iter().map(|i| component[i]).collect();
                    // Only reachable when identical claims exceed the cap: chunk them.
                    part.chunks(MAX_LINKAGE_GROUP).map(<[usize]>::to_vec).collect::<Vec<_>>()
                })
                .collect();
        }
    }
}

/// Whether two acts ("deny|reject" style alternatives allowed) share an alternative.
fn acts_compatible(a: &str, b: &str) -> bool {
    a.split('|').any(|x| b.split('|').any(|y| x.trim().eq_ignore_ascii_case(y.trim())))
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
        ClaimKey { doc, act, actors, content }
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
        let compatible = |a: &str, b: &str| !lex.actor_set(a).is_disjoint(&lex.actor_set(b));
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

    #[test]
    fn empty_and_wordless_claims_are_safe() {
        assert!(cluster_claims(&[], &ClaimClusterConfig::default()).is_empty());
        let claims = [key(0, "demand", "", "..."), key(1, "demand", "", "the")];
        assert!(cluster_claims(&claims, &ClaimClusterConfig::default()).is_empty());
    }
}
