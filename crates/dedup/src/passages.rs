//! Passages (paragraphs or sentences) that recur across documents: reused wire copy.

use std::collections::HashMap;
use std::ops::Range;

use crate::shingle::{for_each_word_hash, mix64};

/// A passage found in several documents, with every place it occurs.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Passage {
    /// The passage as written in its first occurrence.
    pub text: String,
    /// `(document index, span)` of every occurrence, sorted by document then span.
    pub occurrences: Vec<(usize, Range<usize>)>,
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
/// text; matching is by a 64-bit hash of the normalised word sequence.
pub fn shared_passages<S: AsRef<str>>(
    docs: &[Vec<(Range<usize>, S)>],
    min_docs: usize,
    min_words: usize,
) -> Vec<Passage> {
    let min_docs = min_docs.max(2);
    // normalised hash → (first (doc, unit), occurrences)
    let mut groups: HashMap<u64, Vec<(usize, usize)>> = HashMap::new();
    for (doc, units) in docs.iter().enumerate() {
        for (unit, (_, text)) in units.iter().enumerate() {
            let mut words = 0usize;
            let mut hash = 0x3c6e_f372_fe94_f82bu64;
            for_each_word_hash(text.as_ref().as_bytes(), |word| {
                words += 1;
                hash = mix64(hash ^ word);
            });
            if words >= min_words.max(1) {
                groups.entry(hash).or_default().push((doc, unit));
            }
        }
    }
    let mut passages: Vec<Passage> = groups
        .into_values()
        .filter_map(|places| {
            let mut distinct = places.iter().map(|(d, _)| *d).collect::<Vec<_>>();
            distinct.dedup();
            if distinct.len() < min_docs {
                return None;
            }
            let (first_doc, first_unit) = places[0];
            let occurrences = places.iter().map(|&(d, u)| (d, docs[d][u].0.clone())).collect::<Vec<_>>();
            Some(Passage { text: docs[first_doc][first_unit].1.as_ref().to_string(), occurrences })
        })
        .collect();
    for passage in &mut passages {
        passage.occurrences.sort_by_key(|(d, r)| (*d, r.start, r.end));
    }
    passages.sort_by_key(|p| {
        let (d, r) = &p.occurrences[0];
        (*d, r.start, r.end)
    });
    passages
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
}
