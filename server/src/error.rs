//! The service layer's errors, and how the JSON API shows them. A client sees a stable
//! `code` and a safe message; the cause of an internal error is logged, never sent.

use axum::{
    Json,
    http::StatusCode,
    response::{IntoResponse, Response},
};
use serde_json::json;

#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    #[error("not found")]
    NotFound,
    #[error("that code is not valid")]
    InvalidCode,
    #[error("too many wrong codes; wait a minute")]
    RateLimited,
    #[error("the meeting has started; views can no longer be changed")]
    MeetingStarted,
    #[error("sign in first")]
    Unauthenticated,
    #[error("the email or password is wrong")]
    InvalidCredentials,
    #[error("too many wrong passwords; wait {minutes} minutes, then try again")]
    Locked { minutes: i64 },
    /// One client tried to sign in too often, whatever the addresses.
    #[error("too many sign-in attempts from here; wait {minutes} minutes, then try again")]
    TooManySignIns { minutes: i64 },
    /// One person sent views too often (`TIPTOES_SENDS_PER_HOUR`).
    #[error("views were sent too many times in the last hour; wait {minutes} minutes, then try again")]
    TooManySends { minutes: i64 },
    /// The password checks are all in use and their short queue is full: try again shortly.
    #[error("the server is busy; try again in a moment")]
    Busy,
    /// The database cannot be reached (restarting, a network fault, every connection in use
    /// past the wait): nothing was done, and the same request later will work.
    #[error("the database cannot be reached just now; nothing was saved. Try again in a moment")]
    Unavailable,
    /// The database's disk is full: the write was refused whole, and what was saved before is
    /// untouched.
    #[error("the server's storage is full; nothing was saved. Try again later")]
    StorageFull,
    #[error("{message}")]
    Invalid { field: String, code: &'static str, message: String },
    #[error("{message}")]
    Conflict { code: &'static str, message: String },
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl ServiceError {
    pub fn invalid(field: impl Into<String>, code: &'static str, message: impl Into<String>) -> Self {
        ServiceError::Invalid { field: field.into(), code, message: message.into() }
    }
}

impl From<sqlx::Error> for ServiceError {
    fn from(e: sqlx::Error) -> Self {
        if is_storage_full(&e) {
            tracing::error!(error = %e, "the database's storage is full");
            return ServiceError::StorageFull;
        }
        if is_unreachable(&e) {
            // One line per failed request while the database is away; at warn, because the
            // pool reconnects by itself once it is back.
            tracing::warn!(error = %e, "the database cannot be reached");
            return ServiceError::Unavailable;
        }
        ServiceError::Internal(anyhow::Error::new(e).context("database"))
    }
}

/// SQLite's SQLITE_FULL (13) or PostgreSQL's disk_full (53100).
fn is_storage_full(e: &sqlx::Error) -> bool {
    let sqlx::Error::Database(d) = e else { return false };
    matches!(d.code().as_deref(), Some("13" | "53100"))
}

/// The database is not there or not free: no connection (refused, reset, timed out waiting
/// for one), PostgreSQL shutting down or starting up (57P…), a connection exception (08…),
/// too many connections (53300), or SQLite's file locked past the wait (SQLITE_BUSY, 5: a
/// `check-figures --rebuild` holding it, say).
fn is_unreachable(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::Io(_) | sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Tls(_) => true,
        sqlx::Error::Database(d) => d.code().is_some_and(|c| c.starts_with("57P") || c.starts_with("08") || c == "53300" || c == "5"),
        _ => false,
    }
}

impl From<app::model::FieldError> for ServiceError {
    fn from(e: app::model::FieldError) -> Self {
        ServiceError::Invalid { field: e.field, code: e.code, message: e.message }
    }
}

/// An error as the JSON API sends it: `{"error":{"code","message"[,"field"]}}`.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: String,
    pub field: Option<String>,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        ApiError { status, code, message: message.into(), field: None }
    }
}

impl From<ServiceError> for ApiError {
    fn from(e: ServiceError) -> Self {
        use ServiceError::*;
        let msg = e.to_string();
        match e {
            NotFound => ApiError::new(StatusCode::NOT_FOUND, "not_found", msg),
            InvalidCode => ApiError::new(StatusCode::NOT_FOUND, "invalid_code", msg),
            RateLimited => ApiError::new(StatusCode::TOO_MANY_REQUESTS, "rate_limited", msg),
            MeetingStarted => ApiError::new(StatusCode::CONFLICT, "meeting_started", msg),
            Unauthenticated => ApiError::new(StatusCode::UNAUTHORIZED, "unauthenticated", msg),
            InvalidCredentials => ApiError::new(StatusCode::UNAUTHORIZED, "invalid_credentials", msg),
            Locked { .. } => ApiError::new(StatusCode::TOO_MANY_REQUESTS, "locked", msg),
            TooManySignIns { .. } => ApiError::new(StatusCode::TOO_MANY_REQUESTS, "too_many_sign_ins", msg),
            TooManySends { .. } => ApiError::new(StatusCode::TOO_MANY_REQUESTS, "too_many_sends", msg),
            Busy => ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "busy", msg),
            Unavailable => ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "unavailable", msg),
            StorageFull => ApiError::new(StatusCode::INSUFFICIENT_STORAGE, "storage_full", msg),
            Invalid { field, code, message } => {
                ApiError { status: StatusCode::UNPROCESSABLE_ENTITY, code, message, field: Some(field) }
            }
            Conflict { code, message } => ApiError::new(StatusCode::CONFLICT, code, message),
            Internal(cause) => {
                tracing::error!(error = ?cause, "internal error");
                ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", "something went wrong on the server")
            }
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut error = json!({ "code": self.code, "message": self.message });
        if let Some(f) = self.field {
            error["field"] = json!(f);
        }
        let mut res = (self.status, Json(json!({ "error": error }))).into_response();
        if self.status == StatusCode::SERVICE_UNAVAILABLE {
            // A busy server is worth asking again soon.
            res.headers_mut().insert(axum::http::header::RETRY_AFTER, axum::http::HeaderValue::from_static("2"));
        }
        res
    }
}

/// What a kiosk screen shows for a service error.
impl From<ServiceError> for app::api::AppError {
    fn from(e: ServiceError) -> Self {
        use app::api::AppError;
        match e {
            ServiceError::InvalidCode | ServiceError::NotFound => AppError::InvalidCode,
            ServiceError::RateLimited => AppError::RateLimited,
            ServiceError::MeetingStarted => AppError::MeetingStarted,
            ServiceError::TooManySends { .. } => AppError::TooManySends,
            // Both pass: the child is asked to wait and try again, and the draft is kept.
            ServiceError::Busy | ServiceError::Unavailable | ServiceError::StorageFull => AppError::Busy,
            ServiceError::Invalid { code: "text_too_long", .. } => AppError::TextTooLong,
            ServiceError::Conflict { code: "feedback_already_sent", .. } => AppError::AlreadySent,
            ServiceError::Invalid { .. } | ServiceError::Conflict { .. } => AppError::Invalid,
            ServiceError::Unauthenticated
            | ServiceError::InvalidCredentials
            | ServiceError::Locked { .. }
            | ServiceError::TooManySignIns { .. } => {
                AppError::Invalid
            }
            ServiceError::Internal(cause) => {
                tracing::error!(error = ?cause, "internal error on a kiosk screen");
                AppError::Internal
            }
        }
    }
}
