//! Scheduling policy, apart from mechanism: given the ready threads, which
//! runs next. Decisions come from a seeded generator, so a run is replayed
//! exactly by its seed (shuttle's `RandomScheduler` in spirit).

use crate::os::ReadySet;

/// The seeded policy: a uniform choice among ready threads.
pub struct Seeded {
    state: u64,
}

impl Seeded {
    /// A scheduler whose choices are fixed by `seed`.
    pub fn new(seed: u64) -> Seeded {
        Seeded { state: seed ^ 0x9e37_79b9_7f4a_7c15 }
    }

    /// SplitMix64: small, fast, and the same on every platform.
    fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A switch interval of about `steps` instructions, varied by ±25% so
    /// that seeds explore where in the code a thread is preempted, as real
    /// timing does.
    pub fn slice(&mut self, steps: u64) -> u64 {
        let quarter = (steps / 4).max(1);
        steps - quarter + self.next_u64() % (2 * quarter + 1)
    }

    /// Picks one of `ready` (not empty), preferring threads other than
    /// `yielding` (the thread that was just asked to drop the GIL: CPython
    /// forces the switch to a waiting thread).
    pub fn pick(&mut self, ready: &ReadySet, yielding: Option<u32>) -> u32 {
        let skip = yielding.filter(|t| ready.len() > 1 && ready.contains(*t));
        let n = ready.len() - usize::from(skip.is_some());
        let k = if n == 1 { 0 } else { (self.next_u64() % n as u64) as usize };
        match skip {
            // The k-th of the others, in tid order.
            Some(y) if k >= ready.rank(y) => ready.nth(k + 1),
            _ => ready.nth(k),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Seeded;
    use crate::os::ReadySet;

    fn set(tids: &[u32]) -> ReadySet {
        let mut r = ReadySet::default();
        for t in tids {
            r.insert(*t);
        }
        r
    }

    #[test]
    fn same_seed_same_choices_and_every_thread_is_chosen() {
        let ready = set(&[1, 2, 3, 4]);
        let run = |seed| {
            let mut s = Seeded::new(seed);
            (0..64).map(|_| s.pick(&ready, None)).collect::<Vec<_>>()
        };
        assert_eq!(run(7), run(7));
        assert_ne!(run(7), run(8));
        let picks = run(7);
        assert!(ready.iter().all(|t| picks.contains(&t)));
    }

    #[test]
    fn a_yielding_thread_gives_way_when_another_is_ready() {
        let mut s = Seeded::new(1);
        for _ in 0..32 {
            assert_eq!(s.pick(&set(&[1, 2]), Some(1)), 2);
        }
        assert_eq!(s.pick(&set(&[1]), Some(1)), 1);
    }
}
