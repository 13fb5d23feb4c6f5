//! epoll: an interest list and a ready list kept as sockets change, so a
//! poll costs what is ready, not what is registered (Linux's
//! `fs/eventpoll.c`). Level-triggered entries that stay ready go to the
//! back of the ready list after being reported; EPOLLET and EPOLLONESHOT
//! entries are reported once per change.

use super::net::{File, Net};
use super::world::Who;
use crate::vm::{NetErr, NetResult};
use super::socket::errno::{EEXIST, ENOENT};
use std::collections::{BTreeMap, BTreeSet, VecDeque};

/// Edge-triggered.
pub const EPOLLET: u32 = 1 << 31;
/// Report once, then disable until `modify`.
pub const EPOLLONESHOT: u32 = 1 << 30;
/// Always reported, whether asked for or not: EPOLLERR | EPOLLHUP.
const ALWAYS: u32 = 8 | 16;

/// A registration: which socket and which events.
#[derive(Clone, Copy, Debug)]
struct Interest {
    sock: u32,
    mask: u32,
}

/// An epoll instance.
#[derive(Default)]
pub struct Epoll {
    /// The descriptors referring to it.
    pub refs: u32,
    /// The registrations, by file descriptor.
    interest: BTreeMap<u32, Interest>,
    /// Descriptors that may be ready, oldest first; an entry whose fd is
    /// not in `queued` any more is stale and skipped.
    ready: VecDeque<u32>,
    /// The descriptors on the ready list.
    queued: BTreeSet<u32>,
    /// Threads parked in `poll`.
    pub waiters: Vec<Who>,
}

/// `epoll_ctl`'s operations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ctl {
    /// EPOLL_CTL_ADD.
    Add,
    /// EPOLL_CTL_MOD.
    Modify,
    /// EPOLL_CTL_DEL.
    Delete,
}

impl Net {
    /// `epoll_create()`: a new instance; its descriptor in `pid`.
    pub fn epoll_open(&mut self, pid: u32) -> u32 {
        self.epolls.push(Epoll { refs: 1, ..Default::default() });
        let id = self.epolls.len() as u32 - 1;
        self.add_fd(pid, File::Epoll(id))
    }

    /// The epoll behind `fd` in `pid`.
    pub fn epoll_of(&self, pid: u32, fd: u32) -> NetResult<u32> {
        match self.file(pid, fd) {
            Some(File::Epoll(e)) => Ok(e),
            Some(File::Socket(_)) => Err(NetErr::Errno(super::socket::errno::EINVAL)),
            None => Err(NetErr::Errno(super::socket::errno::EBADF)),
        }
    }

    /// `epoll_ctl(ep, op, fd, mask)` for a socket descriptor of `pid`.
    pub fn epoll_ctl(&mut self, pid: u32, ep: u32, op: Ctl, fd: u32, mask: u32) -> NetResult<()> {
        let sock = self.socket_of(pid, fd)?;
        let e = &mut self.epolls[ep as usize];
        match (op, e.interest.contains_key(&fd)) {
            (Ctl::Add, true) => return Err(NetErr::Errno(EEXIST)),
            (Ctl::Modify | Ctl::Delete, false) => return Err(NetErr::Errno(ENOENT)),
            (Ctl::Delete, true) => {
                e.interest.remove(&fd);
                e.queued.remove(&fd);
                self.sockets[sock as usize].watchers.retain(|w| *w != (ep, fd));
                return Ok(());
            }
            (Ctl::Add, false) => self.sockets[sock as usize].watchers.push((ep, fd)),
            (Ctl::Modify, true) => {}
        }
        self.epolls[ep as usize].interest.insert(fd, Interest { sock, mask });
        self.epoll_check(ep, fd);
        Ok(())
    }

    /// Puts `fd` on `ep`'s ready list if its socket has an event it asked
    /// for, and wakes the pollers.
    fn epoll_check(&mut self, ep: u32, fd: u32) {
        let Some(i) = self.epolls[ep as usize].interest.get(&fd).copied() else { return };
        if self.sockets[i.sock as usize].events() & (i.mask | ALWAYS) & !(EPOLLET | EPOLLONESHOT) == 0 {
            return;
        }
        let e = &mut self.epolls[ep as usize];
        if e.queued.insert(fd) {
            e.ready.push_back(fd);
        }
        let waiters = std::mem::take(&mut e.waiters);
        self.woken.extend(waiters);
    }

    /// A watched socket changed.
    pub(super) fn epoll_notify(&mut self, sock: u32) {
        let watchers = self.sockets[sock as usize].watchers.clone();
        for (ep, fd) in watchers {
            self.epoll_check(ep, fd);
        }
    }

    /// `epoll_wait`: up to `max` (fd, events) pairs, in the order they
    /// became ready; empty when nothing is.
    pub fn epoll_wait(&mut self, ep: u32, max: usize) -> Vec<(u32, u32)> {
        let mut out = Vec::new();
        let mut again = Vec::new();
        while out.len() < max {
            let e = &mut self.epolls[ep as usize];
            let Some(fd) = e.ready.pop_front() else { break };
            if !e.queued.remove(&fd) {
                continue;
            }
            let Some(i) = self.epolls[ep as usize].interest.get(&fd).copied() else { continue };
            let ev = self.sockets[i.sock as usize].events() & (i.mask | ALWAYS) & !(EPOLLET | EPOLLONESHOT);
            if ev == 0 {
                continue;
            }
            out.push((fd, ev));
            if i.mask & EPOLLONESHOT != 0 {
                if let Some(i) = self.epolls[ep as usize].interest.get_mut(&fd) {
                    i.mask = 0;
                }
            } else if i.mask & EPOLLET == 0 {
                again.push(fd);
            }
        }
        let e = &mut self.epolls[ep as usize];
        for fd in again {
            if e.queued.insert(fd) {
                e.ready.push_back(fd);
            }
        }
        out
    }

    /// One descriptor of an epoll closed; the last one frees its registrations.
    pub(super) fn epoll_unref(&mut self, ep: u32) {
        let e = &mut self.epolls[ep as usize];
        e.refs -= 1;
        if e.refs > 0 {
            return;
        }
        let interest = std::mem::take(&mut e.interest);
        e.ready.clear();
        e.queued.clear();
        for (fd, i) in interest {
            self.sockets[i.sock as usize].watchers.retain(|w| *w != (ep, fd));
        }
    }

    /// A socket is gone: no epoll watches it any more.
    pub(super) fn drop_watchers(&mut self, sock: u32) {
        let watchers = std::mem::take(&mut self.sockets[sock as usize].watchers);
        for (ep, fd) in watchers {
            let e = &mut self.epolls[ep as usize];
            e.interest.remove(&fd);
            e.queued.remove(&fd);
        }
    }

    /// Parks `who` in a poll of `ep` (no-op for an epoll this network lacks).
    pub fn park_on_epoll(&mut self, who: Who, ep: u32) {
        if let Some(e) = self.epolls.get_mut(ep as usize) {
            e.waiters.push(who);
        }
    }

    /// Takes `who` off `ep`'s pollers.
    pub fn unpark_from_epoll(&mut self, who: Who, ep: u32) {
        if let Some(e) = self.epolls.get_mut(ep as usize) {
            e.waiters.retain(|w| *w != who);
        }
    }

    /// "poll on 2 sockets", for the trace.
    pub fn describe_poll(&self, ep: u32) -> String {
        let n = self.epolls.get(ep as usize).map_or(0, |e| e.interest.len());
        let s = if n == 1 { "" } else { "s" };
        format!("poll on {n} socket{s}")
    }
}
