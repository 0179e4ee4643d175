//! HTML: raw bytes decoded (charset detection) and read by `Stripper::strip_html`, and as an HTML
//! document through the pipeline.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsclaim::strip::{decode, Stripper};
use newsclaim::{Document, InputFormat, Pipeline};
use std::sync::OnceLock;

fuzz_target!(|data: &[u8]| {
    static STRIPPER: OnceLock<Stripper> = OnceLock::new();
    let stripper = STRIPPER.get_or_init(Stripper::default);
    let decoded = decode(data, None);
    let html: &str = &decoded.text;
    let article = stripper.strip_html(html);
    for (span, text) in article
        .paragraphs
        .iter()
        .map(|p| (&p.span, &p.text))
        .chain(article.removed.iter().map(|r| (&r.span, &r.text)))
    {
        assert!(span.start <= span.end && span.end <= html.len(), "span {span:?} out of bounds");
        assert!(html.is_char_boundary(span.start) && html.is_char_boundary(span.end), "span {span:?} splits a char");
        assert!(!text.is_empty() && !text.contains('\n'), "block text {text:?}");
    }
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    let pipeline = PIPELINE.get_or_init(|| Pipeline::builder().input(InputFormat::Html).build());
    let digest = pipeline.run([Document::from_bytes("f.html", data.to_vec())]);
    assert_eq!(digest.documents.len(), 1);
    if let Err(e) = digest.documents[0].check_spans(html) {
        panic!("{e}");
    }
});
