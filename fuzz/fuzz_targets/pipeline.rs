//! The whole pipeline: documents cut from the input at U+001E as raw bytes, and the input read as
//! JSONL. Documents in = documents out, every span points into its document.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsclaim::{input, Document, Pipeline, Record};
use newsclaim_fuzz::check_report;
use std::sync::OnceLock;

fuzz_target!(|data: &[u8]| {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    let pipeline = PIPELINE.get_or_init(Pipeline::default);
    let parts: Vec<&[u8]> = data.split(|&b| b == 0x1e).collect();
    let docs = parts.iter().enumerate().map(|(i, p)| Document::from_bytes(format!("d{i}"), p.to_vec()));
    let digest = pipeline.run(docs);
    assert_eq!(digest.documents.len(), parts.len(), "documents in = documents out");
    for (r, p) in digest.documents.iter().zip(&parts) {
        check_report(&String::from_utf8_lossy(p), r);
    }
    serde_json::to_string(&digest).expect("the digest serialises");

    // JSONL, streamed in epochs of two documents: every document comes out once, and sections come
    // after each epoch.
    static EPOCHS: OnceLock<Pipeline> = OnceLock::new();
    let epochs = EPOCHS.get_or_init(|| Pipeline::builder().epoch(2).build());
    let docs: Vec<Document> = input::from_jsonl(data, "fuzz.jsonl").collect();
    let n = docs.len();
    let (mut seen, mut sections) = (0, 0);
    epochs
        .run_streaming(docs, |record| {
            match record {
                Record::Document(_) => seen += 1,
                Record::Sections(_) => sections += 1,
            }
            Ok::<(), ()>(())
        })
        .expect("the sink never fails");
    assert_eq!(seen, n, "documents in = documents out (JSONL)");
    assert!(sections >= n.div_ceil(2), "{sections} sections for {n} documents in epochs of 2");
});
