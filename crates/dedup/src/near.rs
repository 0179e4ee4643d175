//! Batch near-duplicate clustering: signatures → LSH buckets → verified edges → union-find.

use std::sync::OnceLock;

use rayon::prelude::*;

use crate::config::{DedupConfig, Verification};
use crate::minhash::{self, Signature};
use crate::shingle::{jaccard_sorted, mix64, shingle_set};
use crate::union_find::UnionFind;

/// Near-duplicate detector: pure signature and band-key functions plus batch clustering.
///
/// [`signature`](Self::signature) and [`band_keys`](Self::band_keys) depend only on the text and
/// the configuration, so they can run anywhere (another thread, another machine) and be joined
/// later with [`cluster_signatures`](Self::cluster_signatures).
#[derive(Clone, Debug, Default)]
pub struct NearDuplicates {
    config: DedupConfig,
}

impl NearDuplicates {
    /// A detector with the given configuration.
    pub fn new(config: DedupConfig) -> Self {
        NearDuplicates { config }
    }

    /// The configuration in use.
    pub fn config(&self) -> &DedupConfig {
        &self.config
    }

    /// The MinHash signature of `text` (pure function of text and configuration).
    pub fn signature(&self, text: &str) -> Signature {
        minhash::signature(&self.config, text.as_bytes())
    }

    /// The signature of raw bytes; invalid UTF-8 is fine (non-ASCII bytes are word bytes).
    pub fn signature_bytes(&self, text: &[u8]) -> Signature {
        minhash::signature(&self.config, text)
    }

    /// The LSH band keys of `signature` (pure): documents sharing a key are candidates.
    pub fn band_keys<'s>(&self, signature: &'s Signature) -> impl Iterator<Item = u64> + 's {
        minhash::band_keys(&self.config, signature)
    }

    /// Exact Jaccard similarity of the shingle sets of two texts.
    pub fn jaccard(&self, a: &str, b: &str) -> f64 {
        jaccard_sorted(
            &shingle_set(a.as_bytes(), self.config.shingle),
            &shingle_set(b.as_bytes(), self.config.shingle),
        )
    }

    /// Clusters `docs` into near-duplicate groups.
    ///
    /// Returns a partition of `0..docs.len()`: **every document is in exactly one cluster,
    /// singletons included** (keep `c.len() > 1` for duplicate groups). Members are sorted and
    /// clusters are sorted by their first member; the result does not depend on the input order
    /// beyond the index renaming, nor on the number of threads.
    ///
    /// Two documents are linked when LSH proposes them and verification (see
    /// [`DedupConfig::verification`]) finds similarity ≥ `threshold`; clusters are the connected
    /// components of the links. Components are transitive: A–B and B–C verified put A and C
    /// together even if A–C is below the threshold (a chain of edits). Every member of a
    /// cluster of two or more has at least one verified link within it.
    pub fn cluster<S: AsRef<str> + Sync>(&self, docs: &[S]) -> Vec<Vec<usize>> {
        let signatures: Vec<Signature> = docs.par_iter().map(|doc| self.signature(doc.as_ref())).collect();
        match self.config.verification {
            Verification::Exact => {
                let sets: Vec<OnceLock<Vec<u64>>> = docs.iter().map(|_| OnceLock::new()).collect();
                let shingle = self.config.shingle;
                let set_of =
                    |d: usize| sets[d].get_or_init(|| shingle_set(docs[d].as_ref().as_bytes(), shingle));
                let order: Vec<u64> =
                    docs.par_iter().map(|doc| text_digest(doc.as_ref().as_bytes())).collect();
                self.link(&signatures, &order, |a, b| {
                    jaccard_sorted(set_of(a), set_of(b)) >= self.config.threshold
                })
            }
            Verification::Signature => self.cluster_signatures(&signatures),
        }
    }

    /// Clusters precomputed signatures, verifying candidates with the signature estimate.
    /// Same output conventions as [`cluster`](Self::cluster).
    pub fn cluster_signatures(&self, signatures: &[Signature]) -> Vec<Vec<usize>> {
        let order: Vec<u64> = signatures.par_iter().map(Signature::digest).collect();
        self.link(signatures, &order, |a, b| {
            signatures[a].similarity(&signatures[b]) >= self.config.threshold
        })
    }

    /// Shared clustering core. `order` is a content digest per document: inside a band bucket,
    /// documents are visited in a band-seeded order of their digests, never in input order, so
    /// the candidate pairs (and hence the clusters) do not depend on how the input was sorted.
    fn link(
        &self,
        signatures: &[Signature],
        order: &[u64],
        verify: impl Fn(usize, usize) -> bool + Sync,
    ) -> Vec<Vec<usize>> {
        let n = signatures.len();
        let mut components = UnionFind::new(n);
        let rows = self.config.rows_per_band();
        if rows == 0 {
            return components.sets();
        }
        let key_seed = mix64(self.config.seed ^ 0x9e6c_63d0_676a_9a99);
        let live: Vec<u32> = (0..n as u32).filter(|&d| !signatures[d as usize].is_empty()).collect();
        let budget = self.config.max_bucket_comparisons.max(1);
        let mut keyed: Vec<(u64, u64, u32)> = Vec::with_capacity(live.len());
        for band in 0..self.config.bands {
            keyed.clear();
            keyed.par_extend(live.par_iter().map(|&d| {
                let key = minhash::band_key_at(&signatures[d as usize], band, rows, key_seed);
                (key, mix64(order[d as usize] ^ band as u64), d)
            }));
            keyed.par_sort_unstable();
            let candidates = bucket_candidates(&keyed, &components, budget);
            let verified: Vec<(u32, u32)> =
                candidates.into_par_iter().filter(|&(a, b)| verify(a as usize, b as usize)).collect();
            for (a, b) in verified {
                components.union(a as usize, b as usize);
            }
        }
        components.sets()
    }
}

/// Candidate pairs of one band: within each bucket (run of equal keys), each member against up
/// to `budget` earlier members that are not yet in its component. Looking back is bounded by
/// `4 × budget` positions so a bucket of thousands of shared-boilerplate documents stays linear.
fn bucket_candidates(keyed: &[(u64, u64, u32)], components: &UnionFind, budget: usize) -> Vec<(u32, u32)> {
    let mut pairs = Vec::new();
    let mut start = 0;
    while start < keyed.len() {
        let key = keyed[start].0;
        let mut end = start + 1;
        while end < keyed.len() && keyed[end].0 == key {
            end += 1;
        }
        for i in start + 1..end {
            let doc = keyed[i].2 as usize;
            let root = components.find_readonly(doc);
            let mut compared = 0;
            let lookback_start = i.saturating_sub(4 * budget).max(start);
            for j in (lookback_start..i).rev() {
                let other = keyed[j].2 as usize;
                if components.find_readonly(other) == root {
                    continue;
                }
                pairs.push((other as u32, doc as u32));
                compared += 1;
                if compared == budget {
                    break;
                }
            }
        }
        start = end;
    }
    pairs
}

/// 64-bit FNV-1a digest of a text, mixed (used to order bucket members by content).
fn text_digest(text: &[u8]) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for &b in text {
        h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    mix64(h)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(seed: usize, words: usize) -> String {
        (0..words)
            .map(|i| format!("w{}", (i * 7919 + seed * 104_729) % 100_003))
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn finds_edited_copy_and_leaves_others_alone() {
        let a = article(1, 300);
        let mut b = a.replacen("w", "v", 5);
        b.push_str(" plus a new closing sentence from another outlet");
        let c = article(2, 300);
        let nd = NearDuplicates::default();
        assert!(nd.jaccard(&a, &b) > 0.8);
        assert_eq!(nd.cluster(&[&a, &c, &b]), vec![vec![0, 2], vec![1]]);
    }

    #[test]
    fn empty_documents_are_singletons() {
        let nd = NearDuplicates::default();
        assert_eq!(nd.cluster(&["", "", " "]), vec![vec![0], vec![1], vec![2]]);
        assert!(nd.cluster::<&str>(&[]).is_empty());
    }

    #[test]
    fn signature_verification_agrees_on_clear_cases() {
        let a = article(3, 400);
        let b = format!("{a} extra words at the end");
        let c = article(4, 400);
        let nd = NearDuplicates::new(DedupConfig {
            verification: Verification::Signature,
            ..DedupConfig::default()
        });
        assert_eq!(nd.cluster(&[&a, &b, &c]), vec![vec![0, 1], vec![2]]);
    }

    #[test]
    fn big_bucket_of_identical_docs_is_one_cluster() {
        let a = article(5, 100);
        let docs = vec![a.as_str(); 200];
        let clusters = NearDuplicates::default().cluster(&docs);
        assert_eq!(clusters.len(), 1);
        assert_eq!(clusters[0].len(), 200);
    }
}
