//! When a protected profile locks by itself: a pure decision over times in
//! milliseconds, so the rules are tested natively and the app only reads
//! the clock and acts.

/// Warning shown this long before an idle lock.
pub const WARN_MS: f64 = 60_000.0;
/// A profile hidden this long locks, whatever the idle setting.
pub const HIDDEN_MS: f64 = 5.0 * 60_000.0;

/// What the auto-lock should do now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdleAction {
    Nothing,
    /// Show the warning with this many seconds left.
    Warn(u32),
    LockIdle,
    LockHidden,
}

/// The action at `now` for the last activity, the moment the app was
/// hidden (if it is), and the idle limit in minutes.
pub fn idle_action(
    now: f64,
    last_activity: f64,
    hidden_since: Option<f64>,
    limit_minutes: u32,
) -> IdleAction {
    if hidden_since.is_some_and(|since| now - since >= HIDDEN_MS) {
        return IdleAction::LockHidden;
    }
    let limit = f64::from(limit_minutes) * 60_000.0;
    let idle = now - last_activity;
    if idle >= limit {
        IdleAction::LockIdle
    } else if idle >= limit - WARN_MS {
        IdleAction::Warn(((limit - idle) / 1000.0).ceil() as u32)
    } else {
        IdleAction::Nothing
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIN: f64 = 60_000.0;

    #[test]
    fn warns_a_minute_before_then_locks() {
        assert_eq!(idle_action(8.0 * MIN, 0.0, None, 10), IdleAction::Nothing);
        assert_eq!(idle_action(9.0 * MIN, 0.0, None, 10), IdleAction::Warn(60));
        assert_eq!(
            idle_action(9.5 * MIN + 500.0, 0.0, None, 10),
            IdleAction::Warn(30)
        );
        assert_eq!(idle_action(10.0 * MIN, 0.0, None, 10), IdleAction::LockIdle);
        assert_eq!(idle_action(4.0 * MIN, 0.0, None, 5), IdleAction::Warn(60));
    }

    #[test]
    fn hidden_for_five_minutes_locks_even_when_recently_active() {
        let now = 20.0 * MIN;
        assert_eq!(
            idle_action(now, now - 1.0, Some(now - 4.9 * MIN), 30),
            IdleAction::Nothing
        );
        assert_eq!(
            idle_action(now, now - 1.0, Some(now - 5.0 * MIN), 30),
            IdleAction::LockHidden
        );
    }
}
