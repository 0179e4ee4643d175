//! Helpers shared by the construction tests.
#![allow(dead_code)]

use newsclaim_extract::{Act, Claim, Extractor, Mention};
use std::sync::OnceLock;

/// The default extractor, reporting negated acts too so that the tests can check the flag.
pub fn extractor() -> &'static Extractor {
    static E: OnceLock<Extractor> = OnceLock::new();
    E.get_or_init(|| Extractor::builder().negated_claims(true).build())
}

pub fn claims(text: &str) -> Vec<Claim<'_>> {
    extractor().extract(text, &[])
}

/// A mention's norms as the helpers below take them: `""` for none, `"A; B"` for several.
pub fn norm(m: &Mention<'_>) -> String {
    m.norms.join("; ")
}

fn describe(cs: &[Claim<'_>]) -> String {
    cs.iter()
        .map(|c| {
            format!(
                "{} by {:?} [{}] to {:?} content {:?} ({})",
                c.act,
                c.actor.text,
                norm(&c.actor),
                c.addressee.as_ref().map(norm),
                c.content.as_ref().map(|p| &*p.text),
                c.rule
            )
        })
        .collect::<Vec<_>>()
        .join("\n  ")
}

/// Asserts a claim with this act and actor norm exists; returns it.
pub fn find<'t>(text: &'t str, act: Act, actor: &str) -> Claim<'t> {
    let cs = claims(text);
    cs.iter()
        .find(|c| c.act == act && norm(&c.actor) == actor)
        .cloned()
        .unwrap_or_else(|| panic!("no {act} by {actor} in {text:?}; got:\n  {}", describe(&cs)))
}

/// Asserts a claim with this act exists, whoever makes it; returns the first.
pub fn first(text: &str, act: Act) -> Claim<'_> {
    let cs = claims(text);
    cs.iter()
        .find(|c| c.act == act)
        .cloned()
        .unwrap_or_else(|| panic!("no {act} in {text:?}; got:\n  {}", describe(&cs)))
}

/// Asserts a claim with act, actor norm, addressee norm (or none) and content containing the
/// given words.
pub fn expect<'t>(text: &'t str, act: Act, actor: &str, addressee: Option<&str>, content: &str) -> Claim<'t> {
    let cs = claims(text);
    let hit = cs.iter().find(|c| {
        c.act == act
            && norm(&c.actor) == actor
            && c.addressee.as_ref().map(norm).as_deref() == addressee
            && c.content.as_ref().is_some_and(|p| p.text.contains(content))
    });
    hit.cloned().unwrap_or_else(|| {
        panic!(
            "expected {act} by {actor} to {addressee:?} with content containing {content:?} in {text:?}; got:\n  {}",
            describe(&cs)
        )
    })
}

/// Asserts the content is exactly this text.
pub fn expect_exact<'t>(text: &'t str, act: Act, actor: &str, content: &str) -> Claim<'t> {
    let c = find(text, act, actor);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some(content), "in {text:?}");
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
