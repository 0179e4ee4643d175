//! Throughput of words + sentences on generated English news text, against
//! `unicode_segmentation::UnicodeSegmentation::unicode_word_indices` on the same text.
//!
//! Run: `cargo bench -p newsclaim-tokenize -- --warm-up-time 1 --measurement-time 3`
//!
//! On Linux the bench measures the thread's CPU time (from `/proc/thread-self/schedstat`), so a
//! machine shared with other jobs does not skew the throughput or the ratio; set
//! `BENCH_WALL_TIME=1` (or run elsewhere) for criterion's wall clock.

#![allow(missing_docs)]

use criterion::measurement::{Measurement, ValueFormatter, WallTime};
use criterion::{black_box, BenchmarkId, Criterion, Throughput};
use newsclaim_tokenize::Tokenizer;
use unicode_segmentation::UnicodeSegmentation;

/// Sentences in the style of wire copy, written for this bench.
const SENTENCES: &[&str] = &[
    "The alliance said on Tuesday that it had sent its written response to Moscow.",
    "Officials in Brussels described the talks as difficult but necessary.",
    "Russia has massed more than 100,000 troops near the border, according to U.S. estimates.",
    "Mr. Johnson told reporters that the proposals were unacceptable in their current form.",
    "The foreign ministry did not respond to a request for comment on Wednesday.",
    "Prices rose 4.5% in January, the fastest pace since 2008, the statistics office said.",
    "Sen. Warner called the decision a mistake and demanded a vote in Congress.",
    "The Secretary-General warned that the situation could deteriorate within days.",
    "Talks are expected to resume on Feb. 14 in Geneva, two diplomats said.",
    "The company, which employs about 5,000 people, denied any wrongdoing.",
    "Analysts at the bank expect growth of 2.1 percent next year.",
    "At 17:45 GMT the delegation left the building without making a statement.",
    "The report was published on 26.01.2022 and updated the following day.",
    "Read the full statement at https://www.example.org/news/statement-2022.html for details.",
    "Journalists can write to press@example.org with questions about the summit.",
    "It isn't clear whether the government's plan will survive the vote.",
    "Protesters gathered outside the parliament (about 2,000 of them) and chanted slogans.",
    "The minister's spokesman said the offer remained on the table.",
    "Dr. Smith of St. Louis, who led the study, said the results were preliminary.",
    "Ukraine's president thanked allies for their support, his office said in a statement.",
    "The central bank kept its key rate at 3.25% and signalled no change before June.",
    "Neither side would comment on the details of the draft agreement.",
    "Shares in the group fell 12 percent after the announcement.",
    "The ambassador was summoned to explain the remarks, the ministry said.",
    "Some 300 flights were cancelled because of the strike.",
    "The U.N. Security Council will meet on Friday to discuss the crisis.",
    "Is this what the negotiators were waiting for?",
    "The talks ... were inconclusive, officials said.",
    "We will not accept any ultimatum, the deputy minister said.",
    "The proposal rejected by Washington would have barred new members from joining.",
];

/// Marsaglia's xorshift: a fixed seed makes every run bench the same text.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// About `bytes` of paragraphs of 3–6 sentences. With `curly`, every paragraph holds a quotation
/// in curly quotes and apostrophes are typographic.
fn news_text(bytes: usize, curly: bool) -> String {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let mut out = String::with_capacity(bytes + 1024);
    while out.len() < bytes {
        let n = 3 + rng.below(4);
        let quoted = rng.below(n);
        for k in 0..n {
            let s = SENTENCES[rng.below(SENTENCES.len())];
            if k > 0 {
                out.push(' ');
            }
            if curly && k == quoted {
                let body = s.trim_end_matches(['.', '?']).replace('\'', "\u{2019}");
                out.push('\u{201C}');
                out.push_str(&body);
                out.push_str(",\u{201D} a spokesman said.");
            } else if curly {
                out.push_str(&s.replace('\'', "\u{2019}"));
            } else {
                out.push_str(s);
            }
        }
        out.push_str("\n\n");
    }
    out
}

/// Nanoseconds of CPU time this thread has used, if the kernel tells.
fn thread_cpu_ns() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok()
}

/// Criterion measurement of the thread's CPU time.
struct ThreadCpuTime;

impl Measurement for ThreadCpuTime {
    type Intermediate = u64;
    type Value = u64;
    fn start(&self) -> u64 {
        thread_cpu_ns().unwrap_or(0)
    }
    fn end(&self, started: u64) -> u64 {
        thread_cpu_ns().unwrap_or(0).saturating_sub(started)
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
        &CpuTimeFormatter
    }
}

struct CpuTimeFormatter;

impl ValueFormatter for CpuTimeFormatter {
    fn scale_values(&self, _typical_ns: f64, values: &mut [f64]) -> &'static str {
        values.iter_mut().for_each(|v| *v /= 1e6);
        "ms (cpu)"
    }
    fn scale_throughputs(
        &self,
        _typical_ns: f64,
        throughput: &Throughput,
        values: &mut [f64],
    ) -> &'static str {
        let amount = match throughput {
            Throughput::Bytes(n) | Throughput::BytesDecimal(n) => *n as f64 / (1024.0 * 1024.0),
            Throughput::Elements(n) => *n as f64,
        };
        values.iter_mut().for_each(|v| *v = amount * 1e9 / *v);
        match throughput {
            Throughput::Elements(_) => "elem/s (cpu)",
            _ => "MiB/s (cpu)",
        }
    }
    fn scale_for_machines(&self, _values: &mut [f64]) -> &'static str {
        "ns"
    }
}

fn bench<M: Measurement>(c: &mut Criterion<M>) {
    let tokenizer = Tokenizer::default();
    let mut group = c.benchmark_group("tokenize");
    group.sample_size(20);
    for (name, text) in [("ascii", news_text(4 << 20, false)), ("curly", news_text(4 << 20, true))] {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("words+sentences", name), &text, |b, text| {
            b.iter(|| {
                let doc = tokenizer.tokenize(black_box(text));
                black_box((doc.tokens.len(), doc.sentences.len()))
            })
        });
        group.bench_with_input(BenchmarkId::new("tokens-only", name), &text, |b, text| {
            b.iter(|| black_box(tokenizer.tokens(black_box(text)).count()))
        });
        group.bench_with_input(BenchmarkId::new("unicode_word_indices", name), &text, |b, text| {
            b.iter(|| black_box(black_box(text).unicode_word_indices().count()))
        });
    }
    group.finish();
}

fn main() {
    let wall = std::env::var_os("BENCH_WALL_TIME").is_some() || thread_cpu_ns().is_none();
    if wall {
        let mut c = Criterion::default().with_measurement(WallTime).configure_from_args();
        bench(&mut c);
        c.final_summary();
    } else {
        let mut c = Criterion::default().with_measurement(ThreadCpuTime).configure_from_args();
        bench(&mut c);
        c.final_summary();
    }
}
