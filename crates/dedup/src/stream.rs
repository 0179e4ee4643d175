//! Incremental near-duplicate index for a live feed.

use std::collections::{HashMap, VecDeque};
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
/// Each kept document costs its signature (`num_hashes × 4` bytes) and one chain entry per band
/// (16 bytes plus a hash-map slot): memory is proportional to the documents kept. With
/// [`with_window`](Self::with_window) only the most recent documents are kept, so a feed can run
/// forever in bounded memory. Insert and lookup cost one signature plus, per band, one hash-map
/// probe and a walk over at most `max_bucket_comparisons` earlier documents: O(1) expected per
/// document (window compaction is amortised O(1) too). Candidates are verified with the
/// signature estimate, since the texts are not kept.
pub struct StreamIndex<Id> {
    detector: NearDuplicates,
    /// kept documents, oldest first; `docs[i]` has sequence number `first_seq + i`
    docs: VecDeque<(Id, Signature)>,
    first_seq: u64,
    window: usize,
    /// band key → newest entry of its chain
    heads: KeyMap,
    /// chain entries: (document sequence number, next older entry)
    chain: Vec<(u64, u32)>,
}

impl<Id: Clone> StreamIndex<Id> {
    /// An empty index that keeps every document; verification always uses signatures, whatever
    /// `config.verification` says.
    pub fn new(config: DedupConfig) -> Self {
        Self::with_window(config, usize::MAX)
    }

    /// An empty index that keeps only the `window` most recent documents (at least 1): older ones
    /// are forgotten and no longer reported.
    pub fn with_window(config: DedupConfig, window: usize) -> Self {
        StreamIndex {
            detector: NearDuplicates::new(config),
            docs: VecDeque::new(),
            first_seq: 0,
            window: window.max(1),
            heads: KeyMap::default(),
            chain: Vec::new(),
        }
    }

    /// Number of documents kept.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    /// Whether no document is kept.
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// Adds a document and returns the id of the most similar kept near-duplicate (ties: the
    /// earliest), if any. The document is kept either way, so later variants of it match too.
    /// A text without words is never a duplicate and is not kept.
    pub fn insert(&mut self, id: Id, text: &str) -> Option<Id> {
        let signature = self.detector.signature(text);
        self.insert_signature(id, signature)
    }

    /// [`insert`](Self::insert) with a signature computed elsewhere by the same configuration.
    pub fn insert_signature(&mut self, id: Id, signature: Signature) -> Option<Id> {
        let found = self.best_match(&signature).cloned();
        if signature.is_empty() {
            return found;
        }
        if self.docs.len() == self.window {
            self.docs.pop_front();
            self.first_seq += 1;
        }
        let seq = self.first_seq + self.docs.len() as u64;
        self.link(seq, &signature);
        self.docs.push_back((id, signature));
        // Entries of forgotten documents are skipped on lookup; once they are the majority the
        // chains are rebuilt from the kept signatures.
        let live_entries = self.docs.len() * self.detector.config().bands;
        if self.chain.len() > 2 * live_entries.max(1024) {
            self.compact();
        }
        found
    }

    /// Whether a near-duplicate of `text` is kept (does not insert).
    pub fn seen(&self, text: &str) -> bool {
        self.find(text).is_some()
    }

    /// Alias of [`seen`](Self::seen).
    pub fn contains(&self, text: &str) -> bool {
        self.seen(text)
    }

    /// The id of the most similar kept near-duplicate of `text` (does not insert).
    pub fn find(&self, text: &str) -> Option<&Id> {
        let signature = self.detector.signature(text);
        self.best_match(&signature)
    }

    fn link(&mut self, seq: u64, signature: &Signature) {
        let keys: Vec<u64> = self.detector.band_keys(signature).collect();
        for key in keys {
            let entry = u32::try_from(self.chain.len()).expect("chain fits u32 after compaction");
            let head = self.heads.entry(key).or_insert(END);
            self.chain.push((seq, *head));
            *head = entry;
        }
    }

    fn compact(&mut self) {
        self.heads.clear();
        self.chain.clear();
        let docs = std::mem::take(&mut self.docs);
        for (offset, (_, signature)) in docs.iter().enumerate() {
            self.link(self.first_seq + offset as u64, signature);
        }
        self.docs = docs;
    }

    fn best_match(&self, signature: &Signature) -> Option<&Id> {
        let config = self.detector.config();
        let budget = config.max_bucket_comparisons.max(1);
        let mut best: Option<(f64, u64)> = None;
        for key in self.detector.band_keys(signature) {
            let Some(&head) = self.heads.get(&key) else {
                continue;
            };
            let mut entry = head;
            let mut walked = 0;
            while entry != END && walked < budget {
                let (seq, next) = self.chain[entry as usize];
                if seq < self.first_seq {
                    break; // chains run newest to oldest: the rest is forgotten too
                }
                let kept = &self.docs[(seq - self.first_seq) as usize].1;
                let similarity = signature.similarity(kept);
                let better = match best {
                    None => true,
                    Some((s, d)) => similarity > s || (similarity == s && seq < d),
                };
                if similarity >= config.threshold && better {
                    best = Some((similarity, seq));
                }
                entry = next;
                walked += 1;
            }
        }
        best.map(|(_, seq)| &self.docs[(seq - self.first_seq) as usize].0)
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
    fn window_forgets_old_documents_and_stays_bounded() {
        let mut index = StreamIndex::with_window(DedupConfig::default(), 3);
        for i in 0..2000 {
            assert_eq!(index.insert(i, &story(&format!("t{i}x"))), None);
        }
        assert_eq!(index.len(), 3);
        assert!(index.chain.len() <= 2 * 1024 + 3 * DedupConfig::default().bands);
        assert!(index.seen(&story("t1999x")));
        assert!(index.seen(&story("t1997x")));
        assert!(!index.seen(&story("t1996x")));
        assert!(!index.seen(&story("t5x")));
        let copy = format!("{} (AFP)", story("t1998x"));
        assert_eq!(index.insert(9999, &copy), Some(1998));
    }

    #[test]
    fn precomputed_signatures_are_accepted() {
        let config = DedupConfig::default();
        let detector = NearDuplicates::new(config.clone());
        let mut index = StreamIndex::new(config);
        assert_eq!(index.insert_signature("a", detector.signature(&story("q"))), None);
        assert_eq!(index.insert_signature("b", detector.signature(&story("q"))), Some("a"));
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
