//! gevent where the conformance programs cannot show it: what the trace
//! says a parked greenlet waits for, the names it gives greenlets, and the
//! shape of the report of a greenlet's failure, whose timestamp changes
//! from run to run under CPython.

use pyconc::machine::{Report, Run, RunConfig};
use pyconc::trace::EventKind;

fn run(source: &str) -> Report {
    let mut run = Run::new(source, RunConfig::default());
    while !run.step(100_000) {}
    run.report()
}

/// The names of the greenlets switched to, and what those switching away
/// said they wait for, in the order of the trace.
fn greenlet_events(r: &Report) -> (Vec<String>, Vec<String>) {
    let (mut names, mut waits) = (vec![], vec![]);
    for e in &r.events {
        if let EventKind::Greenlet { name, on, .. } = &e.kind {
            names.push(name.clone());
            waits.extend(on.clone());
        }
    }
    (names, waits)
}

#[test]
fn a_parked_greenlet_says_what_it_waits_for() {
    // Each greenlet parks at its own second, so that no two parkings fall
    // into one burst of switches (which the trace records as one event).
    let r = run(r#"
import gevent
from gevent import socket
from gevent.event import Event
from gevent.queue import Queue

done = Event()
q = Queue()

def sleeper():
    gevent.sleep(10)

def server(srv):
    conn, _ = srv.accept()
    gevent.sleep(0.5)
    conn.recv(10)

def client():
    c = socket.create_connection(('127.0.0.1', 8080))
    gevent.sleep(1)
    c.send(b'hi')

srv = socket.socket()
srv.bind(('127.0.0.1', 8080))
srv.listen(1)
gs = [gevent.spawn_later(1, sleeper), gevent.spawn_later(2, done.wait), gevent.spawn_later(3, q.get),
      gevent.spawn_later(4, server, srv), gevent.spawn_later(5, client)]
gevent.spawn_later(20, done.set)
gevent.spawn_later(20, q.put, 1)
gevent.joinall(gs)
gevent.spawn_later(1, print, 'joined').join()
"#);
    assert_eq!(r.exit_code, 0, "{}", r.stderr);
    let (names, waits) = greenlet_events(&r);
    assert!(names.iter().any(|n| n == "Hub"), "the hub is not named in {names:?}");
    for want in [
        "wait for 5 objects",
        "sleep until 11.000 s",
        "Event.wait",
        "Queue.get",
        "accept on 127.0.0.1:8080",
        "recv on 127.0.0.1:8080",
        "join Greenlet-7 (print)",
    ] {
        assert!(waits.iter().any(|w| w == want), "no greenlet waits for {want:?} in {waits:?}");
    }
}

#[test]
fn greenlets_are_named_as_threading_names_threads() {
    let r = run(r#"
import gevent

def eat(n):
    print('eating', n)

class Chef(gevent.Greenlet):
    def _run(self):
        print('cooking')

a = gevent.spawn(eat, 1)
b = gevent.Greenlet(eat, 2)
b.name = 'dinner'
b.start()
c = Chef()
c.start()
gevent.joinall([a, b, c])
"#);
    assert_eq!((r.exit_code, r.stderr.as_str()), (0, ""));
    let (names, _) = greenlet_events(&r);
    for want in ["Greenlet-0 (eat)", "dinner (eat)", "Greenlet-2 (Chef)"] {
        assert!(names.iter().any(|n| n == want), "no greenlet named {want:?} in {names:?}");
    }
}

#[test]
fn a_failing_greenlet_is_reported_as_gevent_reports_it() {
    let r = run(r#"
import gevent

def fail():
    raise ValueError('boom')

g = gevent.spawn(fail)
g.join()
print('after', type(g.exception).__name__)
"#);
    assert_eq!(r.exit_code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, "after ValueError\n");
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(lines[0], "Traceback (most recent call last):", "{}", r.stderr);
    let error = lines.iter().position(|l| *l == "ValueError: boom").expect("the exception's line");
    // `2024-01-31T12:00:00Z <Greenlet at 0x7f...: fail> failed with ValueError`, then an empty line.
    let report = lines[error + 1];
    let (stamp, rest) = report.split_once(' ').expect("a timestamp, then the greenlet");
    assert_eq!(stamp.len(), 20, "{report}");
    assert!(stamp.ends_with('Z') && stamp.as_bytes()[10] == b'T', "{report}");
    assert!(rest.starts_with("<Greenlet at 0x") && rest.ends_with(": fail> failed with ValueError"), "{report}");
    assert_eq!(lines[error + 2..], [""], "{}", r.stderr);
}
