//! Feedback after a meeting: how it went (five faces), three yes / a bit / no questions, four
//! more for parents and carers, and one idea to make meetings better. One per person: the
//! same submission id again is the first receipt; another is refused, so nobody counts twice.

use super::{Result, ServiceError, invites::Invite, new_id, submission::{self, Receipt, Table, Via}};
use crate::{crypto::{self, Field}, db::Pool, now_ms};
use app::model::{FeedbackAnswers, check_feedback};

impl Invite {
    /// Feedback opens when the meeting starts, and never for a cancelled one.
    pub fn feedback_open(&self, now: i64) -> bool {
        now >= self.starts_at && self.status != app::domain::MeetingStatus::Cancelled
    }
}

/// Reads a JSON `answers` object as feedback, naming the field that is wrong.
pub fn parse_answers(invite: &Invite, value: serde_json::Value) -> Result<FeedbackAnswers> {
    let a: FeedbackAnswers = super::views::typed(value)?;
    check_feedback(invite.role, &a)?;
    Ok(a)
}

pub async fn sent(pool: &Pool, participant_id: &str) -> Result<bool> {
    Ok(sqlx::query("SELECT 1 AS one FROM feedback WHERE participant_id = $1").bind(participant_id).fetch_optional(pool).await?.is_some())
}

/// Stores a person's feedback. Before the meeting, or for a cancelled one: 409
/// `feedback_not_open`; a second feedback from the same person: 409 `feedback_already_sent`.
pub async fn submit(pool: &Pool, invite: &Invite, submission_id: &str, a: &FeedbackAnswers, via: Via) -> Result<Receipt> {
    check_feedback(invite.role, a)?;
    let mut w = crate::db::begin_write(pool).await?;
    let now = now_ms();
    if !invite.feedback_open(now) {
        // A retry of feedback sent before is still answered with its receipt.
        let not_open = ServiceError::Conflict {
            code: "feedback_not_open",
            message: "feedback opens when the meeting starts (and not for a cancelled meeting)".into(),
        };
        return submission::earlier(w.conn(), Table::Feedback, invite, submission_id).await?.ok_or(not_open);
    }
    // Feedback counts in the figures of its meeting's quarter (see figures::tally).
    let change = super::figures::tally::before(w.conn(), &invite.meeting_id).await?;
    let id = new_id();
    let idea = a.idea.as_deref().map(str::trim).filter(|s| !s.is_empty());
    let inserted = sqlx::query(
        "INSERT INTO feedback (id, participant_id, submission_id, overall, listened, understood, said_what_wanted, \
         report_in_time, met_chair_before, interpreter, understood_decisions, idea, via, created_at, meeting_id, role) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)",
    )
    .bind(&id)
    .bind(&invite.participant_id)
    .bind(submission_id)
    .bind(a.overall.map(|f| i64::from(f.get())))
    .bind(a.listened.map(|r| r.as_str()))
    .bind(a.understood.map(|r| r.as_str()))
    .bind(a.said_what_wanted.map(|r| r.as_str()))
    .bind(a.report_in_time.map(|r| r.as_str()))
    .bind(a.met_chair_before.map(|r| r.as_str()))
    .bind(a.interpreter.map(|r| r.as_str()))
    .bind(a.understood_decisions.map(|r| r.as_str()))
    .bind(crypto::seal_opt(Field::Idea, &id, idea)?)
    .bind(via.as_str())
    .bind(now)
    .bind(&invite.meeting_id)
    .bind(invite.role.as_str())
    .execute(w.conn())
    .await;
    if inserted.is_ok() {
        change.after(w.conn()).await?;
    }
    let new = Receipt { id, submission_id: submission_id.into(), received_at: crate::time::Time(now), created: true };
    // Refused by the one-per-person index, not by this id's: feedback was already sent.
    submission::finish(pool, w, Table::Feedback, invite, submission_id, inserted, new).await?.ok_or_else(|| ServiceError::Conflict {
        code: "feedback_already_sent",
        message: "feedback for this invite was already sent; thank you".into(),
    })
}
