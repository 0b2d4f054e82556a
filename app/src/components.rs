//! Form pieces in the GOV.UK mould, and the kiosk's safety controls.

use crate::api::AppError;
use crate::i18n::t;
use leptos::prelude::*;

/// "There is a problem" at the top of a form. It takes focus so a screen reader reads it first.
#[component]
pub fn ErrorSummary(error: AppError, #[prop(into)] field: String) -> impl IntoView {
    view! {
        <div class="app-error-summary" role="alert" tabindex="-1" autofocus=true>
            <h2 class="app-error-summary__title">{t("error-summary-title")}</h2>
            <ul class="app-error-summary__list">
                <li><a href=format!("#{field}")>{t(&error.message_id())}</a></li>
            </ul>
        </div>
    }
}

/// "Exit this page": a button on every kiosk screen (and Shift three times). A plain form, so
/// it works without JavaScript and leaves nothing of the page in the browser's state.
#[component]
pub fn ExitControl() -> impl IntoView {
    view! {
        <div class="app-exit">
            <form method="post" action="/fn/exit" id="exit-form">
                <button type="submit" class="app-exit__button">{t("exit-this-page")}</button>
            </form>
            <p class="app-exit__hint">{t("exit-hint")}</p>
        </div>
    }
}

/// Watches for an idle kiosk and for Shift pressed three times. Only the browser runs this.
#[component]
pub fn KioskGuard() -> impl IntoView {
    let (warning, set_warning) = signal(false);
    #[allow(unused_variables)]
    let (seconds_left, set_seconds_left) = signal(0u32);
    #[cfg(feature = "hydrate")]
    guard::install(set_warning, set_seconds_left);
    let still_here = move |_| {
        #[cfg(feature = "hydrate")]
        guard::touch();
        set_warning.set(false);
    };
    view! {
        <Show when=move || warning.get()>
            <div class="app-idle" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-text">
                <div class="app-idle__box">
                    <h2 id="idle-title" class="app-heading-m">{t("idle-title")}</h2>
                    <p id="idle-text">
                        {move || crate::i18n::t_args("idle-text", &[("seconds", crate::i18n::Value::from(seconds_left.get()))])}
                    </p>
                    <button type="button" class="app-button" on:click=still_here autofocus=true>{t("idle-still-here")}</button>
                </div>
            </div>
        </Show>
    }
}

#[cfg(feature = "hydrate")]
mod guard {
    use leptos::prelude::*;
    use std::cell::Cell;
    use wasm_bindgen::JsCast;

    thread_local! {
        static LAST_ACTIVE: Cell<f64> = const { Cell::new(0.0) };
        static SHIFTS: Cell<[f64; 3]> = const { Cell::new([f64::MIN; 3]) };
    }

    fn now() -> f64 {
        js_sys_now()
    }

    fn js_sys_now() -> f64 {
        web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or(0.0)
    }

    pub fn touch() {
        LAST_ACTIVE.with(|c| c.set(now()));
    }

    /// Submits the exit form: the same as pressing "Exit this page".
    pub fn exit() {
        if let Some(form) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("exit-form"))
            .and_then(|e| e.dyn_into::<web_sys::HtmlFormElement>().ok())
        {
            let _ = form.submit();
        }
    }

    fn body_secs(name: &str, default: u32) -> f64 {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body())
            .and_then(|b| b.get_attribute(name))
            .and_then(|v| v.parse::<u32>().ok())
            .unwrap_or(default) as f64
            * 1000.0
    }

    pub fn install(set_warning: WriteSignal<bool>, set_left: WriteSignal<u32>) {
        let warn_after = body_secs("data-idle-warn", 180);
        let reset_after = body_secs("data-idle-reset", 60);
        touch();
        for ev in ["pointerdown", "keydown", "input", "touchstart", "scroll"] {
            let h = window_event_listener_untyped(ev, |_| touch());
            on_cleanup(move || h.remove());
        }
        let h = window_event_listener(leptos::ev::keydown, |e| {
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
        on_cleanup(move || h.remove());
        let done = Cell::new(false);
        if let Ok(h) = set_interval_with_handle(
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
        ) {
            on_cleanup(move || h.clear());
        }
    }
}

/// The frame of every kiosk screen: exit control, guard, main content.
#[component]
pub fn KioskLayout(children: Children, #[prop(optional)] guard: bool) -> impl IntoView {
    view! {
        <div class="app-page">
            <header class="app-header">
                <span class="app-header__name">"Tiptoes"</span>
                <ExitControl/>
            </header>
            {guard.then(|| view! { <KioskGuard/> })}
            <main class="app-main" id="main-content">{children()}</main>
        </div>
    }
}
