//! "You said, we did": managers give ideas themes and answer them with notices; published
//! notices are public (a page and a poster) and name nobody.

use super::{Result, ServiceError, audit, new_id, users::User};
use crate::{db::Pool, now_ms};
use serde::{Deserialize, Serialize};
use sqlx::Row;

const MAX_THEMES: usize = 5;
const MAX_THEME_CHARS: usize = 40;
const MAX_NOTICE_CHARS: usize = 600;

fn managers_only(user: &User) -> Result<()> {
    if user.is_manager() { Ok(()) } else { Err(ServiceError::NotFound) }
}

/// Themes as typed ("Reports, waiting ,reports") made tidy: trimmed, lower case, once each.
pub fn tidy_themes(themes: &[String]) -> Result<Vec<String>> {
    let mut out: Vec<String> = vec![];
    for t in themes.iter().flat_map(|t| t.split(',')) {
        let t = t.trim().to_lowercase();
        if t.is_empty() || out.contains(&t) {
            continue;
        }
        if t.chars().count() > MAX_THEME_CHARS {
            return Err(ServiceError::invalid("themes", "theme_too_long", format!("a theme is at most {MAX_THEME_CHARS} characters")));
        }
        out.push(t);
    }
    if out.len() > MAX_THEMES {
        return Err(ServiceError::invalid("themes", "too_many_themes", format!("an idea has at most {MAX_THEMES} themes")));
    }
    Ok(out)
}

/// Gives an idea its themes (replacing any before). Managers only.
pub async fn tag_idea(pool: &Pool, user: &User, feedback_id: &str, themes: &[String]) -> Result<Vec<String>> {
    managers_only(user)?;
    let themes = tidy_themes(themes)?;
    let done = sqlx::query("UPDATE feedback SET themes = $1 WHERE id = $2 AND idea IS NOT NULL")
        .bind((!themes.is_empty()).then(|| themes.join(",")))
        .bind(feedback_id)
        .execute(pool)
        .await?;
    if done.rows_affected() == 0 {
        return Err(ServiceError::NotFound);
    }
    audit::write(pool, Some(user), audit::Action::TagIdea, audit::About { detail: Some(serde_json::json!({ "feedback_id": feedback_id })), ..Default::default() }).await?;
    Ok(themes)
}

#[derive(Debug, Deserialize)]
#[derive(utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewNotice {
    pub you_said: String,
    pub we_did: String,
    /// The ideas (feedback ids) it answers.
    #[serde(default)]
    pub ideas: Vec<String>,
    #[serde(default)]
    pub publish: bool,
}

#[derive(Debug, Serialize, Clone)]
#[derive(utoipa::ToSchema)]
pub struct Notice {
    pub id: String,
    pub you_said: String,
    pub we_did: String,
    /// Null while a draft.
    pub published_at: Option<crate::time::Time>,
    pub ideas: i64,
}

fn text(field: &str, t: &str) -> Result<String> {
    let t = t.trim();
    if t.is_empty() {
        return Err(ServiceError::invalid(field, "required", format!("{field} is needed")));
    }
    if t.chars().count() > MAX_NOTICE_CHARS {
        return Err(ServiceError::invalid(field, "text_too_long", format!("{field} is at most {MAX_NOTICE_CHARS} characters")));
    }
    Ok(t.to_string())
}

pub async fn create(pool: &Pool, user: &User, n: NewNotice) -> Result<String> {
    managers_only(user)?;
    let (you_said, we_did) = (text("you_said", &n.you_said)?, text("we_did", &n.we_did)?);
    let id = new_id();
    let now = now_ms();
    let mut tx = pool.begin().await?;
    sqlx::query("INSERT INTO notices (id, you_said, we_did, published_at, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(&id)
        .bind(you_said)
        .bind(we_did)
        .bind(n.publish.then_some(now))
        .bind(&user.id)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    let mut ideas = n.ideas.clone();
    ideas.sort();
    ideas.dedup();
    for idea in ideas {
        let found = sqlx::query("SELECT 1 AS one FROM feedback WHERE id = $1 AND idea IS NOT NULL").bind(&idea).fetch_optional(&mut *tx).await?;
        if found.is_none() {
            return Err(ServiceError::invalid("ideas", "unknown_idea", "one of the ideas does not exist"));
        }
        sqlx::query("INSERT INTO notice_ideas (notice_id, feedback_id) VALUES ($1, $2)").bind(&id).bind(&idea).execute(&mut *tx).await?;
    }
    let action = if n.publish { audit::Action::PublishNotice } else { audit::Action::CreateNotice };
    audit::write(&mut *tx, Some(user), action, notice(&id)).await?;
    tx.commit().await?;
    Ok(id)
}

/// Publishes a notice (from now) or takes it back to a draft.
pub async fn set_published(pool: &Pool, user: &User, id: &str, published: bool) -> Result<()> {
    managers_only(user)?;
    let done = sqlx::query("UPDATE notices SET published_at = CASE WHEN $1 = 1 THEN COALESCE(published_at, $2) ELSE NULL END WHERE id = $3")
        .bind(i64::from(published))
        .bind(now_ms())
        .bind(id)
        .execute(pool)
        .await?;
    if done.rows_affected() == 0 {
        return Err(ServiceError::NotFound);
    }
    let action = if published { audit::Action::PublishNotice } else { audit::Action::WithdrawNotice };
    audit::write(pool, Some(user), action, notice(id)).await?;
    Ok(())
}

fn notice(id: &str) -> audit::About<'static> {
    audit::About { detail: Some(serde_json::json!({ "notice_id": id })), ..Default::default() }
}

async fn query(pool: &Pool, only_published: bool) -> Result<Vec<Notice>> {
    let rows = sqlx::query(
        "SELECT n.id, n.you_said, n.we_did, n.published_at, \
           CAST((SELECT COUNT(*) FROM notice_ideas i WHERE i.notice_id = n.id) AS BIGINT) AS ideas \
         FROM notices n WHERE ($1 = 0 OR n.published_at IS NOT NULL) \
         ORDER BY COALESCE(n.published_at, n.created_at) DESC, n.id LIMIT 200",
    )
    .bind(i64::from(only_published))
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|r| {
            let at: Option<i64> = r.try_get("published_at")?;
            Ok(Notice {
                id: r.try_get("id")?,
                you_said: r.try_get("you_said")?,
                we_did: r.try_get("we_did")?,
                published_at: at.map(crate::time::Time),
                ideas: r.try_get("ideas")?,
            })
        })
        .collect()
}

/// Every notice, drafts too: managers only.
pub async fn list(pool: &Pool, user: &User) -> Result<Vec<Notice>> {
    managers_only(user)?;
    query(pool, false).await
}

/// What anyone may read: published notices, newest first.
pub async fn published(pool: &Pool) -> Result<Vec<Notice>> {
    query(pool, true).await
}

#[cfg(test)]
mod tests {
    #[test]
    fn themes_are_tidied_and_limited() {
        let t = super::tidy_themes(&["Reports, waiting ,reports".into(), " ".into()]).unwrap();
        assert_eq!(t, ["reports", "waiting"]);
        assert!(super::tidy_themes(&["a,b,c,d,e,f".into()]).is_err());
        assert!(super::tidy_themes(&["x".repeat(41)]).is_err());
    }
}
