//! The checks of chapter 16's lesson (LESSONS.md): a BaseManager's server
//! process and workers that reach it over the simulated network.

mod common;
use common::*;

/// The i of each line `prefix` + `ImageUrl_i` + `suffix`, in order, with when it began.
fn urls(r: &Report, prefix: &str, suffix: &str) -> Vec<(usize, u64)> {
    lines(r)
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
            let results = urls(&r, "result is ", "--->success");
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
