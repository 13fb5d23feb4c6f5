//! The checks of chapter 15's lessons (LESSONS.md), concurrent servers,
//! under several parameter settings and seeds, through the entry points
//! the CLI and the page use.

mod common;
use common::*;

/// 15.1 with the patch: every client gets each of its messages back,
/// upper-cased and in order, all in one OS thread.
fn check_echo(clients: usize, messages: usize, backlog: usize, seed: u64) {
    let (c, m, b) = (clients.to_string(), messages.to_string(), backlog.to_string());
    let r = run_lesson("gevent-tcp-echo", &[("CLIENTS", &c), ("MESSAGES", &m), ("BACKLOG", &b)], seed);
    ok(&r);
    let out = texts(&r);
    assert_eq!(out.len(), clients * messages, "CLIENTS={clients} BACKLOG={backlog} seed {seed}: every reply");
    let mut next = vec![0usize; clients + 1];
    for line in &out {
        // "THREAD-k ...": nums() would read "-k" as a negative number.
        let n = nums(line.trim_start_matches("THREAD-"));
        let (k, i) = (n[0] as usize, n[1] as usize);
        assert_eq!(line, &format!("THREAD-{k} (X_CLIENT) SAY HELLO {i}"), "the upper-cased request");
        assert_eq!(i, next[k], "client {k}'s replies in order");
        next[k] += 1;
    }
    assert!(next[1..].iter().all(|n| *n == messages), "each client got its {messages} replies");
    assert_eq!(names(&r).len(), 1, "one OS thread: the patched Threads are greenlets");
}

#[test]
fn gevent_tcp_echo() {
    for seed in SEEDS.take(2) {
        check_echo(500, 3, 5, seed);
        check_echo(500, 3, 500, seed);
    }
    for seed in SEEDS.take(5) {
        check_echo(20, 5, 1, seed);
        check_echo(7, 1, 4096, seed);
    }
}

/// Unpatched, the main thread blocks for real and the server greenlet
/// never runs: nobody listens, so every client's connect is refused.
#[test]
fn gevent_tcp_echo_unpatched() {
    let r = run_lesson("gevent-tcp-echo", &[("CLIENTS", "5"), ("PATCH", "false")], 0);
    ok(&r);
    assert_eq!(r.stdout, "", "no reply");
    assert_eq!(r.stderr.matches("ConnectionRefusedError: [Errno 111] Connection refused").count(), 5, "{}", r.stderr);
    assert_eq!(names(&r).len(), 6, "the main thread and five real client threads");
}

/// 15.2: PROCS processes × THREADS threads × GREENLETS greenlets, every wait overlapping.
#[test]
fn concurrency_stack() {
    for (procs, threads, greenlets, io) in [(2, 2, 5, "1.0"), (1, 1, 1, "0.5"), (3, 4, 20, "2.0")] {
        for seed in PROCESS_SEEDS.take(2) {
            let p = [("PROCS", procs.to_string()), ("THREADS", threads.to_string()), ("GREENLETS", greenlets.to_string()), ("IO_TIME", io.to_string())];
            let p: Vec<(&str, &str)> = p.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let r = run_lesson("concurrency-stack", &p, seed);
            ok(&r);
            let out = texts(&r);
            assert_eq!(out.len(), procs + 1, "{out:?}");
            let mut pids = BTreeSet::new();
            for line in &out[..procs] {
                let n = nums(line);
                assert_eq!(n[2..], [(threads * greenlets) as i64, threads as i64], "{line}");
                pids.insert(n[1]);
            }
            assert_eq!(pids.len(), procs, "distinct pids");
            let io: f64 = io.parse().unwrap();
            let total = procs * threads * greenlets;
            assert_eq!(out[procs], format!("{total} tasks of {io:.1} s I/O in {io:.1} s"), "every wait overlaps");
        }
    }
}
