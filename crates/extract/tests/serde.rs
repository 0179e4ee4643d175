//! The claim model serializes with the optional `serde` feature
//! (`cargo test -p newsclaim-extract --features serde`).
#![cfg(feature = "serde")]

use newsclaim_extract::{Extractor, Mention};

#[test]
fn claims_serialize_to_json() {
    let claims = Extractor::default().extract("Iran rejected the proposal.", &[]);
    let json = serde_json::to_string(&claims).unwrap();
    assert!(json.contains(r#""act":"reject""#), "{json}");
    assert!(json.contains(r#""kind":"plain""#), "{json}");
    assert!(json.contains(r#""rule":"verb-active""#), "{json}");
    let actor: Mention = serde_json::from_str(&serde_json::to_string(&claims[0].actor).unwrap()).unwrap();
    assert_eq!(actor, claims[0].actor);
}
