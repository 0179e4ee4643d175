//! Trains the part-of-speech tagger and noun-phrase chunker on a UD treebank and writes the
//! built-in model.
//!
//! ```text
//! cargo run -p newsclaim-extract --release --example train_tagger -- DIR [OUT] [--dev-only]
//! ```
//!
//! `DIR` holds `train.conllu`, `dev.conllu` and `test.conllu` (UD English-EWT). The tagger is
//! first trained on train and scored on dev and test; then the final model is trained on
//! train + dev, scored on test, and written to `OUT` (default
//! `crates/extract/data/tagger/model.bin`). With `--dev-only` only the first step runs and
//! nothing is written (for choosing settings on dev).
//!
//! `train_tagger DIR --speed [ROUNDS]` instead times the built-in model on the words of
//! `test.conllu`: CPU time of this thread per word (from `/proc/thread-self/schedstat`, so
//! other processes on the machine do not count) for tagging and for tagging + chunking, the best
//! of `ROUNDS` (default 5) rounds of ten passes; and its scores on test.
//!
//! Environment overrides of [`TrainConfig`]: `EPOCHS`, `MIN_WEIGHT`, `CHUNK_MIN_WEIGHT`, `DICT_MIN_COUNT`, `MIN_TAG_COUNT`, `JACKKNIFE`.
use newsclaim_extract::tagger::{conllu, Evaluation, Scratch, Tagger, TrainConfig};
use std::path::{Path, PathBuf};
use std::time::Instant;

fn read(dir: &Path, name: &str) -> Vec<conllu::Sentence> {
    let path = dir.join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    conllu::parse(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn report(name: &str, e: &Evaluation) {
    println!(
        "{name:<5} words {:>6}  UPOS {:.2} %  XPOS {:.2} %  NP chunks P {:.2} % R {:.2} % F1 {:.2} %",
        e.words,
        100.0 * e.upos_accuracy(),
        100.0 * e.xpos_accuracy(),
        100.0 * e.chunk_precision(),
        100.0 * e.chunk_recall(),
        100.0 * e.chunk_f1()
    );
}

fn env<T: std::str::FromStr>(name: &str) -> Option<T> {
    std::env::var(name).ok().and_then(|v| v.parse().ok())
}

/// CPU time of this thread in nanoseconds (wall time where schedstat is unavailable).
fn cpu_ns(start: Instant) -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next().and_then(|v| v.parse().ok()))
        .unwrap_or_else(|| start.elapsed().as_nanos() as u64)
}

/// Passes over the test words per timed round (the CPU clock may tick every few milliseconds).
const PASSES: usize = 10;

/// Times the built-in model on the test sentences (see the module documentation).
fn speed(dir: &Path, rounds: usize) {
    let test = read(dir, "test.conllu");
    let sentences: Vec<Vec<&str>> = test.iter().map(|s| s.words()).collect();
    let words: usize = sentences.iter().map(Vec::len).sum();
    let tagger = Tagger::builtin();
    let mut scratch = Scratch::new();
    let (mut tags, mut chunks) = (Vec::new(), Vec::new());
    let start = Instant::now();
    let mut best = [f64::MAX; 2];
    let mut sink = 0usize;
    for _ in 0..rounds {
        for (b, chunk) in best.iter_mut().zip([false, true]) {
            let t0 = cpu_ns(start);
            for s in sentences.iter().cycle().take(PASSES * sentences.len()) {
                if chunk {
                    tagger.tag_chunk_into(s, &mut scratch, &mut tags, &mut chunks);
                    sink += chunks.len();
                } else {
                    tagger.tag_into(s, &mut scratch, &mut tags);
                    sink += tags.len();
                }
            }
            *b = b.min((cpu_ns(start) - t0) as f64 / (PASSES * words) as f64);
        }
    }
    report("test", &tagger.evaluate(&test));
    println!(
        "{words} words ({sink}): tag {:.1} ns/word, tag+chunk {:.1} ns/word (CPU, best of {rounds})",
        best[0], best[1]
    );
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dev_only = args.iter().any(|a| a == "--dev-only");
    let paths: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let Some(dir) = paths.first() else {
        eprintln!("usage: train_tagger DIR [OUT] [--dev-only] | DIR --speed [ROUNDS]");
        std::process::exit(2);
    };
    let dir = Path::new(dir.as_str());
    if args.iter().any(|a| a == "--speed") {
        speed(dir, paths.get(1).and_then(|r| r.parse().ok()).unwrap_or(5));
        return;
    }
    let out = paths
        .get(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("data/tagger/model.bin"));
    let mut config = TrainConfig::default();
    if let Some(e) = env("EPOCHS") {
        config.epochs = e;
    }
    if let Some(w) = env("MIN_WEIGHT") {
        config.min_weight = w;
    }
    if let Some(w) = env("CHUNK_MIN_WEIGHT") {
        config.chunk_min_weight = w;
    }
    if let Some(c) = env("JACKKNIFE") {
        config.jackknife = c;
    }
    if let Some(c) = env("MIN_TAG_COUNT") {
        config.min_tag_count = c;
    }
    if let Some(c) = env("DICT_MIN_COUNT") {
        config.dict_min_count = c;
    }
    println!("{config:?}");
    let (train, dev, test) = (read(dir, "train.conllu"), read(dir, "dev.conllu"), read(dir, "test.conllu"));

    let t = Instant::now();
    let tagger = Tagger::train(&train, &config);
    println!(
        "trained on train ({} sentences) in {:.1} s; sizes {:?}",
        train.len(),
        t.elapsed().as_secs_f64(),
        tagger.sizes()
    );
    report("dev", &tagger.evaluate(&dev));
    if dev_only {
        let bytes = tagger.to_bytes();
        println!("model size {} bytes", bytes.len());
        if let Some(path) = paths.get(1) {
            std::fs::write(path.as_str(), &bytes).unwrap_or_else(|e| panic!("{path}: {e}"));
        }
        return;
    }
    report("test", &tagger.evaluate(&test));

    let mut all = train;
    all.extend(dev);
    let t = Instant::now();
    let tagger = Tagger::train(&all, &config);
    println!(
        "final model: trained on train + dev ({} sentences) in {:.1} s",
        all.len(),
        t.elapsed().as_secs_f64()
    );
    report("test", &tagger.evaluate(&test));
    let bytes = tagger.to_bytes();
    assert_eq!(Tagger::from_bytes(&bytes).as_ref(), Ok(&tagger), "the model reads back");
    std::fs::write(&out, &bytes).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
    println!("wrote {} ({} bytes)", out.display(), bytes.len());
}
