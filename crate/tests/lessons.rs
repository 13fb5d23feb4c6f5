//! Each lesson's check (LESSONS.md), under several parameter settings and
//! seeds, run through the same entry points the CLI and the page use.

use pyconc::machine::{Report, Run, RunConfig};
use pyconc::scenario::{apply_params, lesson};
use pyconc::trace::EventKind;

fn run_lesson(id: &str, params: &[(&str, &str)], seed: u64) -> Report {
    let l = lesson(id).unwrap_or_else(|| panic!("lesson {id} exists"));
    let sets: Vec<(String, String)> = params.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    let source = apply_params(&l.program, &sets, Some(&l.params)).expect("valid parameters");
    let mut run = Run::new(&source, RunConfig { seed, filename: format!("{id}.py"), ..RunConfig::default() });
    while !run.step(100_000) {}
    run.report()
}

fn thread_names(r: &Report) -> Vec<String> {
    r.events
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::Spawn { name, .. } => Some(name.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn multitask_sing_dance() {
    for repeat in [1u64, 3, 5, 20] {
        for threaded in [true, false] {
            for seed in 0..3 {
                let r = run_lesson(
                    "multitask-sing-dance",
                    &[("REPEAT", &repeat.to_string()), ("THREADED", if threaded { "true" } else { "false" })],
                    seed,
                );
                assert_eq!(r.exit_code, 0, "stderr: {}", r.stderr);
                assert_eq!(r.stdout.matches("正在唱歌").count() as u64, repeat);
                assert_eq!(r.stdout.matches("正在跳舞").count() as u64, repeat);
                let secs = if threaded { repeat } else { 2 * repeat };
                assert!(r.stdout.ends_with(&format!("用时 {secs} 秒\n")), "stdout: {}", r.stdout);
                let t = r.virtual_time_ns as f64 / 1e9;
                assert!(t >= secs as f64 && t < secs as f64 + 0.05, "virtual time {t}");
                let names = thread_names(&r);
                let expected = if threaded {
                    vec!["MainThread", "Thread-1 (sing)", "Thread-2 (dance)"]
                } else {
                    vec!["MainThread"]
                };
                assert_eq!(names, expected);
            }
        }
    }
}

#[test]
fn a_bad_parameter_names_the_parameter_and_its_range() {
    let l = lesson("multitask-sing-dance").unwrap();
    let err = apply_params(&l.program, &[("REPEAT".into(), "25".into())], Some(&l.params)).unwrap_err();
    assert_eq!(err.to_string(), "parameter REPEAT: 25 is out of range (allowed: 1 to 20)");
}
