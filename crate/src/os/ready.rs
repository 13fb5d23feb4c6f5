//! The set of ready threads, kept so that the scheduler can draw the k-th
//! ready thread (in tid order) in O(log n) without copying the set: a
//! course's servers hold thousands of threads, most of them ready at once.

/// Ready tids, as a bitmap with a Fenwick tree of counts over it.
#[derive(Clone, Debug, Default)]
pub struct ReadySet {
    /// Whether tid `i + 1` is ready.
    present: Vec<bool>,
    /// Fenwick tree over `present` (1-based: `tree[i]` covers tids `i - lowbit(i) + 1 ..= i`).
    tree: Vec<u32>,
    len: usize,
}

impl ReadySet {
    /// How many threads are ready.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether no thread is ready.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Whether `tid` is ready.
    pub fn contains(&self, tid: u32) -> bool {
        self.present.get(tid as usize - 1).copied().unwrap_or(false)
    }

    /// Marks `tid` ready; false if it already was.
    pub fn insert(&mut self, tid: u32) -> bool {
        if self.contains(tid) {
            return false;
        }
        self.grow(tid as usize);
        self.present[tid as usize - 1] = true;
        self.add(tid as usize, 1);
        self.len += 1;
        true
    }

    /// Marks `tid` not ready; false if it was not.
    pub fn remove(&mut self, tid: u32) -> bool {
        if !self.contains(tid) {
            return false;
        }
        self.present[tid as usize - 1] = false;
        self.add(tid as usize, u32::MAX);
        self.len -= 1;
        true
    }

    /// How many ready tids are smaller than `tid`.
    pub fn rank(&self, tid: u32) -> usize {
        let mut i = (tid as usize - 1).min(self.present.len());
        let mut sum = 0usize;
        while i > 0 {
            sum += self.tree[i] as usize;
            i &= i - 1;
        }
        sum
    }

    /// The `k`-th smallest ready tid (from 0); `k` must be below `len()`.
    pub fn nth(&self, k: usize) -> u32 {
        debug_assert!(k < self.len);
        let (mut pos, mut rest) = (0usize, k as u32 + 1);
        let mut step = self.present.len().next_power_of_two();
        while step > 0 {
            let next = pos + step;
            if next <= self.present.len() && self.tree[next] < rest {
                pos = next;
                rest -= self.tree[next];
            }
            step /= 2;
        }
        pos as u32 + 1
    }

    /// The ready tids, smallest first.
    pub fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        self.present.iter().enumerate().filter(|(_, p)| **p).map(|(i, _)| i as u32 + 1)
    }

    /// Adds `delta` (wrapping: u32::MAX is -1) at position `i` (1-based).
    fn add(&mut self, mut i: usize, delta: u32) {
        while i <= self.present.len() {
            self.tree[i] = self.tree[i].wrapping_add(delta);
            i += i & i.wrapping_neg();
        }
    }

    /// Makes room for tids up to `n`, doubling, and rebuilds the tree.
    fn grow(&mut self, n: usize) {
        if n <= self.present.len() {
            return;
        }
        let size = n.max(2 * self.present.len()).max(16);
        self.present.resize(size, false);
        self.tree = vec![0; size + 1];
        for i in 1..=size {
            if self.present[i - 1] {
                self.tree[i] += 1;
            }
            let parent = i + (i & i.wrapping_neg());
            if parent <= size {
                self.tree[parent] += self.tree[i];
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ReadySet;
    use std::collections::BTreeSet;

    #[test]
    fn agrees_with_a_sorted_set() {
        let (mut fast, mut slow) = (ReadySet::default(), BTreeSet::new());
        let mut x: u64 = 7;
        for _ in 0..20_000 {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let tid = (x >> 33) as u32 % 300 + 1;
            if x & 1 == 0 {
                assert_eq!(fast.insert(tid), slow.insert(tid));
            } else {
                assert_eq!(fast.remove(tid), slow.remove(&tid));
            }
            assert_eq!(fast.len(), slow.len());
            let sorted: Vec<u32> = slow.iter().copied().collect();
            if let Some(k) = (!sorted.is_empty()).then(|| (x >> 40) as usize % sorted.len()) {
                assert_eq!(fast.nth(k), sorted[k]);
                assert_eq!(fast.rank(sorted[k]), k);
            }
        }
        assert_eq!(fast.iter().collect::<Vec<_>>(), slow.iter().copied().collect::<Vec<_>>());
    }
}
