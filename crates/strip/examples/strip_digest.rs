//! Strips `*.txt` files (or folders of them) and prints digest-shaped JSON, for scoring.
//!
//! ```text
//! cargo run -p newsclaim-strip --example strip_digest -- PAGE.txt DIR/ > out.json
//! ```

use std::path::{Path, PathBuf};

use newsclaim_strip::Stripper;
use serde_json::{json, Value};

fn collect(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        entries.sort();
        for entry in entries {
            collect(&entry, out);
        }
    } else if path.extension().is_some_and(|e| e == "txt") {
        out.push(path.to_path_buf());
    }
}

fn main() {
    let mut files = Vec::new();
    for arg in std::env::args().skip(1) {
        collect(Path::new(&arg), &mut files);
    }
    let stripper = Stripper::default();
    let mut documents = Vec::new();
    for path in files {
        let id = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                documents.push(json!({"id": id, "error": e.to_string()}));
                continue;
            }
        };
        let text = String::from_utf8_lossy(&bytes);
        let article = stripper.strip(&text);
        let body: Vec<Value> = article
            .paragraphs
            .iter()
            .map(|p| json!({"text": p.text, "span": [p.span.start, p.span.end], "line": p.line, "role": p.role.as_str()}))
            .collect();
        let removed: Vec<Value> = article
            .removed
            .iter()
            .map(|r| json!({"kind": r.kind.as_str(), "text": r.text, "span": [r.span.start, r.span.end], "line": r.line}))
            .collect();
        documents.push(json!({
            "id": id,
            "title": article.title.as_ref().map(|f| f.text),
            "date": article.date,
            "byline": article.byline.as_ref().map(|f| f.text),
            "outlet": article.outlet.as_ref().map(|f| f.text),
            "body": body,
            "removed": removed,
        }));
    }
    println!("{}", serde_json::to_string_pretty(&json!({"documents": documents})).unwrap_or_default());
}
