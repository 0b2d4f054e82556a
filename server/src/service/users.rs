//! Staff accounts and their sessions.

use super::{Result, ServiceError, audit, limits, new_id};
use crate::{auth, db::Pool, now_ms};
use serde::{Deserialize, Serialize};
use sqlx::Row;

/// How long a staff session lasts without signing in again.
const SESSION_MS: i64 = 12 * 60 * 60 * 1000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[derive(utoipa::ToSchema)]
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
#[derive(utoipa::ToSchema)]
pub struct User {
    pub id: String,
    pub email: String,
    pub name: String,
    pub role: StaffRole,
    /// Signed in with a one-time password: nothing but changing it is allowed.
    #[serde(skip)]
    pub must_change_password: bool,
}

impl User {
    pub fn is_manager(&self) -> bool {
        self.role == StaffRole::Manager
    }
}

fn check_password(password: &str) -> Result<()> {
    if password.chars().count() < auth::MIN_PASSWORD_CHARS {
        return Err(ServiceError::invalid(
            "password",
            "password_too_short",
            format!("the password must be at least {} characters", auth::MIN_PASSWORD_CHARS),
        ));
    }
    Ok(())
}

fn user_from_row(r: &sqlx::any::AnyRow) -> Result<User> {
    let role: String = r.try_get("role")?;
    Ok(User {
        id: r.try_get("id")?,
        email: r.try_get("email")?,
        name: r.try_get("name")?,
        role: StaffRole::parse(&role).ok_or_else(|| anyhow::anyhow!("unknown role {role:?} in users"))?,
        must_change_password: r.try_get::<Option<i64>, _>("must_change_password").ok().flatten().unwrap_or(0) == 1,
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
    check_password(password)?;
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
        Ok(_) => Ok(User { id, email, name: name.to_string(), role, must_change_password: false }),
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
///
/// Two limits come before any password is hashed, each counted in one atomic statement so
/// that requests sent all at once are counted one by one: a client (`client`, its address)
/// gets `SIGN_INS_PER_CLIENT` tries a minute whatever the addresses, and an email address gets
/// five tries in 15 minutes, then waits until the 15 minutes are up, right password or not
/// (the same for addresses with no account, so a lockout tells nothing).
pub async fn sign_in(pool: &Pool, email: &str, password: &str, client: &str) -> Result<(User, String)> {
    let email = normalise_email(email);
    if let Err(refused) = limits::take(pool, limits::SIGN_INS_PER_CLIENT, client).await? {
        return Err(ServiceError::TooManySignIns { minutes: refused.minutes() });
    }
    let slot = match limits::take(pool, limits::WRONG_PASSWORDS, &email).await? {
        Ok(slot) => slot,
        Err(refused) => return Err(ServiceError::Locked { minutes: refused.minutes() }),
    };
    let row = sqlx::query("SELECT id, email, name, role, password_hash, must_change_password FROM users WHERE email = $1 AND disabled = 0")
        .bind(&email)
        .fetch_optional(pool)
        .await?;
    let stored = match &row {
        Some(r) => Some(auth::PasswordHashString(r.try_get("password_hash")?)),
        None => None,
    };
    let right = match auth::verify_password(stored, password.to_string()).await {
        Ok(right) => right,
        Err(e) => {
            // Too busy to check (or the check failed): the password was never tried, so the
            // address keeps its try. The client's try stays counted: flooding costs the flooder.
            limits::give_back(pool, slot).await?;
            return Err(e);
        }
    };
    if !right {
        // Only tries that reached the password check (each limited above) are written, so a
        // flood cannot fill the log. The typed address is not kept: it may be a password.
        let account = row.as_ref().map(user_from_row).transpose()?;
        audit::write(pool, account.as_ref(), audit::Action::SignInFailed, audit::About::default()).await?;
        return Err(ServiceError::InvalidCredentials);
    }
    limits::clear(pool, limits::WRONG_PASSWORDS, &email).await?;
    limits::sweep(pool).await?;
    let user = user_from_row(row.as_ref().ok_or(ServiceError::InvalidCredentials)?)?;
    audit::write(pool, Some(&user), audit::Action::SignIn, audit::About::default()).await?;
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
        "SELECT u.id, u.email, u.name, u.role, u.must_change_password FROM staff_sessions s JOIN users u ON u.id = s.user_id \
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

/// A staff account as a manager sees it in the list.
#[derive(Clone, Debug, Serialize)]
pub struct Account {
    pub id: String,
    pub email: String,
    pub name: String,
    pub role: StaffRole,
    pub disabled: bool,
    pub must_change_password: bool,
}

fn manager_only(user: &User) -> Result<()> {
    if user.is_manager() { Ok(()) } else { Err(ServiceError::NotFound) }
}

/// Every account, by name. Managers only.
pub async fn list(pool: &Pool, manager: &User) -> Result<Vec<Account>> {
    manager_only(manager)?;
    let rows = sqlx::query("SELECT id, email, name, role, disabled, must_change_password FROM users ORDER BY name, email")
        .fetch_all(pool)
        .await?;
    rows.iter()
        .map(|r| {
            let u = user_from_row(r)?;
            Ok(Account {
                id: u.id,
                email: u.email,
                name: u.name,
                role: u.role,
                disabled: r.try_get::<i64, _>("disabled")? == 1,
                must_change_password: u.must_change_password,
            })
        })
        .collect()
}

/// A manager adds an account with a one-time password, which the new user must change when
/// they first sign in.
pub async fn add_with_one_time_password(pool: &Pool, manager: &User, email: &str, name: &str, role: StaffRole, password: &str) -> Result<User> {
    manager_only(manager)?;
    let mut user = add(pool, email, name, role, password).await?;
    sqlx::query("UPDATE users SET must_change_password = 1 WHERE id = $1").bind(&user.id).execute(pool).await?;
    audit::write(pool, Some(manager), audit::Action::AddUser, audit::about_user(&user.id)).await?;
    user.must_change_password = true;
    Ok(user)
}

/// Disables (or enables again) an account. Disabling ends its sessions at once. A manager
/// cannot disable their own account (someone must be left who can manage).
pub async fn set_disabled(pool: &Pool, manager: &User, id: &str, disabled: bool) -> Result<()> {
    manager_only(manager)?;
    if disabled && id == manager.id {
        return Err(ServiceError::Conflict { code: "own_account", message: "you cannot disable your own account".into() });
    }
    let done = sqlx::query("UPDATE users SET disabled = $1 WHERE id = $2").bind(i64::from(disabled)).bind(id).execute(pool).await?;
    if done.rows_affected() == 0 {
        return Err(ServiceError::NotFound);
    }
    if disabled {
        sqlx::query("DELETE FROM staff_sessions WHERE user_id = $1").bind(id).execute(pool).await?;
    }
    let action = if disabled { audit::Action::DisableUser } else { audit::Action::EnableUser };
    audit::write(pool, Some(manager), action, audit::about_user(id)).await?;
    Ok(())
}

/// Gives an account a new one-time password (the user must change it) and ends its sessions.
pub async fn reset_password(pool: &Pool, manager: &User, id: &str, password: &str) -> Result<()> {
    manager_only(manager)?;
    check_password(password)?;
    let hash = auth::hash_password(password.to_string()).await?;
    let done = sqlx::query("UPDATE users SET password_hash = $1, must_change_password = 1 WHERE id = $2")
        .bind(&hash.0)
        .bind(id)
        .execute(pool)
        .await?;
    if done.rows_affected() == 0 {
        return Err(ServiceError::NotFound);
    }
    sqlx::query("DELETE FROM staff_sessions WHERE user_id = $1").bind(id).execute(pool).await?;
    let email: String = sqlx::query("SELECT email FROM users WHERE id = $1").bind(id).fetch_one(pool).await?.try_get("email")?;
    limits::clear(pool, limits::WRONG_PASSWORDS, &email).await?;
    audit::write(pool, Some(manager), audit::Action::ResetPassword, audit::about_user(id)).await?;
    Ok(())
}

/// A user changes their own password: the current one first. Their other sessions end; the
/// one in use (`keep_token`) stays.
pub async fn change_password(pool: &Pool, user: &User, keep_token: &str, current: &str, new: &str) -> Result<()> {
    // The current password is guessed against the same count as signing in: a stolen session
    // must not become a way round the lockout.
    let slot = match limits::take(pool, limits::WRONG_PASSWORDS, &user.email).await? {
        Ok(slot) => slot,
        Err(refused) => return Err(ServiceError::Locked { minutes: refused.minutes() }),
    };
    let row = sqlx::query("SELECT password_hash FROM users WHERE id = $1").bind(&user.id).fetch_one(pool).await?;
    let stored = auth::PasswordHashString(row.try_get("password_hash")?);
    let right = match auth::verify_password(Some(stored), current.to_string()).await {
        Ok(right) => right,
        Err(e) => {
            limits::give_back(pool, slot).await?;
            return Err(e);
        }
    };
    if !right {
        return Err(ServiceError::invalid("current", "wrong_password", "the current password is not right"));
    }
    limits::clear(pool, limits::WRONG_PASSWORDS, &user.email).await?;
    check_password(new).map_err(|_| {
        ServiceError::invalid("new", "password_too_short", format!("the password must be at least {} characters", auth::MIN_PASSWORD_CHARS))
    })?;
    if new == current {
        return Err(ServiceError::invalid("new", "password_unchanged", "the new password must differ from the current one"));
    }
    let hash = auth::hash_password(new.to_string()).await?;
    sqlx::query("UPDATE users SET password_hash = $1, must_change_password = 0 WHERE id = $2").bind(&hash.0).bind(&user.id).execute(pool).await?;
    sqlx::query("DELETE FROM staff_sessions WHERE user_id = $1 AND token_hash <> $2")
        .bind(&user.id)
        .bind(auth::token_hash(keep_token))
        .execute(pool)
        .await?;
    audit::write(pool, Some(user), audit::Action::ChangePassword, audit::About::default()).await?;
    Ok(())
}

/// A suggested one-time password: 16 letters and digits a person can read out without
/// confusion (80 bits).
pub fn suggest_password() -> String {
    let mut s = String::new();
    for i in 0..4 {
        if i > 0 {
            s.push('-');
        }
        s.push_str(&auth::new_invite_code()[..4]);
    }
    s.to_lowercase()
}
