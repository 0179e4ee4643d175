//! Text blocks: the lines a browser would lay out, with entities decoded and white space folded.

use std::ops::Range;

use super::cues::Flags;
use super::entities::ENTITIES;

/// One block of text: a paragraph, heading, list item, cell, or a run of text between `<br>`s.
#[derive(Debug, Clone)]
pub(crate) struct Block {
    /// Decoded text, runs of white space folded to one space, trimmed; never contains `\n`.
    pub text: String,
    /// The element's byte range when the block is the whole text of one element, else the range
    /// from the first to the last byte of its text.
    pub span: Range<usize>,
    /// The innermost open element when the text began (`u32::MAX`: none).
    pub node: u32,
    /// Cues of that element and its ancestors.
    pub flags: Flags,
    /// Characters inside links.
    pub link_chars: u32,
    /// Characters (not bytes) of `text`.
    pub chars: u32,
    /// Characters of the link the block starts with (0 when it starts with plain text).
    pub lead_link: u32,
    /// Cues of every element any of its text came from (inline elements included).
    pub seen: Flags,
}

impl Block {
    pub(crate) fn link_density(&self) -> f32 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars as f32 / self.chars as f32
        }
    }
}

/// Collects blocks as the tokens stream by.
pub(crate) struct TextSink {
    blocks: Vec<Block>,
    cur: String,
    first: usize,
    last: usize,
    flags: Flags,
    node: u32,
    links: u32,
    chars: u32,
    /// The block so far is all link text.
    all_link: bool,
    lead_link: u32,
    seen: Flags,
    pending_space: bool,
    /// The block element opened with no text since: `(node, start of its start tag)`.
    fresh: Option<(u32, usize)>,
    /// The current block is the whole text so far of this element: `(node, start)`.
    owner: Option<(u32, usize)>,
    ctx_flags: Flags,
    ctx_node: u32,
    in_link: u32,
}

impl TextSink {
    pub(crate) fn new(len: usize) -> TextSink {
        TextSink {
            blocks: Vec::with_capacity(len / 300),
            cur: String::new(),
            first: 0,
            last: 0,
            flags: Flags::empty(),
            node: u32::MAX,
            links: 0,
            chars: 0,
            all_link: true,
            lead_link: 0,
            seen: Flags::empty(),
            pending_space: false,
            fresh: None,
            owner: None,
            ctx_flags: Flags::empty(),
            ctx_node: u32::MAX,
            in_link: 0,
        }
    }

    pub(crate) fn into_blocks(self) -> Vec<Block> {
        self.blocks
    }

    pub(crate) fn set_context(&mut self, flags: Flags, node: Option<u32>) {
        self.ctx_flags = flags;
        self.ctx_node = node.unwrap_or(u32::MAX);
    }

    pub(crate) fn enter_link(&mut self) {
        self.in_link += 1;
    }

    pub(crate) fn leave_link(&mut self) {
        self.in_link = self.in_link.saturating_sub(1);
    }

    pub(crate) fn open_block(&mut self, node: u32, start: usize) {
        self.fresh = Some((node, start));
    }

    /// A block element ends: if the current block is its whole text, the span is the element's.
    pub(crate) fn close_block(&mut self, node: u32, end: usize) {
        if let Some((owner, start)) = self.owner {
            if owner == node && !self.cur.is_empty() {
                self.push(start..end);
                return;
            }
        }
        self.flush(end);
    }

    /// A block boundary (a block element starts or ends, `<hr>`).
    pub(crate) fn boundary(&mut self, at: usize) {
        self.flush(at);
    }

    pub(crate) fn line_break(&mut self, at: usize, _end: usize) {
        self.flush(at);
    }

    /// Ends the current block, if any, with the span of its text.
    pub(crate) fn flush(&mut self, _at: usize) {
        self.fresh = None;
        if !self.cur.is_empty() {
            self.push(self.first..self.last);
        }
        self.owner = None;
    }

    fn push(&mut self, span: Range<usize>) {
        let text = std::mem::take(&mut self.cur);
        self.blocks.push(Block {
            text,
            span,
            node: self.node,
            flags: self.flags,
            link_chars: self.links.min(self.chars),
            chars: self.chars,
            lead_link: self.lead_link,
            seen: self.seen,
        });
        self.seen = Flags::empty();
        self.all_link = true;
        self.lead_link = 0;
        self.cur = String::new();
        self.links = 0;
        self.chars = 0;
        self.pending_space = false;
        self.owner = None;
        self.fresh = None;
    }

    /// A chunk of raw text (entities not yet decoded) at `loc`.
    pub(crate) fn text(&mut self, raw: &str, loc: Range<usize>) {
        if self.ctx_flags.intersects(Flags::OPAQUE) {
            return;
        }
        // Hidden text is its own block (reported as removed), never part of a visible one.
        if !self.cur.is_empty()
            && self.ctx_flags.intersects(Flags::HIDDEN) != self.flags.intersects(Flags::HIDDEN)
        {
            self.flush(loc.start);
        }
        let before = self.chars;
        let was_empty = self.cur.is_empty();
        let mut first_at = None;
        let mut last_at = 0;
        decode_into(raw, |offset, piece| {
            for c in piece.chars() {
                if c.is_whitespace() || matches!(c, '\u{feff}' | '\u{200b}' | '\u{00ad}') {
                    self.pending_space = true;
                    continue;
                }
                if c.is_control() {
                    continue;
                }
                if self.pending_space && !self.cur.is_empty() {
                    self.cur.push(' ');
                    self.chars += 1;
                }
                self.pending_space = false;
                self.cur.push(c);
                self.chars += 1;
                first_at.get_or_insert(offset);
                last_at = offset + piece.len();
            }
        });
        if let Some(f) = first_at {
            if was_empty {
                self.first = loc.start + f;
                self.node = self.ctx_node;
                self.flags = self.ctx_flags;
                self.owner = self.fresh.take();
            }
            self.last = (loc.start + last_at).min(loc.end);
            self.seen |= self.ctx_flags;
            if self.in_link > 0 {
                self.links += self.chars - before;
                if self.all_link {
                    self.lead_link = self.chars;
                }
            } else {
                self.all_link = false;
            }
        }
    }
}

/// Calls `f(offset, piece)` for the decoded pieces of `raw`: runs of literal text, and the
/// expansion of each character reference (`offset` is where it starts in `raw`).
fn decode_into(raw: &str, mut f: impl FnMut(usize, &str)) {
    let bytes = raw.as_bytes();
    let mut at = 0;
    let mut buf = [0u8; 4];
    while let Some(i) = memchr::memchr(b'&', &bytes[at..]) {
        let amp = at + i;
        if amp > at {
            f(at, &raw[at..amp]);
        }
        match reference(&raw[amp..]) {
            Some((c, len)) => {
                f(amp, c.encode_utf8(&mut buf));
                at = amp + len;
            }
            None => {
                f(amp, "&");
                at = amp + 1;
            }
        }
    }
    if at < raw.len() {
        f(at, &raw[at..]);
    }
}

/// Decodes the character references of an attribute value or text.
pub(crate) fn decode_entities(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    decode_into(raw, |_, piece| out.push_str(piece));
    out
}

/// Folds runs of white space to one space and trims.
pub(crate) fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for w in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// The character a reference at the start of `s` (which starts with `&`) stands for, and its
/// length in bytes.
fn reference(s: &str) -> Option<(char, usize)> {
    let b = s.as_bytes();
    if b.len() > 2 && b[1] == b'#' {
        let (hex, digits_at) = if matches!(b[2], b'x' | b'X') { (true, 3) } else { (false, 2) };
        let mut end = digits_at;
        let mut value: u32 = 0;
        while end < b.len() {
            let d = match (hex, b[end]) {
                (_, c @ b'0'..=b'9') => (c - b'0') as u32,
                (true, c @ b'a'..=b'f') => (c - b'a' + 10) as u32,
                (true, c @ b'A'..=b'F') => (c - b'A' + 10) as u32,
                _ => break,
            };
            value = value.saturating_mul(if hex { 16 } else { 10 }).saturating_add(d);
            end += 1;
        }
        if end == digits_at {
            return None;
        }
        let len = if end < b.len() && b[end] == b';' { end + 1 } else { end };
        let c = match value {
            0x80..=0x9f => windows_1252_c1(value),
            0 => '\u{fffd}',
            v => char::from_u32(v).unwrap_or('\u{fffd}'),
        };
        return Some((c, len));
    }
    let scan = &b[1..b.len().min(12)];
    let end = match scan.iter().position(|&c| !c.is_ascii_alphanumeric()) {
        Some(p) => p + 1,
        None if b.len() <= 12 => b.len(),
        None => return None,
    };
    if end == 1 {
        return None;
    }
    let name = &s[1..end];
    if end < b.len() && b[end] == b';' {
        let i = ENTITIES.binary_search_by(|(n, _)| n.cmp(&name)).ok()?;
        return Some((ENTITIES[i].1, end + 1));
    }
    // The legacy references a browser accepts without a semicolon, the common ones.
    let c = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "nbsp" => '\u{a0}',
        "copy" => '©',
        "reg" => '®',
        _ => return None,
    };
    Some((c, end))
}

/// Numeric references 0x80–0x9F mean Windows-1252 characters (the HTML spec's table).
fn windows_1252_c1(v: u32) -> char {
    const TABLE: [u16; 32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
        0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
        0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ];
    char::from_u32(TABLE[(v - 0x80) as usize] as u32).unwrap_or('\u{fffd}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references() {
        assert_eq!(
            decode_entities("AT&amp;T &eacute;t&eacute; &#8217;&#x2014; &#150; &nbsp;&copy 2020 &bogus; & x"),
            "AT&T été ’— – \u{a0}© 2020 &bogus; & x"
        );
        assert_eq!(decode_entities("&#0; &#99999999999; &#x;"), "\u{fffd} \u{fffd} &#x;");
        assert_eq!(decode_entities("&"), "&");
        assert_eq!(decode_entities("&amp"), "&");
    }

    #[test]
    fn folding() {
        assert_eq!(fold("  a \n\t b  "), "a b");
    }
}
