//! The stripper: every kept paragraph, removed piece and field points into the page.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsclaim::strip::Stripper;
use newsclaim::tokenize::decode_lossy;
use newsclaim_fuzz::check_piece;
use std::sync::OnceLock;

fuzz_target!(|data: &[u8]| {
    static STRIPPER: OnceLock<Stripper> = OnceLock::new();
    let stripper = STRIPPER.get_or_init(Stripper::default);
    if let Err(e) = stripper.strip_bytes(data) {
        assert!(!e.to_string().is_empty());
    }
    let decoded = decode_lossy(data);
    let text: &str = &decoded.text;
    let article = stripper.strip(text);
    for p in &article.paragraphs {
        check_piece(text, &p.span, &p.text, "paragraph");
        assert!(!p.text.trim().is_empty(), "blank paragraph at {:?}", p.span);
    }
    for r in &article.removed {
        check_piece(text, &r.span, &r.text, "removed");
    }
    for f in [&article.title, &article.byline, &article.outlet].into_iter().flatten() {
        check_piece(text, &f.span, &f.text, "field");
    }
    // Kept paragraphs come in page order and do not overlap.
    for w in article.paragraphs.windows(2) {
        assert!(w[0].span.end <= w[1].span.start, "paragraphs overlap: {:?} {:?}", w[0].span, w[1].span);
    }
});
