//! Adversarial inputs that would take quadratic time if a probe scanned to the end of the text
//! at every position. Each is a hundred kilobytes: these tests finish in well under a second
//! when tokenizing is linear, and would take minutes otherwise.

use newsclaim_tokenize::tokenize;

fn run(unit: &str) {
    let text = unit.repeat(100_000 / unit.len());
    let doc = tokenize(&text);
    assert!(!doc.tokens.is_empty());
    let covered: usize = doc.tokens.iter().map(|t| t.text.len()).sum();
    assert!(covered <= text.len());
}

#[test]
fn underscore_joined_words() {
    run("ab_"); // e-mail probes at every `_`
}

#[test]
fn dotted_words_ending_badly() {
    run("abc."); // domain probes at every word
    run("a.b"); // abbreviation chains
}

#[test]
fn long_runs_of_closers_and_dots() {
    run(")");
    run("”");
    run(". ");
    run("?");
    run("...");
}

#[test]
fn long_grapheme_clusters_and_joiners() {
    run("e\u{301}");
    run("\u{301}");
    run("a-");
    run("'a");
    run("1,");
    run("1.");
}
