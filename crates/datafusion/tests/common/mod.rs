//! The synthetic corpus the crate's tests and bench digest (the bench includes this file).

use newsclaim_dedup::synth::{generate, SynthConfig};

/// `docs` synthetic articles of `newsclaim-dedup`'s generator (republished stories, reused wire
/// paragraphs) with `seed`, each with a paragraph of one claim that recurs across documents in
/// other words: ids and texts.
pub fn synthetic(docs: usize, seed: u64) -> (Vec<String>, Vec<String>) {
    const STATES: [&str; 6] = ["Russia", "Ukraine", "France", "Germany", "Poland", "Turkey"];
    let docs = generate(&SynthConfig { docs, seed, ..SynthConfig::default() });
    let texts = docs
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let (a, b) = (STATES[i % 6], STATES[(i / 6 + 1 + i % 6) % 6]);
            let claim = if i % 2 == 0 {
                format!("{a} demanded that {b} withdraw its troops from the border region, officials said.")
            } else {
                format!("{a} called on {b} to pull its forces back from the border region.")
            };
            format!("{}\n\n{claim}\n", d.text)
        })
        .collect();
    (docs.iter().map(|d| d.id.clone()).collect(), texts)
}
