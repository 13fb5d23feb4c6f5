//! The checks of chapter 16's lessons (LESSONS.md): a BaseManager's server
//! process and workers that reach it over the simulated network, as
//! processes of one program or as two programs on two hosts.

mod common;
use common::*;

/// The i of each of `lines` that reads `prefix` + `ImageUrl_i` + `suffix`, in order, with when it began.
fn urls(lines: Vec<Line>, prefix: &str, suffix: &str) -> Vec<(usize, u64)> {
    lines
        .into_iter()
        .filter_map(|l| {
            let rest = l.text.strip_prefix(prefix)?.strip_prefix("ImageUrl_")?;
            Some((rest.strip_suffix(suffix)?.parse().ok()?, l.t))
        })
        .collect()
}

#[test]
fn distributed_task_queue() {
    for (tasks, workers) in [(10, 1), (10, 3), (7, 2), (20, 8)] {
        let (t, w) = (tasks.to_string(), workers.to_string());
        for seed in PROCESS_SEEDS {
            let what = format!("TASKS={tasks} WORKERS={workers} seed {seed}");
            let r = run_lesson("distributed-task-queue", &[("TASKS", &t), ("WORKERS", &w)], seed);
            ok(&r);
            let results = urls(lines(&r), "result is ", "--->success");
            let mut done: Vec<usize> = results.iter().map(|(i, _)| *i).collect();
            if workers == 1 {
                assert_eq!(done, (0..tasks).collect::<Vec<_>>(), "{what}: results in order");
            }
            done.sort();
            assert_eq!(done, (0..tasks).collect::<Vec<_>>(), "{what}: each result once");
            let mut run: Vec<usize> = lines(&r)
                .into_iter()
                .filter_map(|l| Some(l.text.split_once(" run task download ImageUrl_")?.1.strip_suffix("...")?.parse().ok()?))
                .collect();
            run.sort();
            assert_eq!(run, (0..tasks).collect::<Vec<_>>(), "{what}: each task run by one worker");
            let last = results.iter().map(|(_, t)| *t).max().unwrap() as f64 / 1e9;
            assert_about(last, tasks.div_ceil(workers) as f64, &format!("{what}: the last result"));
        }
    }
}

#[test]
fn a_str_authkey_is_a_type_error() {
    let r = run_lesson("distributed-task-queue", &[("AUTHKEY", "'qiye'")], 0);
    assert_eq!(r.exit_code, 1, "stderr:\n{}", r.stderr);
    assert!(r.stderr.ends_with("TypeError: string argument without an encoding\n"), "stderr:\n{}", r.stderr);
}

/// The stdout lines of the processes of the program whose main process is `pid`.
fn lines_of(r: &Report, program: u32) -> Vec<Line> {
    let ours: BTreeSet<u32> = r.processes.iter().filter(|p| p.program == Some(program)).map(|p| p.pid).collect();
    lines(r).into_iter().filter(|l| ours.contains(&l.pid)).collect()
}

/// One round trip between the lesson's two hosts: each link's latency, both ways.
const ROUND_TRIP: f64 = 4.0 * 0.005;

#[test]
fn distributed_two_hosts() {
    for tasks in [10, 1, 7] {
        let t = tasks.to_string();
        for seed in PROCESS_SEEDS {
            let what = format!("TASKS={tasks} seed {seed}");
            let r = run_programs("distributed-two-hosts", &[("TASKS", &t)], seed);
            ok(&r);
            let hosts: Vec<(&str, &str)> = r.programs.iter().map(|p| (p.file.as_str(), p.host.as_str())).collect();
            assert_eq!(hosts, [("server.py", "master"), ("worker.py", "worker-1")], "{what}");
            let (master, worker) = (r.programs[0].pid, r.programs[1].pid);
            let results = urls(lines_of(&r, master), "result is ", "--->success");
            let done: Vec<usize> = results.iter().map(|(i, _)| *i).collect();
            assert_eq!(done, (0..tasks).collect::<Vec<_>>(), "{what}: each result once, in order, on master");
            let run: Vec<(usize, u64)> = lines_of(&r, worker)
                .into_iter()
                .filter_map(|l| Some((l.text.strip_prefix("run task download ImageUrl_")?.strip_suffix("...")?.parse().ok()?, l.t)))
                .collect();
            let first = run[0].1;
            let run: Vec<usize> = run.into_iter().map(|(i, _)| i).collect();
            assert_eq!(run, (0..tasks).collect::<Vec<_>>(), "{what}: each task run once, on worker-1");
            assert!(!r.programs[0].stdout.contains("run task"), "{what}: no worker line on master");
            assert_eq!(r.programs[1].stdout.lines().last(), Some("worker exit."), "{what}");
            // From the worker's first task to the last result: a second a
            // task, plus a few round trips a task (empty, get, put).
            let last = (results.iter().map(|(_, t)| *t).max().unwrap() - first) as f64 / 1e9;
            let most = tasks as f64 * (1.0 + 6.0 * ROUND_TRIP);
            assert!(last >= tasks as f64 && last < most, "{what}: the last result {last} s after the first task, not within {tasks}..{most} s");
        }
    }
}

#[test]
fn a_str_authkey_is_a_type_error_on_both_hosts() {
    let r = run_programs("distributed-two-hosts", &[("AUTHKEY", "'qiye'")], 0);
    assert_eq!(r.exit_code, 1, "stderr:\n{}", r.stderr);
    for p in &r.programs {
        assert!(p.stderr.ends_with("TypeError: string argument without an encoding\n"), "{}:\n{}", p.file, p.stderr);
        assert_eq!(p.exit_code, Some(1), "{}", p.file);
    }
}
