//! Passages (paragraphs or sentences) that recur across documents: reused wire copy.

use crate::fast_hash::IdMap;
use std::ops::Range;

use crate::shingle::{for_each_word_hash, mix64};

/// A passage found in several documents, with every place it occurs.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Passage {
    /// The passage as written in its first occurrence.
    pub text: String,
    /// `(document index, span)` of every occurrence, sorted by document then span (serialized
    /// as `[doc, [start, end]]`).
    #[cfg_attr(feature = "serde", serde(serialize_with = "occurrences_as_arrays"))]
    pub occurrences: Vec<(usize, Range<usize>)>,
}

/// Occurrences as `[doc, [start, end]]`: spans are `[start, end]` arrays in every serialized type
/// of newsclaim.
#[cfg(feature = "serde")]
fn occurrences_as_arrays<S: serde::Serializer>(
    occurrences: &[(usize, Range<usize>)],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_seq(occurrences.iter().map(|(doc, span)| (doc, [span.start, span.end])))
}

impl Passage {
    /// The distinct documents the passage occurs in, ascending.
    pub fn documents(&self) -> Vec<usize> {
        let mut docs: Vec<usize> = self.occurrences.iter().map(|(d, _)| *d).collect();
        docs.dedup();
        docs
    }
}

/// Finds passages shared by at least `min_docs` documents.
///
/// `docs[d]` lists document `d`'s units (paragraphs or sentences) with their spans in whatever
/// coordinates the caller uses (spans are echoed, never interpreted). Units match when their word
/// sequences agree after case folding and dropping punctuation and spacing, so a wire paragraph
/// with different quotes, dashes or line breaks is still found; units with fewer than
/// `min_words` words are ignored (datelines, "Read more"). `min_docs` below 2 is treated as 2.
///
/// Passages are ordered by their first occurrence (document, then span). Linear in the total
/// text; matching is by a 64-bit hash of the normalised word sequence. For a stream of documents
/// too large to hold at once, use [`PassageIndex`], which this function is built on.
pub fn shared_passages<S: AsRef<str>>(
    docs: &[Vec<(Range<usize>, S)>],
    min_docs: usize,
    min_words: usize,
) -> Vec<Passage> {
    let mut index = PassageIndex::new(min_docs, min_words);
    for (doc, units) in docs.iter().enumerate() {
        index.add(doc, units.iter().map(|(span, text)| (span.clone(), text.as_ref())));
    }
    let mut passages = index.finish();
    // With every document at hand, report the wording of the very first occurrence.
    for p in &mut passages {
        let (doc, span) = &p.occurrences[0];
        if let Some((_, text)) = docs[*doc].iter().find(|(s, _)| s == span) {
            p.text = text.as_ref().to_owned();
        }
    }
    passages
}

/// The key two units share when [`shared_passages`] counts them as the same passage: a 64-bit
/// hash of the word sequence after case folding and dropping punctuation and spacing, or `None`
/// for a unit of fewer than `min_words` words (at least 1).
///
/// A pure function of the text, so units can be keyed anywhere and matched by a join on the key
/// (what `newsclaim-datafusion`'s `newsclaim_paragraph_hashes` does over a distributed corpus).
///
/// ```
/// use newsclaim_dedup::passage_key;
///
/// let wire = "Foreign ministers will meet in Geneva on Friday.";
/// assert_eq!(passage_key(wire, 5), passage_key("FOREIGN ministers will meet\nin Geneva, on Friday", 5));
/// assert_ne!(passage_key(wire, 5), passage_key("Foreign ministers will meet in Geneva on Monday.", 5));
/// assert_eq!(passage_key("Read more", 5), None);
/// ```
pub fn passage_key(text: &str, min_words: usize) -> Option<u64> {
    let mut words = 0usize;
    let mut hash = 0x3c6e_f372_fe94_f82bu64;
    for_each_word_hash(text.as_bytes(), |word| {
        words += 1;
        hash = mix64(hash ^ word);
    });
    (words >= min_words.max(1)).then_some(hash)
}

/// Incremental [`shared_passages`]: add documents one at a time, get the passages at the end.
/// A passage's text is its wording in the second document found to have it (the batch function
/// reports the first).
///
/// Memory is one small entry per distinct unit (a hash, the first occurrence's place) plus the
/// text of units seen in a second document; the text of a unit seen once is never kept, so a
/// stream of any length can be indexed.
///
/// ```
/// use newsclaim_dedup::PassageIndex;
///
/// let wire = "Foreign ministers will meet in Geneva on Friday to discuss the proposals.";
/// let mut index = PassageIndex::new(2, 5);
/// index.add(0, [(0..10, "Our own lede."), (11..85, wire)]);
/// index.add(1, [(0..74, wire)]);
/// let found = index.finish();
/// assert_eq!(found.len(), 1);
/// assert_eq!(found[0].documents(), vec![0, 1]);
/// ```
#[derive(Debug, Clone, Default)]
pub struct PassageIndex {
    min_docs: usize,
    min_words: usize,
    /// normalised hash → the places it occurs in
    groups: IdMap<u64, PassageGroup>,
}

/// A unit's places. Most units occur once, so the first place is stored inline (a few dozen bytes
/// a unit) and everything else only once the unit repeats.
#[derive(Debug, Clone)]
struct PassageGroup {
    first_doc: u32,
    first_span: Range<usize>,
    repeats: Option<Box<Repeats>>,
}

#[derive(Debug, Clone)]
struct Repeats {
    /// The unit's text as written in the second document that has it: the first document's text
    /// is not kept, since most units never repeat.
    text: String,
    /// Places after the first.
    more: Vec<(usize, Range<usize>)>,
    distinct_docs: usize,
}

impl PassageIndex {
    /// An empty index reporting units found in at least `min_docs` documents (below 2 counts as 2)
    /// and ignoring units of fewer than `min_words` words.
    pub fn new(min_docs: usize, min_words: usize) -> Self {
        PassageIndex { min_docs: min_docs.max(2), min_words: min_words.max(1), groups: IdMap::default() }
    }

    /// Adds document `doc`'s units (span, text). Documents should be added in increasing `doc`
    /// order, each once; their spans are echoed back in the passages.
    ///
    /// # Panics
    ///
    /// Never; a `doc` beyond `u32::MAX` is counted modulo 2³² (four billion documents).
    pub fn add<'t>(&mut self, doc: usize, units: impl IntoIterator<Item = (Range<usize>, &'t str)>) {
        for (span, text) in units {
            let Some(hash) = passage_key(text, self.min_words) else { continue };
            match self.groups.entry(hash) {
                std::collections::hash_map::Entry::Vacant(v) => {
                    v.insert(PassageGroup { first_doc: doc as u32, first_span: span, repeats: None });
                }
                std::collections::hash_map::Entry::Occupied(mut o) => {
                    let group = o.get_mut();
                    let last_doc = group
                        .repeats
                        .as_ref()
                        .and_then(|r| r.more.last())
                        .map_or(group.first_doc as usize, |(d, _)| *d);
                    let repeats = group.repeats.get_or_insert_with(|| {
                        // The first place's text is gone; this one has the same words.
                        Box::new(Repeats { text: text.to_owned(), more: Vec::new(), distinct_docs: 1 })
                    });
                    if last_doc != doc {
                        repeats.distinct_docs += 1;
                    }
                    repeats.more.push((doc, span));
                }
            }
        }
    }

    /// The passages found, ordered by their first occurrence (document, then span).
    pub fn finish(self) -> Vec<Passage> {
        let min_docs = self.min_docs;
        let mut passages: Vec<Passage> = self
            .groups
            .into_values()
            .filter_map(|g| {
                let repeats = g.repeats?;
                if repeats.distinct_docs < min_docs {
                    return None;
                }
                let mut occurrences = Vec::with_capacity(repeats.more.len() + 1);
                occurrences.push((g.first_doc as usize, g.first_span));
                occurrences.extend(repeats.more);
                occurrences.sort_by_key(|(d, r)| (*d, r.start, r.end));
                Some(Passage { text: repeats.text, occurrences })
            })
            .collect();
        passages.sort_by_key(|p| {
            let (d, r) = &p.occurrences[0];
            (*d, r.start, r.end)
        });
        passages
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WIRE: &str =
        "Foreign ministers will meet in Geneva on Friday to discuss the proposals, officials said.";

    fn units(texts: &[&str]) -> Vec<(Range<usize>, String)> {
        let mut at = 0;
        texts
            .iter()
            .map(|t| {
                let span = at..at + t.len();
                at += t.len() + 2;
                (span, t.to_string())
            })
            .collect()
    }

    #[test]
    fn finds_wire_paragraph_in_different_stories() {
        let docs = vec![
            units(&["Story one opens here with its own words.", WIRE]),
            units(&[
                "A different lede about something else.",
                "Another paragraph.",
                &WIRE.replace(' ', "\n").to_uppercase(),
            ]),
            units(&["Unrelated text only, nothing shared at all here."]),
        ];
        let found = shared_passages(&docs, 2, 5);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].text, WIRE);
        assert_eq!(found[0].documents(), vec![0, 1]);
        assert_eq!(found[0].occurrences[1].1, docs[1][2].0);
    }

    #[test]
    fn short_units_and_single_document_repeats_are_ignored() {
        let docs = vec![units(&["Read more", WIRE, WIRE]), units(&["Read more"])];
        assert!(shared_passages(&docs, 2, 3).is_empty());
        let three = shared_passages(&docs, 2, 1);
        assert_eq!(three.len(), 1);
        assert_eq!(three[0].text, "Read more");
    }

    #[test]
    fn min_docs_three() {
        let docs = vec![units(&[WIRE]), units(&[WIRE]), units(&["x y z"])];
        assert!(shared_passages(&docs, 3, 5).is_empty());
        assert_eq!(shared_passages(&docs, 0, 5).len(), 1);
    }

    #[test]
    fn index_keeps_text_only_of_repeated_units_and_matches_the_batch_places() {
        let docs = vec![
            units(&["Story one opens here with its own words.", WIRE]),
            units(&[&WIRE.to_uppercase(), "Only here, never repeated anywhere else at all."]),
        ];
        let mut index = PassageIndex::new(2, 5);
        for (d, u) in docs.iter().enumerate() {
            index.add(d, u.iter().map(|(s, t)| (s.clone(), t.as_str())));
        }
        let kept_texts = index.groups.values().filter(|g| g.repeats.is_some()).count();
        assert_eq!(kept_texts, 1, "a unit seen in one document keeps no text");
        let streamed = index.finish();
        let batch = shared_passages(&docs, 2, 5);
        assert_eq!(streamed.len(), 1);
        assert_eq!(streamed[0].occurrences, batch[0].occurrences);
        assert_eq!(streamed[0].text, WIRE.to_uppercase());
        assert_eq!(batch[0].text, WIRE);
    }
}
