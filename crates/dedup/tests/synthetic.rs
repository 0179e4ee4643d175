//! Near-duplicate detection against the synthetic corpus's ground truth, at default settings.

use newsclaim_dedup::synth::{evaluate, generate, DocKind, SynthConfig};
use newsclaim_dedup::{shared_passages, DedupConfig, NearDuplicates, StreamIndex, Verification};

fn corpus(docs: usize, seed: u64) -> Vec<newsclaim_dedup::synth::SynthDoc> {
    generate(&SynthConfig { docs, seed, ..SynthConfig::default() })
}

#[test]
fn default_threshold_meets_pair_precision_and_recall() {
    for seed in [1, 2] {
        let docs = corpus(3000, seed);
        let texts: Vec<&str> = docs.iter().map(|d| d.text.as_str()).collect();
        let truth: Vec<u64> = docs.iter().map(|d| d.story).collect();
        let clusters = NearDuplicates::default().cluster(&texts);
        let scores = evaluate(&truth, &clusters);
        assert!(scores.true_pairs > 500, "{scores:?}");
        assert!(scores.precision >= 0.98, "seed {seed}: {scores:?}");
        assert!(scores.recall >= 0.95, "seed {seed}: {scores:?}");
    }
}

#[test]
fn signature_verification_meets_the_bar_too() {
    let docs = corpus(3000, 3);
    let texts: Vec<&str> = docs.iter().map(|d| d.text.as_str()).collect();
    let truth: Vec<u64> = docs.iter().map(|d| d.story).collect();
    let detector =
        NearDuplicates::new(DedupConfig { verification: Verification::Signature, ..DedupConfig::default() });
    let signatures: Vec<_> = texts.iter().map(|t| detector.signature(t)).collect();
    let scores = evaluate(&truth, &detector.cluster_signatures(&signatures));
    assert!(scores.precision >= 0.98 && scores.recall >= 0.95, "{scores:?}");
}

#[test]
fn hard_negatives_share_a_passage_but_are_not_duplicates() {
    let docs = corpus(1500, 4);
    let detector = NearDuplicates::default();
    let hard: Vec<usize> = (0..docs.len()).filter(|&i| docs[i].kind == DocKind::HardNegative).collect();
    assert!(!hard.is_empty());
    let clusters = detector.cluster(&docs.iter().map(|d| d.text.as_str()).collect::<Vec<_>>());
    let mut cluster_of = vec![0; docs.len()];
    for (c, members) in clusters.iter().enumerate() {
        for &m in members {
            cluster_of[m] = c;
        }
    }
    // paragraphs with their byte spans, as a stripper would give them
    let units: Vec<Vec<(std::ops::Range<usize>, &str)>> = docs
        .iter()
        .map(|d| {
            let mut at = 0;
            d.text
                .split("\n\n")
                .map(|p| {
                    let span = at..at + p.len();
                    at += p.len() + 2;
                    (span, p)
                })
                .collect()
        })
        .collect();
    let passages = shared_passages(&units, 2, 8);
    for &h in &hard {
        let donor = docs[h].shares_paragraph_with.expect("donor story");
        let donor_doc = (0..docs.len())
            .find(|&i| docs[i].story == donor && docs[i].kind != DocKind::Variant)
            .expect("donor base");
        assert_ne!(cluster_of[h], cluster_of[donor_doc], "hard negative {h} merged");
        assert!(
            passages.iter().any(|p| p.documents().contains(&h) && p.documents().contains(&donor_doc)),
            "wire paragraph of {h} not reported"
        );
        for p in passages.iter().filter(|p| p.documents().contains(&h)) {
            for (d, span) in &p.occurrences {
                let unit = &docs[*d].text[span.clone()];
                assert!(!unit.is_empty());
            }
        }
    }
}

#[test]
fn stream_index_finds_variants_of_earlier_stories() {
    let docs = corpus(1000, 5);
    let mut index = StreamIndex::new(DedupConfig::default());
    let mut first_of_story = std::collections::HashMap::new();
    let (mut flagged_right, mut should_flag, mut flagged_wrong) = (0, 0, 0);
    for (i, doc) in docs.iter().enumerate() {
        let earlier = first_of_story.contains_key(&doc.story);
        match index.insert(i, &doc.text) {
            Some(j) if docs[j].story == doc.story => flagged_right += 1,
            Some(_) => flagged_wrong += 1,
            None => {}
        }
        should_flag += usize::from(earlier);
        first_of_story.entry(doc.story).or_insert(i);
    }
    assert_eq!(flagged_wrong, 0);
    assert!(flagged_right as f64 >= 0.95 * should_flag as f64, "{flagged_right}/{should_flag}");
}
