//! Splits each document of a JSON Lines file into sentences.
//!
//! Input: one `{"id": …, "text": "…"}` object per line (file path as the first argument, or
//! standard input). Output: `{"documents":[{"id": …, "sentences":[{"text": "…", "span": [s, e]}]}]}`
//! with byte spans into each text. Sentence texts fold line breaks into a space, as a report
//! shows them; the spans keep the original.
//!
//! ```text
//! cargo run --release -p newsclaim-tokenize --example sentences -- docs.jsonl > sentences.json
//! ```

use std::io::{BufRead, BufReader, Read};

use serde_json::{json, Value};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let input: Box<dyn Read> = match std::env::args().nth(1) {
        Some(path) => Box::new(std::fs::File::open(path)?),
        None => Box::new(std::io::stdin()),
    };
    let tokenizer = newsclaim_tokenize::Tokenizer::default();
    let mut documents = Vec::new();
    for (n, line) in BufReader::new(input).lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let record: Value = serde_json::from_str(&line).map_err(|e| format!("line {}: {e}", n + 1))?;
        let id = record.get("id").cloned().unwrap_or(Value::Null);
        let text = record.get("text").and_then(Value::as_str).unwrap_or("");
        let doc = tokenizer.tokenize(text);
        let sentences: Vec<Value> = doc
            .sentences
            .iter()
            .map(|s| json!({ "text": doc.sentence_display_text(s), "span": [s.span.start, s.span.end] }))
            .collect();
        documents.push(json!({ "id": id, "sentences": sentences }));
    }
    println!("{}", json!({ "documents": documents }));
    Ok(())
}
