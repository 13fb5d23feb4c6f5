//! The network as the VM's native modules see it: `vm::NetSys` for the
//! running process, whose file descriptors name its sockets and epolls.

use super::epoll::Ctl;
use super::socket::errno::{EBADF, EINVAL};
use super::KernelSys;
use crate::vm::{NetErr, NetResult, NetSys, SockAddr, WaitOn};
use std::net::Ipv4Addr;

impl NetSys for KernelSys<'_> {
    fn socket(&mut self) -> u32 {
        self.kernel.sock_open(self.pid)
    }
    fn close(&mut self, fd: u32) -> NetResult<()> {
        self.kernel.fd_close(self.pid, fd)
    }
    fn dup(&mut self, fd: u32) -> NetResult<u32> {
        self.kernel.fd_dup(self.pid, fd)
    }
    fn bind(&mut self, fd: u32, addr: SockAddr) -> NetResult<()> {
        let s = self.kernel.socket_of(self.pid, fd)?;
        self.kernel.sock_bind(s, addr.0, addr.1)
    }
    fn listen(&mut self, fd: u32, backlog: i64) -> NetResult<()> {
        let s = self.kernel.socket_of(self.pid, fd)?;
        self.kernel.sock_listen(s, backlog)
    }
    fn accept(&mut self, fd: u32) -> NetResult<(u32, SockAddr)> {
        let s = self.kernel.socket_of(self.pid, fd)?;
        self.kernel.sock_accept(self.pid, s)
    }
    fn connect(&mut self, fd: u32, addr: SockAddr, nonblocking: bool) -> NetResult<()> {
        let s = self.kernel.socket_of(self.pid, fd)?;
        self.kernel.sock_connect(s, addr.0, addr.1, nonblocking)
    }
    fn send(&mut self, fd: u32, data: &[u8]) -> NetResult<usize> {
        let s = self.kernel.socket_of(self.pid, fd)?;
        self.kernel.sock_send(s, data)
    }
    fn recv(&mut self, fd: u32, n: usize) -> NetResult<Vec<u8>> {
        let s = self.kernel.socket_of(self.pid, fd)?;
        self.kernel.sock_recv(s, n)
    }
    fn shutdown(&mut self, fd: u32, how: i64) -> NetResult<()> {
        let s = self.kernel.socket_of(self.pid, fd)?;
        self.kernel.sock_shutdown(s, how)
    }
    fn name(&mut self, fd: u32, peer: bool) -> NetResult<SockAddr> {
        let s = self.kernel.socket_of(self.pid, fd)?;
        let sock = &self.kernel.net.sockets[s as usize];
        let connected = matches!(sock.state, super::socket::State::Connected { .. });
        match (peer, sock.local, sock.peer_addr) {
            (false, local, _) => Ok(local.unwrap_or((Ipv4Addr::UNSPECIFIED, 0))),
            (true, _, Some(addr)) if connected => Ok(addr),
            (true, _, _) => Err(NetErr::Errno(super::socket::errno::ENOTCONN)),
        }
    }
    fn setsockopt(&mut self, fd: u32, level: i64, name: i64, value: i64) -> NetResult<()> {
        let s = self.kernel.socket_of(self.pid, fd)?;
        self.kernel.sock_setopt(s, level, name, value);
        Ok(())
    }
    fn getsockopt(&mut self, fd: u32, level: i64, name: i64) -> NetResult<i64> {
        let s = self.kernel.socket_of(self.pid, fd)?;
        Ok(self.kernel.sock_getopt(s, level, name))
    }
    fn hostname(&self) -> String {
        let host = self.kernel.net.home(self.pid);
        self.kernel.net.hosts[host].name.clone()
    }
    fn resolve(&self, name: &str) -> Option<Ipv4Addr> {
        self.kernel.net.resolve(name)
    }
    fn epoll(&mut self) -> u32 {
        self.kernel.epoll_open(self.pid)
    }
    fn epoll_ctl(&mut self, epfd: u32, op: i64, fd: u32, mask: u32) -> NetResult<()> {
        let ep = self.kernel.epoll_of(self.pid, epfd)?;
        let op = match op {
            1 => Ctl::Add,
            2 => Ctl::Delete,
            3 => Ctl::Modify,
            _ => return Err(NetErr::Errno(EINVAL)),
        };
        self.kernel.epoll_ctl(self.pid, ep, op, fd, mask)
    }
    fn epoll_wait(&mut self, epfd: u32, max: usize) -> NetResult<Vec<(u32, u32)>> {
        let ep = self.kernel.epoll_of(self.pid, epfd).map_err(|_| NetErr::Errno(EBADF))?;
        let ready = self.kernel.epoll_wait(ep, max);
        if ready.is_empty() {
            return Err(NetErr::Block(WaitOn::Poll(ep)));
        }
        Ok(ready)
    }
}
