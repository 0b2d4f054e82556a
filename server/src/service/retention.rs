//! Retention: `TIPTOES_KEEP_WORDS_DAYS` (90) days after a meeting, held, cancelled or never
//! recorded, every word its people wrote for it is deleted: their views' answers, drafts,
//! feedback ideas, the chair's translations and notes about them, their first names and the
//! case reference. What the figures count stays (who was invited, attended, shared views and
//! how, the ratings), and the meeting says when its words went and why. Expired staff
//! sessions, kiosk drafts, attempt counts and invite codes go in the same run.
//!
//! A running server does this every `TIPTOES_PURGE_EVERY_SECONDS` (an hour); `tiptoes purge`
//! does it at once. Each run is in the audit log with its counts. Runs on several instances at
//! once are safe: each meeting is claimed by one statement, so no two runs count it.

use super::{Result, audit, kiosk, limits};
use crate::{db::Pool, now_ms};
use serde::Serialize;
use sqlx::Row;
use std::sync::atomic::{AtomicU32, Ordering};

const DAY_MS: i64 = 24 * 60 * 60 * 1000;
/// Meetings handled per transaction.
const BATCH: i64 = 200;

static KEEP_DAYS: AtomicU32 = AtomicU32::new(90);

/// Sets `TIPTOES_KEEP_WORDS_DAYS` for this process (at start).
pub fn set_keep_days(days: u32) {
    KEEP_DAYS.store(days, Ordering::Relaxed);
}

pub fn keep_days() -> u32 {
    KEEP_DAYS.load(Ordering::Relaxed)
}

/// When the words written for a meeting starting at `starts_at` are deleted.
pub fn words_go_at(starts_at: i64) -> i64 {
    starts_at.saturating_add(i64::from(keep_days()) * DAY_MS)
}

/// What one run deleted.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize)]
pub struct Purged {
    /// Meetings whose words went in this run.
    pub meetings: u64,
    /// Versions of views whose answers were deleted.
    pub views: u64,
    pub translations: u64,
    pub ideas: u64,
    /// People whose first name (or the reason they could not take part) was deleted.
    pub names: u64,
    pub drafts: u64,
    pub staff_sessions: u64,
    pub attempt_counts: u64,
    /// Expired invite codes whose hashes were overwritten.
    pub codes: u64,
}

/// `$first, $first+1, …` for `n` values.
fn placeholders(first: usize, n: usize) -> String {
    (first..first + n).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ")
}

/// Deletes the words of every meeting that started more than the retention ago, and what has
/// expired. `who`: the manager who ran it, or None for the hourly run and the command line;
/// `asked`: someone ran it (not the hourly run).
pub async fn purge(pool: &Pool, who: Option<&super::users::User>, asked: bool) -> Result<Purged> {
    let now = now_ms();
    let due = now - i64::from(keep_days()) * DAY_MS;
    let mut out = Purged::default();
    loop {
        let ids: Vec<String> =
            sqlx::query("SELECT id FROM meetings WHERE words_deleted_at IS NULL AND starts_at < $1 ORDER BY starts_at LIMIT $2")
                .bind(due)
                .bind(BATCH)
                .fetch_all(pool)
                .await?
                .iter()
                .map(|r| r.try_get("id"))
                .collect::<std::result::Result<_, _>>()?;
        if ids.is_empty() {
            break;
        }
        let mut tx = pool.begin().await?;
        // Claim the meetings first: a run on another instance that got here first has them.
        let claim = format!(
            "UPDATE meetings SET case_ref = NULL, words_deleted_at = $1, words_deleted_why = 'retention' \
             WHERE words_deleted_at IS NULL AND id IN ({}) RETURNING id",
            placeholders(2, ids.len())
        );
        let mut q = sqlx::query(crate::db::sql(&claim)).bind(now);
        for id in &ids {
            q = q.bind(id);
        }
        let claimed: Vec<String> = q.fetch_all(&mut *tx).await?.iter().map(|r| r.try_get("id")).collect::<std::result::Result<_, _>>()?;
        if claimed.is_empty() {
            tx.commit().await?;
            continue;
        }
        let list = placeholders(1, claimed.len());
        // "Now", where a statement needs it: the placeholder after the meetings' ids.
        let now_p = format!("${}", claimed.len() + 1);
        let people = format!("SELECT id FROM participants WHERE meeting_id IN ({list})");
        // Each statement, and whether it also takes "now" (after the ids).
        let statements = [
            (format!("DELETE FROM translations WHERE views_id IN (SELECT id FROM views WHERE participant_id IN ({people}))"), false),
            (format!("UPDATE views SET answers = '' WHERE answers <> '' AND participant_id IN ({people})"), false),
            (format!("UPDATE feedback SET idea = NULL WHERE idea IS NOT NULL AND meeting_id IN ({list})"), false),
            (
                format!(
                    "UPDATE participants SET first_name = NULL, not_able_reason = NULL \
                     WHERE (first_name IS NOT NULL OR not_able_reason IS NOT NULL) AND meeting_id IN ({list})"
                ),
                false,
            ),
            (format!("DELETE FROM kiosk_sessions WHERE participant_id IN ({people})"), false),
            // Their codes stop now (if TIPTOES_KEEP_WORDS_DAYS is under the codes' 30 days), so
            // nothing new is written for a meeting whose words are gone.
            (format!("UPDATE participants SET code_expires_at = {now_p} WHERE code_expires_at > {now_p} AND meeting_id IN ({list})"), true),
        ];
        let mut counts = [0u64; 6];
        for ((sql, with_now), n) in statements.iter().zip(counts.iter_mut()) {
            let mut q = sqlx::query(crate::db::sql(sql));
            for id in &claimed {
                q = q.bind(id);
            }
            if *with_now {
                q = q.bind(now);
            }
            *n = q.execute(&mut *tx).await?.rows_affected();
        }
        tx.commit().await?;
        out.meetings += claimed.len() as u64;
        out.translations += counts[0];
        out.views += counts[1];
        out.ideas += counts[2];
        out.names += counts[3];
        out.drafts += counts[4];
    }
    out.drafts += sqlx::query("DELETE FROM kiosk_sessions WHERE last_seen_at < $1 OR created_at < $2")
        .bind(now - kiosk::DRAFT_IDLE_MS)
        .bind(now - kiosk::DRAFT_MAX_MS)
        .execute(pool)
        .await?
        .rows_affected();
    out.staff_sessions = sqlx::query("DELETE FROM staff_sessions WHERE expires_at <= $1").bind(now).execute(pool).await?.rows_affected();
    out.attempt_counts = limits::sweep(pool).await?;
    // An expired code opens nothing, but its hash could still be tried against offline; it is
    // overwritten with something no code hashes to (unique, as the column must be).
    out.codes = sqlx::query("UPDATE participants SET code_hash = 'gone$' || id WHERE code_expires_at <= $1 AND SUBSTR(code_hash, 1, 5) <> 'gone$'")
        .bind(now)
        .execute(pool)
        .await?
        .rows_affected();
    let deleted = out != Purged::default();
    if deleted {
        crate::db::forget_old_pages(pool).await?;
    }
    // A run someone asked for is always in the log; the hourly run when it deleted something
    // (otherwise 24 entries a day saying nothing would bury the reads of children's words).
    if deleted || asked {
        let detail = serde_json::to_value(&out).map_err(anyhow::Error::from)?;
        audit::write(pool, who, audit::Action::Purge, audit::Entry::about(None, None, Some(detail))).await?;
    }
    Ok(out)
}

/// Runs `purge` every `every` for as long as the server runs. A failed run is logged and
/// tried again at the next turn; nothing is lost by waiting.
pub async fn every(pool: Pool, every: std::time::Duration) {
    let mut ticks = tokio::time::interval(every);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        match purge(&pool, None, false).await {
            Ok(p) if p.meetings > 0 => tracing::info!(meetings = p.meetings, views = p.views, ideas = p.ideas, "deleted words past their time"),
            Ok(_) => {}
            Err(e) => tracing::error!(error = ?e, "the purge failed; trying again at the next turn"),
        }
    }
}
