//! Demo data for trying Tiptoes out: a chair, a manager and an upcoming conference with a
//! child who reads English, a child who reads Arabic and a parent who reads Polish; and a
//! history of held meetings with outcomes and feedback from the start of last financial year
//! until yesterday, so the figures and feedback pages have two years to show. Running it
//! again changes nothing, except to move the demo meeting forward once its date has passed.

use super::{
    Result, meetings,
    users::{self, StaffRole, User},
};
use crate::{db::Pool, now_ms};
use app::domain::MeetingStatus;
use app::model::{MeetingKind, Role};
use sqlx::Row;

pub const CHAIR_EMAIL: &str = "chair@tiptoes.example";
pub const CHAIR_PASSWORD: &str = "demo-chair-password";
pub const MANAGER_EMAIL: &str = "manager@tiptoes.example";
pub const MANAGER_PASSWORD: &str = "demo-manager-password";
const CASE_REF: &str = "DEMO-1";
/// The demo's meetings have fixed ids, so that loading again finds them: their case
/// references are sealed (see `crypto`) and cannot be searched for.
pub const MEETING_ID: &str = "00000000-0000-4000-8000-0000000000d1";
pub const AFTER_ID: &str = "00000000-0000-4000-8000-0000000000d2";
/// The `n`th meeting of the demo's history.
pub fn history_id(n: u64) -> String {
    format!("00000000-0000-4000-8000-{:012x}", 0x1_0000 + n)
}

/// The demo's people and their memorable codes (letters from the code alphabet only).
pub const PEOPLE: [(Role, &str, &str, &str); 3] = [
    (Role::Child, "Olivia", "en-GB", "SUNNY-TREES"),
    (Role::Child, "Amira", "ar", "HAPPY-STARS"),
    (Role::Parent, "Kasia", "pl", "GREEN-FLAGS"),
];

/// The meeting held yesterday, whose codes open the feedback screens.
pub const AFTER: [(Role, &str, &str, &str); 2] = [(Role::Child, "Olivia", "en-GB", "BRAVE-DUCKS"), (Role::Parent, "Kasia", "pl", "CALM-PANDAS")];
const AFTER_REF: &str = "DEMO-2";

/// Yesterday's meeting, so the feedback screens can be tried: made once, then on every load
/// moved to yesterday again with its memorable codes and its feedback cleared.
async fn meeting_yesterday(pool: &Pool, chair: &User, public_base: &str) -> Result<()> {
    let day = chrono::Utc::now().date_naive() - chrono::Duration::days(1);
    let starts_at = day
        .and_hms_opt(10, 0, 0)
        .unwrap_or_default()
        .and_local_timezone(chrono_tz::Europe::London)
        .earliest()
        .map(|t| t.timestamp_millis())
        .unwrap_or_else(now_ms);
    let existing = sqlx::query("SELECT id FROM meetings WHERE id = $1").bind(AFTER_ID).fetch_optional(pool).await?;
    let Some(row) = existing else {
        let input = meetings::NewMeeting {
            kind: MeetingKind::Rcpc,
            starts_at: meetings::rfc3339(starts_at),
            case_ref: Some(AFTER_REF.into()),
            participants: AFTER
                .iter()
                .map(|(role, name, lang, _)| meetings::NewParticipant {
                    role: *role,
                    first_name: Some((*name).into()),
                    language: (*lang).into(),
                    age_band: role.is_child().then_some(meetings::AgeBand::From13To15),
                    gender: role.is_child().then_some(meetings::Gender::Female),
                })
                .collect(),
        };
        let codes = AFTER.iter().map(|p| p.3.to_string()).collect();
        meetings::create_with_codes(pool, chair, input, public_base, Some((AFTER_ID, codes))).await?;
        return Ok(());
    };
    let id: String = row.try_get("id")?;
    let mut tx = crate::db::begin_write(pool).await?;
    let change = super::figures::tally::before(tx.conn(), &id).await?;
    sqlx::query("UPDATE meetings SET starts_at = $1, status = 'scheduled', outcome_recorded_at = NULL WHERE id = $2").bind(starts_at).bind(&id).execute(tx.conn()).await?;
    sqlx::query("DELETE FROM feedback WHERE meeting_id = $1").bind(&id).execute(tx.conn()).await?;
    for (position, (_, _, _, code)) in AFTER.iter().enumerate() {
        sqlx::query("UPDATE participants SET code_hash = $1, code_expires_at = $2 WHERE meeting_id = $3 AND position = $4")
            .bind(crate::auth::code_hash(code))
            .bind(starts_at + meetings::CODE_VALID_AFTER_MS)
            .bind(&id)
            .bind(position as i64)
            .execute(tx.conn())
            .await?;
    }
    change.after(tx.conn()).await?;
    tx.commit().await?;
    Ok(())
}

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
    let manager = ensure_user(pool, MANAGER_EMAIL, "Morgan Manager", StaffRole::Manager, MANAGER_PASSWORD).await?;
    history(pool, &chair, &manager).await?;
    meeting_yesterday(pool, &chair, public_base).await?;
    // Two weeks ahead, 10:00 UK time (a winter or summer hour alike).
    let day = chrono::Utc::now().date_naive() + chrono::Duration::days(14);
    let local = day.and_hms_opt(10, 0, 0).unwrap_or_default();
    let starts_at = local
        .and_local_timezone(chrono_tz::Europe::London)
        .earliest()
        .map(|t| t.timestamp_millis())
        .unwrap_or_else(now_ms);
    let existing = sqlx::query("SELECT id, starts_at FROM meetings WHERE id = $1")
        .bind(MEETING_ID)
        .fetch_optional(pool)
        .await?;
    if let Some(row) = existing {
        let id: String = row.try_get("id")?;
        if row.try_get::<i64, _>("starts_at")? <= now_ms() {
            // Back to a week ahead: what it counted for in the figures goes (see figures::tally).
            let mut tx = crate::db::begin_write(pool).await?;
            let change = super::figures::tally::before(tx.conn(), &id).await?;
            sqlx::query("UPDATE meetings SET starts_at = $1, updated_at = $2, status = 'scheduled', outcome_recorded_at = NULL WHERE id = $3")
                .bind(starts_at)
                .bind(now_ms())
                .bind(&id)
                .execute(tx.conn())
                .await?;
            sqlx::query("UPDATE participants SET code_expires_at = $1 WHERE meeting_id = $2")
                .bind(starts_at + meetings::CODE_VALID_AFTER_MS)
                .bind(&id)
                .execute(tx.conn())
                .await?;
            change.after(tx.conn()).await?;
            tx.commit().await?;
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
    let created = meetings::create_with_codes(pool, &chair, input, public_base, Some((MEETING_ID, codes))).await?;
    Ok(Demo { created: true, meeting_id: created.id })
}

/// A small seeded generator, so the demo history is the same on every machine.
struct Seeded(u64);

impl Seeded {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
    /// True with probability `p`.
    fn chance(&mut self, p: f64) -> bool {
        (self.next() % 10_000) as f64 / 10_000.0 < p
    }
    fn pick<'a, T>(&mut self, from: &'a [T]) -> &'a T {
        &from[(self.next() % from.len() as u64) as usize]
    }
}

const IDEAS: [&str; 12] = [
    "Send the report a few days before, not the night before.",
    "Let me meet the chair before the meeting starts.",
    "Use words I understand, not letters like ICPC.",
    "Have a quiet room to wait in.",
    "I want to hear the plan at the end in plain words.",
    "Ask me first what I want to be called.",
    "Make sure the interpreter is booked for the whole meeting.",
    "Shorter meetings with a break in the middle.",
    "Tell me who everyone is at the start.",
    "Let me join by video from school.",
    "Give us a copy of the decisions to take home.",
    "Have some water and snacks for children.",
];

/// Held (and some cancelled) meetings from 1 April of last financial year until yesterday,
/// with outcomes, feedback and two published "you said, we did" notices, by three chairs. Children take part a little more as time
/// goes on, as the service hopes. Made once: skipped when the history is already there.
async fn history(pool: &Pool, chair: &User, manager: &User) -> Result<()> {
    let there = sqlx::query("SELECT 1 AS one FROM meetings WHERE id = $1").bind(history_id(1)).fetch_optional(pool).await?;
    if there.is_some() {
        return Ok(());
    }
    let mut chairs = vec![chair.id.clone()];
    for (email, name) in [("priya@tiptoes.example", "Priya Shah"), ("tom@tiptoes.example", "Tom Evans")] {
        // They never sign in: a random password nobody knows.
        chairs.push(ensure_user(pool, email, name, StaffRole::Chair, &crate::auth::new_token()).await?.id);
    }
    let mut rng = Seeded(2017);
    let now = now_ms();
    let start = crate::service::figures::uk_midnight(crate::service::figures::year_of(now) - 1, 4, 1);
    let kinds = ["icpc", "rcpc", "rcpc", "cin_review", "lac_review", "cse_strategy"];
    let genders = ["female", "male", "female", "male", "other"];
    let bands = ["0-4", "5-9", "10-12", "13-15", "16-17"];
    let languages = ["en-GB", "en-GB", "en-GB", "pl", "ar"];
    let mut tx = pool.begin().await?;
    let (mut day, mut n) = (0, 0);
    // Which feedback holds which of the ideas, for the themes and notices below.
    let mut with_idea: Vec<(usize, String)> = Vec::new();
    loop {
        // A meeting every one to three days, starting between 09:00 and 14:00.
        day += 1 + (rng.next() % 3) as i64;
        let at = start + day * 86_400_000 + (9 + (rng.next() % 6) as i64) * 3_600_000;
        if at >= now - 86_400_000 {
            break;
        }
        n += 1;
        let progress = (at - start) as f64 / (now - start).max(1) as f64;
        let id = history_id(n);
        let cancelled = rng.chance(0.06);
        sqlx::query(
            "INSERT INTO meetings (id, kind, starts_at, case_ref, chair_id, status, created_at, updated_at, outcome_recorded_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8)",
        )
        .bind(&id)
        .bind(*rng.pick(&kinds))
        .bind(at)
        .bind(crate::crypto::seal(crate::crypto::Field::CaseRef, &id, &format!("DEMO-H-{n}"))?)
        .bind(rng.pick(&chairs).clone())
        .bind(if cancelled { MeetingStatus::Cancelled } else { MeetingStatus::Held }.as_str())
        .bind(at - 14 * 86_400_000)
        .bind((!cancelled).then_some(at + 3_600_000))
        .execute(&mut *tx)
        .await?;
        let children = 1 + rng.next() % 3;
        let adults = 1 + rng.next() % 2;
        for position in 0..children + adults {
            let child = position < children;
            let band = *rng.pick(&bands);
            let not_able = child && band == "0-4";
            let attended = !not_able && rng.chance(if child { 0.22 + 0.3 * progress } else { 0.55 });
            let shared: &[&str] = if not_able || !rng.chance(if child { 0.35 + 0.2 * progress } else { 0.3 }) {
                &["none"]
            } else {
                std::slice::from_ref(rng.pick(&["kiosk", "written", "someone", "phone", "kiosk"]))
            };
            let pid = super::new_id();
            let role = if child { "child" } else if rng.chance(0.8) { "parent" } else { "carer" };
            sqlx::query(
                "INSERT INTO participants (id, meeting_id, position, role, first_name, language, age_band, gender, code_hash, code_expires_at, \
                 attended, views_shared_by, not_able, not_able_reason) VALUES ($1, $2, $3, $4, NULL, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
            )
            .bind(&pid)
            .bind(&id)
            .bind(position as i64)
            .bind(role)
            .bind(*rng.pick(&languages))
            .bind(child.then_some(band))
            .bind(child.then(|| *rng.pick(&genders)))
            // Never a real code: a hash nobody can type.
            .bind(crate::auth::code_hash(&crate::auth::new_token()))
            .bind(at + meetings::CODE_VALID_AFTER_MS)
            .bind((!cancelled).then_some(i64::from(attended)))
            .bind((!cancelled).then(|| serde_json::to_string(shared).unwrap_or_default()))
            .bind((!cancelled).then_some(i64::from(not_able)))
            .bind(crate::crypto::seal_opt(crate::crypto::Field::NotAbleReason, &pid, not_able.then_some("Too young to take part"))?)
            .execute(&mut *tx)
            .await?;
            if cancelled || not_able || !rng.chance(0.45) {
                continue;
            }
            // Feedback: mostly good, better over time.
            let face = (2 + (rng.next() % 3) as i64 + i64::from(rng.chance(0.3 + 0.3 * progress)) - i64::from(rng.chance(0.2))).clamp(1, 5);
            let reply = |r: &mut Seeded, good: f64| -> &'static str {
                if r.chance(good) { "yes" } else if r.chance(0.5) { "a_bit" } else { "no" }
            };
            let (listened, understood, said) = (reply(&mut rng, 0.6), reply(&mut rng, 0.55), reply(&mut rng, 0.5));
            // The parents' questions are for adults only.
            let report = (!child).then(|| reply(&mut rng, 0.4 + 0.2 * progress));
            let met = (!child).then(|| if rng.chance(0.5) { "yes" } else { "no" });
            let interpreter = (!child).then(|| *rng.pick(&["not_needed", "not_needed", "not_needed", "yes", "no"]));
            let decisions = (!child).then(|| reply(&mut rng, 0.6));
            let idea = rng.chance(0.25).then(|| rng.next() as usize % IDEAS.len());
            let feedback_id = super::new_id();
            sqlx::query(
                "INSERT INTO feedback (id, participant_id, submission_id, overall, listened, understood, said_what_wanted, report_in_time, \
                 met_chair_before, interpreter, understood_decisions, idea, via, created_at, meeting_id, role) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'kiosk', $13, $14, $15)",
            )
            .bind(&feedback_id)
            .bind(&pid)
            .bind(super::new_id())
            .bind(face)
            .bind(listened)
            .bind(understood)
            .bind(said)
            .bind(report)
            .bind(met)
            .bind(interpreter)
            .bind(decisions)
            .bind(crate::crypto::seal_opt(crate::crypto::Field::Idea, &feedback_id, idea.map(|i| IDEAS[i]))?)
            .bind(at + 2 * 3_600_000 + (rng.next() % 86_400_000) as i64)
            .bind(&id)
            .bind(role)
            .execute(&mut *tx)
            .await?;
            if let Some(i) = idea {
                with_idea.push((i, feedback_id));
            }
        }
    }
    // Their counts, as recording each outcome would have written them.
    super::figures::summarise(&mut tx, None).await?;
    // A manager gave the ideas about reports a theme and answered them.
    let ideas_of = |i: usize| with_idea.iter().filter(move |(idea, _)| *idea == i).map(|(_, id)| id);
    for (idea, theme) in [(0, "reports"), (1, "meeting the chair")] {
        for id in ideas_of(idea) {
            sqlx::query("UPDATE feedback SET themes = $1 WHERE id = $2").bind(theme).bind(id).execute(&mut *tx).await?;
        }
    }
    for (said, did, idea) in NOTICES {
        let id = super::new_id();
        sqlx::query("INSERT INTO notices (id, you_said, we_did, published_at, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $4)")
            .bind(&id)
            .bind(said)
            .bind(did)
            .bind(now - 20 * 86_400_000)
            .bind(&manager.id)
            .execute(&mut *tx)
            .await?;
        for feedback_id in ideas_of(idea) {
            sqlx::query("INSERT INTO notice_ideas (notice_id, feedback_id) VALUES ($1, $2)").bind(&id).bind(feedback_id).execute(&mut *tx).await?;
        }
    }
    // The figures' ready counts, made again with the history in.
    super::figures::tally::rebuild(&mut tx).await?;
    tx.commit().await?;
    Ok(())
}

/// The demo's published "you said, we did" notices, and the idea each answers.
const NOTICES: [(&str, &str, usize); 2] = [
    (
        "The report came too late to read before the meeting.",
        "Chairs now make sure families get the report at least three working days before, and ask at the start if you had time to read it.",
        0,
    ),
    (
        "You wanted to meet the chair before the meeting.",
        "The chair now meets you, or phones you, before every conference, so you know who they are and what will happen.",
        1,
    ),
];

#[cfg(test)]
mod tests {
    #[test]
    fn demo_codes_are_valid_codes() {
        for (_, _, _, code) in super::PEOPLE.into_iter().chain(super::AFTER) {
            let n = crate::auth::normalise_code(code);
            assert_eq!(n.len(), crate::auth::CODE_CHARS);
            assert!(n.bytes().all(|b| crate::auth::CODE_ALPHABET.contains(&b)), "{code}");
        }
    }
}
