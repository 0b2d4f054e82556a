//! What a chair records after the meeting: held or cancelled, and for each person whether
//! they attended and how their views reached the meeting. The participation figures count this.

use super::{Result, ServiceError, meetings, users::User};
use crate::{crypto::{self, Field}, db::Pool, now_ms};
use serde::{Deserialize, Serialize};
pub use app::domain::SharedBy;
use app::domain::MeetingStatus;
use std::collections::HashSet;

#[derive(Debug, Deserialize)]
#[derive(utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OutcomeInput {
    pub held: bool,
    #[serde(default)]
    pub participants: Vec<ParticipantOutcome>,
}

#[derive(Debug, Deserialize, Serialize)]
#[derive(utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ParticipantOutcome {
    pub id: String,
    #[serde(default)]
    pub attended: bool,
    #[serde(default)]
    pub views_shared_by: Vec<SharedBy>,
    #[serde(default)]
    pub not_able: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_able_reason: Option<String>,
    #[serde(default)]
    pub interpreter_needed: bool,
    #[serde(default)]
    pub interpreter_present: bool,
}

#[derive(Debug, Serialize)]
#[derive(utoipa::ToSchema)]
pub struct Outcome {
    pub held: bool,
    pub participants: Vec<ParticipantOutcome>,
}

/// Records (or replaces) the outcome. Only after the meeting's start; only the chair's own
/// meeting (or a manager); every person named must belong to the meeting.
pub async fn record(pool: &Pool, user: &User, meeting_id: &str, input: OutcomeInput) -> Result<Outcome> {
    let m = meetings::owned(pool, user, meeting_id).await?;
    if now_ms() < m.starts_at {
        return Err(ServiceError::Conflict { code: "meeting_not_started", message: "an outcome can be recorded once the meeting has started".into() });
    }
    let known = meetings::people_and_views(pool, meeting_id).await?;
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for (i, mut p) in input.participants.into_iter().enumerate() {
        let field = |f: &str| format!("participants[{i}].{f}");
        let Some((role, has_views)) = known.get(&p.id) else {
            return Err(ServiceError::invalid(field("id"), "unknown_participant", "no such participant in this meeting"));
        };
        if !seen.insert(p.id.clone()) {
            return Err(ServiceError::invalid(field("id"), "duplicate", "each participant once"));
        }
        if p.not_able && role != "child" {
            return Err(ServiceError::invalid(field("not_able"), "child_only", "only a child is recorded as not able to take part"));
        }
        if p.views_shared_by.contains(&SharedBy::None) && p.views_shared_by.len() > 1 {
            return Err(ServiceError::invalid(field("views_shared_by"), "none_and_others", "\"none\" cannot go with other ways"));
        }
        if let Some(r) = &p.not_able_reason
            && r.chars().count() > 500
        {
            return Err(ServiceError::invalid(field("not_able_reason"), "text_too_long", "at most 500 characters"));
        }
        // Views that came through Tiptoes are counted without the chair having to say so.
        p.views_shared_by.retain(|s| *s != SharedBy::Kiosk);
        if *has_views {
            p.views_shared_by.retain(|s| *s != SharedBy::None);
            p.views_shared_by.insert(0, SharedBy::Kiosk);
        }
        if p.not_able {
            p.attended = false;
            p.views_shared_by.clear();
        }
        out.push(p);
    }
    let now = now_ms();
    let mut tx = crate::db::begin_write(pool).await?;
    // What the meeting counted for before, to take out of the figures (see figures::tally).
    let change = super::figures::tally::before(tx.conn(), meeting_id).await?;
    sqlx::query("UPDATE meetings SET status = $1, outcome_recorded_at = $2, updated_at = $2 WHERE id = $3")
        .bind(if input.held { MeetingStatus::Held } else { MeetingStatus::Cancelled }.as_str())
        .bind(now)
        .bind(meeting_id)
        .execute(tx.conn())
        .await?;
    // Sending again replaces: everyone is cleared, then the given people are written.
    sqlx::query(
        "UPDATE participants SET attended = NULL, views_shared_by = NULL, not_able = NULL, not_able_reason = NULL, \
         interpreter_needed = NULL, interpreter_present = NULL WHERE meeting_id = $1",
    )
    .bind(meeting_id)
    .execute(tx.conn())
    .await?;
    if input.held {
        for p in &out {
            let shared = serde_json::to_string(&p.views_shared_by).map_err(anyhow::Error::from)?;
            sqlx::query(
                // No note about someone whose words were erased, or about a meeting whose words
                // are past their time.
                "UPDATE participants SET attended = $1, views_shared_by = $2, not_able = $3, \
                 not_able_reason = CASE WHEN words_deleted_at IS NULL \
                   AND (SELECT m.words_deleted_at FROM meetings m WHERE m.id = $8) IS NULL THEN $4 END, \
                 interpreter_needed = $5, interpreter_present = $6 WHERE id = $7 AND meeting_id = $8",
            )
            .bind(i64::from(p.attended))
            .bind(shared)
            .bind(i64::from(p.not_able))
            .bind(crypto::seal_opt(Field::NotAbleReason, &p.id, p.not_able_reason.as_deref())?)
            .bind(i64::from(p.interpreter_needed))
            .bind(i64::from(p.interpreter_present))
            .bind(&p.id)
            .bind(meeting_id)
            .execute(tx.conn())
            .await?;
        }
    } else {
        out.clear();
    }
    // The meeting is final now: its counts go onto it for the figures.
    super::figures::summarise(tx.conn(), Some(meeting_id)).await?;
    change.after(tx.conn()).await?;
    super::audit::record(tx.conn(), user, super::audit::Action::RecordOutcome, meeting_id).await?;
    tx.commit().await?;
    Ok(Outcome { held: input.held, participants: out })
}
