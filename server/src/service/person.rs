//! The rights of the person: a manager exports everything Tiptoes holds about one participant
//! (a subject access request) or erases their words (an erasure request). Both are audited.
//! Erasing keeps what the figures count, as retention does, and marks the person with when
//! and why.

use super::{Result, ServiceError, audit, meetings, users::User};
use crate::{
    crypto::{self, Field},
    db::Pool,
    now_ms,
};
use serde::Serialize;
use serde_json::{Value, json};
use sqlx::Row;

fn managers_only(user: &User) -> Result<()> {
    if user.is_manager() { Ok(()) } else { Err(ServiceError::NotFound) }
}

/// The meeting a participant belongs to, or 404.
async fn meeting_of(pool: &Pool, participant_id: &str) -> Result<String> {
    sqlx::query("SELECT meeting_id FROM participants WHERE id = $1")
        .bind(participant_id)
        .fetch_optional(pool)
        .await?
        .ok_or(ServiceError::NotFound)?
        .try_get::<String, _>("meeting_id")
        .map_err(Into::into)
}

/// Everything held about one participant, as JSON: who they are, their meeting, every version
/// of their views (with translations), a draft on a kiosk now, their feedback, and every
/// audit entry about them or their meeting. Managers only (404 for anyone else).
pub async fn export(pool: &Pool, manager: &User, participant_id: &str) -> Result<Value> {
    managers_only(manager)?;
    let meeting_id = meeting_of(pool, participant_id).await?;
    let m = meetings::people(pool, manager, &meeting_id).await?;
    let person = m.participants.iter().find(|p| p.id == participant_id).ok_or(ServiceError::NotFound)?;
    let erased = sqlx::query("SELECT words_deleted_at, words_deleted_why FROM participants WHERE id = $1")
        .bind(participant_id)
        .fetch_one(pool)
        .await?;
    let erased_at: Option<i64> = erased.try_get("words_deleted_at")?;
    let mut views = Vec::new();
    let translations = super::translations::of_meeting(pool, &meeting_id).await?;
    for v in sqlx::query("SELECT id, submission_id, answers, via, created_at, language FROM views WHERE participant_id = $1 ORDER BY created_at, id")
        .bind(participant_id)
        .fetch_all(pool)
        .await?
    {
        let id: String = v.try_get("id")?;
        let stored: String = v.try_get("answers")?;
        let answers = meetings::stored_answers(&id, &stored)?;
        let of_this: Vec<&super::translations::Translation> = translations.iter().filter(|(vid, _)| *vid == id).map(|(_, t)| t).collect();
        views.push(json!({
            "id": id,
            "submission_id": v.try_get::<String, _>("submission_id")?,
            "submitted_at": meetings::rfc3339(v.try_get("created_at")?),
            "via": v.try_get::<String, _>("via")?,
            "language": v.try_get::<Option<String>, _>("language")?,
            "answers": answers,
            "translations": of_this,
        }));
    }
    let mut drafts = Vec::new();
    for d in sqlx::query("SELECT token_hash, answers, feedback, created_at, last_seen_at FROM kiosk_sessions WHERE participant_id = $1")
        .bind(participant_id)
        .fetch_all(pool)
        .await?
    {
        let token: String = d.try_get("token_hash")?;
        let open = |field: Field, v: Option<String>| -> Result<Value> {
            Ok(match crypto::open_opt(field, &token, v)? {
                Some(json) => serde_json::from_str(&json).map_err(|e| super::unreadable("draft", &e))?,
                None => Value::Null,
            })
        };
        drafts.push(json!({
            "started_at": meetings::rfc3339(d.try_get("created_at")?),
            "last_seen_at": meetings::rfc3339(d.try_get("last_seen_at")?),
            "answers": open(Field::DraftAnswers, d.try_get("answers")?)?,
            "feedback": open(Field::DraftFeedback, d.try_get("feedback")?)?,
        }));
    }
    let feedback = match sqlx::query(
        "SELECT id, overall, listened, understood, said_what_wanted, report_in_time, met_chair_before, interpreter, \
         understood_decisions, idea, themes, via, created_at FROM feedback WHERE participant_id = $1",
    )
    .bind(participant_id)
    .fetch_optional(pool)
    .await?
    {
        None => Value::Null,
        Some(f) => {
            let id: String = f.try_get("id")?;
            let text = |c: &str| f.try_get::<Option<String>, _>(c);
            json!({
                "submitted_at": meetings::rfc3339(f.try_get("created_at")?),
                "via": text("via")?,
                "overall": f.try_get::<Option<i64>, _>("overall")?,
                "listened": text("listened")?,
                "understood": text("understood")?,
                "said_what_wanted": text("said_what_wanted")?,
                "report_in_time": text("report_in_time")?,
                "met_chair_before": text("met_chair_before")?,
                "interpreter": text("interpreter")?,
                "understood_decisions": text("understood_decisions")?,
                "idea": crypto::open_opt(Field::Idea, &id, text("idea")?)?,
                "themes": text("themes")?,
            })
        }
    };
    let audit = sqlx::query(
        "SELECT a.at, a.action, u.name AS user_name FROM audit_log a LEFT JOIN users u ON u.id = a.user_id \
         WHERE a.participant_id = $1 OR (a.meeting_id = $2 AND a.participant_id IS NULL) ORDER BY a.at, a.id",
    )
    .bind(participant_id)
    .bind(&meeting_id)
    .fetch_all(pool)
    .await?
    .iter()
    .map(|r| Ok(json!({ "at": meetings::rfc3339(r.try_get("at")?), "action": r.try_get::<String, _>("action")?, "by": r.try_get::<Option<String>, _>("user_name")? })))
    .collect::<Result<Vec<_>>>()?;
    let out = json!({
        "exported_at": meetings::rfc3339(now_ms()),
        "participant": person,
        "words_erased": erased_at.map(|at| json!({ "at": meetings::rfc3339(at), "why": erased.try_get::<Option<String>, _>("words_deleted_why").ok().flatten() })),
        "meeting": m.head,
        "views": views,
        "drafts": drafts,
        "feedback": feedback,
        "audit": audit,
    });
    audit::write(pool, Some(manager), audit::Action::ExportPerson, audit::Entry::about(Some(&meeting_id), Some(participant_id), None)).await?;
    Ok(out)
}

/// What one erasure deleted.
#[derive(Debug, Default, Serialize, PartialEq, Eq)]
#[derive(utoipa::ToSchema)]
pub struct Erased {
    pub views: u64,
    pub translations: u64,
    pub ideas: u64,
    pub drafts: u64,
}

/// Erases one participant's words now: every version of their views, their drafts, their
/// feedback idea, the chair's translations and notes about them, and their first name. What
/// the figures count stays; the person is marked with when and why, and their invite code
/// stops (nothing new is written for them; the meeting's edits and outcome leave their name
/// and notes empty). Erasing again changes nothing more. Managers only (404 for anyone else).
pub async fn erase(pool: &Pool, manager: &User, participant_id: &str) -> Result<Erased> {
    managers_only(manager)?;
    let meeting_id = meeting_of(pool, participant_id).await?;
    let mut tx = pool.begin().await?;
    let mut out = Erased::default();
    out.translations = sqlx::query("DELETE FROM translations WHERE views_id IN (SELECT id FROM views WHERE participant_id = $1)")
        .bind(participant_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    out.views = sqlx::query("UPDATE views SET answers = '' WHERE participant_id = $1 AND answers <> ''")
        .bind(participant_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    out.ideas = sqlx::query("UPDATE feedback SET idea = NULL WHERE participant_id = $1 AND idea IS NOT NULL")
        .bind(participant_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    out.drafts = sqlx::query("DELETE FROM kiosk_sessions WHERE participant_id = $1").bind(participant_id).execute(&mut *tx).await?.rows_affected();
    sqlx::query(
        "UPDATE participants SET first_name = NULL, not_able_reason = NULL, \
         words_deleted_at = COALESCE(words_deleted_at, $1), words_deleted_why = COALESCE(words_deleted_why, 'erasure'), \
         code_expires_at = CASE WHEN code_expires_at > $1 THEN $1 ELSE code_expires_at END WHERE id = $2",
    )
    .bind(now_ms())
    .bind(participant_id)
    .execute(&mut *tx)
    .await?;
    let detail = serde_json::to_value(&out).map_err(anyhow::Error::from)?;
    audit::write(&mut *tx, Some(manager), audit::Action::ErasePerson, audit::Entry::about(Some(&meeting_id), Some(participant_id), Some(detail))).await?;
    tx.commit().await?;
    crate::db::forget_old_pages(pool).await?;
    Ok(out)
}
