//! The database's side of the keys (see `crate::crypto`): sealing words stored before
//! encryption, moving every sealed value to a new key (`tiptoes rotate-key`), and letting old
//! keys go once nothing needs them.

use super::{Result, ServiceError, audit};
use crate::{
    crypto::{self, Field, KeyRing},
    db::Pool,
    now_ms,
};
use serde::Serialize;
use sqlx::Row;

/// Rows resealed per statement batch: small enough that a running service hardly notices.
const BATCH: i64 = 500;

/// Reseals every value of `field` that does not start with `keep` (`tt1$`: only words from
/// before encryption; `tt1$<id>$`: everything not under key `id`). Returns how many moved.
async fn reseal(pool: &Pool, ring: &KeyRing, field: Field, keep: &str) -> Result<u64> {
    let (table, column, keys) = (field.table(), field.column(), field.row_columns());
    let key_list = keys.iter().enumerate().map(|(i, k)| format!("{k} AS k{i}")).collect::<Vec<_>>().join(", ");
    let select = format!(
        "SELECT {key_list}, {column} AS v FROM {table} \
         WHERE {column} IS NOT NULL AND {column} <> '' AND SUBSTR({column}, 1, {}) <> $1 LIMIT {BATCH}",
        keep.len()
    );
    let matches = keys.iter().enumerate().map(|(i, k)| format!("{k} = ${}", i + 2)).collect::<Vec<_>>().join(" AND ");
    // Only if the value is still the one read: a value changed meanwhile was sealed afresh.
    let update = format!("UPDATE {table} SET {column} = $1 WHERE {matches} AND {column} = ${}", keys.len() + 2);
    let mut moved = 0;
    loop {
        let rows = sqlx::query(crate::db::sql(&select)).bind(keep).fetch_all(pool).await?;
        if rows.is_empty() {
            return Ok(moved);
        }
        let mut tx = pool.begin().await?;
        for r in &rows {
            let ids = (0..keys.len()).map(|i| r.try_get::<String, _>(format!("k{i}").as_str())).collect::<std::result::Result<Vec<_>, _>>()?;
            let old: String = r.try_get("v")?;
            let plain = ring.open(field, &ids.join("/"), &old)?;
            let mut q = sqlx::query(crate::db::sql(&update)).bind(ring.seal(field, &ids.join("/"), &plain)?);
            for id in &ids {
                q = q.bind(id);
            }
            moved += q.bind(&old).execute(&mut *tx).await?.rows_affected();
        }
        tx.commit().await?;
    }
}

/// Seals the words a database held before encryption, once (the first start after the
/// upgrade); a database already sealed costs one read.
pub async fn seal_existing(pool: &Pool, ring: &KeyRing) -> Result<u64> {
    let done = sqlx::query("SELECT value FROM settings WHERE name = 'words_sealed'").fetch_optional(pool).await?;
    if done.map(|r| r.try_get::<String, _>("value")).transpose()?.as_deref() == Some("1") {
        return Ok(0);
    }
    let mut sealed = 0;
    for field in Field::ALL {
        sealed += reseal(pool, ring, field, "tt1$").await?;
    }
    sqlx::query("UPDATE settings SET value = '1' WHERE name = 'words_sealed'").execute(pool).await?;
    if sealed > 0 {
        crate::db::forget_old_pages(pool).await?;
        tracing::info!(sealed, "sealed the words stored before encryption");
    }
    Ok(sealed)
}

/// Whether the database holds anything sealed or keyed (a word, an invite code): then a key
/// file made just now cannot be the right one.
pub async fn holds_sealed(pool: &Pool) -> Result<bool> {
    for field in Field::ALL {
        let (t, c) = (field.table(), field.column());
        let sql = format!("SELECT 1 AS one FROM {t} WHERE SUBSTR({c}, 1, 4) = 'tt1$' LIMIT 1");
        if sqlx::query(crate::db::sql(&sql)).fetch_optional(pool).await?.is_some() {
            return Ok(true);
        }
    }
    Ok(sqlx::query("SELECT 1 AS one FROM participants WHERE SUBSTR(code_hash, 1, 3) = 'h1$' LIMIT 1").fetch_optional(pool).await?.is_some())
}

/// Only one change to the key file at a time (two `rotate-key`s, or one beside
/// `--forget-retired`, would each write the file from what they read, and one key would be
/// lost with the words sealed under it): a lock file beside it, made exclusively.
struct FileLock(std::path::PathBuf);

impl FileLock {
    fn take(key_file: &std::path::Path) -> Result<FileLock> {
        let path = key_file.with_extension("lock");
        std::fs::OpenOptions::new().write(true).create_new(true).open(&path).map_err(|_| ServiceError::Conflict {
            code: "keys_busy",
            message: format!("another rotate-key is running (if none is, remove {})", path.display()),
        })?;
        Ok(FileLock(path))
    }
}

impl Drop for FileLock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// What each key in the file still seals.
#[derive(Debug, Serialize)]
pub struct KeyUse {
    pub id: String,
    pub current: bool,
    /// Sealed words.
    pub values: i64,
    /// Invite codes, not yet expired, hashed under it.
    pub codes: i64,
}

pub async fn usage(pool: &Pool, ring: &KeyRing) -> Result<Vec<KeyUse>> {
    let ids = ring.ids();
    let current = ring.current_id();
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        let prefix = crypto::sealed_prefix(&id);
        let mut values = 0;
        for field in Field::ALL {
            let (t, c) = (field.table(), field.column());
            let n: i64 = sqlx::query(crate::db::sql(&format!("SELECT COUNT(*) AS n FROM {t} WHERE SUBSTR({c}, 1, {}) = $1", prefix.len())))
                .bind(&prefix)
                .fetch_one(pool)
                .await?
                .try_get("n")?;
            values += n;
        }
        let code = crypto::code_prefix(&id);
        let codes: i64 =
            sqlx::query(crate::db::sql(&format!("SELECT COUNT(*) AS n FROM participants WHERE SUBSTR(code_hash, 1, {}) = $1 AND code_expires_at > $2", code.len())))
                .bind(&code)
                .bind(now_ms())
                .fetch_one(pool)
                .await?
                .try_get("n")?;
        out.push(KeyUse { current: id == current, id, values, codes });
    }
    Ok(out)
}

#[derive(Debug, Serialize)]
pub struct Rotation {
    pub new_key: String,
    /// Values moved to the new key.
    pub moved: u64,
    /// Every key in the file after it, and what each still seals.
    pub keys: Vec<KeyUse>,
}

/// Adds a new key to the file and moves every sealed value to it. The old keys stay in the
/// file: invite codes already given out were hashed under them (and work until they expire),
/// and another instance may seal under one for a few seconds more; `forget_retired` takes them
/// out once nothing needs them.
pub async fn rotate(pool: &Pool, ring: &KeyRing) -> Result<Rotation> {
    let _lock = FileLock::take(ring.path())?;
    let path = ring.path().to_path_buf();
    let text = std::fs::read_to_string(&path).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?;
    let mut keys = crypto::parse(&text).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    let line = crypto::new_key_line();
    keys.extend(crypto::parse(&line).map_err(ServiceError::Internal)?);
    crypto::write_key_file(&path, &keys)?;
    ring.reload_now()?;
    let new_key = ring.current_id();
    let keep = crypto::sealed_prefix(&new_key);
    let mut moved = 0;
    for field in Field::ALL {
        moved += reseal(pool, ring, field, &keep).await?;
    }
    crate::db::forget_old_pages(pool).await?;
    let keys = usage(pool, ring).await?;
    audit::write(pool, None, audit::Action::RotateKey, audit::Entry::about(None, None, Some(serde_json::json!({ "key": new_key, "moved": moved })))).await?;
    Ok(Rotation { new_key, moved, keys })
}

/// Takes every key but the newest out of the file, if no value and no live code uses it;
/// otherwise changes nothing and says which keys are still needed.
pub async fn forget_retired(pool: &Pool, ring: &KeyRing) -> Result<Vec<String>> {
    let _lock = FileLock::take(ring.path())?;
    let keys = usage(pool, ring).await?;
    let busy: Vec<&KeyUse> = keys.iter().filter(|k| !k.current && (k.values > 0 || k.codes > 0)).collect();
    if !busy.is_empty() {
        let list = busy.iter().map(|k| format!("{} ({} words, {} invite codes)", k.id, k.values, k.codes)).collect::<Vec<_>>().join(", ");
        return Err(ServiceError::Conflict { code: "keys_in_use", message: format!("still needed: {list}; run rotate-key again, or wait for the codes to expire") });
    }
    let path = ring.path().to_path_buf();
    let text = std::fs::read_to_string(&path).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?;
    let all = crypto::parse(&text).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    let current = ring.current_id();
    let forgotten: Vec<String> = all.iter().filter(|(id, _)| *id != current).map(|(id, _)| id.clone()).collect();
    crypto::write_key_file(&path, &all.into_iter().filter(|(id, _)| *id == current).collect::<Vec<_>>())?;
    ring.reload_now()?;
    audit::write(pool, None, audit::Action::ForgetKeys, audit::Entry::about(None, None, Some(serde_json::json!({ "keys": forgotten })))).await?;
    Ok(forgotten)
}

