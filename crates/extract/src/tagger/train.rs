//! Training: averaged perceptrons for tags and chunk labels, the tag dictionary, and
//! quantization of the averaged weights to `i16`.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::chunk::{self, best_label, label_code};
use super::conllu::Sentence;
use super::features::{
    chunk_features, tag_features, word_info, Context, WordInfo, N_CHUNK_FEATURES, N_TAG_FEATURES, TAG_START,
};
use super::model::{AmbClasses, Model, TagDict, Weights};
use super::tags::Tag;

/// Settings of [`Tagger::train`](super::Tagger::train).
///
/// ```
/// use newsclaim_extract::tagger::TrainConfig;
///
/// let config = TrainConfig { epochs: 3, ..TrainConfig::default() };
/// assert_eq!(config.seed, TrainConfig::default().seed);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct TrainConfig {
    /// Passes over the training sentences (each in a fresh shuffled order).
    pub epochs: usize,
    /// The seed of the shuffles; training is deterministic for a given seed and input.
    pub seed: u64,
    /// A word enters the tag dictionary if seen at least this often …
    pub dict_min_count: u32,
    /// … with its most frequent tag at least this share of the time.
    pub dict_min_ratio: f64,
    /// Averaged weights smaller than this (in perceptron updates) are dropped from the model.
    pub min_weight: f64,
    /// The same for the chunker's weights.
    pub chunk_min_weight: f64,
    /// A lowercased word gets an ambiguity class (the tags seen with it, a feature of the words
    /// around the one tagged) if seen at least this often …
    pub amb_min_count: u32,
    /// … made of the tags it has at least this share of the time.
    pub amb_min_share: f64,
    /// Tags seen fewer times than this are learnt as the most frequent tag with the same UPOS
    /// (fewer classes make tagging faster).
    pub min_tag_count: usize,
    /// The chunker learns from tags predicted by taggers trained on all but one of this many
    /// folds of the sentences (1: by the final tagger, which has seen them all).
    pub jackknife: usize,
    /// Train the noun-phrase chunker (on the trees' base noun phrases).
    pub chunker: bool,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            epochs: 10,
            seed: 0x6e65_7773,
            dict_min_count: 5,
            dict_min_ratio: 0.97,
            min_weight: 0.05,
            chunk_min_weight: 1.0,
            amb_min_count: 3,
            amb_min_share: 0.05,
            min_tag_count: 50,
            jackknife: 1,
            chunker: true,
        }
    }
}

#[derive(Default)]
struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | b as u64;
        }
    }
    fn write_u32(&mut self, v: u32) {
        self.0 = v as u64;
    }
}

#[derive(Clone, Copy)]
struct Param {
    class: u8,
    w: i32,
    total: i64,
    stamp: u64,
}

/// An averaged perceptron with lazily updated totals.
struct Perceptron {
    n_classes: usize,
    features: HashMap<u32, Vec<Param>, BuildHasherDefault<IdHasher>>,
    instances: u64,
}

impl Perceptron {
    fn new(n_classes: usize) -> Self {
        Perceptron { n_classes, features: HashMap::default(), instances: 0 }
    }

    fn predict(&self, keys: &[u32], scores: &mut [i32]) {
        scores.iter_mut().for_each(|s| *s = 0);
        for k in keys {
            if let Some(params) = self.features.get(k) {
                for p in params {
                    scores[p.class as usize] += p.w;
                }
            }
        }
    }

    fn update(&mut self, truth: u8, guess: u8, keys: &[u32]) {
        self.instances += 1;
        if truth == guess {
            return;
        }
        let now = self.instances;
        for &k in keys {
            let params = self.features.entry(k).or_default();
            for (class, delta) in [(truth, 1), (guess, -1)] {
                let p = match params.iter_mut().position(|p| p.class == class) {
                    Some(i) => &mut params[i],
                    None => {
                        params.push(Param { class, w: 0, total: 0, stamp: now });
                        params.last_mut().unwrap_or_else(|| unreachable!())
                    }
                };
                p.total += (now - p.stamp) as i64 * p.w as i64;
                p.stamp = now;
                p.w += delta;
            }
        }
    }

    /// Averages, prunes and quantizes the weights.
    fn finish(&self, min_weight: f64) -> Weights {
        let n = self.instances.max(1) as f64;
        let mut avg: Vec<(u32, Vec<(u8, f64)>)> = Vec::with_capacity(self.features.len());
        let mut max = 0f64;
        for (&k, params) in &self.features {
            let mut classes: Vec<(u8, f64)> = params
                .iter()
                .map(|p| {
                    let total = p.total + (self.instances - p.stamp) as i64 * p.w as i64;
                    (p.class, total as f64 / n)
                })
                .filter(|(_, a)| a.abs() >= min_weight)
                .collect();
            if classes.is_empty() {
                continue;
            }
            classes.sort_by_key(|c| c.0);
            for c in &classes {
                max = max.max(c.1.abs());
            }
            avg.push((k, classes));
        }
        avg.sort_by_key(|f| f.0);
        let scale = if max > 0.0 { 32767.0 / max } else { 1.0 };
        let features: Vec<(u32, Vec<(u8, i16)>)> = avg
            .into_iter()
            .filter_map(|(k, classes)| {
                let q: Vec<(u8, i16)> = classes
                    .into_iter()
                    .map(|(c, a)| (c, (a * scale).round() as i16))
                    .filter(|(_, v)| *v != 0)
                    .collect();
                (!q.is_empty()).then_some((k, q))
            })
            .collect();
        Weights::from_sorted(self.n_classes, &features)
    }
}

fn argmax(scores: &[i32]) -> u8 {
    let mut best = 0;
    for (i, &s) in scores.iter().enumerate() {
        if s > scores[best] {
            best = i;
        }
    }
    best as u8
}

/// SplitMix64, for the shuffles.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// The tag set of the sentences: the tags seen at least `min_count` times, at most the 255 most
/// frequent, sorted; and the class of every tag (a rarer tag takes the most frequent class with
/// its UPOS, else with its Penn tag, else the most frequent class).
fn tag_set(sentences: &[Sentence], min_count: usize) -> (Vec<Tag>, HashMap<Tag, u8>) {
    let mut counts: HashMap<Tag, usize> = HashMap::new();
    for s in sentences {
        for t in &s.tokens {
            *counts.entry(t.tag).or_default() += 1;
        }
    }
    let mut by_count: Vec<(Tag, usize)> = counts.into_iter().collect();
    by_count.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let kept = by_count.iter().take(255).take_while(|(_, n)| *n >= min_count).count().max(1);
    let mut classes: Vec<Tag> = by_count.iter().take(kept).map(|t| t.0).collect();
    classes.sort();
    if classes.is_empty() {
        classes.push(Tag::new("_", super::tags::Upos::X));
    }
    let mut index: HashMap<Tag, u8> = classes.iter().enumerate().map(|(i, t)| (*t, i as u8)).collect();
    let class_of = |t: &Tag| index.get(t).copied();
    let mut rare = Vec::new();
    for (t, _) in by_count.iter().skip(kept) {
        let frequent = |same: &dyn Fn(&Tag) -> bool| {
            by_count.iter().take(kept).find(|(c, _)| same(c)).and_then(|(c, _)| class_of(c))
        };
        let c = frequent(&|c| c.upos() == t.upos())
            .or_else(|| frequent(&|c| c.xpos() == t.xpos()))
            .or_else(|| class_of(&by_count[0].0))
            .unwrap_or(0);
        rare.push((*t, c));
    }
    index.extend(rare);
    (classes, index)
}

fn tag_dict(sentences: &[Sentence], index: &HashMap<Tag, u8>, config: &TrainConfig) -> TagDict {
    let mut counts: HashMap<&str, HashMap<u8, u32>> = HashMap::new();
    for s in sentences {
        for t in &s.tokens {
            *counts.entry(t.form.as_str()).or_default().entry(index[&t.tag]).or_default() += 1;
        }
    }
    let mut words: Vec<(Box<str>, u8)> = counts
        .into_iter()
        .filter(|(w, _)| w.len() <= 255)
        .filter_map(|(w, tags)| {
            let total: u32 = tags.values().sum();
            let (&class, &n) = tags.iter().max_by_key(|(c, n)| (**n, std::cmp::Reverse(**c)))?;
            (total >= config.dict_min_count && n as f64 / total as f64 >= config.dict_min_ratio)
                .then(|| (Box::from(w), class))
        })
        .collect();
    words.sort();
    TagDict::new(words)
}

fn amb_classes(sentences: &[Sentence], index: &HashMap<Tag, u8>, config: &TrainConfig) -> AmbClasses {
    let mut counts: HashMap<String, HashMap<u8, u32>> = HashMap::new();
    let mut lower = Vec::new();
    for s in sentences {
        for t in &s.tokens {
            word_info(&t.form, &mut lower);
            let w = String::from_utf8_lossy(&lower);
            let entry = match counts.get_mut(w.as_ref()) {
                Some(e) => e,
                None => counts.entry(w.into_owned()).or_default(),
            };
            *entry.entry(index[&t.tag]).or_default() += 1;
        }
    }
    let mut words: Vec<(Box<str>, Box<[u8]>)> = counts
        .into_iter()
        .filter(|(w, _)| w.len() <= 255)
        .filter_map(|(w, tags)| {
            let total: u32 = tags.values().sum();
            if total < config.amb_min_count {
                return None;
            }
            let mut classes: Vec<u8> = tags
                .iter()
                .filter(|(_, &n)| n as f64 >= config.amb_min_share * total as f64)
                .map(|(&c, _)| c)
                .collect();
            classes.sort_unstable();
            (!classes.is_empty()).then(|| (w.into_boxed_str(), classes.into_boxed_slice()))
        })
        .collect();
    words.sort();
    AmbClasses::new(words)
}

/// Trains a model on `sentences`.
pub(crate) fn train(sentences: &[Sentence], config: &TrainConfig) -> Model {
    let (classes, index) = tag_set(sentences, config.min_tag_count);
    let class_codes: Vec<u64> = classes.iter().map(|t| t.code()).collect();
    let dict = tag_dict(sentences, &index, config);
    let amb = amb_classes(sentences, &index, config);
    let mut lower = Vec::new();
    let infos: Vec<Vec<WordInfo>> = sentences
        .iter()
        .map(|s| {
            s.tokens
                .iter()
                .map(|t| {
                    let mut info = word_info(&t.form, &mut lower);
                    info.amb = amb.get(info.lower);
                    info
                })
                .collect()
        })
        .collect();
    let golds: Vec<Vec<u8>> =
        sentences.iter().map(|s| s.tokens.iter().map(|t| index[&t.tag]).collect()).collect();

    let mut tagger = Perceptron::new(classes.len());
    let mut order: Vec<usize> = (0..sentences.len()).collect();
    let mut rng = Rng(config.seed);
    let mut scores = vec![0i32; classes.len()];
    let mut keys = [0u32; N_TAG_FEATURES];
    for _ in 0..config.epochs {
        rng.shuffle(&mut order);
        for &s in &order {
            let ctx = Context { words: &infos[s] };
            let (mut p1, mut p2) = (TAG_START, TAG_START);
            for (i, &gold) in golds[s].iter().enumerate() {
                let guess = match dict.get(infos[s][i].raw) {
                    Some(c) => c,
                    None => {
                        tag_features(&ctx, i, p1, p2, &mut keys);
                        tagger.predict(&keys, &mut scores);
                        let guess = argmax(&scores);
                        tagger.update(gold, guess, &keys);
                        guess
                    }
                };
                p2 = p1;
                p1 = class_codes[guess as usize];
            }
        }
    }
    let tag_weights = tagger.finish(config.min_weight);
    let mut model = Model::new(classes, dict, amb, tag_weights, Weights::from_sorted(3, &[]));
    if !config.chunker {
        return model;
    }

    // The chunker learns from tags as the tagger gives them on unseen text, not from gold ones:
    // with `jackknife` folds, each fold is tagged by a tagger trained on the other folds.
    let mut scratch = super::Scratch::default();
    let mut predicted = Vec::new();
    let mut tag_codes: Vec<Vec<u64>> = vec![Vec::new(); sentences.len()];
    let folds = config.jackknife.max(1);
    for fold in 0..folds {
        let held_out = |i: usize| folds == 1 || i % folds == fold;
        let fold_model;
        let tagger_model = if folds == 1 {
            &model
        } else {
            let rest: Vec<Sentence> =
                sentences.iter().enumerate().filter(|(i, _)| !held_out(*i)).map(|(_, s)| s.clone()).collect();
            fold_model = train(&rest, &TrainConfig { chunker: false, ..config.clone() });
            &fold_model
        };
        for (i, s) in sentences.iter().enumerate().filter(|(i, _)| held_out(*i)) {
            let words = s.words();
            super::tag_model(tagger_model, &words, &mut scratch, &mut predicted);
            tag_codes[i] = predicted.iter().map(|t| t.code()).collect();
        }
    }
    let gold_labels: Vec<Vec<u8>> =
        sentences.iter().map(|s| chunk::labels_of(&s.np_chunks(), s.tokens.len())).collect();
    let mut chunker = Perceptron::new(3);
    let mut keys = [0u32; N_CHUNK_FEATURES];
    let mut scores = [0i32; 3];
    for _ in 0..config.epochs {
        rng.shuffle(&mut order);
        for &s in &order {
            let ctx = Context { words: &infos[s] };
            let (mut p1, mut p2) = (chunk::O, chunk::O);
            for (i, &gold) in gold_labels[s].iter().enumerate() {
                chunk_features(&ctx, &tag_codes[s], i, label_code(p1), label_code(p2), &mut keys);
                chunker.predict(&keys, &mut scores);
                let guess = best_label(&scores, p1);
                chunker.update(gold, guess, &keys);
                p2 = p1;
                p1 = guess;
            }
        }
    }
    model.chunks = chunker.finish(config.chunk_min_weight);
    model
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shuffle_is_a_deterministic_permutation() {
        let mut a: Vec<u32> = (0..50).collect();
        let mut b = a.clone();
        Rng(7).shuffle(&mut a);
        Rng(7).shuffle(&mut b);
        assert_eq!(a, b);
        let mut sorted = a.clone();
        sorted.sort();
        assert_eq!(sorted, (0..50).collect::<Vec<_>>());
    }

    #[test]
    fn perceptron_learns_a_separable_problem() {
        let mut p = Perceptron::new(2);
        let mut scores = [0i32; 2];
        for _ in 0..5 {
            for (keys, gold) in [([1u32, 10], 0u8), ([2, 10], 1)] {
                p.predict(&keys, &mut scores);
                let g = argmax(&scores);
                p.update(gold, g, &keys);
            }
        }
        let w = p.finish(0.0);
        let mut s = [0i32; 2];
        w.add_all(&[2, 10], &mut s);
        assert!(s[1] > s[0]);
    }
}
