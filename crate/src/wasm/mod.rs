//! The API the page's engine Worker calls, through wasm-bindgen.
//!
//! It is a thin face over [`crate::machine`] and [`crate::scenario`]: the
//! catalog, and a [`Run`] advanced in slices so the Worker stays responsive
//! (it can post output between slices and honour Stop). Values cross to JS
//! through serde-wasm-bindgen's JSON-compatible serializer, so the page gets
//! plain objects, arrays and numbers (never `Map`s or `BigInt`s), the same
//! shapes `pyconc run --json` prints.
//!
//! Two builds carry it (scripts/build-wasm.sh): the threaded one (feature
//! `threads`: atomics, shared memory, wasm-bindgen-rayon's `initThreadPool`)
//! for cross-origin isolated pages, and one without threads for pages that
//! are not, which runs the deterministic machine just the same. Only the
//! threaded build has the parallel machine (`machine: "parallel"`): its
//! workers are long-lived jobs on the pool, so `initThreadPool(n)` must
//! have been awaited, and a run gets at most `n` workers.

use crate::machine::{self, RunConfig, SwitchRule};
use crate::scenario;
use rustpython_parser::{ast, Parse};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use wasm_bindgen::prelude::*;

/// Starts wasm-bindgen-rayon's pool of `n` Workers sharing this module's
/// memory; JS awaits the promise it returns, once, before any parallel work.
#[cfg(feature = "threads")]
pub use wasm_bindgen_rayon::init_thread_pool;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** Options of `new Run(source, options)`; every field may be left out. */
export interface RunOptions {
  /** The seed of the scheduler and of the program's `random` (default 0). */
  seed?: number;
  /** Values for the program's CAPITALS constants, e.g. `{ REPEAT: 5, THREADED: false }`. */
  params?: { [name: string]: number | boolean | string };
  /** A lesson id: `params` are checked against that lesson's parameters. */
  lesson?: string;
  /** When threads switch under the GIL (default "cpython"). */
  switch?: "cpython" | "any-bytecode";
  /** The most bytecodes the run may execute. */
  max_steps?: number;
  /** The file name tracebacks show (default: the lesson's `<id>.py`, else "main.py"). */
  filename?: string;
  /** The simulated web's pages (default: the lesson's `[[web]]` fixture, else none). */
  web?: Page[];
  /** Which machine runs it (default "deterministic"); "parallel" needs the threaded build. */
  machine?: "deterministic" | "parallel";
  /** Parallel machine: how many workers (default: the pool's size, at most that). */
  workers?: number;
  /** Parallel machine: real seconds per second of the program's time (default 1). */
  time_scale?: number;
}

/** A page of the simulated web: served after `latency` seconds. */
export interface Page { url: string; latency?: number; bytes?: number; body?: string; status?: number }

/** A host of the simulated network. */
export interface Host { name: string; ip: string; latency?: number; bandwidth?: number }

/** A trace event: `t` (ns), `pid`, `tid`, `kind`, and the fields of its kind. */
export interface Event {
  t: number;
  pid: number;
  tid: number;
  kind: string;
  [field: string]: unknown;
}

/** The result of a run: the object `pyconc run --json` prints. */
export interface Report {
  stdout: string;
  stderr: string;
  exit_code: number;
  outcome: { kind: string; [field: string]: unknown };
  seed: number;
  machine: string;
  steps: number;
  virtual_time_ns: number;
  /** Parallel machine: real time the run took. */
  wall_time_ns?: number | null;
  deadlock: { pid: number; tid: number; name: string; waits_for: string }[] | null;
  processes: { pid: number; ppid: number; name: string; exit_code: number | null; zombie_at: number | null; reaped_at: number | null }[];
  trace_digest: string;
  events: Event[];
}

/** A text in the course's two languages. */
export interface Text { zh: string; en: string }

/** A lesson parameter as its .toml declares it. */
export interface ParamSpec {
  name: string;
  type: "int" | "float" | "bool" | "str" | "literal";
  default: number | boolean | string;
  min?: number;
  max?: number;
  choices?: string[];
  label: Text;
}

/** A lesson: its program and what its .toml says. */
export interface Lesson {
  id: string;
  chapter: string;
  title: Text;
  source: string;
  machine: string;
  observe: Text;
  check: string;
  /** The parameters, in form order. */
  params: ParamSpec[];
  program: string;
  fixtures: { [name: string]: string };
  web?: Page[];
  hosts?: Host[];
}

/** A chapter of the course and its lessons. */
export interface Chapter { folder: string; title: Text; lessons: Lesson[] }
"#;

/// The whole course, chapter by chapter, each lesson with its program.
#[wasm_bindgen(unchecked_return_type = "Chapter[]")]
pub fn lessons() -> Result<JsValue, JsError> {
    console_error_panic_hook::set_once();
    to_js(&scenario::catalog())
}

/// `options` as JS passes it; see `RunOptions` above.
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Options {
    seed: Option<u64>,
    #[serde(default)]
    params: BTreeMap<String, ParamValue>,
    lesson: Option<String>,
    switch: Option<String>,
    max_steps: Option<u64>,
    filename: Option<String>,
    web: Option<Vec<crate::os::Page>>,
    machine: Option<String>,
    workers: Option<usize>,
    time_scale: Option<f64>,
}

/// A parameter value from the page's form.
#[derive(Deserialize)]
#[serde(untagged)]
enum ParamValue {
    Bool(bool),
    Number(f64),
    Text(String),
}

impl ParamValue {
    /// The text `apply_params` takes, as the CLI's `--set NAME=VALUE` would
    /// give it: `True`/`False`, decimal numbers (whole ones without `.0`).
    fn to_text(&self) -> String {
        match self {
            ParamValue::Bool(true) => "True".into(),
            ParamValue::Bool(false) => "False".into(),
            ParamValue::Number(v) if v.fract() == 0.0 && v.abs() < 9_007_199_254_740_992.0 => {
                format!("{}", *v as i64)
            }
            ParamValue::Number(v) => format!("{v}"),
            ParamValue::Text(s) => s.clone(),
        }
    }
}

/// A run of one program.
///
/// The Worker calls `step(budget)` in a loop, posting `take_events()` to the
/// page between slices, until `step` returns true; then `report()`.
#[wasm_bindgen(js_name = Run)]
pub struct WasmRun {
    engine: Engine,
}

/// The machine a run is on.
enum Engine {
    Deterministic(machine::Run),
    #[cfg(feature = "threads")]
    Parallel(machine::ParallelRun),
}

/// How long `step` waits for a parallel run, which goes on by itself on
/// the pool's Workers: the page hears of its events this often.
#[cfg(feature = "threads")]
const PARALLEL_SLICE: std::time::Duration = std::time::Duration::from_millis(20);

impl Engine {
    /// Starts `program` on the machine `name` names.
    fn start(name: Option<&str>, program: &str, config: RunConfig) -> Result<Engine, JsError> {
        match name {
            None | Some("deterministic") => Ok(Engine::Deterministic(machine::Run::new(program, config))),
            #[cfg(feature = "threads")]
            Some("parallel") => {
                // Asked only here: rayon would start a pool of its own if
                // asked before initThreadPool, and the page's would then fail.
                let pool = rayon::current_num_threads();
                if config.workers > pool {
                    let n = config.workers;
                    return Err(JsError::new(&format!("bad run options: workers {n}: the pool has {pool}")));
                }
                Ok(Engine::Parallel(machine::ParallelRun::start(program, config)))
            }
            #[cfg(not(feature = "threads"))]
            Some("parallel") => Err(JsError::new(
                "the parallel machine needs the threaded build, which needs a cross-origin isolated page",
            )),
            Some(other) => Err(JsError::new(&format!(
                "bad run options: machine {other:?} is not \"deterministic\" or \"parallel\""
            ))),
        }
    }

    /// The run's report, with its events or without.
    fn report(&self, with_events: bool) -> machine::Report {
        match (self, with_events) {
            (Engine::Deterministic(run), true) => run.report(),
            (Engine::Deterministic(run), false) => run.summary(),
            #[cfg(feature = "threads")]
            (Engine::Parallel(run), true) => run.report(),
            #[cfg(feature = "threads")]
            (Engine::Parallel(run), false) => run.summary(),
        }
    }
}

#[wasm_bindgen(js_class = Run)]
impl WasmRun {
    /// Prepares a run of `source`, with the lesson's parameters applied.
    ///
    /// Throws an `Error` whose message names the problem for malformed
    /// options, an unknown lesson, or a bad parameter (`parameter REPEAT: 25
    /// is out of range (allowed: 1 to 20)`). A program that does not parse
    /// is not an error here: the run reports its SyntaxError, as `python3`.
    #[wasm_bindgen(constructor)]
    pub fn new(
        source: &str,
        #[wasm_bindgen(unchecked_param_type = "RunOptions | undefined")] options: JsValue,
    ) -> Result<WasmRun, JsError> {
        console_error_panic_hook::set_once();
        let options: Options = if options.is_undefined() || options.is_null() {
            Options::default()
        } else {
            // Through serde_json: serde-wasm-bindgen reads only the fields a
            // struct names, so a misspelt option would pass unnoticed.
            serde_wasm_bindgen::from_value::<serde_json::Value>(options)
                .map_err(|e| e.to_string())
                .and_then(|v| serde_json::from_value(v).map_err(|e| e.to_string()))
                .map_err(|e| JsError::new(&format!("bad run options: {e}")))?
        };
        let lesson = match &options.lesson {
            Some(id) => Some(scenario::lesson(id).ok_or_else(|| JsError::new(&format!("unknown lesson {id:?}")))?),
            None => None,
        };
        let specs = lesson.as_ref().map(|l| l.params.clone());
        let (lesson_web, hosts) = lesson.map(|l| (l.web, l.hosts)).unwrap_or_default();
        let switch = match options.switch.as_deref() {
            None | Some("cpython") => SwitchRule::Cpython,
            Some("any-bytecode") => SwitchRule::AnyBytecode,
            Some(other) => {
                return Err(JsError::new(&format!(
                    "bad run options: switch {other:?} is not \"cpython\" or \"any-bytecode\""
                )))
            }
        };
        let sets: Vec<(String, String)> =
            options.params.iter().map(|(name, v)| (name.clone(), v.to_text())).collect();
        // Parameters are written into the program's own text, which needs a
        // program that parses. One that does not runs as written, so the
        // learner sees the interpreter's SyntaxError, not a parameter error.
        let program = if sets.is_empty() || ast::Suite::parse(source, "<program>").is_err() {
            source.to_string()
        } else {
            scenario::apply_params(source, &sets, specs.as_deref())
                .map_err(|e| JsError::new(&e.to_string()))?
        };
        let defaults = RunConfig::default();
        let time_scale = options.time_scale.unwrap_or(defaults.time_scale);
        if !(time_scale.is_finite() && time_scale > 0.0) {
            return Err(JsError::new(&format!("bad run options: time_scale {time_scale}: give a number above 0")));
        }
        let config = RunConfig {
            seed: options.seed.unwrap_or(defaults.seed),
            switch,
            max_steps: options.max_steps.unwrap_or(defaults.max_steps),
            filename: options
                .filename
                .or_else(|| options.lesson.as_ref().map(|id| format!("{id}.py")))
                .unwrap_or(defaults.filename.clone()),
            web: options.web.unwrap_or(lesson_web),
            hosts,
            workers: options.workers.unwrap_or(0),
            time_scale,
            ..defaults
        };
        Ok(WasmRun { engine: Engine::start(options.machine.as_deref(), &program, config)? })
    }

    /// Executes up to `budget` bytecodes (the deterministic machine), or
    /// waits a short while for the run (the parallel machine, whose
    /// workers run it by themselves); returns true once the run is over.
    pub fn step(&mut self, budget: f64) -> bool {
        match &mut self.engine {
            Engine::Deterministic(run) => run.step(budget.max(0.0) as u64),
            #[cfg(feature = "threads")]
            Engine::Parallel(run) => run.poll(PARALLEL_SLICE),
        }
    }

    /// Ends the run now (the Stop button); a parallel run's workers are
    /// all free when it returns. Idempotent.
    pub fn stop(&mut self) {
        match &mut self.engine {
            Engine::Deterministic(run) => run.stop(),
            #[cfg(feature = "threads")]
            Engine::Parallel(run) => run.stop(),
        }
    }

    /// The events emitted since the last call.
    #[wasm_bindgen(unchecked_return_type = "Event[]")]
    pub fn take_events(&mut self) -> Result<JsValue, JsError> {
        match &mut self.engine {
            Engine::Deterministic(run) => to_js(&run.take_events()),
            #[cfg(feature = "threads")]
            Engine::Parallel(run) => to_js(&run.take_events()),
        }
    }

    /// The result so far; final once `step` has returned true.
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn report(&self) -> Result<JsValue, JsError> {
        to_js(&self.engine.report(true))
    }

    /// The result so far with `events` left empty: for a page that has
    /// streamed the events already (the whole list can be large).
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn summary(&self) -> Result<JsValue, JsError> {
        to_js(&self.engine.report(false))
    }
}


/// Plain JS objects, arrays and numbers (a `u64` above 2^53 is an error, not
/// a silently rounded number).
fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}
