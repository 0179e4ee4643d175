//! Headlines: present tense, no final stop, read as their own region.
mod common;
use common::*;
use newsclaim_extract::{Act, Extractor};

#[test]
fn headline_verbs() {
    expect("Iran rejects US call for direct talks", Act::Reject, "Iran", None, "US call for direct talks");
    expect(
        "Ukraine urges allies to speed up arms deliveries",
        Act::Demand,
        "Ukraine",
        None,
        "speed up arms deliveries",
    );
    expect("Kremlin denies plans to invade", Act::Deny, "Russia", None, "plans to invade");
    expect(
        "Mali junta accuses France of backing jihadists",
        Act::Accuse,
        "Mali",
        Some("France"),
        "backing jihadists",
    );
}

#[test]
fn headline_region_does_not_run_into_the_body() {
    let text = "Moscow warns West over Ukraine\nThe weather was cold in Moscow on Monday.";
    let regions = [0..30, 31..text.len()];
    let cs = Extractor::default().extract(text, &regions);
    assert_eq!(cs.len(), 1, "{cs:?}");
    assert_eq!(cs[0].act, Act::Warn);
    assert_eq!(cs[0].line, 1);
    assert_eq!(cs[0].evidence.text, "Moscow warns West over Ukraine");
}

#[test]
fn speaker_before_a_colon() {
    expect(
        "Zelenskiy: Russia must pay for the destruction",
        Act::Demand,
        "",
        Some("Russia"),
        "Russia must pay for the destruction",
    );
    expect(
        "Kremlin: NATO should stay out of Ukraine",
        Act::Demand,
        "Russia",
        Some("NATO"),
        "NATO should stay out of Ukraine",
    );
}
