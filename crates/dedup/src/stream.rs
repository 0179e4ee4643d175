//! Incremental near-duplicate index for a live feed.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::config::DedupConfig;
use crate::minhash::Signature;
use crate::near::NearDuplicates;

/// Band keys are already uniform 64-bit hashes: hashing them again would be wasted work.
#[derive(Default)]
struct IdentityHasher(u64);

impl Hasher for IdentityHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, value: u64) {
        self.0 = value;
    }
}

type KeyMap = HashMap<u64, u32, BuildHasherDefault<IdentityHasher>>;

/// Sentinel "no next entry" in a bucket chain.
const END: u32 = u32::MAX;

/// "Have I seen this story?" for documents arriving one at a time.
///
/// Each inserted document keeps its signature (`num_hashes × 4` bytes) and one chain entry per
/// band (8 bytes plus one hash-map slot): memory is proportional to the documents kept. Insert
/// and lookup cost one signature plus, per band, one hash-map probe and a walk over at most
/// `max_bucket_comparisons` earlier documents: O(1) expected per document. Candidates are
/// verified with the signature estimate (the texts are not kept).
pub struct StreamIndex<Id> {
    detector: NearDuplicates,
    ids: Vec<Id>,
    signatures: Vec<Signature>,
    /// band key → newest entry of its chain
    heads: KeyMap,
    /// chain entries: (document, next entry)
    chain: Vec<(u32, u32)>,
}

impl<Id: Clone> StreamIndex<Id> {
    /// An empty index; verification always uses signatures, whatever `config.verification` says.
    pub fn new(config: DedupConfig) -> Self {
        StreamIndex {
            detector: NearDuplicates::new(config),
            ids: Vec::new(),
            signatures: Vec::new(),
            heads: KeyMap::default(),
            chain: Vec::new(),
        }
    }

    /// Number of documents kept.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Whether no document was inserted.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// Adds a document and returns the id of the most similar earlier near-duplicate (ties: the
    /// earliest), if any. The document is kept either way, so later variants of it match too.
    /// A text without words is never a duplicate and is not indexed.
    pub fn insert(&mut self, id: Id, text: &str) -> Option<Id> {
        let signature = self.detector.signature(text);
        let found = self.best_match(&signature).map(|doc| self.ids[doc].clone());
        if signature.is_empty() {
            return found;
        }
        let doc = u32::try_from(self.ids.len()).expect("at most u32::MAX documents");
        let keys: Vec<u64> = self.detector.band_keys(&signature).collect();
        for key in keys {
            let entry = self.chain.len() as u32;
            let head = self.heads.entry(key).or_insert(END);
            self.chain.push((doc, *head));
            *head = entry;
        }
        self.ids.push(id);
        self.signatures.push(signature);
        found
    }

    /// Whether a near-duplicate of `text` was inserted before (does not insert).
    pub fn seen(&self, text: &str) -> bool {
        self.find(text).is_some()
    }

    /// Alias of [`seen`](Self::seen).
    pub fn contains(&self, text: &str) -> bool {
        self.seen(text)
    }

    /// The id of the most similar inserted near-duplicate of `text` (does not insert).
    pub fn find(&self, text: &str) -> Option<&Id> {
        let signature = self.detector.signature(text);
        self.best_match(&signature).map(|doc| &self.ids[doc])
    }

    fn best_match(&self, signature: &Signature) -> Option<usize> {
        let config = self.detector.config();
        let budget = config.max_bucket_comparisons.max(1);
        let mut best: Option<(f64, usize)> = None;
        for key in self.detector.band_keys(signature) {
            let Some(&head) = self.heads.get(&key) else {
                continue;
            };
            let mut entry = head;
            let mut walked = 0;
            while entry != END && walked < budget {
                let (doc, next) = self.chain[entry as usize];
                let doc = doc as usize;
                let similarity = signature.similarity(&self.signatures[doc]);
                let better = match best {
                    None => true,
                    Some((s, d)) => similarity > s || (similarity == s && doc < d),
                };
                if similarity >= config.threshold && better {
                    best = Some((similarity, doc));
                }
                entry = next;
                walked += 1;
            }
        }
        best.map(|(_, doc)| doc)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn story(topic: &str) -> String {
        (0..200).map(|i| format!("{topic}{}", i * 31 % 97)).collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn reports_earlier_duplicate() {
        let mut index = StreamIndex::new(DedupConfig::default());
        assert_eq!(index.insert("a", &story("x")), None);
        assert_eq!(index.insert("b", &story("y")), None);
        let copy = format!("Breaking: {} (Reuters)", story("x"));
        assert!(index.seen(&copy));
        assert_eq!(index.insert("c", &copy), Some("a"));
        assert_eq!(index.len(), 3);
        assert!(!index.contains(&story("z")));
    }

    #[test]
    fn empty_text_is_never_seen() {
        let mut index = StreamIndex::new(DedupConfig::default());
        assert_eq!(index.insert(1, ""), None);
        assert_eq!(index.insert(2, ""), None);
        assert!(index.is_empty());
        assert!(!index.seen(""));
    }
}
