//! Throughput of claim extraction, tokenizing included, on generated article text: `article`
//! mixes claim sentences with the background that fills most of a wire story (about one
//! sentence in three holds a claim); `claim_dense` is nothing but claim sentences, the worst case.
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
const CLAIMS: [&str; 10] = [
    "{A} on Tuesday demanded that {B} withdraw its troops from the border region.",
    "{A} rejected the proposal put forward by {B}, calling it a distraction.",
    "“We will not accept any preconditions,” {A} told reporters in the capital.",
    "{A} urged {B} to release the detained journalists and to reopen the crossings.",
    "{A} accused {B} of violating the ceasefire agreement signed in March.",
    "According to {A}, {B} must stop the shelling of civilian areas immediately.",
    "{A} has reportedly offered {B} a prisoner exchange, but no date has been set.",
    "Many of the demands are unacceptable, a senior diplomat said on condition of anonymity.",
    "{B} denied the allegations and warned of retaliation.",
    "Officials said the talks, which began in Geneva last month, could resume next week.",
];
const BACKGROUND: [&str; 10] = [
    "The weather in the region remained cold, and aid convoys moved slowly along the main road.",
    "Prices of bread and fuel rose again in the capital, where protests continued for a third day.",
    "The fighting has displaced more than 200,000 people since the start of the year, according to aid agencies.",
    "Satellite images published on Monday showed new trenches and checkpoints near the disputed crossing.",
    "The delegation arrived in the city late on Wednesday after a four-hour flight from the coast.",
    "Trade between the two countries fell by 12% last year to about $4.5 billion.",
    "Hospitals in the north reported shortages of fuel, medicine and clean water.",
    "The conflict began in April 2023 when a power struggle between rival commanders turned violent.",
    "Schools in the border towns have been closed for most of the past month.",
    "The railway line, built in the 1970s, carries most of the country's grain exports to the port.",
];

/// About `bytes` of text: paragraphs of claim sentences, with `background` background sentences
/// after each claim sentence.
fn article_text(bytes: usize, background: usize) -> String {
    let mut out = String::with_capacity(bytes + 512);
    let mut i = 0usize;
    while out.len() < bytes {
        let a = ACTORS[(i / 3) % ACTORS.len()];
        let b = OTHERS[(i / 5) % OTHERS.len()];
        out.push_str(&CLAIMS[i % CLAIMS.len()].replace("{A}", a).replace("{B}", b));
        for k in 0..background {
            out.push(' ');
            out.push_str(BACKGROUND[(i * background + k) % BACKGROUND.len()]);
        }
        out.push(if i % 2 == 1 { '\n' } else { ' ' });
        i += 1;
    }
    out
}

fn extract(c: &mut Criterion) {
    let extractor = Extractor::default();
    let mut group = c.benchmark_group("extract");
    group.sample_size(10);
    for (name, background) in [("article_1MiB", 2), ("claim_dense_1MiB", 0)] {
        let text = article_text(1 << 20, background);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| b.iter(|| black_box(extractor.extract(black_box(&text), &[])).len()));
        if background > 0 {
            // What tagging the claim sentences costs.
            let untagged = Extractor::builder().tagging(false).build();
            group.bench_function("article_1MiB_untagged", |b| {
                b.iter(|| black_box(untagged.extract(black_box(&text), &[])).len())
            });
            // The tokenizer's share of the time, for comparison.
            group.bench_function("tokenize_only_1MiB", |b| {
                b.iter(|| black_box(newsclaim_tokenize::tokenize(black_box(&text))).tokens.len())
            });
        }
    }
    group.finish();
}

criterion_group!(benches, extract);
criterion_main!(benches);
