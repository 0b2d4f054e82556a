//! A person's views before the meeting: sent once per submission id, replaced by a later
//! submission until the meeting starts, every version kept.

use super::{Result, ServiceError, invites::Invite, limits, new_id};
use crate::{crypto::{self, Field}, db::Pool, now_ms};
use app::model::{Answers, ChildAnswers, ParentAnswers, check_child, check_parent};
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
pub struct Receipt {
    pub id: String,
    pub submission_id: String,
    pub received_at: String,
    #[serde(skip)]
    pub created: bool,
}

/// Reads a JSON `answers` object as the answers of this person's role; a field of the
/// wrong form (or another role's field) is named in the error.
pub fn parse_answers(invite: &Invite, value: serde_json::Value) -> Result<Answers> {
    if invite.role.is_child() {
        let a: ChildAnswers = typed(value)?;
        check_child(&a)?;
        Ok(Answers::Child(a))
    } else {
        let a: ParentAnswers = typed(value)?;
        check_parent(&a)?;
        Ok(Answers::Parent(a))
    }
}

/// Reads a JSON `answers` object as `T`, naming the field that is wrong (`answers.…`).
pub(super) fn typed<T: serde::de::DeserializeOwned>(v: serde_json::Value) -> Result<T> {
    serde_path_to_error::deserialize(v).map_err(|e| {
        let path = e.path().to_string();
        let field = if path == "." { "answers".to_string() } else { format!("answers.{path}") };
        ServiceError::invalid(field, "invalid_field", e.inner().to_string())
    })
}

/// Stores a person's views. The same `submission_id` again returns the first receipt and
/// stores nothing; a new one after the meeting started is refused.
/// A person may send at most `sends_per_hour` new versions in an hour (a retry of one already
/// stored does not count): every version is kept, so without a bound one code could fill the
/// database.
/// `language` is the one they wrote in (a tag of `app::i18n::Lang`).
pub async fn submit(pool: &Pool, invite: &Invite, submission_id: &str, answers: &Answers, language: &str, via: Via, sends_per_hour: u32) -> Result<Receipt> {
    if let Some(r) = existing(pool, invite, submission_id).await? {
        return Ok(r);
    }
    let now = now_ms();
    if invite.meeting_started(now) {
        return Err(ServiceError::MeetingStarted);
    }
    let slot = match limits::take(pool, limits::sends_per_hour(sends_per_hour), &invite.participant_id).await? {
        Ok(slot) => slot,
        Err(refused) => return Err(ServiceError::TooManySends { minutes: refused.minutes() }),
    };
    let id = new_id();
    let json = answers.to_json();
    let talk_soon = matches!(answers, Answers::Child(c) if c.talk_soon == Some(true));
    let res = sqlx::query(
        "INSERT INTO views (id, participant_id, submission_id, answers, via, created_at, talk_soon, language) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
        .bind(&id)
        .bind(&invite.participant_id)
        .bind(submission_id)
        .bind(crypto::seal(Field::Answers, &id, &json)?)
        .bind(via.as_str())
        .bind(now)
        .bind(i64::from(talk_soon))
        .bind(language)
        .execute(pool)
        .await;
    match res {
        Ok(_) => Ok(Receipt { id, submission_id: submission_id.into(), received_at: super::meetings::rfc3339(now), created: true }),
        // Two tries raced: the other one stored it, and this one was no new send.
        Err(e) if crate::db::is_unique_violation(&e) => {
            limits::give_back(pool, slot).await?;
            existing(pool, invite, submission_id).await?.ok_or_else(|| ServiceError::Internal(anyhow::anyhow!(e)))
        }
        Err(e) => Err(e.into()),
    }
}

async fn existing(pool: &Pool, invite: &Invite, submission_id: &str) -> Result<Option<Receipt>> {
    existing_in(pool, "views", invite, submission_id).await
}

/// The receipt of a submission already stored in `table` (`views` or `feedback`), if this
/// person made it; someone else's submission id is refused and reveals nothing.
pub(super) async fn existing_in(pool: &Pool, table: &'static str, invite: &Invite, submission_id: &str) -> Result<Option<Receipt>> {
    let Some(r) = sqlx::query(crate::db::sql(&format!("SELECT id, participant_id, created_at FROM {table} WHERE submission_id = $1")))
        .bind(submission_id)
        .fetch_optional(pool)
        .await?
    else {
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
        received_at: super::meetings::rfc3339(r.try_get("created_at")?),
        created: false,
    }))
}
