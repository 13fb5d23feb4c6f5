//! The page's wasm API, tested in headless Chrome inside a dedicated Worker,
//! the way the page runs it: `wasm-pack test --headless --chrome crate --
//! --features threads -Z build-std=panic_abort,std --test web` (scripts/test.sh).
//!
//! The Worker matters twice: blocking (a Condvar wait, rayon's join) is only
//! allowed off the main thread, and it is where the page's engine lives.
#![cfg(target_arch = "wasm32")]

use pyconc::wasm::{init_thread_pool, lessons, WasmRun};
use serde::Serialize;
use serde_json::{json, Value};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Condvar, Mutex};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_dedicated_worker);

/// The pool can be started once per module instance; a second
/// `initThreadPool` fails, so every test that needs it goes through here.
async fn start_pool() {
    static STARTED: AtomicBool = AtomicBool::new(false);
    if !STARTED.swap(true, Ordering::SeqCst) {
        JsFuture::from(init_thread_pool(2)).await.expect("initThreadPool(2) resolves");
    }
}

fn to_js(value: &Value) -> JsValue {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).expect("JSON converts")
}

fn from_js(value: JsValue) -> Value {
    serde_wasm_bindgen::from_value(value).expect("a plain JS value")
}

/// Two jobs of the pool that each wait, on a Condvar, for the other to
/// arrive. On one worker the first would wait forever for a job queued
/// behind it; they can only meet if two workers really run at once.
#[wasm_bindgen_test]
async fn two_pool_jobs_run_at_the_same_time() {
    start_pool().await;
    struct Meeting {
        arrived: Mutex<[bool; 2]>,
        changed: Condvar,
    }
    let meeting = Meeting { arrived: Mutex::new([false; 2]), changed: Condvar::new() };
    let meet = |me: usize| {
        let mut arrived = meeting.arrived.lock().unwrap();
        arrived[me] = true;
        meeting.changed.notify_all();
        while !arrived[1 - me] {
            arrived = meeting.changed.wait(arrived).unwrap();
        }
        rayon::current_thread_index()
    };
    let (a, b) = rayon::join(|| meet(0), || meet(1));
    assert!(a.is_some() && b.is_some(), "both ran on the pool: {a:?} {b:?}");
    assert_ne!(a, b, "two different workers");
}

fn sing_and_dance_program() -> String {
    let catalog = from_js(lessons().map_err(JsValue::from).expect("lessons()"));
    catalog
        .as_array()
        .expect("an array of chapters")
        .iter()
        .flat_map(|c| c["lessons"].as_array().expect("lessons").iter())
        .find(|l| l["id"] == "multitask-sing-dance")
        .and_then(|l| l["programs"][0]["source"].as_str())
        .expect("the catalog has multitask-sing-dance with its program")
        .to_string()
}

/// Runs the lesson as the page's Worker does: new Run, step in slices,
/// take the events between slices, then the report.
/// Steps `run` with `budget` until it ends, as the page's Worker does,
/// collecting the streamed events; returns its report and them.
fn run_to_end(run: &mut WasmRun, budget: f64) -> (Value, Vec<Value>) {
    let mut events = Vec::new();
    loop {
        let finished = run.step(budget);
        let slice = from_js(run.take_events().map_err(JsValue::from).expect("events"));
        events.extend(slice.as_array().expect("an array of events").iter().cloned());
        if finished {
            break;
        }
    }
    (from_js(run.report().map_err(JsValue::from).expect("the report")), events)
}

fn run_sing_and_dance(params: Value) -> (Value, Vec<Value>) {
    let options = json!({ "lesson": "multitask-sing-dance", "params": params, "seed": 1 });
    let mut run = WasmRun::new(&sing_and_dance_program(), to_js(&options))
        .map_err(JsValue::from)
        .expect("the run starts");
    run_to_end(&mut run, 10_000.0)
}

/// What the streamed events printed, in order.
fn printed(events: &[Value]) -> String {
    events
        .iter()
        .filter(|e| e["kind"] == "print" && e["stream"] == "stdout")
        .map(|e| e["text"].as_str().unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
fn sing_and_dance_runs_through_the_pages_entry_point() {
    let (report, events) = run_sing_and_dance(json!({}));
    let stdout = report["stdout"].as_str().expect("stdout").to_string();
    assert_eq!(report["exit_code"].as_f64(), Some(0.0), "{report}");
    assert_eq!(stdout.matches("正在唱歌").count(), 3, "{stdout}");
    assert_eq!(stdout.matches("正在跳舞").count(), 3, "{stdout}");
    assert!(stdout.ends_with("用时 3 秒\n"), "{stdout}");
    assert_eq!(printed(&events), stdout, "the streamed output is the report's");
    let mut threads: Vec<_> = events.iter().filter_map(|e| e["tid"].as_f64()).map(|t| t as u64).collect();
    threads.sort_unstable();
    threads.dedup();
    assert!(threads.len() >= 3, "the main thread and two more: {threads:?}");
}

#[wasm_bindgen_test]
fn parameters_from_the_form_reach_the_program() {
    let (report, _) = run_sing_and_dance(json!({ "REPEAT": 5, "THREADED": false }));
    let stdout = report["stdout"].as_str().expect("stdout");
    assert_eq!(stdout.matches("正在唱歌").count(), 5, "{stdout}");
    assert!(stdout.ends_with("用时 10 秒\n"), "{stdout}");
}

fn start_error(options: Value) -> String {
    let error = match WasmRun::new(&sing_and_dance_program(), to_js(&options)) {
        Ok(_) => panic!("{options} was accepted"),
        Err(e) => JsValue::from(e),
    };
    assert!(error.is_instance_of::<js_sys::Error>(), "an Error object");
    error.unchecked_into::<js_sys::Error>().message().into()
}

#[wasm_bindgen_test]
fn a_bad_parameter_throws_an_error_naming_it() {
    let options = json!({ "lesson": "multitask-sing-dance", "params": { "REPEAT": 25 } });
    assert_eq!(start_error(options), "parameter REPEAT: 25 is out of range (allowed: 1 to 20)");
    let options = json!({ "lesson": "multitask-sing-dance", "params": { "THREADED": "often" } });
    assert!(start_error(options).starts_with("parameter THREADED:"));
}

#[wasm_bindgen_test]
fn malformed_options_throw() {
    assert!(start_error(json!({ "lesson": "no-such-lesson" })).contains("no-such-lesson"));
    assert!(start_error(json!({ "switch": "sometimes" })).contains("switch"));
    assert!(start_error(json!({ "maxSteps": 10 })).contains("maxSteps"));
}

/// Runs `source` on the parallel machine as the page's Worker does.
async fn run_parallel(source: &str, options: Value) -> (Value, Vec<Value>) {
    start_pool().await;
    let mut options = options;
    options["machine"] = json!("parallel");
    let mut run = WasmRun::new(source, to_js(&options)).map_err(JsValue::from).expect("the run starts");
    run_to_end(&mut run, 0.0)
}

/// The workers (of the pool) each process ran on, from `worker` events.
fn workers_by_pid(events: &[Value]) -> std::collections::BTreeMap<u64, std::collections::BTreeSet<u64>> {
    let mut out: std::collections::BTreeMap<u64, std::collections::BTreeSet<u64>> = Default::default();
    for e in events.iter().filter(|e| e["kind"] == "worker") {
        let (pid, worker) = (e["pid"].as_u64().expect("pid"), e["worker"].as_u64().expect("worker"));
        out.entry(pid).or_default().insert(worker);
    }
    out
}

/// Two processes that meet only if they run at the same time (see the program).
const HANDSHAKE: &str = include_str!("programs/handshake.py");

#[wasm_bindgen_test]
async fn parallel_processes_really_overlap_on_two_workers() {
    let (report, events) = run_parallel(HANDSHAKE, json!({ "workers": 2 })).await;
    assert_eq!(report["exit_code"].as_f64(), Some(0.0), "{report}");
    assert_eq!(report["stdout"], "2 2\n");
    assert_eq!(report["machine"], "parallel");
    let w = workers_by_pid(&events);
    let children: Vec<_> = w.iter().filter(|(pid, _)| **pid != 100).map(|(_, w)| w.clone()).collect();
    assert_eq!(children.len(), 2, "{w:?}");
    assert_ne!(children[0], children[1], "the two children ran on different workers: {w:?}");
}

#[wasm_bindgen_test]
async fn time_goes_on_in_every_process_of_the_pool() {
    // The run starts on this Worker; its processes run on the pool's, each
    // with a `performance.now()` of its own origin.
    let source = "import time\nfrom multiprocessing import Process\n\
        def spin():\n    t = time.monotonic()\n    for i in range(300000):\n        pass\n    print(time.monotonic() > t)\n\
        if __name__ == '__main__':\n    t = time.time()\n    p = Process(target=spin)\n    p.start()\n    p.join()\n\
        print(time.time() > t)\n";
    let (report, _) = run_parallel(source, json!({ "workers": 2 })).await;
    assert_eq!(report["stdout"], "True\nTrue\n", "{report}");
    assert!(report["virtual_time_ns"].as_f64().unwrap_or(0.0) > 0.0, "{report}");
}

fn counter(locked: bool) -> String {
    format!(
        r#"
from multiprocessing import Process, Value, Barrier
N = 20000
def add(v, start):
    start.wait()
    for _ in range(N):
        if {locked}:
            with v.get_lock():
                v.value += 1
        else:
            v.value += 1
if __name__ == '__main__':
    v = Value('i', 0); start = Barrier(2)
    ps = [Process(target=add, args=(v, start)) for _ in range(2)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(v.value)
"#,
        locked = if locked { "True" } else { "False" }
    )
}

#[wasm_bindgen_test]
async fn an_unlocked_shared_value_loses_updates_and_a_locked_one_does_not() {
    let (locked, _) = run_parallel(&counter(true), json!({ "workers": 2 })).await;
    assert_eq!(locked["stdout"], "40000\n", "{locked}");
    let mut lost = false;
    for _ in 0..5 {
        let (r, _) = run_parallel(&counter(false), json!({ "workers": 2 })).await;
        let n: u64 = r["stdout"].as_str().expect("stdout").trim().parse().expect("a count");
        assert!(n <= 40000);
        lost |= n < 40000;
        if lost {
            break;
        }
    }
    assert!(lost, "an unlocked += from two processes loses updates");
}

#[wasm_bindgen_test]
async fn stop_ends_a_parallel_run_and_frees_its_workers() {
    start_pool().await;
    let busy = r#"
from multiprocessing import Process
def spin():
    while True:
        pass
if __name__ == '__main__':
    for _ in range(2):
        Process(target=spin).start()
    spin()
"#;
    let options = json!({ "machine": "parallel", "workers": 2 });
    let mut run = WasmRun::new(busy, to_js(&options)).map_err(JsValue::from).expect("the run starts");
    for _ in 0..5 {
        assert!(!run.step(0.0), "a busy run goes on");
    }
    run.stop();
    let report = from_js(run.report().map_err(JsValue::from).expect("the report"));
    assert_eq!(report["outcome"]["kind"], "stopped", "{report}");
    // The workers are free: the next run starts on them and ends.
    let (next, _) = run_parallel(HANDSHAKE, json!({ "workers": 2 })).await;
    assert_eq!(next["stdout"], "2 2\n", "{next}");
}
