//! The deterministic machine's outcomes: deadlock reports, budgets, Stop,
//! replay by seed, and the GIL's switching.

use pyconc::machine::{Outcome, Report, Run, RunConfig, SwitchRule};
use pyconc::trace::{EventKind, ThreadState};

fn run_with(source: &str, config: RunConfig) -> Report {
    let mut run = Run::new(source, config);
    while !run.step(100_000) {}
    run.report()
}

fn run(source: &str) -> Report {
    run_with(source, RunConfig::default())
}

const DEADLOCK: &str = r#"
import threading, time
a = threading.Lock()
b = threading.Lock()
def one():
    with a:
        time.sleep(0.1)
        with b:
            pass
def two():
    with b:
        time.sleep(0.1)
        with a:
            pass
t1 = threading.Thread(target=one, name="one")
t2 = threading.Thread(target=two, name="two")
t1.start(); t2.start()
t1.join(); t2.join()
"#;

#[test]
fn a_deadlock_is_reported_with_its_cycle_for_every_seed() {
    for seed in 0..20 {
        let r = run_with(DEADLOCK, RunConfig { seed, ..RunConfig::default() });
        assert_eq!(r.exit_code, 3, "seed {seed}: {}", r.stderr);
        assert_eq!(r.outcome, Outcome::Deadlock);
        let cycle = r.deadlock.expect("a cycle");
        let names: Vec<_> = cycle.iter().map(|w| w.name.as_str()).collect();
        assert_eq!(names.len(), 2, "{cycle:?}");
        assert!(names.contains(&"one") && names.contains(&"two"));
        assert!(cycle.iter().all(|w| w.waits_for.starts_with("lock #")), "{cycle:?}");
        assert!(r.stderr.contains("deadlock"));
    }
}

#[test]
fn an_endless_loop_meets_the_step_budget() {
    let r = run_with("while True:\n    pass\n", RunConfig { max_steps: 1_000_000, ..RunConfig::default() });
    assert_eq!(r.exit_code, 4);
    assert_eq!(r.outcome, Outcome::Budget { which: "steps".into() });
    assert!(r.stderr.contains("step budget"), "{}", r.stderr);
}

#[test]
fn an_endless_sleep_meets_the_time_budget() {
    let r = run_with(
        "import time\nwhile True:\n    time.sleep(60)\n",
        RunConfig { max_time_ns: 3_600_000_000_000, ..RunConfig::default() },
    );
    assert_eq!(r.exit_code, 4);
    assert_eq!(r.outcome, Outcome::Budget { which: "time".into() });
}

#[test]
fn stop_ends_a_run_between_slices() {
    let mut run = Run::new("while True:\n    pass\n", RunConfig::default());
    assert!(!run.step(10_000));
    run.stop();
    assert!(run.is_finished());
    assert_eq!(run.report().outcome, Outcome::Stopped);
}

const RACE: &str = r#"
import threading
n = 0
def work():
    global n
    for i in range(200000):
        n += 1
ts = [threading.Thread(target=work) for i in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(n)
"#;

#[test]
fn the_same_seed_replays_the_same_trace() {
    let a = run_with(RACE, RunConfig { seed: 5, switch: SwitchRule::AnyBytecode, ..RunConfig::default() });
    let b = run_with(RACE, RunConfig { seed: 5, switch: SwitchRule::AnyBytecode, ..RunConfig::default() });
    assert_eq!(a.trace_digest, b.trace_digest);
    assert_eq!(a.stdout, b.stdout);
}

#[test]
fn switching_after_any_bytecode_loses_updates_for_some_seed() {
    let lost = (0..20).any(|seed| {
        let r = run_with(RACE, RunConfig { seed, switch: SwitchRule::AnyBytecode, ..RunConfig::default() });
        r.stdout.trim() != "400000"
    });
    assert!(lost, "no seed lost an update with --switch any-bytecode");
}

#[test]
fn threads_take_turns_under_the_gil() {
    let r = run(RACE);
    assert_eq!(r.exit_code, 0, "{}", r.stderr);
    // Two workers each ran in more than one slice: the GIL switched between them.
    let running = r
        .events
        .iter()
        .filter(|e| e.tid > 1 && matches!(e.kind, EventKind::State { state: ThreadState::Running, .. }))
        .count();
    assert!(running > 2, "{running} running spans");
    // Running spans never overlap: at most one thread runs at any time.
    let mut current = None;
    for e in &r.events {
        if let EventKind::State { state, .. } = &e.kind {
            match state {
                ThreadState::Running => {
                    assert!(current.is_none() || current == Some(e.tid), "two threads running at {}", e.t);
                    current = Some(e.tid);
                }
                _ if current == Some(e.tid) => current = None,
                _ => {}
            }
        }
    }
}

#[test]
fn sleeping_threads_overlap_in_virtual_time() {
    let r = run(
        "import threading, time\n\
         ts = [threading.Thread(target=time.sleep, args=(2,)) for i in range(5)]\n\
         for t in ts: t.start()\n\
         for t in ts: t.join()\n",
    );
    assert_eq!(r.exit_code, 0, "{}", r.stderr);
    let t = r.virtual_time_ns as f64 / 1e9;
    assert!((2.0..2.05).contains(&t), "{t}");
}

#[test]
fn an_exception_in_a_thread_is_reported_and_the_program_goes_on() {
    let r = run(
        "import threading\n\
         def w():\n    raise ValueError('boom')\n\
         t = threading.Thread(target=w)\nt.start(); t.join()\nprint('after')\n",
    );
    assert_eq!(r.exit_code, 0);
    assert_eq!(r.stdout, "after\n");
    assert!(r.stderr.starts_with("Exception in thread Thread-1 (w):\nTraceback (most recent call last):\n"), "{}", r.stderr);
    assert!(r.stderr.ends_with("ValueError: boom\n"), "{}", r.stderr);
}

#[test]
fn unsupported_syntax_is_named_with_its_line() {
    let r = run("x = 1\nasync def f():\n    pass\n");
    assert_eq!(r.exit_code, 1);
    assert_eq!(r.stderr, "pyconc: not supported yet: async def (line 2)\n");
    let r = run("print(1)\nmatch 3:\n    case 3:\n        print(3)\n");
    assert_eq!((r.exit_code, r.stdout.as_str()), (1, ""), "nothing runs before the refusal");
    assert_eq!(r.stderr, "pyconc: not supported yet: match statement (line 2)\n");
    let r = run("try:\n    pass\nexcept* ValueError:\n    pass\n");
    assert_eq!(r.stderr, "pyconc: not supported yet: except* (line 3)\n");
}

#[test]
fn endless_output_meets_the_output_budget() {
    let r = run_with("while True:\n    print('spam' * 100)\n", RunConfig { max_output_bytes: 1 << 20, ..RunConfig::default() });
    assert_eq!(r.exit_code, 4);
    assert_eq!(r.outcome, Outcome::Budget { which: "output".into() });
    // Checked between slices: at most one slice's printing past the budget.
    assert!(r.stdout.len() < 2 << 20, "{} bytes", r.stdout.len());
}
