//! # newsclaim-datafusion
//!
//! newsclaim past one machine, on [Apache DataFusion](https://datafusion.apache.org) and its
//! distributed scheduler [Ballista](https://datafusion.apache.org/ballista/): each stage of
//! newsclaim is a SQL function over Arrow arrays, so a corpus in Parquet, CSV or JSON is stripped,
//! read for claims and compared across documents by queries that any DataFusion engine plans,
//! partitions and shuffles.
//!
//! | function | returns | by |
//! |---|---|---|
//! | `newsclaim_strip(text)` | struct: `title`, `date`, `byline`, `outlet`, `body`, `article`, `paragraphs`, `removed`, `html` ([`strip_fields`]) | `newsclaim-strip` |
//! | `newsclaim_claims(text)` | list of claim structs: `act`, `actor`, `norm`, `role`, `code`, `addressee`, `content`, `evidence` and its span, `line`, … ([`claim_fields`]) | `newsclaim-extract` |
//! | `newsclaim_minhash_bands(text)` | `List<UInt64>`: LSH band keys | `newsclaim-dedup` |
//! | `newsclaim_minhash(text)` | `List<UInt32>`: the MinHash signature | `newsclaim-dedup` |
//! | `newsclaim_minhash_similarity(a, b)` | `Float64`: estimated Jaccard similarity of two signatures | `newsclaim-dedup` |
//! | `newsclaim_paragraph_hashes(text)` | list of `{hash, start, end}`: the paragraphs, keyed for a join ([`paragraph_fields`]) | `newsclaim-dedup` |
//!
//! Each function calls its stage crate's own API ([`strip_array`], [`claims_array`],
//! [`minhash_bands_array`], [`paragraph_hashes_array`] are that API over Arrow arrays, for Rust
//! users who stream their own `RecordBatch`es); none repeats its logic.
//!
//! ```no_run
//! use datafusion::prelude::*;
//! use newsclaim_datafusion::NewsclaimContext;
//!
//! # async fn run() -> datafusion::error::Result<()> {
//! let ctx = SessionContext::new();
//! ctx.register_newsclaim();
//! ctx.register_parquet("corpus", "corpus.parquet", ParquetReadOptions::default()).await?;
//! // one row per claim
//! let claims = ctx
//!     .sql("SELECT id, unnest(newsclaim_claims(newsclaim_strip(text)['article'])) AS claim FROM corpus")
//!     .await?;
//! claims.show().await?;
//! # Ok(()) }
//! ```
//!
//! [`digest()`] runs the whole digest as SQL (the queries are in [`mod@digest`]) — near-duplicate candidates as an `unnest` of band keys
//! and a self-join, shared passages as a join on paragraph hashes, claims as an `unnest` — and
//! candidate claim pairs as a join on the claims' concepts (`newsclaim_claim_concepts`), verified
//! by `newsclaim_claim_similarity` — and writes claims, near-duplicate pairs, shared passages and
//! claim clusters to Parquet; only the small final steps (union-find over the verified pairs,
//! clustering each component of similar claims) run on the driver. With the `ballista` feature
//! (on by default), the `ballista` module sets up a scheduler and executors that know the
//! functions, so the same queries run on a cluster.

mod args;
mod claims;
mod compare;
pub mod digest;
mod near;
mod pages;
mod pairs;
mod strip;

#[cfg(feature = "ballista")]
pub mod ballista;

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

pub use claims::{claim_fields, claims_array, claims_type, ClaimsUdf};
pub use compare::{
    claim_concepts_array, claim_similarity_array, concept_count_fields, ClaimConceptsUdf, ClaimSimilarityUdf,
    COMPARED_FIELDS,
};
pub use digest::{digest, DigestOptions, DigestSummary};
pub use near::{
    minhash_array, minhash_bands_array, minhash_similarity_array, paragraph_fields, paragraph_hashes_array,
    MinhashBandsUdf, MinhashSimilarityUdf, MinhashUdf, ParagraphHashesUdf, PARAGRAPH_MIN_WORDS,
};
pub use pages::{pages_schema, read_pages, PagesFunction, PAGE_EXTENSIONS};
pub use pairs::{block_pairs_array, pair_fields, BlockPairsUdf};
pub use strip::{strip_array, strip_fields, StripUdf};

use datafusion::logical_expr::ScalarUDF;
use datafusion::prelude::SessionContext;
use std::sync::Arc;

/// newsclaim's functions with their default settings, to register with a session
/// ([`NewsclaimContext::register_newsclaim`]) or a Ballista executor's function registry.
pub fn functions() -> Vec<Arc<ScalarUDF>> {
    vec![
        Arc::new(ScalarUDF::from(StripUdf::new())),
        Arc::new(ScalarUDF::from(ClaimsUdf::new())),
        Arc::new(ScalarUDF::from(MinhashBandsUdf::new())),
        Arc::new(ScalarUDF::from(MinhashUdf::new())),
        Arc::new(ScalarUDF::from(MinhashSimilarityUdf::new())),
        Arc::new(ScalarUDF::from(ParagraphHashesUdf::new())),
        Arc::new(ScalarUDF::from(ClaimConceptsUdf::new())),
        Arc::new(ScalarUDF::from(ClaimSimilarityUdf::new())),
        Arc::new(ScalarUDF::from(BlockPairsUdf::new())),
    ]
}

/// Registers newsclaim's functions with a [`SessionContext`].
pub trait NewsclaimContext {
    /// Registers every function of [`functions`] under its name (`newsclaim_strip`, …) and the
    /// table function `newsclaim_pages` ([`PagesFunction`]), replacing functions of the same
    /// names.
    fn register_newsclaim(&self);
}

impl NewsclaimContext for SessionContext {
    fn register_newsclaim(&self) {
        for function in functions() {
            self.register_udf(ScalarUDF::clone(&function));
        }
        self.register_udtf("newsclaim_pages", Arc::new(PagesFunction));
    }
}
