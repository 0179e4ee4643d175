//! Synthetic news corpus with ground truth, for testing and benchmarking near-duplicate detection.
//!
//! Each *story* is a base article (Zipf-distributed pseudo-words in sentences and paragraphs,
//! wrapped in one outlet's boilerplate). A story may be republished as *variants*: another
//! outlet's boilerplate, some sentences edited (words replaced, inserted, deleted), paragraphs
//! moved, sometimes a paragraph dropped, the tail cut (syndication of the first two thirds or
//! more) or an outlet's own paragraph added. *Hard negatives* are new stories that reuse one wire
//! paragraph of another story verbatim: they share a passage but are not duplicates. Ground
//! truth: documents are duplicates exactly when they have the same [`SynthDoc::story`].
//!
//! Generation is deterministic for a given [`SynthConfig`] (including its seed) and runs in
//! parallel over chunks of stories; [`stream`] yields documents without holding the corpus.

use std::collections::HashMap;

use rayon::prelude::*;

/// Parameters of the synthetic corpus.
#[derive(Clone, Debug, PartialEq)]
pub struct SynthConfig {
    /// Number of documents to generate (exactly).
    pub docs: usize,
    /// Approximate article size in bytes (default 3000).
    pub target_bytes: usize,
    /// Probability that a story gets republished variants (default 0.3).
    pub duplicated_fraction: f64,
    /// Largest number of variants of one story (default 5; the count is uniform in 1..=max).
    pub max_variants: usize,
    /// Probability that a new story is a hard negative reusing a wire paragraph (default 0.1).
    pub hard_negative_fraction: f64,
    /// Probability that a sentence of a variant is edited (default 0.2).
    pub sentence_edit_rate: f64,
    /// Number of outlets with their own boilerplate (default 50).
    pub outlets: usize,
    /// Seed of the whole corpus.
    pub seed: u64,
}

impl Default for SynthConfig {
    fn default() -> Self {
        SynthConfig {
            docs: 1000,
            target_bytes: 3000,
            duplicated_fraction: 0.3,
            max_variants: 5,
            hard_negative_fraction: 0.1,
            sentence_edit_rate: 0.2,
            outlets: 50,
            seed: 42,
        }
    }
}

/// How a synthetic document came about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DocKind {
    /// The first publication of a story.
    Base,
    /// A republication of a story with edits.
    Variant,
    /// A new story that reuses one paragraph of another story (not a duplicate of it).
    HardNegative,
}

/// One generated document with its ground truth.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct SynthDoc {
    /// "d" followed by the document's position in the corpus.
    pub id: String,
    /// The full page text: outlet header, body paragraphs separated by blank lines, footer.
    pub text: String,
    /// Ground-truth duplicate group: equal for a base article and its variants only.
    pub story: u64,
    /// How the document was made.
    pub kind: DocKind,
    /// For a hard negative, the story whose wire paragraph it reuses.
    pub shares_paragraph_with: Option<u64>,
}

/// A whole corpus in memory, documents in a seeded random order.
pub fn generate(config: &SynthConfig) -> Vec<SynthDoc> {
    let mut docs: Vec<SynthDoc> = stream(config).collect();
    let mut rng = Rng::new(config.seed ^ 0x5eed_5bf1_u64);
    for i in (1..docs.len()).rev() {
        let j = rng.below(i + 1);
        docs.swap(i, j);
    }
    for (i, doc) in docs.iter_mut().enumerate() {
        doc.id = format!("d{i}");
    }
    docs
}

/// The corpus as an iterator (the variants of a story follow its base), generated in parallel
/// chunks: memory stays proportional to one chunk, so millions of documents can be written out.
pub fn stream(config: &SynthConfig) -> impl Iterator<Item = SynthDoc> {
    let world = World::new(config);
    let total = config.docs;
    // Stories are planned in chunks of this many documents; each chunk has its own seed.
    const CHUNK: usize = 4096;
    let chunks = total.div_ceil(CHUNK);
    let batch = rayon::current_num_threads().max(1) * 2;
    let mut emitted = 0usize;
    (0..chunks.div_ceil(batch)).flat_map(move |round| {
        let first = round * batch;
        let last = (first + batch).min(chunks);
        let docs: Vec<Vec<SynthDoc>> = (first..last)
            .into_par_iter()
            .map(|chunk| {
                let wanted = CHUNK.min(total - chunk * CHUNK);
                world.chunk(chunk as u64, wanted)
            })
            .collect();
        docs.into_iter()
            .flatten()
            .map(|mut doc| {
                doc.id = format!("d{emitted}");
                emitted += 1;
                doc
            })
            .collect::<Vec<_>>()
    })
}

/// Pair precision and recall of a clustering against ground truth.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct PairScores {
    /// Pairs put together that are true duplicates.
    pub correct_pairs: u64,
    /// Pairs put together.
    pub predicted_pairs: u64,
    /// True duplicate pairs.
    pub true_pairs: u64,
    /// correct / predicted (1 when nothing was predicted).
    pub precision: f64,
    /// correct / true (1 when there is nothing to find).
    pub recall: f64,
}

/// Scores `clusters` (lists of document indices) against `truth[doc]` = ground-truth group, over
/// all unordered document pairs. Documents missing from `clusters` count as singletons.
pub fn evaluate(truth: &[u64], clusters: &[Vec<usize>]) -> PairScores {
    let pairs = |n: u64| n * n.saturating_sub(1) / 2;
    let mut true_sizes: HashMap<u64, u64> = HashMap::new();
    for &story in truth {
        *true_sizes.entry(story).or_default() += 1;
    }
    let true_pairs: u64 = true_sizes.values().map(|&n| pairs(n)).sum();
    let mut predicted_pairs = 0;
    let mut correct_pairs = 0;
    for cluster in clusters {
        predicted_pairs += pairs(cluster.len() as u64);
        let mut by_story: HashMap<u64, u64> = HashMap::new();
        for &doc in cluster {
            *by_story.entry(truth[doc]).or_default() += 1;
        }
        correct_pairs += by_story.values().map(|&n| pairs(n)).sum::<u64>();
    }
    let ratio = |a: u64, b: u64| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    PairScores {
        correct_pairs,
        predicted_pairs,
        true_pairs,
        precision: ratio(correct_pairs, predicted_pairs),
        recall: ratio(correct_pairs, true_pairs),
    }
}

/// SplitMix64: small, fast, good enough for synthetic text.
#[derive(Clone, Debug)]
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Rng(seed ^ 0x9e37_79b9_7f4a_7c15)
    }
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        crate::shingle::mix64(self.0)
    }
    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }
    fn range(&mut self, low: usize, high_inclusive: usize) -> usize {
        low + self.below(high_inclusive - low + 1)
    }
    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
}

const VOCABULARY: usize = 30_000;
const SYLLABLES: [&str; 40] = [
    "ka", "lo", "mi", "ter", "san", "vo", "rel", "un", "da", "pri", "gon", "es", "tu", "mar", "in", "bel",
    "cho", "ra", "nis", "po", "el", "fa", "dor", "zi", "an", "lek", "so", "wen", "ti", "gra", "hu", "ost",
    "be", "ny", "qua", "re", "ul", "vin", "ex", "ma",
];

type Sentence = Vec<u32>;
type Paragraph = Vec<Sentence>;

/// Vocabulary, outlets and parameters shared by every chunk.
struct World {
    words: Vec<String>,
    outlets: Vec<(String, String)>,
    config: SynthConfig,
}

impl World {
    fn new(config: &SynthConfig) -> Self {
        let mut rng = Rng::new(config.seed);
        let words: Vec<String> = (0..VOCABULARY)
            .map(|rank| {
                // frequent words are short, like real ones
                let syllables = 1 + usize::from(rank > 30) + usize::from(rank > 800) + rng.below(2);
                (0..syllables).map(|_| SYLLABLES[rng.below(SYLLABLES.len())]).collect()
            })
            .collect();
        let mut world = World { words, outlets: Vec::new(), config: config.clone() };
        let outlets = (0..config.outlets.max(1))
            .map(|outlet| {
                let mut rng = Rng::new(config.seed ^ (outlet as u64).wrapping_mul(0xa076_1d64_78bd_642f));
                let name = world.render_words(&world.random_sentence(&mut rng, 2, 3));
                let header = format!(
                    "{name} | {} | {}",
                    world.render_words(&world.random_sentence(&mut rng, 6, 12)),
                    world.render_words(&world.random_sentence(&mut rng, 4, 8))
                );
                let footer = format!(
                    "{}. {}. (c) {name}",
                    world.render_words(&world.random_sentence(&mut rng, 10, 20)),
                    world.render_words(&world.random_sentence(&mut rng, 8, 16))
                );
                (header, footer)
            })
            .collect();
        world.outlets = outlets;
        world
    }

    /// A Zipf-like word rank: log-uniform over the vocabulary, P(rank) ∝ 1/rank.
    fn zipf_word(&self, rng: &mut Rng) -> u32 {
        let rank = (VOCABULARY as f64).powf(rng.unit()) as usize;
        (rank.saturating_sub(1)).min(VOCABULARY - 1) as u32
    }

    fn random_sentence(&self, rng: &mut Rng, min: usize, max: usize) -> Sentence {
        (0..rng.range(min, max)).map(|_| self.zipf_word(rng)).collect()
    }

    fn render_words(&self, words: &[u32]) -> String {
        words.iter().map(|&w| self.words[w as usize].as_str()).collect::<Vec<_>>().join(" ")
    }

    fn random_body(&self, rng: &mut Rng) -> Vec<Paragraph> {
        // ~6.5 bytes per word including the space; boilerplate takes ~250 bytes
        let words_wanted = self.config.target_bytes.saturating_sub(250) / 7;
        let mut body = Vec::new();
        let mut words = 0;
        while words < words_wanted.max(1) {
            let paragraph: Paragraph =
                (0..rng.range(2, 4)).map(|_| self.random_sentence(rng, 10, 28)).collect();
            words += paragraph.iter().map(Vec::len).sum::<usize>();
            body.push(paragraph);
        }
        body
    }

    fn render(&self, rng: &mut Rng, outlet: usize, body: &[Paragraph]) -> String {
        let (header, footer) = &self.outlets[outlet % self.outlets.len()];
        let mut text = String::with_capacity(self.config.target_bytes + 256);
        text.push_str(header);
        text.push_str(&format!(
            "\n\nUpdated {:02}:{:02} GMT, {} {}\n\n",
            rng.below(24),
            rng.below(60),
            rng.range(1, 28),
            2020 + rng.below(7)
        ));
        for (p, paragraph) in body.iter().enumerate() {
            if p > 0 {
                text.push_str("\n\n");
            }
            for (s, sentence) in paragraph.iter().enumerate() {
                if s > 0 {
                    text.push(' ');
                }
                for (w, &word) in sentence.iter().enumerate() {
                    let word = &self.words[word as usize];
                    if w == 0 {
                        let mut chars = word.chars();
                        if let Some(first) = chars.next() {
                            text.push(first.to_ascii_uppercase());
                            text.push_str(chars.as_str());
                        }
                    } else {
                        text.push(' ');
                        text.push_str(word);
                    }
                }
                text.push('.');
            }
        }
        text.push_str("\n\n");
        text.push_str(footer);
        text
    }

    fn variant(&self, rng: &mut Rng, body: &[Paragraph]) -> Vec<Paragraph> {
        let mut body = body.to_vec();
        for paragraph in &mut body {
            for sentence in paragraph.iter_mut() {
                if rng.chance(self.config.sentence_edit_rate) {
                    self.edit(rng, sentence);
                }
            }
        }
        // move one or two paragraphs
        for _ in 0..rng.range(1, 2) {
            if body.len() > 1 {
                let from = rng.below(body.len());
                let paragraph = body.remove(from);
                let to = rng.below(body.len() + 1);
                body.insert(to, paragraph);
            }
        }
        if body.len() > 3 && rng.chance(0.3) {
            body.remove(rng.below(body.len()));
        }
        // Syndication cut: the outlet runs only the first two thirds or more of the story.
        if body.len() > 3 && rng.chance(0.15) {
            let keep = (body.len() * rng.range(67, 90)).div_ceil(100);
            body.truncate(keep.max(2));
        }
        if rng.chance(0.3) {
            let own = vec![self.random_sentence(rng, 10, 25), self.random_sentence(rng, 10, 25)];
            let at = rng.below(body.len() + 1);
            body.insert(at, own);
        }
        body
    }

    fn edit(&self, rng: &mut Rng, sentence: &mut Sentence) {
        for _ in 0..rng.range(1, 2) {
            if sentence.is_empty() {
                break;
            }
            let at = rng.below(sentence.len());
            match rng.below(3) {
                0 => sentence[at] = self.zipf_word(rng),
                1 => sentence.insert(at, self.zipf_word(rng)),
                _ => {
                    if sentence.len() > 3 {
                        sentence.remove(at);
                    }
                }
            }
        }
    }

    /// Generates exactly `wanted` documents for chunk `chunk`; story ids are unique across chunks.
    fn chunk(&self, chunk: u64, wanted: usize) -> Vec<SynthDoc> {
        let mut rng = Rng::new(self.config.seed ^ chunk.wrapping_mul(0xe703_7ed1_a0b4_28db));
        let mut docs = Vec::with_capacity(wanted);
        let mut story_in_chunk = 0u64;
        let mut last_body: Option<(u64, Vec<Paragraph>)> = None;
        while docs.len() < wanted {
            let story = (chunk << 24) | story_in_chunk;
            story_in_chunk += 1;
            let mut body = self.random_body(&mut rng);
            let mut kind = DocKind::Base;
            let mut shares = None;
            if let Some((donor, donor_body)) = &last_body {
                if rng.chance(self.config.hard_negative_fraction) {
                    let wire = donor_body[rng.below(donor_body.len())].clone();
                    let at = rng.below(body.len() + 1);
                    body.insert(at, wire);
                    kind = DocKind::HardNegative;
                    shares = Some(*donor);
                }
            }
            let outlet = rng.below(self.outlets.len());
            docs.push(SynthDoc {
                id: String::new(),
                text: self.render(&mut rng, outlet, &body),
                story,
                kind,
                shares_paragraph_with: shares,
            });
            if rng.chance(self.config.duplicated_fraction) {
                let copies = rng.range(1, self.config.max_variants.max(1));
                for _ in 0..copies {
                    if docs.len() == wanted {
                        break;
                    }
                    let edited = self.variant(&mut rng, &body);
                    let other_outlet =
                        (outlet + 1 + rng.below(self.outlets.len().max(2) - 1)) % self.outlets.len();
                    docs.push(SynthDoc {
                        id: String::new(),
                        text: self.render(&mut rng, other_outlet, &edited),
                        story,
                        kind: DocKind::Variant,
                        shares_paragraph_with: None,
                    });
                }
            }
            last_body = Some((story, body));
        }
        docs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generates_exact_count_deterministically() {
        let config = SynthConfig { docs: 300, ..SynthConfig::default() };
        let a = generate(&config);
        assert_eq!(a.len(), 300);
        assert_eq!(a, generate(&config));
        let sizes: usize = a.iter().map(|d| d.text.len()).sum::<usize>() / a.len();
        assert!((2400..3600).contains(&sizes), "{sizes}");
        assert!(a.iter().any(|d| d.kind == DocKind::Variant));
        assert!(a.iter().any(|d| d.kind == DocKind::HardNegative));
        assert!(a.iter().enumerate().all(|(i, d)| d.id == format!("d{i}")));
    }

    #[test]
    fn stream_spans_chunks() {
        let config = SynthConfig { docs: 5000, target_bytes: 400, ..SynthConfig::default() };
        let docs: Vec<SynthDoc> = stream(&config).collect();
        assert_eq!(docs.len(), 5000);
        assert_eq!(docs[4999].id, "d4999");
    }

    #[test]
    fn evaluation_counts_pairs() {
        let truth = [1, 1, 1, 2, 3];
        let perfect = evaluate(&truth, &[vec![0, 1, 2], vec![3], vec![4]]);
        assert_eq!((perfect.precision, perfect.recall), (1.0, 1.0));
        let merged = evaluate(&truth, &[vec![0, 1, 2, 3], vec![4]]);
        assert_eq!(merged.predicted_pairs, 6);
        assert_eq!(merged.correct_pairs, 3);
        assert_eq!(merged.precision, 0.5);
        let split = evaluate(&truth, &[vec![0, 1]]);
        assert_eq!(split.recall, 1.0 / 3.0);
    }
}

/// One generated claim with its ground truth, for testing claim clustering at scale.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct SynthClaim {
    /// The document (source) it comes from.
    pub doc: usize,
    /// The story (event) it belongs to.
    pub story: usize,
    /// The act.
    pub act: &'static str,
    /// The actor as written ("Kalomistan", "the Kalomistan government", "officials").
    pub actor: String,
    /// Which actor it is; `None` when the text does not say ("officials").
    pub actor_id: Option<usize>,
    /// The addressee as written, empty when there is none.
    pub addressee: String,
    /// Which addressee it is, when there is one.
    pub addressee_id: Option<usize>,
    /// What is demanded, rejected, …
    pub content: String,
    /// Whether the act is negated.
    pub negated: bool,
}

/// `count` claims from many stories told by many outlets, seeded. Each story has a handful of
/// actors (from 300 invented states) making claims of each other with the story's words, so claims
/// of different actors and addressees routinely say nearly the same thing ("Kalomistan demands
/// Rutevistan withdraw troops" beside "Sabovistan demands Rutevistan withdraw troops"): the ground
/// truth says which pairs must never share a cluster. Some actors are written without a name
/// ("officials") and are unknown.
pub fn claims(count: usize, seed: u64) -> Vec<SynthClaim> {
    const ACTS: [&str; 7] = ["demand", "reject", "propose", "accept", "deny", "warn", "accuse"];
    const SYLLABLES: [&str; 16] =
        ["ka", "lo", "mi", "ru", "te", "sa", "no", "vi", "da", "pe", "zu", "ba", "ro", "fi", "gu", "he"];
    const SHARED: [&str; 12] = [
        "withdraw troops",
        "new sanctions",
        "talks",
        "a ceasefire",
        "security guarantees",
        "the border",
        "the election",
        "the blockade",
        "aid",
        "the investigation",
        "the agreement",
        "the deployment",
    ];
    let name = |i: usize| -> String {
        let mut n: String = [i % 16, i / 16 % 16, i / 256 % 16].iter().map(|&s| SYLLABLES[s]).collect();
        n.push_str("stan");
        n[..1].make_ascii_uppercase();
        n
    };
    let mut rng = Rng::new(seed ^ 0xc1a1_5eed);
    let stories = (count / 40).max(1);
    let docs_per_story = 5;
    (0..count)
        .map(|_| {
            let story = rng.below(stories);
            // The story's cast: four actors drawn from 300, fixed per story.
            let cast = |k: usize| (story * 7 + k * 131) % 300;
            let actor_id = cast(rng.below(4));
            let addressee_id = cast(rng.below(4));
            let (actor, actor_id) = match rng.below(5) {
                0 => ("officials".to_owned(), None),
                1 => (format!("the {} government", name(actor_id)), Some(actor_id)),
                2 => (format!("{}'s foreign minister", name(actor_id)), Some(actor_id)),
                _ => (name(actor_id), Some(actor_id)),
            };
            let (addressee, addressee_id) = if rng.chance(0.3) || Some(addressee_id) == actor_id {
                (String::new(), None)
            } else {
                (name(addressee_id), Some(addressee_id))
            };
            let mut content = SHARED[(story + rng.below(3)) % SHARED.len()].to_owned();
            if rng.chance(0.5) {
                content.push_str(" in ");
                content.push_str(&name(300 + story % 1000));
            }
            SynthClaim {
                doc: story * docs_per_story + rng.below(docs_per_story),
                story,
                act: ACTS[(story + rng.below(2)) % ACTS.len()],
                actor,
                actor_id,
                addressee,
                addressee_id,
                content,
                negated: rng.chance(0.1),
            }
        })
        .collect()
}
