//! Speed of the dedup stages on a generated corpus of ~3 KB news-like documents.
//!
//! `cargo bench -p newsclaim-dedup --features synth -- --warm-up-time 1 --measurement-time 3`
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
//! - `cluster_claims/{25000,50000,100000}`: claim clustering at corpus scale (thread CPU time),
//!   over generated claims with a news-like concept distribution: Zipf-distributed vocabulary,
//!   a few concepts in a large share of all claims, stories reported by several outlets with
//!   varying wording, and verbatim repeats. Each doubling should cost about 2× (near-linear).
//! - `stories/{5000,10000,20000}`: story grouping of synthetic documents from their profiles
//!   (thread CPU time; profiles computed beforehand). Each doubling should cost about 2×.

// `criterion_group!` generates an undocumented function.
#![allow(missing_docs)]

use criterion::measurement::{Measurement, ValueFormatter};
use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use newsclaim_dedup::synth::{generate, SynthConfig};
use newsclaim_dedup::{
    cluster_claims, group_profiles, ClaimClusterConfig, ClaimKey, DedupConfig, NearDuplicates, Signature,
    StoryConfig, StoryDoc, StoryProfile, StreamIndex, Verification,
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
    targets = signatures, claims_at_scale, stories
}

fn stories(c: &mut Criterion<ThreadCpuTime>) {
    let config = StoryConfig::default();
    let mut group = c.benchmark_group("stories");
    group.sample_size(10);
    for count in [5_000, 10_000, 20_000] {
        let profiles: Vec<StoryProfile> =
            corpus(count).iter().map(|text| config.profile(&StoryDoc::new(text))).collect();
        group.throughput(Throughput::Elements(count as u64));
        group.bench_with_input(BenchmarkId::from_parameter(count), &profiles, |b, profiles| {
            b.iter(|| group_profiles(profiles, &[], &config))
        });
    }
    group.finish();
}

/// `count` claims as a large multi-outlet corpus yields them (see the module docs).
fn corpus_claims(count: usize) -> Vec<(usize, &'static str, String, String)> {
    const ACTS: [&str; 7] = ["demand", "demand", "reject", "warn", "propose", "accuse", "deny"];
    const COMMON: [&str; 6] = ["NATO", "Russia", "sanctions", "troops", "talks", "Ukraine"];
    const SYLLABLES: [&str; 16] =
        ["ka", "lo", "mi", "ru", "te", "sa", "no", "vi", "da", "pe", "zu", "ba", "ro", "fi", "gu", "he"];
    let mut state = 11u64;
    let mut next = move |n: usize| {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((state >> 33) as usize) % n.max(1)
    };
    let word = |i: usize| -> String {
        let mut w: String = [i % 16, i / 16 % 16, i / 256 % 16].iter().map(|&s| SYLLABLES[s]).collect();
        w.push('k');
        w
    };
    // Log-uniform (Zipf-like): small ranks are far more frequent than large ones.
    let zipf =
        |uniform: usize, range: usize| -> usize { (range as f64).powf(uniform as f64 / 1e6) as usize - 1 };
    let stories = (count / 6).max(1);
    let docs = (count / 8).max(2);
    (0..count)
        .map(|_| {
            // Story sizes are skewed (density ∝ 1/√rank): the biggest has ≈ √(6 · count) claims.
            let uniform = next(1_000_000) as f64 / 1e6;
            let story = (stories as f64 * uniform * uniform) as usize;
            let act = ACTS[story % ACTS.len()];
            let mut actor = word(2000 + (story + next(2)) % 400);
            actor[..1].make_ascii_uppercase();
            let mut words: Vec<String> = Vec::new();
            // Every story has four core words; a report uses two to four of them.
            for core in 0..4 {
                if next(4) > 0 {
                    words.push(word(1000 + (story * 4 + core) % 3000));
                }
            }
            for _ in 0..next(3) {
                words.push(word(zipf(next(1_000_000), 4000)));
            }
            if next(3) == 0 {
                words.push(COMMON[next(COMMON.len())].to_string());
            }
            (next(docs), act, actor, format!("that the {}", words.join(" ")))
        })
        .collect()
}

fn claims_at_scale(c: &mut Criterion<ThreadCpuTime>) {
    let config = ClaimClusterConfig::default();
    let mut group = c.benchmark_group("cluster_claims");
    group.sample_size(10);
    for count in [25_000, 50_000, 100_000] {
        let rows = corpus_claims(count);
        let keys: Vec<ClaimKey<'_>> = rows
            .iter()
            .map(|(doc, act, actors, content)| ClaimKey::new(*doc, act, actors, content))
            .collect();
        group.throughput(Throughput::Elements(count as u64));
        group.bench_with_input(BenchmarkId::from_parameter(count), &keys, |b, keys| {
            b.iter(|| cluster_claims(keys, &config))
        });
    }
    group.finish();
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
        rows.iter().map(|(doc, act, actors, content)| ClaimKey::new(*doc, act, *actors, content)).collect();
    let config = ClaimClusterConfig::default();
    let mut group = c.benchmark_group("claims");
    group.sample_size(10);
    group.throughput(Throughput::Elements(keys.len() as u64));
    group.bench_function("cluster-2k", |b| b.iter(|| cluster_claims(&keys, &config)));
    group.finish();
}

criterion_group!(parallel, clustering, claims);
criterion_main!(per_core, parallel);
