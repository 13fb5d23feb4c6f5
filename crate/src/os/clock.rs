//! The parallel machine's clock: wall-clock time since the run started,
//! scaled so that the course's long sleeps can run faster. At scale 0.1 a
//! `time.sleep(50)` takes 5 real seconds, and every time the program sees
//! (`time.time()`, timeouts, the trace) runs ten times as fast as the wall.
//!
//! The host's monotonic clock is `Instant` natively; in the browser
//! `Instant::now` panics (TOOLCHAIN.md), so it is `performance.now()`,
//! which Workers have too.

use crate::trace::Nanos;
use std::time::Duration;

/// Nanoseconds of the host's monotonic clock since some fixed moment.
#[cfg(not(target_arch = "wasm32"))]
pub fn monotonic() -> Nanos {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    START.get_or_init(std::time::Instant::now).elapsed().as_nanos() as Nanos
}

/// Nanoseconds of the host's monotonic clock since some fixed moment.
///
/// Each Worker's `performance.now()` counts from that Worker's own start
/// (its `timeOrigin`), and a run is started on one Worker and timed on the
/// pool's others: only `timeOrigin + now()` is one clock for all of them.
#[cfg(target_arch = "wasm32")]
pub fn monotonic() -> Nanos {
    #[wasm_bindgen::prelude::wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(js_namespace = performance, js_name = now)]
        fn performance_now() -> f64;
        #[wasm_bindgen(thread_local_v2, js_namespace = performance, js_name = timeOrigin)]
        static TIME_ORIGIN: f64;
    }
    let origin = TIME_ORIGIN.with(|origin| *origin);
    ((origin + performance_now()) * 1e6) as Nanos
}

/// Seconds since the Unix epoch, for `time.time()`.
pub fn unix_time() -> f64 {
    #[cfg(target_arch = "wasm32")]
    return js_sys::Date::now() / 1e3;
    #[cfg(not(target_arch = "wasm32"))]
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0.0, |d| d.as_secs_f64())
}

/// Scaled wall-clock time since a run started.
#[derive(Clone, Copy, Debug)]
pub struct WallClock {
    start: Nanos,
    scale: f64,
}

impl WallClock {
    /// A clock starting now; `scale` real seconds make one second of the
    /// program's time (1.0: real time; clamped to a positive value).
    pub fn start(scale: f64) -> WallClock {
        let scale = if scale.is_finite() && scale > 0.0 { scale } else { 1.0 };
        WallClock { start: monotonic(), scale }
    }

    /// The program's time: scaled nanoseconds since the start.
    pub fn now(&self) -> Nanos {
        (self.wall() as f64 / self.scale) as Nanos
    }

    /// Real nanoseconds since the start, unscaled.
    pub fn wall(&self) -> Nanos {
        monotonic().saturating_sub(self.start)
    }

    /// How long to wait, in real time, until the program's time reaches `at`.
    pub fn until(&self, at: Nanos) -> Duration {
        let now = self.now();
        Duration::from_nanos((at.saturating_sub(now) as f64 * self.scale) as u64)
    }
}
