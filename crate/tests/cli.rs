//! The `pyconc` command line as DESIGN.md specifies it: python3's output and
//! exit status for programs, pyconc's own codes (2 usage, 3 deadlock,
//! 4 budget), `--json` reports, and the lesson catalog.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn pyconc(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pyconc"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("pyconc runs")
}

/// Writes `source` to a file of its own and returns its path.
fn program(name: &str, source: &str) -> String {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-{name}.py"));
    std::fs::write(&path, source).expect("temporary program written");
    path.to_string_lossy().into_owned()
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("stderr is UTF-8")
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("--json prints one JSON object ({e}): {}", stdout(out)))
}

#[track_caller]
fn assert_exit(out: &Output, code: i32) {
    assert_eq!(
        out.status.code(),
        Some(code),
        "exit status\n--- stdout\n{}\n--- stderr\n{}",
        stdout(out),
        stderr(out)
    );
}

// Usage and parameter errors: status 2 and one clear line.

#[test]
fn a_parameter_out_of_range_names_it_and_its_range() {
    let out = pyconc(&["lesson", "multitask-sing-dance", "--set", "REPEAT=25"]);
    assert_exit(&out, 2);
    assert_eq!(stderr(&out), "pyconc: parameter REPEAT: 25 is out of range (allowed: 1 to 20)\n");
    assert_eq!(stdout(&out), "");
}

#[test]
fn an_unknown_parameter_is_named() {
    let out = pyconc(&["lesson", "multitask-sing-dance", "--set", "POOL_SIZE=3"]);
    assert_exit(&out, 2);
    assert!(stderr(&out).starts_with("pyconc: "), "{}", stderr(&out));
    assert!(stderr(&out).contains("POOL_SIZE"), "{}", stderr(&out));
}

#[test]
fn a_parameter_of_the_wrong_type_is_refused() {
    let out = pyconc(&["lesson", "multitask-sing-dance", "--set", "THREADED=maybe"]);
    assert_exit(&out, 2);
    assert!(stderr(&out).starts_with("pyconc: parameter THREADED:"), "{}", stderr(&out));
}

#[test]
fn set_without_a_value_is_a_usage_error() {
    let out = pyconc(&["lesson", "multitask-sing-dance", "--set", "REPEAT"]);
    assert_exit(&out, 2);
    assert!(stderr(&out).contains("NAME=VALUE"), "{}", stderr(&out));
}

#[test]
fn a_missing_file_is_named() {
    let out = pyconc(&["run", "no/such/program.py"]);
    assert_exit(&out, 2);
    assert!(stderr(&out).contains("no/such/program.py"), "{}", stderr(&out));
    assert!(stderr(&out).contains("No such file or directory"), "{}", stderr(&out));
}

#[test]
fn an_unknown_lesson_is_named() {
    let out = pyconc(&["lesson", "no-such-lesson"]);
    assert_exit(&out, 2);
    assert!(stderr(&out).contains("no-such-lesson"), "{}", stderr(&out));
}

#[test]
fn unknown_commands_and_options_are_usage_errors() {
    for args in [
        &[][..],
        &["frobnicate"],
        &["run"],
        &["lesson"],
        &["lessons", "--seed", "1"],
        &["lesson", "multitask-sing-dance", "--frob"],
        &["lesson", "multitask-sing-dance", "--seed", "many"],
        &["lesson", "multitask-sing-dance", "--switch", "sometimes"],
        &["lesson", "multitask-sing-dance", "--timeout", "-1"],
    ] {
        let out = pyconc(args);
        assert_eq!(out.status.code(), Some(2), "pyconc {args:?}: {}", stderr(&out));
        assert!(stderr(&out).starts_with("pyconc: "), "pyconc {args:?}: {}", stderr(&out));
    }
}

#[test]
fn the_parallel_machine_runs_a_lesson_on_the_scaled_wall_clock() {
    let out = pyconc(&["lesson", "multitask-sing-dance", "--machine", "parallel", "--time-scale", "0.05"]);
    assert_exit(&out, 0);
    assert_eq!(stdout(&out).matches("正在唱歌").count(), 3);
    // Three 1 s sleeps one after another, on the scaled clock: never less
    // than 3 s of program time (a loaded machine may make it more).
    let text = stdout(&out);
    let secs: u64 = text.rsplit("用时 ").next().and_then(|t| t.trim_end().strip_suffix(" 秒")?.parse().ok())
        .unwrap_or_else(|| panic!("an elapsed time in {text}"));
    assert!(secs >= 3, "{text}");
    let out = pyconc(&["run", "x.py", "--machine", "parallel", "--workers", "0"]);
    assert_exit(&out, 2);
    let out = pyconc(&["lesson", "multitask-sing-dance", "--machine", "parallel", "--json", "--time-scale", "0.05"]);
    assert_exit(&out, 0);
    assert!(stdout(&out).contains("\"machine\":\"parallel\""));
}

#[test]
fn help_and_version_succeed() {
    let out = pyconc(&["--help"]);
    assert_exit(&out, 0);
    assert!(stdout(&out).contains("pyconc run FILE.py"));
    let out = pyconc(&["--version"]);
    assert_exit(&out, 0);
    assert!(stdout(&out).starts_with("pyconc "));
}

// The catalog.

#[test]
fn lessons_lists_id_chapter_and_title() {
    let out = pyconc(&["lessons"]);
    assert_exit(&out, 0);
    let line = stdout(&out)
        .lines()
        .find(|l| l.starts_with("multitask-sing-dance "))
        .map(str::to_string)
        .expect("the sing-and-dance lesson is listed");
    let columns: Vec<_> = line.split("  ").map(str::trim).filter(|c| !c.is_empty()).collect();
    assert_eq!(
        columns,
        ["multitask-sing-dance", "01-multitasking", "Singing and dancing: why multitasking"]
    );
}

#[test]
fn lessons_json_is_the_catalog() {
    let out = pyconc(&["lessons", "--json"]);
    assert_exit(&out, 0);
    let catalog = json(&out);
    let lesson = catalog
        .as_array()
        .expect("an array of chapters")
        .iter()
        .flat_map(|c| c["lessons"].as_array().expect("each chapter has lessons"))
        .find(|l| l["id"] == "multitask-sing-dance")
        .expect("the sing-and-dance lesson is there");
    assert_eq!(lesson["chapter"], "01-multitasking");
    assert_eq!(lesson["programs"][0]["file"], "multitask-sing-dance.py");
    assert!(lesson["programs"][0]["source"].as_str().unwrap().contains("REPEAT = 3"));
    // The catalog keeps the .toml's own key, `param`, for the parameter list.
    let names: Vec<_> = lesson["params"].as_array().unwrap().iter().map(|p| &p["name"]).collect();
    assert_eq!(names, ["REPEAT", "THREADED"]);
}

// Programs: what python3 prints, and its exit status.

#[test]
fn print_hi_prints_hi() {
    let file = program("hi", "print(\"hi\")\n");
    let out = pyconc(&["run", &file]);
    assert_exit(&out, 0);
    assert_eq!(stdout(&out), "hi\n");
    assert_eq!(stderr(&out), "");
}

#[test]
fn an_uncaught_exception_prints_a_traceback_and_exits_1() {
    let file = program("zero", "def f(n):\n    return 1 // n\n\nprint('before')\nf(0)\nprint('after')\n");
    let out = pyconc(&["run", &file]);
    assert_exit(&out, 1);
    assert_eq!(stdout(&out), "before\n");
    let err = stderr(&out);
    assert!(err.starts_with("Traceback (most recent call last):\n"), "{err}");
    assert!(err.contains(&format!("File \"{file}\", line 5, in <module>")), "{err}");
    assert!(err.contains("line 2, in f"), "{err}");
    assert!(err.ends_with("ZeroDivisionError: integer division or modulo by zero\n"), "{err}");
}

#[test]
fn a_syntax_error_exits_1_and_says_so() {
    let file = program("syntax", "print('never')\ndef f(:\n    pass\n");
    let out = pyconc(&["run", &file]);
    assert_exit(&out, 1);
    assert_eq!(stdout(&out), "");
    assert!(stderr(&out).contains("SyntaxError"), "{}", stderr(&out));
}

#[test]
fn set_replaces_a_constant_of_a_plain_file() {
    let file = program("set", "N = 2\nWORD = 'a'\nfor i in range(N):\n    print('%s%d' % (WORD, i))\n");
    let out = pyconc(&["run", &file, "--set", "N=3", "--set", "WORD=b"]);
    assert_exit(&out, 0);
    assert_eq!(stdout(&out), "b0\nb1\nb2\n");
}

#[test]
fn sing_and_dance_threaded_takes_repeat_seconds() {
    let out = pyconc(&["lesson", "multitask-sing-dance"]);
    assert_exit(&out, 0);
    let text = stdout(&out);
    assert_eq!(text.matches("正在唱歌").count(), 3, "{text}");
    assert_eq!(text.matches("正在跳舞").count(), 3, "{text}");
    assert!(text.ends_with("用时 3 秒\n"), "{text}");
}

#[test]
fn sing_and_dance_sequential_takes_twice_as_long() {
    let out = pyconc(&["lesson", "multitask-sing-dance", "--set", "REPEAT=5", "--set", "THREADED=False"]);
    assert_exit(&out, 0);
    let expected: String = (0..5)
        .map(|i| format!("正在唱歌...{i}\n"))
        .chain((0..5).map(|i| format!("正在跳舞...{i}\n")))
        .chain(["用时 10 秒\n".to_string()])
        .collect();
    assert_eq!(stdout(&out), expected);
}

#[test]
fn json_reports_the_run_and_equal_runs_have_equal_digests() {
    let args = ["lesson", "multitask-sing-dance", "--seed", "7", "--json"];
    let first = pyconc(&args);
    assert_exit(&first, 0);
    let report = json(&first);
    assert_eq!(report["exit_code"], 0);
    assert_eq!(report["seed"], 7);
    assert_eq!(report["machine"], "deterministic");
    assert_eq!(report["deadlock"], serde_json::Value::Null);
    assert_eq!(report["virtual_time_ns"].as_u64().map(|t| t / 1_000_000_000), Some(3));
    assert_eq!(report["stdout"].as_str().unwrap().matches("正在唱歌").count(), 3);
    assert!(report["steps"].as_u64().unwrap() > 0);
    assert!(!report["events"].as_array().unwrap().is_empty());
    let second = json(&pyconc(&args));
    assert_eq!(report["trace_digest"], second["trace_digest"]);
}

#[test]
fn an_endless_loop_meets_the_step_budget() {
    let file = program("endless", "while True:\n    pass\n");
    let out = pyconc(&["run", &file, "--max-steps", "100000"]);
    assert_exit(&out, 4);
}

#[test]
fn an_endless_loop_meets_the_time_budget() {
    let file = program("endless-time", "import time\nwhile True:\n    time.sleep(1)\n");
    let out = pyconc(&["run", &file, "--timeout", "30", "--json"]);
    assert_exit(&out, 4);
    assert_eq!(json(&out)["outcome"]["kind"], "budget");
}

#[test]
fn threads_joining_each_other_deadlock_with_status_3() {
    let file = program(
        "deadlock",
        "import threading, time\n\
         \n\
         def a():\n    time.sleep(0.1)\n    t2.join()\n\
         \n\
         def b():\n    time.sleep(0.1)\n    t1.join()\n\
         \n\
         t1 = threading.Thread(target=a)\n\
         t2 = threading.Thread(target=b)\n\
         t1.start()\n\
         t2.start()\n\
         t1.join()\n",
    );
    let out = pyconc(&["run", &file, "--json"]);
    assert_exit(&out, 3);
    let report = json(&out);
    let cycle = report["deadlock"].as_array().expect("the report names the cycle");
    assert!(cycle.len() >= 2, "{cycle:?}");
}

#[test]
fn piped_standard_input_feeds_input_as_python3_does() {
    use std::io::Write;
    let file = program("ask.py", "name = input('who? ')\nprint('hi', name)\nprint(input())\n");
    let mut child = Command::new(env!("CARGO_BIN_EXE_pyconc"))
        .args(["run", &file])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"Ann\nBob\n").unwrap();
    let out = child.wait_with_output().unwrap();
    assert_exit(&out, 0);
    assert_eq!(stdout(&out), "who? hi Ann\nBob\n");
}

#[test]
fn a_lesson_of_several_programs_labels_each_line_with_its_host() {
    let out = pyconc(&["lesson", "distributed-two-hosts", "--set", "TASKS=2"]);
    assert_exit(&out, 0);
    let text = stdout(&out);
    assert!(text.starts_with("worker-1 | Connect to server 10.0.0.1...\nmaster   | put task ImageUrl_0 ...\n"), "{text}");
    assert!(text.contains("\nworker-1 | run task download ImageUrl_1...\nmaster   | result is ImageUrl_1--->success\n"), "{text}");
    assert!(text.lines().all(|l| l.starts_with("master   | ") || l.starts_with("worker-1 | ")), "{text}");

    let out = pyconc(&["lesson", "distributed-two-hosts", "--set", "AUTHKEY='qiye'"]);
    assert_exit(&out, 1);
    let err = stderr(&out);
    assert!(err.contains("master   | TypeError: string argument without an encoding\n"), "{err}");
    assert!(err.contains("worker-1 | TypeError: string argument without an encoding\n"), "{err}");
}

#[test]
fn json_gives_each_programs_output() {
    let out = pyconc(&["lesson", "distributed-two-hosts", "--set", "TASKS=1", "--json"]);
    assert_exit(&out, 0);
    let report = json(&out);
    let programs = report["programs"].as_array().expect("programs");
    let placed: Vec<_> = programs.iter().map(|p| (p["file"].as_str().unwrap(), p["host"].as_str().unwrap(), p["pid"].as_u64().unwrap())).collect();
    assert_eq!(placed, [("server.py", "master", 100), ("worker.py", "worker-1", 101)]);
    assert!(programs[0]["stdout"].as_str().unwrap().ends_with("result is ImageUrl_0--->success\n"));
    assert_eq!(programs[1]["stdout"], "Connect to server 10.0.0.1...\nrun task download ImageUrl_0...\nworker exit.\n");
    assert_eq!(report["processes"][1]["host"], "worker-1");
}
