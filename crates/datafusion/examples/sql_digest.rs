//! The digest of a Parquet corpus (`id`, `text`) as SQL on one `SessionContext` (all this
//! machine's cores): claims, near-duplicate pairs and groups, shared passages and claim clusters,
//! written to Parquet under the output directory.
//!
//! ```text
//! cargo run --release -p newsclaim-datafusion --example make_corpus -- --docs 10000
//! cargo run --release -p newsclaim-datafusion --example sql_digest -- corpus.parquet digest-out
//! ```

use datafusion::prelude::{ParquetReadOptions, SessionContext};
use newsclaim_datafusion::{digest, DigestOptions, NewsclaimContext};
use std::path::PathBuf;
use std::time::Instant;

#[tokio::main]
async fn main() -> datafusion::error::Result<()> {
    let mut args = std::env::args().skip(1);
    let corpus = args.next().unwrap_or_else(|| "corpus.parquet".to_owned());
    let out = PathBuf::from(args.next().unwrap_or_else(|| "digest-out".to_owned()));
    let ctx = SessionContext::new();
    ctx.register_newsclaim();
    ctx.register_parquet("corpus", &corpus, ParquetReadOptions::default()).await?;
    let started = Instant::now();
    let summary = digest(&ctx, "corpus", &out, &DigestOptions::default()).await?;
    println!("{summary:#?}");
    println!("in {:.1} s, written to {}", started.elapsed().as_secs_f64(), out.display());
    // the outputs are tables like any other
    let claims = format!("{}/", out.join("claims").display());
    ctx.register_parquet("claims", &claims, ParquetReadOptions::default()).await?;
    ctx.sql("SELECT act, actor, count(*) AS claims FROM claims GROUP BY act, actor ORDER BY claims DESC, act, actor LIMIT 10")
        .await?
        .show()
        .await?;
    Ok(())
}
