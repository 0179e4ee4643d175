//! The dedup index: near-duplicate clusters, the stream index, shared passages and claim
//! clusters over documents cut from the input at U+001E.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsclaim::dedup::{
    cluster_claims, shared_passages, ClaimClusterConfig, ClaimKey, DedupConfig, NearDuplicates, StreamIndex,
};
use newsclaim::tokenize::decode_lossy;
use newsclaim_fuzz::{check_partition, check_range, lines_with_spans, DOC_SEPARATOR};
use std::sync::OnceLock;

fuzz_target!(|data: &[u8]| {
    static CLAIMS: OnceLock<ClaimClusterConfig> = OnceLock::new();
    let decoded = decode_lossy(data);
    let text: &str = &decoded.text;
    let docs: Vec<&str> = text.split(DOC_SEPARATOR).collect();

    let near = NearDuplicates::new(DedupConfig::default());
    let clusters = near.cluster(&docs);
    check_partition(&clusters, docs.len());
    let signatures: Vec<_> = docs.iter().map(|d| near.signature(d)).collect();
    check_partition(&near.cluster_signatures(&signatures), docs.len());
    for d in &docs {
        assert_eq!(near.signature(d), near.signature_bytes(d.as_bytes()));
        let j = near.jaccard(d, d);
        assert!(j.is_nan() || (0.0..=1.0).contains(&j), "jaccard {j}");
    }

    let mut stream = StreamIndex::with_window(DedupConfig::default(), 4);
    for (i, d) in docs.iter().enumerate() {
        if let Some(earlier) = stream.insert(i, d) {
            assert!(earlier < i);
        }
    }

    let units: Vec<_> = docs.iter().map(|d| lines_with_spans(d)).collect();
    for p in shared_passages(&units, 2, 1) {
        assert!(p.documents().len() >= 2);
        for (d, span) in &p.occurrences {
            check_range(docs[*d], span, "passage");
        }
    }

    // Claim keys from tab-separated lines: act, actors, content.
    let keys: Vec<ClaimKey<'_>> = docs
        .iter()
        .enumerate()
        .flat_map(|(doc, d)| {
            d.lines().map(move |line| {
                let mut f = line.splitn(3, '\t');
                let (act, actors, content) =
                    (f.next().unwrap_or(""), f.next().unwrap_or(""), f.next().unwrap_or(""));
                ClaimKey { doc, act, actors, content }
            })
        })
        .collect();
    for c in cluster_claims(&keys, CLAIMS.get_or_init(ClaimClusterConfig::default)) {
        assert!(!c.members.is_empty() && c.members.iter().all(|&m| m < keys.len()));
        assert!(c.members.contains(&c.representative));
    }
});
