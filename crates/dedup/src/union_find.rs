//! Disjoint sets over `0..n` with path halving and union by size.

/// Disjoint-set forest: the connected components of verified near-duplicate edges (what
/// [`NearDuplicates`](crate::NearDuplicates) builds), or of pairs found elsewhere, e.g. by a SQL
/// join in a distributed engine, on the one machine that gathers them.
///
/// ```
/// use newsclaim_dedup::UnionFind;
///
/// let mut sets = UnionFind::new(4);
/// sets.union(3, 1);
/// assert_eq!(sets.sets(), vec![vec![0], vec![1, 3], vec![2]]);
/// ```
#[derive(Clone, Debug)]
pub struct UnionFind {
    parent: Vec<u32>,
    size: Vec<u32>,
}

impl UnionFind {
    /// `n` singleton sets.
    ///
    /// # Panics
    ///
    /// If `n` exceeds `u32::MAX` elements.
    pub fn new(n: usize) -> Self {
        assert!(n <= u32::MAX as usize, "at most u32::MAX elements");
        UnionFind { parent: (0..n as u32).collect(), size: vec![1; n] }
    }

    /// Number of elements.
    pub fn len(&self) -> usize {
        self.parent.len()
    }

    /// Whether there are no elements.
    pub fn is_empty(&self) -> bool {
        self.parent.is_empty()
    }

    /// The representative of `x`'s set (halving the path on the way).
    ///
    /// # Panics
    ///
    /// If `x` is not below [`len`](Self::len), as do the other methods taking an element.
    pub fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] as usize != x {
            let grandparent = self.parent[self.parent[x] as usize];
            self.parent[x] = grandparent;
            x = grandparent as usize;
        }
        x
    }

    /// The representative of `x`'s set without modifying the forest (for shared reads).
    pub fn find_readonly(&self, mut x: usize) -> usize {
        while self.parent[x] as usize != x {
            x = self.parent[x] as usize;
        }
        x
    }

    /// Merges the sets of `a` and `b`; returns whether they were separate.
    pub fn union(&mut self, a: usize, b: usize) -> bool {
        let (mut ra, mut rb) = (self.find(a), self.find(b));
        if ra == rb {
            return false;
        }
        if self.size[ra] < self.size[rb] {
            std::mem::swap(&mut ra, &mut rb);
        }
        self.parent[rb] = ra as u32;
        self.size[ra] += self.size[rb];
        true
    }

    /// All sets, each sorted ascending, sets sorted by their first (smallest) element.
    pub fn sets(&mut self) -> Vec<Vec<usize>> {
        let n = self.len();
        let mut slot_of_root = vec![u32::MAX; n];
        let mut sets: Vec<Vec<usize>> = Vec::new();
        // Visiting elements in increasing order makes each set's first element its minimum and
        // orders the sets by it, without a final sort.
        for x in 0..n {
            let root = self.find(x);
            if slot_of_root[root] == u32::MAX {
                slot_of_root[root] = sets.len() as u32;
                sets.push(Vec::new());
            }
            sets[slot_of_root[root] as usize].push(x);
        }
        sets
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unions_make_sorted_sets() {
        let mut uf = UnionFind::new(6);
        assert!(uf.union(4, 1));
        assert!(uf.union(5, 4));
        assert!(!uf.union(1, 5));
        assert_eq!(uf.find_readonly(5), uf.find(1));
        assert_eq!(uf.sets(), vec![vec![0], vec![1, 4, 5], vec![2], vec![3]]);
        assert_eq!(uf.len(), 6);
    }
}
