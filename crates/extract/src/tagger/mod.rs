//! A statistical part-of-speech tagger and base noun-phrase chunker for English.
//!
//! Greedy left-to-right averaged perceptrons (after Honnibal, "A good part-of-speech tagger in
//! about 200 lines of Python"): hashed features of the word, its suffixes, prefix and shape, the
//! neighbouring words and the two previous tags; frequent unambiguous words are tagged from a
//! dictionary without scoring. The chunker labels words B/I/O from words, tags and its previous
//! labels. The built-in weights are trained on Universal Dependencies English-EWT (CC BY-SA 4.0,
//! see `data/tagger/NOTICE`) and compiled into the crate.
//!
//! ```
//! use newsclaim_extract::tagger::{Tagger, Upos};
//!
//! let tagger = Tagger::builtin();
//! let words = ["The", "minister", "rejected", "the", "demand", "."];
//! let tags = tagger.tag(&words);
//! let upos: Vec<Upos> = tags.iter().map(|t| t.upos()).collect();
//! assert_eq!(upos, [Upos::Det, Upos::Noun, Upos::Verb, Upos::Det, Upos::Noun, Upos::Punct]);
//! assert_eq!(tags[2].xpos(), "VBD");
//!
//! let phrases: Vec<String> =
//!     tagger.chunk(&words, &tags).iter().map(|c| words[c.start..c.end].join(" ")).collect();
//! assert_eq!(phrases, ["The minister", "the demand"]);
//! ```
//!
//! Words are tokens as in Penn/UD English: punctuation split off, `'s` and `n't` separate
//! (`"do" "n't"`). For tagging many sentences without allocating, keep a [`Scratch`] and
//! output vectors and use [`Tagger::tag_into`] and [`Tagger::chunk_into`].

mod chunk;
pub mod conllu;
mod features;
mod memo;
mod model;
mod tags;
mod train;

#[cfg(test)]
mod tests;

use std::sync::OnceLock;

pub use chunk::Chunk;
pub use model::ModelError;
pub use tags::{Tag, Upos};
pub use train::TrainConfig;

use features::{tag_context_features, tag_self_features, word_info, Context, WordInfo, TAG_START};
use memo::Memo;
use model::Model;

/// The built-in model's bytes.
static BUILTIN_MODEL: &[u8] = include_bytes!("../../data/tagger/model.bin");

/// A part-of-speech tagger and noun-phrase chunker (see the [module](self) documentation).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tagger {
    model: Model,
}

/// Reusable buffers for [`Tagger::tag_into`] and [`Tagger::chunk_into`]; once they have grown
/// to the longest sentence, tagging allocates nothing.
///
/// ```
/// use newsclaim_extract::tagger::{Scratch, Tagger};
///
/// let tagger = Tagger::builtin();
/// let mut scratch = Scratch::new();
/// let (mut tags, mut chunks) = (Vec::new(), Vec::new());
/// for sentence in [&["The", "talks", "resumed", "."][..], &["They", "failed", "."][..]] {
///     tagger.tag_into(sentence, &mut scratch, &mut tags);
///     tagger.chunk_into(sentence, &tags, &mut scratch, &mut chunks);
///     assert_eq!(tags.len(), sentence.len());
///     assert_eq!(chunks.len(), 1);
/// }
/// ```
#[derive(Debug, Clone, Default)]
pub struct Scratch {
    lower: Vec<u8>,
    words: Vec<WordInfo>,
    scores: Vec<i32>,
    codes: Vec<u64>,
    labels: Vec<u8>,
    tag_memo: Memo,
    chunk_memo: Memo,
}

/// Slots of the tagger's memo of word rows, and of the chunker's of (word, tag) rows.
const TAG_MEMO_SLOTS: usize = 4096;
const CHUNK_MEMO_SLOTS: usize = 4096;

impl Scratch {
    /// Empty buffers.
    ///
    /// ```
    /// let _scratch = newsclaim_extract::tagger::Scratch::new();
    /// ```
    pub fn new() -> Scratch {
        Scratch::default()
    }

    fn prepare<S: AsRef<str>>(&mut self, words: &[S], model: &Model) {
        self.words.clear();
        for w in words {
            let mut info = word_info(w.as_ref(), &mut self.lower);
            info.amb = model.amb.get(info.lower);
            self.words.push(info);
        }
    }
}

/// Tags `words` with `model` into `out`.
pub(crate) fn tag_model<S: AsRef<str>>(
    model: &Model,
    words: &[S],
    scratch: &mut Scratch,
    out: &mut Vec<Tag>,
) {
    scratch.prepare(words, model);
    tag_prepared(model, scratch, out);
}

/// Tags the words `scratch` was prepared with into `out`.
fn tag_prepared(model: &Model, scratch: &mut Scratch, out: &mut Vec<Tag>) {
    out.clear();
    let n_classes = model.classes.len();
    let Scratch { words, scores, tag_memo, .. } = scratch;
    scores.resize(n_classes, 0);
    let scores = &mut scores[..n_classes];
    let memo = tag_memo.begin(model.tags.id, n_classes, TAG_MEMO_SLOTS, words.len());
    let ctx = Context { words };
    let (mut p1, mut p2) = (TAG_START, TAG_START);
    for (i, w) in ctx.words.iter().enumerate() {
        let class = match model.dict.get(w.raw) {
            Some(c) => c as usize,
            None => {
                let own = |row: &mut [i32]| model.tags.add_all(&tag_self_features(w), row);
                if memo {
                    scores.copy_from_slice(tag_memo.row(w.raw | 1, own));
                } else {
                    scores.iter_mut().for_each(|s| *s = 0);
                    own(scores);
                }
                model.tags.add_all(&tag_context_features(&ctx, i, p1, p2), scores);
                let max = scores.iter().copied().max().unwrap_or(0);
                scores.iter().position(|&s| s == max).unwrap_or(0)
            }
        };
        out.push(model.classes[class]);
        p2 = p1;
        p1 = model.class_codes[class];
    }
}

impl Tagger {
    /// The built-in model, trained on UD English-EWT; read on first use, then shared.
    ///
    /// ```
    /// use newsclaim_extract::tagger::{Tagger, Upos};
    ///
    /// let tags = Tagger::builtin().tag(&["Protesters", "demand", "the", "release", "of", "prisoners"]);
    /// assert_eq!(tags[1].upos(), Upos::Verb);
    /// ```
    pub fn builtin() -> &'static Tagger {
        static BUILTIN: OnceLock<Tagger> = OnceLock::new();
        BUILTIN.get_or_init(|| match Tagger::from_bytes(BUILTIN_MODEL) {
            Ok(t) => t,
            Err(e) => panic!("the built-in tagger model is invalid: {e}"),
        })
    }

    /// Reads a model written by [`Tagger::to_bytes`]. Bytes that are not such a model (wrong
    /// magic number or version, truncated, checksum mismatch, values out of range) are an error.
    ///
    /// ```
    /// use newsclaim_extract::tagger::{ModelError, Tagger};
    ///
    /// let bytes = Tagger::builtin().to_bytes();
    /// assert_eq!(&Tagger::from_bytes(&bytes)?, Tagger::builtin());
    /// assert_eq!(Tagger::from_bytes(&bytes[..bytes.len() / 2]), Err(ModelError::Checksum));
    /// # Ok::<(), ModelError>(())
    /// ```
    pub fn from_bytes(bytes: &[u8]) -> Result<Tagger, ModelError> {
        Ok(Tagger { model: Model::from_bytes(bytes)? })
    }

    /// The model as bytes (a magic number, the format version, the tag set, the tag dictionary,
    /// the tag and chunk weights as `i16`, a checksum); [`Tagger::from_bytes`] reads them back.
    ///
    /// ```
    /// use newsclaim_extract::tagger::Tagger;
    /// assert!(Tagger::builtin().to_bytes().starts_with(b"NCTAGGER"));
    /// ```
    pub fn to_bytes(&self) -> Vec<u8> {
        self.model.to_bytes()
    }

    /// Trains a tagger (and, if `config.chunker`, a chunker on the trees' base noun phrases, see
    /// [`conllu::Sentence::np_chunks`]) on gold sentences. Deterministic: the same sentences and
    /// configuration give the same model, byte for byte.
    ///
    /// ```
    /// use newsclaim_extract::tagger::{conllu, Tagger, TrainConfig, Upos};
    ///
    /// let text = "1\tdogs\tdog\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n\
    ///             2\tbark\tbark\tVERB\tVBP\t_\t0\troot\t_\t_\n\n";
    /// let sentences = conllu::parse(text)?;
    /// let config = TrainConfig { epochs: 3, min_tag_count: 1, ..TrainConfig::default() };
    /// let tagger = Tagger::train(&sentences, &config);
    /// let tags = tagger.tag(&["dogs", "bark"]);
    /// assert_eq!((tags[0].upos(), tags[1].upos()), (Upos::Noun, Upos::Verb));
    /// # Ok::<(), conllu::ConlluError>(())
    /// ```
    pub fn train(sentences: &[conllu::Sentence], config: &TrainConfig) -> Tagger {
        Tagger { model: train::train(sentences, config) }
    }

    /// The tags of `words`, one per word.
    ///
    /// ```
    /// use newsclaim_extract::tagger::{Tagger, Upos};
    ///
    /// let tags = Tagger::builtin().tag(&["Economic", "demand", "fell"]);
    /// assert_eq!(tags[1].upos(), Upos::Noun);
    /// assert!(Tagger::builtin().tag::<&str>(&[]).is_empty());
    /// ```
    pub fn tag<S: AsRef<str>>(&self, words: &[S]) -> Vec<Tag> {
        let mut out = Vec::with_capacity(words.len());
        self.tag_into(words, &mut Scratch::new(), &mut out);
        out
    }

    /// Tags `words` into `out` (cleared first), reusing `scratch`.
    ///
    /// ```
    /// use newsclaim_extract::tagger::{Scratch, Tagger};
    ///
    /// let mut tags = Vec::new();
    /// Tagger::builtin().tag_into(&["Hello", "!"], &mut Scratch::new(), &mut tags);
    /// assert_eq!(tags[1].xpos(), ".");
    /// ```
    pub fn tag_into<S: AsRef<str>>(&self, words: &[S], scratch: &mut Scratch, out: &mut Vec<Tag>) {
        tag_model(&self.model, words, scratch, out);
    }

    /// The base noun phrases of `words` tagged `tags`, in order (only the first
    /// `min(words.len(), tags.len())` words are read).
    ///
    /// ```
    /// use newsclaim_extract::tagger::Tagger;
    ///
    /// let words = ["the", "European", "Union", "'s", "foreign", "ministers", "met"];
    /// let tagger = Tagger::builtin();
    /// let chunks = tagger.chunk(&words, &tagger.tag(&words));
    /// assert_eq!((chunks[0].start, chunks[0].end), (0, 6));
    /// ```
    pub fn chunk<S: AsRef<str>>(&self, words: &[S], tags: &[Tag]) -> Vec<Chunk> {
        let mut out = Vec::new();
        self.chunk_into(words, tags, &mut Scratch::new(), &mut out);
        out
    }

    /// Chunks `words` tagged `tags` into `out` (cleared first), reusing `scratch`.
    ///
    /// ```
    /// use newsclaim_extract::tagger::{Scratch, Tagger};
    ///
    /// let tagger = Tagger::builtin();
    /// let mut scratch = Scratch::new();
    /// let (mut tags, mut chunks) = (Vec::new(), Vec::new());
    /// let words = ["Rebels", "seized", "the", "town", "."];
    /// tagger.tag_into(&words, &mut scratch, &mut tags);
    /// tagger.chunk_into(&words, &tags, &mut scratch, &mut chunks);
    /// assert_eq!(chunks.len(), 2);
    /// ```
    pub fn chunk_into<S: AsRef<str>>(
        &self,
        words: &[S],
        tags: &[Tag],
        scratch: &mut Scratch,
        out: &mut Vec<Chunk>,
    ) {
        let n = words.len().min(tags.len());
        scratch.prepare(&words[..n], &self.model);
        self.chunk_prepared(&tags[..n], scratch, out);
    }

    /// Tags and chunks `words` into `tags` and `chunks` (both cleared first): the same as
    /// [`Tagger::tag_into`] then [`Tagger::chunk_into`], but reads the words once.
    ///
    /// ```
    /// use newsclaim_extract::tagger::{Scratch, Tagger};
    ///
    /// let tagger = Tagger::builtin();
    /// let words = ["Rebels", "seized", "the", "town", "."];
    /// let (mut tags, mut chunks) = (Vec::new(), Vec::new());
    /// tagger.tag_chunk_into(&words, &mut Scratch::new(), &mut tags, &mut chunks);
    /// assert_eq!((tags, chunks), (tagger.tag(&words), tagger.chunk(&words, &tagger.tag(&words))));
    /// ```
    pub fn tag_chunk_into<S: AsRef<str>>(
        &self,
        words: &[S],
        scratch: &mut Scratch,
        tags: &mut Vec<Tag>,
        chunks: &mut Vec<Chunk>,
    ) {
        scratch.prepare(words, &self.model);
        tag_prepared(&self.model, scratch, tags);
        self.chunk_prepared(tags, scratch, chunks);
    }

    fn chunk_prepared(&self, tags: &[Tag], scratch: &mut Scratch, out: &mut Vec<Chunk>) {
        out.clear();
        scratch.codes.clear();
        scratch.codes.extend(tags.iter().map(|t| t.code()));
        let ctx = Context { words: &scratch.words };
        chunk::label(&self.model.chunks, &ctx, &scratch.codes, &mut scratch.labels, &mut scratch.chunk_memo);
        chunk::spans(&scratch.labels, out);
        // A noun phrase has a noun, proper noun or pronoun.
        out.retain(|c| tags[c.start..c.end].iter().any(|t| t.upos().is_nominal()));
    }

    /// Tags and chunks gold sentences and compares with their tags and tree-derived noun
    /// phrases.
    ///
    /// ```
    /// use newsclaim_extract::tagger::{conllu, Tagger};
    ///
    /// let text = "1\tPeace\tpeace\tNOUN\tNN\t_\t2\tnsubj\t_\t_\n\
    ///             2\treturned\treturn\tVERB\tVBD\t_\t0\troot\t_\t_\n\n";
    /// let eval = Tagger::builtin().evaluate(&conllu::parse(text)?);
    /// assert_eq!(eval.words, 2);
    /// assert!(eval.upos_accuracy() <= 1.0);
    /// # Ok::<(), conllu::ConlluError>(())
    /// ```
    pub fn evaluate(&self, sentences: &[conllu::Sentence]) -> Evaluation {
        let mut e = Evaluation::default();
        let mut scratch = Scratch::new();
        let (mut tags, mut chunks) = (Vec::new(), Vec::new());
        for s in sentences {
            let words = s.words();
            self.tag_into(&words, &mut scratch, &mut tags);
            self.chunk_into(&words, &tags, &mut scratch, &mut chunks);
            for (t, g) in tags.iter().zip(&s.tokens) {
                e.words += 1;
                e.upos_correct += usize::from(t.upos() == g.tag.upos());
                e.xpos_correct += usize::from(t.xpos() == g.tag.xpos());
            }
            let gold = s.np_chunks();
            let hits = chunks.iter().filter(|c| gold.contains(c)).count();
            e.chunks_correct += hits;
            e.chunks_predicted += chunks.len();
            e.chunks_gold += gold.len();
        }
        e
    }

    /// The number of tags the model predicts, of words in its tag dictionary, and of features
    /// with weights (tagger, chunker).
    ///
    /// ```
    /// let (tags, dict, _, _) = newsclaim_extract::tagger::Tagger::builtin().sizes();
    /// assert!(tags > 40 && dict > 100);
    /// ```
    pub fn sizes(&self) -> (usize, usize, usize, usize) {
        let m = &self.model;
        (m.classes.len(), m.dict.len(), m.tags.n_features(), m.chunks.n_features())
    }
}

/// Scores of a [`Tagger`] on gold sentences ([`Tagger::evaluate`]).
///
/// ```
/// use newsclaim_extract::tagger::Evaluation;
///
/// let e = Evaluation { words: 10, upos_correct: 9, chunks_correct: 3, chunks_predicted: 4, chunks_gold: 5, ..Default::default() };
/// assert_eq!(e.upos_accuracy(), 0.9);
/// assert_eq!(e.chunk_precision(), 0.75);
/// assert_eq!(e.chunk_recall(), 0.6);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Evaluation {
    /// Words tagged.
    pub words: usize,
    /// Words whose UPOS is right.
    pub upos_correct: usize,
    /// Words whose Penn tag is right.
    pub xpos_correct: usize,
    /// Predicted chunks that are gold chunks (same start and end).
    pub chunks_correct: usize,
    /// Predicted chunks.
    pub chunks_predicted: usize,
    /// Gold chunks.
    pub chunks_gold: usize,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

impl Evaluation {
    /// The share of words with the right UPOS.
    ///
    /// ```
    /// assert_eq!(newsclaim_extract::tagger::Evaluation::default().upos_accuracy(), 0.0);
    /// ```
    pub fn upos_accuracy(&self) -> f64 {
        ratio(self.upos_correct, self.words)
    }

    /// The share of words with the right Penn tag.
    ///
    /// ```
    /// assert_eq!(newsclaim_extract::tagger::Evaluation::default().xpos_accuracy(), 0.0);
    /// ```
    pub fn xpos_accuracy(&self) -> f64 {
        ratio(self.xpos_correct, self.words)
    }

    /// The share of predicted chunks that are right.
    ///
    /// ```
    /// assert_eq!(newsclaim_extract::tagger::Evaluation::default().chunk_precision(), 0.0);
    /// ```
    pub fn chunk_precision(&self) -> f64 {
        ratio(self.chunks_correct, self.chunks_predicted)
    }

    /// The share of gold chunks found.
    ///
    /// ```
    /// assert_eq!(newsclaim_extract::tagger::Evaluation::default().chunk_recall(), 0.0);
    /// ```
    pub fn chunk_recall(&self) -> f64 {
        ratio(self.chunks_correct, self.chunks_gold)
    }

    /// The harmonic mean of chunk precision and recall.
    ///
    /// ```
    /// use newsclaim_extract::tagger::Evaluation;
    /// let e = Evaluation { chunks_correct: 1, chunks_predicted: 1, chunks_gold: 1, ..Default::default() };
    /// assert_eq!(e.chunk_f1(), 1.0);
    /// ```
    pub fn chunk_f1(&self) -> f64 {
        let (p, r) = (self.chunk_precision(), self.chunk_recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}
