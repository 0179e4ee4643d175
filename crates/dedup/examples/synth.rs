//! Writes a synthetic news corpus with ground truth as JSONL, one document a line:
//! `{"id": "d0", "text": "…", "story": 17, "kind": "variant", "shares_paragraph_with": null}`.
//!
//! ```text
//! cargo run -p newsclaim-dedup --release --features synth --example synth -- OUT.jsonl [DOCS] [SEED] [BYTES]
//! ```
//! `story` is the ground truth: documents are near-duplicates exactly when it is equal. The
//! `dedup` example reads the same file and scores itself against `story` when present.

use std::io::{BufWriter, Write};

use newsclaim_dedup::synth::{stream, SynthConfig};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: synth OUT.jsonl [DOCS=10000] [SEED=42] [BYTES=3000]");
        std::process::exit(2);
    };
    let number = |i: usize, default: u64| -> Result<u64, std::num::ParseIntError> {
        args.get(i).map_or(Ok(default), |s| s.parse())
    };
    let config = SynthConfig {
        docs: number(1, 10_000)? as usize,
        seed: number(2, 42)?,
        target_bytes: number(3, 3000)? as usize,
        ..SynthConfig::default()
    };
    let started = std::time::Instant::now();
    let mut out = BufWriter::with_capacity(1 << 20, std::fs::File::create(path)?);
    let mut bytes = 0usize;
    for doc in stream(&config) {
        bytes += doc.text.len();
        serde_json::to_writer(&mut out, &doc)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    eprintln!(
        "wrote {} documents ({:.1} MB of text) to {path} in {:.1?}",
        config.docs,
        bytes as f64 / 1e6,
        started.elapsed()
    );
    Ok(())
}
