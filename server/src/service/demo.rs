//! Demo data for trying Tiptoes out: a chair, a manager and an upcoming conference with a
//! child who reads English, a child who reads Arabic and a parent who reads Polish. Running it
//! again changes nothing, except to move the demo meeting forward once its date has passed.

use super::{
    Result, meetings,
    users::{self, StaffRole, User},
};
use crate::{db::Pool, now_ms};
use app::model::{MeetingKind, Role};
use sqlx::Row;

pub const CHAIR_EMAIL: &str = "chair@tiptoes.example";
pub const CHAIR_PASSWORD: &str = "demo-chair-password";
pub const MANAGER_EMAIL: &str = "manager@tiptoes.example";
pub const MANAGER_PASSWORD: &str = "demo-manager-password";
const CASE_REF: &str = "DEMO-1";

/// The demo's people and their memorable codes (letters from the code alphabet only).
pub const PEOPLE: [(Role, &str, &str, &str); 3] = [
    (Role::Child, "Olivia", "en-GB", "SUNNY-TREES"),
    (Role::Child, "Amira", "ar", "HAPPY-STARS"),
    (Role::Parent, "Kasia", "pl", "GREEN-FLAGS"),
];

pub struct Demo {
    pub created: bool,
    pub meeting_id: String,
}

async fn ensure_user(pool: &Pool, email: &str, name: &str, role: StaffRole, password: &str) -> Result<User> {
    match users::find_by_email(pool, email).await? {
        Some(u) => Ok(u),
        None => users::add(pool, email, name, role, password).await,
    }
}

pub async fn load(pool: &Pool, public_base: &str) -> Result<Demo> {
    let chair = ensure_user(pool, CHAIR_EMAIL, "Sam Chair", StaffRole::Chair, CHAIR_PASSWORD).await?;
    ensure_user(pool, MANAGER_EMAIL, "Morgan Manager", StaffRole::Manager, MANAGER_PASSWORD).await?;
    // Two weeks ahead, 10:00 UK time (a winter or summer hour alike).
    let day = chrono::Utc::now().date_naive() + chrono::Duration::days(14);
    let local = day.and_hms_opt(10, 0, 0).unwrap_or_default();
    let starts_at = local
        .and_local_timezone(chrono_tz::Europe::London)
        .earliest()
        .map(|t| t.timestamp_millis())
        .unwrap_or_else(now_ms);
    let existing = sqlx::query("SELECT id, starts_at FROM meetings WHERE case_ref = $1 AND chair_id = $2")
        .bind(CASE_REF)
        .bind(&chair.id)
        .fetch_optional(pool)
        .await?;
    if let Some(row) = existing {
        let id: String = row.try_get("id")?;
        if row.try_get::<i64, _>("starts_at")? <= now_ms() {
            sqlx::query("UPDATE meetings SET starts_at = $1, updated_at = $2, status = 'scheduled', outcome_recorded_at = NULL WHERE id = $3")
                .bind(starts_at)
                .bind(now_ms())
                .bind(&id)
                .execute(pool)
                .await?;
            sqlx::query("UPDATE participants SET code_expires_at = $1 WHERE meeting_id = $2")
                .bind(starts_at + meetings::CODE_VALID_AFTER_MS)
                .bind(&id)
                .execute(pool)
                .await?;
        }
        // Printing the demo invites makes new codes; the memorable ones come back on each load.
        for (position, (_, _, _, code)) in PEOPLE.iter().enumerate() {
            sqlx::query("UPDATE participants SET code_hash = $1 WHERE meeting_id = $2 AND position = $3")
                .bind(crate::auth::code_hash(code))
                .bind(&id)
                .bind(position as i64)
                .execute(pool)
                .await?;
        }
        return Ok(Demo { created: false, meeting_id: id });
    }
    let input = meetings::NewMeeting {
        kind: MeetingKind::Icpc,
        starts_at: meetings::rfc3339(starts_at),
        case_ref: Some(CASE_REF.into()),
        participants: PEOPLE
            .iter()
            .map(|(role, name, lang, _)| meetings::NewParticipant {
                role: *role,
                first_name: Some((*name).into()),
                language: (*lang).into(),
                age_band: role.is_child().then_some(meetings::AgeBand::From10To12),
                gender: role.is_child().then_some(meetings::Gender::Female),
            })
            .collect(),
    };
    let codes = PEOPLE.iter().map(|p| p.3.to_string()).collect();
    let created = meetings::create_with_codes(pool, &chair, input, public_base, Some(codes)).await?;
    Ok(Demo { created: true, meeting_id: created.id })
}

#[cfg(test)]
mod tests {
    #[test]
    fn demo_codes_are_valid_codes() {
        for (_, _, _, code) in super::PEOPLE {
            let n = crate::auth::normalise_code(code);
            assert_eq!(n.len(), crate::auth::CODE_CHARS);
            assert!(n.bytes().all(|b| crate::auth::CODE_ALPHABET.contains(&b)), "{code}");
        }
    }
}
