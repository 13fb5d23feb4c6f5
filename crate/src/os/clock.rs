//! The parallel machine's clock: wall-clock time since the run started,
//! scaled so that the course's long sleeps can run faster. At scale 0.1 a
//! `time.sleep(50)` takes 5 real seconds, and every time the program sees
//! (`time.time()`, timeouts, the trace) runs ten times as fast as the wall.

use crate::trace::Nanos;
use std::time::{Duration, Instant};

/// Scaled wall-clock time since a run started.
#[derive(Clone, Copy, Debug)]
pub struct WallClock {
    start: Instant,
    scale: f64,
}

impl WallClock {
    /// A clock starting now; `scale` real seconds make one second of the
    /// program's time (1.0: real time; clamped to a positive value).
    pub fn start(scale: f64) -> WallClock {
        let scale = if scale.is_finite() && scale > 0.0 { scale } else { 1.0 };
        WallClock { start: Instant::now(), scale }
    }

    /// The program's time: scaled nanoseconds since the start.
    pub fn now(&self) -> Nanos {
        (self.start.elapsed().as_nanos() as f64 / self.scale) as Nanos
    }

    /// Real nanoseconds since the start, unscaled.
    pub fn wall(&self) -> Nanos {
        self.start.elapsed().as_nanos() as Nanos
    }

    /// How long to wait, in real time, until the program's time reaches `at`.
    pub fn until(&self, at: Nanos) -> Duration {
        let now = self.now();
        Duration::from_nanos((at.saturating_sub(now) as f64 * self.scale) as u64)
    }
}
