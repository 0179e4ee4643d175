//! Byte-level word scanner and word-shingle hashing.
//!
//! Shingling is the hot loop of near-duplicate detection, so it works on bytes: ASCII letters are
//! lower-cased through a table and the capitals of Latin-1, Greek and Cyrillic by a two-byte
//! rule; ASCII punctuation and whitespace separate words, and so do the Unicode punctuation marks
//! news sites sprinkle around words (curly quotes, dashes, no-break space, guillemets). Every
//! other non-ASCII byte is part of a word, so words in any script hash consistently without
//! decoding UTF-8. No allocation happens per word or per shingle.

/// What a byte means to the scanner.
const SEPARATOR: u8 = 0;

/// Byte → lower-cased byte for word bytes, [`SEPARATOR`] for separators.
static BYTE_CLASS: [u8; 256] = build_byte_class();

const fn build_byte_class() -> [u8; 256] {
    let mut table = [SEPARATOR; 256];
    let mut b = 0usize;
    while b < 256 {
        let byte = b as u8;
        table[b] = if byte.is_ascii_uppercase() {
            byte + 32
        } else if byte.is_ascii_lowercase() || byte.is_ascii_digit() || byte >= 0x80 {
            byte
        } else {
            SEPARATOR
        };
        b += 1;
    }
    table
}

/// Length of a Unicode separator starting at `bytes[i]` (a lead byte ≥ 0x80), or 0 if the
/// character there belongs to a word.
#[inline]
fn unicode_separator_len(bytes: &[u8], i: usize) -> usize {
    match bytes[i] {
        // U+00A0 no-break space, U+00AB «, U+00BB », U+00B7 middle dot
        0xC2 => match bytes.get(i + 1) {
            Some(0xA0 | 0xAB | 0xBB | 0xB7) => 2,
            _ => 0,
        },
        // U+2000..U+206F general punctuation: dashes, curly quotes, ellipsis, thin spaces
        0xE2 => match bytes.get(i + 1) {
            Some(0x80 | 0x81) if i + 2 < bytes.len() => 3,
            _ => 0,
        },
        // U+3000 ideographic space and CJK punctuation U+3001..U+3002
        0xE3 => match (bytes.get(i + 1), bytes.get(i + 2)) {
            (Some(0x80), Some(0x80..=0x82)) => 3,
            _ => 0,
        },
        _ => 0,
    }
}

/// The UTF-8 bytes of the lower-case form of a two-byte capital letter at `bytes[i]` in the
/// Latin-1, Greek and Cyrillic blocks (À→à, Σ→σ, Д→д, Ё→ё), or `None` for anything else.
#[inline]
fn fold_two_byte_capital(bytes: &[u8], i: usize) -> Option<(u8, u8)> {
    let next = *bytes.get(i + 1)?;
    match (bytes[i], next) {
        // U+00C0..U+00DE except U+00D7 (×)
        (0xC3, 0x80..=0x9E) if next != 0x97 => Some((0xC3, next + 0x20)),
        // Greek U+0391..U+039F → U+03B1..U+03BF, U+03A0..U+03A9 → U+03C0..U+03C9
        (0xCE, 0x91..=0x9F) => Some((0xCE, next + 0x20)),
        (0xCE, 0xA0..=0xA9) => Some((0xCF, next - 0x20)),
        // Cyrillic U+0400..U+040F → U+0450..U+045F, U+0410..U+041F → U+0430..U+043F,
        // U+0420..U+042F → U+0440..U+044F
        (0xD0, 0x80..=0x8F) => Some((0xD1, next + 0x10)),
        (0xD0, 0x90..=0x9F) => Some((0xD0, next + 0x20)),
        (0xD0, 0xA0..=0xAF) => Some((0xD1, next - 0x20)),
        _ => None,
    }
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// A strong 64-bit finaliser (from splitmix64 / murmur3 fmix64).
#[inline]
pub(crate) fn mix64(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// Calls `each_word` with a 64-bit hash of every word of `text`, in order.
///
/// Words are case-folded runs of letters, digits and non-ASCII characters. The hash is a
/// function of the folded word alone, so "Russia", "RUSSIA" and "russia" hash alike (and
/// "МОСКВА" and "москва"; capitals outside Latin-1, Greek and Cyrillic are not folded).
#[inline]
pub fn for_each_word_hash(text: &[u8], mut each_word: impl FnMut(u64)) {
    let mut hash = FNV_OFFSET;
    let mut in_word = false;
    let mut i = 0;
    let len = text.len();
    while i < len {
        let byte = text[i];
        let class = BYTE_CLASS[byte as usize];
        let separator_len = if class == SEPARATOR {
            1
        } else if byte >= 0x80 {
            unicode_separator_len(text, i)
        } else {
            0
        };
        if separator_len == 0 {
            if byte >= 0xC3 {
                if let Some((lead, next)) = fold_two_byte_capital(text, i) {
                    hash = (hash ^ u64::from(lead)).wrapping_mul(FNV_PRIME);
                    hash = (hash ^ u64::from(next)).wrapping_mul(FNV_PRIME);
                    in_word = true;
                    i += 2;
                    continue;
                }
            }
            hash = (hash ^ u64::from(class)).wrapping_mul(FNV_PRIME);
            in_word = true;
            i += 1;
        } else {
            if in_word {
                each_word(mix64(hash));
                hash = FNV_OFFSET;
                in_word = false;
            }
            i += separator_len;
        }
    }
    if in_word {
        each_word(mix64(hash));
    }
}

/// Multiplier of the polynomial rolling hash over word hashes (odd, so invertible mod 2^64).
const ROLL_BASE: u64 = 0x9e37_79b9_7f4a_7c15;

/// Calls `each_shingle` with a hash of every run of `size` consecutive words of `text`.
///
/// A text with at least one word but fewer than `size` words yields one shingle made of all its
/// words, so short texts still have a fingerprint; an empty text yields none. `size == 0` is
/// treated as 1. The shingle hash is a rolling polynomial over word hashes: two multiplications
/// per word whatever the shingle size.
#[inline]
pub fn for_each_shingle_hash(text: &[u8], size: usize, mut each_shingle: impl FnMut(u64)) {
    let size = size.max(1);
    if size == 1 {
        for_each_word_hash(text, each_shingle);
        return;
    }
    // Window of the last `size` word hashes; a fixed array for the common sizes keeps it on the
    // stack, larger sizes fall back to one allocation per text (not per word).
    let mut small = [0u64; 16];
    let mut large = Vec::new();
    let window: &mut [u64] = if size <= small.len() {
        &mut small[..size]
    } else {
        large.resize(size, 0);
        &mut large
    };
    // ROLL_BASE^(size-1): the weight of the word leaving the window.
    let mut top_weight = 1u64;
    for _ in 1..size {
        top_weight = top_weight.wrapping_mul(ROLL_BASE);
    }
    let mut rolling = 0u64;
    let mut words = 0usize;
    for_each_word_hash(text, |word| {
        let slot = words % size;
        if words >= size {
            rolling = rolling.wrapping_sub(window[slot].wrapping_mul(top_weight));
        }
        rolling = rolling.wrapping_mul(ROLL_BASE).wrapping_add(word);
        window[slot] = word;
        words += 1;
        if words >= size {
            each_shingle(rolling);
        }
    });
    if words > 0 && words < size {
        each_shingle(rolling);
    }
}

/// The sorted, de-duplicated shingle hashes of `text`: the exact set that Jaccard similarity is
/// computed over (exact up to 64-bit hash collisions).
pub fn shingle_set(text: &[u8], size: usize) -> Vec<u64> {
    let mut set = Vec::with_capacity(text.len() / 5 + 1);
    for_each_shingle_hash(text, size, |h| set.push(h));
    set.sort_unstable();
    set.dedup();
    set
}

/// Jaccard similarity |A ∩ B| / |A ∪ B| of two sorted, de-duplicated sets; 0 when both are
/// empty (an empty text is a duplicate of nothing).
pub fn jaccard_sorted(a: &[u64], b: &[u64]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    common as f64 / (a.len() + b.len() - common) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<u64> {
        let mut out = Vec::new();
        for_each_word_hash(text.as_bytes(), |h| out.push(h));
        out
    }

    #[test]
    fn case_and_punctuation_do_not_change_words() {
        assert_eq!(words("Russia, NATO — “talks”!"), words("russia nato talks"));
        assert_eq!(words("a\u{a0}b"), words("a b"));
        assert_eq!(words("").len(), 0);
        assert_eq!(words("  ...  ").len(), 0);
    }

    #[test]
    fn common_non_ascii_capitals_fold() {
        assert_eq!(words("ÉLYSÉE МОСКВА ΑΘΗΝΑ ЁЖ"), words("élysée москва αθηνα ёж"));
        assert_ne!(words("×"), words("÷"));
        assert_eq!(words("Ã").len(), 1);
    }

    #[test]
    fn non_ascii_letters_are_word_characters() {
        assert_eq!(words("Zürich Москва").len(), 2);
        assert_ne!(words("zürich"), words("zurich"));
    }

    #[test]
    fn shingles_roll_like_recomputation() {
        let text = "one two three four five six seven";
        let mut rolled = Vec::new();
        for_each_shingle_hash(text.as_bytes(), 3, |h| rolled.push(h));
        assert_eq!(rolled.len(), 5);
        // the same trigram elsewhere hashes the same
        let mut again = Vec::new();
        for_each_shingle_hash(b"x three four five y", 3, |h| again.push(h));
        assert_eq!(again[1], rolled[2]);
    }

    #[test]
    fn short_texts_have_one_shingle() {
        let mut n = 0;
        for_each_shingle_hash(b"only two", 5, |_| n += 1);
        assert_eq!(n, 1);
        n = 0;
        for_each_shingle_hash(b"", 5, |_| n += 1);
        assert_eq!(n, 0);
    }

    #[test]
    fn large_shingle_sizes_work() {
        let text = (0..40).map(|i| format!("w{i} ")).collect::<String>();
        assert_eq!(shingle_set(text.as_bytes(), 20).len(), 21);
    }

    #[test]
    fn jaccard_of_sets() {
        assert_eq!(jaccard_sorted(&[1, 2, 3], &[2, 3, 4]), 0.5);
        assert_eq!(jaccard_sorted(&[], &[]), 0.0);
        assert_eq!(jaccard_sorted(&[1], &[1]), 1.0);
    }

    #[test]
    fn truncated_utf8_never_panics() {
        let bytes = [b'a', 0xE2, 0x80];
        let _ = words(std::str::from_utf8(&bytes[..1]).unwrap());
        let mut n = 0;
        for_each_word_hash(&bytes, |_| n += 1);
        assert_eq!(n, 1);
        for_each_word_hash(&[0xC2], |_| n += 1);
        for_each_word_hash(&[0xE3, 0x80], |_| n += 1);
    }
}
