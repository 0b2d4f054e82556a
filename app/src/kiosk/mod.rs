//! The kiosk: what a child or parent sees, one file per screen or family of screens. Every
//! screen is rendered on the server; the only interactive parts are `crate::islands`.

mod check;
pub mod feedback;
pub(crate) mod frame;
pub mod pictures;
pub mod layout;
pub mod start;
pub mod step;
pub mod thanks;
mod views;
mod welcome;

use layout::KioskLayout;
use crate::i18n::t;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(http::StatusCode::NOT_FOUND);
    }
    view! {
        <Title text=t("not-found-title")/>
        <KioskLayout>
            <h1 class="app-heading-l">{t("not-found-title")}</h1>
            <p class="app-body">{t("not-found-text")}</p>
            <a class="app-button" href="/">{t("start-again")}</a>
        </KioskLayout>
    }
}
