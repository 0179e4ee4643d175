//! Configuration of near-duplicate detection, and validation of the claim clustering settings.

use crate::claims::{ClaimClusterConfig, Lexicon};

/// How candidate pairs found by LSH banding are checked before they are linked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Verification {
    /// Exact Jaccard similarity of the two shingle-hash sets, recomputed from the texts (exact up
    /// to 64-bit hash collisions). The default for the batch API, which holds the texts.
    #[default]
    Exact,
    /// The Jaccard estimate from the full signatures (fraction of agreeing bins). Needs no text,
    /// so it is what streaming and signature-only pipelines use; its standard error is about
    /// `sqrt(J(1-J)/num_hashes)`, ≈ 0.044 at J = 0.5 with 128 hashes.
    Signature,
}

/// Parameters of near-duplicate detection. `Default` suits news articles of a few KB.
///
/// Build settings that come from users with [`DedupConfig::builder`], which rejects values that
/// would silently find nothing (0 bands, a threshold outside `(0, 1]` or NaN, …); a config
/// assembled from the public fields can be checked with [`DedupConfig::validate`].
///
/// ```
/// use newsclaim_dedup::DedupConfig;
///
/// let config = DedupConfig::builder().threshold(0.6).build().unwrap();
/// assert_eq!(config.threshold, 0.6);
/// assert!(DedupConfig::builder().bands(0).build().is_err());
/// assert!(DedupConfig::builder().threshold(f64::NAN).build().is_err());
/// ```
///
/// Banding: the signature's first `bands × rows_per_band()` values are cut into `bands` bands;
/// two documents become candidates when one band matches entirely, which happens with
/// probability `1 - (1 - J^rows)^bands` for Jaccard similarity `J`. The default 42 bands of 3
/// rows catch 99.6 % of pairs at J = 0.5, 94 % at J = 0.4 and 0.4 % at J = 0.05.
#[derive(Clone, Debug, PartialEq)]
pub struct DedupConfig {
    /// Words per shingle (default 5).
    pub shingle: usize,
    /// Jaccard similarity at or above which two documents are near-duplicates (default 0.4:
    /// republished news with swapped boilerplate and light edits lands around 0.4–0.9, unrelated
    /// stories that share one wire paragraph below 0.15).
    pub threshold: f64,
    /// Signature length, the number of MinHash bins (default 128).
    pub num_hashes: usize,
    /// Number of LSH bands (default 42, i.e. 3 rows each).
    pub bands: usize,
    /// Seed of every hash function: the same seed gives the same signatures everywhere.
    pub seed: u64,
    /// How candidates are verified (default [`Verification::Exact`]).
    pub verification: Verification,
    /// In one band bucket, each document is verified against at most this many earlier
    /// (not yet linked) bucket members; keeps huge buckets of shared boilerplate linear.
    pub max_bucket_comparisons: usize,
}

impl Default for DedupConfig {
    fn default() -> Self {
        DedupConfig {
            shingle: 5,
            threshold: 0.4,
            num_hashes: 128,
            bands: 42,
            seed: 0x6e65_7773_636c_6169,
            verification: Verification::Exact,
            max_bucket_comparisons: 16,
        }
    }
}

/// Why a [`DedupConfig`] was rejected.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum DedupConfigError {
    /// The threshold must lie in `(0, 1]` (NaN is rejected).
    #[error("near-duplicate threshold {0} is not in (0, 1]")]
    Threshold(f64),
    /// A shingle has at least one word.
    #[error("shingle size must be at least 1")]
    Shingle,
    /// The signature has at least one MinHash bin.
    #[error("num_hashes must be at least 1")]
    NumHashes,
    /// There must be between 1 and `num_hashes` bands, so each band has at least one row.
    #[error("bands must be between 1 and num_hashes ({num_hashes}), got {bands}")]
    Bands {
        /// The number of bands asked for.
        bands: usize,
        /// The signature length.
        num_hashes: usize,
    },
    /// With 0 comparisons per bucket no candidate would ever be verified.
    #[error("max_bucket_comparisons must be at least 1")]
    MaxBucketComparisons,
}

/// Builds a validated [`DedupConfig`]; start with [`DedupConfig::builder`]. Unset values keep
/// their defaults.
#[derive(Clone, Debug, Default)]
#[must_use]
pub struct DedupConfigBuilder {
    config: DedupConfig,
}

impl DedupConfigBuilder {
    /// Words per shingle (at least 1).
    pub fn shingle(mut self, words: usize) -> Self {
        self.config.shingle = words;
        self
    }

    /// Jaccard similarity at or above which two documents are near-duplicates, in `(0, 1]`.
    pub fn threshold(mut self, threshold: f64) -> Self {
        self.config.threshold = threshold;
        self
    }

    /// Signature length, the number of MinHash bins (at least 1).
    pub fn num_hashes(mut self, num_hashes: usize) -> Self {
        self.config.num_hashes = num_hashes;
        self
    }

    /// Number of LSH bands, between 1 and the signature length.
    pub fn bands(mut self, bands: usize) -> Self {
        self.config.bands = bands;
        self
    }

    /// Seed of every hash function.
    pub fn seed(mut self, seed: u64) -> Self {
        self.config.seed = seed;
        self
    }

    /// How candidates are verified.
    pub fn verification(mut self, verification: Verification) -> Self {
        self.config.verification = verification;
        self
    }

    /// Earlier bucket members each document is verified against at most (at least 1).
    pub fn max_bucket_comparisons(mut self, max: usize) -> Self {
        self.config.max_bucket_comparisons = max;
        self
    }

    /// The config, or why it would not work.
    pub fn build(self) -> Result<DedupConfig, DedupConfigError> {
        self.config.validate()?;
        Ok(self.config)
    }
}

impl DedupConfig {
    /// A builder starting from the defaults.
    pub fn builder() -> DedupConfigBuilder {
        DedupConfigBuilder::default()
    }

    /// Checks the settings: `Ok` when every value can find duplicates, else the first problem.
    pub fn validate(&self) -> Result<(), DedupConfigError> {
        if !(self.threshold > 0.0 && self.threshold <= 1.0) {
            return Err(DedupConfigError::Threshold(self.threshold));
        }
        if self.shingle == 0 {
            return Err(DedupConfigError::Shingle);
        }
        if self.num_hashes == 0 {
            return Err(DedupConfigError::NumHashes);
        }
        if self.bands == 0 || self.bands > self.num_hashes {
            return Err(DedupConfigError::Bands { bands: self.bands, num_hashes: self.num_hashes });
        }
        if self.max_bucket_comparisons == 0 {
            return Err(DedupConfigError::MaxBucketComparisons);
        }
        Ok(())
    }

    /// Rows (signature values) per band: `num_hashes / bands`, 0 if `bands` is 0.
    pub fn rows_per_band(&self) -> usize {
        self.num_hashes.max(1).checked_div(self.bands).unwrap_or(0)
    }

    /// Probability that a pair with Jaccard similarity `jaccard` shares at least one band.
    pub fn candidate_probability(&self, jaccard: f64) -> f64 {
        let rows = self.rows_per_band();
        if rows == 0 {
            return 0.0;
        }
        1.0 - (1.0 - jaccard.powi(rows as i32)).powi(self.bands as i32)
    }
}

/// Why a [`ClaimClusterConfig`] was rejected.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum ClaimClusterConfigError {
    /// The threshold must lie in `(0, 1]` (NaN is rejected).
    #[error("claim threshold {0} is not in (0, 1]")]
    Threshold(f64),
    /// The actor weight must be finite and not negative.
    #[error("claim key weight {0} is not a finite number >= 0")]
    KeyWeight(f64),
}

/// Builds a validated [`ClaimClusterConfig`]; start with [`ClaimClusterConfig::builder`]. Unset
/// values keep their defaults.
#[derive(Clone, Debug, Default)]
#[must_use]
pub struct ClaimClusterConfigBuilder {
    config: ClaimClusterConfig,
}

impl ClaimClusterConfigBuilder {
    /// Average similarity at or above which a claim joins a cluster, in `(0, 1]`.
    pub fn threshold(mut self, threshold: f64) -> Self {
        self.config.threshold = threshold;
        self
    }

    /// Only clusters with members from at least this many documents are returned.
    pub fn min_docs(mut self, min_docs: usize) -> Self {
        self.config.min_docs = min_docs;
        self
    }

    /// Stopwords, synonym sets and actor blocs.
    pub fn lexicon(mut self, lexicon: Lexicon) -> Self {
        self.config.lexicon = lexicon;
        self
    }

    /// Whether claims of different stories may cluster.
    pub fn across_stories(mut self, yes: bool) -> Self {
        self.config.across_stories = yes;
        self
    }

    /// Weight of the actor's identifiers relative to a content concept (finite, `>= 0`).
    pub fn key_weight(mut self, weight: f64) -> Self {
        self.config.key_weight = weight;
        self
    }

    /// Lets claims of two different acts cluster together (`"deny"`, `"reject"`); may be called
    /// for several pairs.
    pub fn compatible_acts(mut self, a: &str, b: &str) -> Self {
        self.config.compatible_acts.push((a.to_owned(), b.to_owned()));
        self
    }

    /// The config, or why it would not work.
    pub fn build(self) -> Result<ClaimClusterConfig, ClaimClusterConfigError> {
        self.config.validate()?;
        Ok(self.config)
    }
}

impl ClaimClusterConfig {
    /// A builder starting from the defaults.
    ///
    /// ```
    /// use newsclaim_dedup::ClaimClusterConfig;
    ///
    /// let config = ClaimClusterConfig::builder().threshold(0.3).build().unwrap();
    /// assert_eq!(config.threshold, 0.3);
    /// assert!(ClaimClusterConfig::builder().threshold(1.5).build().is_err());
    /// ```
    pub fn builder() -> ClaimClusterConfigBuilder {
        ClaimClusterConfigBuilder::default()
    }

    /// Checks the settings: `Ok` when they can be used, else the first problem.
    pub fn validate(&self) -> Result<(), ClaimClusterConfigError> {
        if !(self.threshold > 0.0 && self.threshold <= 1.0) {
            return Err(ClaimClusterConfigError::Threshold(self.threshold));
        }
        if !(self.key_weight.is_finite() && self.key_weight >= 0.0) {
            return Err(ClaimClusterConfigError::KeyWeight(self.key_weight));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_banding_catches_threshold_pairs() {
        let c = DedupConfig::default();
        assert_eq!(c.rows_per_band(), 3);
        assert!(c.candidate_probability(0.5) > 0.99);
        assert!(c.candidate_probability(0.05) < 0.01);
    }

    #[test]
    fn zero_bands_means_no_rows() {
        let c = DedupConfig { bands: 0, ..DedupConfig::default() };
        assert_eq!(c.rows_per_band(), 0);
        assert_eq!(c.candidate_probability(1.0), 0.0);
    }

    #[test]
    fn builder_defaults_are_valid() {
        assert_eq!(DedupConfig::builder().build(), Ok(DedupConfig::default()));
        assert_eq!(DedupConfig::default().validate(), Ok(()));
    }

    #[test]
    fn builder_sets_every_field() {
        let c = DedupConfig::builder()
            .shingle(3)
            .threshold(1.0)
            .num_hashes(64)
            .bands(16)
            .seed(7)
            .verification(Verification::Signature)
            .max_bucket_comparisons(4)
            .build()
            .unwrap();
        assert_eq!((c.shingle, c.threshold, c.num_hashes, c.bands, c.seed), (3, 1.0, 64, 16, 7));
        assert_eq!((c.verification, c.max_bucket_comparisons), (Verification::Signature, 4));
    }

    #[test]
    fn rejects_bad_thresholds() {
        for t in [0.0, -0.1, 1.5, f64::NAN, f64::INFINITY] {
            assert!(
                matches!(DedupConfig::builder().threshold(t).build(), Err(DedupConfigError::Threshold(_))),
                "{t}"
            );
        }
    }

    #[test]
    fn rejects_zero_bands_and_more_bands_than_hashes() {
        assert_eq!(
            DedupConfig::builder().bands(0).build(),
            Err(DedupConfigError::Bands { bands: 0, num_hashes: 128 })
        );
        assert_eq!(
            DedupConfig::builder().num_hashes(8).bands(9).build(),
            Err(DedupConfigError::Bands { bands: 9, num_hashes: 8 })
        );
        assert!(DedupConfig { bands: 0, ..DedupConfig::default() }.validate().is_err());
    }

    #[test]
    fn rejects_zero_sizes() {
        assert_eq!(DedupConfig::builder().shingle(0).build(), Err(DedupConfigError::Shingle));
        assert_eq!(DedupConfig::builder().num_hashes(0).build(), Err(DedupConfigError::NumHashes));
        assert_eq!(
            DedupConfig::builder().max_bucket_comparisons(0).build(),
            Err(DedupConfigError::MaxBucketComparisons)
        );
    }

    #[test]
    fn claim_config_defaults_are_valid() {
        assert_eq!(ClaimClusterConfig::default().validate(), Ok(()));
        let c = ClaimClusterConfig::builder()
            .threshold(1.0)
            .min_docs(3)
            .across_stories(true)
            .key_weight(0.0)
            .lexicon(Lexicon::default())
            .build()
            .unwrap();
        assert_eq!((c.threshold, c.min_docs, c.across_stories, c.key_weight), (1.0, 3, true, 0.0));
    }

    #[test]
    fn claim_config_rejects_bad_thresholds() {
        for t in [0.0, -1.0, 1.5, f64::NAN] {
            let e = ClaimClusterConfig::builder().threshold(t).build().unwrap_err();
            assert!(matches!(e, ClaimClusterConfigError::Threshold(_)), "{t}");
        }
        let c = ClaimClusterConfig { threshold: f64::NAN, ..ClaimClusterConfig::default() };
        assert!(c.validate().is_err());
    }

    #[test]
    fn claim_config_rejects_bad_key_weights() {
        for w in [-0.5, f64::NAN, f64::INFINITY] {
            let e = ClaimClusterConfig::builder().key_weight(w).build().unwrap_err();
            assert!(matches!(e, ClaimClusterConfigError::KeyWeight(_)), "{w}");
        }
    }
}
