//! The article model serializes with the optional `serde` feature (`--all-features` in CI);
//! spans are `[start, end]` arrays as everywhere in newsclaim.
#![cfg(feature = "serde")]

use newsclaim_strip::Stripper;

#[test]
fn articles_write_spans_as_arrays_and_kinds_by_name() {
    let page = "Home | World | Sport\nRussia demands NATO halt its expansion\n\nRussia on Tuesday demanded that NATO halt its expansion, the foreign ministry said in a statement published in Moscow.\n\nShare this article on Facebook\n";
    let article = Stripper::default().strip(page);
    let json = serde_json::to_value(&article).unwrap();
    let first = &json["paragraphs"][0];
    let span = first["span"].as_array().expect("a [start, end] span");
    let (s, e) = (span[0].as_u64().unwrap() as usize, span[1].as_u64().unwrap() as usize);
    assert_eq!(&page[s..e], first["text"].as_str().unwrap());
    assert_eq!(first["role"].as_str().map(|r| ["body", "lede", "subheading"].contains(&r)), Some(true));
    let removed = json["removed"].as_array().unwrap();
    assert!(
        removed.iter().all(|r| r["kind"].as_str().is_some_and(|k| !k.is_empty()) && r["span"].is_array()),
        "{removed:?}"
    );
}
