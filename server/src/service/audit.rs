//! The audit log: who opened whose views, who printed codes, who recorded an outcome. Written
//! by the operations themselves; read by managers only.

use super::{Result, ServiceError, new_id, users::User};
use crate::{db::Pool, now_ms};
use serde::Serialize;
use sqlx::Row;

/// What was done. Stored as text; the names are stable (the log outlives the code).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    ReadViews,
    /// "Print for the meeting": the answers a child said everyone may hear. A read of a
    /// child's words, so audited, but not the chair reading everything: no read receipt.
    PrintViews,
    PrintInvites,
    RecordOutcome,
    /// A chair's English translation of a person's words, saved or removed.
    TranslateViews,
    /// Words past their time deleted (by the hourly run, or `tiptoes purge`), with the counts.
    Purge,
    /// Every sealed value moved to a new key (`tiptoes rotate-key`).
    RotateKey,
    /// Keys no value uses any more taken out of the key file.
    ForgetKeys,
    SignIn,
    /// A wrong password (for an account, or for an address without one: then no user).
    SignInFailed,
    ChangePassword,
    AddUser,
    DisableUser,
    EnableUser,
    ResetPassword,
    CreateMeeting,
    EditMeeting,
    CancelMeeting,
    CreateNotice,
    PublishNotice,
    WithdrawNotice,
    /// The ideas from feedback listed (a read of parents' and children's words).
    ReadIdeas,
    TagIdea,
    ExportFigures,
    /// Everything held about one person, exported (a subject access request).
    ExportPerson,
    /// One person's words erased on request.
    ErasePerson,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::ReadViews => "read_views",
            Action::PrintViews => "print_views",
            Action::PrintInvites => "print_invites",
            Action::RecordOutcome => "record_outcome",
            Action::TranslateViews => "translate_views",
            Action::Purge => "purge",
            Action::RotateKey => "rotate_key",
            Action::ForgetKeys => "forget_keys",
            Action::SignIn => "sign_in",
            Action::SignInFailed => "sign_in_failed",
            Action::ChangePassword => "change_password",
            Action::AddUser => "add_user",
            Action::DisableUser => "disable_user",
            Action::EnableUser => "enable_user",
            Action::ResetPassword => "reset_password",
            Action::CreateMeeting => "create_meeting",
            Action::EditMeeting => "edit_meeting",
            Action::CancelMeeting => "cancel_meeting",
            Action::CreateNotice => "create_notice",
            Action::PublishNotice => "publish_notice",
            Action::WithdrawNotice => "withdraw_notice",
            Action::ReadIdeas => "read_ideas",
            Action::TagIdea => "tag_idea",
            Action::ExportFigures => "export_figures",
            Action::ExportPerson => "export_person",
            Action::ErasePerson => "erase_person",
        }
    }

    pub const ALL: [Action; 26] = [
        Action::ReadViews,
        Action::PrintViews,
        Action::PrintInvites,
        Action::RecordOutcome,
        Action::TranslateViews,
        Action::Purge,
        Action::RotateKey,
        Action::ForgetKeys,
        Action::SignIn,
        Action::SignInFailed,
        Action::ChangePassword,
        Action::AddUser,
        Action::DisableUser,
        Action::EnableUser,
        Action::ResetPassword,
        Action::CreateMeeting,
        Action::EditMeeting,
        Action::CancelMeeting,
        Action::CreateNotice,
        Action::PublishNotice,
        Action::WithdrawNotice,
        Action::ReadIdeas,
        Action::TagIdea,
        Action::ExportFigures,
        Action::ExportPerson,
        Action::ErasePerson,
    ];

    pub fn parse(s: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.as_str() == s)
    }
}

/// An entry's detail naming the staff account it was about.
pub fn about_user(id: &str) -> About<'static> {
    About { detail: Some(serde_json::json!({ "user_id": id })), ..Default::default() }
}

/// Writes one entry about a meeting. Part of the operation: if it cannot be written, the
/// operation fails.
pub async fn record<'e, E>(exec: E, user: &User, action: Action, meeting_id: &str) -> Result<()>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    write(exec, Some(user), action, Entry::about(Some(meeting_id), None, None)).await
}

/// What an entry is about, beside who and what.
#[derive(Default)]
pub struct About<'a> {
    pub meeting_id: Option<&'a str>,
    pub participant_id: Option<&'a str>,
    /// Facts about the action (counts, a field's name, an account's id): never anyone's words.
    pub detail: Option<serde_json::Value>,
}

impl Entry {
    pub fn about<'a>(meeting_id: Option<&'a str>, participant_id: Option<&'a str>, detail: Option<serde_json::Value>) -> About<'a> {
        About { meeting_id, participant_id, detail }
    }
}

/// Writes one entry. `who` is `None` for Tiptoes itself (the hourly purge) and the command line.
pub async fn write<'e, E>(exec: E, who: Option<&User>, action: Action, about: About<'_>) -> Result<()>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    sqlx::query("INSERT INTO audit_log (id, at, user_id, action, meeting_id, participant_id, detail) VALUES ($1, $2, $3, $4, $5, $6, $7)")
        .bind(new_id())
        .bind(now_ms())
        .bind(who.map(|u| u.id.as_str()))
        .bind(action.as_str())
        .bind(about.meeting_id)
        .bind(about.participant_id)
        .bind(about.detail.map(|d| d.to_string()))
        .execute(exec)
        .await?;
    Ok(())
}

#[derive(Debug, Serialize)]
pub struct Entry {
    /// Milliseconds since 1970, UTC.
    pub at: i64,
    /// None: Tiptoes itself, or the command line.
    pub user_id: Option<String>,
    pub user_name: Option<String>,
    pub action: String,
    pub meeting_id: Option<String>,
    pub participant_id: Option<String>,
    pub detail: Option<serde_json::Value>,
}

/// What the log may be filtered by; each is optional.
#[derive(Debug, Default, Clone)]
pub struct Filter {
    pub meeting: Option<String>,
    /// Who did it (a user id).
    pub by: Option<String>,
    /// One action (`read_views` …).
    pub action: Option<String>,
}

/// The newest entries first (at most `LIMIT`), filtered. Managers only; for anyone else the
/// log does not exist.
pub async fn list(pool: &Pool, user: &User, f: &Filter) -> Result<Vec<Entry>> {
    const LIMIT: i64 = 500;
    if !user.is_manager() {
        return Err(ServiceError::NotFound);
    }
    let action = f.action.as_deref().filter(|a| !a.is_empty());
    if let Some(a) = action
        && Action::parse(a).is_none()
    {
        return Err(ServiceError::invalid("action", "invalid_field", format!("no action is called {a:?}")));
    }
    let rows = sqlx::query(
        "SELECT a.at, a.user_id, u.name AS user_name, a.action, a.meeting_id, a.participant_id, a.detail FROM audit_log a \
         LEFT JOIN users u ON u.id = a.user_id \
         WHERE ($1 = '' OR a.meeting_id = $1) AND ($2 = '' OR a.user_id = $2) AND ($3 = '' OR a.action = $3) \
         ORDER BY a.at DESC, a.id LIMIT $4",
    )
    .bind(f.meeting.as_deref().unwrap_or_default())
    .bind(f.by.as_deref().unwrap_or_default())
    .bind(action.unwrap_or_default())
    .bind(LIMIT)
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Entry {
                at: r.try_get("at")?,
                user_id: r.try_get("user_id")?,
                user_name: r.try_get("user_name")?,
                action: r.try_get("action")?,
                meeting_id: r.try_get("meeting_id")?,
                participant_id: r.try_get("participant_id")?,
                detail: r.try_get::<Option<String>, _>("detail")?.and_then(|d| serde_json::from_str(&d).ok()),
            })
        })
        .collect()
}
