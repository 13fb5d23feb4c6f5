//! TCP sockets (AF_INET, SOCK_STREAM) as Linux keeps them: bound,
//! listening with an accept queue of `backlog + 1` connections (further
//! connects wait for room, never refused or lost), connected pairs with
//! receive buffers and flow control, end of stream, resets, TIME_WAIT.
//! Every operation is non-blocking here: it succeeds, fails with an errno,
//! or says it would block; the `_socket` module parks the thread on
//! `WaitOn::Socket` and tries again when the socket changes (`changed`).

use super::net::{show, Addr, File, Net, Packet};
use super::world::Who;
use crate::trace::Nanos;
use crate::vm::{NetErr, NetResult, SockOp, WaitOn};
use std::collections::{BTreeMap, VecDeque};
use std::net::Ipv4Addr;

/// Linux errno values the socket calls report.
pub mod errno {
    /// No such file or directory (epoll: not registered).
    pub const ENOENT: i32 = 2;
    /// File exists (epoll: registered already).
    pub const EEXIST: i32 = 17;
    /// Bad file descriptor.
    pub const EBADF: i32 = 9;
    /// Resource temporarily unavailable (would block).
    pub const EAGAIN: i32 = 11;
    /// Invalid argument.
    pub const EINVAL: i32 = 22;
    /// Broken pipe.
    pub const EPIPE: i32 = 32;
    /// Socket operation on non-socket.
    pub const ENOTSOCK: i32 = 88;
    /// Protocol not available (an unknown option).
    pub const ENOPROTOOPT: i32 = 92;
    /// Address already in use.
    pub const EADDRINUSE: i32 = 98;
    /// Cannot assign requested address.
    pub const EADDRNOTAVAIL: i32 = 99;
    /// Connection reset by peer.
    pub const ECONNRESET: i32 = 104;
    /// Transport endpoint is already connected.
    pub const EISCONN: i32 = 106;
    /// Transport endpoint is not connected.
    pub const ENOTCONN: i32 = 107;
    /// Connection refused.
    pub const ECONNREFUSED: i32 = 111;
    /// No route to host.
    pub const EHOSTUNREACH: i32 = 113;
    /// Operation already in progress.
    pub const EALREADY: i32 = 114;
    /// Operation now in progress.
    pub const EINPROGRESS: i32 = 115;

    /// The message `strerror` gives on Linux.
    pub fn message(e: i32) -> &'static str {
        match e {
            ENOENT => "No such file or directory",
            EEXIST => "File exists",
            EBADF => "Bad file descriptor",
            EAGAIN => "Resource temporarily unavailable",
            EINVAL => "Invalid argument",
            EPIPE => "Broken pipe",
            ENOTSOCK => "Socket operation on non-socket",
            ENOPROTOOPT => "Protocol not available",
            EADDRINUSE => "Address already in use",
            EADDRNOTAVAIL => "Cannot assign requested address",
            ECONNRESET => "Connection reset by peer",
            EISCONN => "Transport endpoint is already connected",
            ENOTCONN => "Transport endpoint is not connected",
            ECONNREFUSED => "Connection refused",
            EHOSTUNREACH => "No route to host",
            EALREADY => "Operation already in progress",
            EINPROGRESS => "Operation now in progress",
            _ => "Unknown error",
        }
    }
}

use errno::*;

/// How many bytes a connection holds unread before its sender must wait:
/// about what Linux's loopback autotuning gives a socket buffer.
pub const BUFFER: usize = 1 << 20;

/// How long an actively closed connection keeps its port (TIME_WAIT, 60 s on Linux).
pub const TIME_WAIT: Nanos = 60_000_000_000;

/// Where a socket is in its life (the TCP states that matter here).
#[derive(Debug)]
pub enum State {
    /// Created, perhaps bound, not connected.
    Fresh,
    /// `listen` was called.
    Listening {
        /// `listen`'s argument: the queue holds up to `backlog + 1`.
        backlog: usize,
        /// Connections established and not yet accepted.
        queue: VecDeque<u32>,
        /// Clients whose request arrived while the queue was full.
        pending: VecDeque<u32>,
    },
    /// The handshake is under way.
    Connecting,
    /// Connected to `peer`.
    Connected {
        /// The other end's socket.
        peer: u32,
    },
    /// Closed, reset or refused: nothing more will arrive.
    Closed,
}

/// Linux's `sock->state`: what `connect` reports next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Connect {
    /// Never connected (or the attempt failed and was reported).
    Idle,
    /// An attempt started and has not been reported complete.
    InProgress,
    /// Connected, and `connect` said so.
    Done,
}

/// A socket.
pub struct Socket {
    /// The file descriptors (in all processes) that refer to it.
    pub refs: u32,
    /// The host it lives on.
    pub host: usize,
    /// Its local address, once bound.
    pub local: Option<Addr>,
    /// Its peer's address, once connecting.
    pub peer_addr: Option<Addr>,
    /// Its TCP state.
    pub state: State,
    /// What `connect` reports next.
    pub connect: Connect,
    /// Bytes received and not read.
    pub rx: VecDeque<u8>,
    /// The peer's end of stream arrived.
    pub eof: bool,
    /// `shutdown(SHUT_RD)`.
    pub shut_rd: bool,
    /// `shutdown(SHUT_WR)` (or closed).
    pub shut_wr: bool,
    /// The pending error (`SO_ERROR`), reported once.
    pub error: i32,
    /// Bytes this socket sent that its peer has not read yet.
    pub unread: usize,
    /// Options set with `setsockopt`, by (level, name).
    pub options: BTreeMap<(i64, i64), i64>,
    /// Threads parked on it.
    pub waiters: Vec<Who>,
    /// Epoll registrations watching it: (epoll, fd).
    pub watchers: Vec<(u32, u32)>,
    /// Served by the kernel's web server, not by a program.
    pub web: bool,
    /// Its link is busy sending until then (bandwidth).
    pub busy_until: Nanos,
}

/// `SOL_SOCKET` and `SO_REUSEADDR`, `SO_ERROR` on Linux.
pub const SOL_SOCKET: i64 = 1;
/// `SO_REUSEADDR`.
pub const SO_REUSEADDR: i64 = 2;
/// `SO_ERROR`.
pub const SO_ERROR: i64 = 4;

impl Socket {
    fn new(host: usize) -> Socket {
        Socket {
            refs: 0,
            host,
            local: None,
            peer_addr: None,
            state: State::Fresh,
            connect: Connect::Idle,
            rx: VecDeque::new(),
            eof: false,
            shut_rd: false,
            shut_wr: false,
            error: 0,
            unread: 0,
            options: BTreeMap::new(),
            waiters: Vec::new(),
            watchers: Vec::new(),
            web: false,
            busy_until: 0,
        }
    }

    fn reuse_addr(&self) -> bool {
        self.options.get(&(SOL_SOCKET, SO_REUSEADDR)).is_some_and(|v| *v != 0)
    }

    fn is_listening(&self) -> bool {
        matches!(self.state, State::Listening { .. })
    }

    /// Its readiness as epoll reports it (EPOLLIN 1, EPOLLOUT 4, EPOLLERR 8,
    /// EPOLLHUP 16, EPOLLRDHUP 0x2000), as Linux's `tcp_poll` computes it.
    pub fn events(&self) -> u32 {
        let mut ev = 0;
        if self.error != 0 {
            ev |= 8;
        }
        match &self.state {
            State::Listening { queue, .. } => return if queue.is_empty() { 0 } else { 1 },
            State::Connecting => return ev,
            State::Fresh | State::Closed => ev |= 4 | 16,
            State::Connected { .. } => {
                if !self.shut_wr && self.unread < BUFFER {
                    ev |= 4;
                }
                if self.shut_wr && self.eof {
                    ev |= 16;
                }
            }
        }
        if !self.rx.is_empty() || self.eof || self.shut_rd {
            ev |= 1;
        }
        if self.eof {
            ev |= 0x2000;
        }
        if matches!(self.state, State::Closed) && self.connect != Connect::Idle {
            ev |= 1 | 0x2000;
        }
        ev
    }
}

impl Net {
    fn sock(&mut self, id: u32) -> &mut Socket {
        &mut self.sockets[id as usize]
    }

    /// The socket behind `fd` in `pid`: EBADF when there is none.
    pub fn socket_of(&self, pid: u32, fd: u32) -> NetResult<u32> {
        match self.file(pid, fd) {
            Some(File::Socket(s)) => Ok(s),
            Some(File::Epoll(_)) => Err(NetErr::Errno(ENOTSOCK)),
            None => Err(NetErr::Errno(EBADF)),
        }
    }

    fn new_socket(&mut self, host: usize) -> u32 {
        self.sockets.push(Socket::new(host));
        self.sockets.len() as u32 - 1
    }

    /// `socket()`: a new socket on the process's host; its descriptor.
    pub fn sock_open(&mut self, pid: u32) -> u32 {
        let host = self.home(pid);
        let id = self.new_socket(host);
        self.sock(id).refs = 1;
        self.add_fd(pid, File::Socket(id))
    }

    /// `dup()`: another descriptor for the same file.
    pub fn fd_dup(&mut self, pid: u32, fd: u32) -> NetResult<u32> {
        let file = self.file(pid, fd).ok_or(NetErr::Errno(EBADF))?;
        self.file_ref(file);
        Ok(self.add_fd(pid, file))
    }

    /// One more descriptor refers to `file`.
    pub fn file_ref(&mut self, file: File) {
        match file {
            File::Socket(s) => self.sock(s).refs += 1,
            File::Epoll(e) => self.epolls[e as usize].refs += 1,
        }
    }

    /// `close(fd)`: the file is released when its last descriptor goes.
    pub fn fd_close(&mut self, pid: u32, fd: u32) -> NetResult<()> {
        let file = self.remove_fd(pid, fd).ok_or(NetErr::Errno(EBADF))?;
        match file {
            File::Socket(s) => {
                self.sock(s).refs -= 1;
                if self.sock(s).refs == 0 {
                    self.release(s);
                }
            }
            File::Epoll(e) => self.epoll_unref(e),
        }
        Ok(())
    }

    /// A process's descriptors are closed (it exited).
    pub fn close_all(&mut self, pid: u32) {
        for fd in self.fds_of(pid) {
            let _ = self.fd_close(pid, fd);
        }
    }

    /// A forked child shares its parent's open files.
    pub fn net_fork(&mut self, parent: u32, child: u32) {
        for file in self.fork(parent, child) {
            self.file_ref(file);
        }
    }

    /// The last descriptor of a socket is gone: a listener resets its queued
    /// connections and refuses waiting clients; a connection sends its end of
    /// stream (a reset when unread data is discarded, as Linux does).
    fn release(&mut self, s: u32) {
        let state = std::mem::replace(&mut self.sock(s).state, State::Closed);
        self.unbind(s);
        self.drop_watchers(s);
        match state {
            State::Listening { queue, pending, .. } => {
                for server in queue {
                    self.release(server);
                }
                for client in pending {
                    self.send_packet(s, client, 0, Packet::Refused { client });
                }
            }
            State::Connected { peer } => {
                let unread = !self.sock(s).rx.is_empty();
                let packet = if unread { Packet::Reset { to: peer } } else { Packet::Fin { to: peer } };
                if !unread && !self.sock(s).eof {
                    self.enter_time_wait(s);
                }
                if unread || !self.sock(s).shut_wr {
                    self.send_packet(s, peer, 0, packet);
                }
                self.sock(s).shut_wr = true;
            }
            State::Fresh | State::Connecting | State::Closed => {}
        }
        self.changed(s);
    }

    /// Closing first keeps the local port busy for TIME_WAIT.
    fn enter_time_wait(&mut self, s: u32) {
        let sock = &self.sockets[s as usize];
        if let Some((_, port)) = sock.local {
            let key = (sock.host, port);
            let until = self.now + TIME_WAIT;
            self.time_wait.insert(key, until);
        }
    }

    fn unbind(&mut self, s: u32) {
        let sock = &self.sockets[s as usize];
        let Some((_, port)) = sock.local else { return };
        let key = (sock.host, port);
        if let Some(users) = self.ports.get_mut(&key) {
            users.retain(|u| *u != s);
            if users.is_empty() {
                self.ports.remove(&key);
            }
        }
    }

    /// Sends a packet from socket `from` to socket `to` over their hosts' route.
    fn send_packet(&mut self, from: u32, to: u32, size: usize, packet: Packet) {
        let (a, b) = (self.sockets[from as usize].host, self.sockets[to as usize].host);
        let mut busy = self.sockets[from as usize].busy_until;
        self.transmit(a, b, size, &mut busy, packet);
        self.sock(from).busy_until = busy;
    }

    /// `bind((ip, port))`: port 0 picks an ephemeral port. EADDRINUSE when
    /// another socket has the port, unless both set SO_REUSEADDR and it is
    /// not listening (Linux's rule); EADDRNOTAVAIL for another host's address.
    pub fn sock_bind(&mut self, s: u32, ip: Ipv4Addr, port: u16) -> NetResult<()> {
        let host = self.sockets[s as usize].host;
        if self.sockets[s as usize].local.is_some() {
            return Err(NetErr::Errno(EINVAL));
        }
        let own = ip.is_unspecified() || ip.is_loopback() || self.hosts[host].ip == ip;
        if !own {
            return Err(NetErr::Errno(EADDRNOTAVAIL));
        }
        let port = if port == 0 { self.ephemeral_port(host) } else { port };
        if self.port_taken(s, host, ip, port) {
            return Err(NetErr::Errno(EADDRINUSE));
        }
        self.sock(s).local = Some((ip, port));
        self.ports.entry((host, port)).or_default().push(s);
        Ok(())
    }

    fn port_taken(&self, s: u32, host: usize, ip: Ipv4Addr, port: u16) -> bool {
        let me = &self.sockets[s as usize];
        let waiting = self.time_wait.get(&(host, port)).is_some_and(|until| *until > self.now);
        if waiting && !me.reuse_addr() {
            return true;
        }
        let users = self.ports.get(&(host, port)).map(|v| v.as_slice()).unwrap_or(&[]);
        users.iter().any(|u| {
            let other = &self.sockets[*u as usize];
            let overlap = other.local.is_some_and(|(oip, _)| oip == ip || oip.is_unspecified() || ip.is_unspecified());
            overlap && !(me.reuse_addr() && other.reuse_addr() && !other.is_listening())
        })
    }

    /// `listen(backlog)`: binds an ephemeral port first if needed.
    pub fn sock_listen(&mut self, s: u32, backlog: i64) -> NetResult<()> {
        match self.sockets[s as usize].state {
            State::Fresh => {}
            State::Listening { .. } => {}
            _ => return Err(NetErr::Errno(EINVAL)),
        }
        if self.sockets[s as usize].local.is_none() {
            self.sock_bind(s, Ipv4Addr::UNSPECIFIED, 0)?;
        }
        let backlog = backlog.clamp(0, 4096) as usize;
        match &mut self.sock(s).state {
            State::Listening { backlog: b, .. } => *b = backlog,
            state => *state = State::Listening { backlog, queue: VecDeque::new(), pending: VecDeque::new() },
        }
        Ok(())
    }

    /// `accept()`: the oldest queued connection, as a new descriptor of
    /// `pid`, with the peer's address; room frees for a waiting client.
    pub fn sock_accept(&mut self, pid: u32, s: u32) -> NetResult<(u32, Addr)> {
        let State::Listening { queue, .. } = &mut self.sock(s).state else {
            return Err(NetErr::Errno(EINVAL));
        };
        let Some(server) = queue.pop_front() else { return Err(NetErr::Block(WaitOn::Socket(s, SockOp::Accept))) };
        self.sock(server).refs = 1;
        let fd = self.add_fd(pid, File::Socket(server));
        let peer = self.sockets[server as usize].peer_addr.unwrap_or((Ipv4Addr::UNSPECIFIED, 0));
        self.admit_pending(s);
        Ok((fd, peer))
    }

    /// Moves a waiting client into the accept queue when there is room.
    fn admit_pending(&mut self, listener: u32) {
        let State::Listening { backlog, queue, pending } = &mut self.sock(listener).state else { return };
        if queue.len() > *backlog {
            return;
        }
        if let Some(client) = pending.pop_front() {
            self.accept_into_queue(listener, client);
        }
    }

    /// `connect((ip, port))`: starts the handshake, or reports on the one
    /// under way (Linux's `__inet_stream_connect`: 0 once connected, then
    /// EISCONN; the error once it failed). A non-blocking socket's first
    /// call says EINPROGRESS even on loopback, as Linux does.
    pub fn sock_connect(&mut self, s: u32, ip: Ipv4Addr, port: u16, nonblocking: bool) -> NetResult<()> {
        // As on Linux, 0.0.0.0 as a destination is this host: a server bound
        // to ('', port) reports that address, and its clients connect to it.
        let ip = if ip.is_unspecified() { Ipv4Addr::LOCALHOST } else { ip };
        let sock = &self.sockets[s as usize];
        match (sock.connect, &sock.state) {
            (Connect::Done, _) => return Err(NetErr::Errno(EISCONN)),
            (Connect::InProgress, State::Connected { .. }) => {
                self.sock(s).connect = Connect::Done;
                return Ok(());
            }
            (Connect::InProgress, State::Connecting) if nonblocking => return Err(NetErr::Errno(EALREADY)),
            (Connect::InProgress, State::Connecting) => return Err(NetErr::Block(WaitOn::Socket(s, SockOp::Connect))),
            (Connect::InProgress, _) => {
                self.sock(s).connect = Connect::Idle;
                let e = std::mem::take(&mut self.sock(s).error);
                return Err(NetErr::Errno(if e == 0 { ECONNREFUSED } else { e }));
            }
            (Connect::Idle, State::Fresh) => {}
            (Connect::Idle, _) => return Err(NetErr::Errno(EISCONN)),
        }
        let host = sock.host;
        let web = self.web.serves(ip);
        let dest = if web { None } else { Some(self.host_of(host, ip).ok_or(NetErr::Errno(EHOSTUNREACH))?) };
        if self.sockets[s as usize].local.is_none() {
            let local_ip = if ip.is_loopback() { Ipv4Addr::LOCALHOST } else { self.hosts[host].ip };
            let port = self.ephemeral_port(host);
            self.sock(s).local = Some((local_ip, port));
            self.ports.entry((host, port)).or_default().push(s);
        }
        self.sock(s).peer_addr = Some((ip, port));
        self.sock(s).state = State::Connecting;
        self.sock(s).connect = Connect::InProgress;
        match dest {
            None => self.web_connect(s, (ip, port)),
            Some(dest) => match self.listener(dest, ip, port) {
                Some(l) => self.send_packet(s, l, 0, Packet::Syn { listener: l, client: s }),
                None => {
                    let mut busy = 0;
                    let rtt = self.arrival(self.now, host, dest, 0, &mut busy) - self.now;
                    if rtt == 0 {
                        self.refused(s);
                    } else {
                        self.post(self.now + 2 * rtt, Packet::Refused { client: s });
                    }
                }
            },
        }
        if nonblocking {
            return Err(NetErr::Errno(EINPROGRESS));
        }
        self.sock_connect(s, ip, port, false)
    }

    /// The listening socket on `host` for `ip:port`.
    fn listener(&self, host: usize, ip: Ipv4Addr, port: u16) -> Option<u32> {
        let users = self.ports.get(&(host, port))?;
        users.iter().copied().find(|u| {
            let sock = &self.sockets[*u as usize];
            sock.is_listening() && sock.local.is_some_and(|(lip, _)| lip == ip || lip.is_unspecified() || ip.is_loopback() && lip.is_loopback())
        })
    }

    /// A connection request reaches a listener: queued if there is room,
    /// else held until `accept` makes room (clients wait in `connect`).
    pub(super) fn syn_arrives(&mut self, listener: u32, client: u32) {
        let State::Listening { backlog, queue, pending } = &mut self.sock(listener).state else {
            self.send_packet(listener, client, 0, Packet::Refused { client });
            return;
        };
        if queue.len() > *backlog {
            pending.push_back(client);
            return;
        }
        self.accept_into_queue(listener, client);
    }

    /// Creates the listener's side of a connection, queues it for `accept`
    /// and answers the client.
    fn accept_into_queue(&mut self, listener: u32, client: u32) {
        let (host, local) = {
            let l = &self.sockets[listener as usize];
            let dest_ip = self.sockets[client as usize].peer_addr.map(|a| a.0).unwrap_or(Ipv4Addr::LOCALHOST);
            let (lip, port) = l.local.unwrap_or((Ipv4Addr::UNSPECIFIED, 0));
            (l.host, (if lip.is_unspecified() { dest_ip } else { lip }, port))
        };
        let server = self.new_socket(host);
        let peer_addr = self.sockets[client as usize].local;
        let srv = self.sock(server);
        srv.local = Some(local);
        srv.peer_addr = peer_addr;
        srv.state = State::Connected { peer: client };
        srv.connect = Connect::Done;
        if let State::Listening { queue, .. } = &mut self.sock(listener).state {
            queue.push_back(server);
        }
        self.changed(listener);
        self.send_packet(server, client, 0, Packet::SynAck { client, server });
    }

    /// The handshake completes on the client's side.
    pub(super) fn established(&mut self, client: u32, server: u32) {
        if !matches!(self.sockets[client as usize].state, State::Connecting) {
            self.send_packet(client, server, 0, Packet::Reset { to: server });
            return;
        }
        self.sock(client).state = State::Connected { peer: server };
        self.changed(client);
    }

    /// Nobody listens: the client's connect fails with ECONNREFUSED.
    pub(super) fn refused(&mut self, client: u32) {
        if !matches!(self.sockets[client as usize].state, State::Connecting) {
            return;
        }
        let c = self.sock(client);
        c.state = State::Closed;
        c.error = ECONNREFUSED;
        self.changed(client);
    }

    /// Connects `s` to a fresh endpoint served by the kernel (the web's
    /// servers) at `local`; returns the endpoint.
    pub fn connect_to_endpoint(&mut self, s: u32, local: Addr) -> u32 {
        let server = self.new_socket(self.sockets[s as usize].host);
        let peer_addr = self.sockets[s as usize].local;
        let srv = self.sock(server);
        srv.local = Some(local);
        srv.peer_addr = peer_addr;
        srv.state = State::Connected { peer: s };
        srv.connect = Connect::Done;
        srv.web = true;
        srv.refs = 1;
        self.sock(s).state = State::Connected { peer: server };
        self.changed(s);
        server
    }

    /// `send(data)`: how many bytes were queued (fewer when the peer's
    /// buffer is nearly full); EPIPE once the connection is shut or reset.
    pub fn sock_send(&mut self, s: u32, data: &[u8]) -> NetResult<usize> {
        self.take_error(s)?;
        let sock = &self.sockets[s as usize];
        // Linux's tcp_sendmsg: a connecting socket waits, any other
        // unconnected one fails with EPIPE.
        let peer = match sock.state {
            State::Connected { peer } if !sock.shut_wr => peer,
            State::Connecting => return Err(NetErr::Block(WaitOn::Socket(s, SockOp::Send))),
            _ => return Err(NetErr::Errno(EPIPE)),
        };
        let room = BUFFER.saturating_sub(sock.unread);
        if room == 0 {
            return Err(NetErr::Block(WaitOn::Socket(s, SockOp::Send)));
        }
        if data.is_empty() {
            return Ok(0);
        }
        let n = room.min(data.len());
        self.sock(s).unread += n;
        self.send_packet(s, peer, n, Packet::Data { from: s, to: peer, bytes: data[..n].to_vec() });
        Ok(n)
    }

    /// `recv(n)`: up to `n` bytes; empty at end of stream.
    pub fn sock_recv(&mut self, s: u32, n: usize) -> NetResult<Vec<u8>> {
        let sock = &self.sockets[s as usize];
        if !sock.rx.is_empty() && n > 0 {
            let k = n.min(sock.rx.len());
            let bytes: Vec<u8> = self.sock(s).rx.drain(..k).collect();
            self.read_by_peer(s, k);
            return Ok(bytes);
        }
        self.take_error(s)?;
        let sock = &self.sockets[s as usize];
        if sock.eof || sock.shut_rd || n == 0 {
            return Ok(Vec::new());
        }
        match sock.state {
            State::Connected { .. } => Err(NetErr::Block(WaitOn::Socket(s, SockOp::Recv))),
            State::Closed if sock.connect != Connect::Idle => Ok(Vec::new()),
            _ => Err(NetErr::Errno(ENOTCONN)),
        }
    }

    /// The peer's bytes were read: it may send again.
    fn read_by_peer(&mut self, s: u32, k: usize) {
        if let State::Connected { peer } = self.sockets[s as usize].state {
            let p = self.sock(peer);
            p.unread = p.unread.saturating_sub(k);
            self.changed(peer);
        }
    }

    fn take_error(&mut self, s: u32) -> NetResult<()> {
        match std::mem::take(&mut self.sock(s).error) {
            0 => Ok(()),
            e => Err(NetErr::Errno(e)),
        }
    }

    /// `shutdown(how)`: 0 stops reading, 1 sends the end of stream, 2 both.
    pub fn sock_shutdown(&mut self, s: u32, how: i64) -> NetResult<()> {
        if !(0..=2).contains(&how) {
            return Err(NetErr::Errno(EINVAL));
        }
        let State::Connected { peer } = self.sockets[s as usize].state else {
            return Err(NetErr::Errno(ENOTCONN));
        };
        if how != 1 {
            self.sock(s).shut_rd = true;
        }
        if how != 0 && !self.sockets[s as usize].shut_wr {
            self.sock(s).shut_wr = true;
            self.send_packet(s, peer, 0, Packet::Fin { to: peer });
        }
        self.changed(s);
        Ok(())
    }

    /// Bytes arrive: a closed socket answers with a reset.
    pub(super) fn data_arrives(&mut self, from: u32, to: u32, bytes: Vec<u8>) {
        if matches!(self.sockets[to as usize].state, State::Closed) {
            self.send_packet(to, from, 0, Packet::Reset { to: from });
            return;
        }
        self.sock(to).rx.extend(bytes);
        if self.sockets[to as usize].web {
            self.web_request(to);
        }
        self.changed(to);
    }

    /// The peer's end of stream arrives.
    pub(super) fn fin_arrives(&mut self, to: u32) {
        self.sock(to).eof = true;
        self.changed(to);
    }

    /// The peer reset the connection: ECONNRESET next, or EPIPE when it had
    /// already ended its stream (Linux's `tcp_reset` in CLOSE_WAIT).
    pub(super) fn reset_arrives(&mut self, to: u32) {
        let sock = self.sock(to);
        if matches!(sock.state, State::Closed) {
            return;
        }
        sock.error = if sock.eof { EPIPE } else { ECONNRESET };
        sock.state = State::Closed;
        sock.eof = true;
        sock.shut_wr = true;
        self.changed(to);
    }

    /// `setsockopt(level, name, value)`.
    pub fn sock_setopt(&mut self, s: u32, level: i64, name: i64, value: i64) {
        self.sock(s).options.insert((level, name), value);
    }

    /// `getsockopt(level, name)`: SO_ERROR reports and clears the pending error.
    pub fn sock_getopt(&mut self, s: u32, level: i64, name: i64) -> i64 {
        if (level, name) == (SOL_SOCKET, SO_ERROR) {
            return i64::from(std::mem::take(&mut self.sock(s).error));
        }
        self.sockets[s as usize].options.get(&(level, name)).copied().unwrap_or(0)
    }

    /// The socket's state changed: its waiters try again and the epolls
    /// watching it see its new readiness.
    pub fn changed(&mut self, s: u32) {
        let waiters = std::mem::take(&mut self.sock(s).waiters);
        self.woken.extend(waiters);
        if !self.sockets[s as usize].watchers.is_empty() {
            self.epoll_notify(s);
        }
    }

    /// Parks `who` on socket `s`: it hears of the socket's next change.
    /// No-op for a socket this network lacks (on the parallel machine each
    /// process's kernel has an empty network: sockets live in the world).
    pub fn park_on_socket(&mut self, who: Who, s: u32) {
        if let Some(sock) = self.sockets.get_mut(s as usize) {
            sock.waiters.push(who);
        }
    }

    /// Takes `who` off socket `s`.
    pub fn unpark_from_socket(&mut self, who: Who, s: u32) {
        if let Some(sock) = self.sockets.get_mut(s as usize) {
            sock.waiters.retain(|w| *w != who);
        }
    }

    /// "recv on 127.0.0.1:8080", for the trace and deadlock reports.
    pub fn describe_socket_wait(&self, s: u32, op: SockOp) -> String {
        let Some(sock) = self.sockets.get(s as usize) else { return format!("socket #{s}") };
        let local = sock.local.map(show).unwrap_or_else(|| "an unbound socket".into());
        match op {
            SockOp::Accept => format!("accept on {local}"),
            SockOp::Connect => format!("connect to {}", sock.peer_addr.map(show).unwrap_or_default()),
            SockOp::Recv => format!("recv on {local}"),
            SockOp::Send => format!("send on {local}"),
        }
    }
}
