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

/// At most `TIPTOES_MAX_IN_FLIGHT` requests at once; one more is refused at once rather than
/// queued, so a flood gets quick 503s instead of piling up memory and waiting sockets.
pub async fn in_flight(State(slots): State<Arc<Semaphore>>, req: Request, next: Next) -> Response {
    let Ok(_permit) = slots.try_acquire_owned() else {
        // Not a warning each time: in a flood that would be a second flood, into the log.
        tracing::debug!(path = %req.uri().path(), "refused a request: too many at once");
        let mut res = refuse(is_api(&req), "busy", "The server is busy. Please try again in a moment.");
        res.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
        return res;
    };
    // The permit is held until the answer is ready (a slow body counts: it is read in here).
    next.run(req).await
}

/// Ends a request not answered within `TIPTOES_REQUEST_TIMEOUT_SECONDS`. Handlers read the
/// body inside this, so a body that trickles in is cut off by the same clock. Dropping the
/// handler rolls back any transaction it had open.
pub async fn deadline(State(limit): State<Duration>, req: Request, next: Next) -> Response {
    let (path, api) = (req.uri().path().to_string(), is_api(&req));
    match tokio::time::timeout(limit, next.run(req)).await {
        Ok(res) => res,
        Err(_) => {
            tracing::warn!(%path, seconds = limit.as_secs(), "a request took too long and was ended");
            refuse(api, "timeout", "The request took too long and was stopped. Please try again.")
        }
    }
}

fn is_api(req: &Request) -> bool {
    req.uri().path().starts_with("/api/")
}

/// 503: the JSON error body for the API, a line of text for a page (no HTML, so nothing here
/// needs the page's CSP nonce).
fn refuse(api: bool, code: &'static str, message: &'static str) -> Response {
    let status = StatusCode::SERVICE_UNAVAILABLE;
    if api {
        ApiError::new(status, code, message).into_response()
    } else {
        (status, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], message).into_response()
    }
}
