//! Helpers shared by the construction tests.
#![allow(dead_code)]

use newsclaim_extract::{Act, Claim, Extractor};
use std::sync::OnceLock;

/// The default extractor, reporting negated acts too so that the tests can check the flag.
pub fn extractor() -> &'static Extractor {
    static E: OnceLock<Extractor> = OnceLock::new();
    E.get_or_init(|| Extractor::builder().negated_claims(true).build())
}

pub fn claims(text: &str) -> Vec<Claim> {
    extractor().extract(text, &[])
}

fn describe(cs: &[Claim]) -> String {
    cs.iter()
        .map(|c| {
            format!(
                "{} by {:?} [{}] to {:?} content {:?} ({})",
                c.act,
                c.actor.text,
                c.actor.norm,
                c.addressee.as_ref().map(|a| a.norm.as_str()),
                c.content.as_ref().map(|p| p.text.as_str()),
                c.rule
            )
        })
        .collect::<Vec<_>>()
        .join("\n  ")
}

/// Asserts a claim with this act and actor norm exists; returns it.
pub fn find(text: &str, act: Act, norm: &str) -> Claim {
    let cs = claims(text);
    cs.iter()
        .find(|c| c.act == act && c.actor.norm == norm)
        .cloned()
        .unwrap_or_else(|| panic!("no {act} by {norm} in {text:?}; got:\n  {}", describe(&cs)))
}

/// Asserts a claim with this act exists, whoever makes it; returns the first.
pub fn first(text: &str, act: Act) -> Claim {
    let cs = claims(text);
    cs.iter()
        .find(|c| c.act == act)
        .cloned()
        .unwrap_or_else(|| panic!("no {act} in {text:?}; got:\n  {}", describe(&cs)))
}

/// Asserts a claim with act, actor norm, addressee norm (or none) and content containing the
/// given words.
pub fn expect(text: &str, act: Act, norm: &str, addressee: Option<&str>, content: &str) -> Claim {
    let cs = claims(text);
    let hit = cs.iter().find(|c| {
        c.act == act
            && c.actor.norm == norm
            && c.addressee.as_ref().map(|a| a.norm.as_str()) == addressee
            && c.content.as_ref().is_some_and(|p| p.text.contains(content))
    });
    hit.cloned().unwrap_or_else(|| {
        panic!(
            "expected {act} by {norm} to {addressee:?} with content containing {content:?} in {text:?}; got:\n  {}",
            describe(&cs)
        )
    })
}

/// Asserts the content is exactly this text.
pub fn expect_exact(text: &str, act: Act, norm: &str, content: &str) -> Claim {
    let c = find(text, act, norm);
    assert_eq!(c.content.as_ref().map(|p| p.text.as_str()), Some(content), "in {text:?}");
    c
}

/// Asserts no claim at all.
pub fn none(text: &str) {
    let cs = claims(text);
    assert!(cs.is_empty(), "expected no claim in {text:?}; got:\n  {}", describe(&cs));
}

/// Asserts no claim of this act.
pub fn no_act(text: &str, act: Act) {
    let cs = claims(text);
    assert!(!cs.iter().any(|c| c.act == act), "expected no {act} in {text:?}; got:\n  {}", describe(&cs));
}
