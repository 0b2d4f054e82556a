//! A chair's English translation of words a child or parent wrote in another language. It
//! stands beside the words as written, never in their place, says who made it and when, and
//! each save is audited (it is made from a read of the child's words).

use super::{Result, ServiceError, audit, meetings, users::User};
use crate::{crypto::{self, Field}, db::Pool, now_ms};
use app::domain::AnswerText;
use app::model::Role;
use serde::Serialize;
use sqlx::Row;

/// The answers a person types (the rest are choices, which the chair reads in English).
const CHILD_FIELDS: [&str; 5] = ["good_things", "worries", "wishes", "supporter", "anything_else"];
const PARENT_FIELDS: [&str; 5] = ["going_well", "worries", "would_help", "interpreter_language", "access_needs"];

/// The typed answers of a role, by their names in the answers' JSON.
pub fn fields(role: Role) -> &'static [&'static str] {
    if role.is_child() { &CHILD_FIELDS } else { &PARENT_FIELDS }
}

#[derive(Clone, Debug, Serialize)]
#[derive(utoipa::ToSchema)]
pub struct Translation {
    /// Which answer: its name in the answers (`worries`, `going_well` …).
    pub field: String,
    /// The English.
    pub text: String,
    pub translated_by: String,
    /// RFC 3339, UTC.
    pub translated_at: crate::time::Time,
}

/// The typed words of one answer in stored answers: a child's `{text, visibility}` or a
/// parent's plain string.
pub fn answer_text(answers: &serde_json::Value, field: &str) -> Option<String> {
    let v = answers.get(field)?;
    let text = v.get("text").unwrap_or(v).as_str()?;
    (!text.trim().is_empty()).then(|| text.to_string())
}

/// Saves (or, with empty `text`, removes) the English translation of one answer in one
/// version of a person's views. Only the meeting's chair or a manager; for anyone else, and
/// for views of another meeting, nothing is there (404).
pub async fn save(pool: &Pool, user: &User, meeting_id: &str, views_id: &str, field: &str, text: &str) -> Result<Option<Translation>> {
    // The ownership rule, and the meeting's people, without reading (or auditing) any words.
    meetings::people(pool, user, meeting_id).await?;
    let row = sqlx::query(
        "SELECT v.answers, p.role FROM views v JOIN participants p ON p.id = v.participant_id WHERE v.id = $1 AND p.meeting_id = $2",
    )
    .bind(views_id)
    .bind(meeting_id)
    .fetch_optional(pool)
    .await?
    .ok_or(ServiceError::NotFound)?;
    let role: String = row.try_get("role")?;
    let role = Role::parse(&role).ok_or_else(|| anyhow::anyhow!("bad role {role:?}"))?;
    if !fields(role).contains(&field) {
        return Err(ServiceError::invalid("field", "invalid_field", format!("{role:?} answers have no typed answer called {field:?}")));
    }
    let answers: String = row.try_get("answers")?;
    if answers.is_empty() {
        return Err(ServiceError::Conflict { code: "words_deleted", message: "these words were deleted after the meeting (retention)".into() });
    }
    let answers: serde_json::Value =
        serde_json::from_str(&crypto::open(Field::Answers, views_id, &answers)?).map_err(|e| super::unreadable("answers", &e))?;
    if answer_text(&answers, field).is_none() {
        return Err(ServiceError::invalid("field", "not_answered", format!("{field} was not answered, so there is nothing to translate")));
    }
    let text = text.trim();
    AnswerText::check("text", text)?;
    let now = now_ms();
    // One transaction: the translation and its audit entry are written together or not at all.
    let mut tx = pool.begin().await?;
    if text.is_empty() {
        sqlx::query("DELETE FROM translations WHERE views_id = $1 AND field = $2").bind(views_id).bind(field).execute(&mut *tx).await?;
    } else {
        // One statement: two chairs saving at once leave one translation, not an error. And
        // only while the words are there: an erasure or a purge between the check above and
        // here leaves nothing to translate.
        let saved = sqlx::query(
            "INSERT INTO translations (views_id, field, text, translated_by, translated_at) SELECT $1, $2, $3, $4, $5 \
             WHERE EXISTS (SELECT 1 FROM views v JOIN participants p ON p.id = v.participant_id JOIN meetings m ON m.id = p.meeting_id \
               WHERE v.id = $1 AND v.answers <> '' AND p.words_deleted_at IS NULL AND m.words_deleted_at IS NULL) \
             ON CONFLICT (views_id, field) DO UPDATE SET text = excluded.text, translated_by = excluded.translated_by, translated_at = excluded.translated_at",
        )
            .bind(views_id)
            .bind(field)
            .bind(crypto::seal(Field::Translation, &format!("{views_id}/{field}"), text)?)
            .bind(&user.id)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        if saved.rows_affected() == 0 {
            return Err(ServiceError::Conflict { code: "words_deleted", message: "these words were deleted".into() });
        }
    }
    audit::record(&mut *tx, user, audit::Action::TranslateViews, meeting_id).await?;
    tx.commit().await?;
    Ok((!text.is_empty()).then(|| Translation {
        field: field.to_string(),
        text: text.to_string(),
        translated_by: user.name.clone(),
        translated_at: crate::time::Time(now),
    }))
}

/// Every translation of the given versions of views, by version. Read with the views
/// themselves (and audited with them, see `meetings::read`).
pub async fn of_meeting(pool: &Pool, meeting_id: &str) -> Result<Vec<(String, Translation)>> {
    let rows = sqlx::query(
        "SELECT t.views_id, t.field, t.text, t.translated_at, u.name FROM translations t \
         JOIN users u ON u.id = t.translated_by JOIN views v ON v.id = t.views_id \
         JOIN participants p ON p.id = v.participant_id WHERE p.meeting_id = $1 ORDER BY t.views_id, t.field",
    )
    .bind(meeting_id)
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|r| {
            let (views_id, field): (String, String) = (r.try_get("views_id")?, r.try_get("field")?);
            let text = crypto::open(Field::Translation, &format!("{views_id}/{field}"), &r.try_get::<String, _>("text")?)?;
            let t = Translation { field, text, translated_by: r.try_get("name")?, translated_at: crate::time::Time(r.try_get("translated_at")?) };
            Ok((views_id, t))
        })
        .collect()
}
