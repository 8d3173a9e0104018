//! A change that moves the page waits for a press to end. Browser only in effect: on the
//! server no change event ever fires.
use leptos::prelude::*;

thread_local! {
    /// A pointer is held down on the page (browser only).
    static PRESSED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// Verdicts waiting for the press to end.
    static WAITING: std::cell::RefCell<Vec<Box<dyn FnOnce()>>> = const { std::cell::RefCell::new(Vec::new()) };
    static WATCHING: std::sync::Once = const { std::sync::Once::new() };
}

/// Applies a check's verdict now, or, while a pointer is held down, once it is released and
/// its click handled. Leaving a field by pressing Send fires the field's change between
/// press and release: a message shown (or cleared) then moves the button, and the click
/// lands beside it and is lost.
pub fn after_press(apply: impl FnOnce() + 'static) {
    WATCHING.with(|once| {
        once.call_once(|| {
            let down = window_event_listener(leptos::ev::pointerdown, |_| PRESSED.set(true));
            let released = |_| {
                PRESSED.set(false);
                // After the click that ends the press has been handled.
                set_timeout(
                    || {
                        WAITING
                            .with_borrow_mut(std::mem::take)
                            .into_iter()
                            .for_each(|f| f())
                    },
                    std::time::Duration::ZERO,
                );
            };
            let up = window_event_listener(leptos::ev::pointerup, released);
            let cancel = window_event_listener(leptos::ev::pointercancel, released);
            // For the page's life.
            std::mem::forget((down, up, cancel));
        })
    });
    if PRESSED.get() {
        WAITING.with_borrow_mut(|waiting| waiting.push(Box::new(apply)));
    } else {
        apply();
    }
}
