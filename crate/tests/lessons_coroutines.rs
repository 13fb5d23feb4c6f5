//! The checks of chapter 14 (coroutines) in LESSONS.md that run on
//! greenlets, under several parameter settings and seeds, through the
//! entry points the CLI and the page use. (The other chapters' checks are
//! in `lessons.rs`.)

use pyconc::machine::{Report, Run, RunConfig};
use pyconc::scenario::{apply_params, lesson};
use pyconc::trace::EventKind;

fn run_lesson(id: &str, params: &[(&str, &str)], seed: u64) -> Report {
    let l = lesson(id).unwrap_or_else(|| panic!("lesson {id} exists"));
    let sets: Vec<(String, String)> = params.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    let source = apply_params(&l.program, &sets, Some(&l.params)).expect("valid parameters");
    let mut run = Run::new(&source, RunConfig { seed, filename: format!("{id}.py"), ..RunConfig::default() });
    while !run.step(100_000) {}
    let r = run.report();
    assert_eq!(r.exit_code, 0, "{id} {params:?}: exit status; stderr:\n{}", r.stderr);
    r
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
            let names: std::collections::BTreeSet<&str> = events.iter().map(|(_, name, _)| name.as_str()).collect();
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
