//! Invite codes: what a code opens, and the per-client limit on wrong guesses.

use super::{Result, ServiceError, limits};
use crate::{auth, crypto::{self, Field}, db::Pool, now_ms};
use app::domain::MeetingStatus;
use app::model::{MeetingKind, Role};
use sqlx::Row;


/// What an invite code opens: one person at one meeting.
#[derive(Clone, Debug)]
pub struct Invite {
    pub participant_id: String,
    pub role: Role,
    pub first_name: Option<String>,
    pub language: String,
    pub meeting_id: String,
    pub meeting_kind: MeetingKind,
    /// Milliseconds since 1970, UTC.
    pub starts_at: i64,
    pub status: MeetingStatus,
}

impl Invite {
    /// Views and changes close when the meeting starts (or if it was cancelled).
    pub fn meeting_started(&self, now: i64) -> bool {
        !self.status.open_at(self.starts_at, now)
    }
}

/// Opens a code for a client, counting wrong codes against that client. A wrong code and an
/// expired one are the same error, so neither tells the other apart.
///
/// A client's codes are checked one at a time (`limits::one_at_a_time`), and a wrong one is
/// counted in one atomic statement (`limits::take`) before the next is looked at: however many
/// guesses arrive at once, at most ten a minute are answered "wrong", and a right code among
/// them meets the count as it is by then, refused once the window is full, so guessing cannot
/// go on by luck. A right code takes no slot: one statement finds it and reads the client's
/// count beside it. It writes nothing, which is what lets a busy kiosk morning through (five
/// statements a child's send instead of nine, and no wait for SQLite's one writer).
pub async fn open(pool: &Pool, typed: &str, client: &str) -> Result<Invite> {
    let _turn = limits::one_at_a_time(client).await?;
    let now = now_ms();
    if auth::normalise_code(typed).len() == auth::CODE_CHARS
        && let Some((invite, tries)) = find(pool, typed, client, now).await?
    {
        return if tries >= limits::WRONG_CODES.max { Err(ServiceError::RateLimited) } else { Ok(invite) };
    }
    match limits::take(pool, limits::WRONG_CODES, client).await? {
        Ok(_) => Err(ServiceError::InvalidCode),
        Err(_) => Err(ServiceError::RateLimited),
    }
}

/// The invite a code opens, and how many wrong codes the client has sent in the window now
/// running.
async fn find(pool: &Pool, typed: &str, client: &str, now: i64) -> Result<Option<(Invite, i64)>> {
    // The code's hash under each key in the file (one, or two while a key is being rotated).
    let hashes = auth::code_hashes(typed);
    let list = (0..hashes.len()).map(|i| format!("${}", i + 4)).collect::<Vec<_>>().join(", ");
    let sql = format!(
        "SELECT p.id, p.role, p.first_name, p.language, m.id AS meeting_id, m.kind, m.starts_at, m.status, \
           (SELECT count FROM attempt_counts WHERE key = $2 AND window_start > $3) AS tries \
         FROM participants p JOIN meetings m ON m.id = p.meeting_id \
         WHERE p.code_expires_at > $1 AND p.code_hash IN ({list})"
    );
    let (key, since) = limits::running(limits::WRONG_CODES, client, now);
    let mut query = sqlx::query(crate::db::sql(&sql)).bind(now).bind(key).bind(since);
    for h in &hashes {
        query = query.bind(h);
    }
    let Some(row) = query.fetch_optional(pool).await? else { return Ok(None) };
    let tries: Option<i64> = row.try_get("tries")?;
    Ok(Some((invite_from_row(&row)?, tries.unwrap_or(0))))
}

/// Loads the invite of a participant (for a kiosk draft that already holds a checked code).
pub async fn by_participant(pool: &Pool, participant_id: &str) -> Result<Option<Invite>> {
    let row = sqlx::query(
        "SELECT p.id, p.role, p.first_name, p.language, m.id AS meeting_id, m.kind, m.starts_at, m.status \
         FROM participants p JOIN meetings m ON m.id = p.meeting_id WHERE p.id = $1",
    )
    .bind(participant_id)
    .fetch_optional(pool)
    .await?;
    row.map(|r| invite_from_row(&r)).transpose()
}

fn invite_from_row(r: &sqlx::any::AnyRow) -> Result<Invite> {
    let role: String = r.try_get("role")?;
    let kind: String = r.try_get("kind")?;
    let id: String = r.try_get("id")?;
    Ok(Invite {
        first_name: crypto::open_opt(Field::FirstName, &id, r.try_get("first_name")?)?,
        participant_id: id,
        role: Role::parse(&role).ok_or_else(|| anyhow::anyhow!("bad role {role:?}"))?,
        language: r.try_get("language")?,
        meeting_id: r.try_get("meeting_id")?,
        meeting_kind: MeetingKind::parse(&kind).ok_or_else(|| anyhow::anyhow!("bad kind {kind:?}"))?,
        starts_at: r.try_get("starts_at")?,
        status: super::meetings::status_of(r)?,
    })
}

/// A printed invite: one person's new code and where it leads.
#[derive(Clone, Debug)]
pub struct PrintedInvite {
    pub participant_id: String,
    pub role: Role,
    pub first_name: Option<String>,
    pub language: String,
    pub code: String,
    pub url: String,
}

/// The invites of a meeting, for printing. Codes are kept only as hashes, so printing makes
/// a new code for each person and any earlier printout stops working; the meeting page says
/// when each was printed. Only while the meeting is still to come.
pub async fn reissue(
    pool: &Pool,
    user: &super::users::User,
    meeting_id: &str,
    public_base: &str,
) -> Result<(super::meetings::Owned, Vec<PrintedInvite>)> {
    let m = super::meetings::owned(pool, user, meeting_id).await?;
    if !m.status.open_at(m.starts_at, now_ms()) {
        return Err(ServiceError::Conflict { code: "meeting_closed", message: "invites can be printed before the meeting only".into() });
    }
    let rows = sqlx::query("SELECT id, role, first_name, language FROM participants WHERE meeting_id = $1 ORDER BY position")
        .bind(meeting_id)
        .fetch_all(pool)
        .await?;
    let now = now_ms();
    let mut tx = pool.begin().await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let id: String = r.try_get("id")?;
        let role: String = r.try_get("role")?;
        let code = auth::new_invite_code();
        sqlx::query("UPDATE participants SET code_hash = $1, invite_printed_at = $2 WHERE id = $3")
            .bind(auth::code_hash(&code))
            .bind(now)
            .bind(&id)
            .execute(&mut *tx)
            .await?;
        out.push(PrintedInvite {
            first_name: crypto::open_opt(Field::FirstName, &id, r.try_get("first_name")?)?,
            participant_id: id,
            role: Role::parse(&role).ok_or_else(|| anyhow::anyhow!("bad role {role:?}"))?,
            language: r.try_get("language")?,
            url: format!("{public_base}/i/{code}"),
            code,
        });
    }
    // A draft already open on a kiosk holds the person, not the code: it goes on working.
    super::audit::record(&mut *tx, user, super::audit::Action::PrintInvites, meeting_id).await?;
    tx.commit().await?;
    Ok((m, out))
}

/// When the chair last opened this person's views, if that was after the newest views they
/// sent: the read receipt a child sees on entering their code again. "Your chair read your
/// views" must be true, so only a read by the meeting's own chair counts: a manager's read is
/// audited but is not the chair's (unless the manager has taken the meeting over).
pub async fn read_at(pool: &Pool, invite: &Invite) -> Result<Option<i64>> {
    let row = sqlx::query(
        "SELECT MAX(a.at) AS read_at FROM audit_log a JOIN meetings m ON m.id = a.meeting_id \
         WHERE a.meeting_id = $1 AND a.action = 'read_views' AND a.user_id = m.chair_id \
         AND a.at >= (SELECT MAX(v.created_at) FROM views v WHERE v.participant_id = $2)",
    )
    .bind(&invite.meeting_id)
    .bind(&invite.participant_id)
    .fetch_one(pool)
    .await?;
    Ok(row.try_get::<Option<i64>, _>("read_at")?)
}

/// The meeting's local time in the UK, in parts, for the kiosk to say in any language.
pub fn local_time(ms: i64) -> app::model::LocalTime {
    use chrono::{Datelike, TimeZone, Timelike};
    let utc = chrono::Utc.timestamp_millis_opt(ms).single().unwrap_or_default();
    let t = utc.with_timezone(&chrono_tz::Europe::London);
    app::model::LocalTime {
        year: t.year(),
        month: t.month(),
        day: t.day(),
        weekday: t.weekday().number_from_monday(),
        hour: t.hour(),
        minute: t.minute(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn meeting_times_are_said_in_uk_time_across_the_clock_change() {
        // 10:00 UTC on 1 July is 11:00 in London (BST); on 1 December it is 10:00 (GMT).
        let summer = chrono::DateTime::parse_from_rfc3339("2026-07-01T10:00:00Z").unwrap().timestamp_millis();
        let winter = chrono::DateTime::parse_from_rfc3339("2026-12-01T10:00:00Z").unwrap().timestamp_millis();
        assert_eq!(super::local_time(summer).hour, 11);
        assert_eq!(super::local_time(winter).hour, 10);
        assert_eq!(super::local_time(winter).weekday, 2);
    }
}
