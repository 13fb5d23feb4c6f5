//! What the lesson tests share: running a lesson through the entry points
//! the CLI and the page use, and reading its output and trace.
//!
//! "Every seed" in LESSONS.md means seeds 0–99; "some seed", one of them.
//! Searches for "some seed" go through all of them, stopping at the first
//! that shows the behaviour. Checks for every seed run over `SEEDS` (thread
//! lessons) or `PROCESS_SEEDS` (each process re-imports multiprocessing),
//! fewer for settings beyond the defaults: each run imports the modules anew,
//! and the debug build of `cargo test` must stay within minutes.

// Each test file uses its own subset of these.
#![allow(dead_code, unused_imports)]

pub use pyconc::machine::{ParallelRun, Program, Report, Run, RunConfig, SwitchRule};
pub use pyconc::scenario::{apply_params, apply_params_each, lesson};
pub use pyconc::trace::{Event, EventKind, Stream, ThreadState};
pub use std::collections::{BTreeMap, BTreeSet};

/// Every seed, as LESSONS.md's conventions define it.
pub const ALL_SEEDS: std::ops::Range<u64> = 0..100;
/// The seeds a thread lesson's check runs over (see the module's doc).
pub const SEEDS: std::ops::Range<u64> = 0..20;
/// The seeds for lessons whose runs start processes.
pub const PROCESS_SEEDS: std::ops::Range<u64> = 0..8;

/// The program of a lesson of one program with `params` set, as the page
/// and the CLI set them.
pub fn program(id: &str, params: &[(&str, &str)]) -> String {
    let l = lesson(id).unwrap_or_else(|| panic!("lesson {id} exists"));
    let sets: Vec<(String, String)> = params.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    apply_params(&l.programs[0].source, &sets, Some(&l.params)).expect("valid parameters")
}

/// Runs every program of the lesson, each on its host, with `params` set in
/// each that assigns them, as `pyconc lesson` runs them.
pub fn run_programs(id: &str, params: &[(&str, &str)], seed: u64) -> Report {
    let l = lesson(id).unwrap_or_else(|| panic!("lesson {id} exists"));
    let sets: Vec<(String, String)> = params.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    let sources: Vec<&str> = l.programs.iter().map(|p| p.source.as_str()).collect();
    let sources = apply_params_each(&sources, &sets, Some(&l.params)).expect("valid parameters");
    let programs = l
        .programs
        .iter()
        .zip(sources)
        .map(|(p, source)| Program { file: p.file.clone(), source, host: p.host.clone() })
        .collect();
    let mut run = Run::start(programs, RunConfig { seed, hosts: l.hosts.clone(), web: l.web.clone(), ..RunConfig::default() });
    while !run.step(100_000) {}
    run.report()
}

/// Runs `source` (lesson `id`, edited or not) on the deterministic machine to its end.
pub fn run_source(id: &str, source: &str, seed: u64, switch: SwitchRule) -> Report {
    // The lesson's simulated network comes with it, as the CLI and the page pass it.
    let l = lesson(id).unwrap_or_else(|| panic!("lesson {id} exists"));
    let config = RunConfig { seed, switch, filename: format!("{id}.py"), web: l.web, hosts: l.hosts, ..RunConfig::default() };
    let mut run = Run::new(source, config);
    while !run.step(100_000) {}
    run.report()
}

/// Runs `source` on the parallel machine to its end; a run that has not
/// ended after two minutes fails the test.
pub fn run_parallel(source: &str, config: RunConfig) -> Report {
    let mut run = ParallelRun::start(source, config);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    while !run.poll(std::time::Duration::from_millis(20)) {
        assert!(std::time::Instant::now() < deadline, "the run did not end");
    }
    run.report()
}

/// Runs the lesson with `params` on the parallel machine with two workers
/// and its sleeps `time_scale` times as long, as `pyconc lesson
/// --machine parallel` runs it.
pub fn run_parallel_lesson(id: &str, params: &[(&str, &str)], time_scale: f64) -> Report {
    let l = lesson(id).unwrap_or_else(|| panic!("lesson {id} exists"));
    let config = RunConfig {
        workers: 2,
        time_scale,
        filename: format!("{id}.py"),
        files: l.fixtures,
        web: l.web,
        hosts: l.hosts,
        ..RunConfig::default()
    };
    run_parallel(&program(id, params), config)
}

/// The workers each process ran on (parallel machine).
pub fn workers(r: &Report) -> BTreeMap<u32, BTreeSet<u32>> {
    let mut out: BTreeMap<u32, BTreeSet<u32>> = BTreeMap::new();
    for e in &r.events {
        if let EventKind::Worker { worker } = e.kind {
            out.entry(e.pid).or_default().insert(worker);
        }
    }
    out
}

/// The spans in which each thread of `pid` was running: (start, end, tid).
pub fn running_spans(r: &Report, pid: u32) -> Vec<(u64, u64, u32)> {
    let mut open: BTreeMap<u32, u64> = BTreeMap::new();
    let mut spans = Vec::new();
    for e in r.events.iter().filter(|e| e.pid == pid) {
        if let EventKind::State { state, .. } = &e.kind {
            if let Some(start) = open.remove(&e.tid) {
                spans.push((start, e.t, e.tid));
            }
            if *state == ThreadState::Running {
                open.insert(e.tid, e.t);
            }
        }
    }
    spans
}

/// Whether no two of the spans overlap (touching ends do not).
pub fn disjoint(spans: &[(u64, u64, u32)]) -> bool {
    let mut spans = spans.to_vec();
    spans.sort();
    spans.windows(2).all(|w| w[0].1 <= w[1].0)
}

/// An output line with every number replaced by `#`, so that lines whose
/// times and pids differ between runs compare equal.
pub fn masked(line: &str) -> String {
    let mut out = String::new();
    let mut in_number = false;
    for ch in line.chars() {
        let digit = ch.is_ascii_digit() || (in_number && ch == '.');
        if digit && !in_number {
            out.push('#');
        } else if !digit {
            out.push(ch);
        }
        in_number = digit;
    }
    out
}

/// Runs the lesson with `params` under CPython's switching rule.
pub fn run_lesson(id: &str, params: &[(&str, &str)], seed: u64) -> Report {
    run_source(id, &program(id, params), seed, SwitchRule::Cpython)
}

/// Runs the lesson with `params` under the given switching rule.
pub fn run_switch(id: &str, params: &[(&str, &str)], seed: u64, switch: SwitchRule) -> Report {
    run_source(id, &program(id, params), seed, switch)
}

/// The lesson with a learner's edit: `from` (which must occur) becomes `to`.
pub fn run_edited(id: &str, params: &[(&str, &str)], edits: &[(&str, &str)], seed: u64) -> Report {
    let mut source = program(id, params);
    for (from, to) in edits {
        assert!(source.contains(from), "{id}: the program contains {from:?}");
        source = source.replace(from, to);
    }
    run_source(id, &source, seed, SwitchRule::Cpython)
}

/// The lesson under `--switch any-bytecode` with the switch interval set to
/// `interval` seconds first, as CPython shows these races with
/// `sys.setswitchinterval(1e-6)`: the machine's default interval (5 ms)
/// rarely falls inside programs this short.
pub fn run_fine(id: &str, params: &[(&str, &str)], interval: &str, seed: u64) -> Report {
    let source = format!("import sys; sys.setswitchinterval({interval})\n{}", program(id, params));
    run_source(id, &source, seed, SwitchRule::AnyBytecode)
}

/// Virtual seconds at the end of the run.
pub fn secs(r: &Report) -> f64 {
    r.virtual_time_ns as f64 / 1e9
}

/// "≈ X s" of LESSONS.md: X ≤ t < X + 0.05.
pub fn assert_about(t: f64, x: f64, what: &str) {
    assert!(t >= x - 1e-9 && t < x + 0.05, "{what}: {t} s is not ≈ {x} s");
}

/// Asserts a clean exit, showing the output when it is not.
pub fn ok(r: &Report) {
    assert_eq!(r.exit_code, 0, "exit status; stdout:\n{}\nstderr:\n{}", r.stdout, r.stderr);
}

/// One line of standard output as its writer wrote it: lines of different
/// threads may run together in `stdout` (convention 2), never here.
#[derive(Clone, Debug)]
pub struct Line {
    pub pid: u32,
    pub tid: u32,
    /// When its first piece was written.
    pub t: u64,
    pub text: String,
}

/// The stdout lines of every thread, ordered by when each line began.
pub fn lines(r: &Report) -> Vec<Line> {
    let mut open: BTreeMap<(u32, u32), (usize, u64, String)> = BTreeMap::new();
    let mut done: Vec<(usize, Line)> = Vec::new();
    for (i, e) in r.events.iter().enumerate() {
        if let EventKind::Print { stream: Stream::Stdout, text } = &e.kind {
            let key = (e.pid, e.tid);
            let mut rest = text.as_str();
            while !rest.is_empty() {
                let buf = open.entry(key).or_insert((i, e.t, String::new()));
                match rest.find('\n') {
                    Some(n) => {
                        buf.2.push_str(&rest[..n]);
                        let (at, t, text) = open.remove(&key).unwrap();
                        done.push((at, Line { pid: e.pid, tid: e.tid, t, text }));
                        rest = &rest[n + 1..];
                    }
                    None => {
                        buf.2.push_str(rest);
                        rest = "";
                    }
                }
            }
        }
    }
    for ((pid, tid), (at, t, text)) in open {
        done.push((at, Line { pid, tid, t, text }));
    }
    done.sort_by_key(|(at, _)| *at);
    done.into_iter().map(|(_, l)| l).collect()
}

/// The text of every stdout line, in the order the lines began.
pub fn texts(r: &Report) -> Vec<String> {
    lines(r).into_iter().map(|l| l.text).collect()
}

/// The whole numbers in a text, in order (a minus sign belongs to its number).
pub fn nums(s: &str) -> Vec<i64> {
    let mut out = Vec::new();
    let b: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < b.len() {
        let neg = b[i] == '-' && i + 1 < b.len() && b[i + 1].is_ascii_digit();
        if b[i].is_ascii_digit() || neg {
            let start = i;
            i += 1;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            out.push(b[start..i].iter().collect::<String>().parse().unwrap());
        } else {
            i += 1;
        }
    }
    out
}

/// The pid of the run's first process.
pub fn main_pid(r: &Report) -> u32 {
    r.processes[0].pid
}

/// What `f` takes from each event that it matches, in event order.
pub fn pick<T>(r: &Report, f: impl Fn(&Event) -> Option<T>) -> Vec<T> {
    r.events.iter().filter_map(f).collect()
}

/// Thread names by tid, as spawn events give them.
pub fn names(r: &Report) -> BTreeMap<u32, String> {
    pick(r, |e| match &e.kind {
        EventKind::Spawn { name, .. } => Some((e.tid, name.clone())),
        _ => None,
    })
    .into_iter()
    .collect()
}

/// (parent pid, child pid, time) of every fork.
pub fn forks(r: &Report) -> Vec<(u32, u32, u64)> {
    pick(r, |e| match e.kind {
        EventKind::Fork { child } => Some((e.pid, child, e.t)),
        _ => None,
    })
}

/// (pid, exit status, time) of every process exit.
pub fn exits(r: &Report) -> Vec<(u32, i32, u64)> {
    pick(r, |e| match e.kind {
        EventKind::Exit { code } => Some((e.pid, code, e.t)),
        _ => None,
    })
}

/// (reaped pid, reaper, time) of every reap.
pub fn reaps(r: &Report) -> Vec<(u32, u32, u64)> {
    pick(r, |e| match e.kind {
        EventKind::Reap { by } => Some((e.pid, by, e.t)),
        _ => None,
    })
}

/// Every state change of one thread: (time, state, what it waits on).
pub fn states(r: &Report, tid: u32) -> Vec<(u64, ThreadState, String)> {
    pick(r, |e| match &e.kind {
        EventKind::State { state, on } if e.tid == tid => Some((e.t, *state, on.clone().unwrap_or_default())),
        _ => None,
    })
}

/// Did any thread block on something whose description starts with `what`?
pub fn blocked_on(r: &Report, tid: Option<u32>, what: &str) -> bool {
    r.events.iter().any(|e| {
        tid.map_or(true, |t| t == e.tid)
            && matches!(&e.kind, EventKind::State { state: ThreadState::Blocked, on: Some(on) } if on.starts_with(what))
    })
}

/// The name of every thread started, in start order.
pub fn thread_names(r: &Report) -> Vec<String> {
    r.events
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::Spawn { name, .. } => Some(name.clone()),
            _ => None,
        })
        .collect()
}
