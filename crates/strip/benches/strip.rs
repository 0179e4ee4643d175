//! Throughput of `Stripper::strip` over generated scraped pages (target: ≥ 100 MB/s on one core).

use criterion::{criterion_main, Criterion, Throughput};
use newsclaim_strip::Stripper;

/// A small xorshift generator, so the pages are the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const CHROME: &[&str] = &[
    "Home",
    "World",
    "Business",
    "Sport",
    "Log In",
    "Subscribe",
    "Share",
    "Advertisement",
    "[ad_1]",
    "Menu",
    "Skip to content",
    "Most read",
    "Follow us on Facebook",
    "Tags: harbour, trade, weather",
];
const SUBJECTS: &[&str] =
    &["The port authority", "The mayor", "A spokeswoman for the council", "Union leaders", "The ministry"];
const VERBS: &[&str] =
    &["said on Monday that", "warned that", "told reporters that", "insisted that", "denied that"];
const CLAUSES: &[&str] = &[
    "the new schedule would take effect before the summer season",
    "talks with the shipping companies had stalled over the weekend",
    "the budget for the harbour repairs was not yet settled",
    "residents would be consulted before any decision was made",
    "the storm had caused more damage than first estimated",
];
const FOOTER: &[&str] = &[
    "Leave a Reply",
    "Your email address will not be published. Required fields are marked *",
    "© 2024 The Harbour Times. All rights reserved.",
    "We use cookies to improve your experience on our site.",
    "Source link",
];

fn sentence(rng: &mut Rng) -> String {
    format!("{} {} {}.", rng.pick(SUBJECTS), rng.pick(VERBS), rng.pick(CLAUSES))
}

fn page(rng: &mut Rng) -> String {
    let mut out = String::from("Harbour talks resume after the storm – Business\n");
    for _ in 0..(5 + rng.next() % 15) {
        out.push_str(rng.pick(CHROME));
        out.push('\n');
    }
    out.push_str("09:12 GMT 03.04.2021 (Updated: 10:40 GMT 03.04.2021)\nBy Jane Roe\n");
    for _ in 0..(6 + rng.next() % 12) {
        for _ in 0..(1 + rng.next() % 4) {
            out.push_str(&sentence(rng));
            out.push(' ');
        }
        out.push('\n');
        if rng.next().is_multiple_of(4) {
            out.push_str(rng.pick(CHROME));
            out.push('\n');
        }
    }
    for footer in FOOTER {
        out.push_str(footer);
        out.push('\n');
    }
    out
}

fn bench_strip(c: &mut Criterion) {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let pages: Vec<String> = (0..400).map(|_| page(&mut rng)).collect();
    let bytes: usize = pages.iter().map(String::len).sum();
    let stripper = Stripper::default();
    let mut group = c.benchmark_group("strip");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("generated_pages", |b| {
        b.iter(|| pages.iter().map(|p| stripper.strip(p).paragraphs.len()).sum::<usize>())
    });
    group.finish();
}

mod group {
    criterion::criterion_group!(benches, super::bench_strip);
}
criterion_main!(group::benches);
