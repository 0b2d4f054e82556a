//! The participation figures the service reports each quarter (DESIGN.md, "The figures").
//!
//! - Quarters are the UK financial year (Q1 April–June … Q4 January–March); a meeting counts
//!   in the quarter of its date in UK time. Only meetings held count (not cancelled, not yet
//!   held).
//! - Children: `invited` counts every child invited to those meetings; those the chair marked
//!   as not able to take part (a baby, say) are counted in `not_able` and left out of the
//!   percentages. `took_part`: attended OR shared views before (Tiptoes, writing, someone,
//!   phone) — a child who did both counts once.
//! - Parents and carers: attended, and shared views before, of those invited.
//! - Percentages are whole numbers rounded half up (1 of 8 is 13%), `null` when nothing was
//!   counted.
//!
//! Everything is counted in SQL, grouped by quarter (or by kind, chair, gender, age band):
//! never row by row. A held meeting's counts are written onto it with its outcome
//! (`summarise`), and kept added up by year, quarter, kind and chair (`tally`), so a year's
//! figures read a few hundred rows however many meetings it held. `breakdowns` and
//! `feedback` are beside this file.

pub mod breakdowns;
pub mod feedback;
pub mod small;
pub mod tally;

use super::{Result, ServiceError, users::User};
use crate::db::Pool;
use chrono::TimeZone;
use sqlx::Row;

/// Which meetings to count.
#[derive(Debug, Default, Clone)]
pub struct Scope {
    pub kind: Option<app::model::MeetingKind>,
    pub chair: Option<String>,
}

pub use app::figures::{Children, Figures, Parents, Participation, Quarter, pct};

/// The financial year starting 1 April of `year`, checked.
pub fn check_year(year: i32) -> Result<i32> {
    if (2000..=2100).contains(&year) {
        Ok(year)
    } else {
        Err(ServiceError::invalid("year", "invalid_year", "year must be a year from 2000 to 2100, e.g. 2017 for 2017/18"))
    }
}

/// The financial year a moment falls in (for the default year).
pub fn year_of(ms: i64) -> i32 {
    use chrono::Datelike;
    let t = chrono::Utc.timestamp_millis_opt(ms).single().unwrap_or_default().with_timezone(&chrono_tz::Europe::London);
    if t.month() >= 4 { t.year() } else { t.year() - 1 }
}

/// Midnight UK time at the start of a day, in milliseconds.
pub fn uk_midnight(y: i32, m: u32, d: u32) -> i64 {
    let day = chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default().and_hms_opt(0, 0, 0).unwrap_or_default();
    chrono_tz::Europe::London.from_local_datetime(&day).earliest().map(|t| t.timestamp_millis()).unwrap_or_default()
}

/// The five boundaries of the year's quarters (start of Q1 … end of Q4), and each quarter's
/// first and last day.
fn quarters(year: i32) -> ([i64; 5], [(String, String); 4]) {
    let starts = [(year, 4), (year, 7), (year, 10), (year + 1, 1), (year + 1, 4)];
    let bounds = starts.map(|(y, m)| uk_midnight(y, m, 1));
    let day = |(y, m): (i32, u32)| chrono::NaiveDate::from_ymd_opt(y, m, 1).unwrap_or_default();
    // Each quarter ends the day before the next one starts.
    let days = [0, 1, 2, 3].map(|i| (day(starts[i]).to_string(), day(starts[i + 1]).pred_opt().unwrap_or_default().to_string()));
    (bounds, days)
}

/// What one group of people (a quarter, a meeting kind, a chair …) adds up to.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub meetings_held: i64,
    pub c_invited: i64,
    pub c_not_able: i64,
    pub c_attended: i64,
    pub c_views: i64,
    pub c_took_part: i64,
    pub p_invited: i64,
    pub p_attended: i64,
    pub p_views: i64,
}

impl std::ops::Add for Counts {
    type Output = Counts;
    fn add(self, o: Counts) -> Counts {
        Counts {
            meetings_held: self.meetings_held + o.meetings_held,
            c_invited: self.c_invited + o.c_invited,
            c_not_able: self.c_not_able + o.c_not_able,
            c_attended: self.c_attended + o.c_attended,
            c_views: self.c_views + o.c_views,
            c_took_part: self.c_took_part + o.c_took_part,
            p_invited: self.p_invited + o.p_invited,
            p_attended: self.p_attended + o.p_attended,
            p_views: self.p_views + o.p_views,
        }
    }
}

impl Counts {
    /// Reads the columns `counts_sql` names. SUM over no rows is NULL; COUNT is 64-bit in both databases.
    fn from_row(r: &sqlx::any::AnyRow) -> Result<Counts> {
        let get = |c: &str| -> Result<i64> { Ok(r.try_get::<Option<i64>, _>(c)?.unwrap_or(0)) };
        Ok(Counts {
            meetings_held: get("meetings_held")?,
            c_invited: get("c_invited")?,
            c_not_able: get("c_not_able")?,
            c_attended: get("c_attended")?,
            c_views: get("c_views")?,
            c_took_part: get("c_took_part")?,
            p_invited: get("p_invited")?,
            p_attended: get("p_attended")?,
            p_views: get("p_views")?,
        })
    }

    /// Every figure, exactly: the service's own.
    pub fn figures(&self) -> Figures {
        let able = self.c_invited - self.c_not_able;
        Figures {
            meetings_held: self.meetings_held,
            children: Children {
                invited: Some(self.c_invited),
                not_able: Some(self.c_not_able),
                attended: Some(self.c_attended),
                views_before: Some(self.c_views),
                took_part: Some(self.c_took_part),
                took_part_pct: pct(self.c_took_part, able),
                attended_pct: pct(self.c_attended, able),
            },
            parents: Parents {
                invited: Some(self.p_invited),
                attended: Some(self.p_attended),
                attended_pct: pct(self.p_attended, self.p_invited),
                views_before: Some(self.p_views),
                views_before_pct: pct(self.p_views, self.p_invited),
            },
            fewer_than_5: Vec::new(),
        }
    }

    /// The counts of people, in the order of `PEOPLE_NAMES`.
    fn people(&self) -> [i64; 8] {
        [self.c_invited, self.c_not_able, self.c_attended, self.c_views, self.c_took_part, self.p_invited, self.p_attended, self.p_views]
    }

    /// The figures with what the small-numbers rule hides (`hide`, in the order of
    /// `PEOPLE_NAMES`) taken out, and the percentages that would tell it.
    fn figures_hiding(&self, hide: [bool; 8]) -> Figures {
        let mut f = self.figures();
        let c = &mut f.children;
        let p = &mut f.parents;
        let counts: [&mut Option<i64>; 8] =
            [&mut c.invited, &mut c.not_able, &mut c.attended, &mut c.views_before, &mut c.took_part, &mut p.invited, &mut p.attended, &mut p.views_before];
        for (i, slot) in counts.into_iter().enumerate() {
            if hide[i] {
                *slot = None;
                f.fewer_than_5.push(PEOPLE_NAMES[i].to_string());
            }
        }
        // A percentage tells its count given its base, and its base given its count: hidden
        // with its count, and the parents' with those invited. The children's base, those able,
        // is invited less not able: where not able is hidden, so is invited (see `filtered`).
        // Invited hidden beside a shown "not able" would be given away by a percentage's base.
        let base_told = hide[0] && !hide[1];
        let pcts = [
            (&mut f.children.took_part_pct, hide[4] || base_told, "children.took_part_pct"),
            (&mut f.children.attended_pct, hide[2] || base_told, "children.attended_pct"),
            (&mut f.parents.attended_pct, hide[6] || hide[5], "parents.attended_pct"),
            (&mut f.parents.views_before_pct, hide[7] || hide[5], "parents.views_before_pct"),
        ];
        for (slot, hidden, name) in pcts {
            if hidden {
                *slot = None;
                f.fewer_than_5.push(name.to_string());
            }
        }
        f
    }
}

/// The counts of people in `Figures`, as `fewer_than_5` names them.
const PEOPLE_NAMES: [&str; 8] = [
    "children.invited",
    "children.not_able",
    "children.attended",
    "children.views_before",
    "children.took_part",
    "parents.invited",
    "parents.attended",
    "parents.views_before",
];

/// Who each count counts, as a condition on one participant `p`: the definitions of
/// DESIGN.md in SQL. (Migration 0006 holds a frozen copy, to fill in meetings held before it.)
const PEOPLE: [(&str, &str); 8] = [
    ("c_invited", "p.role = 'child'"),
    ("c_not_able", "p.role = 'child' AND COALESCE(p.not_able, 0) = 1"),
    ("c_attended", "p.role = 'child' AND COALESCE(p.not_able, 0) = 0 AND COALESCE(p.attended, 0) = 1"),
    ("c_views", "p.role = 'child' AND COALESCE(p.not_able, 0) = 0 AND p.views_shared_by IS NOT NULL AND p.views_shared_by NOT IN ('[]', '[\"none\"]')"),
    (
        "c_took_part",
        "p.role = 'child' AND COALESCE(p.not_able, 0) = 0 AND (COALESCE(p.attended, 0) = 1 OR (p.views_shared_by IS NOT NULL AND p.views_shared_by NOT IN ('[]', '[\"none\"]')))",
    ),
    ("p_invited", "p.role IN ('parent', 'carer')"),
    ("p_attended", "p.role IN ('parent', 'carer') AND COALESCE(p.attended, 0) = 1"),
    ("p_views", "p.role IN ('parent', 'carer') AND p.views_shared_by IS NOT NULL AND p.views_shared_by NOT IN ('[]', '[\"none\"]')"),
];

/// Writes a held meeting's counts onto it (with its outcome, in the same transaction; a
/// held meeting cannot change after). `meeting` is one id, or `None` for every held meeting.
pub async fn summarise(conn: &mut sqlx::AnyConnection, meeting: Option<&str>) -> Result<()> {
    let sets: Vec<String> = PEOPLE
        .iter()
        .map(|(col, cond)| format!("{col} = (SELECT COUNT(*) FROM participants p WHERE p.meeting_id = meetings.id AND {cond})"))
        .collect();
    let only = if meeting.is_some() { "id = $1" } else { "status = 'held'" };
    let sql = format!("UPDATE meetings SET {} WHERE {only}", sets.join(", "));
    let mut q = sqlx::query(crate::db::sql(&sql));
    if let Some(id) = meeting {
        q = q.bind(id.to_string());
    }
    q.execute(conn).await?;
    Ok(())
}

/// The held meetings of one financial year (`$1` ≤ start < `$5`, with `$2`–`$4` the quarter
/// boundaries), optionally of one kind (`$6`) and chair (`$7`), and with `one`, only the
/// meeting `$8`, added up by `group` (an SQL expression over `m`, named `grp`) from the counts
/// written with each outcome. What `tally` keeps, and counts again to check.
fn meetings_sql(group: &str, one: bool) -> String {
    let sums: Vec<String> = PEOPLE.iter().map(|(col, _)| format!("CAST(SUM(m.{col}) AS BIGINT) AS {col}")).collect();
    format!(
        "SELECT {group} AS grp, CAST(COUNT(*) AS BIGINT) AS meetings_held, {} FROM meetings m \
         WHERE m.status = 'held' AND m.starts_at >= $1 AND m.starts_at < $5 \
           AND ($6 = '' OR m.kind = $6) AND ($7 = '' OR m.chair_id = $7){} \
         GROUP BY {group}",
        sums.join(", "),
        one_meeting(one)
    )
}

/// The condition that narrows a query to the meeting `$8` (a separate text, not `$8 = '' OR`,
/// so that SQLite looks the one meeting up by its key instead of reading the year).
fn one_meeting(one: bool) -> &'static str {
    if one { " AND m.id = $8" } else { "" }
}

/// As `meetings_sql`, counting the people themselves (for breakdowns by a person's own
/// details: gender, age band); `group` is over `m` and `p`. `meetings_held` is 0 here.
fn people_sql(group: &str, one: bool) -> String {
    let sums: Vec<String> = PEOPLE.iter().map(|(col, cond)| format!("SUM(CASE WHEN {cond} THEN 1 ELSE 0 END) AS {col}")).collect();
    format!(
        "SELECT {group} AS grp, CAST(0 AS BIGINT) AS meetings_held, {} FROM meetings m JOIN participants p ON p.meeting_id = m.id \
         WHERE m.status = 'held' AND m.starts_at >= $1 AND m.starts_at < $5 \
           AND ($6 = '' OR m.kind = $6) AND ($7 = '' OR m.chair_id = $7){} \
         GROUP BY {group}",
        sums.join(", "),
        one_meeting(one)
    )
}

/// The quarter (1–4) of a meeting, by the boundaries `$2`–`$4`.
const QUARTER: &str = "CAST(CASE WHEN m.starts_at < $2 THEN 1 WHEN m.starts_at < $3 THEN 2 WHEN m.starts_at < $4 THEN 3 ELSE 4 END AS BIGINT)";

/// A figures query with its parameters bound: `$1`–`$5` the year's quarter boundaries, `$6`
/// the kind and `$7` the chair ('' for any).
fn year_query(sql: &str, year: i32, scope: &Scope) -> sqlx::query::Query<'static, sqlx::Any, sqlx::any::AnyArguments> {
    let (b, _) = quarters(year);
    sqlx::query(crate::db::sql(sql))
        .bind(b[0])
        .bind(b[1])
        .bind(b[2])
        .bind(b[3])
        .bind(b[4])
        .bind(scope.kind.map(|k| k.as_str()).unwrap_or_default())
        .bind(scope.chair.clone().unwrap_or_default())
}

/// A chair may ask for the whole service or their own meetings, not another chair's (that
/// is `NotFound`, as for anything hidden).
fn check_scope(user: &User, scope: &Scope) -> Result<()> {
    match &scope.chair {
        Some(chair) if !user.is_manager() && chair != &user.id => Err(ServiceError::NotFound),
        _ => Ok(()),
    }
}

/// The participation figures of a financial year, by quarter and in total: the service's
/// exactly (the report's Table 2), one kind's or one chair's with the small-numbers rule
/// (see `small`).
pub async fn participation(pool: &Pool, user: &User, year: i32, scope: Scope) -> Result<Participation> {
    let year = check_year(year)?;
    check_scope(user, &scope)?;
    let (_, days) = quarters(year);
    let (counts, hide) = if scope.kind.is_none() && scope.chair.is_none() {
        let mut counts = [Counts::default(); 5];
        for (g, c) in tally::meetings(pool, year).await? {
            let (_, _, q) = split_key(&g);
            counts[q - 1] = counts[q - 1] + c;
        }
        counts[4] = counts[..4].iter().fold(Counts::default(), |a, c| a + *c);
        (counts, None)
    } else {
        let (counts, hide) = filtered(pool, year, &scope).await?;
        (counts, Some(hide))
    };
    let figures = |i: usize| match &hide {
        Some(h) => counts[i].figures_hiding(h[i]),
        None => counts[i].figures(),
    };
    let quarters = (0..4).map(|i| Quarter { quarter: i as u8 + 1, from: days[i].0.clone(), to: days[i].1.clone(), figures: figures(i) }).collect();
    Ok(Participation { year: year_label(year), quarters, total: figures(4) })
}

/// A row of the table of groups: a kind and a chair (`None`: all of them). The table holds
/// every (kind, chair), every kind over all chairs and every chair over all kinds, so any
/// filter (kind, chair, both) is one of its rows.
pub(super) type RowKey = (Option<String>, Option<String>);

fn asked_key(scope: &Scope) -> RowKey {
    (scope.kind.map(|k| k.as_str().to_string()), scope.chair.clone())
}

/// The rows a (kind, chair) count adds to.
pub(super) fn row_keys(kind: &str, chair: &str) -> [RowKey; 3] {
    [(Some(kind.into()), Some(chair.into())), (Some(kind.into()), None), (None, Some(chair.into()))]
}

/// Every meeting's kind, chair and quarter, as one SQL text (`kind|chair|quarter`).
fn kind_chair_quarter() -> String {
    format!("m.kind || '|' || m.chair_id || '|' || CAST({QUARTER} AS TEXT)")
}

/// `(kind, chair, quarter from 1)` out of `kind_chair_quarter`.
fn split_key(g: &str) -> (&str, &str, usize) {
    let mut parts = g.splitn(3, '|');
    let (k, c) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    (k, c, parts.next().and_then(|q| q.parse::<usize>().ok()).unwrap_or(1).clamp(1, 4))
}

/// The lines of the table of groups (rows `keys`, columns the four quarters and the year)
/// whose sums can be read: each row (its year); for each period, every kind (the service's
/// figure), every chair (the same), a chair's kinds with that chair's row, and a kind's chairs
/// with that kind's row. The suppression runs once over all of it, so every filter asked for
/// is hidden the same way, and no two answers can be set against each other.
pub(super) fn table_lines(keys: &[RowKey]) -> Vec<Vec<usize>> {
    use std::collections::BTreeMap;
    let at = |k: &RowKey| keys.iter().position(|x| x == k);
    let mut lines: Vec<Vec<usize>> = (0..keys.len()).map(|r| (0..5).map(|c| r * 5 + c).collect()).collect();
    let mut of_chair: BTreeMap<&String, Vec<usize>> = BTreeMap::new();
    let mut of_kind: BTreeMap<&String, Vec<usize>> = BTreeMap::new();
    let (mut kinds, mut chairs) = (Vec::new(), Vec::new());
    for (r, key) in keys.iter().enumerate() {
        match key {
            (Some(k), Some(c)) => {
                of_chair.entry(c).or_default().push(r);
                of_kind.entry(k).or_default().push(r);
            }
            (Some(_), None) => kinds.push(r),
            (None, Some(_)) => chairs.push(r),
            (None, None) => {}
        }
    }
    // The service's own row, where the table has one (feedback, whose service figures are
    // hidden too): the kinds add up to it, and so do the chairs.
    let service = at(&(None, None));
    for col in 0..5 {
        let cells = |rows: &[usize]| rows.iter().map(|r| r * 5 + col).chain(service.map(|s| s * 5 + col)).collect::<Vec<_>>();
        lines.push(cells(&kinds));
        lines.push(cells(&chairs));
        let cells = |rows: &[usize]| rows.iter().map(|r| r * 5 + col).collect::<Vec<_>>();
        for (c, rows) in &of_chair {
            let mut line = cells(rows);
            line.extend(at(&(None, Some((*c).clone()))).map(|r| r * 5 + col));
            lines.push(line);
        }
        for (k, rows) in &of_kind {
            let mut line = cells(rows);
            line.extend(at(&(Some((*k).clone()), None)).map(|r| r * 5 + col));
            lines.push(line);
        }
    }
    lines
}

/// The held meetings' counts in the table of groups by quarter (see `RowKey`), with what the
/// small-numbers rule hides of each count of people: `hide[m][row * 5 + period]`.
pub(super) struct GroupTable {
    pub keys: Vec<RowKey>,
    pub counts: Vec<[Counts; 5]>,
    pub hide: Vec<Vec<bool>>,
}

impl GroupTable {
    pub fn row(&self, key: &RowKey) -> Option<usize> {
        self.keys.iter().position(|k| k == key)
    }
}

pub(super) async fn group_table(pool: &Pool, year: i32, extra: Option<RowKey>) -> Result<GroupTable> {
    let rows = tally::meetings(pool, year).await?;
    let mut table: std::collections::BTreeMap<RowKey, [Counts; 5]> = Default::default();
    if let Some(k) = extra {
        table.insert(k, [Counts::default(); 5]);
    }
    for (g, c) in rows {
        let (k, ch, q) = split_key(&g);
        for key in row_keys(k, ch) {
            let row = table.entry(key).or_insert([Counts::default(); 5]);
            row[q - 1] = row[q - 1] + c;
            row[4] = row[4] + c;
        }
    }
    let (keys, counts): (Vec<RowKey>, Vec<[Counts; 5]>) = table.into_iter().unzip();
    let lines = table_lines(&keys);
    let cells = |m: usize| -> Vec<i64> { counts.iter().flat_map(|row| row.iter().map(move |c| c.people()[m])).collect() };
    let mut hide: Vec<Vec<bool>> = vec![Vec::new(); 8];
    // Not able (1) first: where it hides someone, invited (0) is hidden too (see `small`).
    let not_able = cells(1);
    for m in [1, 0, 2, 3, 4, 5, 6, 7] {
        let start = if m == 0 { hide[1].iter().zip(&not_able).map(|(h, n)| *h && *n > 0).collect() } else { vec![false; keys.len() * 5] };
        hide[m] = small::hidden_from(&cells(m), start, &lines);
    }
    Ok(GroupTable { keys, counts, hide })
}

/// A filtered group's quarters and year (0–3, 4), and what to hide of each, read out of the
/// whole table of groups.
async fn filtered(pool: &Pool, year: i32, scope: &Scope) -> Result<([Counts; 5], [[bool; 8]; 5])> {
    let asked = asked_key(scope);
    let t = group_table(pool, year, Some(asked.clone())).await?;
    let r = t.row(&asked).unwrap_or(0);
    let mut hide = [[false; 8]; 5];
    for (col, h) in hide.iter_mut().enumerate() {
        for m in 0..8 {
            h[m] = t.hide[m][r * 5 + col];
        }
    }
    Ok((t.counts[r], hide))
}

/// The financial years from the first meeting's to this one, newest first.
pub async fn years(pool: &Pool) -> Result<Vec<i32>> {
    let first: Option<i64> = sqlx::query("SELECT MIN(starts_at) AS first FROM meetings").fetch_one(pool).await?.try_get("first")?;
    let now = year_of(crate::now_ms());
    let from = first.map(year_of).unwrap_or(now).clamp(2000, now);
    Ok((from..=now).rev().collect())
}

/// "2017/18"
pub fn year_label(year: i32) -> String {
    format!("{}/{:02}", year, (year + 1) % 100)
}

/// The same figures as CSV: a row per quarter and a total row.
pub fn to_csv(p: &Participation) -> String {
    let mut out = String::from(
        "year,quarter,from,to,meetings_held,children_invited,children_not_able,children_attended,children_views_before,\
         children_took_part,children_took_part_pct,children_attended_pct,parents_invited,parents_attended,parents_attended_pct,\
         parents_views_before,parents_views_before_pct\r\n",
    );
    let opt = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
    // A count hidden by the small-numbers rule (see `small`); a hidden percentage is blank, as
    // one with nothing to count is.
    let n = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_else(|| "hidden".into());
    let mut row = |q: &str, from: &str, to: &str, f: &Figures| {
        let c = &f.children;
        let pa = &f.parents;
        out.push_str(&format!(
            "{},{q},{from},{to},{},{},{},{},{},{},{},{},{},{},{},{},{}\r\n",
            p.year,
            f.meetings_held,
            n(c.invited),
            n(c.not_able),
            n(c.attended),
            n(c.views_before),
            n(c.took_part),
            opt(c.took_part_pct),
            opt(c.attended_pct),
            n(pa.invited),
            n(pa.attended),
            opt(pa.attended_pct),
            n(pa.views_before),
            opt(pa.views_before_pct),
        ));
    };
    for q in &p.quarters {
        row(&q.quarter.to_string(), &q.from, &q.to, &q.figures);
    }
    let (from, to) = (p.quarters[0].from.clone(), p.quarters[3].to.clone());
    row("total", &from, &to, &p.total);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarters_run_april_to_march_in_uk_time() {
        let (b, days) = quarters(2017);
        assert_eq!(days[0], ("2017-04-01".to_string(), "2017-06-30".to_string()));
        assert_eq!(days[3], ("2018-01-01".to_string(), "2018-03-31".to_string()));
        // 1 April 2017 00:00 in London is 31 March 23:00 UTC (summer time).
        assert_eq!(b[0], chrono::DateTime::parse_from_rfc3339("2017-03-31T23:00:00Z").unwrap().timestamp_millis());
        assert_eq!(b[3], chrono::DateTime::parse_from_rfc3339("2018-01-01T00:00:00Z").unwrap().timestamp_millis());
        assert_eq!(year_of(b[0]), 2017);
        assert_eq!(year_of(b[0] - 1), 2016);
    }
}
