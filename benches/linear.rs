//! Linear time: every stage on inputs that double from 1 MB to 32 MB, on news-like text and on
//! pathological text (runs of abbreviations, of quotes, of capitalised words, one giant line).
//! Each doubling should cost at most 2.3× the time of the size before.
//!
//! ```text
//! cargo bench --bench linear                                   # everything (tens of minutes)
//! LINEAR_MAX_MB=8 LINEAR_STAGES=tokenize,strip cargo bench --bench linear
//! ```
//!
//! `LINEAR_MAX_MB` (default 32) caps the largest input, `LINEAR_STAGES` picks stages (tokenize,
//! strip, extract, dedup-cluster, dedup-claims, pipeline) and `LINEAR_INPUTS` picks inputs (news,
//! news-one-page, abbreviations, quotes, capitalised, giant-line). Everything runs on one thread.
//! A size whose single run takes longer than `LINEAR_GIVE_UP_SECS` (default 15) ends that series: the
//! stage is not linear there, and the last line of the summary says so.
//!
//! After criterion's own report, the bench prints the median time per size and the ratio of each
//! doubling, per stage and input.
//!
//! Inputs are generated here, from a fixed seed: news pages of about 4 KB (headline, date, byline,
//! paragraphs of reported claims and ordinary sentences, ad markers, share and newsletter lines) over
//! a vocabulary of some thousands of made-up words, so that text, claims and near-duplicates vary as
//! in a real feed.

use criterion::{BenchmarkId, Criterion, SamplingMode, Throughput};
use newsclaim::dedup::{cluster_claims, ClaimClusterConfig, ClaimKey, DedupConfig, NearDuplicates};
use newsclaim::extract::{Claim, Extractor};
use newsclaim::strip::Stripper;
use newsclaim::{Document, Pipeline};
use std::collections::BTreeMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

const MB: usize = 1 << 20;

// ---------------------------------------------------------------------------------------------
// Generated text.

/// A small deterministic generator (xorshift64*), so that every run measures the same input.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// Skewed towards small indices, roughly as word frequencies are.
    fn zipf(&mut self, n: usize) -> usize {
        let u = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        ((n as f64) * u * u * u) as usize % n
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const STATES: &[&str] = &[
    "Russia",
    "Ukraine",
    "China",
    "Turkey",
    "Sweden",
    "Finland",
    "France",
    "Germany",
    "Iran",
    "Israel",
    "Japan",
    "India",
    "Brazil",
    "Egypt",
    "Poland",
    "Hungary",
    "Serbia",
    "Kosovo",
    "Armenia",
    "Azerbaijan",
    "Venezuela",
    "Colombia",
    "Pakistan",
    "Afghanistan",
    "Taiwan",
    "South Korea",
    "North Korea",
    "Syria",
    "Lebanon",
    "Qatar",
    "Saudi Arabia",
    "Nigeria",
    "Ethiopia",
    "Sudan",
    "Mexico",
    "Canada",
    "Greece",
    "Cyprus",
    "Georgia",
    "Belarus",
];
const ORGS: &[&str] = &[
    "NATO",
    "the European Union",
    "the United Nations",
    "the IMF",
    "the African Union",
    "the WHO",
    "OPEC",
    "the Red Cross",
    "the World Bank",
    "the OSCE",
];
const OFFICES: &[&str] = &[
    "Foreign Minister",
    "Prime Minister",
    "President",
    "Defence Minister",
    "spokesman",
    "spokeswoman",
    "Interior Minister",
    "ambassador",
    "envoy",
    "Finance Minister",
];
const CLAIM_VERBS: &[&str] = &[
    "demanded that",
    "rejected",
    "proposed",
    "accepted",
    "denied",
    "warned",
    "accused",
    "urged",
    "called on",
    "refused to accept",
];
const ACTIONS: &[&str] = &[
    "halt",
    "withdraw",
    "release",
    "extradite",
    "stop",
    "resume",
    "suspend",
    "lift",
    "end",
    "open",
    "close",
    "reduce",
    "freeze",
    "expand",
    "review",
    "sign",
    "ratify",
    "investigate",
];
const OBJECTS: &[&str] = &[
    "troops",
    "sanctions",
    "exercises",
    "talks",
    "the blockade",
    "prisoners",
    "the pipeline",
    "tariffs",
    "the embargo",
    "inspections",
    "flights",
    "the ceasefire",
    "the treaty",
    "the deal",
    "aid convoys",
    "the border crossing",
    "the observers",
    "the election",
    "the mission",
    "arms deliveries",
];
const PLACES: &[&str] = &[
    "near the border",
    "in the east",
    "in the capital",
    "along the coast",
    "in the disputed region",
    "before the summit",
    "within a week",
    "by the end of the month",
    "without conditions",
    "at once",
];
const DAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const JUNK: &[&str] = &[
    "[ad_1]",
    "Advertisement",
    "Share on Facebook",
    "Share on Twitter",
    "Source link",
    "Sign up for our daily newsletter",
    "Leave a Reply",
    "Read more:",
    "Photo: Reuters",
    "Related Articles",
];
const SYLLABLES: &[&str] = &[
    "ka", "re", "mi", "to", "lan", "vor", "se", "dri", "ne", "po", "tal", "ur", "ben", "si", "cor", "an",
    "mel", "do", "ri", "gon", "ve", "sta", "lu", "pen",
];

/// A vocabulary of made-up lower-case words, so that texts differ as real ones do.
fn vocabulary(rng: &mut Rng, words: usize) -> Vec<String> {
    let common = ["the", "of", "and", "to", "in", "a", "on", "for", "that", "with", "was", "is", "it", "by"];
    let mut v: Vec<String> = common.iter().map(|w| (*w).to_owned()).collect();
    while v.len() < words {
        let n = 1 + rng.below(3);
        v.push((0..n).map(|_| rng.pick(SYLLABLES)).collect());
    }
    v
}

fn name(rng: &mut Rng) -> String {
    let mut s: String = (0..2 + rng.below(2)).map(|_| rng.pick(SYLLABLES)).collect();
    s[..1].make_ascii_uppercase();
    s
}

fn actor(rng: &mut Rng) -> String {
    match rng.below(4) {
        0 => rng.pick(ORGS).to_owned(),
        1 => format!("{} {} {}", rng.pick(STATES), rng.pick(OFFICES), name(rng)),
        _ => rng.pick(STATES).to_owned(),
    }
}

fn claim_sentence(rng: &mut Rng) -> String {
    let who = actor(rng);
    let whom = rng.pick(STATES);
    let what = format!("{} {} {}", rng.pick(ACTIONS), rng.pick(OBJECTS), rng.pick(PLACES));
    let day = rng.pick(DAYS);
    match rng.below(5) {
        0 => format!("{who} on {day} urged {whom} to {what}."),
        1 => format!(
            "“We will not accept any delay,” {} {} told reporters on {day}.",
            rng.pick(OFFICES),
            name(rng)
        ),
        2 => format!("{who} rejected calls to {what}, officials said."),
        3 => format!("{who} {} {whom} {what}, according to diplomats.", rng.pick(CLAIM_VERBS)),
        _ => format!("{whom} has proposed to {what}, {who} said on {day}."),
    }
}

fn plain_sentence(rng: &mut Rng, vocab: &[String]) -> String {
    let n = 8 + rng.below(18);
    let mut s = String::new();
    for i in 0..n {
        if i > 0 {
            s.push(if rng.below(12) == 0 { ',' } else { ' ' });
            if s.ends_with(',') {
                s.push(' ');
            }
        }
        if rng.below(9) == 0 {
            s.push_str(rng.pick(STATES));
        } else {
            s.push_str(&vocab[rng.zipf(vocab.len())]);
        }
    }
    s[..1].make_ascii_uppercase();
    s.push('.');
    s
}

/// One scraped news page of about 4 KB.
fn news_page(rng: &mut Rng, vocab: &[String], serial: usize) -> String {
    let mut page = String::new();
    if rng.below(2) == 0 {
        page.push_str(rng.pick(JUNK));
        page.push('\n');
    }
    let title = plain_sentence(rng, vocab);
    page.push_str(title.trim_end_matches('.'));
    page.push_str(" – World\n");
    page.push_str(&format!(
        "2026-{:02}-{:02} {:02}:{:02}\n",
        1 + rng.below(12),
        1 + rng.below(28),
        rng.below(24),
        rng.below(60)
    ));
    page.push_str(&format!("By {} {}\n\n", name(rng), name(rng)));
    let paragraphs = 5 + rng.below(6);
    for _ in 0..paragraphs {
        let sentences = 2 + rng.below(3);
        for k in 0..sentences {
            if k > 0 {
                page.push(' ');
            }
            if rng.below(3) == 0 {
                page.push_str(&claim_sentence(rng));
            } else {
                page.push_str(&plain_sentence(rng, vocab));
            }
        }
        page.push_str("\n\n");
        if rng.below(6) == 0 {
            page.push_str(rng.pick(JUNK));
            page.push_str("\n\n");
        }
    }
    page.push_str(&format!("Story {serial}. Source link\n"));
    page
}

/// News pages adding up to `bytes`.
fn news_pages(bytes: usize) -> Vec<String> {
    let mut rng = Rng(0x5eed_0001);
    let vocab = vocabulary(&mut rng, 4000);
    let mut pages = Vec::new();
    let mut total = 0;
    while total < bytes {
        let page = news_page(&mut rng, &vocab, pages.len());
        total += page.len();
        pages.push(page);
    }
    pages
}

/// Pathological text of `bytes` bytes, built by `piece` until long enough.
fn pathological(bytes: usize, mut piece: impl FnMut(&mut Rng, &mut String)) -> String {
    let mut rng = Rng(0x5eed_0002);
    let mut s = String::with_capacity(bytes + 256);
    while s.len() < bytes {
        piece(&mut rng, &mut s);
    }
    s
}

/// A long run of abbreviations and initials, with a few words between them.
fn abbreviations(bytes: usize) -> String {
    const ABBREVIATIONS: &[&str] = &[
        "U.S.", "U.N.", "E.U.", "U.K.", "Mr.", "Dr.", "St.", "Gen.", "Jan.", "No.", "e.g.", "i.e.", "p.m.",
        "Inc.",
    ];
    pathological(bytes, |rng, s| {
        for _ in 0..8 {
            s.push_str(rng.pick(ABBREVIATIONS));
            s.push(' ');
        }
        s.push_str(&name(rng));
        s.push_str(if rng.below(20) == 0 { "\n" } else { " " });
    })
}

/// Runs of quotation marks, opened and seldom closed, around claim-like words.
fn quotes(bytes: usize) -> String {
    const MARKS: &[&str] = &["“", "”", "‘", "’", "\"", "'", "«", "»", "„"];
    pathological(bytes, |rng, s| {
        for _ in 0..1 + rng.below(6) {
            s.push_str(rng.pick(MARKS));
        }
        s.push_str(rng.pick(STATES));
        s.push(' ');
        s.push_str(rng.pick(&["said", "demands", "we reject", "told", "warned"]));
        s.push(' ');
        if rng.below(40) == 0 {
            s.push('\n');
        }
    })
}

/// Capitalised words without a sentence end: one endless name.
fn capitalised(bytes: usize) -> String {
    pathological(bytes, |rng, s| {
        match rng.below(3) {
            0 => s.push_str(rng.pick(STATES)),
            1 => s.push_str(rng.pick(OFFICES)),
            _ => s.push_str(&name(rng)),
        }
        s.push(' ');
        if rng.below(5000) == 0 {
            s.push('\n');
        }
    })
}

/// News sentences on one line: no line break at all.
fn giant_line(bytes: usize) -> String {
    let mut rng = Rng(0x5eed_0003);
    let vocab = vocabulary(&mut rng, 4000);
    pathological(bytes, |_, s| {
        let sentence =
            if rng.below(3) == 0 { claim_sentence(&mut rng) } else { plain_sentence(&mut rng, &vocab) };
        s.push_str(&sentence);
        s.push(' ');
    })
}

/// The inputs: each is a list of documents (many for news, one for the pathological texts).
fn input(kind: &str, bytes: usize) -> Vec<String> {
    match kind {
        "news" => news_pages(bytes),
        "news-one-page" => vec![news_pages(bytes).concat()],
        "abbreviations" => vec![abbreviations(bytes)],
        "quotes" => vec![quotes(bytes)],
        "capitalised" => vec![capitalised(bytes)],
        "giant-line" => vec![giant_line(bytes)],
        _ => unreachable!("unknown input {kind}"),
    }
}

/// Cuts one text into documents of about 4 KB (on character boundaries), for dedup.
fn chunks(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let mut end = (start + 4096).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        out.push(&text[start..end]);
        start = end;
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Measuring.

/// Per-iteration times, by (stage, input, size in MB).
static TIMES: Mutex<BTreeMap<(String, String, usize), Vec<f64>>> = Mutex::new(BTreeMap::new());

fn env_list(name: &str, all: &[&'static str]) -> Vec<&'static str> {
    match std::env::var(name) {
        Ok(v) => all.iter().copied().filter(|s| v.split(',').any(|w| w.trim() == *s)).collect(),
        Err(_) => all.to_vec(),
    }
}

const STAGES: &[&str] = &["tokenize", "strip", "extract", "dedup-cluster", "dedup-claims", "pipeline"];
const INPUTS: &[&str] = &["news", "news-one-page", "abbreviations", "quotes", "capitalised", "giant-line"];

/// One run of `stage` over `docs`; returns something derived from the result so it is not optimised away.
fn run_stage(stage: &str, docs: &[String], claims: &[Vec<Claim<'_>>], pipeline: &Pipeline) -> usize {
    match stage {
        "tokenize" => docs.iter().map(|d| newsclaim::tokenize::tokenize(d).tokens.len()).sum(),
        "strip" => {
            let stripper = Stripper::default();
            docs.iter().map(|d| stripper.strip(d).paragraphs.len()).sum()
        }
        "extract" => {
            let extractor = Extractor::default();
            docs.iter().map(|d| extractor.extract(d, &[]).len()).sum()
        }
        "dedup-cluster" => {
            let pieces: Vec<&str> = docs.iter().flat_map(|d| chunks(d)).collect();
            NearDuplicates::new(DedupConfig::default()).cluster(&pieces).len()
        }
        "dedup-claims" => {
            let keys: Vec<ClaimKey<'_>> = claims
                .iter()
                .enumerate()
                .flat_map(|(doc, cs)| {
                    cs.iter().map(move |c| {
                        ClaimKey::new(
                            doc,
                            c.act.as_str(),
                            c.actor.norms.first().map_or(&*c.actor.text, String::as_str),
                            c.content.as_ref().map_or("", |p| &*p.text),
                        )
                    })
                })
                .collect();
            cluster_claims(&keys, &ClaimClusterConfig::default()).len()
        }
        "pipeline" => {
            let documents =
                docs.iter().enumerate().map(|(i, d)| Document::from_text(format!("d{i}"), d.as_str()));
            pipeline.run(documents).documents.len()
        }
        _ => unreachable!("unknown stage {stage}"),
    }
}

fn bench_linear(c: &mut Criterion) {
    let max_mb: usize = std::env::var("LINEAR_MAX_MB").ok().and_then(|v| v.parse().ok()).unwrap_or(32);
    let give_up = Duration::from_secs_f64(
        std::env::var("LINEAR_GIVE_UP_SECS").ok().and_then(|v| v.parse().ok()).unwrap_or(15.0),
    );
    let sizes: Vec<usize> = (0..).map(|k| 1usize << k).take_while(|&mb| mb <= max_mb).collect();
    let stages = env_list("LINEAR_STAGES", STAGES);
    let inputs = env_list("LINEAR_INPUTS", INPUTS);
    let pool = rayon::ThreadPoolBuilder::new().num_threads(1).build().expect("a one-thread pool");
    let pipeline = Pipeline::default();
    let extractor = Extractor::default();

    for kind in &inputs {
        let mut stopped: Vec<&str> = Vec::new();
        for &mb in &sizes {
            let docs = input(kind, mb * MB);
            let bytes: usize = docs.iter().map(String::len).sum();
            let claims: Vec<Vec<Claim<'_>>> = if stages.contains(&"dedup-claims") {
                docs.iter().map(|d| extractor.extract(d, &[])).collect()
            } else {
                Vec::new()
            };
            for stage in &stages {
                if stopped.contains(stage) {
                    continue;
                }
                // One timed run first: a stage that is clearly not linear is not run ten more times.
                let started = Instant::now();
                pool.install(|| run_stage(stage, &docs, &claims, &pipeline));
                let once = started.elapsed();
                if once > give_up {
                    TIMES
                        .lock()
                        .unwrap()
                        .insert((stage.to_string(), kind.to_string(), mb), vec![once.as_secs_f64()]);
                    eprintln!("{stage}/{kind}/{mb}MB: one run took {once:.1?}, over the limit; larger sizes skipped");
                    stopped.push(stage);
                    continue;
                }
                let mut group = c.benchmark_group(format!("linear/{stage}/{kind}"));
                group.sample_size(10).sampling_mode(SamplingMode::Flat);
                group.warm_up_time(Duration::from_millis(100)).measurement_time(Duration::from_secs(1));
                group.throughput(Throughput::Bytes(bytes as u64));
                group.bench_with_input(BenchmarkId::from_parameter(format!("{mb}MB")), &docs, |b, docs| {
                    b.iter_custom(|iters| {
                        let started = Instant::now();
                        for _ in 0..iters {
                            criterion::black_box(pool.install(|| run_stage(stage, docs, &claims, &pipeline)));
                        }
                        let took = started.elapsed();
                        TIMES
                            .lock()
                            .unwrap()
                            .entry((stage.to_string(), kind.to_string(), mb))
                            .or_default()
                            .push(took.as_secs_f64() / iters as f64);
                        took
                    });
                });
                group.finish();
            }
        }
    }
}

/// Median time per size and the ratio of each doubling, per stage and input. On a shared machine
/// single ratios are noisy (and one doubling may cross the last-level cache), so the verdict is on
/// the geometric mean of the ratios, (t_last / t_first)^(1 / doublings); the largest single ratio is
/// shown beside it.
fn print_ratios() {
    let times = TIMES.lock().unwrap();
    let mut series: BTreeMap<(String, String), Vec<(usize, f64)>> = BTreeMap::new();
    for ((stage, kind, mb), samples) in times.iter() {
        let mut s = samples.clone();
        s.sort_by(f64::total_cmp);
        series.entry((stage.clone(), kind.clone())).or_default().push((*mb, s[s.len() / 2]));
    }
    println!("\nlinear: median seconds per size; time ratio per doubling (bar: ≤ 2.3)");
    println!("{:>14} {:<14} {:<10} {:>5} {:>5}  ratios / times", "stage", "input", "verdict", "mean", "max");
    for ((stage, kind), mut points) in series {
        points.sort_by_key(|p| p.0);
        let times: Vec<String> = points.iter().map(|(mb, t)| format!("{mb}MB {t:.3}s")).collect();
        let ratios: Vec<f64> = points.windows(2).map(|w| w[1].1 / w[0].1).collect();
        let worst = ratios.iter().copied().fold(0.0, f64::max);
        let mean = match (points.first(), points.last()) {
            (Some(a), Some(b)) if !ratios.is_empty() => (b.1 / a.1).powf(1.0 / ratios.len() as f64),
            _ => f64::NAN,
        };
        let verdict = if mean <= 2.3 { "ok" } else { "NOT LINEAR" };
        let ratios: Vec<String> = ratios.iter().map(|r| format!("{r:.2}")).collect();
        println!(
            "{stage:>14} {kind:<14} {verdict:<10} {mean:>5.2} {worst:>5.2}  [{}]  [{}]",
            ratios.join(" "),
            times.join(", ")
        );
    }
}

fn main() {
    let mut criterion = Criterion::default().configure_from_args();
    bench_linear(&mut criterion);
    criterion.final_summary();
    print_ratios();
}
