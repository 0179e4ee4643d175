//! Results serialize with the optional `serde` feature (`cargo test -p newsclaim-dedup --features
//! serde`, or `--all-features` as CI runs it); spans are `[start, end]` arrays as everywhere in
//! newsclaim.
#![cfg(feature = "serde")]

use newsclaim_dedup::{cluster_claims, ClaimClusterConfig, ClaimKey, PassageIndex};

#[test]
fn passages_write_spans_as_arrays() {
    let wire = "The talks will resume in Geneva next week, officials from both sides said.";
    let mut index = PassageIndex::new(2, 5);
    index.add(0, [(10..10 + wire.len(), wire)]);
    index.add(1, [(0..wire.len(), wire)]);
    let passages = index.finish();
    assert_eq!(passages.len(), 1);
    let json = serde_json::to_value(&passages[0]).unwrap();
    assert_eq!(json["occurrences"], serde_json::json!([[0, [10, 10 + wire.len()]], [1, [0, wire.len()]]]));
}

#[test]
fn clusters_serialize() {
    let claims = [
        ClaimKey::new(0, "demand", "Russia", "a halt to NATO expansion"),
        ClaimKey::new(1, "demand", "Russia", "that NATO stop expanding eastward"),
    ];
    let clusters = cluster_claims(&claims, &ClaimClusterConfig::default());
    let json = serde_json::to_value(&clusters).unwrap();
    assert_eq!(json[0]["members"], serde_json::json!([0, 1]));
    assert_eq!(json[0]["representative"], serde_json::json!(clusters[0].representative));
}
