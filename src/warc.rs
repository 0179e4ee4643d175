//! Reading WARC files (the format of web archives and of Common Crawl's news crawl).
//!
//! A WARC file is a sequence of records, each a block of `WARC/1.x` headers, a blank line and
//! `Content-Length` bytes of content; `.warc.gz` files compress each record as its own gzip
//! member. Each `response` record (and each `resource` record) becomes one [`Document`]: its id is
//! the `WARC-Target-URI`, its date the `WARC-Date`, and its content the HTTP body, with the
//! `Content-Type` charset passed on for decoding and chunked or gzip/deflate transfer undone.
//! `warcinfo`, `request`, `metadata`, `revisit` and `conversion` records hold no page and are
//! skipped. A record that cannot be read becomes an unreadable document that says why, and
//! reading stops there (the rest of the file cannot be framed).

use crate::input::{Content, DocId, Document, InputFormat};
use std::io::{BufRead, BufReader, Read};

/// Records larger than this are reported as unreadable rather than held in memory.
pub const MAX_RECORD: u64 = 256 << 20;

/// Documents from a WARC file: plain, or gzip-compressed (detected from the first bytes, whatever
/// the file name). Lazy: one record in memory at a time.
pub fn from_warc<'r, R: Read + 'r>(
    reader: R,
    source: impl Into<String>,
) -> impl Iterator<Item = Document> + 'r {
    let mut reader = BufReader::with_capacity(64 << 10, reader);
    let gz = matches!(reader.fill_buf(), Ok(b) if b.starts_with(&[0x1f, 0x8b]));
    let inner: Box<dyn BufRead + 'r> = if gz {
        Box::new(BufReader::with_capacity(64 << 10, flate2::bufread::MultiGzDecoder::new(reader)))
    } else {
        Box::new(reader)
    };
    WarcDocuments { reader: inner, source: source.into(), record: 0, done: false }
}

/// Documents from the WARC file at `path` (`.warc` or `.warc.gz`); a file that cannot be opened
/// is one unreadable document.
pub fn from_warc_path(path: &std::path::Path) -> Box<dyn Iterator<Item = Document>> {
    let source = path.display().to_string();
    match std::fs::File::open(path) {
        Ok(f) => Box::new(from_warc(f, source)),
        Err(e) => {
            let doc = Document::unreadable(source.as_str(), format!("cannot open {source}: {e}"));
            Box::new(std::iter::once(doc.with_source(source)))
        }
    }
}

struct WarcDocuments<'r> {
    reader: Box<dyn BufRead + 'r>,
    source: String,
    record: usize,
    done: bool,
}

impl Iterator for WarcDocuments<'_> {
    type Item = Document;

    fn next(&mut self) -> Option<Document> {
        while !self.done {
            match self.read_record() {
                Ok(Some(doc)) => return Some(doc),
                Ok(None) => {}
                Err(why) => {
                    self.done = true;
                    let at = format!("{}#{}", self.source, self.record);
                    return Some(Document::unreadable(at.as_str(), format!("{at}: {why}")).with_source(at));
                }
            }
        }
        None
    }
}

impl WarcDocuments<'_> {
    /// Reads one record: `Ok(None)` for a record that is not a page, or at the end (then `done`).
    fn read_record(&mut self) -> Result<Option<Document>, String> {
        let mut line = Vec::new();
        // Skip the blank lines between records.
        loop {
            line.clear();
            let n =
                (&mut self.reader).take(64 << 10).read_until(b'\n', &mut line).map_err(|e| e.to_string())?;
            if n == 0 {
                self.done = true;
                return Ok(None);
            }
            if !line.iter().all(u8::is_ascii_whitespace) {
                break;
            }
        }
        self.record += 1;
        if !line.starts_with(b"WARC/") {
            return Err(format!(
                "not a WARC record (it starts with {:?})",
                String::from_utf8_lossy(&line[..line.len().min(40)])
            ));
        }
        let mut headers: Vec<(String, String)> = Vec::new();
        loop {
            line.clear();
            let n =
                (&mut self.reader).take(64 << 10).read_until(b'\n', &mut line).map_err(|e| e.to_string())?;
            if n == 0 {
                return Err("the file ends inside a record's headers".to_owned());
            }
            let text = String::from_utf8_lossy(&line);
            let text = text.trim_end_matches(['\r', '\n']);
            if text.is_empty() {
                break;
            }
            if let Some((k, v)) = text.split_once(':') {
                if headers.len() < 256 {
                    headers.push((k.trim().to_ascii_lowercase(), v.trim().to_owned()));
                }
            }
        }
        let header = |key: &str| headers.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
        let len: u64 = header("content-length")
            .and_then(|v| v.parse().ok())
            .ok_or_else(|| "a record has no valid Content-Length".to_owned())?;
        if len > MAX_RECORD {
            return Err(format!("a record of {len} bytes is larger than the {MAX_RECORD}-byte limit"));
        }
        let mut block = Vec::with_capacity(len as usize);
        (&mut self.reader).take(len).read_to_end(&mut block).map_err(|e| e.to_string())?;
        if (block.len() as u64) < len {
            return Err(format!("the file ends inside a record ({} of {len} bytes)", block.len()));
        }
        let kind = header("warc-type").unwrap_or("").to_ascii_lowercase();
        if kind != "response" && kind != "resource" {
            return Ok(None);
        }
        let uri = header("warc-target-uri").map(|u| u.trim_matches(['<', '>']).to_owned());
        let date = header("warc-date").filter(|d| d.len() >= 10).map(|d| d[..10].to_owned());
        let id = uri.clone().unwrap_or_else(|| format!("{}#{}", self.source, self.record));
        let source = format!("{}#{}", self.source, self.record);
        let is_http = kind == "response" && block.starts_with(b"HTTP/");
        let (body, content_type) =
            if is_http { http_body(block) } else { (block, header("content-type").map(str::to_owned)) };
        let mut doc = Document::from_bytes(DocId::Text(id), body).with_source(source);
        let mime = content_type.as_deref().unwrap_or("").to_ascii_lowercase();
        doc.format = if mime.contains("html") { InputFormat::Html } else { InputFormat::Auto };
        doc.charset = mime
            .split(';')
            .find_map(|p| p.trim().strip_prefix("charset="))
            .map(|c| c.trim_matches(['"', '\'']).to_owned());
        doc.url = uri;
        doc.date = date;
        if let Content::Bytes(b) = &doc.content {
            if b.is_empty() {
                doc.content = Content::Unreadable("the HTTP response has no body".to_owned());
            }
        }
        Ok(Some(doc))
    }
}

/// The body of an HTTP response and its Content-Type.
fn http_body(block: Vec<u8>) -> (Vec<u8>, Option<String>) {
    let split = memchr::memmem::find(&block, b"\r\n\r\n")
        .map(|i| (i, i + 4))
        .or_else(|| memchr::memmem::find(&block, b"\n\n").map(|i| (i, i + 2)));
    let Some((head_end, body_start)) = split else { return (Vec::new(), None) };
    let head = String::from_utf8_lossy(&block[..head_end]);
    let mut content_type = None;
    let mut chunked = false;
    let mut encoding = None;
    for line in head.lines().skip(1) {
        let Some((k, v)) = line.split_once(':') else { continue };
        match k.trim().to_ascii_lowercase().as_str() {
            "content-type" => content_type = Some(v.trim().to_owned()),
            "transfer-encoding" => chunked = v.to_ascii_lowercase().contains("chunked"),
            "content-encoding" => encoding = Some(v.trim().to_ascii_lowercase()),
            _ => {}
        }
    }
    let mut body = block[body_start..].to_vec();
    if chunked {
        if let Some(d) = dechunk(&body) {
            body = d;
        }
    }
    if let Some(enc) = encoding {
        let mut out = Vec::new();
        let ok = match enc.as_str() {
            "gzip" | "x-gzip" => {
                flate2::read::MultiGzDecoder::new(&body[..]).take(MAX_RECORD).read_to_end(&mut out).is_ok()
            }
            "deflate" => {
                flate2::read::ZlibDecoder::new(&body[..]).take(MAX_RECORD).read_to_end(&mut out).is_ok()
            }
            _ => false,
        };
        if ok {
            body = out;
        }
    }
    (body, content_type)
}

/// Undoes chunked transfer encoding; `None` if the body is not well chunked.
fn dechunk(body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    let mut at = 0;
    loop {
        let eol = at + memchr::memchr(b'\n', &body[at..])?;
        let size_text = std::str::from_utf8(&body[at..eol]).ok()?.trim();
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        at = eol + 1;
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(body.get(at..at.checked_add(size)?)?);
        at += size;
        while at < body.len() && matches!(body[at], b'\r' | b'\n') {
            at += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(kind: &str, uri: &str, block: &[u8]) -> Vec<u8> {
        let mut r = format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-03-01T10:00:00Z\r\nContent-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        r.extend_from_slice(block);
        r.extend_from_slice(b"\r\n\r\n");
        r
    }

    #[test]
    fn responses_become_documents() {
        let mut warc = record("warcinfo", "", b"software: test\r\n");
        warc.extend(record("request", "https://a.example/1", b"GET /1 HTTP/1.1\r\n\r\n"));
        warc.extend(record(
            "response",
            "https://a.example/1",
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1252\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n<p>ca\r\n3\r\nf\xe9!\r\n0\r\n\r\n",
        ));
        let docs: Vec<Document> = from_warc(&warc[..], "x.warc").collect();
        assert_eq!(docs.len(), 1);
        let d = &docs[0];
        assert_eq!(d.id, DocId::Text("https://a.example/1".into()));
        assert_eq!(d.url.as_deref(), Some("https://a.example/1"));
        assert_eq!(d.date.as_deref(), Some("2024-03-01"));
        assert_eq!(d.format, InputFormat::Html);
        assert_eq!(d.charset.as_deref(), Some("windows-1252"));
        assert!(matches!(&d.content, Content::Bytes(b) if b == b"<p>caf\xe9!"));
    }

    #[test]
    fn gzip_members_and_truncation() {
        use std::io::Write;
        let mut gz = Vec::new();
        for i in 0..2 {
            let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            let body = format!("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nPage {i}");
            enc.write_all(&record("response", &format!("https://a.example/{i}"), body.as_bytes())).unwrap();
            gz.extend(enc.finish().unwrap());
        }
        let docs: Vec<Document> = from_warc(&gz[..], "x.warc.gz").collect();
        assert_eq!(docs.len(), 2);
        assert!(matches!(&docs[1].content, Content::Bytes(b) if b == b"Page 1"));

        let whole = record("response", "https://a.example/t", b"HTTP/1.1 200 OK\r\n\r\nhello there");
        let cut = &whole[..whole.len() - 10];
        let docs: Vec<Document> = from_warc(cut, "t.warc").collect();
        assert_eq!(docs.len(), 1);
        assert!(matches!(&docs[0].content, Content::Unreadable(why) if why.contains("ends inside")));
        let docs: Vec<Document> = from_warc(&b"garbage\n"[..], "g.warc").collect();
        assert!(matches!(&docs[0].content, Content::Unreadable(why) if why.contains("not a WARC record")));
        assert_eq!(from_warc(&b""[..], "e.warc").count(), 0);
    }
}
