//! End to end: strip, tokenize, extract and dedup over scraped article text, on one and two threads.
//!
//! The input is the sample corpus in `examples/data/`, repeated with a serial number spliced into every
//! copy (so that dedup sees distinct documents) up to about 4 MB.
// criterion's macros generate undocumented public functions.
#![allow(missing_docs)]

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use newsclaim::{Document, Pipeline};

mod common;

fn corpus(target_bytes: usize) -> Vec<Document> {
    let pages = common::sample_pages();
    let mut docs = Vec::new();
    let mut total = 0;
    let mut n = 0usize;
    while total < target_bytes {
        for page in &pages {
            let doc = common::edition(page, n);
            if let newsclaim::Content::Text(t) = &doc.content {
                total += t.len();
            }
            docs.push(doc);
            n += 1;
        }
    }
    docs
}

fn bench_pipeline(c: &mut Criterion) {
    let docs = corpus(4 << 20);
    let bytes: usize = docs
        .iter()
        .map(|d| match &d.content {
            newsclaim::Content::Text(t) => t.len(),
            _ => 0,
        })
        .sum();
    let pipeline = Pipeline::default();
    let mut group = c.benchmark_group("pipeline");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    for threads in [1usize, 2] {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().expect("thread pool");
        group.bench_with_input(BenchmarkId::new("threads", threads), &docs, |b, docs| {
            // The input's copy is made, and the digest dropped, outside the measurement: the
            // figure is the pipeline's own throughput.
            b.iter_batched(
                || docs.clone(),
                |docs| pool.install(|| pipeline.run(docs)),
                criterion::BatchSize::LargeInput,
            );
        });
    }
    group.finish();
}

criterion_group!(benches, bench_pipeline);
criterion_main!(benches);
