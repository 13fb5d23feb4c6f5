//! The simulated network on the deterministic machine: the web's latencies
//! on the virtual clock, many clients on one echo server, hosts with
//! latency, sockets shared by fork, and blocked socket calls in reports.

use pyconc::machine::{Report, Run, RunConfig};
use pyconc::os::{HostSpec, Page};

fn run_with(source: &str, config: RunConfig) -> Report {
    let mut run = Run::new(source, config);
    while !run.step(1_000_000) {}
    run.report()
}

fn page(url: &str, latency: f64, bytes: usize) -> Page {
    Page { url: url.into(), latency, bytes: Some(bytes), body: None, status: 200 }
}

fn crawler_web() -> Vec<Page> {
    vec![
        page("https://www.python.org/", 0.5, 49115),
        page("https://www.yahoo.com/", 0.9, 100_000),
        page("https://github.com/", 1.0, 53784),
    ]
}

const CRAWLER: &str = r#"
import threading, time
from urllib.request import urlopen
URLS = ['https://www.python.org/', 'https://www.yahoo.com/', 'https://github.com/']
THREADED = True
def get_page(url):
    data = urlopen(url).read()
    print('%d bytes received from %s' % (len(data), url))
start = time.time()
if THREADED:
    ts = [threading.Thread(target=get_page, args=(u,)) for u in URLS]
    for t in ts: t.start()
    for t in ts: t.join()
else:
    for u in URLS: get_page(u)
print('%.2f' % (time.time() - start))
"#;

#[test]
fn three_pages_fetched_by_three_threads_take_the_longest_latency() {
    let r = run_with(CRAWLER, RunConfig { web: crawler_web(), ..RunConfig::default() });
    assert_eq!(r.exit_code, 0, "{}", r.stderr);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines[0], "49115 bytes received from https://www.python.org/");
    assert_eq!(lines[1], "100000 bytes received from https://www.yahoo.com/");
    assert_eq!(lines[2], "53784 bytes received from https://github.com/");
    assert_eq!(lines[3], "1.00");
}

#[test]
fn fetched_one_after_another_they_take_the_sum() {
    let source = CRAWLER.replace("THREADED = True", "THREADED = False");
    let r = run_with(&source, RunConfig { web: crawler_web(), ..RunConfig::default() });
    assert_eq!(r.exit_code, 0, "{}", r.stderr);
    assert_eq!(r.stdout.lines().last(), Some("2.40"));
}

#[test]
fn a_malformed_page_is_a_usage_error() {
    let r = run_with("print(1)", RunConfig { web: vec![page("https://a.test/", -1.0, 1)], ..RunConfig::default() });
    assert_eq!(r.exit_code, 2);
    assert!(r.stderr.contains("latency"), "{}", r.stderr);
}

/// Lesson 15.1 with threads for greenlets: every client gets every reply.
const ECHO: &str = r#"
import socket
from threading import Thread, current_thread
HOST = '127.0.0.1'
PORT = 8080
CLIENTS = 500
MESSAGES = 3
BACKLOG = 5
def communication(conn):
    while True:
        data = conn.recv(1024)
        if len(data) == 0: break
        conn.send(data.upper())
    conn.close()
def server(ip, port):
    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind((ip, port))
    server.listen(BACKLOG)
    while True:
        conn, addr = server.accept()
        Thread(target=communication, args=(conn,), daemon=True).start()
def x_client():
    client = socket.socket()
    client.connect((HOST, PORT))
    for n in range(MESSAGES):
        msg = '%s say hello %s' % (current_thread().name, n)
        client.send(msg.encode('utf-8'))
        data = client.recv(1024)
        print(data.decode('utf-8'))
    client.close()
if __name__ == '__main__':
    Thread(target=server, args=(HOST, PORT), daemon=True).start()
    clients = [Thread(target=x_client) for i in range(CLIENTS)]
    for t in clients: t.start()
    for t in clients: t.join()
"#;

#[test]
fn five_hundred_clients_get_every_reply_through_a_backlog_of_five() {
    for seed in 0..2 {
        let r = run_with(ECHO, RunConfig { seed, ..RunConfig::default() });
        assert_eq!(r.exit_code, 0, "{}", r.stderr);
        let lines: Vec<&str> = r.stdout.lines().collect();
        assert_eq!(lines.len(), 1500);
        for k in 1..=500 {
            let name = format!("THREAD-{} (X_CLIENT) SAY HELLO", k + 1);
            let mine: Vec<&&str> = lines.iter().filter(|l| l.starts_with(&format!("{name} "))).collect();
            let expected: Vec<String> = (0..3).map(|n| format!("{name} {n}")).collect();
            assert_eq!(mine.iter().map(|l| l.to_string()).collect::<Vec<_>>(), expected);
        }
    }
}

const TWO_HOSTS: &str = r#"
import socket, threading, time
srv = socket.socket()
srv.bind(('0.0.0.0', 9000))
srv.listen()
def serve():
    conn, addr = srv.accept()
    print('from', addr[0])
    conn.sendall(conn.recv(100))
    conn.close()
t = threading.Thread(target=serve)
t.start()
start = time.time()
c = socket.create_connection(('master', 9000))
print('connected after %.3f' % (time.time() - start), c.getsockname()[0])
c.sendall(b'x')
print(c.recv(100), '%.3f' % (time.time() - start))
t.join()
start = time.time()
print(socket.socket().connect_ex(('worker-1', 9000)), '%.3f' % (time.time() - start))
"#;

#[test]
fn a_connection_to_another_hosts_address_takes_the_route_latency() {
    let hosts = vec![
        HostSpec { name: "master".into(), ip: "10.0.0.1".into(), latency: 0.010, bandwidth: None },
        HostSpec { name: "worker-1".into(), ip: "10.0.0.2".into(), latency: 0.015, bandwidth: None },
    ];
    let r = run_with(TWO_HOSTS, RunConfig { hosts, ..RunConfig::default() });
    assert_eq!(r.exit_code, 0, "{}", r.stderr);
    // Both ends are on "master": its own address is a local route. Nobody
    // listens on worker-1: the refusal takes a round trip over both links.
    assert_eq!(r.stdout, "connected after 0.000 10.0.0.1\nfrom 10.0.0.1\nb'x' 0.000\n111 0.050\n");
}

#[test]
fn a_forked_child_shares_the_socket_and_its_exit_closes_it() {
    let source = r#"
import os, socket
srv = socket.socket()
srv.bind(('127.0.0.1', 7000))
srv.listen()
c = socket.create_connection(('127.0.0.1', 7000))
conn, _ = srv.accept()
pid = os.fork()
if pid == 0:
    conn.sendall(b'from the child')
    os._exit(0)
os.waitpid(pid, 0)
print(c.recv(100))
conn.close()
print(c.recv(100))
"#;
    let r = run_with(source, RunConfig::default());
    assert_eq!(r.exit_code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, "b'from the child'\nb''\n");
}

#[test]
fn a_thread_blocked_in_recv_is_named_in_the_deadlock_report() {
    let source = r#"
import socket
srv = socket.socket()
srv.bind(('127.0.0.1', 8080))
srv.listen()
c = socket.create_connection(('127.0.0.1', 8080))
conn, _ = srv.accept()
conn.recv(10)
"#;
    let r = run_with(source, RunConfig::default());
    assert_eq!(r.exit_code, 3);
    let waits = &r.deadlock.as_ref().expect("a deadlock")[0].waits_for;
    assert_eq!(waits, "recv on 127.0.0.1:8080");
}
