//! One-permutation MinHash signatures with optimal densification, and LSH band keys.
//!
//! Classic MinHash hashes every shingle `num_hashes` times. One-permutation hashing (Li, Owen &
//! Zhang 2012) hashes each shingle once, uses part of the hash to pick one of `num_hashes` bins
//! and keeps the minimum of the rest per bin: the same estimator at 1/`num_hashes` of the cost.
//! Bins that no shingle fell into are filled by optimal densification (Shrivastava 2017): an
//! empty bin borrows the value of the first non-empty bin on a seeded probe sequence that
//! depends only on the bin number, so two documents with the same shingles borrow alike.

use crate::config::DedupConfig;
use crate::shingle::{for_each_shingle_hash, mix64};

/// Marks a bin that received no shingle before densification.
const EMPTY_BIN: u32 = u32::MAX;

/// A MinHash signature: `num_hashes` 32-bit minima, one per bin.
///
/// Two signatures made with the same [`DedupConfig`] agree in each position with probability
/// equal to the Jaccard similarity of the two shingle sets. A text without any word has an empty
/// signature, which is a near-duplicate of nothing (not even of another empty text).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Signature {
    values: Box<[u32]>,
}

impl Signature {
    /// The per-bin minima (empty for a text without words).
    pub fn values(&self) -> &[u32] {
        &self.values
    }

    /// Whether the text had no words at all.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// Builds a signature from stored values, e.g. ones computed on another machine.
    pub fn from_values(values: Vec<u32>) -> Self {
        Signature { values: values.into_boxed_slice() }
    }

    /// Estimated Jaccard similarity: the fraction of positions where both signatures agree. 0 if
    /// either is empty or their lengths differ (made with different configurations).
    pub fn similarity(&self, other: &Signature) -> f64 {
        if self.values.is_empty() || self.values.len() != other.values.len() {
            return 0.0;
        }
        let equal = self.values.iter().zip(other.values.iter()).filter(|(a, b)| a == b).count();
        equal as f64 / self.values.len() as f64
    }

    /// A 64-bit digest of the whole signature (equal signatures have equal digests).
    pub fn digest(&self) -> u64 {
        self.values.iter().fold(0x51_7cc1_b727_220a, |h, &v| mix64(h ^ u64::from(v)))
    }
}

/// Maps a 64-bit hash onto `0..n` without division (Lemire's multiply-shift reduction).
#[inline]
fn reduce(hash_high: u64, n: usize) -> usize {
    ((hash_high * n as u64) >> 32) as usize
}

/// Computes the signature of `text` under `config` (pure: the same inputs give the same bits on
/// every machine).
pub(crate) fn signature(config: &DedupConfig, text: &[u8]) -> Signature {
    let bins = config.num_hashes.max(1);
    let seed = mix64(config.seed ^ 0x2545_f491_4f6c_dd1d);
    let mut values = vec![EMPTY_BIN; bins];
    let mut shingles = 0usize;
    for_each_shingle_hash(text, config.shingle, |shingle| {
        let h = mix64(shingle ^ seed);
        // The high half picks the bin, the low half competes inside it: independent bits.
        let bin = reduce(h >> 32, bins);
        let value = h as u32;
        if value < values[bin] {
            values[bin] = value;
        }
        shingles += 1;
    });
    if shingles == 0 {
        return Signature { values: Box::new([]) };
    }
    densify(&mut values, seed);
    Signature { values: values.into_boxed_slice() }
}

/// Fills empty bins from non-empty ones along a per-bin seeded probe sequence.
fn densify(values: &mut [u32], seed: u64) {
    if !values.contains(&EMPTY_BIN) {
        return;
    }
    let original = values.to_vec();
    let bins = values.len();
    for (bin, value) in values.iter_mut().enumerate() {
        if *value != EMPTY_BIN {
            continue;
        }
        // At least one bin is full, so the probe ends; the cap only guards against a
        // pathological hash cycle, falling back to a linear scan.
        let mut attempt = 1u64;
        loop {
            let probe = mix64(seed ^ ((bin as u64) << 32) ^ attempt);
            let source = reduce(probe >> 32, bins);
            if original[source] != EMPTY_BIN {
                *value = original[source];
                break;
            }
            attempt += 1;
            if attempt > 64 * bins as u64 {
                let offset =
                    original.iter().cycle().skip(bin).take(bins).position(|&v| v != EMPTY_BIN).unwrap_or(0);
                *value = original[(bin + offset) % bins];
                break;
            }
        }
    }
}

/// The LSH band keys of `signature`: one 64-bit key per band, each a hash of the band number and
/// the band's rows, so keys of different bands never collide by construction of the input.
/// Documents sharing any key are candidate near-duplicates. Empty signatures have no keys.
pub(crate) fn band_keys<'s>(
    config: &DedupConfig,
    signature: &'s Signature,
) -> impl Iterator<Item = u64> + 's {
    let rows = config.rows_per_band();
    let bands = if signature.is_empty() || rows == 0 { 0 } else { config.bands };
    let seed = mix64(config.seed ^ 0x9e6c_63d0_676a_9a99);
    (0..bands).map(move |band| band_key_at(signature, band, rows, seed))
}

#[inline]
pub(crate) fn band_key_at(signature: &Signature, band: usize, rows: usize, seed: u64) -> u64 {
    let start = band * rows;
    signature.values[start..start + rows]
        .iter()
        .fold(mix64(seed ^ band as u64), |h, &v| mix64(h ^ u64::from(v).wrapping_mul(0xff51_afd7_ed55_8ccd)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shingle::{jaccard_sorted, shingle_set};

    fn config() -> DedupConfig {
        DedupConfig::default()
    }

    #[test]
    fn identical_texts_identical_signatures() {
        let a = signature(&config(), b"The quick brown fox jumps over the lazy dog today");
        let b = signature(&config(), b"the QUICK brown fox, jumps over the lazy dog today.");
        assert_eq!(a, b);
        assert_eq!(a.similarity(&b), 1.0);
    }

    #[test]
    fn seed_changes_signature() {
        let text = b"one two three four five six seven eight";
        let other = DedupConfig { seed: 7, ..config() };
        assert_ne!(signature(&config(), text), signature(&other, text));
    }

    #[test]
    fn empty_text_has_empty_signature_and_no_keys() {
        let s = signature(&config(), b" ,. ");
        assert!(s.is_empty());
        assert_eq!(band_keys(&config(), &s).count(), 0);
        assert_eq!(s.similarity(&s), 0.0);
    }

    #[test]
    fn short_text_is_densified() {
        let s = signature(&config(), b"hello");
        assert!(!s.values().contains(&EMPTY_BIN));
    }

    #[test]
    fn estimate_tracks_jaccard() {
        let base: Vec<String> = (0..400).map(|i| format!("w{i}")).collect();
        let a = base.join(" ");
        let mut edited = base.clone();
        for w in edited.iter_mut().step_by(10) {
            w.push('x');
        }
        let b = edited.join(" ");
        let cfg = DedupConfig { num_hashes: 512, ..config() };
        let exact =
            jaccard_sorted(&shingle_set(a.as_bytes(), cfg.shingle), &shingle_set(b.as_bytes(), cfg.shingle));
        let estimate = signature(&cfg, a.as_bytes()).similarity(&signature(&cfg, b.as_bytes()));
        assert!((exact - estimate).abs() < 0.08, "{exact} vs {estimate}");
    }

    #[test]
    fn band_keys_count_and_determinism() {
        let cfg = config();
        let s = signature(&cfg, b"a b c d e f g h i j k l m n o p");
        let keys: Vec<u64> = band_keys(&cfg, &s).collect();
        assert_eq!(keys.len(), cfg.bands);
        assert_eq!(keys, band_keys(&cfg, &s).collect::<Vec<_>>());
    }
}
