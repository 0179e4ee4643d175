//! Speed of the dedup stages on a generated corpus of ~3 KB news-like documents.
//!
//! `cargo bench -p newsclaim-dedup -- --warm-up-time 1 --measurement-time 3`
//!
//! - `signature/one-core`: MinHash signatures on one thread (bar: ≥ 50,000 docs/s/core), timed
//!   in the thread's own CPU time (Linux `/proc/thread-self/schedstat`; wall time elsewhere) so
//!   that the per-core figure holds on a machine shared with other jobs.
//! - `end_to_end/sign-and-cluster-20k`: parallel signatures plus clustering, all threads (the
//!   in-memory core of `examples/dedup.rs`, which runs the 1,000,000-document scale check).
//! - `cluster_signatures/20k`: banding, verification and union-find over precomputed signatures.
//! - `cluster/exact-2k`: the batch API end to end with exact verification.
//! - `stream/insert`: the live-feed index.
//! - `claims/cluster-2k`: claim clustering over 2,000 claims that share much vocabulary.

// `criterion_group!` generates an undocumented function.
#![allow(missing_docs)]

use criterion::measurement::{Measurement, ValueFormatter};
use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use newsclaim_dedup::synth::{generate, SynthConfig};
use newsclaim_dedup::{
    cluster_claims, ClaimClusterConfig, ClaimKey, DedupConfig, NearDuplicates, Signature, StreamIndex,
    Verification,
};

fn corpus(docs: usize) -> Vec<String> {
    generate(&SynthConfig { docs, ..SynthConfig::default() }).into_iter().map(|d| d.text).collect()
}

/// CPU time consumed by the calling thread, in nanoseconds.
fn thread_cpu_ns() -> u64 {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or_else(|| START.get_or_init(std::time::Instant::now).elapsed().as_nanos() as u64)
}

/// Criterion measurement in thread CPU time.
struct ThreadCpuTime;

impl Measurement for ThreadCpuTime {
    type Intermediate = u64;
    type Value = u64;
    fn start(&self) -> u64 {
        thread_cpu_ns()
    }
    fn end(&self, started: u64) -> u64 {
        thread_cpu_ns().saturating_sub(started)
    }
    fn add(&self, a: &u64, b: &u64) -> u64 {
        a + b
    }
    fn zero(&self) -> u64 {
        0
    }
    fn to_f64(&self, value: &u64) -> f64 {
        *value as f64
    }
    fn formatter(&self) -> &dyn ValueFormatter {
        &CpuFormatter
    }
}

struct CpuFormatter;

impl ValueFormatter for CpuFormatter {
    fn scale_values(&self, typical_ns: f64, values: &mut [f64]) -> &'static str {
        let (factor, unit) = if typical_ns >= 1e6 { (1e-6, "ms cpu") } else { (1e-3, "µs cpu") };
        values.iter_mut().for_each(|v| *v *= factor);
        unit
    }
    fn scale_throughputs(&self, _typical: f64, throughput: &Throughput, values: &mut [f64]) -> &'static str {
        let per_iteration = match throughput {
            Throughput::Elements(n) | Throughput::Bytes(n) | Throughput::BytesDecimal(n) => *n as f64,
        };
        values.iter_mut().for_each(|v| *v = per_iteration * 1e9 / *v);
        match throughput {
            Throughput::Elements(_) => "elem per cpu-s",
            _ => "B per cpu-s",
        }
    }
    fn scale_for_machines(&self, _values: &mut [f64]) -> &'static str {
        "ns"
    }
}

fn signatures(c: &mut Criterion<ThreadCpuTime>) {
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
    let mut group = c.benchmark_group("end_to_end");
    group.sample_size(10);
    group.throughput(Throughput::Elements(docs.len() as u64));
    group.bench_function("sign-and-cluster-20k", |b| {
        b.iter(|| {
            use rayon::prelude::*;
            let signed: Vec<Signature> = docs.par_iter().map(|d| detector.signature(d)).collect();
            detector.cluster_signatures(&signed)
        })
    });
    group.finish();

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

criterion_group! {
    name = per_core;
    config = Criterion::default().with_measurement(ThreadCpuTime);
    targets = signatures
}
fn claims(c: &mut Criterion) {
    // Claims built from a small vocabulary so that many share words, acts and actors.
    const WORDS: [&str; 16] = [
        "troops",
        "withdrawal",
        "border",
        "sanctions",
        "talks",
        "guarantees",
        "expansion",
        "membership",
        "weapons",
        "ceasefire",
        "aid",
        "hostages",
        "treaty",
        "security",
        "elections",
        "gas",
    ];
    const ACTS: [&str; 3] = ["demand", "reject", "warn"];
    const ACTORS: [&str; 4] = ["Russia", "NATO", "United States", "China"];
    let mut state = 7u64;
    let mut next = move |n: usize| {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((state >> 33) as usize) % n
    };
    let rows: Vec<(usize, &str, &str, String)> = (0..2000)
        .map(|_| {
            let content = (0..2 + next(5)).map(|_| WORDS[next(WORDS.len())]).collect::<Vec<_>>().join(" ");
            (next(200), ACTS[next(3)], ACTORS[next(4)], content)
        })
        .collect();
    let keys: Vec<ClaimKey<'_>> =
        rows.iter().map(|(doc, act, actors, content)| ClaimKey { doc: *doc, act, actors, content }).collect();
    let config = ClaimClusterConfig::default();
    let mut group = c.benchmark_group("claims");
    group.sample_size(10);
    group.throughput(Throughput::Elements(keys.len() as u64));
    group.bench_function("cluster-2k", |b| b.iter(|| cluster_claims(&keys, &config)));
    group.finish();
}

criterion_group!(parallel, clustering, claims);
criterion_main!(per_core, parallel);
