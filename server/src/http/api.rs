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
use serde::Deserialize;
use serde_json::json;

pub use app::staff::SESSION_COOKIE;

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
        let token = super::cookie(&parts.headers, SESSION_COOKIE).ok_or(ServiceError::Unauthenticated)?;
        let user = users::session_user(&state.pool, &token).await?.ok_or(ServiceError::Unauthenticated)?;
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

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignIn {
    email: String,
    password: String,
}

async fn sign_in(
    State(state): State<AppState>,
    Extension(client): Extension<ClientAddr>,
    ApiJson(body): ApiJson<SignIn>,
) -> Result<Response, ApiError> {
    let (user, token) = users::sign_in(&state.pool, &body.email, &body.password, &client.0).await?;
    let cookie = set_cookie(&state, SESSION_COOKIE, &token, None);
    Ok(([cookie], Json(json!({ "user": user }))).into_response())
}

async fn sign_out(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, ApiError> {
    if let Some(token) = super::cookie(&headers, SESSION_COOKIE) {
        users::sign_out(&state.pool, &token).await?;
    }
    Ok(([set_cookie(&state, SESSION_COOKIE, "", Some(0))], StatusCode::NO_CONTENT).into_response())
}

async fn create_meeting(
    State(state): State<AppState>,
    Staff(user): Staff,
    ApiJson(body): ApiJson<meetings::NewMeeting>,
) -> Result<Response, ApiError> {
    let created = meetings::create(&state.pool, &user, body, &state.public_base).await?;
    Ok((StatusCode::CREATED, Json(created)).into_response())
}

async fn list_meetings(
    State(state): State<AppState>,
    Staff(user): Staff,
    q: Result<Query<meetings::ListQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, ApiError> {
    let q = query(q)?;
    // `{"meetings":[…],"page","pages","total"}`: a page of the list at a time.
    Ok(Json(meetings::list(&state.pool, &user, q).await?).into_response())
}

async fn update_meeting(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(id): Path<String>,
    ApiJson(changes): ApiJson<meetings::MeetingChanges>,
) -> Result<Response, ApiError> {
    let people_changed = changes.participants.is_some();
    let added = meetings::update(&state.pool, &user, &id, changes, &state.public_base).await?;
    // With a new list of people, the answer carries the codes of those added (shown once).
    if people_changed { Ok(Json(json!({ "added": added })).into_response()) } else { Ok(StatusCode::NO_CONTENT.into_response()) }
}

async fn cancel_meeting(State(state): State<AppState>, Staff(user): Staff, Path(id): Path<String>) -> Result<Response, ApiError> {
    meetings::cancel(&state.pool, &user, &id).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

async fn record_outcome(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<outcome::OutcomeInput>,
) -> Result<Response, ApiError> {
    Ok(Json(outcome::record(&state.pool, &user, &id, input).await?).into_response())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TranslationBody {
    /// The English; empty removes the translation.
    text: String,
}

/// A chair's English translation of one typed answer in one version of a person's views:
/// `{"translation": {...}}`, or `{"translation": null}` once removed.
async fn save_translation(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path((id, views_id, field)): Path<(String, String, String)>,
    ApiJson(body): ApiJson<TranslationBody>,
) -> Result<Response, ApiError> {
    let saved = translations::save(&state.pool, &user, &id, &views_id, &field, &body.text).await?;
    Ok(Json(json!({ "translation": saved })).into_response())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FiguresQuery {
    year: Option<i32>,
    kind: Option<app::model::MeetingKind>,
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
async fn participation(
    State(state): State<AppState>,
    Staff(user): Staff,
    q: Result<Query<FiguresQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, ApiError> {
    Ok(Json(participation_figures(&state, &user, q).await?).into_response())
}

async fn participation_csv(
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

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YearQuery {
    year: Option<i32>,
}

/// The year by meeting kind, chair, gender and age band; cells under 5 people withheld.
async fn breakdowns(
    State(state): State<AppState>,
    Staff(user): Staff,
    q: Result<Query<YearQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, ApiError> {
    let year = query(q)?.year.unwrap_or_else(|| figures::year_of(crate::now_ms()));
    Ok(Json(figures::breakdowns::breakdowns(&state.pool, &user, year).await?).into_response())
}

/// Faces and yes / a bit / no counts by quarter, children and parents apart.
async fn feedback_figures(
    State(state): State<AppState>,
    Staff(user): Staff,
    q: Result<Query<FiguresQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, ApiError> {
    let (year, scope) = year_and_scope(query(q)?);
    Ok(Json(figures::feedback::feedback(&state.pool, &user, year, scope).await?).into_response())
}

/// Ideas to make meetings better, newest first, with the meeting kind and not the person.
async fn ideas(
    State(state): State<AppState>,
    Staff(user): Staff,
    q: Result<Query<YearQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, ApiError> {
    let year = query(q)?.year.unwrap_or_else(|| figures::year_of(crate::now_ms()));
    let ideas: Vec<_> = figures::feedback::ideas(&state.pool, &user, year).await?.into_iter().map(|(i, _)| i).collect();
    Ok(Json(json!({ "ideas": ideas })).into_response())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Themes {
    themes: Vec<String>,
}

/// A manager's themes for an idea (replacing any before).
async fn tag_idea(State(state): State<AppState>, Staff(user): Staff, Path(id): Path<String>, ApiJson(body): ApiJson<Themes>) -> Result<Response, ApiError> {
    Ok(Json(json!({ "themes": notices::tag_idea(&state.pool, &user, &id, &body.themes).await? })).into_response())
}

async fn list_notices(State(state): State<AppState>, Staff(user): Staff) -> Result<Response, ApiError> {
    Ok(Json(json!({ "notices": notices::list(&state.pool, &user).await? })).into_response())
}

async fn create_notice(State(state): State<AppState>, Staff(user): Staff, ApiJson(body): ApiJson<notices::NewNotice>) -> Result<Response, ApiError> {
    let id = notices::create(&state.pool, &user, body).await?;
    Ok((StatusCode::CREATED, Json(json!({ "id": id }))).into_response())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Publish {
    published: bool,
}

async fn publish_notice(State(state): State<AppState>, Staff(user): Staff, Path(id): Path<String>, ApiJson(body): ApiJson<Publish>) -> Result<Response, ApiError> {
    notices::set_published(&state.pool, &user, &id, body.published).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// Published notices: public, like the page and the poster.
async fn published_notices(State(state): State<AppState>) -> Result<Response, ApiError> {
    let list: Vec<_> = notices::published(&state.pool)
        .await?
        .into_iter()
        .map(|n| json!({ "you_said": n.you_said, "we_did": n.we_did, "published_at": n.published_at }))
        .collect();
    Ok(Json(json!({ "notices": list })).into_response())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuditQuery {
    meeting: Option<String>,
    user: Option<String>,
    action: Option<String>,
}

/// The audit log, newest first: managers only (anyone else: 404, as for any hidden thing).
async fn audit_log(
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
            let user = e.user_id.map(|id| json!({ "id": id, "name": e.user_name }));
            json!({ "at": meetings::rfc3339(e.at), "user": user, "action": e.action, "meeting_id": e.meeting_id,
                    "participant_id": e.participant_id, "detail": e.detail })
        })
        .collect();
    Ok(Json(json!({ "entries": entries })).into_response())
}

/// Everything held about one person (a subject access request): managers only, audited.
async fn export_person(State(state): State<AppState>, Staff(user): Staff, Path(id): Path<String>) -> Result<Response, ApiError> {
    let out = crate::service::person::export(&state.pool, &user, &id).await?;
    let name = format!("attachment; filename=\"tiptoes-person-{}.json\"", id.chars().filter(char::is_ascii_alphanumeric).take(36).collect::<String>());
    Ok(([(header::CONTENT_DISPOSITION, HeaderValue::from_str(&name).unwrap_or(HeaderValue::from_static("attachment")))], Json(out)).into_response())
}

/// Erases one person's words (an erasure request): managers only, audited.
async fn erase_person(State(state): State<AppState>, Staff(user): Staff, Path(id): Path<String>) -> Result<Response, ApiError> {
    Ok(Json(json!({ "erased": crate::service::person::erase(&state.pool, &user, &id).await? })).into_response())
}

async fn get_meeting(State(state): State<AppState>, Staff(user): Staff, Path(id): Path<String>) -> Result<Response, ApiError> {
    Ok(Json(meetings::get(&state.pool, &user, &id).await?).into_response())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodeBody {
    code: String,
}

/// What a code opens, and nothing more: who it is for (role, first name), the meeting's kind
/// and time, and the language to speak.
async fn kiosk_invite(
    State(state): State<AppState>,
    Extension(client): Extension<ClientAddr>,
    ApiJson(body): ApiJson<CodeBody>,
) -> Result<Response, ApiError> {
    let i = invites::open(&state.pool, &body.code, &client.0).await?;
    Ok(Json(json!({
        "role": i.role,
        "first_name": i.first_name,
        "meeting_kind": i.meeting_kind,
        "starts_at": meetings::rfc3339(i.starts_at),
        "language": i.language,
    }))
    .into_response())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ViewsBody {
    code: String,
    submission_id: uuid::Uuid,
    answers: serde_json::Value,
}

async fn kiosk_views(
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
async fn kiosk_feedback(
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
