//! Invariants of near-duplicate clustering, checked on random small corpora.
//!
//! Documents are drawn from a few random "stories" with random edits, so inputs contain exact
//! copies, near-duplicates, borderline pairs and unrelated texts.

use newsclaim_dedup::{DedupConfig, NearDuplicates};
use proptest::prelude::*;

const WORDS: [&str; 24] = [
    "talks",
    "border",
    "troops",
    "minister",
    "said",
    "on",
    "the",
    "of",
    "nato",
    "treaty",
    "security",
    "demand",
    "moscow",
    "kyiv",
    "envoy",
    "sanctions",
    "gas",
    "deal",
    "vote",
    "peace",
    "army",
    "drill",
    "west",
    "east",
];

fn corpus() -> impl Strategy<Value = Vec<String>> {
    let story = prop::collection::vec(0..WORDS.len(), 5..60);
    (
        prop::collection::vec(story, 1..5),
        prop::collection::vec((0usize..5, prop::collection::vec((0usize..60, 0..WORDS.len()), 0..8)), 1..14),
    )
        .prop_map(|(stories, picks)| {
            picks
                .into_iter()
                .map(|(s, edits)| {
                    let mut words = stories[s % stories.len()].clone();
                    for (at, w) in edits {
                        let at = at % words.len();
                        words[at] = w;
                    }
                    words.iter().map(|&w| WORDS[w]).collect::<Vec<_>>().join(" ")
                })
                .collect()
        })
}

fn small_config() -> DedupConfig {
    // Short shingles so that the random short texts produce borderline pairs.
    DedupConfig { shingle: 2, ..DedupConfig::default() }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn clusters_do_not_depend_on_input_order(docs in corpus(), rotation in 0usize..14, reverse in any::<bool>()) {
        let detector = NearDuplicates::new(small_config());
        let mut order: Vec<usize> = (0..docs.len()).collect();
        order.rotate_left(rotation % docs.len());
        if reverse {
            order.reverse();
        }
        let permuted: Vec<&str> = order.iter().map(|&i| docs[i].as_str()).collect();
        let original = detector.cluster(&docs);
        let mut mapped: Vec<Vec<usize>> = detector
            .cluster(&permuted)
            .into_iter()
            .map(|c| {
                let mut c: Vec<usize> = c.into_iter().map(|i| order[i]).collect();
                c.sort_unstable();
                c
            })
            .collect();
        mapped.sort();
        prop_assert_eq!(original, mapped);
    }

    #[test]
    fn every_document_is_in_exactly_one_cluster(docs in corpus()) {
        let clusters = NearDuplicates::new(small_config()).cluster(&docs);
        let mut seen = vec![0; docs.len()];
        for cluster in &clusters {
            prop_assert!(!cluster.is_empty());
            prop_assert!(cluster.windows(2).all(|w| w[0] < w[1]));
            for &d in cluster {
                seen[d] += 1;
            }
        }
        prop_assert!(seen.iter().all(|&n| n == 1));
        prop_assert!(clusters.windows(2).all(|w| w[0][0] < w[1][0]));
    }

    /// Union-find joins transitively, so A and C may share a cluster through B even when
    /// J(A, C) < threshold. What verification guarantees: inside every cluster, the pairs at or
    /// above the threshold (exact Jaccard) connect all members — no member is there without a
    /// verified near-duplicate, and no two sub-groups are joined without one.
    #[test]
    fn clusters_are_connected_by_pairs_above_threshold(docs in corpus()) {
        let detector = NearDuplicates::new(small_config());
        let threshold = detector.config().threshold;
        for cluster in detector.cluster(&docs) {
            let mut reached = vec![cluster[0]];
            let mut frontier = vec![cluster[0]];
            while let Some(a) = frontier.pop() {
                for &b in &cluster {
                    if !reached.contains(&b) && detector.jaccard(&docs[a], &docs[b]) >= threshold {
                        reached.push(b);
                        frontier.push(b);
                    }
                }
            }
            prop_assert_eq!(reached.len(), cluster.len(), "cluster {:?} not connected", cluster);
        }
    }

    #[test]
    fn identical_documents_always_cluster(docs in corpus(), copy in 0usize..14) {
        let mut docs = docs;
        let original = docs[copy % docs.len()].clone();
        docs.push(original);
        let clusters = NearDuplicates::new(small_config()).cluster(&docs);
        let last = docs.len() - 1;
        prop_assert!(clusters.iter().any(|c| c.contains(&(copy % (docs.len() - 1))) && c.contains(&last)));
    }

    #[test]
    fn any_bytes_are_safe(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let detector = NearDuplicates::default();
        let signature = detector.signature_bytes(&bytes);
        prop_assert!(signature.is_empty() || signature.values().len() == detector.config().num_hashes);
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let clusters = detector.cluster(&[text.clone(), text]);
        prop_assert!(!clusters.is_empty());
    }
}
