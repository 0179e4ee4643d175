//! Strips `*.txt` and `*.html` files (or folders of them) and prints digest-shaped JSON, for scoring.
//! HTML pages (by extension or content) are read with `Stripper::strip_html` (feature `html`).
//!
//! ```text
//! cargo run -p newsclaim-strip --example strip_digest -- PAGE.txt DIR/ > out.json
//! cargo run --release -p newsclaim-strip --features html --example strip_digest -- PAGES/ > out.json
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
    } else if path.extension().is_some_and(|e| e == "txt" || e == "html" || e == "htm") {
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
        #[cfg(feature = "html")]
        let text = newsclaim_strip::decode(&bytes, None).text;
        #[cfg(not(feature = "html"))]
        let text = String::from_utf8_lossy(&bytes);
        #[cfg(feature = "html")]
        let article =
            if newsclaim_strip::looks_like_html(&bytes) || path.extension().is_some_and(|e| e != "txt") {
                stripper.strip_html(&text)
            } else {
                stripper.strip(&text)
            };
        #[cfg(not(feature = "html"))]
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
            "title": article.title.as_ref().map(|f| &*f.text),
            "date": article.date,
            "byline": article.byline.as_ref().map(|f| &*f.text),
            "outlet": article.outlet.as_ref().map(|f| &*f.text),
            "language": article.language,
            "url": article.url,
            "body": body,
            "removed": removed,
        }));
    }
    println!("{}", serde_json::to_string_pretty(&json!({"documents": documents})).unwrap_or_default());
}
