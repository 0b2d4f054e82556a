//! The kiosk's guard: "Are you still there?" after a while untouched, then the screen clears
//! itself; and Shift pressed three times leaves at once, like "Exit this page".

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The idle warning's words, formatted on the server in the page's language.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IdleWords {
    pub title: String,
    pub still_here: String,
    /// The countdown's sentences, each with `{}` where the seconds go (the server fills in
    /// the plural forms of the page's language; see `kiosk::layout::idle_words`).
    pub countdown: Vec<String>,
    /// For 0, 1, 2, … seconds left: which of `countdown` to say.
    pub by_second: Vec<u8>,
}

impl IdleWords {
    /// The sentence for `seconds` left, in the plural form the server chose for that number.
    pub fn countdown_text(&self, seconds: u32) -> String {
        let which = self.by_second.get(seconds as usize).or(self.by_second.last()).copied().unwrap_or(0);
        let sentence = self.countdown.get(usize::from(which)).map_or("", String::as_str);
        sentence.replace("{}", &seconds.to_string())
    }
}

/// Watches for an idle kiosk and for Shift pressed three times, and wires up the screen's
/// Listen control. Renders nothing until the
/// warning is due. Without JavaScript the page's `<noscript>` refresh does the clearing.
#[island]
pub fn KioskGuard(warn_secs: u32, reset_secs: u32, words: IdleWords) -> impl IntoView {
    let (warning, set_warning) = signal(false);
    #[allow(unused_variables)]
    let (seconds_left, set_seconds_left) = signal(0u32);
    #[cfg(feature = "hydrate")]
    watch::install(warn_secs, reset_secs, set_warning, set_seconds_left);
    #[cfg(not(feature = "hydrate"))]
    let _ = (warn_secs, reset_secs);
    // When the warning appears, its button takes focus, wherever the child was typing, so a
    // keyboard or switch user can answer at once (`autofocus` is ignored once a field has focus).
    let button = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(b) = button.get() {
            let _ = b.focus();
        }
    });
    let still_here = move |_| {
        #[cfg(feature = "hydrate")]
        watch::touch();
        set_warning.set(false);
    };
    move || {
        let words = words.clone();
        warning.get().then(move || {
            let (title, label) = (words.title.clone(), words.still_here.clone());
            view! {
                <div class="app-idle" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-text">
                    <div class="app-idle__box">
                        <h2 id="idle-title" class="app-heading-m">{title}</h2>
                        <p id="idle-text">{move || words.countdown_text(seconds_left.get())}</p>
                        <button type="button" class="app-button" node_ref=button on:click=still_here autofocus=true>{label}</button>
                    </div>
                </div>
            }
        })
    }
}

#[cfg(feature = "hydrate")]
mod watch {
    use leptos::prelude::*;
    use std::cell::Cell;
    use wasm_bindgen::JsCast;

    thread_local! {
        static LAST_ACTIVE: Cell<f64> = const { Cell::new(0.0) };
        static SHIFTS: Cell<[f64; 3]> = const { Cell::new([f64::MIN; 3]) };
    }

    fn now() -> f64 {
        web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or(0.0)
    }

    pub fn touch() {
        LAST_ACTIVE.with(|c| c.set(now()));
    }

    /// Submits the exit form: the same as pressing "Exit this page".
    fn exit() {
        if let Some(form) = document().get_element_by_id("exit-form").and_then(|e| e.dyn_into::<web_sys::HtmlFormElement>().ok()) {
            let _ = form.submit();
        }
    }

    pub fn install(warn_secs: u32, reset_secs: u32, set_warning: WriteSignal<bool>, set_left: WriteSignal<u32>) {
        // The screen's Listen control (not an island of its own: see islands/listen.rs).
        super::super::listen::install();
        let warn_after = f64::from(warn_secs) * 1000.0;
        let reset_after = f64::from(reset_secs) * 1000.0;
        touch();
        for ev in ["pointerdown", "keydown", "input", "touchstart", "scroll"] {
            // Nothing to remove later: the guard lives as long as the page.
            let _ = window_event_listener_untyped(ev, |_| touch());
        }
        let _ = window_event_listener(leptos::ev::keydown, |e| {
            if e.key() == "Shift" && !e.repeat() {
                let t = now();
                let mut s = SHIFTS.with(|c| c.get());
                s = [s[1], s[2], t];
                SHIFTS.with(|c| c.set(s));
                // Three presses within two seconds.
                if t - s[0] < 2000.0 {
                    exit();
                }
            }
        });
        let done = Cell::new(false);
        let _ = set_interval_with_handle(
            move || {
                let idle = now() - LAST_ACTIVE.with(|c| c.get());
                if idle >= warn_after + reset_after {
                    if !done.replace(true) {
                        exit();
                    }
                } else if idle >= warn_after {
                    set_left.set(((warn_after + reset_after - idle) / 1000.0).ceil() as u32);
                    set_warning.set(true);
                } else {
                    set_warning.set(false);
                }
            },
            std::time::Duration::from_millis(500),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::IdleWords;

    #[test]
    fn the_countdown_says_the_number_in_the_form_chosen_for_it() {
        let w = IdleWords {
            countdown: vec!["in one second".into(), "in {} seconds".into()],
            by_second: vec![1, 0, 1, 1],
            ..Default::default()
        };
        assert_eq!(w.countdown_text(1), "in one second");
        assert_eq!(w.countdown_text(3), "in 3 seconds");
        // Past the end of the table (a longer reset than the server listed): the last form.
        assert_eq!(w.countdown_text(90), "in 90 seconds");
        assert_eq!(IdleWords::default().countdown_text(5), "");
    }
}
