//! `pyconc`: runs a Python program or a lesson of the course from the shell.
//!
//! A stable interface (DESIGN.md, "Command line"): without `--json` it
//! behaves like `python3 FILE.py` (the program's stdout on stdout, tracebacks
//! on stderr, CPython's exit status; 3 for a deadlock, 4 for a spent budget);
//! with `--json` it prints the run's report as one JSON object. Usage and
//! parameter errors exit with status 2.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(cli::main())
}

/// The page, not a shell, runs programs in wasm; this binary is native only.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use lexopt::prelude::*;
    use pyconc::machine::{ParallelRun, Program, Report, Run, RunConfig, SwitchRule};
    use pyconc::os::Page;
    use pyconc::scenario::{self, apply_params_each};
    use pyconc::trace::Event;
    use pyconc::trace::{EventKind, Stream};
    use std::collections::BTreeMap;
    use std::io::{self, Write};

    const USAGE: &str = "\
usage: pyconc run FILE.py [OPTIONS]
       pyconc lesson ID [OPTIONS]
       pyconc lessons [--json]

options:
  --seed N                 seed of the scheduler and of `random` (default 0)
  --machine MACHINE        deterministic (default) or parallel
  --set NAME=VALUE         set the program's constant NAME (repeatable)
  --switch RULE            when threads switch: cpython (default) or any-bytecode
  --max-steps N            stop after N bytecodes (exit status 4)
  --timeout SECONDS        stop after SECONDS of the machine's time (exit status 4)
  --workers N              parallel machine: host threads running processes (default: one per core)
  --time-scale X           parallel machine: real seconds per program second (default 1; 0.1 runs 10x faster)
  --web URL=LATENCY:BYTES  serve URL on the simulated web: BYTES bytes after
                           LATENCY seconds (repeatable; adds to a lesson's pages)
  --json                   print the run's report as one JSON object
  -h, --help               print this help
  --version                print pyconc's version
";

    /// Bytecodes per slice between two looks at new output: small enough
    /// that a long run prints as it goes, large enough to cost nothing.
    const SLICE: u64 = 100_000;

    /// What went wrong before the program could run: exit status 2.
    struct UsageError(String);

    impl<T: std::fmt::Display> From<T> for UsageError {
        fn from(e: T) -> Self {
            UsageError(e.to_string())
        }
    }

    enum Command {
        Run { file: String },
        Lesson { id: String },
        Lessons,
    }

    struct Args {
        command: Command,
        web: Vec<Page>,
        seed: u64,
        switch: SwitchRule,
        sets: Vec<(String, String)>,
        max_steps: Option<u64>,
        timeout_ns: Option<u64>,
        json: bool,
        parallel: bool,
        workers: usize,
        time_scale: f64,
    }

    pub fn main() -> i32 {
        let args = match parse(lexopt::Parser::from_env()) {
            Ok(Some(args)) => args,
            Ok(None) => return 0,
            Err(UsageError(message)) => {
                eprintln!("pyconc: {message}");
                return 2;
            }
        };
        match execute(args) {
            Ok(code) => code,
            Err(UsageError(message)) => {
                eprintln!("pyconc: {message}");
                2
            }
        }
    }

    /// The arguments, or `None` when `--help` or `--version` said all there was to say.
    fn parse(mut parser: lexopt::Parser) -> Result<Option<Args>, UsageError> {
        let mut command: Option<&'static str> = None;
        let mut target: Option<String> = None;
        let mut args = Args {
            command: Command::Lessons,
            web: Vec::new(),
            seed: 0,
            switch: SwitchRule::Cpython,
            sets: Vec::new(),
            max_steps: None,
            timeout_ns: None,
            json: false,
            parallel: false,
            workers: 0,
            time_scale: 1.0,
        };
        let mut run_options_used: Option<String> = None;
        while let Some(arg) = parser.next()? {
            match arg {
                Short('h') | Long("help") => {
                    print!("{USAGE}");
                    return Ok(None);
                }
                Long("version") => {
                    println!("pyconc {}", env!("CARGO_PKG_VERSION"));
                    return Ok(None);
                }
                Long("json") => args.json = true,
                Long(
                    option @ ("seed" | "machine" | "set" | "switch" | "max-steps" | "timeout" | "workers" | "time-scale"
                    | "web"),
                ) => {
                    let option = option.to_string();
                    let value = parser.value()?.string()?;
                    match option.as_str() {
                        "seed" => args.seed = number(&option, &value)?,
                        "machine" => match value.as_str() {
                            "deterministic" => args.parallel = false,
                            "parallel" => args.parallel = true,
                            _ => {
                                return Err(UsageError(format!(
                                    "--machine {value:?}: choose deterministic or parallel"
                                )))
                            }
                        },
                        "set" => {
                            let (name, v) = value.split_once('=').ok_or_else(|| {
                                UsageError(format!("--set {value:?}: write it as NAME=VALUE"))
                            })?;
                            args.sets.push((name.trim().to_string(), v.to_string()));
                        }
                        "switch" => {
                            args.switch = match value.as_str() {
                                "cpython" => SwitchRule::Cpython,
                                "any-bytecode" => SwitchRule::AnyBytecode,
                                _ => {
                                    return Err(UsageError(format!(
                                        "--switch {value:?}: choose cpython or any-bytecode"
                                    )))
                                }
                            }
                        }
                        "max-steps" => args.max_steps = Some(number(&option, &value)?),
                        "workers" => {
                            args.workers = number(&option, &value)?
                                .try_into()
                                .ok()
                                .filter(|n| (1..=256).contains(n))
                                .ok_or_else(|| UsageError(format!("--workers {value:?}: give a number from 1 to 256")))?
                        }
                        "time-scale" => {
                            args.time_scale = value
                                .parse()
                                .ok()
                                .filter(|s: &f64| s.is_finite() && *s > 0.0)
                                .ok_or_else(|| UsageError(format!("--time-scale {value:?}: give a number above 0")))?
                        }
                        "web" => args.web.push(web_page(&value)?),
                        _ => {
                            let seconds: f64 = value
                                .parse()
                                .ok()
                                .filter(|s: &f64| s.is_finite() && *s > 0.0)
                                .ok_or_else(|| {
                                    UsageError(format!("--timeout {value:?}: give a number of seconds above 0"))
                                })?;
                            args.timeout_ns = Some((seconds * 1e9) as u64);
                        }
                    }
                    run_options_used.get_or_insert(format!("--{option}"));
                }
                Value(value) if command.is_none() => {
                    command = Some(match value.string()?.as_str() {
                        "run" => "run",
                        "lesson" => "lesson",
                        "lessons" => "lessons",
                        other => {
                            return Err(UsageError(format!(
                                "unknown command {other:?}: use run, lesson or lessons\n\n{USAGE}"
                            )))
                        }
                    })
                }
                Value(value) if command != Some("lessons") && target.is_none() => {
                    target = Some(value.string()?)
                }
                _ => return Err(UsageError(format!("{}\n\n{USAGE}", arg.unexpected()))),
            }
        }
        args.command = match command {
            None => return Err(UsageError(format!("no command given\n\n{USAGE}"))),
            Some("run") => Command::Run {
                file: target.ok_or_else(|| UsageError("run: which file? pyconc run FILE.py".into()))?,
            },
            Some("lesson") => Command::Lesson {
                id: target
                    .ok_or_else(|| UsageError("lesson: which one? `pyconc lessons` lists them".into()))?,
            },
            _ => {
                if let Some(option) = run_options_used {
                    return Err(UsageError(format!("lessons does not take {option}")));
                }
                Command::Lessons
            }
        };
        Ok(Some(args))
    }

    /// `URL=LATENCY:BYTES`, as `--web` takes it.
    fn web_page(value: &str) -> Result<Page, UsageError> {
        let bad = || UsageError(format!("--web {value:?}: write it as URL=LATENCY:BYTES (e.g. https://a.test/=0.5:1000)"));
        let (url, spec) = value.rsplit_once('=').ok_or_else(bad)?;
        let (latency, bytes) = spec.split_once(':').ok_or_else(bad)?;
        let latency: f64 = latency.parse().ok().filter(|l: &f64| l.is_finite() && *l >= 0.0).ok_or_else(bad)?;
        let bytes: usize = bytes.parse().map_err(|_| bad())?;
        Ok(Page { url: url.to_string(), latency, bytes: Some(bytes), body: None, status: 200 })
    }

    fn number(option: &str, value: &str) -> Result<u64, UsageError> {
        value
            .parse()
            .map_err(|_| UsageError(format!("--{option} {value:?}: give a whole number of 0 or more")))
    }

    fn execute(args: Args) -> Result<i32, UsageError> {
        let mut web = Vec::new();
        let mut hosts = Vec::new();
        let (programs, specs) = match &args.command {
            Command::Lessons => return Ok(list_lessons(args.json)),
            Command::Run { file } => {
                let source = std::fs::read_to_string(file)
                    .map_err(|e| UsageError(format!("can't open file {file:?}: {}", io_reason(&e))))?;
                (vec![Program { file: file.clone(), source, host: None }], None)
            }
            Command::Lesson { id } => {
                let lesson = scenario::lesson(id).ok_or_else(|| {
                    UsageError(format!("unknown lesson {id:?}; `pyconc lessons` lists them"))
                })?;
                web = lesson.web;
                hosts = lesson.hosts;
                let programs = lesson
                    .programs
                    .into_iter()
                    .map(|p| Program { file: p.file, source: p.source, host: p.host })
                    .collect();
                (programs, Some(lesson.params))
            }
        };
        // Parameters are written into the programs' text; one that does not
        // parse runs as written, so its SyntaxError is reported as `python3`
        // reports it (exit status 1).
        let sources: Vec<&str> = programs.iter().map(|p| p.source.as_str()).collect();
        let sources = apply_params_each(&sources, &args.sets, specs.as_deref())?;
        let programs: Vec<Program> =
            programs.into_iter().zip(sources).map(|(p, source)| Program { source, ..p }).collect();
        let defaults = RunConfig::default();
        let config = RunConfig {
            seed: args.seed,
            switch: args.switch,
            max_steps: args.max_steps.unwrap_or(defaults.max_steps),
            max_time_ns: args.timeout_ns.unwrap_or(defaults.max_time_ns),
            stdin: piped_stdin(),
            workers: args.workers,
            time_scale: args.time_scale,
            web: web.into_iter().chain(args.web).collect(),
            hosts,
            ..defaults
        };
        if args.parallel {
            let [program] = <[Program; 1]>::try_from(programs).map_err(|_| {
                UsageError("--machine parallel runs lessons of one program; this one has several".into())
            })?;
            let config = RunConfig { filename: program.file.clone(), ..config };
            return run_parallel(ParallelRun::start(&program.source, config), args.json);
        }
        let labels = HostLabels::new(&programs, &config);
        let mut run = Run::start(programs, config);
        if args.json {
            while !run.step(SLICE) {}
            return print_report(&run.report());
        }
        stream(&mut run, labels)
    }

    /// Runs to the end, writing the output as it comes: as `python3` would
    /// for one program; line by line with each line's host in front for
    /// several (see `HostLabels`).
    fn stream(run: &mut Run, mut labels: Option<HostLabels>) -> Result<i32, UsageError> {
        let mut stdout = io::stdout().lock();
        let mut stderr = io::stderr().lock();
        loop {
            let finished = run.step(SLICE);
            let events = run.take_events();
            let label = |pid: u32, stream: Stream, text: String| match &mut labels {
                Some(labels) => labels.label(run.program_of(pid), stream, &text),
                None => text,
            };
            // A reader that went away (`| head`): as CPython, which exits
            // with 120 when it cannot flush stdout.
            if !write_output(events, &mut stdout, &mut stderr, label) || stdout.flush().is_err() {
                run.stop();
                return Ok(120);
            }
            if finished {
                break;
            }
        }
        if let Some(labels) = labels {
            let (out, err) = labels.rest();
            let _ = stdout.write_all(out.as_bytes()).and_then(|_| stdout.flush());
            let _ = stderr.write_all(err.as_bytes());
        }
        Ok(run.exit_code())
    }

    /// The output of a run of several programs, labelled by host: each line
    /// starts with its program's host name, padded to the longest, and `| `
    /// (`worker-1 | run task download ImageUrl_0...`), on the stream it was
    /// written to. Lines are whole: a program's unfinished line waits for its
    /// end, or for the end of the run.
    struct HostLabels {
        /// Each program's label, `master   | `.
        prefixes: Vec<String>,
        /// Each (program, stream)'s unfinished line.
        pending: BTreeMap<(usize, bool), String>,
    }

    impl HostLabels {
        /// Labels for `programs`, or None for a run of one program, whose
        /// output is the program's own.
        fn new(programs: &[Program], config: &RunConfig) -> Option<HostLabels> {
            if programs.len() < 2 {
                return None;
            }
            let first = config.hosts.first().map_or("localhost", |h| h.name.as_str());
            let names: Vec<&str> = programs.iter().map(|p| p.host.as_deref().unwrap_or(first)).collect();
            let width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
            let prefixes = names.iter().map(|n| format!("{n:width$} | ")).collect();
            Some(HostLabels { prefixes, pending: BTreeMap::new() })
        }

        /// The whole lines `text` completes, labelled; `program` None (the
        /// machine's own reports) counts as the first program.
        fn label(&mut self, program: Option<usize>, stream: Stream, text: &str) -> String {
            let program = program.unwrap_or(0);
            let line = self.pending.entry((program, stream == Stream::Stderr)).or_default();
            line.push_str(text);
            let Some(end) = line.rfind('\n') else { return String::new() };
            let rest = line.split_off(end + 1);
            let done = std::mem::replace(line, rest);
            done.lines().map(|l| format!("{}{l}\n", self.prefixes[program])).collect()
        }

        /// The unfinished lines at the end of the run, labelled and ended:
        /// (stdout, stderr).
        fn rest(self) -> (String, String) {
            let (mut out, mut err) = (String::new(), String::new());
            for ((program, is_err), line) in self.pending {
                if !line.is_empty() {
                    let text = format!("{}{line}\n", self.prefixes[program]);
                    if is_err { err.push_str(&text) } else { out.push_str(&text) }
                }
            }
            (out, err)
        }
    }

    /// Runs on the parallel machine, printing output as processes publish it
    /// (or the report, with `--json`).
    fn run_parallel(mut run: ParallelRun, json: bool) -> Result<i32, UsageError> {
        if json {
            while !run.poll(std::time::Duration::from_millis(50)) {}
            return print_report(&run.report());
        }
        let mut stdout = io::stdout().lock();
        let mut stderr = io::stderr().lock();
        loop {
            let finished = run.poll(std::time::Duration::from_millis(20));
            if !write_output(run.take_events(), &mut stdout, &mut stderr, |_, _, text| text) || stdout.flush().is_err() {
                run.stop();
                return Ok(120);
            }
            if finished {
                return Ok(run.report().exit_code);
            }
        }
    }

    /// Writes the print events, each text through `label` (a run of several
    /// programs puts the host in front); false when the reader went away.
    fn write_output(
        events: Vec<Event>,
        stdout: &mut impl Write,
        stderr: &mut impl Write,
        mut label: impl FnMut(u32, Stream, String) -> String,
    ) -> bool {
        for event in events {
            if let EventKind::Print { stream, text } = event.kind {
                let text = label(event.pid, stream, text);
                let written = match stream {
                    Stream::Stdout => stdout.write_all(text.as_bytes()),
                    Stream::Stderr => stdout.flush().and_then(|_| stderr.write_all(text.as_bytes())),
                };
                if written.is_err() {
                    return false;
                }
            }
        }
        true
    }

    fn print_report(report: &Report) -> Result<i32, UsageError> {
        let mut out = io::stdout().lock();
        serde_json::to_writer(&mut out, report).map_err(|e| UsageError(e.to_string()))?;
        let _ = writeln!(out);
        let _ = out.flush();
        Ok(report.exit_code)
    }

    /// "No such file or directory", without Rust's "(os error 2)".
    fn io_reason(e: &io::Error) -> String {
        let text = e.to_string();
        match text.find(" (os error") {
            Some(at) => text[..at].to_string(),
            None => text,
        }
    }

    fn list_lessons(json: bool) -> i32 {
        let catalog = scenario::catalog();
        let mut out = io::stdout().lock();
        if json {
            let _ = serde_json::to_writer(&mut out, &catalog);
            let _ = writeln!(out);
            return 0;
        }
        let rows: Vec<_> = catalog
            .iter()
            .flat_map(|c| c.lessons.iter().map(move |l| (&l.id, &c.folder, &l.title.en)))
            .collect();
        let id_width = rows.iter().map(|r| r.0.len()).max().unwrap_or(0);
        let chapter_width = rows.iter().map(|r| r.1.len()).max().unwrap_or(0);
        for (id, chapter, title) in rows {
            let _ = writeln!(out, "{id:id_width$}  {chapter:chapter_width$}  {title}");
        }
        0
    }

    /// What `input()` reads: standard input when it is piped or redirected, as
    /// `python3 FILE.py < data` gives it; nothing when it is a terminal (the
    /// run is not interactive: `input()` then raises EOFError).
    fn piped_stdin() -> String {
        use std::io::{IsTerminal, Read};
        let mut text = String::new();
        if !io::stdin().is_terminal() {
            // Unreadable input (not UTF-8) is treated as none.
            let _ = io::stdin().read_to_string(&mut text);
        }
        text
    }
}
