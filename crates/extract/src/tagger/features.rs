//! Feature extraction: every feature is a 32-bit hash of a template id and the hashed bytes it
//! looks at (a lowercased word, a suffix, a shape, the previous tags …), built without allocating.

/// Hashes of one word's views, computed once per sentence.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct WordInfo {
    /// The word as written (the tag dictionary's key).
    pub raw: u64,
    /// Lowercased, digits replaced by `0`.
    pub lower: u64,
    /// Suffixes of 1 to 4 characters of `lower`.
    pub suf: [u64; 4],
    /// The first character as written.
    pub pref1: u64,
    /// The first three characters of `lower`.
    pub pref3: u64,
    /// The collapsed shape (`Xx`, `X.X.`, `d`, `x-x` …).
    pub shape: u64,
    /// The ambiguity class (the tags seen with the word in training), set by the caller.
    pub amb: u64,
}

const K: u64 = 0x517c_c1b7_2722_0a95;

/// FxHash-style hash of a byte slice, eight bytes at a time.
pub(crate) fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h: u64 = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let v = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h.rotate_left(5) ^ v).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        // The remaining bytes little-endian, zero-padded (a loop, not a call to `memcpy`).
        let v = rest.iter().rev().fold(0u64, |v, &b| (v << 8) | b as u64);
        h = (h.rotate_left(5) ^ v).wrapping_mul(K);
    }
    mix(h)
}

#[inline]
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The feature key of template `t` over the value `a` (never 0: 0 marks an empty slot). The
/// inputs are hashes already, so one multiply mixes them.
#[inline]
pub(crate) fn key(t: u64, a: u64) -> u32 {
    let h = (a ^ t.wrapping_mul(0x9e37_79b9_7f4a_7c15)).wrapping_mul(0xd6e8_feb8_6659_fd93);
    ((h >> 32) as u32).max(1)
}

/// The feature key of template `t` over the values `a` and `b`.
#[inline]
pub(crate) fn key2(t: u64, a: u64, b: u64) -> u32 {
    key(t, a.wrapping_mul(K) ^ b)
}

/// The feature key of template `t` over `a`, `b` and `c`.
#[inline]
pub(crate) fn key3(t: u64, a: u64, b: u64, c: u64) -> u32 {
    key(t, (a.wrapping_mul(K) ^ b).wrapping_mul(0x2545_f491_4f6c_dd1d) ^ c)
}

/// Sentence padding before the first word.
const START: u64 = 0x5354_4152_54ff_0001;
/// Sentence padding after the last word.
const END: u64 = 0x454e_4400_00ff_0002;

pub(crate) const START_INFO: WordInfo = WordInfo {
    raw: START,
    lower: START,
    suf: [START; 4],
    pref1: START,
    pref3: START,
    shape: START,
    amb: START,
};
pub(crate) const END_INFO: WordInfo =
    WordInfo { raw: END, lower: END, suf: [END; 4], pref1: END, pref3: END, shape: END, amb: END };

fn char_start(b: u8) -> bool {
    (b & 0xc0) != 0x80
}

/// The byte offset where the last `n` characters of `s` begin (0 if it has fewer).
fn suffix_start(s: &[u8], n: usize) -> usize {
    let mut seen = 0;
    let mut i = s.len();
    while i > 0 {
        i -= 1;
        if char_start(s[i]) {
            seen += 1;
            if seen == n {
                return i;
            }
        }
    }
    0
}

/// The byte offset where the first `n` characters of `s` end.
fn prefix_end(s: &[u8], n: usize) -> usize {
    let mut seen = 0;
    for (i, &b) in s.iter().enumerate() {
        if char_start(b) {
            if seen == n {
                return i;
            }
            seen += 1;
        }
    }
    s.len()
}

fn shape_class(c: char) -> u8 {
    if c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric()) {
        b'd'
    } else if c.is_uppercase() {
        b'X'
    } else if c.is_alphabetic() {
        b'x'
    } else if c.is_ascii() {
        c as u8
    } else {
        b'o'
    }
}

/// Computes the hashes of `word`, using `lower` as a reusable buffer.
pub(crate) fn word_info(word: &str, lower: &mut Vec<u8>) -> WordInfo {
    lower.clear();
    let mut shape = [0u8; 12];
    let mut shape_len = 0;
    let mut last = 0u8;
    let mut ascii = true;
    for &b in word.as_bytes() {
        if b >= 0x80 {
            ascii = false;
            break;
        }
    }
    if ascii {
        for &b in word.as_bytes() {
            let c = if b.is_ascii_digit() { b'0' } else { b.to_ascii_lowercase() };
            lower.push(c);
            let class = if b.is_ascii_digit() {
                b'd'
            } else if b.is_ascii_uppercase() {
                b'X'
            } else if b.is_ascii_lowercase() {
                b'x'
            } else {
                b
            };
            if class != last && shape_len < shape.len() {
                shape[shape_len] = class;
                shape_len += 1;
                last = class;
            }
        }
    } else {
        let mut buf = [0u8; 4];
        for c in word.chars() {
            if c.is_ascii_digit() {
                lower.push(b'0');
            } else {
                for l in c.to_lowercase() {
                    lower.extend_from_slice(l.encode_utf8(&mut buf).as_bytes());
                }
            }
            let class = shape_class(c);
            if class != last && shape_len < shape.len() {
                shape[shape_len] = class;
                shape_len += 1;
                last = class;
            }
        }
    }
    let l = &lower[..];
    let raw = word.as_bytes();
    WordInfo {
        raw: hash_bytes(raw),
        lower: hash_bytes(l),
        suf: [
            hash_bytes(&l[suffix_start(l, 1)..]),
            hash_bytes(&l[suffix_start(l, 2)..]),
            hash_bytes(&l[suffix_start(l, 3)..]),
            hash_bytes(&l[suffix_start(l, 4)..]),
        ],
        pref1: hash_bytes(&raw[..prefix_end(raw, 1)]),
        pref3: hash_bytes(&l[..prefix_end(l, 3)]),
        shape: hash_bytes(&shape[..shape_len]),
        amb: 0,
    }
}

/// The padded view of a sentence's word hashes: `at(i)` for any `i` in `-2..n+2`.
pub(crate) struct Context<'a> {
    pub words: &'a [WordInfo],
}

impl Context<'_> {
    #[inline]
    pub fn at(&self, i: isize) -> &WordInfo {
        if i < 0 {
            &START_INFO
        } else {
            self.words.get(i as usize).unwrap_or(&END_INFO)
        }
    }
}

/// The number of features [`tag_features`] writes.
pub(crate) const N_TAG_FEATURES: usize = N_TAG_SELF + N_TAG_CONTEXT;
/// The number of those that depend on the word alone ([`tag_self_features`], written first).
pub(crate) const N_TAG_SELF: usize = 10;
/// The number of the others ([`tag_context_features`]).
pub(crate) const N_TAG_CONTEXT: usize = 18;

/// The tagger's features of word `i`, given the two previous tags (`prev1`, `prev2`: tag codes
/// or padding). Writes exactly [`N_TAG_FEATURES`] keys: those of the word alone, then those of
/// its context.
#[inline]
pub(crate) fn tag_features(
    ctx: &Context<'_>,
    i: usize,
    prev1: u64,
    prev2: u64,
    out: &mut [u32; N_TAG_FEATURES],
) {
    let (own, rest) = out.split_at_mut(N_TAG_SELF);
    own.copy_from_slice(&tag_self_features(ctx.at(i as isize)));
    rest.copy_from_slice(&tag_context_features(ctx, i, prev1, prev2));
}

/// The tagger's features that depend on the word `w` alone (so their weights can be summed once
/// per word and remembered).
#[inline]
pub(crate) fn tag_self_features(w: &WordInfo) -> [u32; N_TAG_SELF] {
    [
        key(0, 0),
        key(1, w.lower),
        key(2, w.suf[0]),
        key(3, w.suf[1]),
        key(4, w.suf[2]),
        key(5, w.suf[3]),
        key(6, w.pref1),
        key(7, w.pref3),
        key(8, w.shape),
        key(22, w.amb),
    ]
}

/// The tagger's features of word `i` that depend on the words around it or the previous tags.
#[inline]
pub(crate) fn tag_context_features(
    ctx: &Context<'_>,
    i: usize,
    prev1: u64,
    prev2: u64,
) -> [u32; N_TAG_CONTEXT] {
    let i = i as isize;
    let w = ctx.at(i);
    let p1 = ctx.at(i - 1);
    let p2 = ctx.at(i - 2);
    let n1 = ctx.at(i + 1);
    let n2 = ctx.at(i + 2);
    [
        key(9, prev1),
        key(10, prev2),
        key2(11, prev1, prev2),
        key2(12, prev1, w.lower),
        key(13, p1.lower),
        key(14, p1.suf[2]),
        key(15, p2.lower),
        key(16, n1.lower),
        key(17, n1.suf[2]),
        key(18, n2.lower),
        key2(19, p1.lower, w.lower),
        key2(20, w.lower, n1.lower),
        key2(21, w.shape, n1.shape),
        key(23, n1.amb),
        key(24, n2.amb),
        key2(25, w.amb, n1.amb),
        key2(26, prev1, w.amb),
        key3(27, prev1, w.amb, n1.amb),
    ]
}

/// The number of features [`chunk_features`] writes.
pub(crate) const N_CHUNK_FEATURES: usize = N_CHUNK_SELF + N_CHUNK_CONTEXT;
/// The number of those that depend on the word and its tag alone (written first).
pub(crate) const N_CHUNK_SELF: usize = 7;
/// The number of the others.
pub(crate) const N_CHUNK_CONTEXT: usize = 15;

/// Padding tag codes.
pub(crate) const TAG_START: u64 = 0xfff0;
pub(crate) const TAG_END: u64 = 0xfff1;

/// The chunker's features of word `i` given the tag codes of the sentence (`tags`) and the
/// previous two chunk labels: those of the word and its tag, then the others.
#[inline]
pub(crate) fn chunk_features(
    ctx: &Context<'_>,
    tags: &[u64],
    i: usize,
    prev1: u64,
    prev2: u64,
    out: &mut [u32; N_CHUNK_FEATURES],
) {
    let (own, rest) = out.split_at_mut(N_CHUNK_SELF);
    own.copy_from_slice(&chunk_self_features(ctx.at(i as isize), tag_at(tags, i as isize)));
    rest.copy_from_slice(&chunk_context_features(ctx, tags, i, prev1, prev2));
}

/// The tag code at `j`, or padding.
#[inline]
fn tag_at(tags: &[u64], j: isize) -> u64 {
    if j < 0 {
        TAG_START
    } else {
        tags.get(j as usize).copied().unwrap_or(TAG_END)
    }
}

/// The chunker's features of the word `w` tagged `t0` alone.
#[inline]
pub(crate) fn chunk_self_features(w: &WordInfo, t0: u64) -> [u32; N_CHUNK_SELF] {
    [
        key(100, 0),
        key(101, w.lower),
        key(102, t0),
        key2(112, w.lower, t0),
        key2(116, w.shape, t0),
        key2(118, w.suf[2], t0),
        key2(120, w.amb, t0),
    ]
}

/// The chunker's features of word `i` that depend on its neighbours or the previous labels.
#[inline]
pub(crate) fn chunk_context_features(
    ctx: &Context<'_>,
    tags: &[u64],
    i: usize,
    prev1: u64,
    prev2: u64,
) -> [u32; N_CHUNK_CONTEXT] {
    let t = |j: isize| tag_at(tags, j);
    let ii = i as isize;
    let w = ctx.at(ii);
    let (t0, tp1, tp2, tn1, tn2) = (t(ii), t(ii - 1), t(ii - 2), t(ii + 1), t(ii + 2));
    [
        key(103, tp1),
        key(104, tn1),
        key2(105, tp1, t0),
        key2(106, t0, tn1),
        key3(107, tp2, tp1, t0),
        key3(108, t0, tn1, tn2),
        key(109, prev1),
        key2(110, prev1, t0),
        key3(111, prev1, tp1, t0),
        key2(113, prev1, prev2),
        key2(114, ctx.at(ii - 1).lower, t0),
        key2(115, ctx.at(ii + 1).lower, t0),
        key3(117, prev1, t0, tn1),
        key2(119, prev1, w.lower),
        key3(121, tp1, t0, ctx.at(ii + 1).lower),
    ]
}
