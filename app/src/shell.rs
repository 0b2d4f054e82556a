//! The HTML document around every page, its security headers, and the routes. Server only.

use crate::{api, i18n::Lang, kiosk, staff};
use std::sync::OnceLock;
use leptos::prelude::*;
use leptos_meta::{MetaTags, provide_meta_context};
use leptos_router::{
    SsrMode,
    components::{Route, Router, Routes},
    path,
};

/// The pages whose screens hold islands (see `kiosk::layout::KioskLayout`'s guard).
pub const ISLAND_PATHS: [&str; 4] = ["/k/", "/thanks", "/language", "/code"];

/// Where an idle kiosk screen without JavaScript goes: the server throws the draft away there.
pub const KIOSK_END_PATH: &str = "/k/end";

/// The stylesheet's address: its name carries a hash of its content (written by the build,
/// see `.ci/build.sh`), so a browser may keep it for a year and still never use a stale one.
static STYLESHEET: OnceLock<String> = OnceLock::new();

/// Sets the stylesheet's address once, at startup (later calls change nothing).
pub fn set_stylesheet(href: String) {
    let _ = STYLESHEET.set(href);
}

fn stylesheet() -> &'static str {
    STYLESHEET.get().map_or("/pkg/tiptoes.css", String::as_str)
}

/// The HTML document around every page. Runs on the server only.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let parts = use_context::<http::request::Parts>();
    let header = |name| parts.as_ref().and_then(|p| p.headers.get(name)).and_then(|v| v.to_str().ok()).map(str::to_string);
    let lang = Lang::from_headers(header(http::header::COOKIE).as_deref(), header(http::header::ACCEPT_LANGUAGE).as_deref());
    security_headers();
    let path = parts.as_ref().map(|p| p.uri.path().to_string()).unwrap_or_default();
    let staff = path.starts_with("/staff");
    // Only the kiosk's guarded screens hold islands (`KioskLayout guard=true`: the steps and
    // the thank-you screen, which must still clear itself); every other page is plain HTML
    // and forms, so it loads no script or WebAssembly at all.
    let islands = ISLAND_PATHS.iter().any(|p| path.starts_with(p));
    let settings = api::ssr::settings();
    provide_context(lang);
    let helping = header(http::header::COOKIE).and_then(|c| crate::i18n::cookie_value(&c, crate::i18n::HELPING_COOKIE));
    provide_context(crate::i18n::Helping(helping.as_deref() == Some("1")));
    // Without JavaScript, a shared tablet still clears itself: this takes the screen, through
    // the server (which deletes the draft and its cookie), back to the start. Five times the
    // scripted idle time (20 minutes by default), because without JavaScript nothing can tell
    // that someone is still typing. (Not on staff pages: a chair must not be sent to the kiosk.)
    let no_js_idle = 5 * (settings.idle_warn_secs + settings.idle_reset_secs);
    let refresh = (!staff).then(|| format!("{no_js_idle}; url={KIOSK_END_PATH}"));
    view! {
        <!DOCTYPE html>
        <html lang=lang.tag() dir=lang.dir()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="referrer" content="no-referrer"/>
                <meta name="color-scheme" content="light"/>
                <link rel="stylesheet" href=stylesheet()/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                {refresh.map(|r| view! { <noscript><meta http-equiv="refresh" content=r/></noscript> })}
                {islands.then(|| view! { <HydrationScripts options islands=true/> })}
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// The nonce for Leptos' own hydration script: the one the server's middleware made for this
/// request (it writes the Content-Security-Policy that names it, for every response, in one
/// place: `server::http::csp`), or one made here when there is none.
fn security_headers() {
    use http::{HeaderValue, header};
    let Some(res) = use_context::<leptos_axum::ResponseOptions>() else { return };
    let given = use_context::<http::request::Parts>().and_then(|p| p.extensions.get::<api::ssr::PageNonce>().cloned());
    match given {
        Some(n) => provide_context(leptos::nonce::Nonce::from_value(n.0)),
        None => leptos::nonce::provide_nonce(),
    }
    // A kiosk page must not come back from the cache for the next person.
    res.insert_header(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Router>
            <Routes fallback=kiosk::NotFound>
                <Route path=path!("/") view=kiosk::start::StartPage ssr=SsrMode::Async/>
                <Route path=path!("/code") view=kiosk::start::CodePage ssr=SsrMode::Async/>
                <Route path=path!("/language") view=kiosk::start::LanguagePage ssr=SsrMode::Async/>
                <Route path=path!("/k/:step") view=kiosk::step::StepPage ssr=SsrMode::Async/>
                <Route path=path!("/thanks") view=kiosk::thanks::ThanksPage ssr=SsrMode::Async/>
                <Route path=path!("/staff") view=staff::MeetingsPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/users") view=staff::UsersPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/password") view=staff::PasswordPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/audit") view=staff::AuditPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/figures") view=staff::figures_pages::FiguresDashboard ssr=SsrMode::Async/>
                <Route path=path!("/staff/feedback") view=staff::figures_pages::FeedbackFiguresPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/notices") view=staff::notices_pages::NoticesStaffPage ssr=SsrMode::Async/>
                <Route path=path!("/you-said-we-did") view=staff::notices_pages::YouSaidWeDidPage ssr=SsrMode::Async/>
                <Route path=path!("/you-said-we-did/poster") view=staff::notices_pages::PosterPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/sign-in") view=staff::SignInPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/meetings/new") view=staff::NewMeetingPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/meetings/:id") view=staff::MeetingPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/meetings/:id/edit") view=staff::EditMeetingPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/meetings/:id/outcome") view=staff::OutcomePage ssr=SsrMode::Async/>
                <Route path=path!("/staff/meetings/:id/print") view=staff::PrintForMeetingPage ssr=SsrMode::Async/>
            </Routes>
        </Router>
    }
}
