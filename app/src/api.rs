//! Server functions for the kiosk screens. They are thin: read the kiosk cookie, call the
//! service (through the `KioskBackend` the server provides in context), set cookies and say
//! where to go next. The same service backs the JSON API, so neither holds rules the other lacks.

use crate::model::KioskState;
use leptos::prelude::*;
use leptos::server_fn::{
    codec::JsonEncoding,
    error::{FromServerFnError, ServerFnErrorErr},
};
use serde::{Deserialize, Serialize};

/// The cookie that ties a browser to one person's unsent answers.
pub const KIOSK_COOKIE: &str = "tiptoes_kiosk";

/// What can go wrong on a kiosk screen. Each variant has a Fluent message; the browser never
/// sees the server's internal error text. On the wire (a server function's error) each is its
/// code, e.g. `"session_ended"`, which is what the kiosk's form island reads.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AppError {
    InvalidCode,
    RateLimited,
    /// The kiosk session is gone (exit, idle reset, or sent): start again.
    SessionEnded,
    MeetingStarted,
    /// This person's feedback is already in.
    AlreadySent,
    TextTooLong,
    /// This person sent views too often in the last hour (`TIPTOES_SENDS_PER_HOUR`).
    TooManySends,
    /// The server turned the request away for now: worth trying again in a moment.
    Busy,
    Invalid,
    /// The request did not reach the server or its answer did not come back: worth a retry.
    Network,
    Internal,
}

impl AppError {
    pub fn code(&self) -> &'static str {
        match self {
            AppError::InvalidCode => "invalid_code",
            AppError::RateLimited => "rate_limited",
            AppError::SessionEnded => "session_ended",
            AppError::MeetingStarted => "meeting_started",
            AppError::AlreadySent => "already_sent",
            AppError::TextTooLong => "text_too_long",
            AppError::TooManySends => "too_many_sends",
            AppError::Busy => "busy",
            AppError::Invalid => "invalid",
            AppError::Network => "network",
            AppError::Internal => "internal",
        }
    }

    pub fn from_code(code: &str) -> Option<AppError> {
        [
            AppError::InvalidCode,
            AppError::RateLimited,
            AppError::SessionEnded,
            AppError::MeetingStarted,
            AppError::AlreadySent,
            AppError::TextTooLong,
            AppError::TooManySends,
            AppError::Busy,
            AppError::Invalid,
            AppError::Network,
            AppError::Internal,
        ]
        .into_iter()
        .find(|e| e.code() == code)
    }

    /// The Fluent id of the message a person reads.
    pub fn message_id(&self) -> String {
        format!("error-{}", self.code().replace('_', "-"))
    }
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl std::error::Error for AppError {}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Request(_) | ServerFnErrorErr::Response(_) => AppError::Network,
            _ => AppError::Internal,
        }
    }
}

/// A `Set-Cookie` value: HttpOnly and SameSite=Strict always; Secure unless serving plain
/// http on a developer's machine.
pub fn cookie_string(name: &str, value: &str, secure: bool, max_age_secs: Option<i64>) -> String {
    let secure = if secure { "; Secure" } else { "" };
    let age = max_age_secs.map(|s| format!("; Max-Age={s}")).unwrap_or_default();
    format!("{name}={value}; Path=/; HttpOnly; SameSite=Strict{secure}{age}")
}

/// The operations the kiosk needs, implemented by the server over its service layer.
#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait KioskBackend: Send + Sync + 'static {
    /// Checks a code and opens a kiosk session; returns the session token and the invite's language.
    async fn enter_code(&self, code: &str, client: &str) -> Result<(String, String), AppError>;
    async fn state(&self, token: &str) -> Result<Option<KioskState>, AppError>;
    /// Saves one screen's answer into the draft and returns the draft's state.
    async fn save_step(&self, token: &str, form: crate::model::StepForm) -> Result<KioskState, AppError>;
    /// Sends the views draft, written in `language` (the kiosk's language as they send).
    async fn send(&self, token: &str, submission_id: &str, language: crate::i18n::Lang) -> Result<(), AppError>;
    /// Sends the feedback draft after the meeting.
    async fn send_feedback(&self, token: &str, submission_id: &str) -> Result<(), AppError>;
    /// Throws away the draft. Unknown tokens are fine: exit always succeeds.
    async fn exit(&self, token: &str) -> Result<(), AppError>;
}

/// Settings the server hands to the pages.
#[derive(Clone, Debug)]
pub struct KioskSettings {
    pub secure_cookies: bool,
    /// Seconds without a touch before "Are you still there?"
    pub idle_warn_secs: u32,
    /// Seconds after the warning before the screen is cleared.
    pub idle_reset_secs: u32,
}

impl Default for KioskSettings {
    fn default() -> Self {
        KioskSettings { secure_cookies: true, idle_warn_secs: 180, idle_reset_secs: 60 }
    }
}

#[cfg(feature = "ssr")]
pub mod ssr {
    //! Request plumbing shared by the server functions.
    use super::*;
    use http::{HeaderValue, header};
    use std::sync::Arc;

    pub type Backend = Arc<dyn KioskBackend>;

    pub fn backend() -> Result<Backend, AppError> {
        use_context::<Backend>().ok_or(AppError::Internal)
    }

    pub fn settings() -> KioskSettings {
        use_context::<KioskSettings>().unwrap_or_default()
    }

    pub fn cookie(name: &str) -> Option<String> {
        let parts = use_context::<http::request::Parts>()?;
        parts
            .headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find_map(|c| crate::i18n::cookie_value(c, name))
    }

    pub fn set_cookie(name: &str, value: &str, max_age_secs: Option<i64>) {
        let c = super::cookie_string(name, value, settings().secure_cookies, max_age_secs);
        if let (Some(res), Ok(v)) = (use_context::<leptos_axum::ResponseOptions>(), HeaderValue::from_str(&c)) {
            res.append_header(header::SET_COOKIE, v);
        }
    }

    /// The language of this request (the kiosk's cookie, else Accept-Language).
    pub fn lang() -> crate::i18n::Lang {
        let parts = use_context::<http::request::Parts>();
        let header = |name| parts.as_ref().and_then(|p| p.headers.get(name)).and_then(|v| v.to_str().ok());
        crate::i18n::Lang::from_headers(header(header::COOKIE), header(header::ACCEPT_LANGUAGE))
    }

    /// The client's address, for rate limits. The server passes it in as an extension.
    pub fn client() -> String {
        use_context::<http::request::Parts>()
            .and_then(|p| p.extensions.get::<ClientAddr>().map(|c| c.0.clone()))
            .unwrap_or_else(|| "unknown".into())
    }

    /// Set by the server on each request, from the socket (or a trusted proxy header).
    #[derive(Clone, Debug)]
    pub struct ClientAddr(pub String);

    /// The CSP nonce the server made for this page request.
    #[derive(Clone, Debug)]
    pub struct PageNonce(pub String);

    /// A local path only: never an open redirect to another site. Browsers drop tabs and
    /// newlines anywhere in a URL and read `\` as `/`, so a tab or `\` after the first `/`
    /// makes `//evil.com`, another site. So only printable ASCII without spaces or `\`
    /// passes, and then a leading `//` is the only way out, refused too. Percent-escapes such
    /// as `/%09/evil.com` are safe: a browser does not decode them when it follows a redirect.
    pub fn safe_local_path(p: &str) -> &str {
        let plain = p.bytes().all(|b| b.is_ascii_graphic() && b != b'\\');
        if plain && p.starts_with('/') && !p.starts_with("//") { p } else { "/" }
    }

    #[cfg(test)]
    mod safe_local_path_tests {
        use super::safe_local_path;

        #[test]
        fn local_paths_pass() {
            for p in ["/", "/code", "/k/welcome?lang=ar", "/thanks?after=feedback#top", "/%09/evil.com", "/a//b"] {
                assert_eq!(safe_local_path(p), p);
            }
        }

        #[test]
        fn ways_to_another_site_are_refused() {
            for p in [
                "//evil.com",
                "/\t/evil.com",
                "/\n/evil.com",
                "/\r/evil.com",
                "\t//evil.com",
                "/\\evil.com",
                "\\/evil.com",
                "/ /evil.com",
                "/\u{0b}/evil.com",
                "/\u{7f}/evil.com",
                "/\u{a0}/evil.com",
                "/\u{3000}/evil.com",
                "https://evil.com",
                "evil.com",
                " /code",
                "",
            ] {
                assert_eq!(safe_local_path(p), "/", "{p:?}");
            }
        }
    }

    pub fn token() -> Result<String, AppError> {
        cookie(KIOSK_COOKIE).filter(|t| !t.is_empty()).ok_or(AppError::SessionEnded)
    }
}

/// The current kiosk session's state, or `None` when there is none (or it ended).
#[server(prefix = "/fn", endpoint = "load_kiosk")]
pub async fn load_kiosk() -> Result<Option<KioskState>, AppError> {
    let Ok(token) = ssr::token() else { return Ok(None) };
    ssr::backend()?.state(&token).await
}

/// Picks the language, and whether someone is helping (English beneath every screen); a
/// plain form post, so the whole page comes back in the new language. `next` is where the
/// family was (a kiosk screen), else the code screen.
#[server(prefix = "/fn", endpoint = "set_language")]
pub async fn set_language(lang: String, next: Option<String>, helping: Option<String>) -> Result<(), AppError> {
    let lang = crate::i18n::Lang::parse(&lang).ok_or(AppError::Invalid)?;
    ssr::set_cookie(crate::i18n::LANG_COOKIE, lang.tag(), Some(60 * 60 * 24 * 365));
    match helping.as_deref() {
        Some("1") => ssr::set_cookie(crate::i18n::HELPING_COOKIE, "1", None),
        _ => ssr::set_cookie(crate::i18n::HELPING_COOKIE, "", Some(0)),
    }
    leptos_axum::redirect(ssr::safe_local_path(next.as_deref().unwrap_or("/code")));
    Ok(())
}

/// Enters an invite code. On success the kiosk session starts in the invite's language.
#[server(prefix = "/fn", endpoint = "enter_code")]
pub async fn enter_code(code: String) -> Result<(), AppError> {
    match ssr::backend()?.enter_code(&code, &ssr::client()).await {
        Ok((token, lang)) => {
            ssr::set_cookie(KIOSK_COOKIE, &token, None);
            ssr::set_cookie(crate::i18n::LANG_COOKIE, &lang, Some(60 * 60 * 24 * 365));
            leptos_axum::redirect("/k/welcome");
            Ok(())
        }
        Err(e @ (AppError::InvalidCode | AppError::RateLimited)) => {
            leptos_axum::redirect(&format!("/code?error={}", e.code()));
            Ok(())
        }
        Err(e) => Err(e),
    }
}

/// Saves one screen's answer and goes to the next screen (or back to "check your answers").
#[server(prefix = "/fn", endpoint = "save_step")]
#[allow(clippy::too_many_arguments)]
pub async fn save_step(
    step: String,
    text: Option<String>,
    visibility: Option<String>,
    choice: Option<String>,
    attend: Option<String>,
    write: Option<String>,
    someone: Option<String>,
    phone: Option<String>,
    not_sure: Option<String>,
    talk_soon: Option<String>,
    to_check: Option<String>,
) -> Result<(), AppError> {
    use crate::model::Step;
    let form = crate::model::StepForm { step, text, visibility, choice, attend, write, someone, phone, not_sure, talk_soon, to_check };
    let token = match ssr::token() {
        Ok(t) => t,
        Err(_) => {
            leptos_axum::redirect("/?ended=1");
            return Ok(());
        }
    };
    let step_slug = form.step.clone();
    let back_to_check = form.to_check.is_some();
    match ssr::backend()?.save_step(&token, form).await {
        Ok(state) => {
            let here = Step::from_slug(state.role, &step_slug).unwrap_or(Step::Welcome);
            let next = if back_to_check { here.check() } else { here.next(state.role).unwrap_or(here.check()) };
            leptos_axum::redirect(&next.path());
            Ok(())
        }
        Err(AppError::SessionEnded) => {
            leptos_axum::redirect("/?ended=1");
            Ok(())
        }
        Err(AppError::AlreadySent) => {
            leptos_axum::redirect(THANKS_FEEDBACK);
            Ok(())
        }
        // Back to the same screen, saying what is wrong; what was saved before stays. (A busy
        // or unreachable database too: the child waits and presses again, where they were.)
        Err(e @ (AppError::TextTooLong | AppError::Invalid | AppError::MeetingStarted | AppError::Busy | AppError::Internal)) => {
            let ret = if back_to_check { "&to_check=1" } else { "" };
            // Back to the screen the form named, if it names one the way slugs are written: the
            // slug is the sender's, and a newline in a Location header would end the response.
            let screen = if step_slug.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') { step_slug.as_str() } else { "welcome" };
            leptos_axum::redirect(&format!("/k/{screen}?error={}{ret}", e.code()));
            Ok(())
        }
        Err(e) => Err(e),
    }
}

/// Sends the answers. Carries the draft's submission id, so a retry after a dropped connection
/// finds the first copy instead of making a second.
#[server(prefix = "/fn", endpoint = "send_views")]
pub async fn send_views(submission_id: String) -> Result<(), AppError> {
    let token = ssr::token()?;
    match ssr::backend()?.send(&token, &submission_id, ssr::lang()).await {
        Ok(()) => {
            leptos_axum::redirect("/thanks");
            Ok(())
        }
        Err(e @ (AppError::MeetingStarted | AppError::TooManySends | AppError::Busy)) => {
            leptos_axum::redirect(&format!("/k/check?error={}", e.code()));
            Ok(())
        }
        Err(e) => Err(e),
    }
}

/// Where feedback ends: thanks, and nothing of the answers.
pub const THANKS_FEEDBACK: &str = "/thanks?after=feedback";

/// Sends the feedback, with the draft's submission id (a retry stores nothing new).
#[server(prefix = "/fn", endpoint = "send_feedback")]
pub async fn send_feedback(submission_id: String) -> Result<(), AppError> {
    let token = ssr::token()?;
    match ssr::backend()?.send_feedback(&token, &submission_id).await {
        Ok(()) | Err(AppError::AlreadySent) => {
            leptos_axum::redirect(THANKS_FEEDBACK);
            Ok(())
        }
        Err(AppError::Invalid) => {
            leptos_axum::redirect("/k/welcome");
            Ok(())
        }
        Err(e) => Err(e),
    }
}

/// "Exit this page": throws away the unsent answers and leaves to the neutral start screen.
#[server(prefix = "/fn", endpoint = "exit")]
pub async fn exit() -> Result<(), AppError> {
    if let Ok(token) = ssr::token() {
        ssr::backend()?.exit(&token).await?;
    }
    ssr::set_cookie(KIOSK_COOKIE, "", Some(0));
    // The language and the helping were this family's: on a shared tablet the next person
    // starts without them (a language left chosen could say who was here before).
    ssr::set_cookie(crate::i18n::HELPING_COOKIE, "", Some(0));
    ssr::set_cookie(crate::i18n::LANG_COOKIE, "", Some(0));
    leptos_axum::redirect("/");
    Ok(())
}
