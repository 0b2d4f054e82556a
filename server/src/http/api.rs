//! The JSON API under `/api/v1`: thin handlers over the service layer.

use super::json::ApiJson;
use crate::{
    error::{ApiError, ServiceError},
    service::{audit, feedback, figures, invites, kiosk, meetings, notices, outcome, submission, translations, users, views},
    state::AppState,
};
use app::api::{KIOSK_COOKIE, ssr::ClientAddr};
use axum::{
    Extension, Json, Router,
    extract::{FromRequestParts, Path, Query, State},
    http::{HeaderMap, HeaderValue, StatusCode, header, request::Parts},
    response::{AppendHeaders, IntoResponse, Redirect, Response},
    routing::{get, post, put},
};
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::{IntoParams, ToSchema};

pub use app::staff::SESSION_COOKIE;

// The answers' own types, for the OpenAPI document (see `super::openapi`) as much as for
// the wire.

#[derive(Serialize, ToSchema)]
pub struct SignInAnswer {
    user: users::User,
}

#[derive(Serialize, ToSchema)]
pub struct Added {
    /// The people added, with their codes (shown this once).
    added: Vec<meetings::CreatedParticipant>,
}

#[derive(Serialize, ToSchema)]
pub struct SavedTranslation {
    /// Null once removed.
    translation: Option<translations::Translation>,
}

#[derive(Serialize, ToSchema)]
pub struct IdeaList {
    ideas: Vec<figures::feedback::Idea>,
}

#[derive(Serialize, ToSchema)]
pub struct ThemeList {
    themes: Vec<String>,
}

#[derive(Serialize, ToSchema)]
pub struct NoticeList {
    notices: Vec<notices::Notice>,
}

#[derive(Serialize, ToSchema)]
pub struct NewId {
    id: String,
}

#[derive(Serialize, ToSchema)]
pub struct PublishedNotice {
    you_said: String,
    we_did: String,
    published_at: Option<crate::time::Time>,
}

#[derive(Serialize, ToSchema)]
pub struct PublishedList {
    notices: Vec<PublishedNotice>,
}

#[derive(Serialize, ToSchema)]
pub struct AuditUser {
    id: String,
    name: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct AuditEntry {
    at: crate::time::Time,
    /// Null: Tiptoes itself (the hourly purge) or the command line.
    user: Option<AuditUser>,
    action: String,
    meeting_id: Option<String>,
    participant_id: Option<String>,
    /// Counts (a purge's) or key ids; never anyone's words.
    #[schema(value_type = Option<Object>)]
    detail: Option<serde_json::Value>,
}

#[derive(Serialize, ToSchema)]
pub struct AuditList {
    entries: Vec<AuditEntry>,
}

#[derive(Serialize, ToSchema)]
pub struct ErasedBody {
    erased: crate::service::person::Erased,
}

/// What a code opens, and nothing more.
#[derive(Serialize, ToSchema)]
pub struct InviteOpened {
    role: app::model::Role,
    first_name: Option<String>,
    meeting_kind: app::model::MeetingKind,
    starts_at: crate::time::Time,
    /// The language to speak (a tag such as `pl`).
    language: String,
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/session", post(sign_in).delete(sign_out))
        .route("/meetings", post(create_meeting).get(list_meetings))
        .route("/meetings/{id}", get(get_meeting).patch(update_meeting).delete(cancel_meeting))
        .route("/meetings/{id}/outcome", put(record_outcome))
        .route("/meetings/{id}/views/{views_id}/translations/{field}", put(save_translation))
        .route("/audit", get(audit_log))
        .route("/figures/participation", get(participation))
        .route("/figures/participation.csv", get(participation_csv))
        .route("/figures/breakdowns", get(breakdowns))
        .route("/figures/feedback", get(feedback_figures))
        .route("/ideas", get(ideas))
        .route("/ideas/{id}/themes", put(tag_idea))
        .route("/notices", get(list_notices).post(create_notice))
        .route("/notices/published", get(published_notices))
        .route("/notices/{id}", axum::routing::patch(publish_notice))
        .route("/participants/{id}/export", get(export_person))
        .route("/participants/{id}/erase", post(erase_person))
        .route("/kiosk/invite", post(kiosk_invite))
        .route("/kiosk/views", post(kiosk_views))
        .route("/kiosk/feedback", post(kiosk_feedback))
        .route("/openapi.json", get(super::openapi::document))
        .fallback(|| async { ApiError::new(StatusCode::NOT_FOUND, "not_found", "no such API route") })
}

/// A query string, or 422 naming what is wrong with it.
fn query<T>(q: Result<Query<T>, axum::extract::rejection::QueryRejection>) -> Result<T, ApiError> {
    q.map(|Query(q)| q).map_err(|e| ApiError {
        status: StatusCode::UNPROCESSABLE_ENTITY,
        code: "invalid_field",
        message: e.body_text(),
        field: Some("query".into()),
    })
}

pub async fn healthz(State(state): State<AppState>) -> Response {
    match sqlx::query("SELECT 1").execute(&state.pool).await {
        Ok(_) => Json(json!({ "status": "ok" })).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "health check: database did not answer");
            (StatusCode::SERVICE_UNAVAILABLE, Json(json!({ "status": "unavailable" }))).into_response()
        }
    }
}

/// A signed-in member of staff, from the session cookie; 401 otherwise.
pub struct Staff(pub users::User);

impl FromRequestParts<AppState> for Staff {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        // Looked up once for the request by the guard (`super::staff::SignedIn`).
        let user = super::staff::signed_in_user(state, &parts.headers, &parts.extensions).await?.ok_or(ServiceError::Unauthenticated)?;
        if user.must_change_password {
            return Err(ApiError::new(
                StatusCode::FORBIDDEN,
                "password_change_required",
                "signed in with a one-time password: change it on the staff pages first",
            ));
        }
        Ok(Staff(user))
    }
}

fn set_cookie(state: &AppState, name: &str, value: &str, max_age: Option<i64>) -> (header::HeaderName, HeaderValue) {
    let c = app::api::cookie_string(name, value, !state.config.insecure_cookies, max_age);
    (header::SET_COOKIE, HeaderValue::from_str(&c).unwrap_or(HeaderValue::from_static("")))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SignIn {
    email: String,
    password: String,
}

/// Signs in: the answer sets an HttpOnly session cookie.
#[utoipa::path(post, path = "/api/v1/session", request_body = SignIn, tag = "staff",
    responses((status = 200, body = SignInAnswer, description = "Signed in; the session cookie is set"), crate::http::openapi::Refusals))]
pub async fn sign_in(
    State(state): State<AppState>,
    Extension(client): Extension<ClientAddr>,
    ApiJson(body): ApiJson<SignIn>,
) -> Result<Response, ApiError> {
    let (user, token) = users::sign_in(&state.pool, &body.email, &body.password, &client.0).await?;
    let cookie = set_cookie(&state, SESSION_COOKIE, &token, None);
    Ok(([cookie], Json(SignInAnswer { user })).into_response())
}

/// Signs out.
#[utoipa::path(delete, path = "/api/v1/session", tag = "staff", security(("session" = [])),
    responses((status = 204, description = "Signed out"), crate::http::openapi::Refusals))]
pub async fn sign_out(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, ApiError> {
    if let Some(token) = super::cookie(&headers, SESSION_COOKIE) {
        users::sign_out(&state.pool, &token).await?;
    }
    Ok(([set_cookie(&state, SESSION_COOKIE, "", Some(0))], StatusCode::NO_CONTENT).into_response())
}

/// Sets up a meeting; the caller chairs it. Each person's invite code is in the answer, once.
#[utoipa::path(post, path = "/api/v1/meetings", request_body = meetings::NewMeeting, tag = "meetings", security(("session" = [])),
    responses((status = 201, body = meetings::CreatedMeeting), crate::http::openapi::Refusals))]
pub async fn create_meeting(
    State(state): State<AppState>,
    Staff(user): Staff,
    ApiJson(body): ApiJson<meetings::NewMeeting>,
) -> Result<Response, ApiError> {
    let created = meetings::create(&state.pool, &user, body, &state.public_base).await?;
    Ok((StatusCode::CREATED, Json(created)).into_response())
}

/// A page of meetings: a chair's own, a manager's all (or one chair's).
#[utoipa::path(get, path = "/api/v1/meetings", params(meetings::ListQuery), tag = "meetings", security(("session" = [])),
    responses((status = 200, body = meetings::MeetingList), crate::http::openapi::Refusals))]
pub async fn list_meetings(
    State(state): State<AppState>,
    Staff(user): Staff,
    q: Result<Query<meetings::ListQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, ApiError> {
    let q = query(q)?;
    // `{"meetings":[…],"page","pages","total"}`: a page of the list at a time.
    Ok(Json(meetings::list(&state.pool, &user, q).await?).into_response())
}

/// Changes a scheduled meeting. With a new list of people, the answer has the codes of those added.
#[utoipa::path(patch, path = "/api/v1/meetings/{id}", params(("id" = String, Path)), request_body = meetings::MeetingChanges, tag = "meetings",
    security(("session" = [])),
    responses((status = 200, body = Added, description = "People changed"), (status = 204, description = "Changed"), crate::http::openapi::Refusals))]
pub async fn update_meeting(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(id): Path<String>,
    ApiJson(changes): ApiJson<meetings::MeetingChanges>,
) -> Result<Response, ApiError> {
    let people_changed = changes.participants.is_some();
    let added = meetings::update(&state.pool, &user, &id, changes, &state.public_base).await?;
    // With a new list of people, the answer carries the codes of those added (shown once).
    if people_changed { Ok(Json(Added { added }).into_response()) } else { Ok(StatusCode::NO_CONTENT.into_response()) }
}

/// Cancels a meeting, keeping its record.
#[utoipa::path(delete, path = "/api/v1/meetings/{id}", params(("id" = String, Path)), tag = "meetings", security(("session" = [])),
    responses((status = 204, description = "Cancelled"), crate::http::openapi::Refusals))]
pub async fn cancel_meeting(State(state): State<AppState>, Staff(user): Staff, Path(id): Path<String>) -> Result<Response, ApiError> {
    meetings::cancel(&state.pool, &user, &id).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// Records (or replaces) who came and how views were shared.
#[utoipa::path(put, path = "/api/v1/meetings/{id}/outcome", params(("id" = String, Path)), request_body = outcome::OutcomeInput,
    tag = "meetings", security(("session" = [])),
    responses((status = 200, body = outcome::Outcome), crate::http::openapi::Refusals))]
pub async fn record_outcome(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<outcome::OutcomeInput>,
) -> Result<Response, ApiError> {
    Ok(Json(outcome::record(&state.pool, &user, &id, input).await?).into_response())
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TranslationBody {
    /// The English; empty removes the translation.
    text: String,
}

/// A chair's English translation of one typed answer in one version of a person's views:
/// `{"translation": {...}}`, or `{"translation": null}` once removed.
#[utoipa::path(put, path = "/api/v1/meetings/{id}/views/{views_id}/translations/{field}",
    params(("id" = String, Path), ("views_id" = String, Path), ("field" = String, Path, description = "A typed answer: good_things, worries, …")),
    request_body = TranslationBody, tag = "meetings", security(("session" = [])),
    responses((status = 200, body = SavedTranslation), crate::http::openapi::Refusals))]
pub async fn save_translation(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path((id, views_id, field)): Path<(String, String, String)>,
    ApiJson(body): ApiJson<TranslationBody>,
) -> Result<Response, ApiError> {
    let saved = translations::save(&state.pool, &user, &id, &views_id, &field, &body.text).await?;
    Ok(Json(SavedTranslation { translation: saved }).into_response())
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct FiguresQuery {
    /// The financial year from 1 April: 2017 is 2017/18. This year by default.
    #[param(minimum = 2000, maximum = 2100)]
    year: Option<i32>,
    /// One kind of meeting.
    kind: Option<app::model::MeetingKind>,
    /// One chair's meetings (a chair: only their own id).
    chair: Option<String>,
}

async fn participation_figures(
    state: &AppState,
    user: &users::User,
    q: Result<Query<FiguresQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<figures::Participation, ApiError> {
    let (year, scope) = year_and_scope(query(q)?);
    Ok(figures::participation(&state.pool, user, year, scope).await?)
}

/// Participation by quarter of a financial year (`year=2017` is 2017/18).
#[utoipa::path(get, path = "/api/v1/figures/participation", params(FiguresQuery), tag = "figures", security(("session" = [])),
    responses((status = 200, body = figures::Participation), crate::http::openapi::Refusals))]
pub async fn participation(
    State(state): State<AppState>,
    Staff(user): Staff,
    q: Result<Query<FiguresQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, ApiError> {
    Ok(Json(participation_figures(&state, &user, q).await?).into_response())
}

/// The same as CSV.
#[utoipa::path(get, path = "/api/v1/figures/participation.csv", params(FiguresQuery), tag = "figures", security(("session" = [])),
    responses((status = 200, body = String, content_type = "text/csv; charset=utf-8"), crate::http::openapi::Refusals))]
pub async fn participation_csv(
    State(state): State<AppState>,
    Staff(user): Staff,
    q: Result<Query<FiguresQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, ApiError> {
    let p = participation_figures(&state, &user, q).await?;
    let detail = json!({ "year": p.year });
    audit::write(&state.pool, Some(&user), audit::Action::ExportFigures, audit::About { detail: Some(detail), ..Default::default() }).await?;
    let name = format!("attachment; filename=\"participation-{}.csv\"", p.year.replace('/', "-"));
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8")),
            (header::CONTENT_DISPOSITION, HeaderValue::from_str(&name).unwrap_or(HeaderValue::from_static("attachment"))),
        ],
        figures::to_csv(&p),
    )
        .into_response())
}

/// The year and scope asked for, or this financial year by default.
fn year_and_scope(q: FiguresQuery) -> (i32, figures::Scope) {
    let year = q.year.unwrap_or_else(|| figures::year_of(crate::now_ms()));
    (year, figures::Scope { kind: q.kind, chair: q.chair.filter(|c| !c.is_empty()) })
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct YearQuery {
    /// The financial year from 1 April: 2017 is 2017/18. This year by default.
    #[param(minimum = 2000, maximum = 2100)]
    year: Option<i32>,
}

/// The year by meeting kind, chair, gender and age band; cells under 5 people withheld.
#[utoipa::path(get, path = "/api/v1/figures/breakdowns", params(YearQuery), tag = "figures", security(("session" = [])),
    responses((status = 200, body = figures::breakdowns::Breakdowns), crate::http::openapi::Refusals))]
pub async fn breakdowns(
    State(state): State<AppState>,
    Staff(user): Staff,
    q: Result<Query<YearQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, ApiError> {
    let year = query(q)?.year.unwrap_or_else(|| figures::year_of(crate::now_ms()));
    Ok(Json(figures::breakdowns::breakdowns(&state.pool, &user, year).await?).into_response())
}

/// Faces and yes / a bit / no counts by quarter, children and parents apart.
#[utoipa::path(get, path = "/api/v1/figures/feedback", params(FiguresQuery), tag = "figures", security(("session" = [])),
    responses((status = 200, body = figures::feedback::FeedbackFigures), crate::http::openapi::Refusals))]
pub async fn feedback_figures(
    State(state): State<AppState>,
    Staff(user): Staff,
    q: Result<Query<FiguresQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, ApiError> {
    let (year, scope) = year_and_scope(query(q)?);
    Ok(Json(figures::feedback::feedback(&state.pool, &user, year, scope).await?).into_response())
}

/// Ideas to make meetings better, with the meeting kind and not the person.
#[utoipa::path(get, path = "/api/v1/ideas", params(YearQuery), tag = "figures", security(("session" = [])),
    responses((status = 200, body = IdeaList), crate::http::openapi::Refusals))]
pub async fn ideas(
    State(state): State<AppState>,
    Staff(user): Staff,
    q: Result<Query<YearQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, ApiError> {
    let year = query(q)?.year.unwrap_or_else(|| figures::year_of(crate::now_ms()));
    let ideas: Vec<_> = figures::feedback::ideas(&state.pool, &user, year).await?.into_iter().map(|(i, _)| i).collect();
    Ok(Json(IdeaList { ideas }).into_response())
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Themes {
    themes: Vec<String>,
}

/// A manager's themes for an idea (replacing any before).
#[utoipa::path(put, path = "/api/v1/ideas/{id}/themes", params(("id" = String, Path)), request_body = Themes, tag = "figures",
    security(("session" = [])), responses((status = 200, body = ThemeList), crate::http::openapi::Refusals))]
pub async fn tag_idea(State(state): State<AppState>, Staff(user): Staff, Path(id): Path<String>, ApiJson(body): ApiJson<Themes>) -> Result<Response, ApiError> {
    Ok(Json(ThemeList { themes: notices::tag_idea(&state.pool, &user, &id, &body.themes).await? }).into_response())
}

/// "You said, we did" notices, drafts and published: managers.
#[utoipa::path(get, path = "/api/v1/notices", tag = "notices", security(("session" = [])), responses((status = 200, body = NoticeList), crate::http::openapi::Refusals))]
pub async fn list_notices(State(state): State<AppState>, Staff(user): Staff) -> Result<Response, ApiError> {
    Ok(Json(NoticeList { notices: notices::list(&state.pool, &user).await? }).into_response())
}

#[utoipa::path(post, path = "/api/v1/notices", request_body = notices::NewNotice, tag = "notices", security(("session" = [])),
    responses((status = 201, body = NewId), crate::http::openapi::Refusals))]
pub async fn create_notice(State(state): State<AppState>, Staff(user): Staff, ApiJson(body): ApiJson<notices::NewNotice>) -> Result<Response, ApiError> {
    let id = notices::create(&state.pool, &user, body).await?;
    Ok((StatusCode::CREATED, Json(NewId { id })).into_response())
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Publish {
    published: bool,
}

#[utoipa::path(patch, path = "/api/v1/notices/{id}", params(("id" = String, Path)), request_body = Publish, tag = "notices",
    security(("session" = [])), responses((status = 204, description = "Published or withdrawn"), crate::http::openapi::Refusals))]
pub async fn publish_notice(State(state): State<AppState>, Staff(user): Staff, Path(id): Path<String>, ApiJson(body): ApiJson<Publish>) -> Result<Response, ApiError> {
    notices::set_published(&state.pool, &user, &id, body.published).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// Published notices: public, like the page and the poster.
#[utoipa::path(get, path = "/api/v1/notices/published", tag = "notices", responses((status = 200, body = PublishedList), crate::http::openapi::Refusals))]
pub async fn published_notices(State(state): State<AppState>) -> Result<Response, ApiError> {
    let list: Vec<_> = notices::published(&state.pool)
        .await?
        .into_iter()
        .map(|n| PublishedNotice { you_said: n.you_said, we_did: n.we_did, published_at: n.published_at })
        .collect();
    Ok(Json(PublishedList { notices: list }).into_response())
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct AuditQuery {
    /// One meeting's entries.
    meeting: Option<String>,
    /// One user's.
    user: Option<String>,
    /// One action's (`read_views`, `purge`, …).
    action: Option<String>,
}

/// The audit log, newest first: managers only (anyone else: 404, as for any hidden thing).
#[utoipa::path(get, path = "/api/v1/audit", params(AuditQuery), tag = "staff", security(("session" = [])),
    responses((status = 200, body = AuditList), crate::http::openapi::Refusals))]
pub async fn audit_log(
    State(state): State<AppState>,
    Staff(user): Staff,
    q: Result<Query<AuditQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, ApiError> {
    let q = query(q)?;
    let entries = audit::list(&state.pool, &user, &audit::Filter { meeting: q.meeting, by: q.user, action: q.action }).await?;
    let entries: Vec<_> = entries
        .into_iter()
        .map(|e| {
            // No user: Tiptoes itself (the hourly purge) or the command line.
            let user = e.user_id.map(|id| AuditUser { id, name: e.user_name });
            AuditEntry {
                at: crate::time::Time(e.at),
                user,
                action: e.action,
                meeting_id: e.meeting_id,
                participant_id: e.participant_id,
                detail: e.detail,
            }
        })
        .collect();
    Ok(Json(AuditList { entries }).into_response())
}

/// Everything held about one person (a subject access request): managers only, audited.
#[utoipa::path(get, path = "/api/v1/participants/{id}/export", params(("id" = String, Path)), tag = "privacy", security(("session" = [])),
    responses((status = 200, body = Object, description = "A JSON attachment: the person, their meeting, every version of their views, drafts, feedback, audit"), crate::http::openapi::Refusals))]
pub async fn export_person(State(state): State<AppState>, Staff(user): Staff, Path(id): Path<String>) -> Result<Response, ApiError> {
    let out = crate::service::person::export(&state.pool, &user, &id).await?;
    let name = format!("attachment; filename=\"tiptoes-person-{}.json\"", id.chars().filter(char::is_ascii_alphanumeric).take(36).collect::<String>());
    Ok(([(header::CONTENT_DISPOSITION, HeaderValue::from_str(&name).unwrap_or(HeaderValue::from_static("attachment")))], Json(out)).into_response())
}

/// Erases one person's words (an erasure request): managers only, audited.
#[utoipa::path(post, path = "/api/v1/participants/{id}/erase", params(("id" = String, Path)), tag = "privacy", security(("session" = [])),
    responses((status = 200, body = ErasedBody), crate::http::openapi::Refusals))]
pub async fn erase_person(State(state): State<AppState>, Staff(user): Staff, Path(id): Path<String>) -> Result<Response, ApiError> {
    Ok(Json(ErasedBody { erased: crate::service::person::erase(&state.pool, &user, &id).await? }).into_response())
}

/// The meeting, its people and each one's newest views (every read audited).
#[utoipa::path(get, path = "/api/v1/meetings/{id}", params(("id" = String, Path)), tag = "meetings", security(("session" = [])),
    responses((status = 200, body = meetings::MeetingDetail), crate::http::openapi::Refusals))]
pub async fn get_meeting(State(state): State<AppState>, Staff(user): Staff, Path(id): Path<String>) -> Result<Response, ApiError> {
    Ok(Json(meetings::get(&state.pool, &user, &id).await?).into_response())
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CodeBody {
    code: String,
}

/// What a code opens, and nothing more: who it is for (role, first name), the meeting's kind
/// and time, and the language to speak.
#[utoipa::path(post, path = "/api/v1/kiosk/invite", request_body = CodeBody, tag = "kiosk", responses((status = 200, body = InviteOpened), crate::http::openapi::Refusals))]
pub async fn kiosk_invite(
    State(state): State<AppState>,
    Extension(client): Extension<ClientAddr>,
    ApiJson(body): ApiJson<CodeBody>,
) -> Result<Response, ApiError> {
    let i = invites::open(&state.pool, &body.code, &client.0).await?;
    Ok(Json(InviteOpened {
        role: i.role,
        first_name: i.first_name,
        meeting_kind: i.meeting_kind,
        starts_at: crate::time::Time(i.starts_at),
        language: i.language,
    })
    .into_response())
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ViewsBody {
    code: String,
    /// Made up by the sender, once per send: the same id again is the same send.
    submission_id: uuid::Uuid,
    /// A child's answers or a parent's (by the invite's role), or feedback; every field optional.
    #[schema(value_type = Object)]
    answers: serde_json::Value,
}

/// A person's views before the meeting. 201 the first time; the same submission id again: 200, the same receipt.
#[utoipa::path(post, path = "/api/v1/kiosk/views", request_body = ViewsBody, tag = "kiosk",
    responses((status = 201, body = crate::service::submission::Receipt, description = "Stored"),
        (status = 200, body = crate::service::submission::Receipt, description = "Stored before, by this submission id"), crate::http::openapi::Refusals))]
pub async fn kiosk_views(
    State(state): State<AppState>,
    Extension(client): Extension<ClientAddr>,
    ApiJson(body): ApiJson<ViewsBody>,
) -> Result<Response, ApiError> {
    if !body.answers.is_object() {
        return Err(ServiceError::invalid("answers", "invalid_field", "answers must be an object").into());
    }
    let invite = invites::open(&state.pool, &body.code, &client.0).await?;
    let answers = views::parse_answers(&invite, body.answers)?;
    let receipt =
        views::submit(&state.pool, &invite, &body.submission_id.to_string(), &answers, &invite.language, submission::Via::Api, state.config.sends_per_hour).await?;
    let status = if receipt.created { StatusCode::CREATED } else { StatusCode::OK };
    Ok((status, Json(receipt)).into_response())
}

/// Feedback after the meeting, from the same code: once per person, idempotent by
/// submission id (201 the first time, 200 for a retry).
#[utoipa::path(post, path = "/api/v1/kiosk/feedback", request_body = ViewsBody, tag = "kiosk",
    responses((status = 201, body = crate::service::submission::Receipt, description = "Stored"),
        (status = 200, body = crate::service::submission::Receipt, description = "Stored before, by this submission id"), crate::http::openapi::Refusals))]
pub async fn kiosk_feedback(
    State(state): State<AppState>,
    Extension(client): Extension<ClientAddr>,
    ApiJson(body): ApiJson<ViewsBody>,
) -> Result<Response, ApiError> {
    if !body.answers.is_object() {
        return Err(ServiceError::invalid("answers", "invalid_field", "answers must be an object").into());
    }
    let invite = invites::open(&state.pool, &body.code, &client.0).await?;
    let answers = feedback::parse_answers(&invite, body.answers)?;
    let receipt = feedback::submit(&state.pool, &invite, &body.submission_id.to_string(), &answers, submission::Via::Api).await?;
    let status = if receipt.created { StatusCode::CREATED } else { StatusCode::OK };
    Ok((status, Json(receipt)).into_response())
}

/// Where a kiosk screen without JavaScript goes when it has sat idle (its `<meta refresh>`):
/// the draft is deleted and its cookie expired here, on the server, before the start screen
/// says that nothing is left, so no later screen on that tablet can show what was typed.
/// A GET, because a refresh cannot post; the cookie is SameSite=Strict, so another site
/// cannot make a browser send it here.
pub async fn kiosk_end(State(state): State<AppState>, headers: axum::http::HeaderMap) -> Result<Response, ApiError> {
    if let Some(token) = super::cookie(&headers, KIOSK_COOKIE) {
        kiosk::discard(&state.pool, &token).await?;
    }
    Ok((
        AppendHeaders([
            set_cookie(&state, KIOSK_COOKIE, "", Some(0)),
            set_cookie(&state, app::i18n::HELPING_COOKIE, "", Some(0)),
            set_cookie(&state, app::i18n::LANG_COOKIE, "", Some(0)),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
        ]),
        Redirect::to("/?ended=1"),
    )
        .into_response())
}

/// The invite link (and QR code): opens the kiosk for that person in their language.
pub async fn invite_link(
    State(state): State<AppState>,
    Extension(client): Extension<ClientAddr>,
    Path(code): Path<String>,
) -> Response {
    match kiosk::start(&state.pool, &code, &client.0).await {
        // AppendHeaders: two Set-Cookie headers must both arrive (a plain array would keep one).
        Ok((token, lang)) => (
            AppendHeaders([
                set_cookie(&state, KIOSK_COOKIE, &token, None),
                set_cookie(&state, app::i18n::LANG_COOKIE, &lang, Some(60 * 60 * 24 * 365)),
                (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
            ]),
            Redirect::to("/k/welcome"),
        )
            .into_response(),
        Err(ServiceError::RateLimited) => Redirect::to("/code?error=rate_limited").into_response(),
        Err(ServiceError::InvalidCode) => Redirect::to("/code?error=invalid_code").into_response(),
        Err(e) => ApiError::from(e).into_response(),
    }
}
