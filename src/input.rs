//! Documents as they enter the pipeline: an id, where they came from, and their bytes.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A document's id, echoed in the digest exactly as it was given: a JSONL line's numeric `id` stays a
/// number, a file's id is its file name.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(untagged)]
pub enum DocId {
    /// A numeric id (from JSONL).
    Number(i64),
    /// A textual id (a file name, or a JSONL string id).
    Text(String),
}

impl fmt::Display for DocId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DocId::Number(n) => write!(f, "{n}"),
            DocId::Text(s) => f.write_str(s),
        }
    }
}

impl From<&str> for DocId {
    fn from(s: &str) -> Self {
        DocId::Text(s.to_owned())
    }
}

impl From<String> for DocId {
    fn from(s: String) -> Self {
        DocId::Text(s)
    }
}

impl From<i64> for DocId {
    fn from(n: i64) -> Self {
        DocId::Number(n)
    }
}

/// How to read a document's content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum InputFormat {
    /// Decide by content: HTML when it looks like an HTML document
    /// ([`newsclaim_strip::looks_like_html`]), else text.
    #[default]
    Auto,
    /// A text dump: one block per line.
    Text,
    /// An HTML page.
    Html,
}

impl InputFormat {
    /// Parses `auto`, `text` or `html`.
    pub fn parse(name: &str) -> Option<InputFormat> {
        match name.trim().to_ascii_lowercase().as_str() {
            "auto" => Some(InputFormat::Auto),
            "text" | "txt" => Some(InputFormat::Text),
            "html" | "htm" => Some(InputFormat::Html),
            _ => None,
        }
    }
}

/// One document to digest.
///
/// A document that could not even be read (an unreadable file, a broken JSONL line) is still a
/// `Document`, with [`Content::Unreadable`], so that it comes out of the pipeline as an error record:
/// documents in = documents out.
#[derive(Debug, Clone)]
pub struct Document {
    /// The id echoed in the digest.
    pub id: DocId,
    /// Where it came from (a path, `FILE:LINE` for JSONL, `-` for standard input).
    pub source: Option<String>,
    /// Its content.
    pub content: Content,
    /// How to read it (by default decided from the content).
    pub format: InputFormat,
    /// A charset declared outside the bytes (an HTTP `Content-Type` header), used when the bytes
    /// are not UTF-8.
    pub charset: Option<String>,
    /// The page's URL when the input says it (a WARC record, a JSONL `url`).
    pub url: Option<String>,
    /// The capture or publication date, `YYYY-MM-DD`, when the input says it (a WARC record).
    pub date: Option<String>,
}

/// What a [`Document`] holds.
#[derive(Debug, Clone)]
pub enum Content {
    /// Raw bytes, decoded as UTF-8 by the pipeline (lossily, with an error on the record, if invalid).
    Bytes(Vec<u8>),
    /// Text already decoded.
    Text(String),
    /// The document could not be read; the message says why and what to do.
    Unreadable(String),
}

impl Document {
    /// A document from text.
    pub fn from_text(id: impl Into<DocId>, text: impl Into<String>) -> Self {
        Document::new(id.into(), Content::Text(text.into()))
    }

    fn new(id: DocId, content: Content) -> Self {
        Document {
            id,
            source: None,
            content,
            format: InputFormat::Auto,
            charset: None,
            url: None,
            date: None,
        }
    }

    /// A document from HTML text.
    pub fn from_html(id: impl Into<DocId>, html: impl Into<String>) -> Self {
        Document::from_text(id, html).with_format(InputFormat::Html)
    }

    /// Sets how to read the content.
    pub fn with_format(mut self, format: InputFormat) -> Self {
        self.format = format;
        self
    }

    /// Sets the page's URL.
    pub fn with_url(mut self, url: impl Into<String>) -> Self {
        self.url = Some(url.into());
        self
    }

    /// A document from raw bytes (decoded by the pipeline).
    pub fn from_bytes(id: impl Into<DocId>, bytes: impl Into<Vec<u8>>) -> Self {
        Document::new(id.into(), Content::Bytes(bytes.into()))
    }

    /// A document that could not be read, with the reason.
    pub fn unreadable(id: impl Into<DocId>, reason: impl Into<String>) -> Self {
        Document::new(id.into(), Content::Unreadable(reason.into()))
    }

    /// Sets where the document came from.
    pub fn with_source(mut self, source: impl Into<String>) -> Self {
        self.source = Some(source.into());
        self
    }
}

/// Documents from files and folders: a folder is walked recursively for `*.txt`, `*.html` and `*.htm`
/// files, in sorted order; a file named explicitly is read whatever its name. `.html`/`.htm` files are
/// read as HTML, others by their content ([`InputFormat::Auto`]: an HTML page saved as `.txt` is still
/// read as HTML). A path that cannot be read becomes an unreadable
/// [`Document`] rather than an error, so that one bad file does not stop the rest.
///
/// Lazy: the folders are listed up front, but each file is read only when the iterator reaches it.
pub fn from_paths<P: AsRef<std::path::Path>>(paths: &[P]) -> impl Iterator<Item = Document> {
    let mut found = Vec::new();
    for p in paths {
        list_path(p.as_ref(), &mut found);
    }
    found.into_iter().map(|entry| match entry {
        Ok(path) => read_file(&path),
        Err(doc) => doc,
    })
}

fn file_id(path: &std::path::Path) -> String {
    path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
}

/// Files to read, or a document saying why a folder could not be listed.
fn list_path(path: &std::path::Path, out: &mut Vec<Result<std::path::PathBuf, Document>>) {
    if !path.is_dir() {
        out.push(Ok(path.to_path_buf()));
        return;
    }
    match std::fs::read_dir(path) {
        Ok(entries) => {
            let mut children: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
            children.sort();
            for child in children {
                if child.is_dir() {
                    list_path(&child, out);
                } else if child.extension().is_some_and(|e| e == "txt" || e == "html" || e == "htm") {
                    out.push(Ok(child));
                }
            }
        }
        Err(e) => {
            let source = path.display().to_string();
            let doc = Document::unreadable(file_id(path), format!("cannot list folder {source}: {e}"));
            out.push(Err(doc.with_source(source)));
        }
    }
}

fn read_file(path: &std::path::Path) -> Document {
    let source = path.display().to_string();
    match std::fs::read(path) {
        Ok(bytes) => {
            let html = path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
            let format = if html { InputFormat::Html } else { InputFormat::Auto };
            Document::from_bytes(file_id(path), bytes).with_source(source).with_format(format)
        }
        Err(e) => {
            Document::unreadable(file_id(path), format!("cannot read {source}: {e}")).with_source(source)
        }
    }
}

/// Documents from JSONL: one `{"id": …, "text": …}` object a line, or `{"id": …, "html": …}` for an
/// HTML page (an optional `url` is kept). `id` may be a number or a string and
/// is echoed as given (a line without one gets `SOURCE:LINE`). A line that is not such an object becomes
/// an unreadable [`Document`] saying what is wrong; blank lines are skipped. Lazy: one line in memory
/// at a time, so any size of input streams.
pub fn from_jsonl<R: std::io::BufRead>(
    reader: R,
    source: impl Into<String>,
) -> impl Iterator<Item = Document> {
    let source: String = source.into();
    reader.lines().enumerate().filter_map(move |(i, line)| {
        let n = i + 1;
        let at = format!("{source}:{n}");
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                return Some(
                    Document::unreadable(at.clone(), format!("{at}: cannot read line: {e}")).with_source(at),
                )
            }
        };
        if line.trim().is_empty() {
            return None;
        }
        Some(parse_jsonl_line(&line, &at).with_source(at))
    })
}

fn parse_jsonl_line(line: &str, at: &str) -> Document {
    let value: serde_json::Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => return Document::unreadable(at, format!("{at}: not valid JSON ({e})")),
    };
    let serde_json::Value::Object(map) = value else {
        return Document::unreadable(
            at,
            format!("{at}: expected an object like {{\"id\": 1, \"text\": \"…\"}}"),
        );
    };
    let id = match map.get("id") {
        Some(serde_json::Value::Number(n)) => {
            n.as_i64().map_or_else(|| DocId::Text(n.to_string()), DocId::Number)
        }
        Some(serde_json::Value::String(s)) => DocId::Text(s.clone()),
        _ => DocId::Text(at.to_owned()),
    };
    let url = map.get("url").and_then(serde_json::Value::as_str).map(str::to_owned);
    let (content, format) = match (map.get("text"), map.get("html")) {
        (Some(serde_json::Value::String(t)), _) => (Content::Text(t.clone()), InputFormat::Auto),
        (_, Some(serde_json::Value::String(h))) => (Content::Text(h.clone()), InputFormat::Html),
        _ => (
            Content::Unreadable(format!("{at}: the object has no string field \"text\" or \"html\"")),
            InputFormat::Auto,
        ),
    };
    let mut doc = Document::new(id, content).with_format(format);
    doc.url = url;
    doc
}
