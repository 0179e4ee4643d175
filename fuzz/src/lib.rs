//! What every fuzz target checks: whatever the bytes, no panic, and every span the stages report
//! lies in the input, on character boundaries, with the reported text at it.

use newsclaim::digest::DocumentReport;
use newsclaim::extract::Claim;
use newsclaim::tokenize::Tokenized;
use std::ops::Range;

/// Separates documents inside one fuzz input for the multi-document targets (ASCII record separator).
pub const DOC_SEPARATOR: char = '\u{1e}';

/// Panics when `span` is out of bounds or cuts a character.
pub fn check_range(text: &str, span: &Range<usize>, what: &str) {
    assert!(span.start <= span.end && span.end <= text.len(), "{what}: {span:?} of {} bytes", text.len());
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what}: {span:?} cuts a character"
    );
}

/// Panics unless `piece` is the text of `text` at `span`.
pub fn check_piece(text: &str, span: &Range<usize>, piece: &str, what: &str) {
    check_range(text, span, what);
    assert_eq!(&text[span.clone()], piece, "{what}: text differs at {span:?}");
}

/// Tokens in order, non-empty, matching their spans; sentences cover their tokens in order.
pub fn check_tokenized(text: &str, t: &Tokenized<'_>) {
    let mut last_end = 0;
    for tok in &t.tokens {
        check_piece(text, &tok.span(), tok.text, "token");
        assert!(
            !tok.text.is_empty() && tok.start >= last_end,
            "token at {} out of order or empty",
            tok.start
        );
        last_end = tok.end();
    }
    let mut last_token = 0;
    for s in &t.sentences {
        check_range(text, &s.span, "sentence");
        assert!(
            s.tokens.start >= last_token && s.tokens.end <= t.tokens.len(),
            "sentence tokens {:?}",
            s.tokens
        );
        last_token = s.tokens.end;
    }
}

/// Claim spans point at their text; lines are in range.
pub fn check_claims(text: &str, claims: &[Claim]) {
    let lines = text.split('\n').count();
    for c in claims {
        check_piece(text, &c.evidence.span, &c.evidence.text, "evidence");
        check_piece(text, &c.actor.span, &c.actor.text, "actor");
        if let Some(a) = &c.addressee {
            check_piece(text, &a.span, &a.text, "addressee");
        }
        if let Some(p) = &c.content {
            check_piece(text, &p.span, &p.text, "content");
        }
        assert!(c.line >= 1 && c.line <= lines, "claim line {} of {lines}", c.line);
    }
}

/// Every span of a digest record points at its text in `text`.
pub fn check_report(text: &str, r: &DocumentReport) {
    if let Err(e) = r.check_spans(text) {
        panic!("{e}");
    }
}

/// Every document is in exactly one cluster.
pub fn check_partition(clusters: &[Vec<usize>], n: usize) {
    let mut seen = vec![0usize; n];
    for c in clusters {
        for &d in c {
            assert!(d < n, "member {d} of {n}");
            seen[d] += 1;
        }
    }
    assert!(seen.iter().all(|&k| k == 1), "not a partition: {clusters:?}");
}

/// Lines of `text` with their byte spans (the units shared-passage detection compares).
pub fn lines_with_spans(text: &str) -> Vec<(Range<usize>, &str)> {
    let mut at = 0;
    text.split('\n')
        .map(|line| {
            let span = at..at + line.len();
            at += line.len() + 1;
            (span, line)
        })
        .collect()
}
