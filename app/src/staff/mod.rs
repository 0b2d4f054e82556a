//! The chair's workspace: what its pages show, and the server functions behind them. As with
//! the kiosk, the server provides a `StaffBackend` over its service layer, so the pages and the
//! JSON API share every rule (ownership, audit, the outcome's checks).

pub mod figures_pages;
pub mod notices_pages;
#[cfg(feature = "ssr")]
pub mod invite_sheet;
mod audit;
mod layout;
mod meeting;
mod meeting_form;
mod meetings;
mod outcome;
mod password;
mod sign_in;
mod users;

pub use crate::domain::{MeetingStatus, SharedBy};
use crate::model::{Answers, LocalTime, MeetingKind, Role};
use leptos::prelude::*;
use leptos::server_fn::{
    codec::JsonEncoding,
    error::{FromServerFnError, ServerFnErrorErr},
};
use serde::{Deserialize, Serialize};

/// The staff session cookie (the JSON API uses the same one).
pub const SESSION_COOKIE: &str = "tiptoes_session";

/// What can go wrong on a staff page. Each has a Fluent message `staff-error-<code>`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum StaffError {
    /// Not signed in (or the session ended): sign in again.
    Unauthenticated,
    InvalidCredentials,
    Locked { minutes: i64 },
    /// No such meeting, or not yours: the same, so nothing tells them apart.
    NotFound,
    /// A form field was refused; `field` is the form's field id.
    Invalid { field: String, code: String },
    /// The meeting's state does not allow it (e.g. an outcome before it started).
    Conflict { code: String },
    Network,
    Internal,
}

impl StaffError {
    pub fn code(&self) -> String {
        match self {
            StaffError::Unauthenticated => "unauthenticated".into(),
            StaffError::InvalidCredentials => "invalid_credentials".into(),
            StaffError::Locked { .. } => "locked".into(),
            StaffError::NotFound => "not_found".into(),
            StaffError::Invalid { code, .. } | StaffError::Conflict { code } => code.clone(),
            StaffError::Network => "network".into(),
            StaffError::Internal => "internal".into(),
        }
    }

    /// The Fluent id of the message; unknown codes fall back to a general one.
    pub fn message_id(&self) -> String {
        let id = format!("staff-error-{}", self.code().replace('_', "-"));
        if crate::i18n::has_message(crate::i18n::Lang::EnGb, &id) { id } else { "staff-error-invalid".into() }
    }

    /// The form field to point at in the error summary.
    pub fn field(&self) -> String {
        match self {
            StaffError::Invalid { field, .. } => field.clone(),
            StaffError::InvalidCredentials | StaffError::Locked { .. } => "email".into(),
            _ => "main-content".into(),
        }
    }

    /// Back from a query string (`?error=…&field=…&minutes=…`) after a plain form post.
    pub fn from_query(code: &str, field: Option<String>, minutes: Option<i64>) -> StaffError {
        match code {
            "unauthenticated" => StaffError::Unauthenticated,
            "invalid_credentials" => StaffError::InvalidCredentials,
            "locked" => StaffError::Locked { minutes: minutes.unwrap_or(15) },
            "not_found" => StaffError::NotFound,
            "network" => StaffError::Network,
            "internal" => StaffError::Internal,
            "meeting_closed" | "meeting_not_started" => StaffError::Conflict { code: code.into() },
            other => StaffError::Invalid { field: field.unwrap_or_else(|| "main-content".into()), code: other.into() },
        }
    }

    /// The query string that carries this error back to a form.
    pub fn to_query(&self) -> String {
        let mut q = format!("error={}", self.code());
        match self {
            StaffError::Invalid { field, .. } => q.push_str(&format!("&field={field}")),
            StaffError::Locked { minutes } => q.push_str(&format!("&minutes={minutes}")),
            _ => {}
        }
        q
    }
}

impl std::fmt::Display for StaffError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.code())
    }
}

impl std::error::Error for StaffError {}

impl FromServerFnError for StaffError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Request(_) | ServerFnErrorErr::Response(_) => StaffError::Network,
            _ => StaffError::Internal,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffUser {
    pub id: String,
    pub name: String,
    pub manager: bool,
}

/// A meeting in the list: counts and a flag, none of anyone's words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingRow {
    pub id: String,
    pub kind: MeetingKind,
    pub starts_at: LocalTime,
    pub upcoming: bool,
    pub case_ref: Option<String>,
    pub status: MeetingStatus,
    pub chair_name: String,
    pub participants: i64,
    pub views_received: i64,
    pub talk_soon: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingsPage {
    pub user: StaffUser,
    pub meetings: Vec<MeetingRow>,
    /// For a manager's filter: every chair, as (id, name).
    pub chairs: Vec<(String, String)>,
    /// This page of the list, from 1, of `pages`.
    pub page: i64,
    pub pages: i64,
    /// The meetings on all pages.
    pub total: i64,
}

/// One meeting and its people, none of their words: what the edit and outcome forms show.
/// Loading it reads nothing of anyone's, so it is not audited and gives no read receipt.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingPage {
    pub user: StaffUser,
    pub id: String,
    pub kind: MeetingKind,
    pub starts_at: LocalTime,
    /// The meeting's start has passed: views are closed and an outcome can be recorded.
    pub started: bool,
    pub case_ref: Option<String>,
    pub status: MeetingStatus,
    pub chair_name: String,
    /// When the words written for it will be deleted (retention), while they are here.
    pub words_kept_until: Option<LocalTime>,
    /// When they were deleted, once they have been.
    pub words_deleted: Option<LocalTime>,
    pub people: Vec<Person>,
}

/// One meeting as its chair prepares from it: its people and the newest views of each.
/// Loading it is a read of a child's words, so the server writes it to the audit log (and a
/// read by the meeting's chair is the child's read receipt).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingViewsPage {
    pub meeting: MeetingPage,
    /// Each person's newest views, in the order of `meeting.people` (none if they sent none).
    pub views: Vec<Option<SentViews>>,
}

/// Someone invited to a meeting: none of their words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub id: String,
    pub role: Role,
    pub first_name: Option<String>,
    pub language: String,
    pub age_band: Option<String>,
    pub gender: Option<String>,
    /// How many times they sent views (0: none); only the newest is ever shown.
    pub submissions: i64,
    pub invite_printed: Option<LocalTime>,
    pub outcome: Option<PersonOutcome>,
    /// When their words were erased at their request.
    pub words_erased: Option<LocalTime>,
}

impl Person {
    pub fn sent_views(&self) -> bool {
        self.submissions > 0
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentViews {
    /// This version's id: a translation belongs to one version's words.
    pub id: String,
    pub at: LocalTime,
    /// The language the words were written in (a tag of `Lang`).
    pub language: String,
    pub answers: Answers,
    pub translations: Vec<TranslationNote>,
}

/// A chair's English translation of one typed answer, beside the words as written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TranslationNote {
    /// The answer's name in the answers (`worries`, `going_well` …).
    pub field: String,
    pub text: String,
    pub by: String,
    pub at: LocalTime,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonOutcome {
    pub attended: bool,
    /// `kiosk`, `written`, `someone`, `phone`, `none`.
    pub shared_by: Vec<SharedBy>,
    pub not_able: bool,
    pub not_able_reason: Option<String>,
    pub interpreter_needed: bool,
    pub interpreter_present: bool,
}

/// The audit log, for a manager.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditPage {
    pub user: StaffUser,
    pub entries: Vec<AuditRow>,
    /// Everyone who can appear in the log, for the filter: (id, name).
    pub users: Vec<(String, String)>,
    /// Every action the log records (`read_views` …), for the filter.
    pub actions: Vec<String>,
}

/// The participation dashboard: a year beside the year before, and its breakdowns.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FiguresPage {
    pub user: StaffUser,
    /// The financial year starting in April of this year.
    pub year: i32,
    pub this: crate::figures::Participation,
    pub last: crate::figures::Participation,
    pub breakdowns: crate::figures::Breakdowns,
    /// The years there are figures for, newest first (for the year picker).
    pub years: Vec<i32>,
}

/// The feedback page: faces and answers by quarter, and the ideas, newest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedbackPage {
    pub user: StaffUser,
    pub year: i32,
    pub figures: crate::figures::FeedbackFigures,
    pub ideas: Vec<(crate::figures::Idea, Option<LocalTime>)>,
    pub years: Vec<i32>,
}

/// A "you said, we did" notice as the pages show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticeRow {
    pub id: String,
    pub you_said: String,
    pub we_did: String,
    /// When it was published; `None` while a draft.
    pub published: Option<LocalTime>,
    /// How many ideas it answers.
    pub ideas: i64,
}

/// The manager's notices page: the notices, and this year's ideas to answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticesPage {
    pub user: StaffUser,
    pub notices: Vec<NoticeRow>,
    pub ideas: Vec<(crate::figures::Idea, Option<LocalTime>)>,
}

/// The new notice form, as posted. Ticked ideas arrive as `form[ideas][i]`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticeForm {
    pub you_said: String,
    pub we_did: String,
    #[serde(default)]
    pub ideas: Vec<String>,
    #[serde(default)]
    pub publish: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditRow {
    pub at: LocalTime,
    /// None: Tiptoes itself (the hourly purge) or the command line.
    pub user_name: Option<String>,
    /// `read_views`, `print_views`, `print_invites`, `record_outcome`, `purge`, …
    pub action: String,
    pub meeting_id: Option<String>,
}

/// The staff accounts, for a manager.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UsersPage {
    pub user: StaffUser,
    pub accounts: Vec<Account>,
    /// A fresh one-time password, offered in the forms (made on the server, never stored).
    pub suggested_password: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    pub id: String,
    pub name: String,
    pub email: String,
    pub manager: bool,
    pub disabled: bool,
    pub must_change_password: bool,
}

/// The new-meeting form, as posted: fields named `form[kind]`, `form[people][0][role]` and so on.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingForm {
    pub kind: String,
    pub date: String,
    pub time: String,
    #[serde(default)]
    pub case_ref: Option<String>,
    #[serde(default)]
    pub people: Vec<PersonForm>,
}

/// One row of people on the form; a row with no role chosen is left out.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonForm {
    /// Someone already invited (editing); none for someone new.
    #[serde(default)]
    pub id: Option<String>,
    /// Empty: an unused row, or (with an id) remove this person.
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub first_name: Option<String>,
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub age_band: Option<String>,
    #[serde(default)]
    pub gender: Option<String>,
}

/// The outcome form: `form[held]`, then per person `form[people][i][id]`, ticked boxes as
/// present fields.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutcomeForm {
    pub held: String,
    #[serde(default)]
    pub people: Vec<PersonOutcomeForm>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonOutcomeForm {
    pub id: String,
    #[serde(default)]
    pub attended: Option<String>,
    #[serde(default)]
    pub written: Option<String>,
    #[serde(default)]
    pub someone: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub not_able: Option<String>,
    #[serde(default)]
    pub not_able_reason: Option<String>,
    #[serde(default)]
    pub interpreter_needed: Option<String>,
    #[serde(default)]
    pub interpreter_present: Option<String>,
}

/// The operations the staff pages need, implemented by the server over its service layer.
/// Every call but `sign_in` takes the session token and checks it.
#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait StaffBackend: Send + Sync + 'static {
    /// `client` is the caller's address, for the per-client limit on sign-ins.
    async fn sign_in(&self, email: &str, password: &str, client: &str) -> Result<String, StaffError>;
    async fn sign_out(&self, token: &str) -> Result<(), StaffError>;
    async fn me(&self, token: &str) -> Result<StaffUser, StaffError>;
    /// A page of the meetings list, from 1.
    async fn meetings(&self, token: &str, chair: Option<String>, page: u32) -> Result<MeetingsPage, StaffError>;
    /// A meeting with everyone's newest views: a read of their words, audited.
    /// The meeting with everyone's newest views; `print` for "print for the meeting" (audited
    /// as such, and no read receipt for the child).
    async fn meeting(&self, token: &str, id: &str, print: bool) -> Result<MeetingViewsPage, StaffError>;
    /// A meeting and its people without their words, for the edit and outcome forms: not a
    /// read, so not audited and no read receipt.
    async fn meeting_people(&self, token: &str, id: &str) -> Result<MeetingPage, StaffError>;
    /// Returns the new meeting's id.
    async fn create_meeting(&self, token: &str, form: MeetingForm) -> Result<String, StaffError>;
    async fn update_meeting(&self, token: &str, id: &str, form: MeetingForm) -> Result<(), StaffError>;
    async fn cancel_meeting(&self, token: &str, id: &str) -> Result<(), StaffError>;
    async fn record_outcome(&self, token: &str, id: &str, form: OutcomeForm) -> Result<(), StaffError>;
    /// Saves (or, empty, removes) the English translation of one typed answer (audited).
    async fn save_translation(&self, token: &str, meeting_id: &str, views_id: &str, field: &str, text: &str) -> Result<(), StaffError>;
    /// Erases one person's words (managers).
    async fn erase_person(&self, token: &str, participant_id: &str) -> Result<(), StaffError>;
    async fn users(&self, token: &str) -> Result<UsersPage, StaffError>;
    async fn add_user(&self, token: &str, name: &str, email: &str, role: &str, password: &str) -> Result<(), StaffError>;
    async fn set_user_disabled(&self, token: &str, id: &str, disabled: bool) -> Result<(), StaffError>;
    async fn reset_user_password(&self, token: &str, id: &str, password: &str) -> Result<(), StaffError>;
    /// The one call allowed while a one-time password is still in use.
    async fn change_password(&self, token: &str, current: &str, new: &str) -> Result<(), StaffError>;
    /// Managers only; anyone else gets `NotFound`.
    async fn audit(&self, token: &str, meeting: Option<String>, user: Option<String>, action: Option<String>) -> Result<AuditPage, StaffError>;
    /// This financial year unless another is asked for.
    async fn figures(&self, token: &str, year: Option<i32>) -> Result<FiguresPage, StaffError>;
    async fn feedback(&self, token: &str, year: Option<i32>) -> Result<FeedbackPage, StaffError>;
    /// Managers only (others: `NotFound`), as are the three after it.
    async fn notices(&self, token: &str) -> Result<NoticesPage, StaffError>;
    async fn add_notice(&self, token: &str, form: NoticeForm) -> Result<(), StaffError>;
    async fn publish_notice(&self, token: &str, id: &str, published: bool) -> Result<(), StaffError>;
    async fn tag_idea(&self, token: &str, id: &str, themes: &str) -> Result<(), StaffError>;
    /// Published notices, for anyone: no session needed.
    async fn published_notices(&self) -> Result<Vec<NoticeRow>, StaffError>;
}

#[cfg(feature = "ssr")]
pub mod ssr {
    use super::*;
    use std::sync::Arc;

    pub type Backend = Arc<dyn StaffBackend>;

    pub fn backend() -> Result<Backend, StaffError> {
        use_context::<Backend>().ok_or(StaffError::Internal)
    }

    pub fn token() -> Result<String, StaffError> {
        crate::api::ssr::cookie(SESSION_COOKIE).filter(|t| !t.is_empty()).ok_or(StaffError::Unauthenticated)
    }

    /// A plain form post (no JavaScript) wants a page back, not JSON: the error goes back to
    /// the form in the address instead.
    pub fn wants_page() -> bool {
        use_context::<http::request::Parts>()
            .and_then(|p| p.headers.get(http::header::ACCEPT).and_then(|v| v.to_str().ok()).map(|a| a.contains("text/html")))
            .unwrap_or(false)
    }

    /// Ends a form's server function: on success go to `next`; on an error a person can fix,
    /// go back to the form (`back`) with the error in its address when there is no JavaScript,
    /// or return it for the hydrated page to show beside the form.
    pub fn finish(result: Result<String, StaffError>, back: &str) -> Result<(), StaffError> {
        match result {
            Ok(next) => {
                leptos_axum::redirect(&next);
                Ok(())
            }
            Err(StaffError::Unauthenticated) => {
                leptos_axum::redirect("/staff/sign-in");
                Ok(())
            }
            Err(StaffError::Conflict { code }) if code == "password_change_required" => {
                leptos_axum::redirect("/staff/password");
                Ok(())
            }
            Err(e) if wants_page() => {
                let sep = if back.contains('?') { '&' } else { '?' };
                leptos_axum::redirect(&format!("{back}{sep}{}", e.to_query()));
                Ok(())
            }
            Err(e) => Err(e),
        }
    }
}

/// Signs in; a plain form post, so the browser keeps the session cookie and lands on the meetings.
#[server(prefix = "/fn", endpoint = "staff_sign_in")]
pub async fn staff_sign_in(email: String, password: String) -> Result<(), StaffError> {
    let result = ssr::backend()?.sign_in(&email, &password, &crate::api::ssr::client()).await.map(|token| {
        crate::api::ssr::set_cookie(SESSION_COOKIE, &token, None);
        "/staff".to_string()
    });
    ssr::finish(result, "/staff/sign-in")
}

#[server(prefix = "/fn", endpoint = "staff_sign_out")]
pub async fn staff_sign_out() -> Result<(), StaffError> {
    if let Ok(token) = ssr::token() {
        ssr::backend()?.sign_out(&token).await?;
    }
    crate::api::ssr::set_cookie(SESSION_COOKIE, "", Some(0));
    leptos_axum::redirect("/staff/sign-in?signed_out=1");
    Ok(())
}

#[server(prefix = "/fn", endpoint = "staff_me")]
pub async fn staff_me() -> Result<StaffUser, StaffError> {
    ssr::backend()?.me(&ssr::token()?).await
}

/// A page of the meetings list; a page number that is missing or not a number is the first.
#[server(prefix = "/fn", endpoint = "load_meetings")]
pub async fn load_meetings(chair: Option<String>, page: Option<String>) -> Result<MeetingsPage, StaffError> {
    let page = page.and_then(|p| p.trim().parse::<u32>().ok()).filter(|p| *p >= 1).unwrap_or(1);
    ssr::backend()?.meetings(&ssr::token()?, chair.filter(|c| !c.is_empty()), page).await
}

/// The views page: everyone's newest views (audited).
#[server(prefix = "/fn", endpoint = "load_meeting")]
pub async fn load_meeting(id: String) -> Result<MeetingViewsPage, StaffError> {
    ssr::backend()?.meeting(&ssr::token()?, &id, false).await
}

/// The edit and outcome forms: the meeting and its people, never their words.
#[server(prefix = "/fn", endpoint = "load_meeting_people")]
pub async fn load_meeting_people(id: String) -> Result<MeetingPage, StaffError> {
    ssr::backend()?.meeting_people(&ssr::token()?, &id).await
}

#[server(prefix = "/fn", endpoint = "create_meeting")]
pub async fn create_meeting(form: MeetingForm) -> Result<(), StaffError> {
    with_session("/staff/meetings/new", |b, t| async move {
        b.create_meeting(&t, form).await.map(|id| format!("/staff/meetings/{id}?created=1"))
    })
    .await
}

#[server(prefix = "/fn", endpoint = "update_meeting")]
pub async fn update_meeting(id: String, form: MeetingForm) -> Result<(), StaffError> {
    let next = format!("/staff/meetings/{id}?edited=1");
    with_session(&format!("/staff/meetings/{id}/edit"), |b, t| async move { b.update_meeting(&t, &id, form).await.map(|()| next) }).await
}

#[server(prefix = "/fn", endpoint = "cancel_meeting")]
pub async fn cancel_meeting(id: String) -> Result<(), StaffError> {
    let back = format!("/staff/meetings/{id}");
    with_session(&back.clone(), |b, t| async move { b.cancel_meeting(&t, &id).await.map(|()| back) }).await
}

#[server(prefix = "/fn", endpoint = "record_outcome")]
pub async fn record_outcome(id: String, form: OutcomeForm) -> Result<(), StaffError> {
    let next = format!("/staff/meetings/{id}?saved=1");
    with_session(&format!("/staff/meetings/{id}/outcome"), |b, t| async move { b.record_outcome(&t, &id, form).await.map(|()| next) })
        .await
}

#[server(prefix = "/fn", endpoint = "load_audit")]
pub async fn load_audit(meeting: Option<String>, user: Option<String>, action: Option<String>) -> Result<AuditPage, StaffError> {
    let keep = |v: Option<String>| v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    ssr::backend()?.audit(&ssr::token()?, keep(meeting), keep(user), keep(action)).await
}

#[server(prefix = "/fn", endpoint = "load_figures")]
pub async fn load_figures(year: Option<i32>) -> Result<FiguresPage, StaffError> {
    ssr::backend()?.figures(&ssr::token()?, year).await
}

#[server(prefix = "/fn", endpoint = "load_feedback")]
pub async fn load_feedback(year: Option<i32>) -> Result<FeedbackPage, StaffError> {
    ssr::backend()?.feedback(&ssr::token()?, year).await
}

#[server(prefix = "/fn", endpoint = "load_notices")]
pub async fn load_notices() -> Result<NoticesPage, StaffError> {
    ssr::backend()?.notices(&ssr::token()?).await
}

#[server(prefix = "/fn", endpoint = "add_notice")]
pub async fn add_notice(form: NoticeForm) -> Result<(), StaffError> {
    with_session("/staff/notices", |b, t| async move { b.add_notice(&t, form).await.map(|()| "/staff/notices?added=1".to_string()) }).await
}

#[server(prefix = "/fn", endpoint = "publish_notice")]
pub async fn publish_notice(id: String, published: bool) -> Result<(), StaffError> {
    with_session("/staff/notices", |b, t| async move { b.publish_notice(&t, &id, published).await.map(|()| "/staff/notices".to_string()) }).await
}

#[server(prefix = "/fn", endpoint = "tag_idea")]
pub async fn tag_idea(id: String, themes: String, year: Option<i32>) -> Result<(), StaffError> {
    let back = format!("/staff/feedback?year={}#ideas", year.unwrap_or_default());
    with_session(&back.clone(), |b, t| async move { b.tag_idea(&t, &id, &themes).await.map(|()| back) }).await
}

/// Published "you said, we did" notices: public.
#[server(prefix = "/fn", endpoint = "load_published_notices")]
pub async fn load_published_notices() -> Result<Vec<NoticeRow>, StaffError> {
    ssr::backend()?.published_notices().await
}

/// The meeting as "print for the meeting" shows it. Filtered here, on the server, so the
/// answers a child kept back never reach the page (nor the data it hydrates from).
#[server(prefix = "/fn", endpoint = "load_meeting_shared")]
pub async fn load_meeting_shared(id: String) -> Result<MeetingViewsPage, StaffError> {
    let mut m = ssr::backend()?.meeting(&ssr::token()?, &id, true).await?;
    for p in &mut m.meeting.people {
        p.outcome = None;
        p.invite_printed = None;
    }
    for v in m.views.iter_mut().flatten() {
        if let Answers::Child(c) = &v.answers {
            v.answers = Answers::Child(c.for_everyone());
        }
    }
    Ok(m)
}

#[server(prefix = "/fn", endpoint = "load_users")]
pub async fn load_users() -> Result<UsersPage, StaffError> {
    ssr::backend()?.users(&ssr::token()?).await
}

/// Runs a form's operation with the session, then `finish`es it: on success `op` says where
/// to go next; an error goes back to `back`.
#[cfg(feature = "ssr")]
async fn with_session<F, Fut>(back: &str, op: F) -> Result<(), StaffError>
where
    F: FnOnce(ssr::Backend, String) -> Fut,
    Fut: std::future::Future<Output = Result<String, StaffError>>,
{
    let backend = ssr::backend()?;
    let result = match ssr::token() {
        Ok(token) => op(backend, token).await,
        Err(e) => Err(e),
    };
    ssr::finish(result, back)
}

/// The chair's English translation of one typed answer, from the meeting page.
#[server(prefix = "/fn", endpoint = "save_translation")]
pub async fn save_translation(id: String, views_id: String, field: String, text: String) -> Result<(), StaffError> {
    let back = format!("/staff/meetings/{id}");
    let next = format!("/staff/meetings/{id}?translated=1#translation-{views_id}-{field}");
    with_session(&back, |b, t| async move { b.save_translation(&t, &id, &views_id, &field, &text).await.map(|()| next) }).await
}

/// A manager erases one person's words, from the meeting page; the box must be ticked.
#[server(prefix = "/fn", endpoint = "erase_person")]
pub async fn erase_person(id: String, person: String, confirm: Option<String>) -> Result<(), StaffError> {
    let back = format!("/staff/meetings/{id}");
    let next = format!("/staff/meetings/{id}?erased=1");
    with_session(&back, |b, t| async move {
        if confirm.is_none() {
            return Err(StaffError::Invalid { field: format!("erase-{person}"), code: "confirm_needed".into() });
        }
        b.erase_person(&t, &person).await.map(|()| next)
    })
    .await
}

#[server(prefix = "/fn", endpoint = "add_user")]
pub async fn add_user(name: String, email: String, role: String, password: String) -> Result<(), StaffError> {
    with_session("/staff/users", |b, t| async move { b.add_user(&t, &name, &email, &role, &password).await.map(|()| "/staff/users?added=1".to_string()) }).await
}

#[server(prefix = "/fn", endpoint = "set_user_disabled")]
pub async fn set_user_disabled(id: String, disabled: String) -> Result<(), StaffError> {
    let disabled = disabled == "yes";
    with_session("/staff/users", |b, t| async move { b.set_user_disabled(&t, &id, disabled).await.map(|()| "/staff/users?saved=1".to_string()) }).await
}

#[server(prefix = "/fn", endpoint = "reset_user_password")]
pub async fn reset_user_password(id: String, password: String) -> Result<(), StaffError> {
    with_session("/staff/users", |b, t| async move { b.reset_user_password(&t, &id, &password).await.map(|()| "/staff/users?reset=1".to_string()) }).await
}

#[server(prefix = "/fn", endpoint = "change_password")]
pub async fn change_password(current: String, new: String, confirm: String) -> Result<(), StaffError> {
    with_session("/staff/password", |b, t| async move {
        if new != confirm {
            return Err(StaffError::Invalid { field: "confirm".into(), code: "passwords_differ".into() });
        }
        b.change_password(&t, &current, &new).await.map(|()| "/staff?password_changed=1".to_string())
    })
    .await
}

pub use audit::AuditPage;
pub use meeting::{MeetingPage, PrintForMeetingPage};
pub use meeting_form::{EditMeetingPage, NewMeetingPage};
pub use meetings::MeetingsPage;
pub use outcome::OutcomePage;
pub use password::PasswordPage;
pub use sign_in::SignInPage;
pub use users::UsersPage;
