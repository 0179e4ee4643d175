//! The claim model serializes with the optional `serde` feature
//! (`cargo test -p newsclaim-extract --features serde`, or `cargo test --workspace --all-features`).
#![cfg(feature = "serde")]

use newsclaim_extract::{Claim, Extractor, Mention, Phrase};

#[test]
fn claims_serialize_to_json() {
    let claims = Extractor::default().extract("Iran rejected the proposal.", &[]);
    let json = serde_json::to_string(&claims).unwrap();
    assert!(json.contains(r#""act":"reject""#), "{json}");
    assert!(json.contains(r#""kind":"plain""#), "{json}");
    assert!(json.contains(r#""rule":"verb-active""#), "{json}");
    let json = serde_json::to_string(&claims[0].actor).unwrap();
    assert!(json.contains(r#""norms":["Iran"]"#), "{json}");
    let actor: Mention<'_> = serde_json::from_str(&json).unwrap();
    assert_eq!(actor, claims[0].actor);
}

/// Spans are `[start, end]` arrays, as in the `newsclaim` digest JSON.
#[test]
fn spans_are_start_end_arrays() {
    let phrase = Phrase { text: "Iran".into(), span: 0..4 };
    let json = serde_json::to_string(&phrase).unwrap();
    assert_eq!(json, r#"{"text":"Iran","span":[0,4]}"#);
    assert_eq!(serde_json::from_str::<Phrase<'_>>(&json).unwrap(), phrase);

    let claims = Extractor::default().extract("Iran rejected the proposal.", &[]);
    let json = serde_json::to_string(&claims[0]).unwrap();
    assert!(json.contains(r#""span":[0,4]"#), "{json}");
    assert!(!json.contains(r#""start""#), "{json}");
}

#[test]
fn spans_ending_before_they_start_are_rejected() {
    let err = serde_json::from_str::<Phrase<'_>>(r#"{"text":"x","span":[5,4]}"#).unwrap_err();
    assert!(err.to_string().contains("ends before it starts"), "{err}");
    assert!(serde_json::from_str::<Phrase<'_>>(r#"{"text":"x","span":{"start":0,"end":1}}"#).is_err());
    assert!(serde_json::from_str::<Phrase<'_>>(r#"{"text":"x","span":[0]}"#).is_err());
}

/// Claims deserialize, rule id included, and round-trip unchanged.
#[test]
fn claims_round_trip() {
    let text = "Russia demanded that NATO halt its expansion, the Kremlin said on Tuesday. \
                Ukraine rejected the demand. \"We will not accept it,\" Zelensky told reporters.";
    let claims = Extractor::default().extract(text, &[]);
    assert!(claims.len() >= 2, "{claims:#?}");
    let json = serde_json::to_string(&claims).unwrap();
    let back: Vec<Claim<'_>> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, claims);
    assert_eq!(serde_json::to_string(&back).unwrap(), json);
    for (c, b) in claims.iter().zip(&back) {
        assert_eq!(b.rule, c.rule);
        assert_eq!(&text[b.evidence.span.clone()], b.evidence.text);
    }
    // texts without escapes are borrowed from the JSON; escaped ones are owned
    assert!(back.iter().any(|c| matches!(c.actor.text, std::borrow::Cow::Borrowed(_))));
    let escaped: Phrase<'_> = serde_json::from_str(r#"{"text":"a \"b\"","span":[0,5]}"#).unwrap();
    assert!(matches!(escaped.text, std::borrow::Cow::Owned(_)));
    assert_eq!(escaped.text, "a \"b\"");
}

/// A claim can outlive its input once it owns its texts.
#[test]
fn owned_claims_outlive_the_input() {
    let owned: Vec<Claim<'static>> = {
        let text = String::from("Iran rejected the proposal.");
        Extractor::default().extract(&text, &[]).into_iter().map(Claim::into_owned).collect()
    };
    assert_eq!(owned[0].actor.text, "Iran");
    assert!(owned[0].actor.is("Iran"));
}
