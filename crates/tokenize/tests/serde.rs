//! Tokens and sentences serialize with the optional `serde` feature (`--all-features` in CI);
//! spans are `[start, end]` arrays as everywhere in newsclaim.
#![cfg(feature = "serde")]

#[test]
fn tokens_and_sentences_write_spans_as_arrays() {
    let text = "Russia rejected it. NATO said nothing.";
    let tokenized = newsclaim_tokenize::tokenize(text);
    let json = serde_json::to_value(&tokenized).unwrap();
    assert_eq!(json["tokens"][0], serde_json::json!({"text": "Russia", "span": [0, 6], "kind": "word"}));
    assert_eq!(json["tokens"][3]["kind"], "terminal");
    assert_eq!(json["sentences"][1], serde_json::json!({"span": [20, 38], "tokens": [4, 8]}));
    assert!(json.get("text").is_none());
}
