//! Documents as they enter the pipeline: an id, where they came from, and their bytes.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A document's id, echoed in the digest exactly as it was given: a JSONL line's numeric `id` stays a
/// number, a file's id is its path relative to the folder given (or as written, for a file given
/// directly).
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
    /// The capture or publication date, `YYYY-MM-DD`, when the input says it (a WARC record, a JSONL
    /// `date` of that form).
    pub date: Option<String>,
    /// The input's own fields, passed through to the record's
    /// [`fields`](crate::digest::DocumentReport::fields) (a JSONL line's fields but `id`, `text` and
    /// `html`).
    pub fields: std::collections::BTreeMap<String, serde_json::Value>,
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
            fields: std::collections::BTreeMap::new(),
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
/// A file's id is its path relative to the folder given (`d1/a.txt` and `d2/a.txt` under the same
/// folder stay apart), with `/` between its parts; when several paths are given, it starts with the
/// folder as written (`d1/a.txt`, `d2/a.txt` for the paths `d1` and `d2`), so that ids stay apart
/// too. A file given directly keeps the path as written.
/// What the walk leaves out (files with other extensions, symbolic-link loops) is listed by
/// [`list_paths`], which this calls and whose listing it drops.
///
/// Lazy: the folders are listed up front, but each file is read only when the iterator reaches it.
pub fn from_paths<P: AsRef<std::path::Path>>(paths: &[P]) -> impl Iterator<Item = Document> {
    list_paths(paths).documents()
}

/// The files found under some paths, in order, and what the walk left out; see [`list_paths`].
#[derive(Debug, Default)]
pub struct Listing {
    entries: Vec<Entry>,
    /// Files inside folders that were not read because of their extension (only `.txt`, `.html` and
    /// `.htm` are), in walk order.
    pub skipped: Vec<std::path::PathBuf>,
    /// Folders not walked because the walk had been there already (a symbolic-link loop such as
    /// `self -> .` or `up -> ..`, or a second link to one folder), each with a sentence saying so.
    pub loops: Vec<String>,
}

#[derive(Debug)]
enum Entry {
    File { path: std::path::PathBuf, id: String },
    Unreadable(Document),
}

impl Listing {
    /// How many documents the listing gives.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether it gives none.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The documents, each file read when the iterator reaches it.
    pub fn documents(self) -> impl Iterator<Item = Document> {
        self.entries.into_iter().map(|entry| match entry {
            Entry::File { path, id } => read_file(&path, id),
            Entry::Unreadable(doc) => doc,
        })
    }
}

/// Lists the files under `paths` as [`from_paths`] reads them, with what it leaves out.
///
/// Folders are walked with symbolic links followed, each folder once however many links lead to it
/// (at its first place in sorted order): a `self -> .` or `up -> ..` link reads no file twice and
/// the walk ends. Folders not walked again are listed in [`Listing::loops`]. Entries are sorted by
/// name. A folder or file that cannot be listed becomes an unreadable document saying why. Ids are
/// relative to the folder when one path is given, and start with the folder as written when several
/// are (see [`list_path`]).
pub fn list_paths<P: AsRef<std::path::Path>>(paths: &[P]) -> Listing {
    let mut listing = Listing::default();
    for p in paths {
        walk_into(p.as_ref(), paths.len() == 1, &mut listing);
    }
    listing
}

/// Lists the files under one path, as [`list_paths`] does, with ids relative to the folder
/// (`relative_ids`) or starting with the folder as written (for several paths on one command line).
pub fn list_path(path: &std::path::Path, relative_ids: bool) -> Listing {
    let mut listing = Listing::default();
    walk_into(path, relative_ids, &mut listing);
    listing
}

fn is_readable_extension(path: &std::path::Path) -> bool {
    path.extension().is_some_and(|e| {
        e.eq_ignore_ascii_case("txt") || e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm")
    })
}

/// `path` relative to `root`, with `/` between its parts.
fn relative_id(root: &std::path::Path, path: &std::path::Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let parts: Vec<String> = rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
    if parts.is_empty() {
        path.display().to_string()
    } else {
        parts.join("/")
    }
}

/// What identifies a folder however it is reached: device and inode on Unix, else the canonical path.
#[cfg(unix)]
type FolderKey = (u64, u64);
#[cfg(not(unix))]
type FolderKey = std::path::PathBuf;

#[cfg(unix)]
fn folder_key(path: &std::path::Path) -> Option<FolderKey> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
}

#[cfg(not(unix))]
fn folder_key(path: &std::path::Path) -> Option<FolderKey> {
    std::fs::canonicalize(path).ok()
}

/// A walked file's id: relative to `root`, or `root` as written then the relative path.
fn walked_id(root: &std::path::Path, path: &std::path::Path, relative: bool) -> String {
    let rel = relative_id(root, path);
    if relative || rel == path.display().to_string() {
        return rel;
    }
    let root = root.display().to_string();
    if root.ends_with('/') || root.ends_with(std::path::MAIN_SEPARATOR) {
        format!("{root}{rel}")
    } else {
        format!("{root}/{rel}")
    }
}

fn walk_into(root: &std::path::Path, relative: bool, out: &mut Listing) {
    if !root.is_dir() {
        out.entries.push(Entry::File { path: root.to_path_buf(), id: root.display().to_string() });
        return;
    }
    // Every folder is walked once, however many links lead to it: a link back up (`up -> ..`) is
    // a real folder once followed, so walkdir's own check (links to the folders above the one being
    // read) does not catch everything.
    let mut walked: std::collections::HashMap<FolderKey, std::path::PathBuf> =
        std::collections::HashMap::new();
    let mut walk = walkdir::WalkDir::new(root).follow_links(true).sort_by_file_name().into_iter();
    while let Some(entry) = walk.next() {
        match entry {
            Ok(e) => {
                if e.file_type().is_dir() {
                    if let Some(key) = folder_key(e.path()) {
                        if let Some(first) = walked.get(&key) {
                            out.loops.push(format!(
                                "{} is {} again (through a symbolic link): not walked twice",
                                e.path().display(),
                                first.display()
                            ));
                            walk.skip_current_dir();
                        } else {
                            walked.insert(key, e.path().to_path_buf());
                        }
                    }
                    continue;
                }
                if is_readable_extension(e.path()) {
                    let id = walked_id(root, e.path(), relative);
                    out.entries.push(Entry::File { path: e.path().to_path_buf(), id });
                } else {
                    out.skipped.push(e.path().to_path_buf());
                }
            }
            Err(err) => {
                let at = err.path().unwrap_or(root);
                if let Some(ancestor) = err.loop_ancestor() {
                    out.loops.push(format!(
                        "{} is a symbolic link to {}, which contains it: not walked (a loop)",
                        at.display(),
                        ancestor.display()
                    ));
                    continue;
                }
                let source = at.display().to_string();
                let reason = match err.io_error() {
                    Some(io) => format!("cannot list or read {source}: {io}"),
                    None => format!("cannot list or read {source}: {err}"),
                };
                let doc = Document::unreadable(walked_id(root, at, relative), reason).with_source(source);
                out.entries.push(Entry::Unreadable(doc));
            }
        }
    }
}

fn read_file(path: &std::path::Path, id: String) -> Document {
    let source = path.display().to_string();
    match std::fs::read(path) {
        Ok(bytes) => {
            let html = path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
            let format = if html { InputFormat::Html } else { InputFormat::Auto };
            Document::from_bytes(id, bytes).with_source(source).with_format(format)
        }
        Err(e) => Document::unreadable(id, format!("cannot read {source}: {e}")).with_source(source),
    }
}

/// Documents from JSONL: one `{"id": …, "text": …}` object a line, or `{"id": …, "html": …}` for an
/// HTML page. Every other field (`url`, `outlet`, `date`, anything) is kept in [`Document::fields`]
/// and passed into the record; a `url` is also the document's URL, and a `date` starting
/// `YYYY-MM-DD` its date when the text does not say one. `id` may be a number or a string and
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
    doc.date = map.get("date").and_then(serde_json::Value::as_str).and_then(iso_date);
    doc.fields = map.into_iter().filter(|(k, _)| !matches!(k.as_str(), "id" | "text" | "html")).collect();
    doc
}

/// The `YYYY-MM-DD` at the start of `s` (`2024-03-01` or `2024-03-01T10:00:00Z`), if it has one.
fn iso_date(s: &str) -> Option<String> {
    let d = s.trim().get(..10)?;
    let b = d.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    (digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10)).then(|| d.to_owned())
}
