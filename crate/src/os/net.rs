//! The network: hosts with addresses, per-process file descriptors, and
//! the packets in flight, delivered on the kernel's clock. A packet between
//! two hosts takes both hosts' link latency (plus its size over the slower
//! link's bandwidth, when one is set); on one host it arrives at once, as
//! on loopback. Sockets (`socket.rs`), readiness queues (`epoll.rs`) and
//! the simulated web (`web.rs`) are built on this.

use super::epoll::Epoll;
use super::socket::Socket;
use super::web::Web;
use super::world::Who;
use crate::trace::Nanos;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::net::Ipv4Addr;

/// An IPv4 address and a port.
pub type Addr = (Ipv4Addr, u16);

/// The first port handed out for `bind(port 0)` and for `connect` without
/// `bind` (Linux's `ip_local_port_range` starts there).
pub const EPHEMERAL_FIRST: u16 = 32768;
/// The last ephemeral port (Linux's default range ends there).
pub const EPHEMERAL_LAST: u16 = 60999;

/// A host of the run, as the configuration declares it.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct HostSpec {
    /// Its name (`socket.gethostname()` on it; resolvable by the others).
    pub name: String,
    /// Its IPv4 address, dotted.
    pub ip: String,
    /// The one-way latency of its link, in seconds.
    #[serde(default)]
    pub latency: f64,
    /// Its link's bandwidth in bytes per second (none: unlimited).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bandwidth: Option<f64>,
}

/// A host as the kernel keeps it.
pub struct Host {
    /// Its name.
    pub name: String,
    /// Its address.
    pub ip: Ipv4Addr,
    /// One-way latency of its link.
    pub latency: Nanos,
    /// Bytes per second, if limited.
    pub bandwidth: Option<f64>,
    /// The next ephemeral port to try.
    next_port: u16,
}

/// What a file descriptor refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum File {
    /// A socket.
    Socket(u32),
    /// An epoll instance.
    Epoll(u32),
}

/// One process's file descriptors: Linux hands out the lowest free number,
/// starting at 3 (0, 1 and 2 are the standard streams).
#[derive(Clone, Default)]
pub struct FdTable {
    files: BTreeMap<u32, File>,
    free: BTreeSet<u32>,
    next: u32,
}

impl FdTable {
    fn insert(&mut self, file: File) -> u32 {
        let fd = match self.free.pop_first() {
            Some(fd) => fd,
            None => {
                self.next = self.next.max(3) + 1;
                self.next - 1
            }
        };
        self.files.insert(fd, file);
        fd
    }

    fn remove(&mut self, fd: u32) -> Option<File> {
        let file = self.files.remove(&fd)?;
        self.free.insert(fd);
        Some(file)
    }
}

/// Something that happens on the network at a given time.
#[derive(Debug)]
pub enum Packet {
    /// Bytes from one socket arrive at another.
    Data { from: u32, to: u32, bytes: Vec<u8> },
    /// The peer's end of stream (close or `shutdown(SHUT_WR)`).
    Fin { to: u32 },
    /// The peer reset the connection.
    Reset { to: u32 },
    /// A connection request reaches a listening socket.
    Syn { listener: u32, client: u32 },
    /// The listener's side accepted the request: the client is connected.
    SynAck { client: u32, server: u32 },
    /// Nobody listens where the client connected.
    Refused { client: u32 },
}

/// The network state of a run.
pub struct Net {
    /// The hosts; the first is where the run's first process lives.
    pub hosts: Vec<Host>,
    /// The host of each process (absent: the first host).
    homes: BTreeMap<u32, usize>,
    /// Each process's file descriptors.
    fds: BTreeMap<u32, FdTable>,
    /// Every socket of the run, by id (ids are never reused).
    pub sockets: Vec<Socket>,
    /// Every epoll instance, by id.
    pub epolls: Vec<Epoll>,
    /// Packets in flight, by arrival time and then sending order.
    in_flight: BTreeMap<(Nanos, u64), Packet>,
    sent: u64,
    /// Bound sockets by (host, port), for `bind` conflicts and `connect`.
    pub ports: BTreeMap<(usize, u16), Vec<u32>>,
    /// Ports in TIME_WAIT, by (host, port): until when.
    pub time_wait: BTreeMap<(usize, u16), Nanos>,
    /// The web servers the configuration declares.
    pub web: Web,
    /// The time of the call under way: its owner sets it before each call
    /// (packets delivered late move it to their arrival).
    pub now: Nanos,
    /// Threads that must try again since the last call (their socket or
    /// epoll changed), for the owner to wake: the kernel wakes them at
    /// once, the parallel machine's world mails their workers.
    pub woken: Vec<Who>,
}

impl Net {
    /// The network of `hosts` (none: one host, "localhost" at 127.0.0.1)
    /// and the web of `pages`; an error names a malformed host or page.
    pub fn new(hosts: &[HostSpec], pages: &[super::web::Page]) -> Result<Net, String> {
        let mut net = Net {
            hosts: Vec::new(),
            homes: BTreeMap::new(),
            fds: BTreeMap::new(),
            sockets: Vec::new(),
            epolls: Vec::new(),
            in_flight: BTreeMap::new(),
            sent: 0,
            ports: BTreeMap::new(),
            time_wait: BTreeMap::new(),
            web: Web::new(pages)?,
            now: 0,
            woken: Vec::new(),
        };
        if hosts.is_empty() {
            net.add_host("localhost", Ipv4Addr::LOCALHOST, 0, None);
        }
        for h in hosts {
            let ip: Ipv4Addr = h.ip.parse().map_err(|_| format!("host {}: {:?} is not an IPv4 address", h.name, h.ip))?;
            if !(h.latency.is_finite() && h.latency >= 0.0) {
                return Err(format!("host {}: latency must be 0 or more seconds", h.name));
            }
            if h.bandwidth.is_some_and(|b| !(b.is_finite() && b > 0.0)) {
                return Err(format!("host {}: bandwidth must be above 0 bytes per second", h.name));
            }
            net.add_host(&h.name, ip, (h.latency * 1e9).round() as Nanos, h.bandwidth);
        }
        Ok(net)
    }

    fn add_host(&mut self, name: &str, ip: Ipv4Addr, latency: Nanos, bandwidth: Option<f64>) {
        self.hosts.push(Host { name: name.to_string(), ip, latency, bandwidth, next_port: EPHEMERAL_FIRST });
    }

    /// Places a process on `host` (an index into `hosts`), as a program
    /// started there; its forks stay there too.
    pub fn place(&mut self, pid: u32, host: usize) {
        self.homes.insert(pid, host);
    }

    /// The index of the host named `name`, as `[[host]]` tables declare it.
    pub fn host_named(&self, name: &str) -> Option<usize> {
        self.hosts.iter().position(|h| h.name == name)
    }

    /// The host a process runs on.
    pub fn home(&self, pid: u32) -> usize {
        self.homes.get(&pid).copied().unwrap_or(0)
    }

    /// The host that owns `ip` as seen from host `from` (127.x is `from` itself).
    pub fn host_of(&self, from: usize, ip: Ipv4Addr) -> Option<usize> {
        if ip.is_loopback() {
            return Some(from);
        }
        self.hosts.iter().position(|h| h.ip == ip)
    }

    /// `gethostbyname`: a dotted address, "localhost", a host's or a web
    /// server's name; None when nobody has that name.
    pub fn resolve(&self, name: &str) -> Option<Ipv4Addr> {
        if let Ok(ip) = name.parse::<Ipv4Addr>() {
            return Some(ip);
        }
        if name.eq_ignore_ascii_case("localhost") {
            return Some(Ipv4Addr::LOCALHOST);
        }
        let host = self.hosts.iter().find(|h| h.name.eq_ignore_ascii_case(name)).map(|h| h.ip);
        host.or_else(|| self.web.resolve(name))
    }

    /// The next free ephemeral port on `host`.
    pub fn ephemeral_port(&mut self, host: usize) -> u16 {
        let span = u32::from(EPHEMERAL_LAST - EPHEMERAL_FIRST) + 1;
        for _ in 0..span {
            let h = &mut self.hosts[host];
            let port = h.next_port;
            h.next_port = if port == EPHEMERAL_LAST { EPHEMERAL_FIRST } else { port + 1 };
            if !self.ports.contains_key(&(host, port)) {
                return port;
            }
        }
        0
    }

    /// When a packet of `size` bytes sent now from `from` to `to` arrives,
    /// after the link's previous packets (`busy_until`: the sender's link
    /// is busy until then; updated).
    pub fn arrival(&self, now: Nanos, from: usize, to: usize, size: usize, busy_until: &mut Nanos) -> Nanos {
        if from == to {
            return now;
        }
        let (a, b) = (&self.hosts[from], &self.hosts[to]);
        let bandwidth = match (a.bandwidth, b.bandwidth) {
            (Some(x), Some(y)) => Some(x.min(y)),
            (x, y) => x.or(y),
        };
        let sent = match bandwidth {
            Some(bw) => {
                let start = now.max(*busy_until);
                let done = start + (size as f64 / bw * 1e9).round() as Nanos;
                *busy_until = done;
                done
            }
            None => now,
        };
        sent + a.latency + b.latency
    }

    /// The file behind `fd` in process `pid`.
    pub fn file(&self, pid: u32, fd: u32) -> Option<File> {
        self.fds.get(&pid)?.files.get(&fd).copied()
    }

    /// Gives `file` the lowest free descriptor of `pid`.
    pub fn add_fd(&mut self, pid: u32, file: File) -> u32 {
        self.fds.entry(pid).or_default().insert(file)
    }

    /// Removes `fd` from `pid`'s table; what it referred to.
    pub fn remove_fd(&mut self, pid: u32, fd: u32) -> Option<File> {
        self.fds.get_mut(&pid)?.remove(fd)
    }

    /// A forked child's copy of its parent's descriptors and host.
    pub fn fork(&mut self, parent: u32, child: u32) -> Vec<File> {
        let home = self.home(parent);
        self.homes.insert(child, home);
        let table = self.fds.get(&parent).cloned().unwrap_or_default();
        let files: Vec<File> = table.files.values().copied().collect();
        self.fds.insert(child, table);
        files
    }

    /// Every open descriptor of `pid`.
    pub fn fds_of(&self, pid: u32) -> Vec<u32> {
        self.fds.get(&pid).map(|t| t.files.keys().copied().collect()).unwrap_or_default()
    }

    /// Queues a packet to arrive at `at`.
    pub fn post(&mut self, at: Nanos, packet: Packet) {
        self.sent += 1;
        self.in_flight.insert((at, self.sent), packet);
    }

    /// When the next packet arrives.
    pub fn next_arrival(&self) -> Option<Nanos> {
        self.in_flight.keys().next().map(|(t, _)| *t)
    }

    /// The next packet, if it arrives by `until`.
    pub fn take_arrived(&mut self, until: Nanos) -> Option<(Nanos, Packet)> {
        let (&(t, seq), _) = self.in_flight.iter().next()?;
        if t > until {
            return None;
        }
        self.in_flight.remove(&(t, seq)).map(|p| (t, p))
    }

    /// Sends `packet` from host `from` to host `to`: handled at once on one
    /// host, else delivered after the route's delay.
    pub fn transmit(&mut self, from: usize, to: usize, size: usize, busy_until: &mut Nanos, packet: Packet) {
        let at = self.arrival(self.now, from, to, size, busy_until);
        if at <= self.now {
            self.arrive(packet);
        } else {
            self.post(at, packet);
        }
    }

    /// Delivers every packet due by `until`, each at its own time.
    pub fn deliver_packets(&mut self, until: Nanos) {
        while let Some((t, packet)) = self.take_arrived(until) {
            self.now = self.now.max(t);
            self.arrive(packet);
        }
    }

    /// A packet reaches its destination.
    fn arrive(&mut self, packet: Packet) {
        match packet {
            Packet::Data { from, to, bytes } => self.data_arrives(from, to, bytes),
            Packet::Fin { to } => self.fin_arrives(to),
            Packet::Reset { to } => self.reset_arrives(to),
            Packet::Syn { listener, client } => self.syn_arrives(listener, client),
            Packet::SynAck { client, server } => self.established(client, server),
            Packet::Refused { client } => self.refused(client),
        }
    }
}

/// `ip:port`, as the trace shows addresses.
pub fn show(addr: Addr) -> String {
    format!("{}:{}", addr.0, addr.1)
}
