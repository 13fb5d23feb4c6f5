//! Properties that must hold for every seed: the primitives' guarantees,
//! checked over many interleavings of the deterministic machine.

use pyconc::machine::{Outcome, Report, Run, RunConfig, SwitchRule};
use pyconc::trace::EventKind;
use std::collections::BTreeSet;

fn run(source: &str, seed: u64, switch: SwitchRule) -> Report {
    let mut run = Run::new(source, RunConfig { seed, switch, ..RunConfig::default() });
    while !run.step(1_000_000) {}
    run.report()
}

const COUNTER: &str = r#"
import threading
LOCK = True
n = 0
lock = threading.Lock()
def work():
    global n
    for i in range(3000):
        if LOCK:
            with lock:
                n += 1
        else:
            n += 1
ts = [threading.Thread(target=work) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(n)
"#;

#[test]
fn with_a_lock_the_counter_is_exact_for_every_seed() {
    for seed in 0..40 {
        let r = run(COUNTER, seed, SwitchRule::AnyBytecode);
        assert_eq!(r.stdout, "9000\n", "seed {seed}: {}", r.stderr);
    }
}

#[test]
fn without_a_lock_some_seed_loses_updates_when_any_bytecode_may_switch() {
    let unlocked = COUNTER.replace("LOCK = True", "LOCK = False");
    let lost: Vec<u64> = (0..100)
        .filter(|&seed| {
            // A short switch interval makes preemption frequent enough for 9000 updates.
            let src = format!("import sys\nsys.setswitchinterval(0.0001)\n{unlocked}");
            run(&src, seed, SwitchRule::AnyBytecode).stdout != "9000\n"
        })
        .collect();
    assert!(!lost.is_empty(), "no seed of 0..100 lost an update");
}

#[test]
fn a_semaphore_never_admits_more_than_its_count() {
    let src = r#"
import threading, time, random
K = 3
sem = threading.Semaphore(K)
inside = 0
peak = 0
guard = threading.Lock()
def visit(i):
    global inside, peak
    with sem:
        with guard:
            inside += 1
            peak = max(peak, inside)
        time.sleep(random.random())
        with guard:
            inside -= 1
ts = [threading.Thread(target=visit, args=(i,)) for i in range(10)]
for t in ts: t.start()
for t in ts: t.join()
print(peak, inside)
"#;
    for seed in 0..30 {
        let r = run(src, seed, SwitchRule::Cpython);
        assert_eq!(r.stdout, "3 0\n", "seed {seed}: {}", r.stderr);
    }
}

#[test]
fn queues_conserve_items() {
    let src = r#"
import threading, queue, random, time
q = queue.Queue(maxsize=3)
got = []
def producer(base):
    for i in range(20):
        q.put(base + i)
        time.sleep(random.random() / 100)
def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        got.append(item)
        q.task_done()
ps = [threading.Thread(target=producer, args=(b,)) for b in (0, 100, 200)]
cs = [threading.Thread(target=consumer) for i in range(2)]
for t in ps + cs: t.start()
for t in ps: t.join()
q.join()
for c in cs: q.put(None)
for c in cs: c.join()
print(sorted(got) == sorted(list(range(20)) + list(range(100, 120)) + list(range(200, 220))), len(got))
"#;
    for seed in 0..20 {
        let r = run(src, seed, SwitchRule::AnyBytecode);
        assert_eq!(r.stdout, "True 60\n", "seed {seed}: {}", r.stderr);
    }
}

#[test]
fn a_pool_of_n_never_runs_more_than_n_tasks_and_uses_at_most_n_workers() {
    let src = r#"
import os, time
from multiprocessing import Pool, Manager
def task(args):
    i, running, lock = args
    with lock:
        running.append(os.getpid())
        now = len(running)
    time.sleep(0.1 * (i % 3 + 1))
    with lock:
        running.remove(os.getpid())
    return os.getpid(), now
if __name__ == '__main__':
    with Manager() as m:
        running, lock = m.list(), m.Lock()
        with Pool(3) as p:
            results = p.map(task, [(i, running, lock) for i in range(10)], chunksize=1)
    print(len(set(pid for pid, n in results)) <= 3, max(n for pid, n in results) <= 3, len(results))
"#;
    for seed in 0..5 {
        let r = run(src, seed, SwitchRule::Cpython);
        assert_eq!(r.stdout, "True True 10\n", "seed {seed}: {}", r.stderr);
        // The workers are reused processes: three forks for ten tasks, plus the manager's.
        let forks = r.events.iter().filter(|e| matches!(e.kind, EventKind::Fork { .. })).count();
        assert_eq!(forks, 4, "seed {seed}");
    }
}

#[test]
fn a_deadlock_is_always_reported_never_a_hang() {
    let src = r#"
import threading, time, random
locks = [threading.Lock() for i in range(3)]
def philosopher(i):
    left, right = locks[i], locks[(i + 1) % 3]
    for k in range(50):
        with left:
            time.sleep(random.random() / 1000)
            with right:
                pass
ts = [threading.Thread(target=philosopher, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print("all ate")
"#;
    let mut outcomes = BTreeSet::new();
    for seed in 0..30 {
        let r = run(src, seed, SwitchRule::Cpython);
        match r.outcome {
            Outcome::Deadlock => {
                assert_eq!(r.exit_code, 3);
                let cycle = r.deadlock.expect("a cycle");
                assert_eq!(cycle.len(), 3, "seed {seed}: {cycle:?}");
                outcomes.insert("deadlock");
            }
            Outcome::Exited => {
                assert_eq!(r.stdout, "all ate\n");
                outcomes.insert("ate");
            }
            other => panic!("seed {seed}: {other:?}"),
        }
    }
    assert!(outcomes.contains("deadlock"), "no seed of 0..30 deadlocked");
}

#[test]
fn zombies_are_reaped_and_orphans_adopted_by_init() {
    let src = r#"
import os, time
pid = os.fork()
if pid == 0:
    grandchild = os.fork()
    if grandchild == 0:
        time.sleep(2)          # outlives its parent: an orphan
        os._exit(0)
    os._exit(7)                # a zombie until its parent waits
time.sleep(1)
p, status = os.waitpid(pid, 0)
print(p == pid, os.WEXITSTATUS(status))
time.sleep(2)
"#;
    let r = run(src, 0, SwitchRule::Cpython);
    assert_eq!(r.stdout, "True 7\n", "{}", r.stderr);
    let child = r.processes.iter().find(|p| p.pid == 101).expect("the child");
    assert_eq!(child.exit_code, Some(7));
    let zombie = child.reaped_at.unwrap() - child.zombie_at.unwrap();
    assert!(zombie >= 900_000_000, "the child was a zombie until the parent's waitpid");
    let grandchild = r.processes.iter().find(|p| p.pid == 102).expect("the grandchild");
    assert_eq!(grandchild.ppid, 1, "adopted by init");
    assert_eq!(grandchild.reaped_at, grandchild.zombie_at, "init reaps at once");
    assert!(r.events.iter().any(|e| e.pid == 102 && matches!(e.kind, EventKind::Reparent { to: 1 })));
}
