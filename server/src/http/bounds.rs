//! Bounds on what a flood of requests can take: how many are handled at once, and how long
//! one may take. (How long a client may take to send its header is set on the connection, in
//! `startup::serve`.)

use crate::error::ApiError;
use axum::{
    extract::{Request, State},
    http::{HeaderValue, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use std::{sync::Arc, time::Duration};
use tokio::sync::Semaphore;

/// The largest request body the server reads. A child's views at their longest (six answers
/// of 4,000 characters, escaped as JSON) are well under it.
pub const MAX_BODY_BYTES: usize = 256 * 1024;

/// Paths that throw a kiosk draft away: never refused for load, so that a busy server cannot
/// leave one person's answers on a shared tablet for the next.
fn ends_a_draft(path: &str) -> bool {
    path == app::KIOSK_END_PATH || path == "/fn/exit"
}

#[derive(Clone)]
pub struct InFlight {
    /// `TIPTOES_MAX_IN_FLIGHT` places.
    pub slots: Arc<Semaphore>,
    /// How long a client may take to send a request's body (`TIPTOES_HEADER_TIMEOUT_SECONDS`).
    pub body_timeout: Duration,
}

/// At most `TIPTOES_MAX_IN_FLIGHT` requests at once; one more is refused at once rather than
/// queued, so a flood gets quick 503s instead of piling up memory and waiting sockets.
///
/// The body is read, under its own short deadline and size limit, before a place is taken: a
/// client that sends headers and then trickles (or never sends) its body holds only its own
/// socket, never one of the places everyone else needs.
pub async fn in_flight(State(bounds): State<InFlight>, req: Request, next: Next) -> Response {
    if ends_a_draft(req.uri().path()) {
        return next.run(req).await;
    }
    let api = is_api(&req);
    let lang = page_lang(&req);
    let (parts, body) = req.into_parts();
    let bytes = match tokio::time::timeout(bounds.body_timeout, axum::body::to_bytes(body, MAX_BODY_BYTES)).await {
        Ok(Ok(bytes)) => bytes,
        Ok(Err(_)) => {
            return refuse(StatusCode::PAYLOAD_TOO_LARGE, api, lang, "too_large", "The request is too large.", "error-invalid");
        }
        Err(_) => {
            return refuse(StatusCode::REQUEST_TIMEOUT, api, lang, "timeout", "The request was not sent in time.", "error-network");
        }
    };
    if holds_nul(&parts, &bytes) {
        return refuse(StatusCode::BAD_REQUEST, api, lang, "invalid_text", "Text may not hold the character U+0000.", "error-invalid");
    }
    let req = Request::from_parts(parts, axum::body::Body::from(bytes));
    let Ok(_permit) = bounds.slots.try_acquire_owned() else {
        // Not a warning each time: in a flood that would be a second flood, into the log.
        tracing::debug!("refused a request: too many at once");
        let mut res =
            refuse(StatusCode::SERVICE_UNAVAILABLE, api, lang, "busy", "The server is busy. Please try again in a moment.", "error-busy");
        res.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
        return res;
    };
    next.run(req).await
}

/// Ends a request not answered within `TIPTOES_REQUEST_TIMEOUT_SECONDS`. Handlers read the
/// body inside this, so a body that trickles in is cut off by the same clock. Dropping the
/// handler rolls back any transaction it had open.
pub async fn deadline(State(limit): State<Duration>, req: Request, next: Next) -> Response {
    let (api, lang) = (is_api(&req), page_lang(&req));
    match tokio::time::timeout(limit, next.run(req)).await {
        Ok(res) => res,
        Err(_) => {
            // No path: it can hold an invite code. Debug, not warn: a flood of slow requests
            // must not become a flood in the log.
            tracing::debug!(seconds = limit.as_secs(), "a request took too long and was ended");
            refuse(
                StatusCode::SERVICE_UNAVAILABLE,
                api,
                lang,
                "timeout",
                "The request took too long and was stopped. Please try again.",
                "error-internal",
            )
        }
    }
}

/// Whether a request carries the character U+0000 anywhere text can go: the path or query
/// (`%00`), a form (`%00`), JSON (`\u0000`), or a raw zero byte. No one types it; PostgreSQL
/// cannot store it in text (the insert failed, a 500), and a name or note that hides one
/// would show differently in different places. Refused before anything reads it.
fn holds_nul(parts: &axum::http::request::Parts, body: &[u8]) -> bool {
    let uri = parts.uri.path_and_query().map(|p| p.as_str()).unwrap_or("");
    if uri.contains("%00") || body.contains(&0) {
        return true;
    }
    // Server functions read their body as a form whatever its Content-Type says.
    let kind = parts.headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    if kind.starts_with("application/x-www-form-urlencoded") || parts.uri.path().starts_with("/fn/") {
        return body.windows(3).any(|w| w == b"%00");
    }
    json_escapes_nul(body)
}

/// Whether JSON text holds the escape `\u0000` (and not an escaped backslash before `u0000`).
fn json_escapes_nul(body: &[u8]) -> bool {
    let mut i = 0;
    while i < body.len() {
        if body[i] == b'\\' {
            if body.get(i + 1) == Some(&b'u') && body.get(i + 2..i + 6) == Some(b"0000".as_slice()) {
                return true;
            }
            // Whatever is escaped (a backslash too) is passed over whole.
            i += 2;
        } else {
            i += 1;
        }
    }
    false
}

fn is_api(req: &Request) -> bool {
    req.uri().path().starts_with("/api/")
}

/// The language a page would be shown in (its cookie, then Accept-Language).
fn page_lang(req: &Request) -> app::i18n::Lang {
    let header = |name| req.headers().get(name).and_then(|v| v.to_str().ok());
    app::i18n::Lang::from_headers(header(header::COOKIE), header(header::ACCEPT_LANGUAGE))
}

/// The JSON error body for the API; for a page, one line of text in the reader's language (no
/// HTML, so nothing here needs the page's CSP nonce).
fn refuse(status: StatusCode, api: bool, lang: app::i18n::Lang, code: &'static str, message: &'static str, message_id: &str) -> Response {
    if api {
        ApiError::new(status, code, message).into_response()
    } else {
        (status, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], app::i18n::tr(lang, message_id)).into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::json_escapes_nul as nul;

    #[test]
    fn a_nul_escape_is_found_and_an_escaped_backslash_is_not_one() {
        assert!(nul(br#"{"email":"a\u0000b"}"#));
        assert!(!nul(br#"{"email":"a\\u0000b"}"#), "a backslash, then the letters u0000");
        assert!(nul(br#"{"a":"\\\u0000"}"#), "a backslash, then NUL");
        assert!(!nul(br#"{"a":"\u0001"}"#));
        assert!(!nul(b"{}"));
    }
}
