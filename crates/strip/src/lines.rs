//! Splitting a page into non-blank lines with byte spans.

use memchr::memchr;

/// One non-blank line of the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Line {
    /// Byte offset of the first non-whitespace char.
    pub start: usize,
    /// Byte offset just past the last non-whitespace char.
    pub end: usize,
    /// 1-based line number.
    pub number: usize,
}

/// Unicode whitespace plus the invisible chars scrapers leave behind (BOM, zero-width space).
#[inline]
pub(crate) fn is_blank_char(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{feff}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}')
}

/// The span of `text[start..end]` without leading and trailing blank chars (empty range if blank).
pub(crate) fn trim_span(text: &str, start: usize, end: usize) -> (usize, usize) {
    let slice = &text[start..end];
    let Some((first, _)) = slice.char_indices().find(|&(_, c)| !is_blank_char(c)) else {
        return (start, start);
    };
    let last = slice
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_blank_char(c))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(slice.len());
    (start + first, start + last)
}

/// Splits `text` at `\n` (so `\r\n` works too) and keeps the non-blank lines, trimmed.
pub(crate) fn split_lines(text: &str) -> Vec<Line> {
    let bytes = text.as_bytes();
    let mut lines = Vec::new();
    let mut pos = 0;
    let mut number = 1;
    while pos <= bytes.len() {
        let end = memchr(b'\n', &bytes[pos..]).map_or(bytes.len(), |i| pos + i);
        let (s, e) = trim_span(text, pos, end);
        if s < e {
            lines.push(Line { start: s, end: e, number });
        }
        if end == bytes.len() {
            break;
        }
        pos = end + 1;
        number += 1;
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_trims_and_numbers_lines() {
        let text = " a b \r\n\r\n\u{a0}\nc\n";
        let lines = split_lines(text);
        assert_eq!(lines.len(), 2);
        assert_eq!(&text[lines[0].start..lines[0].end], "a b");
        assert_eq!(lines[0].number, 1);
        assert_eq!(&text[lines[1].start..lines[1].end], "c");
        assert_eq!(lines[1].number, 4);
    }

    #[test]
    fn empty_and_blank_inputs_have_no_lines() {
        assert!(split_lines("").is_empty());
        assert!(split_lines("\n \u{feff}\r\n").is_empty());
    }
}
