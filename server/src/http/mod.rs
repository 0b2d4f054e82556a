//! HTTP: the JSON API and the middleware every response passes through.

pub mod api;
pub mod assets;
pub mod bounds;
pub mod csp;
pub mod json;
pub mod openapi;
pub mod staff;

use crate::state::AppState;
use app::api::ssr::ClientAddr;
use axum::{
    extract::{ConnectInfo, Request, State},
    http::{HeaderValue, Method, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use std::net::{IpAddr, SocketAddr};

/// Records who is asking, for rate limits: the socket's address, or, when a proxy we run is
/// in front, the address that proxy saw.
pub async fn client_addr(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let forwarded = state.config.trust_proxy.then(|| forwarded_for(req.headers())).flatten();
    let addr = forwarded
        .or_else(|| req.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip()))
        .map_or_else(|| "unknown".into(), |ip| ip.to_string());
    req.extensions_mut().insert(ClientAddr(addr));
    next.run(req).await
}

/// The right-most X-Forwarded-For entry: the one our own proxy appended. Everything left of
/// it was written by the client and proves nothing. An entry that is not an address gives
/// `None`, so the socket's address is used.
fn forwarded_for(headers: &axum::http::HeaderMap) -> Option<IpAddr> {
    // Several header lines read as one list, in order, so the last line holds the last entry.
    let last = headers.get_all("x-forwarded-for").iter().next_back()?.to_str().ok()?;
    let entry = last.rsplit(',').next()?.trim();
    // Some proxies write `ip:port` (`[v6]:port` for IPv6); the port does not matter here.
    entry.parse::<IpAddr>().ok().or_else(|| entry.parse::<SocketAddr>().ok().map(|a| a.ip()))
}

/// Refuses a state change sent from another site: the browser says where a request comes
/// from (Origin, Sec-Fetch-Site), and a cross-site form post or fetch is turned away.
pub async fn origin_check(req: Request, next: Next) -> Response {
    let safe = matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if !safe && let Err(why) = same_origin(&req) {
        tracing::warn!(path = %req.uri().path(), why, "refused a cross-origin request");
        return crate::error::ApiError::new(axum::http::StatusCode::FORBIDDEN, "cross_origin", "requests from other sites are refused")
            .into_response();
    }
    next.run(req).await
}

fn same_origin(req: &Request) -> Result<(), &'static str> {
    let h = req.headers();
    // Browsers say where a request comes from in Sec-Fetch-Site; trust it first, because
    // with `Referrer-Policy: no-referrer` a same-origin form post carries `Origin: null`.
    match h.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        Some("same-origin" | "none") => return Ok(()),
        Some(_) => return Err("sec-fetch-site"),
        None => {}
    }
    // Otherwise (other clients, older browsers): an Origin, if sent, must be our own.
    let Some(origin) = h.get(header::ORIGIN) else { return Ok(()) };
    let origin = origin.to_str().map_err(|_| "origin unreadable")?;
    let host = h.get(header::HOST).and_then(|v| v.to_str().ok()).ok_or("no host")?;
    let origin_host = origin.split_once("://").map(|(_, rest)| rest).ok_or("origin malformed")?;
    if origin_host.eq_ignore_ascii_case(host) { Ok(()) } else { Err("origin differs from host") }
}

/// Strict headers on every response, the Content-Security-Policy among them: a page's lets
/// exactly Leptos' own script run by this request's nonce; a response may ask for a stricter
/// one (`csp::Policy` in its extensions); anything else allows nothing.
pub async fn security_headers(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let is_api = req.uri().path().starts_with("/api/") || req.uri().path().starts_with("/fn/");
    // A fresh nonce for each request: the page's shell gives it to Leptos' scripts.
    let nonce = crate::auth::new_token()[..32].to_string();
    req.extensions_mut().insert(app::api::ssr::PageNonce(nonce.clone()));
    let mut res = next.run(req).await;
    let html = res.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| v.starts_with("text/html"));
    let policy = res.extensions().get::<csp::Policy>().copied().unwrap_or(if html { csp::Policy::Page } else { csp::Policy::Nothing });
    if let Ok(v) = HeaderValue::from_str(&policy.value(&nonce)) {
        res.headers_mut().insert(header::CONTENT_SECURITY_POLICY, v);
    }
    if html && !res.headers().contains_key(header::CACHE_CONTROL) {
        res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    let h = res.headers_mut();
    let set = |h: &mut axum::http::HeaderMap, k: header::HeaderName, v: &'static str| {
        h.insert(k, HeaderValue::from_static(v));
    };
    set(h, header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(h, header::REFERRER_POLICY, "no-referrer");
    set(h, header::X_FRAME_OPTIONS, "DENY");
    set(h, header::HeaderName::from_static("cross-origin-opener-policy"), "same-origin");
    set(h, header::HeaderName::from_static("cross-origin-resource-policy"), "same-origin");
    set(h, header::HeaderName::from_static("permissions-policy"), "camera=(), microphone=(), geolocation=(), interest-cohort=()");
    if is_api {
        // Answers and views must not sit in a shared cache.
        set(h, header::CACHE_CONTROL, "no-store");
    }
    if state.config.is_https() {
        set(h, header::STRICT_TRANSPORT_SECURITY, "max-age=31536000; includeSubDomains");
    }
    res
}

/// Reads a cookie from a request's headers.
pub fn cookie(headers: &axum::http::HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|c| app::i18n::cookie_value(c, name))
        .filter(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::forwarded_for;
    use axum::http::{HeaderMap, HeaderValue};

    fn from(lines: &[&str]) -> Option<String> {
        let mut h = HeaderMap::new();
        for l in lines {
            h.append("x-forwarded-for", HeaderValue::from_str(l).unwrap());
        }
        forwarded_for(&h).map(|ip| ip.to_string())
    }

    #[test]
    fn the_right_most_forwarded_entry_is_the_client() {
        assert_eq!(from(&["203.0.113.7"]).as_deref(), Some("203.0.113.7"));
        // The left-most entry is whatever the client wrote; our proxy appended the last one.
        assert_eq!(from(&["10.9.9.9, 203.0.113.7"]).as_deref(), Some("203.0.113.7"));
        assert_eq!(from(&["1.1.1.1,2.2.2.2 ,  203.0.113.7 "]).as_deref(), Some("203.0.113.7"));
        assert_eq!(from(&["10.9.9.9", "203.0.113.7"]).as_deref(), Some("203.0.113.7"));
        assert_eq!(from(&["2001:db8::1"]).as_deref(), Some("2001:db8::1"));
        assert_eq!(from(&["10.9.9.9, 203.0.113.7:4711"]).as_deref(), Some("203.0.113.7"));
        assert_eq!(from(&["[2001:db8::1]:4711"]).as_deref(), Some("2001:db8::1"));
    }

    #[test]
    fn an_empty_or_garbage_entry_falls_back_to_the_socket() {
        assert_eq!(from(&[]), None);
        assert_eq!(from(&[""]), None);
        assert_eq!(from(&["203.0.113.7, "]), None);
        assert_eq!(from(&["203.0.113.7, unknown"]), None);
        assert_eq!(from(&["203.0.113.7, 10.0.0.1 10.0.0.2"]), None);
    }
}
