//! Telling HTML from text dumps.

/// Whether `bytes` look like an HTML document: after white space, a byte-order mark and
/// comments, the first thing is `<!doctype html`, `<html`, `<head`, `<body` or `<meta`, or one
/// of the first 1024 bytes opens such a tag. Available without the `html` feature.
pub(crate) fn looks_like_html(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(1024)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let start = lower.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(lower.len());
    let rest = lower[start..].strip_prefix(b"\xef\xbb\xbf").unwrap_or(&lower[start..]);
    if rest.starts_with(b"<!doctype html") || rest.starts_with(b"<html") || rest.starts_with(b"<?xml") {
        return true;
    }
    [&b"<html"[..], b"<head>", b"<body", b"<meta ", b"<title>", b"<div", b"<p>", b"<!doctype html"]
        .iter()
        .filter(|tag| memchr::memmem::find(&lower, tag).is_some())
        .count()
        >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffing() {
        assert!(looks_like_html(b"  <!DOCTYPE html><html>"));
        assert!(looks_like_html(b"\xef\xbb\xbf<html lang=en>"));
        assert!(looks_like_html(b"<meta charset=utf-8><title>x</title><p>y"));
        assert!(!looks_like_html(b"Talks resume <b>today</b>\nThe port said."));
        assert!(!looks_like_html(b""));
    }
}
