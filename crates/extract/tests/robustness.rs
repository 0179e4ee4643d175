//! No panic on any input; every span is in bounds, on character boundaries, and says what it
//! claims to say.
use newsclaim_extract::{Claim, Extractor};
use proptest::prelude::*;
use std::ops::Range;
use std::sync::OnceLock;

fn extractor() -> &'static Extractor {
    static E: OnceLock<Extractor> = OnceLock::new();
    E.get_or_init(Extractor::default)
}

const SENTENCES: &str = include_str!("data/sentences.txt");

fn check_span(text: &str, span: &Range<usize>, shown: &str) {
    assert!(span.start <= span.end && span.end <= text.len(), "span {span:?} out of bounds");
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "span {span:?} not on char boundaries"
    );
    assert_eq!(&text[span.clone()], shown);
}

fn check(text: &str, claims: &[Claim<'_>]) {
    for c in claims {
        check_span(text, &c.evidence.span, &c.evidence.text);
        check_span(text, &c.actor.span, &c.actor.text);
        if let Some(a) = &c.addressee {
            check_span(text, &a.span, &a.text);
        }
        if let Some(p) = &c.content {
            check_span(text, &p.span, &p.text);
            assert!(
                p.span.start >= c.evidence.span.start && p.span.end <= c.evidence.span.end,
                "content outside its evidence"
            );
        }
        assert!(c.line >= 1 && c.line <= text.matches('\n').count() + 1);
        assert!(!c.rule.is_empty());
    }
}

proptest! {
    // 256 cases by default; set PROPTEST_CASES for a longer run.
    #![proptest_config(ProptestConfig::default())]

    #[test]
    fn arbitrary_strings(text in "\\PC{0,400}") {
        let claims = extractor().extract(&text, &[]);
        check(&text, &claims);
    }

    #[test]
    fn arbitrary_strings_with_arbitrary_regions(text in ".{0,300}", cuts in proptest::collection::vec((0usize..400, 0usize..400), 0..6)) {
        let regions: Vec<Range<usize>> = cuts.iter().map(|&(a, b)| a.min(b)..a.max(b)).collect();
        let claims = extractor().extract(&text, &regions);
        check(&text, &claims);
    }

    #[test]
    fn shuffled_sentences(order in Just((0..SENTENCES.lines().count()).collect::<Vec<_>>()).prop_shuffle(), glue in prop::sample::select(vec![" ", "\n", "\n\n", "", " “", "” "])) {
        let lines: Vec<&str> = SENTENCES.lines().collect();
        let text = order.iter().map(|&i| lines[i]).collect::<Vec<_>>().join(glue);
        let claims = extractor().extract(&text, &[]);
        check(&text, &claims);
    }

    #[test]
    fn news_like_word_salad(words in proptest::collection::vec(prop::sample::select(vec![
        "Russia", "NATO", "said", "demanded", "that", "to", "rejected", "by", "was", "“", "”", ",", ".", "and",
        "the", "Secretary-General", "he", "we", "must", "should", "unacceptable", "according", "'s", "’s", "(", ")",
        "called", "on", "for", "not", "ready", "is", "it", "necessary", "Peskov", "Kremlin", "spokesman", "told",
        "reporters", "which", "who", "urged", "accused", "of", "with", "threatened", "--", "…", "at", "request",
        "willing", "accept", "negotiate", "Moscow", "Kyiv", "demands", "made", "several", "were", "crucial",
        "consider", "out", "question", "ruled", "as", "absurd", "we’ve", "don't", "resolution", "demanding",
        "statement", "They", "U.S.", "—", ";", ":", "\"", "whether", "since", "has", "so", "far", "will",
        "would", "never", "being", "offered", "welcomed", "Xi", "American", "Airlines", "ambassador", "UN",
    ]), 0..120)) {
        let text = words.join(" ");
        let claims = extractor().extract(&text, &[]);
        check(&text, &claims);
    }
}

#[test]
fn a_sentence_ending_on_the_article_of_a_statement_noun_does_not_panic() {
    // ("the" last: the statement noun the attribution looks for lies past the sentence)
    for text in ["” said the", "“We will,” said the", "The letter said the"] {
        let claims = extractor().extract(text, &[]);
        check(text, &claims);
    }
}

#[test]
fn long_unpunctuated_input_is_linear_enough() {
    let text = "Russia demanded that NATO withdraw and ".repeat(20_000);
    let claims = extractor().extract(&text, &[]);
    check(&text, &claims);
}

#[test]
#[allow(clippy::reversed_empty_ranges)]
fn empty_and_blank_inputs() {
    assert!(extractor().extract("", &[]).is_empty());
    assert!(extractor().extract("   \n\n\t", &[]).is_empty());
    assert!(extractor().extract("Russia rejected it.", &[5..2, 100..200]).is_empty());
}

#[test]
fn tagging_tells_verbs_the_lexicon_does_not_know() {
    use newsclaim_extract::{Act, Extractor};
    // "flew" is in no word list: only the tagger tells it is the main verb, whose subject
    // then makes the claim of the participle clause
    let text = "Peru's president flew to Lima on Friday, calling on Chile to reopen the border.";
    let tagged = Extractor::default().extract(text, &[]);
    assert!(tagged.iter().any(|c| c.act == Act::Demand && c.actor.is("Peru")), "{tagged:?}");
    let untagged = Extractor::builder().tagging(false).build().extract(text, &[]);
    assert!(!untagged.iter().any(|c| c.act == Act::Demand && c.actor.is("Peru")), "{untagged:?}");
}

#[test]
fn a_citation_names_works_and_claims_nothing() {
    let text =
        "More information: A. Berg et al. Prospects for Relief, Handbook of Crisis Support Systems (2020). \
                DOI: 10.1000/182";
    assert!(newsclaim_extract::Extractor::default().extract(text, &[]).is_empty());
}

#[test]
fn a_speaker_carried_from_an_earlier_sentence_is_never_indexed_here() {
    // the speaker of a quotation going on from an earlier sentence has no atoms in this one
    let text = "When his advisers suggested a smaller deal, Mr. Putin was not satisfied. “My people had \
                $20 billion done,” Mr. Putin recounted at a meeting. “And I said, ‘I want more.’ They \
                said, ‘The farmers can’t handle it.’ I said, ‘Tell them to buy larger tractors.’”";
    let claims = Extractor::default().extract(text, &[]);
    assert!(claims.iter().all(|c| c.evidence.span.end <= text.len()));
}

#[test]
fn a_relative_clause_right_after_the_opening_comma_does_not_panic() {
    // (the description before a relative clause may start the sentence: no name before it)
    let extractor = newsclaim_extract::Extractor::default();
    for text in [
        ", which ruled, said no.",
        "X, which sued, said it would appeal.",
        ", founder of it, which sued, called it a sham.",
    ] {
        let _ = extractor.extract(text, &[]);
    }
}
