//! # newsclaim-dedup
//!
//! The kinds of duplication a news reader meets, in one crate:
//!
//! 1. **Near-duplicate articles** — the same story republished by another outlet or crawled
//!    twice. [`NearDuplicates`] computes one-permutation MinHash [`Signature`]s over word
//!    shingles, proposes candidates by LSH banding, verifies each candidate pair and joins the
//!    verified pairs with union-find. [`StreamIndex`] answers "have I seen this story?" for a
//!    live feed in O(1) expected time per document. [`DedupConfig::builder`] validates the
//!    settings (0 bands or a threshold outside `(0, 1]` would silently find nothing).
//! 2. **Shared passages** — wire paragraphs reused inside different stories:
//!    [`shared_passages`] reports each with every document and span it occurs in.
//! 3. **Stories** — the documents that report one event, whoever published them:
//!    [`group_stories`] compares [`StoryProfile`]s (capitalised names, the caller's normalised
//!    actors, numbers and content words weighted by their rarity in generic English, from a
//!    background document-frequency table compiled in) by cosine, within an optional time window,
//!    with near-duplicates as sure links, and groups them by average linkage, so one shared name
//!    does not chain two stories together. [`StoryConfig::builder`] validates the settings.
//! 4. **Claim clusters** — claims from different sources that say the same thing in other words:
//!    [`cluster_claims`] groups claims with the same act, compatible actors and similar content
//!    after normalisation (case, stemming, stopwords, synonym and derivation sets kept as data).
//!    It is linear in the number of claims (identical claims collapse into one weighted node,
//!    candidate pairs come from the claims' rarer concepts, work per claim is capped): see its
//!    cost model. [`ClaimClusterConfig::builder`] validates the settings.
//!
//! ```
//! use newsclaim_dedup::{DedupConfig, NearDuplicates, StreamIndex};
//!
//! let story = "Foreign ministers from both countries will meet in Geneva on Friday to discuss \
//!              the security proposals, officials said on Tuesday after weeks of tension.";
//! let reprint = format!("WORLD NEWS | {story} Read more on our website.");
//! let other = "The central bank kept its main interest rate unchanged on Thursday, citing \
//!              persistent inflation and a weaker outlook for exports this year.";
//!
//! let detector = NearDuplicates::new(DedupConfig::default());
//! // Every document is in exactly one cluster; duplicates share one.
//! assert_eq!(detector.cluster(&[story, other, &reprint]), vec![vec![0, 2], vec![1]]);
//!
//! // Signatures and band keys are pure functions: compute them anywhere.
//! let signature = detector.signature(story);
//! assert_eq!(detector.band_keys(&signature).count(), detector.config().bands);
//!
//! // A live feed.
//! let mut seen = StreamIndex::new(DedupConfig::default());
//! assert_eq!(seen.insert("wire-1", story), None);
//! assert_eq!(seen.insert("outlet-7", &reprint), Some("wire-1"));
//! assert!(!seen.seen(other));
//! ```
//!
//! Clusters are the connected components of verified pairs: A and C share a cluster when A–B
//! and B–C are both near-duplicates, even if A–C alone is below the threshold. Every member is
//! linked to the rest of its cluster through pairs verified at or above the threshold.
//!
//! For corpora beyond one machine, [`NearDuplicates::signature`] and
//! [`NearDuplicates::band_keys`] are pure per-document functions: shuffle `(band key, doc)` on
//! the key, verify pairs within buckets, and run connected components on the verified edges (the
//! crate README spells out the mapping); [`NearDuplicates::cluster_signatures`] does the last
//! steps on one machine.
//!
//! Claim clustering is generic over the caller's claim type through [`ClaimKey`]:
//!
//! ```
//! use newsclaim_dedup::{cluster_claims, ClaimClusterConfig, ClaimKey};
//!
//! let claims = [
//!     ClaimKey::new(0, "demand", "Russia", "a halt to NATO expansion"),
//!     ClaimKey::new(1, "demand", "Russia", "that NATO stop expanding eastward"),
//!     ClaimKey::new(1, "reject", "NATO", "the Russian demands"),
//!     // several actors, and the addressee
//!     ClaimKey::new(0, "accuse", &["Nebraska", "Oklahoma"], "marijuana flowing over the state line")
//!         .addressees("Colorado"),
//!     ClaimKey::new(1, "accuse", "Oklahoma", "marijuana from Colorado flowing into the state")
//!         .addressees("Colorado"),
//! ];
//! let clusters = cluster_claims(&claims, &ClaimClusterConfig::default());
//! assert_eq!(clusters.len(), 2);
//! assert_eq!(clusters[0].members, vec![0, 1]);
//! assert_eq!(clusters[1].members, vec![3, 4]);
//! ```
#![deny(missing_docs)]

mod claims;
mod config;
mod fast_hash;
mod linkage;
mod minhash;
mod near;
mod passages;
pub mod shingle;
mod stories;
mod stream;
#[cfg(feature = "synth")]
pub mod synth;
mod union_find;

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

pub use claims::{
    claim_similarity, cluster_claims, cluster_claims_with_frequencies, ClaimCluster, ClaimClusterConfig,
    ClaimKey, ConceptFrequencies, Lexicon, Names,
};
pub use config::{
    ClaimClusterConfigBuilder, ClaimClusterConfigError, DedupConfig, DedupConfigBuilder, DedupConfigError,
    Verification,
};
pub use minhash::Signature;
pub use near::NearDuplicates;
pub use passages::{passage_key, shared_passages, Passage, PassageIndex};
pub use stories::{
    group_profiles, group_stories, Story, StoryConfig, StoryConfigBuilder, StoryConfigError, StoryDoc,
    StoryProfile,
};
pub use stream::StreamIndex;
pub use union_find::UnionFind;
