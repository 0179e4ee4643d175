//! Charset detection and decoding (feature `encoding`).
//!
//! [`decode`] turns the bytes of a page, HTML or plain text, into UTF-8 text:
//!
//! 1. a byte-order mark (UTF-8, UTF-16LE/BE) decides;
//! 2. bytes that are valid UTF-8 are taken as UTF-8, whatever a label says (legacy-encoded text is
//!    practically never valid UTF-8 once it has a non-ASCII byte, while pages labelled
//!    `iso-8859-1` that are really UTF-8 are common);
//! 3. otherwise a declared charset — the caller's (an HTTP `Content-Type`), else the page's own
//!    `<meta charset>` or `<meta http-equiv="Content-Type">` in its first 1024 bytes — is used,
//!    unless it claims UTF-8, which the bytes just disproved;
//! 4. otherwise the encoding is guessed from the bytes with `chardetng` (the detector Firefox
//!    uses for unlabelled pages).
//!
//! Decoding is done by `encoding_rs`; bytes that are invalid in the chosen encoding become
//! U+FFFD and [`Decoded::replaced`] counts them, so a caller can say so: nothing is dropped
//! silently.

use std::borrow::Cow;

/// How the encoding of a [`Decoded`] text was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CharsetSource {
    /// A byte-order mark.
    Bom,
    /// The bytes are valid UTF-8.
    Utf8,
    /// The charset the caller passed (for example from an HTTP header).
    Transport,
    /// The page's `<meta charset>` (or `http-equiv` Content-Type).
    Meta,
    /// Guessed from the bytes.
    Sniffed,
}

impl CharsetSource {
    /// The lower-case name (`"bom"`, `"utf-8"`, `"transport"`, `"meta"`, `"sniffed"`).
    pub fn as_str(self) -> &'static str {
        match self {
            CharsetSource::Bom => "bom",
            CharsetSource::Utf8 => "utf-8",
            CharsetSource::Transport => "transport",
            CharsetSource::Meta => "meta",
            CharsetSource::Sniffed => "sniffed",
        }
    }
}

/// Decoded text and how it was decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded<'a> {
    /// The text: borrowed when the input was valid UTF-8 (a UTF-8 byte-order mark stays in it),
    /// else the decoded copy.
    pub text: Cow<'a, str>,
    /// The WHATWG name of the encoding used (`"UTF-8"`, `"windows-1252"`, `"Shift_JIS"`, …).
    pub encoding: &'static str,
    /// How the encoding was chosen.
    pub source: CharsetSource,
    /// How many invalid byte sequences were replaced by U+FFFD (0 when decoding was clean).
    pub replaced: usize,
}

impl Decoded<'_> {
    /// Whether the text is not UTF-8 input taken as it was: either another encoding was decoded,
    /// or bytes were replaced.
    pub fn was_transcoded(&self) -> bool {
        matches!(self.text, Cow::Owned(_))
    }
}

/// Decodes `bytes`:
///
/// 1. a byte-order mark (UTF-8, UTF-16LE/BE) decides;
/// 2. bytes that are valid UTF-8 are taken as UTF-8, whatever a label says (legacy-encoded text is
///    practically never valid UTF-8 once it has a non-ASCII byte, while pages labelled
///    `iso-8859-1` that are really UTF-8 are common);
/// 3. otherwise a declared charset — the caller's (an HTTP `Content-Type`), else the page's own
///    `<meta charset>` or `<meta http-equiv="Content-Type">` in its first 1024 bytes — is used,
///    unless it claims UTF-8, which the bytes just disproved;
/// 4. otherwise the encoding is guessed from the bytes with `chardetng` (the detector Firefox
///    uses for unlabelled pages).
///
///
/// `declared` is a charset label from outside the bytes, such as the `charset` parameter of an
/// HTTP `Content-Type` header; unknown labels are ignored.
///
/// ```
/// use newsclaim_strip::decode;
///
/// // Windows-1252 bytes: "café – 5 €"
/// let bytes = b"caf\xe9 \x96 5 \x80";
/// let d = decode(bytes, None);
/// assert_eq!(d.text, "café – 5 €");
/// assert_eq!(d.encoding, "windows-1252");
/// assert_eq!(d.replaced, 0);
///
/// // A page that says what it is.
/// let page = b"<meta charset=\"iso-8859-2\"><p>\xb1";
/// assert_eq!(decode(page, None).text, "<meta charset=\"iso-8859-2\"><p>ą");
/// ```
pub fn decode<'a>(bytes: &'a [u8], declared: Option<&str>) -> Decoded<'a> {
    use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        if encoding == UTF_8 {
            if let Ok(text) = std::str::from_utf8(bytes) {
                return Decoded {
                    text: Cow::Borrowed(text),
                    encoding: "UTF-8",
                    source: CharsetSource::Bom,
                    replaced: 0,
                };
            }
        }
        return run(encoding, &bytes[bom_len..], CharsetSource::Bom);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Decoded {
            text: Cow::Borrowed(text),
            encoding: "UTF-8",
            source: CharsetSource::Utf8,
            replaced: 0,
        };
    }
    let usable = |e: &'static Encoding| e != UTF_8 && e != UTF_16LE && e != UTF_16BE;
    let transport = declared.and_then(|l| Encoding::for_label(l.trim().as_bytes())).filter(|&e| usable(e));
    if let Some(e) = transport {
        return run(e, bytes, CharsetSource::Transport);
    }
    if let Some(e) = meta_charset(bytes).and_then(Encoding::for_label).filter(|&e| usable(e)) {
        return run(e, bytes, CharsetSource::Meta);
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    run(detector.guess(None, chardetng::Utf8Detection::Deny), bytes, CharsetSource::Sniffed)
}

fn run<'a>(encoding: &'static encoding_rs::Encoding, bytes: &'a [u8], source: CharsetSource) -> Decoded<'a> {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    let replaced = if had_errors {
        text.chars().filter(|&c| c == char::REPLACEMENT_CHARACTER).count().max(1)
    } else {
        0
    };
    Decoded { text, encoding: encoding.name(), source, replaced }
}

/// The charset label of the first `<meta charset=…>` or `<meta … content="…; charset=…">` in the
/// first 1024 bytes (the HTML prescan window).
pub(crate) fn meta_charset(bytes: &[u8]) -> Option<&[u8]> {
    let head = &bytes[..bytes.len().min(1024)];
    let mut at = 0;
    while let Some(i) = find_ci(&head[at..], b"<meta") {
        let tag_start = at + i + 5;
        let tag_end = memchr::memchr(b'>', &head[tag_start..]).map_or(head.len(), |j| tag_start + j);
        let tag = &head[tag_start..tag_end];
        if let Some(j) = find_ci(tag, b"charset") {
            let mut k = j + 7;
            while k < tag.len() && tag[k].is_ascii_whitespace() {
                k += 1;
            }
            if k < tag.len() && tag[k] == b'=' {
                k += 1;
                while k < tag.len() && (tag[k].is_ascii_whitespace() || tag[k] == b'"' || tag[k] == b'\'') {
                    k += 1;
                }
                let end = tag[k..]
                    .iter()
                    .position(|&b| b.is_ascii_whitespace() || matches!(b, b'"' | b'\'' | b';' | b'/' | b'>'))
                    .map_or(tag.len(), |e| k + e);
                if end > k {
                    return Some(&tag[k..end]);
                }
            }
        }
        at = tag_end;
    }
    None
}

/// Byte offset of the first case-insensitive occurrence of the ASCII `needle`.
fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let first = needle[0];
    let mut from = 0;
    while let Some(i) = memchr::memchr2(first, first.to_ascii_uppercase(), &hay[from..]) {
        let at = from + i;
        if hay.len() - at >= needle.len() && hay[at..at + needle.len()].eq_ignore_ascii_case(needle) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_is_borrowed_even_when_mislabelled() {
        let page = "<meta charset=iso-8859-1><p>café</p>".as_bytes();
        let d = decode(page, Some("windows-1251"));
        assert!(matches!(d.text, Cow::Borrowed(_)));
        assert_eq!(d.source, CharsetSource::Utf8);
    }

    #[test]
    fn bom_decides() {
        let mut bytes = vec![0xff, 0xfe];
        for u in "héllo".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        let d = decode(&bytes, Some("windows-1252"));
        assert_eq!(d.text, "héllo");
        assert_eq!(d.source, CharsetSource::Bom);
    }

    #[test]
    fn meta_and_transport() {
        assert_eq!(
            meta_charset(b"<html><META http-equiv=Content-Type content='text/html; charset=KOI8-R'>"),
            Some(&b"KOI8-R"[..])
        );
        assert_eq!(meta_charset(b"<meta name=x><meta charset = \"gbk\" />"), Some(&b"gbk"[..]));
        assert_eq!(meta_charset(b"<p>charset=utf-8</p>"), None);
        let d = decode(b"\xcf\xf0\xe8\xe2\xe5\xf2", Some("windows-1251"));
        assert_eq!(d.text, "Привет");
        assert_eq!(d.source, CharsetSource::Transport);
    }

    #[test]
    fn a_false_utf8_label_is_overruled_by_sniffing() {
        let bytes = b"<meta charset=utf-8><p>Les n\xe9gociations reprendront \xe0 Gen\xe8ve, a d\xe9clar\xe9 le minist\xe8re.</p>";
        let d = decode(bytes, None);
        assert_eq!(d.source, CharsetSource::Sniffed);
        assert!(d.text.contains("Genève"), "{}", d.text);
        assert_eq!(d.replaced, 0);
    }

    #[test]
    fn invalid_bytes_are_counted() {
        let d = decode(b"ab\x81\x81cd", Some("shift_jis"));
        assert!(d.was_transcoded());
        assert_eq!(decode(b"", None).text, "");
        let d = decode(&[0xfe, 0xff, 0xd8], None);
        assert!(d.replaced >= 1);
    }
}
