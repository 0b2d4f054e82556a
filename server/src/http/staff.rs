//! The staff pages' side of the server: the `StaffBackend` the Leptos server functions call
//! (a thin adapter over the service layer, like the JSON API), the guard that keeps every
//! staff page from a signed-out visitor, and the printable invites.

use crate::{
    error::ServiceError,
    service::{
        self, audit, figures, invites, meetings, notices,
        outcome::{self, SharedBy},
        users::{self, StaffRole, User},
    },
    state::AppState,
};
use app::model::{Answers, MeetingKind, Role};
use app::staff::{
    Account, AuditPage, AuditRow, FeedbackPage, FiguresPage, MeetingForm, NoticeForm, NoticeRow, NoticesPage, UsersPage, MeetingPage, MeetingRow, MeetingViewsPage, MeetingsPage, OutcomeForm, Person, PersonOutcome, SESSION_COOKIE, SentViews, TranslationNote,
    StaffBackend, StaffError, StaffUser,
};
use axum::{
    extract::{Path, Request, State},
    http::{HeaderValue, StatusCode, header},
    middleware::Next,
    response::{Html, IntoResponse, Redirect, Response},
};

impl From<ServiceError> for StaffError {
    fn from(e: ServiceError) -> Self {
        match e {
            ServiceError::NotFound => StaffError::NotFound,
            ServiceError::Unauthenticated => StaffError::Unauthenticated,
            ServiceError::InvalidCredentials => StaffError::InvalidCredentials,
            ServiceError::Locked { minutes } => StaffError::Locked { minutes },
            ServiceError::TooManySignIns { .. } => StaffError::Conflict { code: "too_many_sign_ins".into() },
            ServiceError::Busy | ServiceError::Unavailable | ServiceError::StorageFull => StaffError::Conflict { code: "busy".into() },
            ServiceError::Invalid { field, code, .. } => StaffError::Invalid { field: form_field(&field), code: code.into() },
            ServiceError::Conflict { code, .. } => StaffError::Conflict { code: code.into() },
            ServiceError::MeetingStarted => StaffError::Conflict { code: "meeting_closed".into() },
            ServiceError::InvalidCode | ServiceError::RateLimited | ServiceError::TooManySends { .. } => StaffError::Internal,
            ServiceError::Internal(cause) => {
                tracing::error!(error = ?cause, "internal error on a staff page");
                StaffError::Internal
            }
        }
    }
}

/// The service names fields as the JSON API does (`participants[1].language`); the form's
/// element ids are `people-1-language`.
fn form_field(api_field: &str) -> String {
    match api_field {
        "starts_at" => "date".into(),
        f => f.replace("participants[", "people-").replace("].", "-"),
    }
}

/// The staff operations as the Leptos server functions reach them.
pub struct Staff {
    pub pool: crate::db::Pool,
    pub public_base: std::sync::Arc<str>,
}

impl Staff {
    /// The signed-in user; one still on a one-time password may do nothing but change it.
    async fn user(&self, token: &str) -> Result<User, StaffError> {
        let user = self.any_user(token).await?;
        if user.must_change_password {
            return Err(StaffError::Conflict { code: "password_change_required".into() });
        }
        Ok(user)
    }

    async fn any_user(&self, token: &str) -> Result<User, StaffError> {
        // The guard looked the session up for this request already (see `SignedIn`).
        let parts = leptos::prelude::use_context::<axum::http::request::Parts>();
        let found = match parts.as_ref().and_then(|p| SignedIn::of(&p.extensions, token)) {
            Some(found) => found,
            None => users::session_user(&self.pool, token).await?,
        };
        found.ok_or(StaffError::Unauthenticated)
    }
}

/// Who is signed in on this request, looked up once from the session cookie by `guard`, and
/// handed on to the staff pages, their server functions and the JSON API (request
/// extensions), which would otherwise each look the session up again.
#[derive(Clone, Debug)]
pub struct SignedIn {
    token: String,
    user: Option<User>,
}

impl SignedIn {
    /// The user the guard found for `token` (`Some(None)`: nobody), or `None` if it did not
    /// look (another token, or a request it does not see).
    pub fn of(extensions: &axum::http::Extensions, token: &str) -> Option<Option<User>> {
        extensions.get::<SignedIn>().filter(|s| s.token == token).map(|s| s.user.clone())
    }
}

/// The signed-in user of a request: the guard's, or looked up now.
pub async fn signed_in_user(state: &AppState, headers: &axum::http::HeaderMap, extensions: &axum::http::Extensions) -> Result<Option<User>, ServiceError> {
    let Some(token) = super::cookie(headers, SESSION_COOKIE) else { return Ok(None) };
    match SignedIn::of(extensions, &token) {
        Some(found) => Ok(found),
        None => users::session_user(&state.pool, &token).await,
    }
}

fn staff_user(u: &User) -> StaffUser {
    StaffUser { id: u.id.clone(), name: u.name.clone(), manager: u.is_manager() }
}

fn opt(s: Option<String>) -> Option<String> {
    s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

#[async_trait::async_trait]
impl StaffBackend for Staff {
    async fn sign_in(&self, email: &str, password: &str, client: &str) -> Result<String, StaffError> {
        Ok(users::sign_in(&self.pool, email, password, client).await?.1)
    }

    async fn sign_out(&self, token: &str) -> Result<(), StaffError> {
        Ok(users::sign_out(&self.pool, token).await?)
    }

    async fn me(&self, token: &str) -> Result<StaffUser, StaffError> {
        Ok(staff_user(&self.user(token).await?))
    }

    async fn meetings(&self, token: &str, chair: Option<String>, page: u32) -> Result<MeetingsPage, StaffError> {
        let user = self.user(token).await?;
        let list = meetings::list(&self.pool, &user, meetings::ListQuery { chair, page: Some(page), ..Default::default() }).await?;
        let now = crate::now_ms();
        let chairs = if user.is_manager() { users::chairs(&self.pool).await? } else { Vec::new() };
        Ok(MeetingsPage {
            user: staff_user(&user),
            chairs,
            page: list.page,
            pages: list.pages,
            total: list.total,
            meetings: list
                .meetings
                .into_iter()
                .map(|m| {
                    let at = m.head.starts_at.ms();
                    MeetingRow {
                        id: m.head.id,
                        kind: m.head.kind,
                        starts_at: invites::local_time(at),
                        upcoming: at >= now,
                        case_ref: m.head.case_ref,
                        status: m.head.status,
                        chair_name: m.head.chair.name,
                        participants: m.participants,
                        views_received: m.views_received,
                        talk_soon: m.talk_soon,
                    }
                })
                .collect(),
        })
    }

    async fn meeting(&self, token: &str, id: &str, print: bool) -> Result<MeetingViewsPage, StaffError> {
        let user = self.user(token).await?;
        let why = if print { audit::Action::PrintViews } else { audit::Action::ReadViews };
        let m = meetings::read(&self.pool, &user, id, why).await?;
        let mut people = Vec::with_capacity(m.participants.len());
        let mut views = Vec::with_capacity(m.participants.len());
        for p in m.participants {
            views.push(match p.views {
                // Words deleted after the meeting (the page says when): nothing to show.
                Some(v) if v.answers.is_null() => None,
                Some(v) => Some(SentViews {
                    id: v.id,
                    at: invites::local_time(v.submitted_at.ms()),
                    language: v.language,
                    answers: Answers::from_value(p.person.role, v.answers).map_err(|e| ServiceError::Internal(service::unreadable("answers", &e)))?,
                    translations: v
                        .translations
                        .into_iter()
                        .map(|t| TranslationNote { at: invites::local_time(t.translated_at.ms()), field: t.field, text: t.text, by: t.translated_by })
                        .collect(),
                }),
                None => None,
            });
            people.push(person(p.person));
        }
        Ok(MeetingViewsPage { meeting: meeting_page(&user, m.head, people), views })
    }

    async fn save_translation(&self, token: &str, meeting_id: &str, views_id: &str, field: &str, text: &str) -> Result<(), StaffError> {
        let user = self.user(token).await?;
        service::translations::save(&self.pool, &user, meeting_id, views_id, field, text).await?;
        Ok(())
    }

    async fn erase_person(&self, token: &str, participant_id: &str) -> Result<(), StaffError> {
        let user = self.user(token).await?;
        service::person::erase(&self.pool, &user, participant_id).await?;
        Ok(())
    }

    async fn meeting_people(&self, token: &str, id: &str) -> Result<MeetingPage, StaffError> {
        let user = self.user(token).await?;
        let m = meetings::people(&self.pool, &user, id).await?;
        Ok(meeting_page(&user, m.head, m.participants.into_iter().map(person).collect()))
    }

    async fn create_meeting(&self, token: &str, form: MeetingForm) -> Result<String, StaffError> {
        let user = self.user(token).await?;
        let (kind, starts_at) = meeting_head(&form)?;
        let participants = people(form.people)?
            .into_iter()
            .map(|p| meetings::NewParticipant { role: p.role, first_name: p.first_name, language: p.language, age_band: p.age_band, gender: p.gender })
            .collect();
        let input = meetings::NewMeeting { kind, starts_at: meetings::rfc3339(starts_at), case_ref: opt(form.case_ref), participants };
        Ok(meetings::create(&self.pool, &user, input, &self.public_base).await?.id)
    }

    async fn update_meeting(&self, token: &str, id: &str, form: MeetingForm) -> Result<(), StaffError> {
        let user = self.user(token).await?;
        let (kind, starts_at) = meeting_head(&form)?;
        let changes = meetings::MeetingChanges {
            kind: Some(kind),
            starts_at: Some(meetings::rfc3339(starts_at)),
            // Empty clears it.
            case_ref: Some(form.case_ref.unwrap_or_default()),
            participants: Some(people(form.people)?),
        };
        meetings::update(&self.pool, &user, id, changes, &self.public_base).await?;
        Ok(())
    }

    async fn cancel_meeting(&self, token: &str, id: &str) -> Result<(), StaffError> {
        let user = self.user(token).await?;
        Ok(meetings::cancel(&self.pool, &user, id).await?)
    }

    async fn record_outcome(&self, token: &str, id: &str, form: OutcomeForm) -> Result<(), StaffError> {
        let user = self.user(token).await?;
        let held = match form.held.as_str() {
            "yes" => true,
            "no" => false,
            _ => return Err(StaffError::Invalid { field: "held-yes".into(), code: "choose_held".into() }),
        };
        let ticked = |v: &Option<String>| v.is_some();
        let participants = form
            .people
            .into_iter()
            .map(|p| {
                let mut shared = Vec::new();
                for (on, way) in [(&p.written, SharedBy::Written), (&p.someone, SharedBy::Someone), (&p.phone, SharedBy::Phone)] {
                    if ticked(on) {
                        shared.push(way);
                    }
                }
                outcome::ParticipantOutcome {
                    attended: ticked(&p.attended),
                    views_shared_by: shared,
                    not_able: ticked(&p.not_able),
                    not_able_reason: opt(p.not_able_reason),
                    interpreter_needed: ticked(&p.interpreter_needed),
                    interpreter_present: ticked(&p.interpreter_present),
                    id: p.id,
                }
            })
            .collect();
        outcome::record(&self.pool, &user, id, outcome::OutcomeInput { held, participants }).await?;
        Ok(())
    }

    async fn users(&self, token: &str) -> Result<UsersPage, StaffError> {
        let user = self.user(token).await?;
        let accounts = users::list(&self.pool, &user).await?;
        Ok(UsersPage {
            user: staff_user(&user),
            suggested_password: users::suggest_password(),
            accounts: accounts
                .into_iter()
                .map(|a| Account {
                    manager: a.role == StaffRole::Manager,
                    id: a.id,
                    name: a.name,
                    email: a.email,
                    disabled: a.disabled,
                    must_change_password: a.must_change_password,
                })
                .collect(),
        })
    }

    async fn add_user(&self, token: &str, name: &str, email: &str, role: &str, password: &str) -> Result<(), StaffError> {
        let user = self.user(token).await?;
        let role = StaffRole::parse(role).ok_or(StaffError::Invalid { field: "role".into(), code: "invalid_field".into() })?;
        users::add_with_one_time_password(&self.pool, &user, email, name, role, password).await?;
        Ok(())
    }

    async fn set_user_disabled(&self, token: &str, id: &str, disabled: bool) -> Result<(), StaffError> {
        let user = self.user(token).await?;
        Ok(users::set_disabled(&self.pool, &user, id, disabled).await?)
    }

    async fn reset_user_password(&self, token: &str, id: &str, password: &str) -> Result<(), StaffError> {
        let user = self.user(token).await?;
        users::reset_password(&self.pool, &user, id, password).await.map_err(|e| match e {
            // The reset form's password box is named per account.
            ServiceError::Invalid { code, .. } => StaffError::Invalid { field: format!("password-{id}"), code: code.into() },
            e => e.into(),
        })
    }

    async fn change_password(&self, token: &str, current: &str, new: &str) -> Result<(), StaffError> {
        let user = self.any_user(token).await?;
        Ok(users::change_password(&self.pool, &user, token, current, new).await?)
    }

    async fn figures(&self, token: &str, year: Option<i32>) -> Result<FiguresPage, StaffError> {
        let user = self.user(token).await?;
        let (year, years) = year_and_years(&self.pool, year).await?;
        let all = figures::Scope::default;
        Ok(FiguresPage {
            user: staff_user(&user),
            year,
            this: figures::participation(&self.pool, &user, year, all()).await?,
            last: figures::participation(&self.pool, &user, year - 1, all()).await?,
            breakdowns: figures::breakdowns::breakdowns(&self.pool, &user, year).await?,
            years,
        })
    }

    async fn feedback(&self, token: &str, year: Option<i32>) -> Result<FeedbackPage, StaffError> {
        let user = self.user(token).await?;
        let (year, years) = year_and_years(&self.pool, year).await?;
        let ideas = figures::feedback::ideas(&self.pool, &user, year).await?;
        Ok(FeedbackPage {
            user: staff_user(&user),
            year,
            figures: figures::feedback::feedback(&self.pool, &user, year, figures::Scope::default()).await?,
            ideas: ideas.into_iter().map(|(i, at)| (i, at.map(invites::local_time))).collect(),
            years,
        })
    }

    async fn notices(&self, token: &str) -> Result<NoticesPage, StaffError> {
        let user = self.user(token).await?;
        let list = notices::list(&self.pool, &user).await?;
        let ideas = figures::feedback::ideas(&self.pool, &user, figures::year_of(crate::now_ms())).await?;
        Ok(NoticesPage {
            user: staff_user(&user),
            notices: list.into_iter().map(notice_row).collect(),
            ideas: ideas.into_iter().map(|(i, at)| (i, at.map(invites::local_time))).collect(),
        })
    }

    async fn add_notice(&self, token: &str, form: NoticeForm) -> Result<(), StaffError> {
        let user = self.user(token).await?;
        let n = notices::NewNotice { you_said: form.you_said, we_did: form.we_did, ideas: form.ideas, publish: form.publish.is_some() };
        notices::create(&self.pool, &user, n).await?;
        Ok(())
    }

    async fn publish_notice(&self, token: &str, id: &str, published: bool) -> Result<(), StaffError> {
        let user = self.user(token).await?;
        Ok(notices::set_published(&self.pool, &user, id, published).await?)
    }

    async fn tag_idea(&self, token: &str, id: &str, themes: &str) -> Result<(), StaffError> {
        let user = self.user(token).await?;
        notices::tag_idea(&self.pool, &user, id, &[themes.to_string()]).await?;
        Ok(())
    }

    async fn published_notices(&self) -> Result<Vec<NoticeRow>, StaffError> {
        Ok(notices::published(&self.pool).await?.into_iter().map(notice_row).collect())
    }

    async fn audit(&self, token: &str, meeting: Option<String>, by: Option<String>, action: Option<String>) -> Result<AuditPage, StaffError> {
        let user = self.user(token).await?;
        let entries = audit::list(&self.pool, &user, &audit::Filter { meeting, by, action }).await?;
        Ok(AuditPage {
            actions: audit::Action::ALL.iter().map(|a| a.as_str().to_string()).collect(),
            user: staff_user(&user),
            users: users::chairs(&self.pool).await?,
            entries: entries
                .into_iter()
                .map(|e| AuditRow { at: invites::local_time(e.at), user_name: e.user_name, action: e.action, meeting_id: e.meeting_id })
                .collect(),
        })
    }
}

/// A meeting's head and people as the staff pages show them.
fn meeting_page(user: &User, head: meetings::MeetingHead, people: Vec<Person>) -> MeetingPage {
    let at = head.starts_at.ms();
    MeetingPage {
        user: staff_user(user),
        id: head.id,
        kind: head.kind,
        starts_at: invites::local_time(at),
        started: crate::now_ms() >= at,
        case_ref: head.case_ref,
        status: head.status,
        chair_name: head.chair.name,
        words_kept_until: head.words_kept_until.map(|t| invites::local_time(t.ms())),
        words_deleted: head.words_deleted_at.map(|t| invites::local_time(t.ms())),
        people,
    }
}

fn person(p: meetings::Participant) -> Person {
    Person {
        id: p.id,
        role: p.role,
        first_name: p.first_name,
        language: p.language,
        age_band: p.age_band,
        gender: p.gender,
        submissions: p.submissions,
        invite_printed: p.invite_printed_at.map(|t| invites::local_time(t.ms())),
        words_erased: p.words_erased_at.map(|t| invites::local_time(t.ms())),
        outcome: p.outcome.map(|o| PersonOutcome {
            attended: o.attended,
            shared_by: o.views_shared_by.clone(),
            not_able: o.not_able,
            not_able_reason: o.not_able_reason,
            interpreter_needed: o.interpreter_needed,
            interpreter_present: o.interpreter_present,
        }),
    }
}

fn notice_row(n: notices::Notice) -> NoticeRow {
    NoticeRow { id: n.id, you_said: n.you_said, we_did: n.we_did, published: n.published_at.map(|t| invites::local_time(t.ms())), ideas: n.ideas }
}

/// The year asked for (this financial year by default) and the years there are figures for.
async fn year_and_years(pool: &crate::db::Pool, year: Option<i32>) -> Result<(i32, Vec<i32>), StaffError> {
    let year = figures::check_year(year.unwrap_or_else(|| figures::year_of(crate::now_ms())))?;
    let mut years = figures::years(pool).await?;
    if !years.contains(&year) {
        years.push(year);
        years.sort_unstable_by(|a, b| b.cmp(a));
    }
    Ok((year, years))
}

/// The meeting form's kind and UK date and time, which must be in the future.
fn meeting_head(form: &MeetingForm) -> Result<(MeetingKind, i64), StaffError> {
    let kind = MeetingKind::parse(&form.kind).ok_or(StaffError::Invalid { field: "kind".into(), code: "invalid_kind".into() })?;
    let starts_at = meetings::parse_local(&form.date, &form.time)?;
    if crate::now_ms() >= starts_at {
        return Err(StaffError::Invalid { field: "date".into(), code: "in_the_past".into() });
    }
    Ok((kind, starts_at))
}

/// The form's rows of people: a row with no role is unused (or, for someone already invited,
/// removes them). Age band and gender are recorded for children only; on an adult's row they
/// are ignored.
fn people(rows: Vec<app::staff::PersonForm>) -> Result<Vec<meetings::ParticipantChange>, StaffError> {
    let mut out = Vec::new();
    for (i, p) in rows.into_iter().enumerate() {
        let Some(role) = Role::parse(&p.role) else { continue };
        let field = |f: &str| StaffError::Invalid { field: format!("people-{i}-{f}"), code: "invalid_field".into() };
        let (age_band, gender) = if role.is_child() {
            let band = opt(p.age_band).map(|b| serde_json::from_value(serde_json::Value::String(b)).map_err(|_| field("age_band")));
            let gender = opt(p.gender).map(|g| serde_json::from_value(serde_json::Value::String(g)).map_err(|_| field("gender")));
            (band.transpose()?, gender.transpose()?)
        } else {
            (None, None)
        };
        out.push(meetings::ParticipantChange { id: opt(p.id), role, first_name: opt(p.first_name), language: p.language, age_band, gender });
    }
    Ok(out)
}

/// Staff pages are never served to a signed-out visitor: before any page renders, a request
/// under /staff without a live session goes to the sign-in page.
pub async fn guard(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let path = req.uri().path();
    let page = path != "/staff/sign-in" && (path == "/staff" || path.starts_with("/staff/"));
    let asks = page || path.starts_with("/api/") || path.starts_with("/fn/");
    let token = if asks { super::cookie(req.headers(), SESSION_COOKIE) } else { None };
    let user = match &token {
        Some(t) => match users::session_user(&state.pool, t).await {
            Ok(found) => found,
            // A server function or the API says so in its own way when it looks again.
            Err(_) if !page => return next.run(req).await,
            Err(e) => return crate::error::ApiError::from(e).into_response(),
        },
        None => None,
    };
    if let Some(token) = token {
        req.extensions_mut().insert(SignedIn { token, user: user.clone() });
    }
    if !page {
        return next.run(req).await;
    }
    match user {
        // A one-time password must be changed before anything else.
        Some(u) if u.must_change_password && req.uri().path() != "/staff/password" => Redirect::to("/staff/password").into_response(),
        Some(_) => next.run(req).await,
        None => Redirect::to("/staff/sign-in").into_response(),
    }
}

/// "Print all invites": makes a new code for each person and answers with their invites,
/// one A5 page each, in each person's language. A POST, because it changes the codes.
pub async fn print_invites(State(state): State<AppState>, Path(id): Path<String>, req: Request) -> Response {
    let user = match signed_in_user(&state, req.headers(), req.extensions()).await {
        Ok(Some(u)) => u,
        Ok(None) => return Redirect::to("/staff/sign-in").into_response(),
        Err(e) => return crate::error::ApiError::from(e).into_response(),
    };
    let (meeting, printed) = match invites::reissue(&state.pool, &user, &id, &state.public_base).await {
        Ok(r) => r,
        Err(ServiceError::NotFound) => return (StatusCode::NOT_FOUND, "not found").into_response(),
        Err(ServiceError::Conflict { code, .. }) => {
            return Redirect::to(&format!("/staff/meetings/{id}?error={code}")).into_response();
        }
        Err(e) => return crate::error::ApiError::from(e).into_response(),
    };
    let ui_lang = app::i18n::Lang::from_headers(
        req.headers().get(header::COOKIE).and_then(|v| v.to_str().ok()),
        req.headers().get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()),
    );
    let sheets = printed
        .into_iter()
        .map(|p| app::staff::invite_sheet::Sheet {
            lang: app::i18n::Lang::parse(&p.language).unwrap_or_default(),
            role: p.role,
            first_name: p.first_name,
            kind: meeting.kind,
            starts_at: invites::local_time(meeting.starts_at),
            chair_name: meeting.chair_name.clone(),
            qr_svg: qr_svg(&p.url),
            code: p.code,
            url: p.url,
        })
        .collect();
    let html = app::staff::invite_sheet::render(ui_lang, &id, sheets);
    let mut res = Html(html).into_response();
    // A page of live codes: no script, nothing but our stylesheet loads, nothing caches it.
    res.extensions_mut().insert(super::csp::Policy::NoScripts);
    res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

/// The invite link as a QR code: SVG made here, so no image service ever sees a code.
fn qr_svg(url: &str) -> String {
    match qrcode::QrCode::with_error_correction_level(url.as_bytes(), qrcode::EcLevel::M) {
        Ok(code) => {
            let svg = code.render::<qrcode::render::svg::Color>().min_dimensions(160, 160).quiet_zone(true).build();
            // The crate writes an XML prologue; inside HTML only the <svg> element belongs.
            svg.find("<svg").map(|i| svg[i..].to_string()).unwrap_or_default()
        }
        Err(e) => {
            tracing::error!(error = %e, "could not make a QR code");
            String::new()
        }
    }
}
