//! Strips the given `*.txt` files repeatedly and prints bytes per second of wall time.
//!
//! ```text
//! cargo run --release -p newsclaim-strip --example throughput -- DIR [ROUNDS]
//! ```
//! Run it under `perf stat` (task-clock) to get CPU time on a busy machine.

use std::time::Instant;

use newsclaim_strip::Stripper;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = args.first().cloned().unwrap_or_else(|| ".".into());
    let rounds: usize = args.get(1).and_then(|r| r.parse().ok()).unwrap_or(20);
    let mut pages = Vec::new();
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "txt") {
                if let Ok(text) = std::fs::read_to_string(&path) {
                    pages.push(text);
                }
            }
        }
    }
    let bytes: usize = pages.iter().map(String::len).sum();
    let stripper = Stripper::default();
    let start = Instant::now();
    let mut kept = 0usize;
    for _ in 0..rounds {
        for page in &pages {
            kept += stripper.strip(page).paragraphs.len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let total = (bytes * rounds) as f64;
    println!(
        "{} pages, {:.1} MB in {secs:.2} s wall: {:.1} MB/s ({kept} paragraphs)",
        pages.len(),
        total / 1e6,
        total / 1e6 / secs
    );
}
