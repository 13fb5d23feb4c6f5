//! The programs of a run. A run usually has one; a lesson of several (a
//! server and its workers) starts each as the main process of its own host,
//! all at once, on one clock and in one trace. Each program's output is the
//! output of the processes of its session (see `ProcessEntry::sid`).

use crate::trace::{Event, EventKind, Stream};
use serde::Serialize;

/// A program to run: its source, the file name its tracebacks show, and
/// the host it runs on.
#[derive(Clone, Debug, PartialEq)]
pub struct Program {
    /// The file name tracebacks and `__file__` show: `server.py`.
    pub file: String,
    /// The Python source.
    pub source: String,
    /// The name of the host it runs on, one of `RunConfig::hosts`; None:
    /// the first host.
    pub host: Option<String>,
}

/// What one program of a run printed and how it ended, as `--json` and the
/// page show it beside the run's combined output.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ProgramReport {
    /// Its file name.
    pub file: String,
    /// The host it ran on.
    pub host: String,
    /// The pid of its main process.
    pub pid: u32,
    /// What its processes wrote to stdout.
    pub stdout: String,
    /// What its processes wrote to stderr (the run's own reports, such as a
    /// deadlock's, go to the first program's).
    pub stderr: String,
    /// Its main process's exit status, once it has one.
    pub exit_code: Option<i32>,
}

impl ProgramReport {
    /// The report of the program whose main process is `pid`, its output
    /// taken from the print events of the processes `in_program` says are its.
    pub fn collect(file: &str, host: &str, pid: u32, events: &[Event], in_program: impl Fn(u32) -> bool) -> ProgramReport {
        let mut report = ProgramReport {
            file: file.to_string(),
            host: host.to_string(),
            pid,
            stdout: String::new(),
            stderr: String::new(),
            exit_code: None,
        };
        for e in events.iter().filter(|e| in_program(e.pid)) {
            match &e.kind {
                EventKind::Print { stream: Stream::Stdout, text } => report.stdout.push_str(text),
                EventKind::Print { stream: Stream::Stderr, text } => report.stderr.push_str(text),
                _ => {}
            }
        }
        report
    }
}
