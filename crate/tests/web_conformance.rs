//! The conformance programs of `tests/conformance/` through the wasm build,
//! in headless Chrome (`wasm-pack test --headless --chrome crate --test
//! web_conformance`, run by scripts/test.sh): each must print exactly what
//! CPython 3.11 printed for it, as `tests/conformance.rs` checks natively.
//! The programs and their recorded output are compiled in from
//! `tests/conformance/programs.rs`, which `record.py` writes.
#![cfg(target_arch = "wasm32")]

use pyconc::machine::{Run, RunConfig};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_dedicated_worker);

/// One program and what CPython 3.11 did with it.
struct Program {
    name: &'static str,
    source: &'static str,
    stdin: &'static str,
    stdout: &'static str,
    stderr: &'static str,
    code: &'static str,
    files: &'static [(&'static str, &'static str)],
}

const PROGRAMS: &[Program] = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/conformance/programs.rs"));

#[wasm_bindgen_test]
fn every_program_behaves_as_under_cpython_in_wasm() {
    let mut failures = vec![];
    for p in PROGRAMS {
        let mut config = RunConfig { filename: p.name.into(), stdin: p.stdin.into(), ..RunConfig::default() };
        for (file, text) in p.files {
            config.files.insert(file.to_string(), text.to_string());
        }
        let mut run = Run::new(p.source, config);
        while !run.step(1_000_000) {}
        let rep = run.report();
        let code: i32 = p.code.trim().parse().expect("a recorded exit status");
        if rep.stdout != p.stdout || rep.stderr != p.stderr || rep.exit_code != code {
            failures.push(format!(
                "{}:\n--- expected stdout\n{}--- got stdout\n{}--- expected stderr\n{}--- got stderr\n{}--- exit {} vs {}",
                p.name, p.stdout, rep.stdout, p.stderr, rep.stderr, code, rep.exit_code
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} programs differ from CPython in wasm:\n\n{}",
        failures.len(),
        PROGRAMS.len(),
        failures.join("\n\n")
    );
}
