//! Base noun-phrase chunking: a greedy left-to-right perceptron over B/I/O labels, on top of
//! the words and their tags.

use super::features::{chunk_context_features, chunk_self_features, Context};
use super::memo::Memo;
use super::model::Weights;

/// A base noun phrase: the words `start..end` of the sentence (`end` exclusive).
///
/// ```
/// use newsclaim_extract::tagger::{Chunk, Tagger};
///
/// let words = ["The", "minister", "rejected", "the", "demand", "."];
/// let tagger = Tagger::builtin();
/// let chunks = tagger.chunk(&words, &tagger.tag(&words));
/// assert_eq!(chunks, [Chunk { start: 0, end: 2 }, Chunk { start: 3, end: 5 }]);
/// assert_eq!(chunks[0].len(), 2);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Chunk {
    /// The index of the first word.
    pub start: usize,
    /// The index after the last word.
    pub end: usize,
}

impl Chunk {
    /// The number of words.
    ///
    /// ```
    /// assert_eq!(newsclaim_extract::tagger::Chunk { start: 2, end: 5 }.len(), 3);
    /// ```
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the chunk holds no word.
    ///
    /// ```
    /// assert!(newsclaim_extract::tagger::Chunk { start: 2, end: 2 }.is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
}

/// Outside a phrase.
pub(crate) const O: u8 = 0;
/// Begins a phrase.
pub(crate) const B: u8 = 1;
/// Inside a phrase.
pub(crate) const I: u8 = 2;

/// The label code used in features (distinct from tag codes and padding).
#[inline]
pub(crate) fn label_code(label: u8) -> u64 {
    0xc0 | label as u64
}

/// Picks the best label for a word after `prev` (an `I` after `O` or at the start is a `B`).
#[inline]
pub(crate) fn best_label(scores: &[i32; 3], prev: u8) -> u8 {
    let mut best = O;
    for l in [B, I] {
        if scores[l as usize] > scores[best as usize] {
            best = l;
        }
    }
    if best == I && prev == O {
        B
    } else {
        best
    }
}

/// Labels the words of `ctx` greedily, writing one label per word into `labels`; `memo` keeps
/// the summed weights of (word, tag) features across calls.
pub(crate) fn label(
    weights: &Weights,
    ctx: &Context<'_>,
    tags: &[u64],
    labels: &mut Vec<u8>,
    memo: &mut Memo,
) {
    labels.clear();
    let use_memo = memo.begin(weights.id, 3, super::CHUNK_MEMO_SLOTS, ctx.words.len());
    let (mut prev1, mut prev2) = (O, O);
    for (i, (w, &t0)) in ctx.words.iter().zip(tags).enumerate() {
        let own = |row: &mut [i32]| weights.add_all(&chunk_self_features(w, t0), row);
        let mut scores = [0i32; 3];
        if use_memo {
            let key = (w.raw ^ t0.wrapping_mul(0x9e37_79b9_7f4a_7c15)).rotate_left(17) | 1;
            scores.copy_from_slice(memo.row(key, own));
        } else {
            own(&mut scores);
        }
        weights.add_all(
            &chunk_context_features(ctx, tags, i, label_code(prev1), label_code(prev2)),
            &mut scores,
        );
        let l = best_label(&scores, prev1);
        labels.push(l);
        prev2 = prev1;
        prev1 = l;
    }
}

/// Turns B/I/O labels into chunks, appended to `out`.
pub(crate) fn spans(labels: &[u8], out: &mut Vec<Chunk>) {
    let mut start: Option<usize> = None;
    for (i, &l) in labels.iter().enumerate() {
        if l != I {
            if let Some(s) = start.take() {
                out.push(Chunk { start: s, end: i });
            }
            if l == B {
                start = Some(i);
            }
        }
    }
    if let Some(s) = start {
        out.push(Chunk { start: s, end: labels.len() });
    }
}

/// The B/I/O labels of `chunks` over `n` words.
pub(crate) fn labels_of(chunks: &[Chunk], n: usize) -> Vec<u8> {
    let mut labels = vec![O; n];
    for c in chunks {
        for (j, l) in labels.iter_mut().enumerate().take(c.end.min(n)).skip(c.start) {
            *l = if j == c.start { B } else { I };
        }
    }
    labels
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_and_spans_agree() {
        let chunks = [Chunk { start: 0, end: 2 }, Chunk { start: 2, end: 3 }, Chunk { start: 5, end: 7 }];
        let labels = labels_of(&chunks, 7);
        assert_eq!(labels, [B, I, B, O, O, B, I]);
        let mut back = Vec::new();
        spans(&labels, &mut back);
        assert_eq!(back, chunks);
    }

    #[test]
    fn inside_after_outside_begins() {
        assert_eq!(best_label(&[0, 1, 5], O), B);
        assert_eq!(best_label(&[0, 1, 5], B), I);
        assert_eq!(best_label(&[3, 1, 2], I), O);
    }
}
