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
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::ReadViews => "read_views",
            Action::PrintViews => "print_views",
            Action::PrintInvites => "print_invites",
            Action::RecordOutcome => "record_outcome",
            Action::TranslateViews => "translate_views",
        }
    }
}

/// Writes one entry. Part of the operation: if it cannot be written, the operation fails.
pub async fn record<'e, E>(exec: E, user: &User, action: Action, meeting_id: &str) -> Result<()>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    sqlx::query("INSERT INTO audit_log (id, at, user_id, action, meeting_id) VALUES ($1, $2, $3, $4, $5)")
        .bind(new_id())
        .bind(now_ms())
        .bind(&user.id)
        .bind(action.as_str())
        .bind(meeting_id)
        .execute(exec)
        .await?;
    Ok(())
}

#[derive(Debug, Serialize)]
pub struct Entry {
    /// Milliseconds since 1970, UTC.
    pub at: i64,
    pub user_id: String,
    pub user_name: String,
    pub action: String,
    pub meeting_id: Option<String>,
}

/// The newest entries first (at most `LIMIT`), optionally for one meeting and/or one user.
/// Managers only; for anyone else the log does not exist.
pub async fn list(pool: &Pool, user: &User, meeting: Option<&str>, by: Option<&str>) -> Result<Vec<Entry>> {
    const LIMIT: i64 = 500;
    if !user.is_manager() {
        return Err(ServiceError::NotFound);
    }
    let rows = sqlx::query(
        "SELECT a.at, a.user_id, u.name AS user_name, a.action, a.meeting_id FROM audit_log a JOIN users u ON u.id = a.user_id \
         WHERE ($1 = '' OR a.meeting_id = $1) AND ($2 = '' OR a.user_id = $2) ORDER BY a.at DESC, a.id LIMIT $3",
    )
    .bind(meeting.unwrap_or_default())
    .bind(by.unwrap_or_default())
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
            })
        })
        .collect()
}
