//! HTML extraction throughput: `Stripper::strip_html` and rs-trafilatura on the same pages, one
//! thread, in one run, with the ratio printed at the end.
//!
//! ```text
//! cargo bench -p newsclaim-strip --features bench-trafilatura --bench html
//! NEWSCLAIM_HTML_PAGES=DIR cargo bench -p newsclaim-strip --features bench-trafilatura --bench html
//! ```
//!
//! Pages: the `*.html` files of `NEWSCLAIM_HTML_PAGES`, else of the development benchmark folder
//! beside the workspace (`../shared/bench/boilerplate-html`) when it exists, else generated pages
//! (built-in templates, fixed seed). Both extractors get the decoded text of each page.

use criterion::{criterion_main, Criterion, Throughput};
use newsclaim_strip::Stripper;
use std::time::{Duration, Instant};

fn pages() -> (String, Vec<String>) {
    let default = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/bench/boilerplate-html");
    let dir = std::env::var("NEWSCLAIM_HTML_PAGES").unwrap_or_else(|_| default.to_owned());
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p: &std::path::PathBuf| p.extension().is_some_and(|e| e == "html"));
    files.sort();
    let read: Vec<String> = files
        .iter()
        .filter_map(|p| std::fs::read(p).ok())
        .map(|b| newsclaim_strip::decode(&b, None).text.into_owned())
        .collect();
    if !read.is_empty() {
        return (format!("{} pages from {dir}", read.len()), read);
    }
    (String::from("60 generated pages"), (0..60).map(generated).collect())
}

/// A news page with chrome around an article, varied by `seed`.
fn generated(seed: u64) -> String {
    let mut x = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let mut page = String::from("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Harbour talks resume - The Gazette</title><script>var a = 1;</script></head><body>");
    page.push_str("<nav class=\"menu\"><ul>");
    for item in ["Home", "World", "Business", "Sport", "Opinion", "Weather"] {
        page.push_str(&format!("<li><a href=\"/{item}\">{item}</a></li>"));
    }
    page.push_str("</ul></nav><main><article><h1>Harbour talks resume</h1><div class=\"byline\">By Jane Doe</div><div class=\"article-body\">");
    for p in 0..(8 + next() % 12) {
        page.push_str("<p>");
        for s in 0..(2 + next() % 4) {
            page.push_str(&format!(
                "The port authority said on day {p} that talks with the {s} shipping companies would resume next week, after a storm delayed them. "
            ));
        }
        page.push_str("</p>");
        if p % 4 == 3 {
            page.push_str("<div class=\"ad-slot\">Advertisement</div>");
        }
    }
    page.push_str(
        "</div><div class=\"share\"><a href=\"#\">Share</a> <a href=\"#\">Tweet</a></div></article>",
    );
    page.push_str("<aside class=\"related\"><h3>Related</h3><ul>");
    for i in 0..10 {
        page.push_str(&format!("<li><a href=\"/a{i}\">Another story number {i} about the quay</a></li>"));
    }
    page.push_str(
        "</ul></aside></main><footer>&copy; 2024 The Gazette. All rights reserved.</footer></body></html>",
    );
    page
}

fn bench() {
    let (what, pages) = pages();
    let bytes: usize = pages.iter().map(String::len).sum();
    let stripper = Stripper::default();
    let mut c =
        Criterion::default().configure_from_args().sample_size(10).measurement_time(Duration::from_secs(8));
    let mut group = c.benchmark_group("html");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("newsclaim-strip", |b| {
        b.iter(|| pages.iter().map(|p| stripper.strip_html(p).paragraphs.len()).sum::<usize>())
    });
    group.bench_function("rs-trafilatura", |b| {
        b.iter(|| {
            pages
                .iter()
                .filter_map(|p| rs_trafilatura::extract(p).ok())
                .map(|r| r.content_text.len())
                .sum::<usize>()
        })
    });
    group.finish();

    // The ratio, measured in alternation so that both see the same machine load.
    let (mut ours, mut theirs) = (Duration::ZERO, Duration::ZERO);
    for _ in 0..3 {
        let t = Instant::now();
        std::hint::black_box(pages.iter().map(|p| stripper.strip_html(p).paragraphs.len()).sum::<usize>());
        ours += t.elapsed();
        let t = Instant::now();
        std::hint::black_box(
            pages
                .iter()
                .filter_map(|p| rs_trafilatura::extract(p).ok())
                .map(|r| r.content_text.len())
                .sum::<usize>(),
        );
        theirs += t.elapsed();
    }
    let mb = 3.0 * bytes as f64 / 1e6;
    let (a, b) = (mb / ours.as_secs_f64(), mb / theirs.as_secs_f64());
    println!(
        "\n{what}, {:.1} MB: newsclaim-strip {a:.1} MB/s, rs-trafilatura {b:.1} MB/s, ratio {:.2}x (one thread)",
        bytes as f64 / 1e6,
        a / b
    );
}

criterion_main!(bench);
