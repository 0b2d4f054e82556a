//! The API's OpenAPI 3.1 document, served at `/api/v1/openapi.json`: made from the handlers'
//! own types and their `#[utoipa::path]` notes (in `api`), so it cannot drift from what they
//! take and send. `make test` runs Schemathesis against it (`tests/openapi/`): generated
//! requests, every answer checked against this document.

use super::api;
use axum::{Json, response::IntoResponse};
use serde::Serialize;
use utoipa::{
    Modify, OpenApi, ToSchema,
    openapi::security::{ApiKey, ApiKeyValue, SecurityScheme},
};

/// Every refusal: `{"error":{"code","message","field"?}}`.
#[derive(Serialize, ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Serialize, ToSchema)]
pub struct ErrorDetail {
    /// Stable, for programs: `invalid_field`, `not_found`, `rate_limited`, …
    pub code: String,
    /// For people.
    pub message: String,
    /// The field that is wrong, for bad input (`participants[1].language`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

/// What any request may be refused with, wherever it goes: bad input, no session, another
/// site, not found (also: not yours), a conflict with the state, too many tries, too big or
/// too slow, the server busy or its database away, its disk full.
#[derive(utoipa::IntoResponses)]
#[allow(dead_code)]
pub enum Refusals {
    #[response(status = 400, description = "The body is not JSON")]
    BadRequest(ErrorBody),
    #[response(status = 401, description = "Sign in first, or the email or password is wrong")]
    Unauthorized(ErrorBody),
    #[response(status = 403, description = "From another site, or a one-time password to change first")]
    Forbidden(ErrorBody),
    #[response(status = 404, description = "Not found, or not yours to see")]
    NotFound(ErrorBody),
    #[response(status = 408, description = "The body was not sent in time")]
    Timeout(ErrorBody),
    #[response(status = 409, description = "Not now: the meeting has started, is closed, …")]
    Conflict(ErrorBody),
    #[response(status = 413, description = "The body is too large")]
    TooLarge(ErrorBody),
    #[response(status = 415, description = "Not sent as application/json")]
    NotJson(ErrorBody),
    #[response(status = 422, description = "A field is wrong (named in `field`)")]
    Invalid(ErrorBody),
    #[response(status = 429, description = "Too many tries: wait (the message says how long)")]
    TooMany(ErrorBody),
    #[response(status = 503, description = "Busy, or the database cannot be reached: try again shortly (Retry-After)")]
    Unavailable(ErrorBody),
    #[response(status = 507, description = "The server's storage is full: nothing was saved")]
    StorageFull(ErrorBody),
}

/// The session cookie staff sign in for (`POST /api/v1/session`).
struct SessionCookie;

impl Modify for SessionCookie {
    fn modify(&self, doc: &mut utoipa::openapi::OpenApi) {
        let components = doc.components.get_or_insert_with(Default::default);
        components.add_security_scheme("session", SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::new(api::SESSION_COOKIE))));
    }
}

#[derive(OpenApi)]
#[openapi(
    info(title = "Tiptoes API", description = "Children's and families' views for safeguarding meetings. See the README's \"JSON API\"."),
    paths(
        api::sign_in, api::sign_out,
        api::create_meeting, api::list_meetings, api::get_meeting, api::update_meeting, api::cancel_meeting,
        api::record_outcome, api::save_translation,
        api::audit_log, api::participation, api::participation_csv, api::breakdowns, api::feedback_figures,
        api::ideas, api::tag_idea,
        api::list_notices, api::create_notice, api::published_notices, api::publish_notice,
        api::export_person, api::erase_person,
        api::kiosk_invite, api::kiosk_views, api::kiosk_feedback,
    ),
    components(schemas(ErrorBody, ErrorDetail)),
    modifiers(&SessionCookie),
)]
pub struct ApiDoc;

/// `GET /api/v1/openapi.json`
pub async fn document() -> impl IntoResponse {
    Json(ApiDoc::openapi())
}
