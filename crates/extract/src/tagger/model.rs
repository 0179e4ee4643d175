//! The weights: sparse per-feature class weights in an open-addressed table, the tag dictionary,
//! and their byte format (magic, version, sections, checksum), validated on reading.

use super::features::hash_bytes;
use super::tags::Tag;

/// Why bytes could not be read as a tagger model.
///
/// ```
/// use newsclaim_extract::tagger::{ModelError, Tagger};
///
/// assert!(matches!(Tagger::from_bytes(b"not a model"), Err(ModelError::BadMagic)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ModelError {
    /// The bytes do not start with the model's magic number.
    #[error("not a tagger model (bad magic number)")]
    BadMagic,
    /// The model was written by an incompatible version of the format.
    #[error("unsupported tagger model version {0}")]
    UnsupportedVersion(u32),
    /// The bytes end before the model does.
    #[error("tagger model truncated")]
    Truncated,
    /// The checksum does not match the content.
    #[error("tagger model checksum mismatch")]
    Checksum,
    /// A value is out of range or out of order.
    #[error("invalid tagger model: {0}")]
    Invalid(&'static str),
}

pub(crate) const MAGIC: &[u8; 8] = b"NCTAGGER";
pub(crate) const VERSION: u32 = 1;

/// Sparse class weights of hashed features: `table` holds `key << 32 | offset << 8 | len` (0 is
/// empty), `entries` holds `weight << 8 | class` for each feature's non-zero classes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Weights {
    pub n_classes: usize,
    mask: usize,
    table: Vec<u64>,
    entries: Vec<u32>,
}

impl Weights {
    /// Builds the table from features sorted by key, each with its `(class, weight)` pairs
    /// sorted by class.
    pub fn from_sorted(n_classes: usize, features: &[(u32, Vec<(u8, i16)>)]) -> Weights {
        let cap = (features.len() * 2).next_power_of_two().max(16);
        let mut w = Weights { n_classes, mask: cap - 1, table: vec![0; cap], entries: Vec::new() };
        for (key, classes) in features {
            let offset = w.entries.len() as u64;
            w.entries.extend(classes.iter().map(|&(c, v)| ((v as i32 as u32) << 8) | c as u32));
            w.insert(*key, offset, classes.len() as u64);
        }
        w
    }

    fn insert(&mut self, key: u32, offset: u64, len: u64) -> bool {
        let mut i = key as usize & self.mask;
        loop {
            let slot = self.table[i];
            if slot == 0 {
                self.table[i] = ((key as u64) << 32) | (offset << 8) | len;
                return true;
            }
            if (slot >> 32) as u32 == key {
                return false;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Adds the weights of feature `key` to `scores`.
    #[inline]
    pub fn add(&self, key: u32, scores: &mut [i32]) {
        let mut i = key as usize & self.mask;
        loop {
            let slot = self.table[i];
            if slot == 0 {
                return;
            }
            if (slot >> 32) as u32 == key {
                let offset = ((slot >> 8) & 0xff_ffff) as usize;
                let len = (slot & 0xff) as usize;
                for &e in &self.entries[offset..offset + len] {
                    if let Some(s) = scores.get_mut((e & 0xff) as usize) {
                        *s += (e as i32) >> 8;
                    }
                }
                return;
            }
            i = (i + 1) & self.mask;
        }
    }

    pub fn n_features(&self) -> usize {
        self.table.iter().filter(|&&s| s != 0).count()
    }

    fn write(&self, out: &mut Vec<u8>) {
        let mut slots: Vec<u64> = self.table.iter().copied().filter(|&s| s != 0).collect();
        slots.sort_unstable();
        out.push(self.n_classes as u8);
        out.extend_from_slice(&(slots.len() as u32).to_le_bytes());
        let mut prev = 0u32;
        for slot in slots {
            let key = (slot >> 32) as u32;
            let offset = ((slot >> 8) & 0xff_ffff) as usize;
            let len = (slot & 0xff) as usize;
            write_varint(out, (key - prev) as u64);
            prev = key;
            out.push(len as u8);
            for &e in &self.entries[offset..offset + len] {
                out.push((e & 0xff) as u8);
                let v = ((e as i32) >> 8) as i16;
                write_varint(out, zigzag(v));
            }
        }
    }

    fn read(r: &mut Reader<'_>) -> Result<Weights, ModelError> {
        let n_classes = r.u8()? as usize;
        if n_classes == 0 {
            return Err(ModelError::Invalid("no classes"));
        }
        let n = r.u32()? as usize;
        // Each feature takes at least three bytes.
        if n > r.remaining() / 3 {
            return Err(ModelError::Truncated);
        }
        let cap = (n * 2).next_power_of_two().max(16);
        let mut w = Weights { n_classes, mask: cap - 1, table: vec![0; cap], entries: Vec::new() };
        let mut key = 0u32;
        for _ in 0..n {
            let delta = r.varint()?;
            if delta == 0 || delta > u32::MAX as u64 - key as u64 {
                return Err(ModelError::Invalid("feature keys out of order"));
            }
            key += delta as u32;
            let len = r.u8()? as usize;
            if len == 0 || len > n_classes {
                return Err(ModelError::Invalid("bad number of classes for a feature"));
            }
            let offset = w.entries.len();
            if offset + len > 0xff_ffff {
                return Err(ModelError::Invalid("too many weights"));
            }
            let mut last: Option<u8> = None;
            for _ in 0..len {
                let class = r.u8()?;
                if class as usize >= n_classes || last.is_some_and(|l| l >= class) {
                    return Err(ModelError::Invalid("class out of range or order"));
                }
                last = Some(class);
                let v = unzigzag(r.varint()?).ok_or(ModelError::Invalid("weight out of range"))?;
                w.entries.push(((v as i32 as u32) << 8) | class as u32);
            }
            w.insert(key, offset as u64, len as u64);
        }
        Ok(w)
    }
}

/// Frequent words that (almost) always take the same tag, looked up before any feature.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct TagDict {
    words: Vec<(Box<str>, u8)>,
    mask: usize,
    table: Vec<(u64, u8)>,
}

impl TagDict {
    /// `words` sorted and unique.
    pub fn new(words: Vec<(Box<str>, u8)>) -> TagDict {
        let cap = (words.len() * 2).next_power_of_two().max(16);
        let mut d = TagDict { mask: cap - 1, table: vec![(0, u8::MAX); cap], words };
        for i in 0..d.words.len() {
            let h = hash_bytes(d.words[i].0.as_bytes()) | 1;
            let mut j = h as usize & d.mask;
            while d.table[j].0 != 0 {
                j = (j + 1) & d.mask;
            }
            d.table[j] = (h, d.words[i].1);
        }
        d
    }

    /// The class of the word with raw hash `raw`, if it is in the dictionary.
    #[inline]
    pub fn get(&self, raw: u64) -> Option<u8> {
        let h = raw | 1;
        let mut j = h as usize & self.mask;
        loop {
            let (k, c) = self.table[j];
            if k == 0 {
                return None;
            }
            if k == h {
                return Some(c);
            }
            j = (j + 1) & self.mask;
        }
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }
}

/// The tags seen with frequent words (lowercased): a word's "ambiguity class", the tagger's
/// view of words ahead of the one it tags.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct AmbClasses {
    words: Vec<(Box<str>, Box<[u8]>)>,
    mask: usize,
    table: Vec<(u64, u64)>,
}

/// The ambiguity class of a word not in [`AmbClasses`].
pub(crate) const UNKNOWN_AMB: u64 = 0x554e_4b4e_4f57_4e00;

impl AmbClasses {
    /// `words` sorted and unique, each with its classes ascending.
    pub fn new(words: Vec<(Box<str>, Box<[u8]>)>) -> AmbClasses {
        let cap = (words.len() * 2).next_power_of_two().max(16);
        let mut d = AmbClasses { mask: cap - 1, table: vec![(0, 0); cap], words };
        for (w, classes) in &d.words {
            let h = hash_bytes(w.as_bytes()) | 1;
            let code = hash_bytes(classes) ^ 0xa3b1_95cd_0f12_e7d9;
            let mut j = h as usize & d.mask;
            while d.table[j].0 != 0 {
                j = (j + 1) & d.mask;
            }
            d.table[j] = (h, code);
        }
        d
    }

    /// The class code of the word whose lowercased hash is `lower`.
    #[inline]
    pub fn get(&self, lower: u64) -> u64 {
        let h = lower | 1;
        let mut j = h as usize & self.mask;
        loop {
            let (k, c) = self.table[j];
            if k == 0 {
                return UNKNOWN_AMB;
            }
            if k == h {
                return c;
            }
            j = (j + 1) & self.mask;
        }
    }
}

/// Everything a [`Tagger`](super::Tagger) knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Model {
    pub classes: Vec<Tag>,
    pub class_codes: Vec<u64>,
    pub dict: TagDict,
    pub amb: AmbClasses,
    pub tags: Weights,
    pub chunks: Weights,
}

impl Model {
    pub fn new(classes: Vec<Tag>, dict: TagDict, amb: AmbClasses, tags: Weights, chunks: Weights) -> Model {
        let class_codes = classes.iter().map(|t| t.code()).collect();
        Model { classes, class_codes, dict, amb, tags, chunks }
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.push(self.classes.len() as u8);
        for t in &self.classes {
            let (x, u) = t.to_pair();
            out.extend_from_slice(&[x, u]);
        }
        out.extend_from_slice(&(self.dict.words.len() as u32).to_le_bytes());
        for (w, c) in &self.dict.words {
            out.push(w.len() as u8);
            out.extend_from_slice(w.as_bytes());
            out.push(*c);
        }
        out.extend_from_slice(&(self.amb.words.len() as u32).to_le_bytes());
        for (w, classes) in &self.amb.words {
            out.push(w.len() as u8);
            out.extend_from_slice(w.as_bytes());
            out.push(classes.len() as u8);
            out.extend_from_slice(classes);
        }
        self.tags.write(&mut out);
        self.chunks.write(&mut out);
        let sum = checksum(&out);
        out.extend_from_slice(&sum.to_le_bytes());
        out
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
            return Err(ModelError::BadMagic);
        }
        if bytes.len() < MAGIC.len() + 4 + 8 {
            return Err(ModelError::Truncated);
        }
        let version = u32::from_le_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]);
        if version != VERSION {
            return Err(ModelError::UnsupportedVersion(version));
        }
        let (body, sum) = bytes.split_at(bytes.len() - 8);
        let sum = u64::from_le_bytes([sum[0], sum[1], sum[2], sum[3], sum[4], sum[5], sum[6], sum[7]]);
        if checksum(body) != sum {
            return Err(ModelError::Checksum);
        }
        let mut r = Reader { bytes: body, pos: 12 };
        let n_classes = r.u8()? as usize;
        if n_classes == 0 {
            return Err(ModelError::Invalid("no tags"));
        }
        let mut classes = Vec::with_capacity(n_classes);
        for _ in 0..n_classes {
            let (x, u) = (r.u8()?, r.u8()?);
            let tag = Tag::from_pair(x, u).ok_or(ModelError::Invalid("unknown tag"))?;
            if classes.contains(&tag) {
                return Err(ModelError::Invalid("duplicate tag"));
            }
            classes.push(tag);
        }
        let n_words = r.u32()? as usize;
        if n_words > r.remaining() / 2 {
            return Err(ModelError::Truncated);
        }
        let mut words: Vec<(Box<str>, u8)> = Vec::with_capacity(n_words);
        for _ in 0..n_words {
            let len = r.u8()? as usize;
            let w = std::str::from_utf8(r.take(len)?).map_err(|_| ModelError::Invalid("word not UTF-8"))?;
            let c = r.u8()?;
            if c as usize >= n_classes {
                return Err(ModelError::Invalid("dictionary tag out of range"));
            }
            if words.last().is_some_and(|(l, _)| **l >= *w) {
                return Err(ModelError::Invalid("dictionary out of order"));
            }
            words.push((w.into(), c));
        }
        let n_amb = r.u32()? as usize;
        if n_amb > r.remaining() / 3 {
            return Err(ModelError::Truncated);
        }
        let mut amb: Vec<(Box<str>, Box<[u8]>)> = Vec::with_capacity(n_amb);
        for _ in 0..n_amb {
            let len = r.u8()? as usize;
            let w = std::str::from_utf8(r.take(len)?).map_err(|_| ModelError::Invalid("word not UTF-8"))?;
            let n = r.u8()? as usize;
            let classes = r.take(n)?;
            if n == 0 || classes.windows(2).any(|p| p[0] >= p[1]) || classes[n - 1] as usize >= n_classes {
                return Err(ModelError::Invalid("bad ambiguity class"));
            }
            if amb.last().is_some_and(|(l, _)| **l >= *w) {
                return Err(ModelError::Invalid("ambiguity classes out of order"));
            }
            amb.push((w.into(), classes.into()));
        }
        let tags = Weights::read(&mut r)?;
        if tags.n_classes != n_classes {
            return Err(ModelError::Invalid("tag weights do not match the tag set"));
        }
        let chunks = Weights::read(&mut r)?;
        if chunks.n_classes != 3 {
            return Err(ModelError::Invalid("chunk weights need three classes"));
        }
        if r.remaining() != 0 {
            return Err(ModelError::Invalid("trailing bytes"));
        }
        Ok(Model::new(classes, TagDict::new(words), AmbClasses::new(amb), tags, chunks))
    }
}

/// FNV-1a over the bytes.
fn checksum(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h = (h ^ b as u64).wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn zigzag(v: i16) -> u64 {
    (((v as i32) << 1) ^ ((v as i32) >> 31)) as u32 as u64
}

fn unzigzag(u: u64) -> Option<i16> {
    let u = u32::try_from(u).ok()?;
    let v = ((u >> 1) as i32) ^ -((u & 1) as i32);
    i16::try_from(v).ok()
}

fn write_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn remaining(&self) -> usize {
        self.bytes.len() - self.pos
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        if n > self.remaining() {
            return Err(ModelError::Truncated);
        }
        let s = &self.bytes[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }

    fn u8(&mut self) -> Result<u8, ModelError> {
        Ok(self.take(1)?[0])
    }

    fn u32(&mut self) -> Result<u32, ModelError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn varint(&mut self) -> Result<u64, ModelError> {
        let mut v = 0u64;
        for shift in (0..35).step_by(7) {
            let b = self.u8()?;
            v |= ((b & 0x7f) as u64) << shift;
            if b < 0x80 {
                return Ok(v);
            }
        }
        Err(ModelError::Invalid("varint too long"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zigzag_round_trips() {
        for v in [0i16, 1, -1, 2, -2, i16::MAX, i16::MIN, 1234, -4321] {
            assert_eq!(unzigzag(zigzag(v)), Some(v));
        }
        assert_eq!(unzigzag(u64::MAX), None);
    }

    #[test]
    fn weights_add_and_round_trip() {
        let w = Weights::from_sorted(3, &[(5, vec![(0, 7), (2, -3)]), (9, vec![(1, 100)])]);
        let mut s = [0i32; 3];
        w.add(5, &mut s);
        w.add(9, &mut s);
        w.add(6, &mut s);
        assert_eq!(s, [7, 100, -3]);
        let mut out = Vec::new();
        w.write(&mut out);
        let back = Weights::read(&mut Reader { bytes: &out, pos: 0 }).unwrap();
        assert_eq!(back, w);
    }

    #[test]
    fn dictionary_finds_its_words() {
        let d = TagDict::new(vec![("of".into(), 3), ("the".into(), 1)]);
        assert_eq!(d.get(hash_bytes(b"the")), Some(1));
        assert_eq!(d.get(hash_bytes(b"of")), Some(3));
        assert_eq!(d.get(hash_bytes(b"The")), None);
        assert_eq!(d.len(), 2);
    }
}
