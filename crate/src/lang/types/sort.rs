//! The sort behind `list.sort` and `sorted`: CPython 3.11's timsort
//! (`Objects/listobject.c`, `Objects/listsort.txt`), step for step: runs
//! found by `count_run` and extended by `binarysort` to `minrun`, merged in
//! powersort order (`found_new_run`, `powerloop`) by `merge_lo`/`merge_hi`
//! with galloping and the adaptive `min_gallop`.
//!
//! Step for step matters because comparisons may be inconsistent (NaN, a
//! careless `__lt__`): the result then depends on which comparisons were
//! made, and a program sorting such a list prints what CPython prints only
//! if we make the same ones. Comparisons can also fail (a `__lt__` may
//! raise), which Rust's `sort_by` cannot propagate, and it may panic on an
//! inconsistent order.
//!
//! The sort orders a permutation of indices into the keys (`v`), so moving
//! an entry is copying a `usize`.

use crate::lang::value::Value;
use crate::vm::Interp;

/// `a < b` for keys, with the answer computed here for the common
/// homogeneous cases (CPython's `unsafe_long_compare` and friends).
fn less(interp: &mut Interp<'_>, a: &Value, b: &Value) -> Result<bool, Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Float(x), Value::Float(y)) => Ok(x < y),
        (Value::Str(x), Value::Str(y)) => Ok(x < y),
        _ => interp.lt(a, b),
    }
}

/// Sorts `items` stably by `key(item)` (the items themselves when `key` is
/// None). With `reverse`, the items are reversed before and after, which
/// keeps equal items in their original order, as CPython does.
///
/// The sort moves positions, not values: it orders a permutation of
/// indices into the keys, then applies it to the items once.
///
/// When `key` raises, `items` is left as it was; when a comparison raises,
/// `items` holds every item in whatever order the sort had reached.
pub fn sort(interp: &mut Interp<'_>, items: &mut Vec<Value>, key: Option<&Value>, reverse: bool) -> Result<(), Value> {
    let keys = match key {
        Some(f) => {
            let mut keys = Vec::with_capacity(items.len());
            for item in items.iter() {
                keys.push(interp.call(f, vec![item.clone()])?);
            }
            Some(keys)
        }
        None => None,
    };
    sort_by_keys(interp, items, keys.as_deref(), reverse)
}

/// `sort` with the keys already computed (`keys[i]` is item i's), as when
/// the key function ran as frames of the thread. `keys` has `items`' length.
pub fn sort_by_keys(interp: &mut Interp<'_>, items: &mut Vec<Value>, keys: Option<&[Value]>, reverse: bool) -> Result<(), Value> {
    let n = items.len();
    let mut order: Vec<usize> = if reverse { (0..n).rev().collect() } else { (0..n).collect() };
    let result = timsort(interp, keys.unwrap_or(items), &mut order);
    if reverse {
        order.reverse();
    }
    let mut old: Vec<Option<Value>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(order.iter().map(|&i| old[i].take().unwrap_or(Value::None)));
    result
}

/// CPython's `merge_compute_minrun`.
fn min_run(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// CPython's `powerloop`: the powersort "power" of the run boundary
/// between a run at `s1` of `n1` entries and the next of `n2`, in a list of `n`.
fn power_loop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let n = n as u128;
    let mut a = 2 * s1 as u128 + n1 as u128;
    let mut b = a + n1 as u128 + n2 as u128;
    let mut result = 0;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

/// When galloping starts paying off (CPython's `MIN_GALLOP`).
const MIN_GALLOP: usize = 7;

/// A run waiting to be merged.
#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

/// CPython's `MergeState`.
struct Merge<'k> {
    keys: &'k [Value],
    min_gallop: usize,
    pending: Vec<Run>,
    len: usize,
}

/// How a merge loop ended (CPython's labels `Succeed`, `CopyA`, `CopyB`).
enum End {
    Done,
    Copy,
}

impl Merge<'_> {
    /// `keys[a] < keys[b]`.
    fn lt(&self, interp: &mut Interp<'_>, a: usize, b: usize) -> Result<bool, Value> {
        less(interp, &self.keys[a], &self.keys[b])
    }

    /// CPython's `gallop_left`: where `key` goes in the sorted `a`, left of
    /// any equal entries, searching out from `hint`.
    fn gallop_left(&self, interp: &mut Interp<'_>, key: usize, a: &[usize], hint: usize) -> Result<usize, Value> {
        let n = a.len();
        let (mut lastofs, mut ofs): (usize, usize) = (0, 1);
        if self.lt(interp, a[hint], key)? {
            let maxofs = n - hint;
            while ofs < maxofs {
                if self.lt(interp, a[hint + ofs], key)? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            ofs = ofs.min(maxofs);
            lastofs += hint;
            ofs += hint;
        } else {
            let maxofs = hint + 1;
            while ofs < maxofs {
                if self.lt(interp, a[hint - ofs], key)? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(maxofs);
            let k = lastofs;
            // hint - ofs may be -1: keep the +1 of the binary search apart.
            lastofs = hint + 1 - ofs;
            ofs = hint - k;
            return self.gallop_left_search(interp, key, a, lastofs, ofs);
        }
        self.gallop_left_search(interp, key, a, lastofs + 1, ofs)
    }

    /// The binary search that ends `gallop_left`: `a[lo-1] < key <= a[hi]`.
    fn gallop_left_search(&self, interp: &mut Interp<'_>, key: usize, a: &[usize], mut lo: usize, mut hi: usize) -> Result<usize, Value> {
        while lo < hi {
            let m = lo + ((hi - lo) >> 1);
            if self.lt(interp, a[m], key)? {
                lo = m + 1;
            } else {
                hi = m;
            }
        }
        Ok(hi)
    }

    /// CPython's `gallop_right`: where `key` goes in the sorted `a`, right
    /// of any equal entries, searching out from `hint`.
    fn gallop_right(&self, interp: &mut Interp<'_>, key: usize, a: &[usize], hint: usize) -> Result<usize, Value> {
        let n = a.len();
        let (mut lastofs, mut ofs): (usize, usize) = (0, 1);
        let lo;
        if self.lt(interp, key, a[hint])? {
            let maxofs = hint + 1;
            while ofs < maxofs {
                if self.lt(interp, key, a[hint - ofs])? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            ofs = ofs.min(maxofs);
            let k = lastofs;
            lo = hint + 1 - ofs;
            ofs = hint - k;
        } else {
            let maxofs = n - hint;
            while ofs < maxofs {
                if self.lt(interp, key, a[hint + ofs])? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(maxofs);
            lo = lastofs + hint + 1;
            ofs += hint;
        }
        let (mut lo, mut hi) = (lo, ofs);
        while lo < hi {
            let m = lo + ((hi - lo) >> 1);
            if self.lt(interp, key, a[m])? {
                hi = m;
            } else {
                lo = m + 1;
            }
        }
        Ok(hi)
    }

    /// CPython's `merge_at`: merges runs `i` and `i + 1` of the stack.
    fn merge_at(&mut self, interp: &mut Interp<'_>, v: &mut [usize], i: usize) -> Result<(), Value> {
        let Run { base: mut a0, len: mut na, .. } = self.pending[i];
        let Run { base: b0, len: mut nb, .. } = self.pending[i + 1];
        self.pending[i].len = na + nb;
        if i + 3 == self.pending.len() {
            self.pending[i + 1] = self.pending[i + 2];
        }
        self.pending.pop();
        // Entries of a before b's first already stand where they belong.
        let k = self.gallop_right(interp, v[b0], &v[a0..a0 + na], 0)?;
        a0 += k;
        na -= k;
        if na == 0 {
            return Ok(());
        }
        // And entries of b after a's last.
        nb = self.gallop_left(interp, v[a0 + na - 1], &v[b0..b0 + nb], nb - 1)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(interp, v, a0, na, nb)
        } else {
            self.merge_hi(interp, v, a0, na, nb)
        }
    }

    /// CPython's `merge_lo`: merges `v[a0..a0+na]` and the `nb` entries
    /// after it, copying the shorter first run aside, from the left.
    fn merge_lo(&mut self, interp: &mut Interp<'_>, v: &mut [usize], a0: usize, mut na: usize, mut nb: usize) -> Result<(), Value> {
        let tmp: Vec<usize> = v[a0..a0 + na].to_vec();
        let (mut dest, mut pa, mut pb) = (a0, 0, a0 + na);
        v[dest] = v[pb];
        dest += 1;
        pb += 1;
        nb -= 1;
        let mut run = || -> Result<End, Value> {
            if nb == 0 {
                return Ok(End::Done);
            }
            if na == 1 {
                return Ok(End::Copy);
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0, 0);
                loop {
                    if self.lt(interp, v[pb], tmp[pa])? {
                        v[dest] = v[pb];
                        dest += 1;
                        pb += 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 0 {
                            return Ok(End::Done);
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    } else {
                        v[dest] = tmp[pa];
                        dest += 1;
                        pa += 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 1 {
                            return Ok(End::Copy);
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = self.gallop_right(interp, v[pb], &tmp[pa..pa + na], 0)?;
                    acount = k;
                    if k > 0 {
                        v[dest..dest + k].copy_from_slice(&tmp[pa..pa + k]);
                        dest += k;
                        pa += k;
                        na -= k;
                        if na == 1 {
                            return Ok(End::Copy);
                        }
                        // Impossible for a consistent order, not for ours.
                        if na == 0 {
                            return Ok(End::Done);
                        }
                    }
                    v[dest] = v[pb];
                    dest += 1;
                    pb += 1;
                    nb -= 1;
                    if nb == 0 {
                        return Ok(End::Done);
                    }
                    let k = self.gallop_left(interp, tmp[pa], &v[pb..pb + nb], 0)?;
                    bcount = k;
                    if k > 0 {
                        v.copy_within(pb..pb + k, dest);
                        dest += k;
                        pb += k;
                        nb -= k;
                        if nb == 0 {
                            return Ok(End::Done);
                        }
                    }
                    v[dest] = tmp[pa];
                    dest += 1;
                    pa += 1;
                    na -= 1;
                    if na == 1 {
                        return Ok(End::Copy);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        let end = run();
        match end {
            Ok(End::Copy) => {
                // The last entry of a belongs after the rest of b.
                v.copy_within(pb..pb + nb, dest);
                v[dest + nb] = tmp[pa];
                Ok(())
            }
            other => {
                if na > 0 {
                    v[dest..dest + na].copy_from_slice(&tmp[pa..pa + na]);
                }
                other.map(|_| ())
            }
        }
    }

    /// CPython's `merge_hi`: merges `v[a0..a0+na]` and the `nb` entries
    /// after it, copying the shorter second run aside, from the right.
    /// Positions are signed: they step below the runs' start at the end.
    fn merge_hi(&mut self, interp: &mut Interp<'_>, v: &mut [usize], a0: usize, mut na: usize, mut nb: usize) -> Result<(), Value> {
        let b0 = a0 + na;
        let tmp: Vec<usize> = v[b0..b0 + nb].to_vec();
        let mut dest = (b0 + nb - 1) as isize;
        let mut pa = (a0 + na - 1) as isize;
        let mut pb = nb as isize - 1;
        let at = |i: isize| i as usize;
        v[at(dest)] = v[at(pa)];
        dest -= 1;
        pa -= 1;
        na -= 1;
        let mut run = || -> Result<End, Value> {
            if na == 0 {
                return Ok(End::Done);
            }
            if nb == 1 {
                return Ok(End::Copy);
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0, 0);
                loop {
                    if self.lt(interp, tmp[at(pb)], v[at(pa)])? {
                        v[at(dest)] = v[at(pa)];
                        dest -= 1;
                        pa -= 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 0 {
                            return Ok(End::Done);
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    } else {
                        v[at(dest)] = tmp[at(pb)];
                        dest -= 1;
                        pb -= 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 1 {
                            return Ok(End::Copy);
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = self.gallop_right(interp, tmp[at(pb)], &v[a0..a0 + na], na - 1)?;
                    let k = na - k;
                    acount = k;
                    if k > 0 {
                        dest -= k as isize;
                        pa -= k as isize;
                        v.copy_within(at(pa + 1)..at(pa + 1) + k, at(dest + 1));
                        na -= k;
                        if na == 0 {
                            return Ok(End::Done);
                        }
                    }
                    v[at(dest)] = tmp[at(pb)];
                    dest -= 1;
                    pb -= 1;
                    nb -= 1;
                    if nb == 1 {
                        return Ok(End::Copy);
                    }
                    let k = self.gallop_left(interp, v[at(pa)], &tmp[..nb], nb - 1)?;
                    let k = nb - k;
                    bcount = k;
                    if k > 0 {
                        dest -= k as isize;
                        pb -= k as isize;
                        v[at(dest + 1)..at(dest + 1) + k].copy_from_slice(&tmp[at(pb + 1)..at(pb + 1) + k]);
                        nb -= k;
                        if nb == 1 {
                            return Ok(End::Copy);
                        }
                        // Impossible for a consistent order, not for ours.
                        if nb == 0 {
                            return Ok(End::Done);
                        }
                    }
                    v[at(dest)] = v[at(pa)];
                    dest -= 1;
                    pa -= 1;
                    na -= 1;
                    if na == 0 {
                        return Ok(End::Done);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        let end = run();
        match end {
            Ok(End::Copy) => {
                // The first entry of b belongs before the rest of a.
                let from = at(pa + 1) - na;
                v.copy_within(from..from + na, at(dest + 1) - na);
                dest -= na as isize;
                v[at(dest)] = tmp[at(pb)];
                Ok(())
            }
            other => {
                if nb > 0 {
                    let to = at(dest + 1) - nb;
                    v[to..to + nb].copy_from_slice(&tmp[..nb]);
                }
                other.map(|_| ())
            }
        }
    }
}

/// CPython's `listsort` main loop over the permutation `v` of `keys`.
fn timsort(interp: &mut Interp<'_>, keys: &[Value], v: &mut [usize]) -> Result<(), Value> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let mut ms = Merge { keys, min_gallop: MIN_GALLOP, pending: Vec::new(), len: n };
    let minrun = min_run(n);
    let mut lo = 0;
    while lo < n {
        let (mut len, descending) = count_run(interp, keys, &v[lo..])?;
        if descending {
            v[lo..lo + len].reverse();
        }
        if len < minrun {
            let force = minrun.min(n - lo);
            binary_sort(interp, keys, &mut v[lo..lo + force], len)?;
            len = force;
        }
        // found_new_run: merge while the run below has a higher power.
        if let Some(last) = ms.pending.last().copied() {
            let power = power_loop(last.base, last.len, len, ms.len);
            while ms.pending.len() > 1 && ms.pending[ms.pending.len() - 2].power > power {
                let at = ms.pending.len() - 2;
                ms.merge_at(interp, v, at)?;
            }
            if let Some(top) = ms.pending.last_mut() {
                top.power = power;
            }
        }
        ms.pending.push(Run { base: lo, len, power: 0 });
        lo += len;
    }
    // merge_force_collapse
    while ms.pending.len() > 1 {
        let mut at = ms.pending.len() - 2;
        if at > 0 && ms.pending[at - 1].len < ms.pending[at + 1].len {
            at -= 1;
        }
        ms.merge_at(interp, v, at)?;
    }
    Ok(())
}

/// The length of the run at the start of `v` and whether it is strictly
/// descending (CPython 3.11's `count_run`).
fn count_run(interp: &mut Interp<'_>, keys: &[Value], v: &[usize]) -> Result<(usize, bool), Value> {
    if v.len() == 1 {
        return Ok((1, false));
    }
    let descending = less(interp, &keys[v[1]], &keys[v[0]])?;
    let mut n = 2;
    while n < v.len() {
        if less(interp, &keys[v[n]], &keys[v[n - 1]])? != descending {
            break;
        }
        n += 1;
    }
    Ok((n, descending))
}

/// Insertion sort of `v` whose first `sorted` entries are in order, with a
/// binary search for each insertion point (CPython's `binarysort`).
fn binary_sort(interp: &mut Interp<'_>, keys: &[Value], v: &mut [usize], sorted: usize) -> Result<(), Value> {
    for start in sorted.max(1)..v.len() {
        let (mut l, mut r) = (0, start);
        while l < r {
            let p = l + ((r - l) >> 1);
            if less(interp, &keys[v[start]], &keys[v[p]])? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        v[l..=start].rotate_right(1);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn min_run_matches_cpython() {
        assert_eq!(min_run(63), 63);
        assert_eq!(min_run(64), 32);
        assert_eq!(min_run(65), 33);
        assert_eq!(min_run(1000), 63);
        assert_eq!(min_run(2112), 33);
    }

    #[test]
    fn power_matches_cpython() {
        // powerloop(s1, n1, n2, n) from listsort.txt's worked example shape.
        assert_eq!(power_loop(0, 32, 32, 64), 1);
        assert_eq!(power_loop(0, 32, 32, 128), 2);
        assert_eq!(power_loop(32, 32, 32, 128), 1);
        assert_eq!(power_loop(64, 32, 32, 128), 2);
    }
}
