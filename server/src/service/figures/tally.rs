//! Ready counts. The dashboard's figures add up every held meeting of a year, its people by
//! gender and age band, and its feedback: at a million meetings a year that took seconds.
//! So the sums are kept: three small tables (migration 0011) hold them by year, quarter,
//! kind and chair, and the figures read a few hundred rows.
//!
//! They stay exact because every change to what a meeting counts for goes through `Change`:
//! its counts before are taken out and its counts after put in, in the transaction that
//! makes the change, with the meeting's row locked so that two changes cannot both start from
//! the same "before". The counts come from the same SQL the figures used to run over the
//! whole year (`super::meetings_sql`, `people_sql`, `feedback::sql`), here for one meeting,
//! so the definitions live in one place. `tiptoes check-figures` counts everything again and
//! compares; the API tests run it after building their figures.

use super::{Counts, Scope, feedback, kind_chair_quarter, meetings_sql, people_sql, split_key, year_of, year_query};
use crate::{db::Pool, service::Result};
use sqlx::Row;
use std::collections::BTreeMap;

/// (year, quarter, kind, chair)
type MeetingKey = (i32, i64, String, String);
/// (year, gender, age band)
type PeopleKey = (i32, String, String);
/// (year, quarter, kind, chair, child?)
type FeedbackKey = (i32, i64, String, String, bool);

/// What some meetings count for, grouped as the tallies keep it.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Tallies {
    meetings: BTreeMap<MeetingKey, Counts>,
    people: BTreeMap<PeopleKey, Counts>,
    feedback: BTreeMap<FeedbackKey, Vec<i64>>,
}

/// The columns of the counts of people, as `super::PEOPLE` defines them.
const PEOPLE_COLUMNS: [&str; 8] = {
    let mut cols = [""; 8];
    let mut i = 0;
    while i < 8 {
        cols[i] = super::PEOPLE[i].0;
        i += 1;
    }
    cols
};
const GENDER_BAND: &str = "COALESCE(p.gender, 'not_recorded') || '|' || COALESCE(p.age_band, 'not_recorded')";

fn counts_vec(c: &Counts) -> Vec<i64> {
    let p = c.people();
    std::iter::once(c.meetings_held).chain(p).collect()
}

/// Counts a year's meetings (or one meeting of it) from the meetings themselves.
async fn counted(conn: &mut sqlx::AnyConnection, year: i32, meeting: Option<&str>) -> Result<Tallies> {
    let one = meeting.is_some();
    let run = |sql: String| {
        let q = year_query(&sql, year, &Scope::default());
        match meeting {
            Some(id) => q.bind(id.to_string()),
            None => q,
        }
    };
    let mut t = Tallies::default();
    for r in run(meetings_sql(&kind_chair_quarter(), one)).fetch_all(&mut *conn).await? {
        let g: String = r.try_get("grp")?;
        let (kind, chair, q) = split_key(&g);
        t.meetings.insert((year, q as i64, kind.into(), chair.into()), Counts::from_row(&r)?);
    }
    for r in run(people_sql(GENDER_BAND, one)).fetch_all(&mut *conn).await? {
        let g: String = r.try_get("grp")?;
        let (gender, band) = g.split_once('|').unwrap_or((&g, "not_recorded"));
        t.people.insert((year, gender.into(), band.into()), Counts::from_row(&r)?);
    }
    let cols = feedback::columns();
    for r in run(feedback::sql(one)).fetch_all(&mut *conn).await? {
        let g: String = r.try_get("g")?;
        let (kind, chair, q) = split_key(&g);
        let child = r.try_get::<String, _>("grp")? == "child";
        let values = cols.iter().map(|c| Ok(r.try_get::<Option<i64>, _>(c.as_str())?.unwrap_or(0))).collect::<Result<Vec<i64>>>()?;
        t.feedback.insert((year, q as i64, kind.into(), chair.into(), child), values);
    }
    Ok(t)
}

/// Which of the kept tallies to read.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Meetings,
    People,
    Feedback,
}

/// The tallies as kept, for one year or all: the parts asked for (a figure reads one table,
/// the check all three).
async fn kept(conn: &mut sqlx::AnyConnection, year: Option<i32>, parts: &[Part]) -> Result<Tallies> {
    let filter = if year.is_some() { " WHERE year = $1" } else { "" };
    let query = |sql: String| {
        let q = sqlx::query(crate::db::sql(&sql));
        match year {
            Some(y) => q.bind(y),
            None => q,
        }
    };
    let mut t = Tallies::default();
    let people = PEOPLE_COLUMNS.join(", ");
    if parts.contains(&Part::Meetings) {
        let sql = format!("SELECT year, quarter, kind, chair_id, meetings_held, {people} FROM tally_meetings{filter}");
        for r in query(sql).fetch_all(&mut *conn).await? {
            let key = (r.try_get::<i32, _>("year")?, r.try_get::<i64, _>("quarter")?, r.try_get("kind")?, r.try_get("chair_id")?);
            t.meetings.insert(key, Counts::from_row(&r)?);
        }
    }
    if parts.contains(&Part::People) {
        let sql = format!("SELECT year, gender, age_band, CAST(0 AS BIGINT) AS meetings_held, {people} FROM tally_people{filter}");
        for r in query(sql).fetch_all(&mut *conn).await? {
            t.people.insert((r.try_get("year")?, r.try_get("gender")?, r.try_get("age_band")?), Counts::from_row(&r)?);
        }
    }
    if parts.contains(&Part::Feedback) {
        let cols = feedback::columns();
        let sql = format!("SELECT year, quarter, kind, chair_id, child, {} FROM tally_feedback{filter}", cols.join(", "));
        for r in query(sql).fetch_all(&mut *conn).await? {
            let key = (r.try_get("year")?, r.try_get("quarter")?, r.try_get("kind")?, r.try_get("chair_id")?, r.try_get::<i64, _>("child")? == 1);
            let values = cols.iter().map(|c| Ok(r.try_get::<i64, _>(c.as_str())?)).collect::<Result<Vec<i64>>>()?;
            t.feedback.insert(key, values);
        }
    }
    Ok(t)
}

/// Adds each difference between `after` and `before` to the kept tallies, and drops rows
/// that come to nothing (a group with no meeting held shows no row, as before).
async fn add(conn: &mut sqlx::AnyConnection, before: &Tallies, after: &Tallies) -> Result<()> {
    let meetings = |m: &BTreeMap<MeetingKey, Counts>| m.iter().map(|(k, c)| (k.clone(), counts_vec(c))).collect::<BTreeMap<_, _>>();
    let people = |m: &BTreeMap<PeopleKey, Counts>| m.iter().map(|(k, c)| (k.clone(), counts_vec(c)[1..].to_vec())).collect::<BTreeMap<_, _>>();
    let mut meeting_cols = vec!["meetings_held"];
    meeting_cols.extend(PEOPLE_COLUMNS);
    let t = Table { name: "tally_meetings", keys: &["year", "quarter", "kind", "chair_id"], values: &meeting_cols, empty: "meetings_held = 0" };
    t.put(conn, diffs(&meetings(&before.meetings), &meetings(&after.meetings)), |(y, q, k, c)| {
        vec![Key::Int(i64::from(*y)), Key::Int(*q), Key::Text(k.clone()), Key::Text(c.clone())]
    })
    .await?;
    let t = Table { name: "tally_people", keys: &["year", "gender", "age_band"], values: &PEOPLE_COLUMNS, empty: "c_invited = 0 AND p_invited = 0" };
    t.put(conn, diffs(&people(&before.people), &people(&after.people)), |(y, g, a)| {
        vec![Key::Int(i64::from(*y)), Key::Text(g.clone()), Key::Text(a.clone())]
    })
    .await?;
    let cols = feedback::columns();
    let names: Vec<&str> = cols.iter().map(String::as_str).collect();
    let t = Table { name: "tally_feedback", keys: &["year", "quarter", "kind", "chair_id", "child"], values: &names, empty: "responses = 0" };
    t.put(conn, diffs(&before.feedback, &after.feedback), |(y, q, k, c, child)| {
        vec![Key::Int(i64::from(*y)), Key::Int(*q), Key::Text(k.clone()), Key::Text(c.clone()), Key::Int(i64::from(*child))]
    })
    .await
}

/// Per group, `after` less `before`, where anything changed.
fn diffs<K: Ord + Clone>(before: &BTreeMap<K, Vec<i64>>, after: &BTreeMap<K, Vec<i64>>) -> Vec<(K, Vec<i64>)> {
    let keys: std::collections::BTreeSet<&K> = before.keys().chain(after.keys()).collect();
    keys.into_iter()
        .filter_map(|k| {
            let (x, y) = (before.get(k), after.get(k));
            let width = x.or(y).map_or(0, Vec::len);
            let d: Vec<i64> = (0..width).map(|i| y.map_or(0, |v| v[i]) - x.map_or(0, |v| v[i])).collect();
            d.iter().any(|v| *v != 0).then(|| (k.clone(), d))
        })
        .collect()
}

/// One part of a tally table's key.
enum Key {
    Int(i64),
    Text(String),
}

/// A tally table: its key columns, its counts, and when a row counts nothing.
struct Table<'a> {
    name: &'a str,
    keys: &'a [&'a str],
    values: &'a [&'a str],
    empty: &'a str,
}

impl Table<'_> {
    async fn put<K>(&self, conn: &mut sqlx::AnyConnection, diffs: Vec<(K, Vec<i64>)>, key: impl Fn(&K) -> Vec<Key>) -> Result<()> {
        let add = upsert(self.name, self.keys, self.values);
        let on_key: Vec<String> = self.keys.iter().enumerate().map(|(i, k)| format!("{k} = ${}", i + 1)).collect();
        let drop = format!("DELETE FROM {} WHERE {} AND {}", self.name, on_key.join(" AND "), self.empty);
        for (k, d) in diffs {
            let bind = |mut q: sqlx::query::Query<'static, sqlx::Any, sqlx::any::AnyArguments>| {
                for part in key(&k) {
                    q = match part {
                        Key::Int(n) => q.bind(n),
                        Key::Text(t) => q.bind(t),
                    };
                }
                q
            };
            let mut q = bind(sqlx::query(crate::db::sql(&add)));
            for v in d {
                q = q.bind(v);
            }
            q.execute(&mut *conn).await?;
            bind(sqlx::query(crate::db::sql(&drop))).execute(&mut *conn).await?;
        }
        Ok(())
    }
}

/// `INSERT … ON CONFLICT (keys) DO UPDATE SET v = v + excluded.v`: one atomic statement, so
/// changes to different meetings of one group, at once, all count.
fn upsert(table: &str, keys: &[&str], values: &[&str]) -> String {
    let cols: Vec<&str> = keys.iter().chain(values).copied().collect();
    let params: Vec<String> = (1..=cols.len()).map(|i| format!("${i}")).collect();
    let sets: Vec<String> = values.iter().map(|v| format!("{v} = {table}.{v} + excluded.{v}")).collect();
    format!(
        "INSERT INTO {table} ({}) VALUES ({}) ON CONFLICT ({}) DO UPDATE SET {}",
        cols.join(", "),
        params.join(", "),
        keys.join(", "),
        sets.join(", ")
    )
}

/// A change to what one meeting counts for, under way: start it before the change, finish
/// it after, in the same transaction.
pub struct Change {
    meeting: String,
    before: Tallies,
}

/// Locks the meeting's row (PostgreSQL; a SQLite write transaction holds the whole file
/// already) and takes what it counts for now.
pub async fn before(conn: &mut sqlx::AnyConnection, meeting: &str) -> Result<Change> {
    if conn.backend_name() != "SQLite" {
        sqlx::query("SELECT id FROM meetings WHERE id = $1 FOR UPDATE").bind(meeting).fetch_optional(&mut *conn).await?;
    }
    let before = of_meeting(conn, meeting).await?;
    Ok(Change { meeting: meeting.to_string(), before })
}

impl Change {
    /// Puts the difference into the kept tallies.
    pub async fn after(self, conn: &mut sqlx::AnyConnection) -> Result<()> {
        let after = of_meeting(conn, &self.meeting).await?;
        add(conn, &self.before, &after).await
    }
}

async fn of_meeting(conn: &mut sqlx::AnyConnection, meeting: &str) -> Result<Tallies> {
    let starts: Option<i64> = sqlx::query_scalar("SELECT starts_at FROM meetings WHERE id = $1").bind(meeting).fetch_optional(&mut *conn).await?;
    match starts {
        Some(at) => counted(conn, year_of(at), Some(meeting)).await,
        None => Ok(Tallies::default()),
    }
}

/// The financial years meetings fall in, first to last.
async fn years(conn: &mut sqlx::AnyConnection) -> Result<std::ops::RangeInclusive<i32>> {
    let r = sqlx::query("SELECT MIN(starts_at) AS first, MAX(starts_at) AS last FROM meetings").fetch_one(&mut *conn).await?;
    match (r.try_get::<Option<i64>, _>("first")?, r.try_get::<Option<i64>, _>("last")?) {
        (Some(a), Some(b)) => Ok(year_of(a)..=year_of(b)),
        #[allow(clippy::reversed_empty_ranges)]
        _ => Ok(1..=0),
    }
}

/// One year counted from the meetings themselves, as the figures were before ready counts
/// (for `make bench`, beside them).
pub async fn count_year(pool: &Pool, year: i32) -> Result<Tallies> {
    counted(&mut *pool.acquire().await?, year, None).await
}

/// Everything counted again from the meetings.
async fn all_counted(conn: &mut sqlx::AnyConnection) -> Result<Tallies> {
    let mut all = Tallies::default();
    for year in years(conn).await? {
        let t = counted(conn, year, None).await?;
        all.meetings.extend(t.meetings);
        all.people.extend(t.people);
        all.feedback.extend(t.feedback);
    }
    Ok(all)
}

/// Makes the tallies from the meetings, from nothing (after loading meetings in bulk: the
/// demo, the bench).
pub async fn rebuild(conn: &mut sqlx::AnyConnection) -> Result<()> {
    for table in ["tally_meetings", "tally_people", "tally_feedback"] {
        sqlx::query(crate::db::sql(&format!("DELETE FROM {table}"))).execute(&mut *conn).await?;
    }
    let all = all_counted(conn).await?;
    add(conn, &Tallies::default(), &all).await
}

/// At start: a database from before the tallies gets them, once (the first instance to
/// start claims the work; another waits for it and finds it done).
pub async fn ensure(pool: &Pool) -> Result<()> {
    let mut w = crate::db::begin_write(pool).await?;
    let claimed = sqlx::query("UPDATE settings SET value = '1' WHERE name = 'tallies_built' AND value = '0'").execute(w.conn()).await?;
    if claimed.rows_affected() == 1 {
        tracing::info!("adding up the figures of the meetings held so far (once)");
        rebuild(w.conn()).await?;
    }
    w.commit().await?;
    Ok(())
}

/// The kept tallies against everything counted again: the groups that differ, as lines to
/// print (empty when they agree).
pub async fn check(pool: &Pool) -> Result<Vec<String>> {
    let mut conn = pool.acquire().await?;
    // Both read from one snapshot, so a change committed between them is not a difference.
    let snapshot = if conn.backend_name() == "SQLite" { "BEGIN" } else { "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" };
    sqlx::raw_sql(snapshot).execute(&mut *conn).await?;
    let read = async {
        let kept = kept(&mut conn, None, &[Part::Meetings, Part::People, Part::Feedback]).await?;
        let counted = all_counted(&mut conn).await?;
        Ok::<_, crate::service::ServiceError>((kept, counted))
    }
    .await;
    sqlx::raw_sql("ROLLBACK").execute(&mut *conn).await?;
    let (kept, counted) = read?;
    let mut out = vec![];
    fn compare<K: Ord + std::fmt::Debug, V: PartialEq + std::fmt::Debug>(what: &str, kept: &BTreeMap<K, V>, counted: &BTreeMap<K, V>, out: &mut Vec<String>) {
        let keys: std::collections::BTreeSet<&K> = kept.keys().chain(counted.keys()).collect();
        for k in keys {
            if kept.get(k) != counted.get(k) {
                out.push(format!("{what} {k:?}: kept {:?}, counted {:?}", kept.get(k), counted.get(k)));
            }
        }
    }
    compare("meetings", &kept.meetings, &counted.meetings, &mut out);
    compare("people", &kept.people, &counted.people, &mut out);
    compare("feedback", &kept.feedback, &counted.feedback, &mut out);
    Ok(out)
}

/// The kept meeting tallies of a year as the figures read them: (`kind|chair|quarter`, counts).
pub(super) async fn meetings(pool: &Pool, year: i32) -> Result<Vec<(String, Counts)>> {
    let t = kept(&mut *pool.acquire().await?, Some(year), &[Part::Meetings]).await?;
    Ok(t.meetings.into_iter().map(|((_, q, kind, chair), c)| (format!("{kind}|{chair}|{q}"), c)).collect())
}

/// The kept people tallies of a year: (`gender|age band`, counts).
pub(super) async fn people(pool: &Pool, year: i32) -> Result<Vec<(String, Counts)>> {
    let t = kept(&mut *pool.acquire().await?, Some(year), &[Part::People]).await?;
    Ok(t.people.into_iter().map(|((_, g, a), c)| (format!("{g}|{a}"), c)).collect())
}

/// The kept feedback tallies of a year: (`kind|chair|quarter`, child?, the columns of
/// `feedback::columns`).
pub(super) async fn feedback_of(pool: &Pool, year: i32) -> Result<Vec<(String, bool, Vec<i64>)>> {
    let t = kept(&mut *pool.acquire().await?, Some(year), &[Part::Feedback]).await?;
    Ok(t.feedback.into_iter().map(|((_, q, kind, chair, child), v)| (format!("{kind}|{chair}|{q}"), child, v)).collect())
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_upsert_adds_to_what_is_there() {
        assert_eq!(
            super::upsert("t", &["a", "b"], &["x", "y"]),
            "INSERT INTO t (a, b, x, y) VALUES ($1, $2, $3, $4) ON CONFLICT (a, b) DO UPDATE SET x = t.x + excluded.x, y = t.y + excluded.y"
        );
    }
}
