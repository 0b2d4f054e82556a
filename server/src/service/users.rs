//! Staff accounts and their sessions.

use super::{Result, ServiceError, new_id};
use crate::{auth, db::Pool, now_ms};
use serde::{Deserialize, Serialize};
use sqlx::Row;

/// How long a staff session lasts without signing in again.
const SESSION_MS: i64 = 12 * 60 * 60 * 1000;
/// Wrong passwords allowed for one email address before it waits.
pub const MAX_LOGIN_FAILURES: i64 = 5;
/// How long it waits (and how far back failures count).
pub const LOCKOUT_MS: i64 = 15 * 60 * 1000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StaffRole {
    Chair,
    Manager,
}

impl StaffRole {
    pub fn as_str(self) -> &'static str {
        match self {
            StaffRole::Chair => "chair",
            StaffRole::Manager => "manager",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "chair" => Some(StaffRole::Chair),
            "manager" => Some(StaffRole::Manager),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct User {
    pub id: String,
    pub email: String,
    pub name: String,
    pub role: StaffRole,
}

impl User {
    pub fn is_manager(&self) -> bool {
        self.role == StaffRole::Manager
    }
}

fn user_from_row(r: &sqlx::any::AnyRow) -> Result<User> {
    let role: String = r.try_get("role")?;
    Ok(User {
        id: r.try_get("id")?,
        email: r.try_get("email")?,
        name: r.try_get("name")?,
        role: StaffRole::parse(&role).ok_or_else(|| anyhow::anyhow!("unknown role {role:?} in users"))?,
    })
}

fn normalise_email(e: &str) -> String {
    e.trim().to_lowercase()
}

pub async fn add(pool: &Pool, email: &str, name: &str, role: StaffRole, password: &str) -> Result<User> {
    let email = normalise_email(email);
    let name = name.trim();
    if !email.contains('@') || email.len() > 254 || email.starts_with('@') || email.ends_with('@') {
        return Err(ServiceError::invalid("email", "invalid_email", "the email address is not valid"));
    }
    if name.is_empty() || name.chars().count() > 100 {
        return Err(ServiceError::invalid("name", "invalid_name", "the name must be 1 to 100 characters"));
    }
    if password.chars().count() < auth::MIN_PASSWORD_CHARS {
        return Err(ServiceError::invalid(
            "password",
            "password_too_short",
            format!("the password must be at least {} characters", auth::MIN_PASSWORD_CHARS),
        ));
    }
    let hash = auth::hash_password(password.to_string()).await?;
    let id = new_id();
    let res = sqlx::query("INSERT INTO users (id, email, name, role, password_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(&id)
        .bind(&email)
        .bind(name)
        .bind(role.as_str())
        .bind(&hash.0)
        .bind(now_ms())
        .execute(pool)
        .await;
    match res {
        Ok(_) => Ok(User { id, email, name: name.to_string(), role }),
        Err(e) if crate::db::is_unique_violation(&e) => {
            Err(ServiceError::Conflict { code: "email_taken", message: "a user with that email already exists".into() })
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn find_by_email(pool: &Pool, email: &str) -> Result<Option<User>> {
    let row = sqlx::query("SELECT id, email, name, role FROM users WHERE email = $1")
        .bind(normalise_email(email))
        .fetch_optional(pool)
        .await?;
    row.as_ref().map(user_from_row).transpose()
}

/// Signs in; returns the user and a new session token (for the cookie). Unknown email and
/// wrong password give the same error after the same work.
/// After five wrong passwords for an email address in 15 minutes, that address waits 15
/// minutes, right password or not; the same for addresses with no account.
pub async fn sign_in(pool: &Pool, email: &str, password: &str) -> Result<(User, String)> {
    let email = normalise_email(email);
    let now = now_ms();
    // The newest five failures: if they came within 15 minutes of each other, the address
    // waits until 15 minutes after the last of them. Failures while waiting are not counted.
    let recent: Vec<i64> = sqlx::query("SELECT at FROM login_failures WHERE email = $1 AND at > $2 ORDER BY at DESC LIMIT 5")
        .bind(&email)
        .bind(now - 2 * LOCKOUT_MS)
        .fetch_all(pool)
        .await?
        .iter()
        .map(|r| r.try_get("at"))
        .collect::<std::result::Result<_, _>>()?;
    if recent.len() as i64 >= MAX_LOGIN_FAILURES && recent[0] - recent[recent.len() - 1] <= LOCKOUT_MS && now < recent[0] + LOCKOUT_MS {
        let minutes = (recent[0] + LOCKOUT_MS - now + 59_999) / 60_000;
        return Err(ServiceError::Locked { minutes });
    }
    let row = sqlx::query("SELECT id, email, name, role, password_hash FROM users WHERE email = $1 AND disabled = 0")
        .bind(&email)
        .fetch_optional(pool)
        .await?;
    let stored = match &row {
        Some(r) => Some(auth::PasswordHashString(r.try_get("password_hash")?)),
        None => None,
    };
    if !auth::verify_password(stored, password.to_string()).await? {
        sqlx::query("INSERT INTO login_failures (email, at) VALUES ($1, $2)").bind(&email).bind(now).execute(pool).await?;
        return Err(ServiceError::InvalidCredentials);
    }
    sqlx::query("DELETE FROM login_failures WHERE email = $1").bind(&email).execute(pool).await?;
    let user = user_from_row(row.as_ref().ok_or(ServiceError::InvalidCredentials)?)?;
    let token = auth::new_token();
    let now = now_ms();
    sqlx::query("INSERT INTO staff_sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)")
        .bind(auth::token_hash(&token))
        .bind(&user.id)
        .bind(now)
        .bind(now + SESSION_MS)
        .execute(pool)
        .await?;
    Ok((user, token))
}

/// The signed-in user for a session token, if the session is live and the account enabled.
pub async fn session_user(pool: &Pool, token: &str) -> Result<Option<User>> {
    let row = sqlx::query(
        "SELECT u.id, u.email, u.name, u.role FROM staff_sessions s JOIN users u ON u.id = s.user_id \
         WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.disabled = 0",
    )
    .bind(auth::token_hash(token))
    .bind(now_ms())
    .fetch_optional(pool)
    .await?;
    row.as_ref().map(user_from_row).transpose()
}

pub async fn sign_out(pool: &Pool, token: &str) -> Result<()> {
    sqlx::query("DELETE FROM staff_sessions WHERE token_hash = $1").bind(auth::token_hash(token)).execute(pool).await?;
    Ok(())
}

/// Every chair (and manager, who may chair too), for a manager's filter: (id, name).
pub async fn chairs(pool: &Pool) -> Result<Vec<(String, String)>> {
    let rows = sqlx::query("SELECT id, name FROM users WHERE disabled = 0 ORDER BY name").fetch_all(pool).await?;
    rows.iter().map(|r| Ok((r.try_get("id")?, r.try_get("name")?))).collect()
}
