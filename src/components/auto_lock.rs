//! Auto-lock: after the chosen idle time (a warning a minute before, with
//! a focusable "Stay unlocked"), and after five minutes hidden.
//!
//! Time is read from `Date.now()` on a one-second tick rather than from one
//! long timer, so a suspended laptop locks as soon as it wakes.

use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;

use mla_core::vault::{idle_action, IdleAction};

use crate::i18n::*;
use crate::vault::session::{self, use_vault, Gate, LockReason};

const ACTIVITY: [&str; 5] = [
    "pointerdown",
    "pointermove",
    "keydown",
    "wheel",
    "touchstart",
];

fn now() -> f64 {
    js_sys::Date::now()
}

fn hidden() -> bool {
    document().visibility_state() == web_sys::VisibilityState::Hidden
}

/// Mounted once for the app's lifetime; it acts while a protected profile
/// is open, and starts afresh each time one opens.
#[component]
pub fn AutoLock() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_vault();
    let last_activity = StoredValue::new(now());
    let hidden_since = StoredValue::new(None::<f64>);
    // Seconds left, while the warning shows.
    let warning = RwSignal::new(None::<u32>);
    let locking = StoredValue::new(false);
    let armed = Memo::new(move |_| matches!(ctx.gate.get(), Gate::Open(p) if p.protected));
    Effect::new(move |_| {
        if armed.get() {
            last_activity.set_value(now());
            hidden_since.set_value(hidden().then(now));
            locking.set_value(false);
        }
        warning.set(None);
    });

    let handles: Vec<_> = ACTIVITY
        .iter()
        .map(|name| {
            window_event_listener_untyped(name, move |_| {
                // While the warning shows, only its button keeps the profile open.
                if warning.try_get_untracked().flatten().is_none() {
                    last_activity.try_set_value(now());
                }
            })
        })
        .collect();

    // The moment the app is hidden, from the event (the tick of a hidden
    // tab is throttled, so it would start the count late).
    let on_visibility = window_event_listener_untyped("visibilitychange", move |_| {
        hidden_since.try_set_value(hidden().then(now));
    });

    let lock = move |reason: LockReason| {
        if locking.try_get_value() != Some(false) {
            return;
        }
        locking.set_value(true);
        spawn_local(async move {
            // An unsaved edit keeps the profile open (the save error shows).
            if session::lock(ctx, reason).await.is_err() {
                locking.set_value(false);
                last_activity.set_value(now());
                warning.set(None);
            }
        });
    };

    let tick = move || {
        // A tick already queued when the profile locked finds the
        // component gone: nothing left to do.
        let (Some(last), Some(since)) =
            (last_activity.try_get_value(), hidden_since.try_get_value())
        else {
            return;
        };
        if !armed.try_get_untracked().unwrap_or(false) || locking.get_value() {
            return;
        }
        let t = now();
        // The tick keeps the count when the event was missed (a tab that
        // opened hidden).
        let since = if hidden() {
            Some(since.unwrap_or(t))
        } else {
            None
        };
        hidden_since.set_value(since);
        match idle_action(t, last, since, crate::prefs::lock_minutes()) {
            IdleAction::LockHidden => lock(LockReason::Hidden),
            IdleAction::LockIdle => lock(LockReason::Idle),
            IdleAction::Warn(seconds) => warning.set(Some(seconds)),
            IdleAction::Nothing => {
                if warning.get_untracked().is_some() {
                    warning.set(None);
                }
            }
        }
    };
    let interval = set_interval_with_handle(tick, std::time::Duration::from_secs(1)).ok();
    on_cleanup(move || {
        on_visibility.remove();
        for h in handles {
            h.remove();
        }
        if let Some(i) = interval {
            i.clear();
        }
    });

    let stay = move || {
        last_activity.set_value(now());
        warning.set(None);
    };
    let button = NodeRef::<html::Button>::new();
    Effect::new(move |was_open: Option<bool>| {
        let open = warning.with(Option::is_some);
        if open && was_open != Some(true) {
            request_animation_frame(move || {
                if let Some(b) = button.get_untracked() {
                    let _ = b.focus();
                }
            });
        }
        open
    });
    view! {
        <Show when=move || warning.with(Option::is_some)>
            <div class="lock-warning__backdrop"></div>
            <div class="lock-warning" role="alertdialog" aria-modal="true"
                aria-labelledby="lock-warning-title" aria-describedby="lock-warning-text"
                on:keydown=move |ev| if ev.key() == "Escape" { stay() }>
                <h2 id="lock-warning-title">{t!(i18n, lock_warning_title)}</h2>
                <p id="lock-warning-text">{move || {
                    let seconds = warning.get().unwrap_or(0);
                    t_string!(i18n, lock_warning_text, seconds = seconds).to_string()
                }}</p>
                <button type="button" class="button" node_ref=button on:click=move |_| stay()>
                    {t!(i18n, lock_stay)}
                </button>
            </div>
        </Show>
    }
}
