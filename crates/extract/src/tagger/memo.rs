//! A small direct-mapped cache of summed weights: the features that depend on one word (or one
//! word and its tag) alone are added up once per word and remembered across sentences, so a
//! frequent word costs one row instead of a dozen scattered table reads.

/// Remembered rows of summed weights for one [`Weights`](super::model::Weights), kept in a
/// [`Scratch`](super::Scratch). It is only set up once the scratch has tagged a few hundred
/// words, so that one-off calls allocate nothing extra.
#[derive(Debug, Clone, Default)]
pub(crate) struct Memo {
    /// The id of the weights the rows were summed from (0: none yet).
    owner: u64,
    width: usize,
    /// Words seen with these weights while the memo was not set up.
    seen: usize,
    /// The key of each slot (0: empty).
    keys: Vec<u64>,
    rows: Vec<i32>,
}

/// Words to see before setting up a memo.
const WARM_UP: usize = 256;

impl Memo {
    /// Prepares for `words` more words scored with the weights `owner` (`width` classes); a
    /// memo of other weights is forgotten. Returns whether the memo is in use.
    pub fn begin(&mut self, owner: u64, width: usize, slots: usize, words: usize) -> bool {
        if self.owner != owner || self.width != width {
            *self = Memo { owner, width, ..Memo::default() };
        }
        if self.keys.is_empty() {
            self.seen += words;
            if self.seen < WARM_UP {
                return false;
            }
            self.keys = vec![0; slots.next_power_of_two()];
            self.rows = vec![0; self.keys.len() * width];
        }
        true
    }

    /// The row of `key` (any value but 0), summed by `fill` (given a zeroed row) if it is not
    /// remembered. Only call after [`Memo::begin`] returned `true`.
    #[inline]
    pub fn row(&mut self, key: u64, fill: impl FnOnce(&mut [i32])) -> &[i32] {
        let slot = (key ^ (key >> 29)) as usize & (self.keys.len() - 1);
        let row = &mut self.rows[slot * self.width..(slot + 1) * self.width];
        if self.keys[slot] != key {
            self.keys[slot] = key;
            row.iter_mut().for_each(|v| *v = 0);
            fill(row);
        }
        row
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembers_after_warm_up_and_forgets_other_weights() {
        let mut m = Memo::default();
        assert!(!m.begin(1, 2, 8, 100));
        assert!(m.begin(1, 2, 8, WARM_UP));
        let mut calls = 0;
        for _ in 0..3 {
            let row = m.row(42, |r| {
                calls += 1;
                r.copy_from_slice(&[1, 2]);
            });
            assert_eq!(row, [1, 2]);
        }
        assert_eq!(calls, 1);
        assert!(!m.begin(2, 2, 8, 1));
        assert!(m.keys.is_empty());
    }
}
