//! Sending once. Views and feedback each come with a submission id that the sender made up
//! (the kiosk's draft holds one; an API client sends its own): the same id again, a retry
//! after a dropped connection or a second press, gets the first receipt back and stores
//! nothing.
//!
//! Each send is one write transaction: the rules, the limit and the insert commit together or
//! not at all. So a send that was acknowledged is stored, once, and one that was not (the
//! server died first) is stored at most once however often it is retried:
//! `tests/api/faults.rs` kills the server under load to prove it. The insert goes first and
//! the unique index on the submission id finds a retry; only then is the earlier send looked
//! for (the common case, a new send, costs no look).

use super::{Result, ServiceError, invites::Invite};
use crate::db::{Pool, Write};
use serde::Serialize;
use sqlx::Row;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Via {
    Kiosk,
    Api,
}

impl Via {
    pub fn as_str(self) -> &'static str {
        match self {
            Via::Kiosk => "kiosk",
            Via::Api => "api",
        }
    }
}

/// What a submission came to: a new record, or the one an earlier try with the same id made.
#[derive(Debug, Serialize)]
#[derive(utoipa::ToSchema)]
pub struct Receipt {
    pub id: String,
    pub submission_id: String,
    pub received_at: crate::time::Time,
    #[serde(skip)]
    pub created: bool,
}

/// Where a kind of submission is kept.
#[derive(Clone, Copy, Debug)]
pub enum Table {
    Views,
    Feedback,
}

impl Table {
    fn name(self) -> &'static str {
        match self {
            Table::Views => "views",
            Table::Feedback => "feedback",
        }
    }
}

/// Ends a send after its insert: commits, and only then says it was received. If the insert
/// met the unique index, a parallel try of the same id stored it first (on PostgreSQL two
/// transactions can both get as far as the insert): its receipt, from a fresh look. `Ok(None)` if the index
/// that refused it was another one (feedback: one per person).
pub async fn finish(
    pool: &Pool,
    w: Write,
    table: Table,
    invite: &Invite,
    submission_id: &str,
    inserted: sqlx::Result<sqlx::any::AnyQueryResult>,
    new: Receipt,
) -> Result<Option<Receipt>> {
    match inserted {
        Ok(_) => {
            w.commit().await?;
            Ok(Some(new))
        }
        Err(e) if crate::db::is_unique_violation(&e) => {
            // The failed statement aborted the transaction on PostgreSQL: look outside it.
            w.rollback().await?;
            earlier(&mut *pool.acquire().await?, table, invite, submission_id).await
        }
        Err(e) => Err(e.into()),
    }
}

/// The receipt of a submission already stored, if this person made it; someone else's
/// submission id is refused and reveals nothing.
pub async fn earlier(conn: &mut sqlx::AnyConnection, table: Table, invite: &Invite, submission_id: &str) -> Result<Option<Receipt>> {
    let sql = format!("SELECT id, participant_id, created_at FROM {} WHERE submission_id = $1", table.name());
    let Some(r) = sqlx::query(crate::db::sql(&sql)).bind(submission_id).fetch_optional(conn).await? else {
        return Ok(None);
    };
    let owner: String = r.try_get("participant_id")?;
    if owner != invite.participant_id {
        // Someone else's submission id: never reveal or touch their record.
        return Err(ServiceError::Conflict { code: "submission_id_taken", message: "that submission_id was already used".into() });
    }
    Ok(Some(Receipt {
        id: r.try_get("id")?,
        submission_id: submission_id.into(),
        received_at: crate::time::Time(r.try_get("created_at")?),
        created: false,
    }))
}
