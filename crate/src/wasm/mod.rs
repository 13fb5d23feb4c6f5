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
  /** Each program's own output. */
  programs: ProgramReport[];
  /** `host`: where it runs; `program`: the pid of its program's main process. */
  processes: { pid: number; ppid: number; host: string; program: number | null; name: string; exit_code: number | null; zombie_at: number | null; reaped_at: number | null }[];
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

/** A program of a lesson: its file, its host (none: the first), its source. */
export interface LessonProgram { file: string; host?: string; source: string }

/** A program to run: a file name, its (possibly edited) source, its host. */
export interface ProgramSource { file: string; source: string; host?: string }

/** What one program of a run printed, and how its main process ended. */
export interface ProgramReport { file: string; host: string; pid: number; stdout: string; stderr: string; exit_code: number | null }

/** A lesson: its programs and what its .toml says. */
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
  /** One program, or several, each on its own host. */
  programs: LessonProgram[];
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
    /// Starts `programs` on the machine `name` names (the parallel one runs
    /// lessons of one program).
    fn start(name: Option<&str>, programs: Vec<machine::Program>, config: RunConfig) -> Result<Engine, JsError> {
        match name {
            None | Some("deterministic") => Ok(Engine::Deterministic(machine::Run::start(programs, config))),
            #[cfg(feature = "threads")]
            Some("parallel") => {
                // Asked only here: rayon would start a pool of its own if
                // asked before initThreadPool, and the page's would then fail.
                let pool = rayon::current_num_threads();
                if config.workers > pool {
                    let n = config.workers;
                    return Err(JsError::new(&format!("bad run options: workers {n}: the pool has {pool}")));
                }
                let [program] = <[machine::Program; 1]>::try_from(programs).map_err(|_| {
                    JsError::new("the parallel machine runs lessons of one program; this one has several")
                })?;
                let config = RunConfig { filename: program.file, ..config };
                Ok(Engine::Parallel(machine::ParallelRun::start(&program.source, config)))
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

/// A program as JS passes it to `Run.withPrograms`; see `ProgramSource` above.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProgramSource {
    file: String,
    source: String,
    host: Option<String>,
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
        let options = options_from(options)?;
        let file = options
            .filename
            .clone()
            .or_else(|| options.lesson.as_ref().map(|id| format!("{id}.py")))
            .unwrap_or(RunConfig::default().filename);
        let program = ProgramSource { file, source: source.to_string(), host: None };
        start(vec![program], options)
    }

    /// Prepares a run of several programs started together, each the main
    /// process of its host: a lesson of several programs, with each one's
    /// (possibly edited) source. A program of a lesson runs on the host the
    /// lesson gives its file, unless it names one. Throws as `new` does.
    #[wasm_bindgen(js_name = withPrograms)]
    pub fn with_programs(
        #[wasm_bindgen(unchecked_param_type = "ProgramSource[]")] programs: JsValue,
        #[wasm_bindgen(unchecked_param_type = "RunOptions | undefined")] options: JsValue,
    ) -> Result<WasmRun, JsError> {
        console_error_panic_hook::set_once();
        let programs: Vec<ProgramSource> =
            from_js(programs).map_err(|e| JsError::new(&format!("bad programs: {e}")))?;
        if programs.is_empty() {
            return Err(JsError::new("bad programs: give at least one"));
        }
        start(programs, options_from(options)?)
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

/// `options` as JS passed it; none: the defaults.
fn options_from(options: JsValue) -> Result<Options, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    from_js(options).map_err(|e| JsError::new(&format!("bad run options: {e}")))
}

/// A value from JS, through serde_json: serde-wasm-bindgen reads only the
/// fields a struct names, so a misspelt field would pass unnoticed.
fn from_js<T: serde::de::DeserializeOwned>(value: JsValue) -> Result<T, String> {
    serde_wasm_bindgen::from_value::<serde_json::Value>(value)
        .map_err(|e| e.to_string())
        .and_then(|v| serde_json::from_value(v).map_err(|e| e.to_string()))
}

/// The run of `programs` with `options`: the lesson's parameters applied to
/// each program that assigns them, its web and hosts.
fn start(programs: Vec<ProgramSource>, options: Options) -> Result<WasmRun, JsError> {
    let lesson = match &options.lesson {
        Some(id) => Some(scenario::lesson(id).ok_or_else(|| JsError::new(&format!("unknown lesson {id:?}")))?),
        None => None,
    };
    let switch = match options.switch.as_deref() {
        None | Some("cpython") => SwitchRule::Cpython,
        Some("any-bytecode") => SwitchRule::AnyBytecode,
        Some(other) => {
            return Err(JsError::new(&format!(
                "bad run options: switch {other:?} is not \"cpython\" or \"any-bytecode\""
            )))
        }
    };
    let sets: Vec<(String, String)> = options.params.iter().map(|(name, v)| (name.clone(), v.to_text())).collect();
    // Parameters are written into the programs' own text. One that does not
    // parse runs as written, so the learner sees the interpreter's
    // SyntaxError, not a parameter error.
    let sources: Vec<&str> = programs.iter().map(|p| p.source.as_str()).collect();
    let specs = lesson.as_ref().map(|l| l.params.as_slice());
    let sources = scenario::apply_params_each(&sources, &sets, specs).map_err(|e| JsError::new(&e.to_string()))?;
    let lesson_host = |file: &str| lesson.as_ref()?.programs.iter().find(|p| p.file == file)?.host.clone();
    let programs = programs
        .into_iter()
        .zip(sources)
        .map(|(p, source)| {
            let host = p.host.or_else(|| lesson_host(&p.file));
            machine::Program { file: p.file, source, host }
        })
        .collect();
    let (lesson_web, hosts) = lesson.map(|l| (l.web, l.hosts)).unwrap_or_default();
    let defaults = RunConfig::default();
    let time_scale = options.time_scale.unwrap_or(defaults.time_scale);
    if !(time_scale.is_finite() && time_scale > 0.0) {
        return Err(JsError::new(&format!("bad run options: time_scale {time_scale}: give a number above 0")));
    }
    let config = RunConfig {
        seed: options.seed.unwrap_or(defaults.seed),
        switch,
        max_steps: options.max_steps.unwrap_or(defaults.max_steps),
        web: options.web.unwrap_or(lesson_web),
        hosts,
        workers: options.workers.unwrap_or(0),
        time_scale,
        ..defaults
    };
    Ok(WasmRun { engine: Engine::start(options.machine.as_deref(), programs, config)? })
}

/// Plain JS objects, arrays and numbers (a `u64` above 2^53 is an error, not
/// a silently rounded number).
fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}
