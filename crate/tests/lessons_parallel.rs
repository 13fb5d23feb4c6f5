//! The lessons about real parallelism, checked on the parallel machine
//! (two workers) and on the deterministic machine: by what the trace shows
//! (who ran at the same time, on which worker) and by exact results, never
//! by timing; their speedups are measured in BENCHMARKS.md.

mod common;
use common::*;

/// The largest number of spans that cover one instant (touching ends do not).
fn most_at_once(spans: &[(u64, u64, u32)]) -> usize {
    // At equal times an end (0) comes before a start (1).
    let mut edges: Vec<(u64, u8)> = spans.iter().flat_map(|s| [(s.0, 1), (s.1, 0)]).collect();
    edges.sort();
    let (mut now, mut most) = (0usize, 0usize);
    for (_, start) in edges {
        if start == 1 {
            now += 1;
            most = most.max(now);
        } else {
            now -= 1;
        }
    }
    most
}

/// The running spans of every process but the first.
fn children_spans(r: &Report) -> Vec<(u64, u64, u32)> {
    let main = main_pid(r);
    r.processes.iter().filter(|p| p.pid != main).flat_map(|p| running_spans(r, p.pid)).collect()
}

/// The three lines of gil-speedup, numbers masked.
const GIL_SPEEDUP_LINES: [&str; 3] = ["serial    x#: # s", "threads   x#: # s  speedup #", "processes x#: # s  speedup #"];

/// The speedups the lesson printed: threads, processes.
fn speedups(r: &Report) -> Vec<f64> {
    texts(r).iter().skip(1).map(|l| l.rsplit(' ').next().unwrap().parse().unwrap()).collect()
}

#[test]
fn gil_speedup_on_the_parallel_machine() {
    let r = run_parallel_lesson("gil-speedup", &[("WORKERS", "2"), ("N", "500000")], 1.0);
    ok(&r);
    let lines: Vec<String> = texts(&r).iter().map(|l| masked(l)).collect();
    assert_eq!(lines, GIL_SPEEDUP_LINES, "{}", r.stdout);
    assert!(texts(&r).iter().all(|l| l.contains(" x2: ")), "{}", r.stdout);
    assert!(speedups(&r).iter().all(|s| *s > 0.0));
    // The threads: one GIL, so never two of them running at once.
    let main = main_pid(&r);
    let threads = running_spans(&r, main);
    assert!(threads.iter().map(|s| s.2).collect::<BTreeSet<_>>().len() == 3, "MainThread and two threads ran");
    assert!(disjoint(&threads), "the threads of one process ran one at a time");
    // The processes: each its own GIL, on its own worker, at the same time.
    let children: Vec<u32> = r.processes.iter().map(|p| p.pid).filter(|p| *p != main).collect();
    assert_eq!(children.len(), 2);
    let w = workers(&r);
    assert_ne!(w[&children[0]], w[&children[1]], "the processes ran on different workers: {w:?}");
    assert_eq!(most_at_once(&children_spans(&r)), 2, "the two processes ran at the same time");
}

#[test]
fn gil_speedup_on_the_deterministic_machine() {
    for workers in ["1", "2", "3"] {
        for seed in SEEDS.step_by(7) {
            let r = run_lesson("gil-speedup", &[("WORKERS", workers), ("N", "100000")], seed);
            ok(&r);
            let lines: Vec<String> = texts(&r).iter().map(|l| masked(l)).collect();
            assert_eq!(lines, GIL_SPEEDUP_LINES, "{}", r.stdout);
            assert!(texts(&r).iter().all(|l| l.contains(&format!(" x{workers}: "))), "{}", r.stdout);
            assert!(disjoint(&running_spans(&r, main_pid(&r))), "one thread of a process runs at a time");
            // One virtual CPU: neither threads nor processes are faster.
            assert!(speedups(&r).iter().all(|s| *s > 0.0 && *s <= 1.0), "{}", r.stdout);
        }
    }
}

/// Σ k² for k in [i·n, (i+1)·n): what task i of pool-cpu-map computes.
fn sum_squares(i: u64, n: u64) -> u128 {
    (i * n..(i + 1) * n).map(|k| (k as u128) * (k as u128)).sum()
}

/// Checks one run of pool-cpu-map: exact results in task order, computed by
/// at most `pool` worker processes, never more than `pool` running at once.
fn check_pool_cpu_map(r: &Report, pool: usize, tasks: u64, n: u64) {
    ok(r);
    let ls = texts(r);
    assert_eq!(ls.len() as u64, tasks + 1, "{}", r.stdout);
    let main = main_pid(r);
    let mut pids = BTreeSet::new();
    for (i, line) in ls.iter().take(tasks as usize).enumerate() {
        let (head, sum) = line.split_once(" 算出 ").expect("a result line");
        assert_eq!(sum.parse::<u128>().unwrap(), sum_squares(i as u64, n), "task {i}");
        let v = nums(head);
        assert_eq!((v[0], format!("任务{}: 进程{}", v[0], v[1])), (i as i64, head.to_string()));
        pids.insert(v[1] as u32);
    }
    assert!(pids.len() <= pool && !pids.contains(&main), "{pids:?} for a pool of {pool}");
    let last = &ls[tasks as usize];
    assert_eq!(masked(last), "# 个任务, # 个进程, 耗时 # 秒", "{last}");
    assert_eq!(nums(last)[..2], [tasks as i64, pids.len() as i64], "{last}");
    assert_eq!(r.processes.len(), pool + 1, "Pool({pool}) starts {pool} workers");
    assert!(most_at_once(&children_spans(r)) <= pool, "more than {pool} tasks ran at once");
}

#[test]
fn pool_cpu_map_on_the_parallel_machine() {
    for pool in [1usize, 2, 3] {
        let p = pool.to_string();
        let r = run_parallel_lesson("pool-cpu-map", &[("POOL_SIZE", &p), ("TASKS", "6"), ("N", "20000")], 1.0);
        check_pool_cpu_map(&r, pool, 6, 20000);
    }
}

#[test]
fn pool_cpu_map_on_the_deterministic_machine() {
    for pool in [1usize, 2, 4] {
        for seed in PROCESS_SEEDS.take(2) {
            let p = pool.to_string();
            let r = run_lesson("pool-cpu-map", &[("POOL_SIZE", &p), ("TASKS", "5"), ("N", "3000")], seed);
            check_pool_cpu_map(&r, pool, 5, 3000);
        }
    }
}

#[test]
fn shared_value_array_loses_updates_only_without_the_lock_on_the_parallel_machine() {
    for _ in 0..2 {
        let r = run_parallel_lesson("shared-value-array", &[], 1.0);
        ok(&r);
        let ls = texts(&r);
        assert_eq!(ls[0], "3.333333333333333");
        let arr = nums(&ls[1]);
        assert!(arr.iter().enumerate().all(|(i, v)| v.abs() == i as i64), "{arr:?}");
        assert_eq!(ls[2], "counter = 20000 (expected 20000)");
    }
    let lost = (0..5).any(|_| {
        let r = run_parallel_lesson("shared-value-array", &[("USE_LOCK", "False")], 1.0);
        ok(&r);
        nums(&texts(&r)[2])[0] < 20000
    });
    assert!(lost, "two processes doing counter.value += 1 lost no update in five runs");
}

#[test]
fn mutex_ticket_on_the_parallel_machine() {
    for (tickets, users) in [(1u32, 6u32), (3, 5)] {
        let (t, u) = (tickets.to_string(), users.to_string());
        let r = run_parallel_lesson("mutex-ticket", &[("LOCK", "Lock"), ("TICKETS", &t), ("USERS", &u)], 0.02);
        ok(&r);
        assert_eq!(r.stdout.matches("买票成功").count() as u32, tickets.min(users), "{}", r.stdout);
        assert!(r.stdout.ends_with(&format!("余票: {}\n", tickets.saturating_sub(users))), "{}", r.stdout);
    }
    // Without the lock every buyer reads the count during the others'
    // sleeps (at least half a second each here), before anyone writes it.
    let r = run_parallel_lesson("mutex-ticket", &[("LOCK", "none"), ("TICKETS", "1"), ("USERS", "10")], 0.5);
    ok(&r);
    assert_eq!(r.stdout.matches("买票成功").count(), 10, "{}", r.stdout);
}
