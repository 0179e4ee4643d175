//! Throughput of claim extraction, tokenizing included, on generated article text.
#![allow(missing_docs)]

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsclaim_extract::Extractor;
use std::hint::black_box;

const ACTORS: [&str; 8] = [
    "Russia",
    "The European Union",
    "Chinese Foreign Ministry spokesman Wang Wenbin",
    "Iran",
    "NATO Secretary-General Jens Stoltenberg",
    "The Ethiopian government",
    "Western countries",
    "Israeli Prime Minister Benjamin Netanyahu",
];
const OTHERS: [&str; 6] = ["Ukraine", "the United States", "Hamas", "Sudan", "the Taliban", "Venezuela"];
const FRAMES: [&str; 12] = [
    "{A} on Tuesday demanded that {B} withdraw its troops from the border region.",
    "{A} rejected the proposal put forward by {B}, calling it a distraction.",
    "“We will not accept any preconditions,” {A} told reporters in the capital.",
    "{A} urged {B} to release the detained journalists and to reopen the crossings.",
    "Officials said the talks, which began in Geneva last month, could resume next week.",
    "{A} accused {B} of violating the ceasefire agreement signed in March.",
    "The weather in the region remained cold, and aid convoys moved slowly along the main road.",
    "According to {A}, {B} must stop the shelling of civilian areas immediately.",
    "{A} has reportedly offered {B} a prisoner exchange, but no date has been set.",
    "Many of the demands are unacceptable, a senior diplomat said on condition of anonymity.",
    "{B} denied the allegations and warned of retaliation.",
    "Prices of bread and fuel rose again in the capital, where protests continued for a third day.",
];

/// About `bytes` of article text: paragraphs of sentences from the frames above.
fn article_text(bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 512);
    let mut i = 0usize;
    while out.len() < bytes {
        let frame = FRAMES[i % FRAMES.len()];
        let a = ACTORS[(i / 3) % ACTORS.len()];
        let b = OTHERS[(i / 5) % OTHERS.len()];
        out.push_str(&frame.replace("{A}", a).replace("{B}", b));
        out.push(if i % 4 == 3 { '\n' } else { ' ' });
        i += 1;
    }
    out
}

fn extract(c: &mut Criterion) {
    let text = article_text(1 << 20);
    let extractor = Extractor::default();
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(10);
    group.bench_function("generated_1MiB", |b| {
        b.iter(|| black_box(extractor.extract(black_box(&text), &[])).len())
    });
    // The tokenizer's share of the time, for comparison.
    group.bench_function("tokenize_only_1MiB", |b| {
        b.iter(|| black_box(newsclaim_tokenize::tokenize(black_box(&text))).tokens.len())
    });
    group.finish();
}

criterion_group!(benches, extract);
criterion_main!(benches);
