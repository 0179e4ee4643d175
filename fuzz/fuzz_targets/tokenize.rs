//! The tokenizer: strict bytes entry point, lossy decoding, tokens and sentences.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsclaim::tokenize::{decode_lossy, Tokenizer};
use newsclaim_fuzz::check_tokenized;

fuzz_target!(|data: &[u8]| {
    let tokenizer = Tokenizer::default();
    match tokenizer.tokenize_bytes(data) {
        Ok(t) => check_tokenized(t.text, &t),
        Err(_) => assert!(std::str::from_utf8(data).is_err(), "valid UTF-8 rejected"),
    }
    let decoded = decode_lossy(data);
    let text: &str = &decoded.text;
    let t = tokenizer.tokenize(text);
    check_tokenized(text, &t);
    // The streaming iterator gives the same tokens as the batch call.
    assert!(tokenizer.tokens(text).map(|tok| tok.span()).eq(t.tokens.iter().map(|tok| tok.span())));
});
