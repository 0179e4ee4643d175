//! Near-duplicate clusters of a JSONL corpus, at scale.
//!
//! ```text
//! cargo run -p newsclaim-dedup --release --features synth --example dedup -- FILE.jsonl [--threshold 0.5] [--out clusters.json]
//! ```
//! Input: one `{"id": …, "text": "…"}` per line (`id` a string or a number, echoed as given).
//! Output (stdout or `--out`): `{"documents": N, "clusters": [[id, id, …], …]}` with the clusters
//! of two or more documents, members in input order, clusters ordered by first member.
//!
//! The file is streamed: lines are parsed and signed in parallel batches and only the
//! signatures (512 bytes per document with the default 128 hashes) are kept, so memory does not
//! grow with text size. Candidates are therefore verified with the signature estimate
//! ([`Verification::Signature`]). If lines carry a ground-truth `"story"` number (as written by
//! the `synth` example), pair precision and recall are printed to stderr.

use std::io::{BufRead, BufReader, BufWriter, Write};
use std::time::Instant;

use newsclaim_dedup::{synth::evaluate, DedupConfig, NearDuplicates, Signature, Verification};
use rayon::prelude::*;

#[derive(serde::Deserialize)]
struct Line {
    id: serde_json::Value,
    text: String,
    story: Option<u64>,
}

const BATCH: usize = 16_384;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let mut path = None;
    let mut out_path = None;
    let mut config = DedupConfig::builder().verification(Verification::Signature);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--threshold" => config = config.threshold(args.next().ok_or("--threshold VALUE")?.parse()?),
            "--out" => out_path = Some(args.next().ok_or("--out FILE")?),
            _ => path = Some(arg),
        }
    }
    let Some(path) = path else {
        eprintln!("usage: dedup FILE.jsonl [--threshold 0.5] [--out clusters.json]");
        std::process::exit(2);
    };
    let detector = NearDuplicates::new(config.build()?);

    let started = Instant::now();
    // Reading is sequential; parsing and signing are parallel. A reader thread keeps the next
    // batches coming while the pool signs the current one.
    let file = std::fs::File::open(&path)?;
    let (sender, batches) = std::sync::mpsc::sync_channel::<Vec<String>>(2);
    let reader_thread = std::thread::spawn(move || -> std::io::Result<()> {
        let mut reader = BufReader::with_capacity(1 << 22, file);
        loop {
            let mut batch = Vec::with_capacity(BATCH);
            for _ in 0..BATCH {
                let mut line = String::new();
                if reader.read_line(&mut line)? == 0 {
                    break;
                }
                if !line.trim().is_empty() {
                    batch.push(line);
                }
            }
            if batch.is_empty() || sender.send(batch).is_err() {
                return Ok(());
            }
        }
    });
    let mut ids: Vec<serde_json::Value> = Vec::new();
    let mut signatures: Vec<Signature> = Vec::new();
    let mut truth: Vec<u64> = Vec::new();
    let mut has_truth = true;
    let mut bytes = 0usize;
    let mut bad_lines = 0usize;
    for batch in batches {
        bytes += batch.iter().map(String::len).sum::<usize>();
        let signed: Vec<Option<(serde_json::Value, Signature, Option<u64>)>> = batch
            .par_iter()
            .map(|line| {
                let parsed: Line = serde_json::from_str(line).ok()?;
                let signature = detector.signature(&parsed.text);
                Some((parsed.id, signature, parsed.story))
            })
            .collect();
        for entry in signed {
            // A line that is not a document becomes a wordless document: it keeps its place
            // (documents in = documents out) and is a duplicate of nothing.
            let (id, signature, story) = entry.unwrap_or_else(|| {
                bad_lines += 1;
                (serde_json::Value::Null, Signature::from_values(Vec::new()), None)
            });
            has_truth &= story.is_some();
            truth.push(story.unwrap_or(u64::MAX - truth.len() as u64));
            ids.push(id);
            signatures.push(signature);
        }
    }
    reader_thread.join().map_err(|_| "reader thread panicked")??;
    let signed_at = started.elapsed();
    let clusters = detector.cluster_signatures(&signatures);
    let clustered_at = started.elapsed();

    let duplicate_groups: Vec<&Vec<usize>> = clusters.iter().filter(|c| c.len() > 1).collect();
    let output = serde_json::json!({
        "documents": ids.len(),
        "clusters": duplicate_groups
            .iter()
            .map(|c| c.iter().map(|&d| ids[d].clone()).collect::<Vec<_>>())
            .collect::<Vec<_>>(),
    });
    match &out_path {
        Some(p) => {
            let mut w = BufWriter::new(std::fs::File::create(p)?);
            serde_json::to_writer(&mut w, &output)?;
            w.flush()?;
        }
        None => {
            let stdout = std::io::stdout();
            let mut w = BufWriter::new(stdout.lock());
            serde_json::to_writer(&mut w, &output)?;
            w.write_all(b"\n")?;
            w.flush()?;
        }
    }
    let total = started.elapsed();
    let docs = ids.len();
    eprintln!(
        "{docs} documents ({:.2} GB, {bad_lines} unreadable lines) on {} threads: read+sign {:.1?}, \
         cluster {:.1?}, total {:.1?} ({:.0} docs/s); {} duplicate groups covering {} documents",
        bytes as f64 / 1e9,
        rayon::current_num_threads(),
        signed_at,
        clustered_at - signed_at,
        total,
        docs as f64 / total.as_secs_f64(),
        duplicate_groups.len(),
        duplicate_groups.iter().map(|c| c.len()).sum::<usize>(),
    );
    if has_truth && docs > 0 {
        let scores = evaluate(&truth, &clusters);
        eprintln!(
            "against ground truth: pair precision {:.4} recall {:.4} ({} correct of {} predicted, {} true pairs)",
            scores.precision, scores.recall, scores.correct_pairs, scores.predicted_pairs, scores.true_pairs
        );
    }
    Ok(())
}
