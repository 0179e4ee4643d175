//! The extractor, over the whole text and over line regions (as the pipeline calls it).
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsclaim::extract::Extractor;
use newsclaim::tokenize::decode_lossy;
use newsclaim_fuzz::{check_claims, lines_with_spans};
use std::sync::OnceLock;

fuzz_target!(|data: &[u8]| {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    let extractor = EXTRACTOR.get_or_init(Extractor::default);
    let decoded = decode_lossy(data);
    let text: &str = &decoded.text;
    check_claims(text, &extractor.extract(text, &[]));
    let regions: Vec<_> = lines_with_spans(text)
        .into_iter()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(span, _)| span)
        .collect();
    check_claims(text, &extractor.extract(text, &regions));
});
