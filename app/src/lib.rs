//! Tiptoes' pages: the shell, the router, the kiosk screens and the staff pages. Compiled
//! twice, in Leptos' islands mode: for the server (`ssr`), which renders every page as HTML,
//! and for the browser (`hydrate`), which gets only the few `islands` that a kiosk screen
//! needs to be interactive. Everything else, the messages (Fluent) and the staff pages among
//! it, exists only in the server's build, so the compiler keeps it out of a child's download.
//! It holds no database code; the server provides a `KioskBackend`.

pub mod islands;

#[cfg(feature = "ssr")]
pub mod api;
#[cfg(feature = "ssr")]
pub mod domain;
#[cfg(feature = "ssr")]
pub mod figures;
#[cfg(feature = "ssr")]
pub mod i18n;
#[cfg(feature = "ssr")]
pub mod model;
#[cfg(feature = "ssr")]
pub mod kiosk;
#[cfg(feature = "ssr")]
pub mod speech;
#[cfg(feature = "ssr")]
pub mod staff;

#[cfg(feature = "ssr")]
mod shell;
#[cfg(feature = "ssr")]
pub use shell::*;

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
    // Marks the page as interactive (tests wait for it). Leptos' loader hydrates the islands
    // right after this returns, in the same task; a timer runs after that task is done.
    leptos::prelude::set_timeout(
        || {
            if let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) {
                let _ = body.set_attribute("data-hydrated", "");
            }
        },
        std::time::Duration::ZERO,
    );
}

