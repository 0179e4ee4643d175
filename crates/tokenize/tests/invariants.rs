//! Properties that hold for every input: spans, tiling, sentences, no panics.

use newsclaim_tokenize::{decode_lossy, LineIndex, Tokenized, Tokenizer};
use proptest::prelude::*;

/// Fragments that exercise the scanner's special cases when glued together at random.
const FRAGMENTS: &[&str] = &[
    "word",
    "Mr",
    "U",
    "S",
    "e",
    "g",
    "co",
    "St",
    "The",
    "How",
    "I",
    "a",
    "b",
    "1",
    "2",
    "10",
    "100",
    "000",
    "4",
    ".",
    ".",
    ".",
    ",",
    "!",
    "?",
    ":",
    ";",
    "-",
    "--",
    "'",
    "’",
    "‘",
    "“",
    "”",
    "\"",
    "(",
    ")",
    "[",
    "]",
    "…",
    "—",
    "–",
    "$",
    "€",
    "%",
    "@",
    "#",
    "_",
    "/",
    "://",
    "http",
    "www",
    "com",
    "org",
    " ",
    " ",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\t",
    "\u{a0}",
    "é",
    "\u{301}",
    "ß",
    "北",
    "👍",
    "🏽",
    "\u{200d}",
    "•",
    "⁃",
    "°",
    "\r\n",
    "s",
    "t",
    "n't",
    "U.S.",
    "Mr.",
    "D-N.Y.",
    "“It’s",
    "a.m.",
    "J. R.",
    ". . .",
    "1.)",
    "2)",
    "\r",
    "\u{2029}",
    "said",
];

fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..60).prop_map(|parts| parts.concat())
}

fn check(text: &str, doc: &Tokenized<'_>) {
    let mut rebuilt = String::with_capacity(text.len());
    let mut prev_end = 0;
    for t in &doc.tokens {
        assert!(!t.text.is_empty(), "empty token in {text:?}");
        let span = t.span();
        assert!(span.end <= text.len(), "span out of bounds in {text:?}");
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        assert_eq!(&text[span.clone()], t.text);
        assert!(span.start >= prev_end, "overlap or disorder in {text:?}: {:?}", doc.tokens);
        let gap = &text[prev_end..span.start];
        assert!(gap.chars().all(char::is_whitespace), "non-space gap {gap:?} in {text:?}");
        rebuilt.push_str(gap);
        rebuilt.push_str(t.text);
        prev_end = span.end;
    }
    let tail = &text[prev_end..];
    assert!(tail.chars().all(char::is_whitespace), "untokenized tail {tail:?} in {text:?}");
    rebuilt.push_str(tail);
    assert_eq!(rebuilt, text);

    // Sentences tile the tokens: consecutive, non-empty, in order, spans from token to token.
    let mut next = 0;
    for s in &doc.sentences {
        assert_eq!(s.tokens.start, next, "sentences must tile the tokens in {text:?}");
        assert!(s.tokens.end > s.tokens.start, "empty sentence in {text:?}");
        let toks = doc.sentence_tokens(s);
        assert_eq!(s.span.start, toks[0].start);
        assert_eq!(s.span.end, toks[toks.len() - 1].end());
        assert!(!doc.sentence_text(s).starts_with(char::is_whitespace));
        next = s.tokens.end;
    }
    assert_eq!(next, doc.tokens.len());
}

proptest! {
    // 2000 cases by default; set PROPTEST_CASES for a deeper run.
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(2000),
        ..ProptestConfig::default()
    })]

    #[test]
    fn sentences_in_regions_stay_inside_them(
        text in news_like(),
        cuts in proptest::collection::vec((0usize..400, 0usize..400), 0..6),
    ) {
        let doc = newsclaim_tokenize::tokenize(&text);
        // any regions, even reversed or out of bounds: no panic, every piece inside one region
        let regions: Vec<std::ops::Range<usize>> = cuts.iter().map(|&(a, b)| a..b).collect();
        for s in doc.sentences_in(&regions) {
            prop_assert!(s.tokens.start < s.tokens.end && s.tokens.end <= doc.tokens.len());
            prop_assert_eq!(s.span.start, doc.tokens[s.tokens.start].start);
            prop_assert!(regions.iter().any(|r| r.start <= s.span.start && s.span.end <= r.end));
        }
        // the whole text as one region gives the sentences themselves
        let whole = 0..text.len();
        prop_assert_eq!(doc.sentences_in(std::slice::from_ref(&whole)), doc.sentences.clone());
    }

    #[test]
    fn any_string_tiles(text in any::<String>()) {
        let doc = newsclaim_tokenize::tokenize(&text);
        check(&text, &doc);
    }

    #[test]
    fn news_like_text_tiles(text in news_like()) {
        let tokenizer = Tokenizer::default();
        let doc = tokenizer.tokenize(&text);
        check(&text, &doc);
        let streamed: Vec<_> = tokenizer.tokens(&text).collect();
        prop_assert_eq!(&streamed, &doc.tokens);
        let index = LineIndex::new(&text);
        for t in &doc.tokens {
            prop_assert_eq!(index.char_offset(t.start), text[..t.start].chars().count());
            prop_assert_eq!(index.line(t.start), 1 + text[..t.start].matches('\n').count());
        }
    }

    #[test]
    fn token_helpers_stay_inside_the_token(text in news_like()) {
        let doc = newsclaim_tokenize::tokenize(&text);
        for t in &doc.tokens {
            let (head, clitic) = t.split_clitic();
            prop_assert_eq!(&text[head.span()], head.text);
            if let Some(c) = clitic {
                prop_assert_eq!(head.end(), c.start);
                prop_assert_eq!(c.end(), t.end());
            }
            for p in t.hyphen_parts() {
                prop_assert!(p.start >= t.start && p.end() <= t.end());
                prop_assert_eq!(&text[p.span()], p.text);
            }
            let _ = t.normalized();
        }
    }

    #[test]
    fn any_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let tokenizer = Tokenizer::default();
        match (tokenizer.tokenize_bytes(&bytes), std::str::from_utf8(&bytes)) {
            (Ok(doc), Ok(text)) => check(text, &doc),
            (Err(newsclaim_tokenize::TokenizeError::InvalidUtf8 { offset, .. }), Err(e)) => {
                prop_assert_eq!(offset, e.valid_up_to());
            }
            (a, b) => prop_assert!(false, "strict decoding disagrees with std: {:?} vs {:?}", a.is_ok(), b.is_ok()),
        }
        let decoded = decode_lossy(&bytes);
        prop_assert_eq!(decoded.replaced == 0, std::str::from_utf8(&bytes).is_ok());
        let doc = tokenizer.tokenize(&decoded.text);
        check(&decoded.text, &doc);
    }
}
