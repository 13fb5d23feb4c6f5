//! The sort behind `list.sort` and `sorted`: CPython's timsort
//! (`Objects/listobject.c`, `Objects/listsort.txt`), with comparisons that
//! can fail (a `__lt__` may raise) and may be inconsistent (NaN, a careless
//! `__lt__`). Rust's `sort_by` cannot propagate an error and may panic on an
//! inconsistent order, so this is our own.
//!
//! Runs are found and extended exactly as CPython does (`count_run`, then
//! `binarysort` up to `minrun`), so a list shorter than 64 items sees the
//! very comparisons CPython makes, and ends in the same order even when the
//! order is inconsistent. Longer lists are merged without galloping: with a
//! consistent order any stable merge gives CPython's result.

use crate::lang::value::Value;
use crate::vm::Interp;

/// An item and the key it sorts by.
#[derive(Clone)]
struct Entry {
    key: Value,
    item: Value,
}

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
/// When `key` raises, `items` is left as it was; when a comparison raises,
/// `items` holds every item in whatever order the sort had reached.
pub fn sort(interp: &mut Interp<'_>, items: &mut Vec<Value>, key: Option<&Value>, reverse: bool) -> Result<(), Value> {
    let mut entries = Vec::with_capacity(items.len());
    for item in items.iter() {
        let k = match key {
            Some(f) => interp.call(f, vec![item.clone()])?,
            None => item.clone(),
        };
        entries.push(Entry {
            key: k,
            item: item.clone(),
        });
    }
    if reverse {
        entries.reverse();
    }
    let result = timsort(interp, &mut entries);
    if reverse {
        entries.reverse();
    }
    items.clear();
    items.extend(entries.into_iter().map(|e| e.item));
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

fn timsort(interp: &mut Interp<'_>, v: &mut [Entry]) -> Result<(), Value> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let minrun = min_run(n);
    // (start, length) of the runs not merged yet.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut lo = 0;
    while lo < n {
        let (mut len, descending) = count_run(interp, &v[lo..])?;
        if descending {
            v[lo..lo + len].reverse();
        }
        if len < minrun {
            let force = minrun.min(n - lo);
            binary_sort(interp, &mut v[lo..lo + force], len)?;
            len = force;
        }
        runs.push((lo, len));
        merge_collapse(interp, v, &mut runs, false)?;
        lo += len;
    }
    merge_collapse(interp, v, &mut runs, true)
}

/// The length of the run at the start of `v` and whether it is strictly
/// descending (CPython's `count_run`).
fn count_run(interp: &mut Interp<'_>, v: &[Entry]) -> Result<(usize, bool), Value> {
    if v.len() == 1 {
        return Ok((1, false));
    }
    let descending = less(interp, &v[1].key, &v[0].key)?;
    let mut n = 2;
    while n < v.len() {
        if less(interp, &v[n].key, &v[n - 1].key)? != descending {
            break;
        }
        n += 1;
    }
    Ok((n, descending))
}

/// Insertion sort of `v` whose first `sorted` entries are in order, with a
/// binary search for each insertion point (CPython's `binarysort`).
fn binary_sort(interp: &mut Interp<'_>, v: &mut [Entry], sorted: usize) -> Result<(), Value> {
    for start in sorted.max(1)..v.len() {
        let (mut l, mut r) = (0, start);
        while l < r {
            let p = l + ((r - l) >> 1);
            if less(interp, &v[start].key, &v[p].key)? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        v[l..=start].rotate_right(1);
    }
    Ok(())
}

/// Merges runs while timsort's stack invariants are violated (all of them
/// when `force`).
fn merge_collapse(
    interp: &mut Interp<'_>,
    v: &mut [Entry],
    runs: &mut Vec<(usize, usize)>,
    force: bool,
) -> Result<(), Value> {
    while runs.len() > 1 {
        let n = runs.len() - 2;
        let len = |i: usize| runs[i].1;
        let at = if force {
            if n > 0 && len(n - 1) < len(n + 1) {
                n - 1
            } else {
                n
            }
        } else if (n > 0 && len(n - 1) <= len(n) + len(n + 1)) || (n > 1 && len(n - 2) <= len(n - 1) + len(n)) {
            if len(n - 1) < len(n + 1) {
                n - 1
            } else {
                n
            }
        } else if len(n) <= len(n + 1) {
            n
        } else {
            break;
        };
        let (start, a) = runs[at];
        let b = runs[at + 1].1;
        merge(interp, &mut v[start..start + a + b], a)?;
        runs[at].1 = a + b;
        runs.remove(at + 1);
    }
    Ok(())
}

/// Stable merge of `v[..mid]` and `v[mid..]`, both sorted: an item of the
/// right run goes first only when strictly less. On an error every item
/// is still in `v`.
fn merge(interp: &mut Interp<'_>, v: &mut [Entry], mid: usize) -> Result<(), Value> {
    let left: Vec<Entry> = v[..mid].to_vec();
    let (mut i, mut j, mut dest) = (0, mid, 0);
    while i < left.len() && j < v.len() {
        let take_right = match less(interp, &v[j].key, &left[i].key) {
            Ok(b) => b,
            Err(e) => {
                v[dest..dest + left.len() - i].clone_from_slice(&left[i..]);
                return Err(e);
            }
        };
        if take_right {
            v[dest] = v[j].clone();
            j += 1;
        } else {
            v[dest] = left[i].clone();
            i += 1;
        }
        dest += 1;
    }
    v[dest..dest + left.len() - i].clone_from_slice(&left[i..]);
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
}
