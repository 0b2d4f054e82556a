//! The connection pool and migrations. One schema serves SQLite and PostgreSQL through
//! sqlx's `Any` driver; the URL's scheme picks the database.

use anyhow::Context;
use sqlx::{AnyPool, any::AnyPoolOptions, migrate::Migrator};

pub type Pool = AnyPool;

static MIGRATOR: Migrator = sqlx::migrate!("./migrations");

/// Connects and brings the schema up to date. Fails (and so does start-up) if a migration fails.
pub async fn connect(url: &str) -> anyhow::Result<Pool> {
    sqlx::any::install_default_drivers();
    let sqlite = url.starts_with("sqlite:");
    let url = if sqlite && !url.contains("mode=") {
        // Create the file on first run.
        format!("{url}{}mode=rwc", if url.contains('?') { "&" } else { "?" })
    } else {
        url.to_string()
    };
    let pool = AnyPoolOptions::new()
        // SQLite: writers take turns anyway (see `Write`); the others read side by side, and
        // 8 rather than 4 took a child's send from 1,990 to 2,140 a second in `make bench`.
        .max_connections(if sqlite { 8 } else { 10 })
        // SQLite leaves deleted rows in the file's free space until it is reused: words deleted
        // after their time could be read back from a copy of it. secure_delete overwrites
        // them with zeros as they go (a setting of each connection, so on each one).
        .after_connect(move |conn, _| {
            Box::pin(async move {
                if sqlite {
                    sqlx::Executor::execute(conn, "PRAGMA secure_delete = ON").await?;
                }
                Ok(())
            })
        })
        // How long a request waits for a connection: every one in use, or the database away
        // (the pool keeps trying to connect until then). Past it, 503 "try again".
        .acquire_timeout(std::time::Duration::from_secs(3))
        .connect(&url)
        .await
        .with_context(|| format!("cannot open the database at {}", redact(&url)))?;
    if sqlite {
        // Readers do not wait for writers; the setting stays with the file.
        sqlx::query("PRAGMA journal_mode = WAL").execute(&pool).await.context("cannot switch SQLite to WAL")?;
    }
    MIGRATOR.run(&pool).await.context("database migration failed")?;
    // Which database engine this is, for whoever keeps it up to date (see README).
    let version: String = sqlx::query(if sqlite { "SELECT sqlite_version() AS v" } else { "SELECT version() AS v" })
        .fetch_one(&pool)
        .await
        .and_then(|r| sqlx::Row::try_get(&r, "v"))
        .context("cannot ask the database its version")?;
    tracing::info!(%version, "{}", if sqlite { "SQLite (bundled)" } else { "PostgreSQL" });
    Ok(pool)
}

/// A write transaction: BEGIN IMMEDIATE on SQLite (the write lock from the first statement,
/// so a transaction that reads before it writes cannot fail half-way to upgrade its lock),
/// plain BEGIN on PostgreSQL.
///
/// SQLite has one writer at a time. Writers in this process queue here for their turn, first
/// come first served, instead of in SQLite's busy handler, which polls in sleeps of up to
/// 100 ms: under 64 senders at once that made the unluckiest wait many sleeps after the lock
/// was free. (Another process writing the same file still waits in the busy handler.)
///
/// The statements are our own rather than sqlx's `Transaction`: when a disk fills, SQLite
/// rolls the transaction back by itself, sqlx's ROLLBACK then fails, and its count of open
/// transactions stayed at one, so the connection went back to the pool refusing every later
/// BEGIN. Here a connection whose ROLLBACK fails is closed instead of reused.
pub struct Write {
    conn: Option<sqlx::pool::PoolConnection<sqlx::Any>>,
    turn: Option<tokio::sync::OwnedMutexGuard<()>>,
}

pub async fn begin_write(pool: &Pool) -> sqlx::Result<Write> {
    let turn = if is_sqlite(pool) {
        static TURN: std::sync::OnceLock<std::sync::Arc<tokio::sync::Mutex<()>>> = std::sync::OnceLock::new();
        Some(TURN.get_or_init(Default::default).clone().lock_owned().await)
    } else {
        None
    };
    let begin = if turn.is_some() { "BEGIN IMMEDIATE" } else { "BEGIN" };
    // Made before BEGIN is sent: a request ended while BEGIN waits still rolls back on drop,
    // instead of handing the pool a connection inside a transaction.
    let mut w = Write { conn: Some(pool.acquire().await?), turn };
    sqlx::raw_sql(begin).execute(w.conn()).await?;
    Ok(w)
}

impl Write {
    /// The transaction's connection, to run statements on.
    pub fn conn(&mut self) -> &mut sqlx::AnyConnection {
        self.conn.as_mut().expect("a write in progress")
    }

    pub async fn commit(mut self) -> sqlx::Result<()> {
        let mut conn = self.conn.take().expect("a write in progress");
        let done = sqlx::raw_sql("COMMIT").execute(&mut *conn).await;
        if done.is_err() {
            end(conn).await;
        }
        done.map(|_| ())
    }

    /// Undoes everything: on SQLite nothing reaches the disk.
    pub async fn rollback(mut self) -> sqlx::Result<()> {
        end(self.conn.take().expect("a write in progress")).await;
        Ok(())
    }
}

/// Rolls back whatever is open; a connection that cannot say so is closed, not reused.
async fn end(mut conn: sqlx::pool::PoolConnection<sqlx::Any>) {
    if let Err(e) = sqlx::raw_sql("ROLLBACK").execute(&mut *conn).await {
        // SQLite already rolled back by itself (a full disk): nothing is open, all is well.
        let nothing_open = matches!(&e, sqlx::Error::Database(d) if d.message().contains("no transaction is active"));
        if !nothing_open {
            tracing::warn!(error = %e, "a rollback failed; closing that database connection");
            conn.close_on_drop();
        }
    }
}

impl Drop for Write {
    /// A write given up half-way (an early return, a dropped request): rolled back before the
    /// next writer's turn, which this one holds until then.
    fn drop(&mut self) {
        if let Some(mut conn) = self.conn.take() {
            let turn = self.turn.take();
            match tokio::runtime::Handle::try_current() {
                Ok(rt) => {
                    rt.spawn(async move {
                        end(conn).await;
                        drop(turn);
                    });
                }
                // No runtime left to roll back on: closing the connection ends its transaction.
                Err(_) => conn.close_on_drop(),
            }
        }
    }
}

pub fn is_sqlite(pool: &Pool) -> bool {
    pool.connect_options().database_url.scheme() == "sqlite"
}

/// SQLite's version as numbers, e.g. `3.51.3` → (3, 51, 3).
pub fn version_numbers(v: &str) -> (u32, u32, u32) {
    let mut n = v.split('.').map(|p| p.parse().unwrap_or(0));
    (n.next().unwrap_or(0), n.next().unwrap_or(0), n.next().unwrap_or(0))
}

/// After words were deleted or resealed: on SQLite, the write-ahead log still holds the pages
/// as they were before, so it is copied into the database and emptied. (PostgreSQL's old row
/// versions are out of reach of a dump and are reclaimed by autovacuum.)
pub async fn forget_old_pages(pool: &Pool) -> anyhow::Result<()> {
    if !is_sqlite(pool) {
        return Ok(());
    }
    // A reader in the middle of a query holds the log back ("busy" in the answer, not an
    // error): try again shortly, a few times, and say so if it never empties.
    for _ in 0..20 {
        let row = sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").fetch_one(pool).await.context("cannot checkpoint SQLite's log")?;
        if sqlx::Row::try_get::<i64, _>(&row, 0).unwrap_or(1) == 0 {
            return Ok(());
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    tracing::warn!("SQLite's log could not be emptied after deleting words; the next purge tries again");
    Ok(())
}

/// The URL without its password, for messages.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            let user = creds.split(':').next().unwrap_or("");
            format!("{}://{user}:***@{}", &url[..s], &url[at + 1..])
        }
        _ => url.to_string(),
    }
}

/// SQL put together from fixed pieces of our own (table and column names, lists of `$n`
/// placeholders), never from input, which is always bound: sqlx asks for that to be said of
/// every query that is not one literal string.
pub fn sql(text: &str) -> sqlx::AssertSqlSafe<String> {
    sqlx::AssertSqlSafe(text.to_string())
}

/// Whether an error is a unique-constraint violation (a race on an idempotent insert).
pub fn is_unique_violation(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Database(d) if d.is_unique_violation())
}

#[cfg(test)]
mod tests {
    /// The bundled SQLite has the fixes for the 2025 CVEs (CVE-2025-29087 and -29088, fixed in
    /// 3.49.1; CVE-2025-6965, fixed in 3.50.2).
    #[tokio::test]
    async fn the_bundled_sqlite_has_the_2025_fixes() {
        sqlx::any::install_default_drivers();
        let pool = sqlx::AnyPool::connect("sqlite::memory:").await.unwrap();
        let row = sqlx::query("SELECT sqlite_version() AS v").fetch_one(&pool).await.unwrap();
        let v: String = sqlx::Row::try_get(&row, "v").unwrap();
        assert!(super::version_numbers(&v) >= (3, 50, 2), "SQLite {v}");
    }

    #[test]
    fn passwords_never_reach_messages() {
        assert_eq!(super::redact("postgres://u:secret@h:5/db"), "postgres://u:***@h:5/db");
        assert_eq!(super::redact("sqlite://x.db"), "sqlite://x.db");
    }
}
