//! A person's views before the meeting: sent once per submission id, replaced by a later
//! submission until the meeting starts, every version kept.

use super::{Result, ServiceError, invites::Invite, limits, new_id, submission::{self, Receipt, Table, Via}};
use crate::{crypto::{self, Field}, db::Pool, now_ms};
use app::model::{Answers, ChildAnswers, ParentAnswers, check_child, check_parent};

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
    // Refused sends may still be retries of one already stored: those get their receipt.
    if invite.meeting_started(now_ms()) {
        return submission::earlier(&mut *pool.acquire().await?, Table::Views, invite, submission_id).await?.ok_or(ServiceError::MeetingStarted);
    }
    let mut w = crate::db::begin_write(pool).await?;
    let now = now_ms();
    // In the same transaction: a send that is not stored after all gives its place back.
    if let Err(refused) = limits::take(w.conn(), limits::sends_per_hour(sends_per_hour), &invite.participant_id).await? {
        let too_many = ServiceError::TooManySends { minutes: refused.minutes() };
        return submission::earlier(w.conn(), Table::Views, invite, submission_id).await?.ok_or(too_many);
    }
    let id = new_id();
    let json = answers.to_json();
    let talk_soon = matches!(answers, Answers::Child(c) if c.talk_soon == Some(true));
    let inserted = sqlx::query(
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
    .execute(w.conn())
    .await;
    let new = Receipt { id, submission_id: submission_id.into(), received_at: crate::time::Time(now), created: true };
    submission::finish(pool, w, Table::Views, invite, submission_id, inserted, new)
        .await?
        .ok_or_else(|| ServiceError::Internal(anyhow::anyhow!("a views insert met a unique index other than the submission id's")))
}
