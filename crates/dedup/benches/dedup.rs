//! Speed of the dedup stages on a generated corpus of ~3 KB news-like documents.
//!
//! `cargo bench -p newsclaim-dedup -- --warm-up-time 1 --measurement-time 3`
//!
//! - `signature/one-core`: MinHash signatures on one thread (bar: ≥ 50,000 docs/s/core).
//! - `cluster_signatures/20k`: banding, verification and union-find over precomputed signatures.
//! - `cluster/exact-2k`: the batch API end to end with exact verification.
//! - `stream/insert`: the live-feed index.

// `criterion_group!` generates an undocumented function.
#![allow(missing_docs)]

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use newsclaim_dedup::synth::{generate, SynthConfig};
use newsclaim_dedup::{DedupConfig, NearDuplicates, Signature, StreamIndex, Verification};

fn corpus(docs: usize) -> Vec<String> {
    generate(&SynthConfig { docs, ..SynthConfig::default() }).into_iter().map(|d| d.text).collect()
}

fn signatures(c: &mut Criterion) {
    let docs = corpus(2000);
    let bytes: usize = docs.iter().map(String::len).sum();
    let detector = NearDuplicates::default();
    let mut group = c.benchmark_group("signature");
    group.throughput(Throughput::Elements(docs.len() as u64));
    group.bench_function(BenchmarkId::new("one-core", format!("{} B/doc", bytes / docs.len())), |b| {
        b.iter(|| {
            for doc in &docs {
                black_box(detector.signature(black_box(doc)));
            }
        })
    });
    group.finish();
}

fn clustering(c: &mut Criterion) {
    let docs = corpus(20_000);
    let detector =
        NearDuplicates::new(DedupConfig { verification: Verification::Signature, ..DedupConfig::default() });
    let signed: Vec<Signature> = docs.iter().map(|d| detector.signature(d)).collect();
    let mut group = c.benchmark_group("cluster_signatures");
    group.sample_size(10);
    group.throughput(Throughput::Elements(signed.len() as u64));
    group.bench_function("20k", |b| b.iter(|| detector.cluster_signatures(&signed)));
    group.finish();

    let small = &docs[..2000];
    let exact = NearDuplicates::default();
    let mut group = c.benchmark_group("cluster");
    group.sample_size(10);
    group.throughput(Throughput::Elements(small.len() as u64));
    group.bench_function("exact-2k", |b| b.iter(|| exact.cluster(small)));
    group.finish();

    let mut group = c.benchmark_group("stream");
    group.sample_size(10);
    group.throughput(Throughput::Elements(small.len() as u64));
    group.bench_function("insert", |b| {
        b.iter(|| {
            let mut index = StreamIndex::new(DedupConfig::default());
            for (i, doc) in small.iter().enumerate() {
                black_box(index.insert(i, doc));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, signatures, clustering);
criterion_main!(benches);
