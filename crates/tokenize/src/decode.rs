//! The byte entry point: strict and lossy UTF-8 decoding.

use std::borrow::Cow;

/// Why a byte input could not be tokenized.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TokenizeError {
    /// The input is not valid UTF-8.
    #[error("invalid UTF-8 at byte offset {offset}")]
    InvalidUtf8 {
        /// Byte offset of the first byte of the invalid sequence.
        offset: usize,
        /// Length of the invalid sequence, or `None` when the input ends inside a character.
        len: Option<usize>,
    },
}

/// Checks that `bytes` are UTF-8 and borrows them as `&str`.
pub fn decode_strict(bytes: &[u8]) -> Result<&str, TokenizeError> {
    std::str::from_utf8(bytes)
        .map_err(|e| TokenizeError::InvalidUtf8 { offset: e.valid_up_to(), len: e.error_len() })
}

/// Text decoded with [`decode_lossy`]: borrowed when the input was valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded<'a> {
    /// The text; invalid sequences are replaced by U+FFFD.
    pub text: Cow<'a, str>,
    /// How many invalid sequences were replaced (0 means `text` is the input unchanged).
    pub replaced: usize,
}

impl Decoded<'_> {
    /// True when some bytes were replaced, so byte spans no longer match the raw input.
    pub fn is_lossy(&self) -> bool {
        self.replaced > 0
    }
}

/// Decodes `bytes`, replacing each invalid sequence with U+FFFD and counting the replacements.
///
/// Spans into the result are spans into [`Decoded::text`], not into `bytes`, once anything was
/// replaced.
pub fn decode_lossy(bytes: &[u8]) -> Decoded<'_> {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Decoded { text: Cow::Borrowed(text), replaced: 0 };
    }
    let mut out = String::with_capacity(bytes.len() + 8);
    let mut replaced = 0;
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        if !chunk.invalid().is_empty() {
            out.push(char::REPLACEMENT_CHARACTER);
            replaced += 1;
        }
    }
    Decoded { text: Cow::Owned(out), replaced }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strict_reports_offset() {
        let err = decode_strict(b"ab\xffcd").unwrap_err();
        assert_eq!(err, TokenizeError::InvalidUtf8 { offset: 2, len: Some(1) });
        assert_eq!(err.to_string(), "invalid UTF-8 at byte offset 2");
        assert_eq!(
            decode_strict(b"ab\xe2\x80").unwrap_err(),
            TokenizeError::InvalidUtf8 { offset: 2, len: None }
        );
    }

    #[test]
    fn lossy_counts_replacements() {
        let d = decode_lossy(b"a\xffb\xfe\xfec");
        assert_eq!(d.text, "a\u{FFFD}b\u{FFFD}\u{FFFD}c");
        assert_eq!(d.replaced, 3);
        let d = decode_lossy(b"plain");
        assert!(matches!(d.text, Cow::Borrowed("plain")));
        assert!(!d.is_lossy());
    }
}
