//! Extracts claims from `*.txt` files and folders and prints them as JSON, one document per
//! file, reading every non-blank line as a region.
//!
//! ```text
//! cargo run -p newsclaim-extract --example claims -- FILE_OR_DIR... > claims.json
//! ```

use newsclaim_extract::{Claim, Extractor, Mention};
use serde_json::{json, Value};
use std::ops::Range;
use std::path::{Path, PathBuf};

fn collect(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        entries.sort();
        for e in entries {
            collect(&e, out);
        }
    } else if path.extension().is_some_and(|e| e == "txt") {
        out.push(path.to_path_buf());
    }
}

fn lines(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        if !body.trim().is_empty() {
            out.push(start..start + body.len());
        }
        start += line.len();
    }
    out
}

fn mention(m: &Mention<'_>) -> Value {
    json!({
        "text": m.name(),
        "mention": m.antecedent.as_ref().map(|_| &m.text),
        "norm": m.norms,
        "role": m.role.map(|r| r.code()),
        "code": m.code,
        "span": [m.span.start, m.span.end],
    })
}

fn claim(c: &Claim<'_>) -> Value {
    json!({
        "act": c.act.as_str(),
        "actor": mention(&c.actor),
        "addressee": c.addressee.as_ref().map(mention),
        "content": c.content.as_ref().map(|p| json!({ "text": p.text, "span": [p.span.start, p.span.end] })),
        "evidence": { "text": c.evidence.text, "span": [c.evidence.span.start, c.evidence.span.end] },
        "line": c.line,
        "attribution": c.attribution.kind.as_str(),
        "verb": c.attribution.verb,
        "negated": c.negated,
        "hedged": c.hedged,
        "rule": c.rule,
    })
}

fn main() {
    let mut files = Vec::new();
    for arg in std::env::args().skip(1) {
        collect(Path::new(&arg), &mut files);
    }
    let extractor = Extractor::default();
    let mut documents = Vec::new();
    for f in files {
        let Ok(bytes) = std::fs::read(&f) else {
            eprintln!("cannot read {}", f.display());
            continue;
        };
        let text = String::from_utf8_lossy(&bytes);
        let claims = extractor.extract(&text, &lines(&text));
        let id = f.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        documents.push(json!({ "id": id, "claims": claims.iter().map(claim).collect::<Vec<_>>() }));
    }
    println!("{}", serde_json::to_string_pretty(&json!({ "documents": documents })).unwrap_or_default());
}
