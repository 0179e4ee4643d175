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

/// Class weights of hashed features in an open-addressed table of 16-byte slots
/// `[key, meta, e0, e1]` (key 0 is empty). `meta` is `offset << 8 | len`: a feature with one or
/// two classes keeps them in the slot itself (`e0`, `e1`: `weight << 8 | class`), so reading it
/// costs one cache miss; one with up to `dense_min` classes keeps them in `entries` from
/// `offset`; one with more keeps a dense row of `n_classes` weights in `dense` (`len` 0, row
/// `offset`), added with a loop the compiler vectorizes.
#[derive(Debug, Clone)]
pub(crate) struct Weights {
    /// Distinguishes these weights from others built in this process (for [`Memo`](super::memo::Memo)).
    pub id: u64,
    pub n_classes: usize,
    mask: usize,
    table: Vec<[u32; 4]>,
    /// A byte per slot of `table`: 0 if empty, else [`fingerprint`] of its key. A sixteenth of
    /// the table's size, it stays in cache and answers most lookups of absent features alone.
    fingerprints: Vec<u8>,
    entries: Vec<u32>,
    dense: Vec<i16>,
}

/// Offsets (in entries or rows) must fit in 24 bits.
const MAX_OFFSET: usize = 0xff_ffff;
const INLINE: usize = 2;
/// The `meta` of a feature of weights with at most [`SMALL_CLASSES`] classes, whose weights all
/// sit in the slot (`e0`, `e1`: four `i16`), like the chunker's three labels.
const SMALL: u32 = 0xff;
const SMALL_CLASSES: usize = 4;

fn pack(c: u8, v: i16) -> u32 {
    ((v as i32 as u32) << 8) | c as u32
}

fn unpack(e: u32) -> (u8, i16) {
    ((e & 0xff) as u8, ((e as i32) >> 8) as i16)
}

impl PartialEq for Weights {
    fn eq(&self, other: &Weights) -> bool {
        (self.n_classes, self.mask, &self.table, &self.entries, &self.dense)
            == (other.n_classes, other.mask, &other.table, &other.entries, &other.dense)
    }
}

impl Eq for Weights {}

impl Weights {
    fn empty(n_classes: usize, n_features: usize) -> Weights {
        static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        let id = NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let cap = (n_features * 3 / 2 + 1).next_power_of_two().max(16);
        Weights {
            id,
            n_classes,
            mask: cap - 1,
            table: vec![[0; 4]; cap],
            fingerprints: vec![0; cap],
            entries: Vec::new(),
            dense: Vec::new(),
        }
    }

    /// Features with at least this many classes get a dense row.
    fn dense_min(&self) -> usize {
        (self.n_classes / 6).max(8)
    }

    /// Builds the table from features sorted by key, each with its `(class, weight)` pairs
    /// sorted by class, weights non-zero.
    pub fn from_sorted(n_classes: usize, features: &[(u32, Vec<(u8, i16)>)]) -> Weights {
        let mut w = Weights::empty(n_classes, features.len());
        for (key, classes) in features {
            w.push(*key, classes);
        }
        w
    }

    /// Adds a feature (the caller checks keys are new, classes in range and offsets fit).
    fn push(&mut self, key: u32, classes: &[(u8, i16)]) {
        let mut slot = [key, 0, 0, 0];
        if self.n_classes <= SMALL_CLASSES {
            let mut ws = [0u32; SMALL_CLASSES];
            for &(c, v) in classes {
                ws[c as usize] = v as u16 as u32;
            }
            slot[1] = SMALL;
            slot[2] = ws[0] | (ws[1] << 16);
            slot[3] = ws[2] | (ws[3] << 16);
        } else if classes.len() <= INLINE {
            slot[1] = classes.len() as u32;
            for (j, &(c, v)) in classes.iter().enumerate() {
                slot[2 + j] = pack(c, v);
            }
        } else if classes.len() >= self.dense_min() {
            let row = self.dense.len() / self.n_classes;
            self.dense.resize(self.dense.len() + self.n_classes, 0);
            for &(c, v) in classes {
                self.dense[row * self.n_classes + c as usize] = v;
            }
            slot[1] = (row as u32) << 8;
        } else {
            slot[1] = ((self.entries.len() as u32) << 8) | classes.len() as u32;
            self.entries.extend(classes.iter().map(|&(c, v)| pack(c, v)));
        }
        let mut i = key as usize & self.mask;
        while self.table[i][0] != 0 {
            i = (i + 1) & self.mask;
        }
        self.table[i] = slot;
        self.fingerprints[i] = fingerprint(key);
    }

    /// The slot of `key`, or an empty one. The table itself is only read at slots whose
    /// fingerprint matches.
    #[inline]
    fn find(&self, key: u32) -> [u32; 4] {
        let f = fingerprint(key);
        let mut i = key as usize & self.mask;
        loop {
            match self.fingerprints.get(i) {
                None | Some(0) => return [0; 4],
                Some(&g) if g == f && self.table[i][0] == key => return self.table[i],
                Some(_) => i = (i + 1) & self.mask,
            }
        }
    }

    /// Adds the weights of all `keys` to `scores` (`n_classes` long). The table is read for all
    /// keys first, so that its cache misses overlap, then the weights are added; absent keys
    /// mostly cost a fingerprint read.
    #[inline]
    pub fn add_all<const N: usize>(&self, keys: &[u32; N], scores: &mut [i32]) {
        let mut slots = [[0u32; 4]; N];
        for (s, &k) in slots.iter_mut().zip(keys) {
            *s = self.find(k);
        }
        for s in &slots {
            if s[0] != 0 {
                self.add_slot(s, scores);
            }
        }
    }

    #[inline]
    fn add_slot(&self, slot: &[u32; 4], scores: &mut [i32]) {
        let offset = (slot[1] >> 8) as usize;
        let len = (slot[1] & 0xff) as usize;
        let mut add = |e: u32| {
            if let Some(s) = scores.get_mut((e & 0xff) as usize) {
                *s += (e as i32) >> 8;
            }
        };
        if slot[1] == SMALL {
            let ws = small_weights(slot);
            for (s, &w) in scores.iter_mut().zip(&ws[..self.n_classes.min(SMALL_CLASSES)]) {
                *s += w as i32;
            }
        } else if len == 0 {
            let n = self.n_classes;
            if let (Some(row), Some(scores)) =
                (self.dense.get(offset * n..offset * n + n), scores.get_mut(..n))
            {
                for (s, &v) in scores.iter_mut().zip(row) {
                    *s += v as i32;
                }
            }
        } else if len <= INLINE {
            slot[2..2 + len].iter().for_each(|&e| add(e));
        } else if let Some(entries) = self.entries.get(offset..offset + len) {
            entries.iter().for_each(|&e| add(e));
        }
    }

    /// The non-zero `(class, weight)` pairs of the feature in `slot`.
    fn classes(&self, slot: &[u32; 4], out: &mut Vec<(u8, i16)>) {
        out.clear();
        let offset = (slot[1] >> 8) as usize;
        let len = (slot[1] & 0xff) as usize;
        if slot[1] == SMALL {
            let ws = small_weights(slot);
            out.extend(ws.iter().enumerate().filter(|(_, &v)| v != 0).map(|(c, &v)| (c as u8, v)));
        } else if len == 0 {
            let row = &self.dense[offset * self.n_classes..(offset + 1) * self.n_classes];
            out.extend(row.iter().enumerate().filter(|(_, &v)| v != 0).map(|(c, &v)| (c as u8, v)));
        } else if len <= INLINE {
            out.extend(slot[2..2 + len].iter().map(|&e| unpack(e)));
        } else {
            out.extend(self.entries[offset..offset + len].iter().map(|&e| unpack(e)));
        }
    }

    pub fn n_features(&self) -> usize {
        self.table.iter().filter(|s| s[0] != 0).count()
    }

    fn write(&self, out: &mut Vec<u8>) {
        let mut slots: Vec<&[u32; 4]> = self.table.iter().filter(|s| s[0] != 0).collect();
        slots.sort_unstable_by_key(|s| s[0]);
        out.push(self.n_classes as u8);
        out.extend_from_slice(&(slots.len() as u32).to_le_bytes());
        let mut prev = 0u32;
        let mut classes = Vec::new();
        for slot in slots {
            let key = slot[0];
            write_varint(out, (key - prev) as u64);
            prev = key;
            self.classes(slot, &mut classes);
            out.push(classes.len() as u8);
            for &(c, v) in &classes {
                out.push(c);
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
        let mut w = Weights::empty(n_classes, n);
        let mut key = 0u32;
        let mut classes: Vec<(u8, i16)> = Vec::with_capacity(n_classes);
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
            classes.clear();
            for _ in 0..len {
                let class = r.u8()?;
                if class as usize >= n_classes || classes.last().is_some_and(|l| l.0 >= class) {
                    return Err(ModelError::Invalid("class out of range or order"));
                }
                let v = unzigzag(r.varint()?).ok_or(ModelError::Invalid("weight out of range"))?;
                if v == 0 {
                    return Err(ModelError::Invalid("zero weight"));
                }
                classes.push((class, v));
            }
            if w.entries.len() + len > MAX_OFFSET || w.dense.len() / n_classes >= MAX_OFFSET {
                return Err(ModelError::Invalid("too many weights"));
            }
            w.push(key, &classes);
        }
        Ok(w)
    }
}

/// The fingerprint of a feature key in [`Weights`] (never 0).
#[inline]
fn fingerprint(key: u32) -> u8 {
    (key >> 24) as u8 | 1
}

/// The four weights of a [`SMALL`] slot.
#[inline]
fn small_weights(slot: &[u32; 4]) -> [i16; SMALL_CLASSES] {
    [slot[2] as i16, (slot[2] >> 16) as i16, slot[3] as i16, (slot[3] >> 16) as i16]
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
        w.add_all(&[5, 9, 6], &mut s);
        assert_eq!(s, [7, 100, -3]);
        let mut out = Vec::new();
        w.write(&mut out);
        let back = Weights::read(&mut Reader { bytes: &out, pos: 0 }).unwrap();
        assert_eq!(back, w);
        // A feature with many classes is stored densely and adds the same.
        let many: Vec<(u8, i16)> = (0..40).map(|c| (c, c as i16 - 20)).filter(|p| p.1 != 0).collect();
        let w = Weights::from_sorted(40, &[(3, many.clone()), (4, vec![(39, 5)])]);
        assert_eq!(w.dense.len(), 40);
        let three = Weights::from_sorted(40, &[(3, vec![(1, 1), (2, 2), (3, 3)])]);
        assert_eq!(three.entries.len(), 3);
        let mut s = [0i32; 40];
        w.add_all(&[3, 4], &mut s);
        assert_eq!((s[0], s[21], s[39]), (-20, 1, 24));
        let mut out = Vec::new();
        w.write(&mut out);
        assert_eq!(Weights::read(&mut Reader { bytes: &out, pos: 0 }).unwrap(), w);
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
