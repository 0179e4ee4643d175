//! Prints the tokens and sentences of the text given as arguments (or standard input).
//!
//! ```text
//! cargo run -p newsclaim-tokenize --example tokens -- "Mr. Smith paid $4.5bn on 26.01.2022."
//! ```

use std::io::Read;

fn main() -> std::io::Result<()> {
    let mut text = std::env::args().skip(1).collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        std::io::stdin().read_to_string(&mut text)?;
    }
    let doc = newsclaim_tokenize::tokenize(&text);
    for (n, s) in doc.sentences.iter().enumerate() {
        println!("sentence {n} {:?}: {:?}", s.span, doc.sentence_text(s));
        for t in doc.sentence_tokens(s) {
            println!("  {:>5} {:<13} {:?}", t.start, format!("{:?}", t.kind), t.text);
        }
    }
    Ok(())
}
