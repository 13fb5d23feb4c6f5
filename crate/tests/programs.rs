//! Runs of several programs: each the main process of its host, started
//! together on one clock, with one trace, each program's own output, and
//! the run's exit status the first non-zero one a program ended with.

use pyconc::machine::{Program, Report, Run, RunConfig};
use pyconc::os::HostSpec;
use pyconc::trace::EventKind;

fn host(name: &str, ip: &str) -> HostSpec {
    HostSpec { name: name.into(), ip: ip.into(), latency: 0.01, bandwidth: None }
}

fn program(file: &str, host: &str, source: &str) -> Program {
    Program { file: file.into(), source: source.into(), host: Some(host.into()) }
}

fn run(programs: Vec<Program>) -> Report {
    let hosts = vec![host("a", "10.0.0.1"), host("b", "10.0.0.2")];
    let mut run = Run::start(programs, RunConfig { hosts, ..RunConfig::default() });
    while !run.step(1_000_000) {}
    run.report()
}

#[test]
fn each_program_is_a_main_process_on_its_host_with_its_own_output() {
    let r = run(vec![
        program("one.py", "a", "import os, socket\nprint(__name__, os.getpid(), socket.gethostname())\n"),
        program("two.py", "b", "import os, socket\nif os.fork() == 0:\n    print('child', socket.gethostname())\nelse:\n    os.wait()\n    print(__name__, os.getpid(), socket.gethostname())\n"),
    ]);
    assert_eq!(r.exit_code, 0, "{}", r.stderr);
    let started: Vec<_> = r
        .events
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::Program { file, host } => Some((e.pid, file.as_str(), host.as_str())),
            _ => None,
        })
        .collect();
    assert_eq!(started, [(100, "one.py", "a"), (101, "two.py", "b")]);
    assert_eq!(r.programs[0].stdout, "__main__ 100 a\n");
    assert_eq!(r.programs[1].stdout, "child b\n__main__ 101 b\n", "the forked child's output is its program's");
    let child = r.processes.iter().find(|p| p.ppid == 101).expect("the fork");
    assert_eq!((child.host.as_str(), child.program), ("b", Some(101)));
}

#[test]
fn the_run_ends_when_every_program_has_and_exits_with_the_first_failure() {
    let r = run(vec![
        program("slow.py", "a", "import time, sys\ntime.sleep(2)\nsys.exit(5)\n"),
        program("fast.py", "b", "import sys\nsys.exit(3)\n"),
    ]);
    assert_eq!(r.exit_code, 3, "the first to fail");
    assert_eq!((r.programs[0].exit_code, r.programs[1].exit_code), (Some(5), Some(3)));
    assert!(r.virtual_time_ns >= 2_000_000_000, "the slow program ran to its end");
}

#[test]
fn a_program_that_does_not_compile_fails_alone() {
    let r = run(vec![program("bad.py", "a", "def (\n"), program("good.py", "b", "print('fine')\n")]);
    assert_eq!(r.exit_code, 1);
    assert!(r.programs[0].stderr.starts_with("  File \"bad.py\", line 1"), "{}", r.programs[0].stderr);
    assert!(r.programs[0].stderr.contains("SyntaxError"));
    assert_eq!(r.programs[1].stdout, "fine\n");
}

#[test]
fn a_host_nobody_declared_is_a_usage_error() {
    let r = run(vec![program("one.py", "a", "print(1)\n"), program("two.py", "moon", "print(2)\n")]);
    assert_eq!(r.exit_code, 2);
    assert_eq!(r.stderr, "pyconc: program two.py: no host is named \"moon\" (the hosts: a, b)\n");
    assert_eq!(r.stdout, "");
}

#[test]
fn programs_reach_each_other_across_hosts() {
    let server = "import socket\ns = socket.socket()\ns.bind(('', 9000))\ns.listen(1)\nc, addr = s.accept()\nprint('from', addr[0], c.recv(10))\n";
    let client = "import socket, time\ntime.sleep(0.5)\ns = socket.create_connection(('a', 9000))\ns.sendall(b'hi')\ns.close()\n";
    let r = run(vec![program("server.py", "a", server), program("client.py", "b", client)]);
    assert_eq!(r.exit_code, 0, "{}", r.stderr);
    assert_eq!(r.programs[0].stdout, "from 10.0.0.2 b'hi'\n");
}
