//! The parallel machine's deadlock detector. Workers say when they go idle
//! and what their blocked threads wait for; when every worker has been idle,
//! with no timer pending and no mail in between, for a quiet period, no
//! thread can ever run again: the report names the wait-for cycle (or,
//! without one, every blocked thread).

use super::Waiter;
use crate::os::{Parked, Who, World};
use std::collections::HashMap;
use crate::os::monotonic;
use std::time::Duration;

/// What the watchdog saw last: the workers' mail generations while all idle.
#[derive(Default)]
pub(super) struct Watchdog {
    /// Since when (the host's monotonic clock) the mail generations were these.
    quiet_since: Option<(u64, Vec<u64>)>,
}

impl Watchdog {
    /// The deadlocked threads, once the run has been still for `quiet`.
    pub(super) fn check(&mut self, world: &World, quiet: Duration) -> Option<Vec<Waiter>> {
        let mut generations = Vec::new();
        let mut parked = Vec::new();
        for m in world.mailboxes() {
            let inbox = m.inbox();
            if !inbox.idle || inbox.timer || !inbox.mail.is_empty() {
                self.quiet_since = None;
                return None;
            }
            generations.push(inbox.generation);
            parked.extend(inbox.parked.iter().cloned());
        }
        match &self.quiet_since {
            Some((since, seen)) if *seen == generations => {
                if monotonic().saturating_sub(*since) < quiet.as_nanos() as u64 || parked.is_empty() {
                    return None;
                }
                Some(waiters(&parked))
            }
            _ => {
                self.quiet_since = Some((monotonic(), generations));
                None
            }
        }
    }
}

/// The cycle in the wait-for graph, or every parked thread if there is none.
fn waiters(parked: &[Parked]) -> Vec<Waiter> {
    let by_who: HashMap<Who, &Parked> = parked.iter().map(|p| (p.who, p)).collect();
    let cycle = parked.iter().find_map(|start| {
        let mut path = vec![start.who];
        let mut cur = start;
        while let Some(next) = cur.holder.and_then(|h| by_who.get(&h)) {
            if let Some(pos) = path.iter().position(|w| *w == next.who) {
                return Some(path[pos..].to_vec());
            }
            path.push(next.who);
            cur = next;
        }
        None
    });
    let chosen: Vec<&Parked> = match cycle {
        Some(c) => c.iter().filter_map(|w| by_who.get(w).copied()).collect(),
        None => parked.iter().collect(),
    };
    chosen
        .into_iter()
        .map(|p| Waiter { pid: p.who.0, tid: p.who.1, name: p.name.clone(), waits_for: p.waits_for.clone() })
        .collect()
}
