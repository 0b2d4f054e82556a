//! Limits on attempts: wrong passwords per address, sign-ins and wrong codes per client,
//! views sent per person. Each attempt takes a slot in one atomic statement before the work it
//! limits, so however many requests arrive at once, at most `max` of them get through a window.
//! The counts live in the database, shared by every app instance and kept across restarts.

use super::Result;
use crate::{db::Pool, now_ms};
use sqlx::Row;

/// How many attempts a subject may make in a window.
#[derive(Clone, Copy, Debug)]
pub struct Limit {
    /// Part of the key, so that limits on the same subject do not share a count.
    pub name: &'static str,
    pub max: i64,
    pub window_ms: i64,
}

/// Wrong passwords for one email address (whether or not an account has it): five in 15
/// minutes, then the address waits until the 15 minutes are up, right password or not.
pub const WRONG_PASSWORDS: Limit = Limit { name: "password", max: 5, window_ms: 15 * 60 * 1000 };
/// Sign-in attempts from one client, whatever the address, before any password is hashed: a
/// flood of random addresses is turned away cheaply. Thirty a minute leaves room for a
/// council office whose chairs all sign in at nine from one address.
pub const SIGN_INS_PER_CLIENT: Limit = Limit { name: "sign-in", max: 30, window_ms: 60 * 1000 };
/// Wrong invite codes from one client.
pub const WRONG_CODES: Limit = Limit { name: "code", max: 10, window_ms: 60 * 1000 };
/// Kiosk drafts one invite may start (each is a row until it is swept): a child entering
/// their code again and again is far below it; a script is not.
pub const DRAFTS_PER_INVITE: Limit = Limit { name: "draft", max: 10, window_ms: 60 * 1000 };
/// Views sent by one person (the maximum comes from `TIPTOES_SENDS_PER_HOUR`).
pub fn sends_per_hour(max: u32) -> Limit {
    Limit { name: "send", max: i64::from(max), window_ms: 60 * 60 * 1000 }
}

/// A slot taken against a limit: handed back with `give_back` when the attempt turns out not
/// to count (a sign-in the server was too busy to check).
#[derive(Debug)]
pub struct Slot {
    key: String,
    window_start: i64,
}

/// Over the limit: how long until the window ends.
#[derive(Debug)]
pub struct Refused {
    pub wait_ms: i64,
}

impl Refused {
    /// Whole minutes to wait, at least one.
    pub fn minutes(&self) -> i64 {
        ((self.wait_ms + 59_999) / 60_000).max(1)
    }
}

/// Keyed (see `crypto`), so a copy of the database does not tell which addresses or email
/// addresses were tried, even to someone who guesses them.
fn key(limit: Limit, subject: &str) -> String {
    crate::crypto::ring().subject_hash(&format!("{}\n{subject}", limit.name))
}

/// For a statement that reads a subject's count beside other things: the count's key, and
/// the earliest start of a window still running at `now` (`window_start > since`).
pub fn running(limit: Limit, subject: &str, now: i64) -> (String, i64) {
    (key(limit, subject), now - limit.window_ms)
}

/// One code check at a time per client, in this instance: the first of a burst of guesses is
/// answered (and, if wrong, counted) before the next is looked at, so a right code in the
/// burst meets the count as it is by then. Without it, a hundred guesses sent at once were
/// all looked up before any was counted, and a right one among them was let in past a full
/// window. A check takes a millisecond: an office of kiosks behind one address waits that
/// long for the one before. Idle clients leave the map.
///
/// A check that waits more than `TURN_WAIT` (the one before is stuck on a database that went
/// away) is told the server is busy rather than left waiting behind it.
pub async fn one_at_a_time(client: &str) -> Result<ClientTurn> {
    let lock = TURNS.lock().unwrap_or_else(|e| e.into_inner()).entry(client.to_string()).or_default().clone();
    match tokio::time::timeout(TURN_WAIT, lock.lock_owned()).await {
        Ok(guard) => Ok(ClientTurn { client: client.to_string(), guard: Some(guard) }),
        // The map's entry goes when the one holding the turn gives it back.
        Err(_) => Err(super::ServiceError::Busy),
    }
}

const TURN_WAIT: std::time::Duration = std::time::Duration::from_secs(3);

type Turns = std::sync::Mutex<std::collections::HashMap<String, std::sync::Arc<tokio::sync::Mutex<()>>>>;
static TURNS: std::sync::LazyLock<Turns> = std::sync::LazyLock::new(Default::default);

/// A client's turn (see `one_at_a_time`); the next waiting check goes when it is dropped.
pub struct ClientTurn {
    client: String,
    guard: Option<tokio::sync::OwnedMutexGuard<()>>,
}

impl Drop for ClientTurn {
    fn drop(&mut self) {
        drop(self.guard.take());
        let mut turns = TURNS.lock().unwrap_or_else(|e| e.into_inner());
        // Only the map holds it now: nobody is waiting.
        if turns.get(&self.client).is_some_and(|l| std::sync::Arc::strong_count(l) == 1) {
            turns.remove(&self.client);
        }
    }
}

/// Counts one attempt. The count and the window move in one upsert: a window that has ended
/// starts again at 1, and a full one is left as it is. A refused attempt is not counted. The
/// row remembers which attempt last took a place, so the statement itself says whether this
/// one got it.
pub async fn take<'e, E>(exec: E, limit: Limit, subject: &str) -> Result<std::result::Result<Slot, Refused>>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let now = now_ms();
    let key = key(limit, subject);
    let attempt = super::new_id();
    let row = sqlx::query(
        "INSERT INTO attempt_counts (key, window_start, count, taker) VALUES ($1, $2, 1, $5) \
         ON CONFLICT (key) DO UPDATE SET \
           count = CASE WHEN attempt_counts.window_start <= $3 THEN 1 \
                        WHEN attempt_counts.count < $4 THEN attempt_counts.count + 1 \
                        ELSE attempt_counts.count END, \
           taker = CASE WHEN attempt_counts.window_start <= $3 OR attempt_counts.count < $4 THEN $5 \
                        ELSE attempt_counts.taker END, \
           window_start = CASE WHEN attempt_counts.window_start <= $3 THEN $2 ELSE attempt_counts.window_start END \
         RETURNING window_start, taker",
    )
    .bind(&key)
    .bind(now)
    .bind(now - limit.window_ms)
    .bind(limit.max)
    .bind(&attempt)
    .fetch_one(exec)
    .await?;
    let window_start: i64 = row.try_get("window_start")?;
    if row.try_get::<String, _>("taker")? != attempt {
        return Ok(Err(Refused { wait_ms: window_start + limit.window_ms - now }));
    }
    Ok(Ok(Slot { key, window_start }))
}

/// Hands a slot back: the attempt did not count. Only within the window it was taken in.
pub async fn give_back(pool: &Pool, slot: Slot) -> Result<()> {
    sqlx::query("UPDATE attempt_counts SET count = count - 1 WHERE key = $1 AND window_start = $2 AND count > 0")
        .bind(&slot.key)
        .bind(slot.window_start)
        .execute(pool)
        .await?;
    Ok(())
}

/// Forgets a subject's count (a right password clears the wrong ones before it).
pub async fn clear(pool: &Pool, limit: Limit, subject: &str) -> Result<()> {
    sqlx::query("DELETE FROM attempt_counts WHERE key = $1").bind(key(limit, subject)).execute(pool).await?;
    Ok(())
}

/// Removes counts whose window ended long ago, so the table holds only live ones. Cheap (an
/// index range), so callers run it now and then rather than on a timer no instance owns.
/// Returns how many went.
pub async fn sweep(pool: &Pool) -> Result<u64> {
    // The longest window is an hour.
    let done = sqlx::query("DELETE FROM attempt_counts WHERE window_start < $1").bind(now_ms() - 2 * 60 * 60 * 1000).execute(pool).await?;
    Ok(done.rows_affected())
}
