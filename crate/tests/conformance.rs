//! Conformance: every program in `tests/conformance/` must print exactly
//! what CPython 3.11 printed for it (stdout, stderr and exit status, recorded
//! beside it by `tests/conformance/record.py`), given the standard input in
//! NAME.in and the files in NAME.files/ when they exist.

use pyconc::machine::{Run, RunConfig};
use std::fs;
use std::path::{Path, PathBuf};

fn programs() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/conformance");
    let mut v: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("tests/conformance exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py") && p.file_name().unwrap() != "record.py")
        .collect();
    v.sort();
    v
}

fn run(path: &Path) -> (String, String, i32) {
    let source = fs::read_to_string(path).unwrap();
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let stdin = fs::read_to_string(path.with_extension("in")).unwrap_or_default();
    let mut config = RunConfig { filename: name, stdin, ..RunConfig::default() };
    // NAME.files/ holds the files the program finds on its disk.
    if let Ok(entries) = fs::read_dir(path.with_extension("files")) {
        for e in entries {
            let p = e.unwrap().path();
            let file = p.file_name().unwrap().to_string_lossy().into_owned();
            config.files.insert(file, fs::read_to_string(&p).unwrap());
        }
    }
    let mut r = Run::new(&source, config);
    while !r.step(1_000_000) {}
    let rep = r.report();
    (rep.stdout, rep.stderr, rep.exit_code)
}

#[test]
fn every_program_behaves_as_under_cpython() {
    let mut failures = vec![];
    let all = programs();
    assert!(!all.is_empty(), "no conformance programs found");
    for p in &all {
        let want_out = fs::read_to_string(p.with_extension("out")).unwrap_or_default();
        let want_err = fs::read_to_string(p.with_extension("err")).unwrap_or_default();
        let want_code: i32 = fs::read_to_string(p.with_extension("code"))
            .map(|s| s.trim().parse().unwrap())
            .unwrap_or(0);
        let (out, err, code) = run(p);
        if out != want_out || err != want_err || code != want_code {
            failures.push(format!(
                "{}:\n--- expected stdout\n{want_out}--- got stdout\n{out}--- expected stderr\n{want_err}--- got stderr\n{err}--- exit {want_code} vs {code}",
                p.display()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} programs differ from CPython:\n\n{}",
        failures.len(),
        all.len(),
        failures.join("\n\n")
    );
}

/// The wasm test compiles the programs in from `programs.rs`; it must name
/// every program here, or the wasm build would silently test fewer.
#[test]
fn the_wasm_list_names_every_program() {
    let list = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/conformance/programs.rs"))
        .expect("tests/conformance/programs.rs exists (python3 tests/conformance/record.py writes it)");
    let listed: Vec<String> =
        list.lines().filter_map(|l| l.split("name: \"").nth(1)).map(|r| r.split('"').next().unwrap().to_string()).collect();
    let present: Vec<String> = programs().iter().map(|p| p.file_name().unwrap().to_string_lossy().into_owned()).collect();
    assert_eq!(listed, present, "programs.rs is stale: run python3 tests/conformance/record.py");
}
