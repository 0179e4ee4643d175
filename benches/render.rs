//! The renderings of one digest, timed against its JSON: `cargo bench --bench render`.
//!
//! The digest is of 20,000 documents (`RENDER_DOCS` changes it): the sample corpus in
//! `examples/data/` repeated with a serial number spliced into every copy, as in the pipeline bench,
//! so that it has many claims, clusters and near-duplicates. Each rendering is timed three times and
//! the best is kept; the table must take at most 1.5× the time of the pretty JSON.

use newsclaim::{Document, Pipeline};
use std::time::{Duration, Instant};

mod common;

fn corpus(docs: usize) -> Vec<Document> {
    let pages = common::sample_pages();
    (0..docs).map(|n| common::edition(&pages[n % pages.len()], n)).collect()
}

fn best(f: &dyn Fn() -> usize) -> (Duration, usize) {
    let mut out = (Duration::MAX, 0);
    for _ in 0..3 {
        let t = Instant::now();
        let bytes = f();
        out = (out.0.min(t.elapsed()), bytes);
    }
    out
}

fn main() {
    let n = std::env::var("RENDER_DOCS").ok().and_then(|s| s.parse().ok()).unwrap_or(20_000);
    let t = Instant::now();
    let digest = Pipeline::default().run(corpus(n));
    let claims: usize = digest.documents.iter().map(|d| d.claims.len()).sum();
    println!(
        "{n} documents, {claims} claims, {} clusters, {} stories: digested in {:.2?}",
        digest.clusters.len(),
        digest.stories.len(),
        t.elapsed()
    );
    let (json, json_bytes) = best(&|| serde_json::to_string_pretty(&digest).expect("json").len());
    let (table, table_bytes) = best(&|| newsclaim::render::table(&digest, 100).len());
    let (markdown, md_bytes) = best(&|| newsclaim::render::markdown(&digest).len());
    let (csv, csv_bytes) = best(&|| {
        let mut buf = Vec::new();
        newsclaim::cli::write_csv(&mut buf, &digest).expect("csv");
        buf.len()
    });
    for (name, time, bytes) in [
        ("json (pretty)", json, json_bytes),
        ("table", table, table_bytes),
        ("markdown", markdown, md_bytes),
        ("csv", csv, csv_bytes),
    ] {
        println!(
            "{name:<14} {:>9.1} ms  {:>6.1} MB  {:.2}× json",
            time.as_secs_f64() * 1e3,
            bytes as f64 / 1e6,
            time.as_secs_f64() / json.as_secs_f64()
        );
    }
    assert!(table.as_secs_f64() <= 1.5 * json.as_secs_f64(), "the table took more than 1.5× the JSON");
}
