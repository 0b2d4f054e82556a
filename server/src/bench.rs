//! `tiptoes bench-figures`: builds a year of meetings at the scale of a large service in an
//! empty database (seeded arithmetic, so every run makes the same data), then times the
//! figures the dashboard asks for beside a plain `SELECT count(*)` over the same tables.
//! The rows are made by the database itself (a recursive CTE, the same SQL on SQLite and
//! PostgreSQL), so the time goes to the queries, not to the loading.

use crate::{
    db::Pool,
    service::{figures, users},
};
use anyhow::{Context, bail};
use std::time::{Duration, Instant};

const YEAR: i32 = 2017;

/// Rows `0 .. n` as `i`, a 64-bit integer on both databases.
fn numbers(n: u64) -> String {
    format!("WITH RECURSIVE n(i) AS (SELECT CAST(0 AS BIGINT) UNION ALL SELECT i + 1 FROM n WHERE i < {}) ", n - 1)
}

async fn load(pool: &Pool, meetings: u64) -> anyhow::Result<()> {
    let existing: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM meetings").fetch_one(pool).await?;
    if existing > 0 {
        bail!("bench-figures needs an empty database (this one has {existing} meetings)");
    }
    let staff = [("bench-chair-0", "Chair A", "chair"), ("bench-chair-1", "Chair B", "chair"), ("bench-chair-2", "Chair C", "chair"), ("bench-manager", "Manager", "manager")];
    for (id, name, role) in staff {
        sqlx::query("INSERT INTO users (id, email, name, role, password_hash, created_at) VALUES ($1, $2, $3, $4, 'x', 0)")
            .bind(id)
            .bind(format!("{id}@bench.example"))
            .bind(name)
            .bind(role)
            .execute(pool)
            .await?;
    }
    let start = figures::uk_midnight(YEAR, 4, 1);
    let step = (figures::uk_midnight(YEAR + 1, 4, 1) - start) / meetings as i64;
    let t = Instant::now();
    // One in 20 meetings cancelled; kinds, chairs and times spread evenly over the year.
    sqlx::query(crate::db::sql(&format!(
        "{}INSERT INTO meetings (id, kind, starts_at, chair_id, status, created_at, updated_at) \
         SELECT 'bm-' || i, \
           CASE i % 6 WHEN 0 THEN 'icpc' WHEN 1 THEN 'rcpc' WHEN 2 THEN 'cin_review' WHEN 3 THEN 'lac_review' WHEN 4 THEN 'cse_strategy' ELSE 'other' END, \
           {start} + i * {step}, 'bench-chair-' || (i % 3), CASE WHEN i % 20 = 0 THEN 'cancelled' ELSE 'held' END, 0, 0 FROM n",
        numbers(meetings)
    )))
    .execute(pool)
    .await
    .context("meetings")?;
    // Three people a meeting: two children and a parent; attendance and views by arithmetic.
    sqlx::query(crate::db::sql(&format!(
        "{}INSERT INTO participants (id, meeting_id, position, role, language, age_band, gender, code_hash, code_expires_at, \
           attended, views_shared_by, not_able) \
         SELECT 'bp-' || i, 'bm-' || (i / 3), i % 3, CASE WHEN i % 3 < 2 THEN 'child' ELSE 'parent' END, 'en-GB', \
           CASE WHEN i % 3 < 2 THEN CASE (i / 3) % 5 WHEN 0 THEN '0-4' WHEN 1 THEN '5-9' WHEN 2 THEN '10-12' WHEN 3 THEN '13-15' ELSE '16-17' END END, \
           CASE WHEN i % 3 < 2 THEN CASE i % 4 WHEN 0 THEN 'female' WHEN 1 THEN 'male' WHEN 2 THEN 'female' ELSE 'other' END END, \
           'bh-' || i, 0, CASE WHEN (i * 7919) % 10 < 4 THEN 1 ELSE 0 END, \
           CASE WHEN (i * 104729) % 10 < 3 THEN '[\"kiosk\"]' ELSE '[\"none\"]' END, CASE WHEN i % 41 = 0 THEN 1 ELSE 0 END \
         FROM n",
        numbers(meetings * 3)
    )))
    .execute(pool)
    .await
    .context("participants")?;
    // Feedback from one person a meeting, a child and a parent in turn; an idea now and then.
    sqlx::query(crate::db::sql(&format!(
        "{}INSERT INTO feedback (id, participant_id, meeting_id, role, submission_id, overall, listened, understood, said_what_wanted, \
           report_in_time, met_chair_before, interpreter, understood_decisions, idea, via, created_at) \
         SELECT 'bf-' || i, 'bp-' || (3 * i + 2 * (i % 2)), 'bm-' || i, CASE WHEN i % 2 = 0 THEN 'child' ELSE 'parent' END, 'bs-' || i, 1 + (i * 31) % 5, \
           CASE (i * 17) % 3 WHEN 0 THEN 'yes' WHEN 1 THEN 'a_bit' ELSE 'no' END, \
           CASE (i * 13) % 3 WHEN 0 THEN 'yes' WHEN 1 THEN 'a_bit' ELSE 'no' END, \
           CASE (i * 11) % 3 WHEN 0 THEN 'yes' WHEN 1 THEN 'a_bit' ELSE 'no' END, \
           CASE WHEN i % 2 = 1 THEN CASE (i * 7) % 3 WHEN 0 THEN 'yes' WHEN 1 THEN 'a_bit' ELSE 'no' END END, \
           CASE WHEN i % 2 = 1 THEN CASE (i * 5) % 2 WHEN 0 THEN 'yes' ELSE 'no' END END, \
           CASE WHEN i % 2 = 1 THEN CASE (i * 3) % 3 WHEN 0 THEN 'yes' WHEN 1 THEN 'no' ELSE 'not_needed' END END, \
           CASE WHEN i % 2 = 1 THEN CASE (i * 19) % 3 WHEN 0 THEN 'yes' WHEN 1 THEN 'a_bit' ELSE 'no' END END, \
           CASE WHEN i % 50 = 0 THEN 'Idea number ' || i END, 'kiosk', {start} + i * {step} + 7200000 \
         FROM n",
        numbers(meetings)
    )))
    .execute(pool)
    .await
    .context("feedback")?;
    // The ideas sealed, as the kiosk stores them (see crypto), so the ideas are read as a
    // service reads them.
    sqlx::query("UPDATE settings SET value = '0' WHERE name = 'words_sealed'").execute(pool).await?;
    crate::service::keys::seal_existing(pool, crate::crypto::ring()).await.map_err(|e| anyhow::anyhow!("{e:?}")).context("sealing")?;
    // Each held meeting's counts, as recording its outcome writes them.
    figures::summarise(&mut *pool.acquire().await?, None).await.context("counts")?;
    // And the figures' ready counts (see figures::tally), as those outcomes and feedback would have kept them.
    let t_tally = Instant::now();
    figures::tally::rebuild(&mut *pool.acquire().await?).await.context("tallies")?;
    let tally_s = t_tally.elapsed().as_secs_f64();
    sqlx::query("ANALYZE").execute(pool).await?;
    println!(
        "  made {} meetings, {} participants, {} feedback in {:.1} s (their ready counts, from nothing, in {:.1} s)",
        meetings,
        meetings * 3,
        meetings,
        t.elapsed().as_secs_f64(),
        tally_s
    );
    Ok(())
}

/// The median of three runs.
async fn time<F, Fut, T>(mut run: F) -> anyhow::Result<Duration>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = anyhow::Result<T>>,
{
    let mut times = vec![];
    for _ in 0..3 {
        let t = Instant::now();
        run().await?;
        times.push(t.elapsed());
    }
    times.sort();
    Ok(times[1])
}

pub async fn run(pool: &Pool, label: &str, meetings: u64) -> anyhow::Result<()> {
    println!("{label}:");
    load(pool, meetings).await?;
    let manager = users::User {
        id: "bench-manager".into(),
        email: "manager@bench.example".into(),
        name: "Manager".into(),
        role: users::StaffRole::Manager,
        must_change_password: false,
    };
    let count = |table: &'static str| {
        let pool = pool.clone();
        move || {
            let pool = pool.clone();
            async move { Ok::<i64, anyhow::Error>(sqlx::query_scalar(crate::db::sql(&format!("SELECT COUNT(*) FROM {table}"))).fetch_one(&pool).await?) }
        }
    };
    let ms = |d: Duration| format!("{:>9.1} ms", d.as_secs_f64() * 1000.0);
    let base_m = time(count("meetings")).await?;
    let base_p = time(count("participants")).await?;
    let base_f = time(count("feedback")).await?;
    let m = &manager;
    let participation = time(|| async { Ok(figures::participation(pool, m, YEAR, figures::Scope::default()).await?) }).await?;
    let last_year = time(|| async { Ok(figures::participation(pool, m, YEAR - 1, figures::Scope::default()).await?) }).await?;
    let one_chair = figures::Scope { chair: Some("bench-chair-1".into()), ..Default::default() };
    let chair = time(|| async { Ok(figures::participation(pool, m, YEAR, one_chair.clone()).await?) }).await?;
    let breakdowns = time(|| async { Ok(figures::breakdowns::breakdowns(pool, m, YEAR).await?) }).await?;
    let feedback = time(|| async { Ok(figures::feedback::feedback(pool, m, YEAR, figures::Scope::default()).await?) }).await?;
    let ideas = time(|| async { Ok(figures::feedback::ideas(pool, m, YEAR).await?) }).await?;
    let chair_user = users::User { id: "bench-chair-1".into(), role: users::StaffRole::Chair, ..manager.clone() };
    let chair_ideas = time(|| async { Ok(figures::feedback::ideas(pool, &chair_user, YEAR).await?) }).await?;
    // The old way, for comparison: the year added up from every meeting and person.
    let recount = time(|| async { Ok(figures::tally::count_year(pool, YEAR).await?) }).await?;
    let check = figures::participation(pool, m, YEAR, figures::Scope::default()).await?;
    println!("  baseline  SELECT count(*) FROM meetings             {}", ms(base_m));
    println!("  baseline  SELECT count(*) FROM participants         {}", ms(base_p));
    println!("  baseline  SELECT count(*) FROM feedback             {}", ms(base_f));
    println!("  baseline  the year counted from every meeting, person and feedback (before ready counts) {}", ms(recount));
    let row = |name: &str, d: Duration| {
        let mark = if d <= Duration::from_millis(100) { "" } else { "  (over the target)" };
        println!("  {name:<48} {}   target ≤ 100 ms{mark}", ms(d));
    };
    row("participation figures, the year, by quarter", participation);
    row("participation figures, last year", last_year);
    row("participation figures, one chair's meetings", chair);
    row("breakdowns (kind, chair, gender, age band)", breakdowns);
    row("feedback figures, the year, by quarter", feedback);
    row("ideas, as a manager sees them (up to 500)", ideas);
    row("ideas, as a chair sees them", chair_ideas);
    println!(
        "  (counted {} meetings held, {} children invited, {}% of children took part)",
        check.total.meetings_held,
        check.total.children.invited.unwrap_or(0),
        check.total.children.took_part_pct.unwrap_or(0)
    );
    Ok(())
}
