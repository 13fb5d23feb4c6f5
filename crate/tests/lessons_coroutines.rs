//! The checks of chapter 14's lessons (LESSONS.md), under several parameter
//! settings and seeds, through the entry points the CLI and the page use.

mod common;
use common::*;

/// The tids of the threads the run started.
fn threads(r: &Report) -> BTreeSet<u32> {
    names(r).into_keys().collect()
}

#[test]
fn coroutine_theory() {
    for (tasks, steps, io) in [(3, 3, "1.0"), (1, 1, "0.5"), (5, 4, "2.0"), (10, 10, "0")] {
        let (t, s) = (tasks.to_string(), steps.to_string());
        for seed in SEEDS.take(3) {
            let r = run_lesson("coroutine-theory", &[("TASKS", &t), ("STEPS", &s), ("IO_TIME", io)], seed);
            ok(&r);
            let io: f64 = io.parse().unwrap();
            let mut expected = Vec::new();
            for i in 0..steps {
                for n in 0..tasks {
                    expected.push(format!("task{n}: step {i}, then {io:.1} s of I/O"));
                }
            }
            for n in 0..tasks {
                expected.push(format!("task{n}: done"));
            }
            let elapsed = steps as f64 * io;
            expected.push(format!("{tasks} tasks x {steps} waits of {io:.1} s took {elapsed:.1} s in 1 thread(s)"));
            assert_eq!(texts(&r), expected, "TASKS={tasks} STEPS={steps} IO_TIME={io} seed {seed}");
            assert_eq!(threads(&r).len(), 1, "one thread");
            assert_about(secs(&r), elapsed, "the run takes STEPS·IO_TIME");
        }
    }
}

#[test]
fn yield_blocks_on_io() {
    for (n, io) in [(5, "2"), (1, "0.5"), (3, "0"), (20, "5")] {
        let r = run_lesson("yield-blocks-on-io", &[("N", &n.to_string()), ("IO_TIME", io)], 0);
        ok(&r);
        let out = texts(&r);
        let got: Vec<String> = (0..n).map(|i| format!("consumer got {i}")).collect();
        assert_eq!(out[..n], got[..], "N={n}");
        let io: f64 = io.parse().unwrap();
        let printed: f64 = out[n].parse().expect("the elapsed time");
        assert_about(printed, n as f64 * io, "printed elapsed is N·IO_TIME");
        // One thread, asleep N times, and nothing else running meanwhile.
        let tid = *threads(&r).iter().next().unwrap();
        assert_eq!(threads(&r).len(), 1);
        let sleeps = states(&r, tid).iter().filter(|(_, s, _)| *s == ThreadState::Sleeping).count();
        assert_eq!(sleeps, if io > 0.0 { n } else { sleeps }, "N={n}: one sleep per send");
    }
}

#[test]
fn generator_send() {
    for send in ["aaa", "你好", "x y"] {
        let r = run_lesson("generator-send", &[("SEND", send)], 0);
        ok(&r);
        assert_eq!(texts(&r), ["1", "1", send, "2"]);
    }
}
