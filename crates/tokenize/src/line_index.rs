//! Mapping byte offsets to lines and character offsets.

/// Maps byte offsets of one text to 1-based line numbers and to character offsets.
///
/// Built once per text in linear time; each query is a binary search. It owns its tables, so it
/// does not borrow the text. Pure-ASCII texts keep no per-character table at all.
#[derive(Debug, Clone, Default)]
pub struct LineIndex {
    /// Byte offset where each line starts; the first is always 0.
    line_starts: Vec<usize>,
    /// For each multi-byte character: (byte offset, byte length, extra bytes of all earlier ones).
    wide_chars: Vec<(usize, u8, usize)>,
    len: usize,
}

impl LineIndex {
    /// Indexes `text`.
    pub fn new(text: &str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        let mut wide_chars = Vec::new();
        if !text.is_ascii() {
            let mut extra = 0usize;
            for (i, c) in text.char_indices() {
                let n = c.len_utf8();
                if n > 1 {
                    wide_chars.push((i, n as u8, extra));
                    extra += n - 1;
                }
            }
        }
        LineIndex { line_starts, wide_chars, len: text.len() }
    }

    /// The 1-based line holding `byte_offset` (offsets past the end count as the last line).
    pub fn line(&self, byte_offset: usize) -> usize {
        self.line_starts.partition_point(|&s| s <= byte_offset)
    }

    /// Byte offset where the 1-based `line` starts, if the text has that line.
    pub fn line_start(&self, line: usize) -> Option<usize> {
        self.line_starts.get(line.checked_sub(1)?).copied()
    }

    /// The number of characters before `byte_offset` (a character offset, as Python counts).
    ///
    /// An offset inside a multi-byte character counts that character as before it; offsets past
    /// the end are clamped to the end.
    pub fn char_offset(&self, byte_offset: usize) -> usize {
        let b = byte_offset.min(self.len);
        let k = self.wide_chars.partition_point(|&(p, _, _)| p < b);
        if k == 0 {
            return b;
        }
        let (p, n, extra_before) = self.wide_chars[k - 1];
        let n = n as usize;
        if p + n <= b {
            b - extra_before - (n - 1)
        } else {
            p - extra_before + 1
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_one_based() {
        let idx = LineIndex::new("ab\ncd\n\nef");
        assert_eq!(idx.line(0), 1);
        assert_eq!(idx.line(2), 1);
        assert_eq!(idx.line(3), 2);
        assert_eq!(idx.line(6), 3);
        assert_eq!(idx.line(7), 4);
        assert_eq!(idx.line(100), 4);
        assert_eq!(idx.line_start(2), Some(3));
    }

    #[test]
    fn char_offsets_match_char_indices() {
        let text = "a“b”é — x\u{1F600}y";
        let idx = LineIndex::new(text);
        for (n, (i, _)) in text.char_indices().enumerate() {
            assert_eq!(idx.char_offset(i), n, "byte {i}");
        }
        assert_eq!(idx.char_offset(text.len()), text.chars().count());
        assert_eq!(idx.char_offset(2), 2, "inside “ counts it");
    }
}
