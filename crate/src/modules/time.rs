//! `_time`, the clock half of `time` (time.py adds the calendar): `sleep`
//! parks the thread until a deadline; `time()` is the run's start epoch plus the clock.

use super::seconds;
use crate::lang::error::ExcKind;
use crate::lang::value::{Args, Flow, NativeFn, NativeResult, Value};
use crate::vm::{Interp, Wait, WaitOn};

fn now_seconds(interp: &mut Interp<'_>) -> f64 {
    interp.sys().now() as f64 / 1e9
}

fn time(interp: &mut Interp<'_>, _: Args) -> NativeResult {
    let t = interp.sys().epoch() + now_seconds(interp);
    Ok(Flow::Return(Value::Float(t)))
}

fn monotonic(interp: &mut Interp<'_>, _: Args) -> NativeResult {
    Ok(Flow::Return(Value::Float(now_seconds(interp))))
}

fn time_ns(interp: &mut Interp<'_>, _: Args) -> NativeResult {
    let t = (interp.sys().epoch() * 1e9) as i64 + interp.sys().now() as i64;
    Ok(Flow::Return(Value::Int(t)))
}

fn sleep(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let Some(v) = args.pos.first() else {
        return Err(interp.error(ExcKind::TypeError, "time.sleep() takes exactly one argument (0 given)"));
    };
    let secs = seconds(interp, v, "an integer")?;
    if secs < 0.0 {
        return Err(interp.error(ExcKind::ValueError, "sleep length must be non-negative"));
    }
    let deadline = interp.sys().now() + (secs * 1e9).round() as u64;
    Ok(Flow::Block(Wait { on: WaitOn::Sleep, deadline: Some(deadline) }))
}

const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// `time.ctime(t)` in UTC: "Tue Aug 22 12:12:07 2023".
pub fn ctime_string(t: f64) -> String {
    let secs = t.floor() as i64;
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (h, m, s) = (rem / 3600, rem % 3600 / 60, rem % 60);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let weekday = (days + 3).rem_euclid(7);
    format!(
        "{} {} {:>2} {:02}:{:02}:{:02} {}",
        DAYS[weekday as usize],
        MONTHS[month as usize - 1],
        d,
        h,
        m,
        s,
        year
    )
}

fn ctime(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let t = match args.pos.first() {
        Some(Value::None) | None => interp.sys().epoch() + now_seconds(interp),
        Some(v) => seconds(interp, v, "a number")?,
    };
    Ok(Flow::Return(Value::str(&ctime_string(t))))
}

/// The functions of `time`.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("time", time),
    ("time_ns", time_ns),
    ("sleep", sleep),
    ("monotonic", monotonic),
    ("perf_counter", monotonic),
    ("process_time", monotonic),
    ("ctime", ctime),
];

#[cfg(test)]
mod tests {
    #[test]
    fn ctime_matches_cpython_in_utc() {
        // python3 -c "import time; print(time.asctime(time.gmtime(1692706327)))"
        assert_eq!(super::ctime_string(1_692_706_327.0), "Tue Aug 22 12:12:07 2023");
        assert_eq!(super::ctime_string(0.0), "Thu Jan  1 00:00:00 1970");
    }
}
