//! The checks of chapter 14's lessons (LESSONS.md): generators, greenlet,
//! gevent; under several parameter settings and seeds, through the entry
//! points the CLI and the page use.

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

/// The greenlet events of a run: (id, name, switches).
fn greenlet_events(r: &Report) -> Vec<(u32, String, u32)> {
    r.events
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::Greenlet { id, name, switches, .. } => Some((*id, name.clone(), *switches)),
            _ => None,
        })
        .collect()
}

/// 14.2: "every machine: elapsed(greenlet) > elapsed(serial)".
#[test]
fn switch_cost() {
    for n in ["100000", "300000"] {
        for seed in 0..3 {
            let elapsed = |mode: &str| {
                let r = run_lesson("switch-cost", &[("MODE", mode), ("N", n)], seed);
                ok(&r);
                let (printed, t) = r.stdout.trim().split_once(' ').expect("MODE elapsed");
                assert_eq!(printed, mode);
                (t.parse::<f64>().expect("a number of seconds"), r)
            };
            let (serial, _) = elapsed("serial");
            let (greenlet, r) = elapsed("greenlet");
            elapsed("yield");
            assert!(greenlet > serial, "N={n} seed {seed}: greenlet {greenlet} s is not slower than serial {serial} s");
            // Two greenlets take turns on the one thread; the trace keeps
            // the 2·N switches to a few events per 100 µs of virtual time.
            let events = greenlet_events(&r);
            let names: BTreeSet<&str> = events.iter().map(|(_, name, _)| name.as_str()).collect();
            assert!(names.contains("f1") && names.contains("f2") && names.len() <= 3, "N={n}: {names:?}");
            // main → f1, N switches each way, f1's end → main.
            let switches: u32 = events.iter().map(|(_, _, s)| s).sum();
            assert_eq!(switches as u64, 2 * n.parse::<u64>().unwrap() + 2, "N={n}: every switch counted");
            assert!((events.len() as u64) < r.virtual_time_ns / 50_000 + 2, "N={n}: bursts are coalesced");
        }
    }
}

/// 14.5: "exact stdout NAME eat 1, NAME play 1, NAME eat 2, NAME play 2,
/// 12, 56, 34, `gr1.dead = True gr2.dead = False`".
#[test]
fn greenlet_switch() {
    for name in ["egon", "alex", "小明"] {
        for seed in 0..3 {
            let r = run_lesson("greenlet-switch", &[("NAME", name)], seed);
            ok(&r);
            let want = format!(
                "{name} eat 1\n{name} play 1\n{name} eat 2\n{name} play 2\n12\n56\n34\ngr1.dead = True gr2.dead = False\n"
            );
            assert_eq!(r.stdout, want, "NAME={name} seed {seed}");
            // A switch is its own event when a print comes between; main's
            // few instructions between play's end and test1 are not.
            let lanes: Vec<String> = greenlet_events(&r).into_iter().map(|(_, n, s)| format!("{n}×{s}")).collect();
            assert_eq!(
                lanes,
                ["eat×1", "play×1", "eat×1", "play×1", "test1×2", "test2×1", "test1×1", "main×1"],
                "NAME={name}"
            );
        }
    }
}
