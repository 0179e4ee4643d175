//! A fast multiplicative hasher for small integer keys (FxHash's scheme).
//!
//! The clusterer's hash maps are keyed by interned ids and short id lists. SipHash's resistance
//! to crafted collisions buys nothing there (ids are assigned by the crate, not chosen by the
//! input) and costs several times more per key; text-keyed maps keep the standard hasher.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// FxHash: rotate, xor, multiply per machine word.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct FastHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FastHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A `HashMap` with [`FastHasher`], for keys made of crate-assigned ids.
pub(crate) type IdMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_lists_hash_apart_and_look_up() {
        let mut map: IdMap<Vec<u32>, u32> = IdMap::default();
        for n in 0..1000u32 {
            map.insert(vec![n, n + 1], n);
        }
        assert_eq!(map.len(), 1000);
        assert_eq!(map.get(&vec![7, 8]), Some(&7));
        assert_eq!(map.get(&vec![8, 7]), None);
    }
}
