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

/// 14.6: spawn only schedules; gevent.sleep lets the greenlets take turns,
/// the unpatched time.sleep blocks the thread.
#[test]
fn gevent_spawn_join() {
    let turns = ["eating1 egon 4 5", "playing1", "eating2", "playing2", "g1.value = eat done", "主 1.0 s"];
    let blocking = ["eating1 egon 4 5", "eating2", "playing1", "playing2", "g1.value = eat done", "主 2.0 s"];
    for seed in SEEDS.take(3) {
        for (sleep, want) in [("gevent.sleep", &turns), ("time.sleep", &blocking)] {
            let r = run_lesson("gevent-spawn-join", &[("SLEEP", sleep), ("JOIN", "true")], seed);
            ok(&r);
            assert_eq!(texts(&r), want, "SLEEP={sleep} seed {seed}");
            let r = run_lesson("gevent-spawn-join", &[("SLEEP", sleep), ("JOIN", "false")], seed);
            ok(&r);
            assert_eq!(texts(&r), ["主 0.0 s"], "SLEEP={sleep}, no join: spawn only schedules");
        }
    }
}

/// The elapsed seconds a program printed as its last line.
fn printed_elapsed(r: &Report) -> f64 {
    let out = texts(r);
    let last = out.last().expect("a last line");
    let number = last.rsplit(' ').next().unwrap_or(last).trim_end_matches(" s");
    number.parse().unwrap_or_else(|_| panic!("a number of seconds in {last:?}"))
}

/// 14.7: three greenlets in one thread; without the patch every sleep blocks it.
#[test]
fn monkey_patch() {
    for seed in SEEDS.take(5) {
        let r = run_lesson("monkey-patch", &[], seed);
        ok(&r);
        let out = texts(&r);
        assert_eq!(out[..6], ["哼", "哈", "heiheihei", "哼", "哈", "heiheihei"], "seed {seed}");
        assert_about(printed_elapsed(&r), 5.0, "the longest sleep, not the sum");
        assert_eq!(names(&r).len(), 1, "one OS thread");
    }
    let r = run_edited("monkey-patch", &[], &[("from gevent import monkey;monkey.patch_all()\n", "")], 0);
    ok(&r);
    assert_eq!(texts(&r)[..6], ["哼", "哼", "哈", "哈", "heiheihei", "heiheihei"]);
    assert_about(printed_elapsed(&r), 10.0, "unpatched, the sleeps add up");
}

/// 14.8: in order in both sections; TASKS·IO_TIME, then one IO_TIME.
#[test]
fn gevent_sync_async() {
    for (tasks, io) in [(10usize, 0.5), (1, 2.0), (25, 0.1), (100, 1.0)] {
        for seed in SEEDS.take(2) {
            let r = run_lesson("gevent-sync-async", &[("TASKS", &tasks.to_string()), ("IO_TIME", &io.to_string())], seed);
            ok(&r);
            let done: Vec<String> = (0..tasks).map(|i| format!("Task {i} done")).collect();
            let mut want = vec!["Synchronous:".to_string()];
            want.extend(done.iter().cloned());
            want.push(format!("{:.1} s", tasks as f64 * io));
            want.push("Asynchronous:".to_string());
            want.extend(done.iter().cloned());
            want.push("DONE".to_string());
            want.push(format!("{io:.1} s"));
            assert_eq!(texts(&r), want, "TASKS={tasks} IO_TIME={io} seed {seed}");
        }
    }
}

/// 14.9: with gevent every GET goes out first and the run takes the slowest
/// page's latency; serially, one after another, the sum.
#[test]
fn gevent_crawler() {
    let urls = ["https://www.python.org/", "https://www.yahoo.com/", "https://github.com/"];
    let sizes = [49115, 100000, 53784];
    for seed in SEEDS.take(3) {
        for (mode, elapsed) in [("gevent", 1.0), ("serial", 2.4)] {
            let r = run_lesson("gevent-crawler", &[("MODE", mode)], seed);
            ok(&r);
            let out = texts(&r);
            for (url, size) in urls.iter().zip(sizes) {
                assert_eq!(out.iter().filter(|l| **l == format!("GET: {url}")).count(), 1, "{mode}: one GET of {url}");
                let got = format!("{size} bytes received from {url}");
                assert_eq!(out.iter().filter(|l| **l == got).count(), 1, "{mode}: {got}");
            }
            let first_received = out.iter().position(|l| l.contains("received")).unwrap();
            if mode == "gevent" {
                assert_eq!(first_received, 3, "every GET before the first page arrives: {out:?}");
            } else {
                assert!(out.chunks(2).take(3).all(|p| p[0].starts_with("GET") && p[1].contains("received")), "{out:?}");
            }
            assert_about(printed_elapsed(&r), elapsed, mode);
        }
    }
    // A page the web does not have is an error the program prints, never a real request.
    let urls = "['https://github.com/', 'https://nowhere.invalid/']";
    let r = run_lesson("gevent-crawler", &[("URLS", urls)], 0);
    ok(&r);
    assert!(texts(&r).contains(&"<urlopen error [Errno -2] Name or service not known>".to_string()), "{}", r.stdout);
}

/// 14.10: at most POOL_SIZE fetches at once; results in URLS order.
#[test]
fn gevent_pool_map() {
    let urls = ["https://github.com/", "https://www.python.org/", "http://xueyp.github.io/", "http://baidu.com", "http://163.com/"];
    for size in 1..=6usize {
        let r = run_lesson("gevent-pool-map", &[("POOL_SIZE", &size.to_string())], 0);
        ok(&r);
        let out = texts(&r);
        let first = size.min(urls.len());
        assert!(out[..first].iter().all(|l| l.starts_with("Visit --> ")), "POOL_SIZE={size}: {out:?}");
        let mut open = 0i64;
        for l in &out {
            open += i64::from(l.starts_with("Visit")) - i64::from(l.contains("received"));
            assert!(open <= size as i64, "POOL_SIZE={size}: more than the pool at once: {out:?}");
        }
        let want: Vec<String> = urls.iter().map(|u| format!("'{u} is fetched'")).collect();
        assert_eq!(out.last().unwrap(), &format!("[{}]", want.join(", ")), "results in URLS order");
    }
}
