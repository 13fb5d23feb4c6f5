//! The network as the VM's native modules see it: `vm::NetSys` for the
//! running process, whose file descriptors name its sockets and epolls.
//! Written once over `NetHost`, which says where the run's network lives:
//! in the kernel (the deterministic machine) or in the world that the
//! parallel machine's workers share.

use super::epoll::Ctl;
use super::socket::errno::{EBADF, EINVAL, ENOTCONN};
use super::socket::State;
use super::{KernelSys, Net};
use crate::vm::{NetErr, NetResult, NetSys, SockAddr, WaitOn};
use std::net::Ipv4Addr;

/// Where a process's network calls go.
pub trait NetHost {
    /// The calling process.
    fn net_pid(&self) -> u32;
    /// Runs `f` on the run's network at the current time; the threads it
    /// woke are woken. A call that would block leaves the caller able to
    /// hear of the change it waits for (see `ParallelSys`'s implementation).
    fn net_call<R>(&mut self, f: impl FnOnce(&mut Net) -> NetResult<R>) -> NetResult<R>;
    /// Reads the run's network.
    fn net_read<R>(&mut self, f: impl FnOnce(&Net) -> R) -> R;
}

impl NetHost for KernelSys<'_> {
    fn net_pid(&self) -> u32 {
        self.pid
    }
    // The deterministic kernel registers a blocked thread when it parks:
    // nothing can change the network between the try and the parking.
    fn net_call<R>(&mut self, f: impl FnOnce(&mut Net) -> NetResult<R>) -> NetResult<R> {
        self.kernel.net_call(f)
    }
    fn net_read<R>(&mut self, f: impl FnOnce(&Net) -> R) -> R {
        f(&self.kernel.net)
    }
}

impl<H: NetHost> NetSys for H {
    fn socket(&mut self) -> u32 {
        let pid = self.net_pid();
        self.net_call(|net| Ok(net.sock_open(pid))).unwrap_or_default()
    }
    fn close(&mut self, fd: u32) -> NetResult<()> {
        let pid = self.net_pid();
        self.net_call(|net| net.fd_close(pid, fd))
    }
    fn dup(&mut self, fd: u32) -> NetResult<u32> {
        let pid = self.net_pid();
        self.net_call(|net| net.fd_dup(pid, fd))
    }
    fn bind(&mut self, fd: u32, addr: SockAddr) -> NetResult<()> {
        let pid = self.net_pid();
        self.net_call(|net| net.sock_bind(net.socket_of(pid, fd)?, addr.0, addr.1))
    }
    fn listen(&mut self, fd: u32, backlog: i64) -> NetResult<()> {
        let pid = self.net_pid();
        self.net_call(|net| net.sock_listen(net.socket_of(pid, fd)?, backlog))
    }
    fn accept(&mut self, fd: u32) -> NetResult<(u32, SockAddr)> {
        let pid = self.net_pid();
        self.net_call(|net| net.sock_accept(pid, net.socket_of(pid, fd)?))
    }
    fn connect(&mut self, fd: u32, addr: SockAddr, nonblocking: bool) -> NetResult<()> {
        let pid = self.net_pid();
        self.net_call(|net| net.sock_connect(net.socket_of(pid, fd)?, addr.0, addr.1, nonblocking))
    }
    fn send(&mut self, fd: u32, data: &[u8]) -> NetResult<usize> {
        let pid = self.net_pid();
        self.net_call(|net| net.sock_send(net.socket_of(pid, fd)?, data))
    }
    fn recv(&mut self, fd: u32, n: usize) -> NetResult<Vec<u8>> {
        let pid = self.net_pid();
        self.net_call(|net| net.sock_recv(net.socket_of(pid, fd)?, n))
    }
    fn shutdown(&mut self, fd: u32, how: i64) -> NetResult<()> {
        let pid = self.net_pid();
        self.net_call(|net| net.sock_shutdown(net.socket_of(pid, fd)?, how))
    }
    fn name(&mut self, fd: u32, peer: bool) -> NetResult<SockAddr> {
        let pid = self.net_pid();
        self.net_call(|net| {
            let sock = &net.sockets[net.socket_of(pid, fd)? as usize];
            let connected = matches!(sock.state, State::Connected { .. });
            match (peer, sock.local, sock.peer_addr) {
                (false, local, _) => Ok(local.unwrap_or((Ipv4Addr::UNSPECIFIED, 0))),
                (true, _, Some(addr)) if connected => Ok(addr),
                (true, _, _) => Err(NetErr::Errno(ENOTCONN)),
            }
        })
    }
    fn setsockopt(&mut self, fd: u32, level: i64, name: i64, value: i64) -> NetResult<()> {
        let pid = self.net_pid();
        self.net_call(|net| {
            net.sock_setopt(net.socket_of(pid, fd)?, level, name, value);
            Ok(())
        })
    }
    fn getsockopt(&mut self, fd: u32, level: i64, name: i64) -> NetResult<i64> {
        let pid = self.net_pid();
        self.net_call(|net| Ok(net.sock_getopt(net.socket_of(pid, fd)?, level, name)))
    }
    fn hostname(&mut self) -> String {
        let pid = self.net_pid();
        self.net_read(|net| net.hosts[net.home(pid)].name.clone())
    }
    fn resolve(&mut self, name: &str) -> Option<Ipv4Addr> {
        self.net_read(|net| net.resolve(name))
    }
    fn epoll(&mut self) -> u32 {
        let pid = self.net_pid();
        self.net_call(|net| Ok(net.epoll_open(pid))).unwrap_or_default()
    }
    fn epoll_ctl(&mut self, epfd: u32, op: i64, fd: u32, mask: u32) -> NetResult<()> {
        let pid = self.net_pid();
        let op = match op {
            1 => Ctl::Add,
            2 => Ctl::Delete,
            3 => Ctl::Modify,
            _ => return Err(NetErr::Errno(EINVAL)),
        };
        self.net_call(|net| net.epoll_ctl(pid, net.epoll_of(pid, epfd)?, op, fd, mask))
    }
    fn epoll_wait(&mut self, epfd: u32, max: usize) -> NetResult<Vec<(u32, u32)>> {
        let pid = self.net_pid();
        self.net_call(|net| {
            let ep = net.epoll_of(pid, epfd).map_err(|_| NetErr::Errno(EBADF))?;
            let ready = net.epoll_wait(ep, max);
            if ready.is_empty() {
                return Err(NetErr::Block(WaitOn::Poll(ep)));
            }
            Ok(ready)
        })
    }
}
