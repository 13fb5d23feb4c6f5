//! Greenlets where pyconc differs from CPython or adds to it, so the
//! conformance programs cannot show it: a switch refused inside a nested
//! run, the trace's greenlet events and the hooks that label them.

use pyconc::machine::{Report, Run, RunConfig};
use pyconc::trace::EventKind;

fn run(source: &str) -> Report {
    let mut run = Run::new(source, RunConfig::default());
    while !run.step(100_000) {}
    run.report()
}

/// The greenlet events: (id, name, from, from_dead, on, switches).
fn switches(r: &Report) -> Vec<(u32, String, u32, bool, Option<String>, u32)> {
    r.events
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::Greenlet { id, name, from, from_dead, on, switches } => {
                Some((*id, name.clone(), *from, *from_dead, on.clone(), *switches))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn a_switch_inside_a_builtins_callback_is_a_greenlet_error() {
    let r = run(r#"
import greenlet
other = greenlet.greenlet(lambda: print('never'))
class Sneaky:
    def __repr__(self):
        other.switch()
        return 'sneaky'
try:
    print(Sneaky())
except greenlet.error as e:
    print('error:', e)
print(sorted([3, 1, 2], key=lambda x: x), other.dead, bool(other))
"#);
    assert_eq!(r.exit_code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        "error: pyconc cannot switch greenlets inside a built-in's callback (such as __repr__ or a sort key)\n\
         [1, 2, 3] False False\n"
    );
}

#[test]
fn the_trace_names_greenlets_and_what_they_wait_for() {
    let r = run(r#"
import _greenlet
from greenlet import greenlet, getcurrent
main = getcurrent()
def worker(x):
    print('worker', x)
    _greenlet.switch_waiting(main, 'sleep 1.0 s', 'paused')
    print('worker again')
class Task(greenlet):
    def run(self):
        print('task')
w = greenlet(worker)
print(w.switch(1))
t = Task()
named = greenlet(lambda: print('named'))
_greenlet.set_trace_name(named, 'Greenlet-7 (fetch)')
t.switch()
named.switch()
w.switch()
"#);
    assert_eq!(r.exit_code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, "worker 1\npaused\ntask\nnamed\nworker again\n");
    let got = switches(&r);
    // Switches with no print between them are one event: the last
    // switch's, counting them; a greenlet whose run returned is dead.
    let want = [
        (1, "worker", 0, false, None, 1),
        (0, "main", 1, false, Some("sleep 1.0 s"), 1),
        (2, "Task-2", 0, false, None, 1),
        (3, "Greenlet-7 (fetch)", 0, false, None, 2),
        (1, "worker", 0, false, None, 2),
        (0, "main", 1, true, None, 1),
    ];
    let want: Vec<_> =
        want.iter().map(|(i, n, f, d, o, s)| (*i, n.to_string(), *f, *d, o.map(str::to_string), *s)).collect();
    assert_eq!(got, want);
}

#[test]
fn a_forked_child_switches_to_its_copies_of_the_greenlets() {
    let r = run(r#"
import os
from greenlet import greenlet, getcurrent
main = getcurrent()
def count():
    n = 0
    while True:
        n += 1
        print('count', n)
        main.switch(n)
g = greenlet(count)
g.switch()
pid = os.fork()
if pid == 0:
    print('child', g.switch(), g.switch())
    os._exit(0)
os.waitpid(pid, 0)
print('parent', g.switch())
"#);
    assert_eq!(r.exit_code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, "count 1\ncount 2\ncount 3\nchild 2 3\ncount 2\nparent 2\n");
    // Each process numbers its greenlets: the child's copy keeps id 1.
    let pids: std::collections::BTreeSet<u32> = r
        .events
        .iter()
        .filter(|e| matches!(&e.kind, EventKind::Greenlet { id: 1, .. }))
        .map(|e| e.pid)
        .collect();
    assert_eq!(pids.len(), 2);
}
