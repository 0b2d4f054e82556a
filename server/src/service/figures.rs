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
//! Everything is counted in one SQL query (per scope), grouped by quarter: never row by row.

use super::{Result, ServiceError, users::User};
use crate::db::Pool;
use chrono::TimeZone;
use serde::Serialize;
use sqlx::Row;

/// Which meetings to count.
#[derive(Debug, Default, Clone)]
pub struct Scope {
    pub kind: Option<app::model::MeetingKind>,
    pub chair: Option<String>,
}

#[derive(Debug, Serialize, Clone, PartialEq, Eq)]
pub struct Children {
    pub invited: i64,
    pub not_able: i64,
    pub attended: i64,
    pub views_before: i64,
    pub took_part: i64,
    pub took_part_pct: Option<i64>,
    pub attended_pct: Option<i64>,
}

#[derive(Debug, Serialize, Clone, PartialEq, Eq)]
pub struct Parents {
    pub invited: i64,
    pub attended: i64,
    pub attended_pct: Option<i64>,
    pub views_before: i64,
    pub views_before_pct: Option<i64>,
}

#[derive(Debug, Serialize, Clone, PartialEq, Eq)]
pub struct Figures {
    pub meetings_held: i64,
    pub children: Children,
    pub parents: Parents,
}

#[derive(Debug, Serialize)]
pub struct Quarter {
    pub quarter: u8,
    /// First and last day, inclusive, as dates.
    pub from: String,
    pub to: String,
    #[serde(flatten)]
    pub figures: Figures,
}

#[derive(Debug, Serialize)]
pub struct Participation {
    /// "2017/18"
    pub year: String,
    pub quarters: Vec<Quarter>,
    pub total: Figures,
}

/// `n` of `of` as a whole percentage, rounded half up; `None` when `of` is 0.
pub fn pct(n: i64, of: i64) -> Option<i64> {
    (of > 0).then(|| (200 * n + of) / (2 * of))
}

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
fn uk_midnight(y: i32, m: u32, d: u32) -> i64 {
    let day = chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default().and_hms_opt(0, 0, 0).unwrap_or_default();
    chrono_tz::Europe::London.from_local_datetime(&day).earliest().map(|t| t.timestamp_millis()).unwrap_or_default()
}

/// The five boundaries of the year's quarters (start of Q1 … end of Q4), and each quarter's
/// first and last day.
fn quarters(year: i32) -> ([i64; 5], [(String, String); 4]) {
    let starts = [(year, 4), (year, 7), (year, 10), (year + 1, 1), (year + 1, 4)];
    let bounds = starts.map(|(y, m)| uk_midnight(y, m, 1));
    let last = |(y, m): (i32, u32)| {
        let next = if m == 12 { chrono::NaiveDate::from_ymd_opt(y + 1, 1, 1) } else { chrono::NaiveDate::from_ymd_opt(y, m + 1, 1) };
        next.and_then(|d| d.pred_opt()).map(|d| d.to_string()).unwrap_or_default()
    };
    let days = [0, 1, 2, 3].map(|i| {
        let (y, m) = starts[i];
        let (ly, lm) = if m + 2 > 12 { (y + 1, m + 2 - 12) } else { (y, m + 2) };
        (format!("{y:04}-{m:02}-01"), last((ly, lm)))
    });
    (bounds, days)
}

/// The participation figures of a financial year, by quarter and in total. A chair may ask
/// for the whole service or their own meetings, not another chair's (that is `NotFound`).
pub async fn participation(pool: &Pool, user: &User, year: i32, scope: Scope) -> Result<Participation> {
    let year = check_year(year)?;
    if let Some(chair) = &scope.chair
        && !user.is_manager()
        && chair != &user.id
    {
        return Err(ServiceError::NotFound);
    }
    let (b, days) = quarters(year);
    // Views shared before: any way but "none" (stored as a JSON list; '[]' and '["none"]' are none).
    const SHARED: &str = "(q.views_shared_by IS NOT NULL AND q.views_shared_by <> '[]' AND q.views_shared_by <> '[\"none\"]')";
    const ABLE: &str = "COALESCE(q.not_able, 0) = 0";
    const ATTENDED: &str = "COALESCE(q.attended, 0) = 1";
    let sql = format!(
        "SELECT q.quarter, CAST(COUNT(DISTINCT q.meeting_id) AS BIGINT) AS meetings_held, \
           SUM(CASE WHEN q.role = 'child' THEN 1 ELSE 0 END) AS c_invited, \
           SUM(CASE WHEN q.role = 'child' AND NOT ({ABLE}) THEN 1 ELSE 0 END) AS c_not_able, \
           SUM(CASE WHEN q.role = 'child' AND {ABLE} AND {ATTENDED} THEN 1 ELSE 0 END) AS c_attended, \
           SUM(CASE WHEN q.role = 'child' AND {ABLE} AND {SHARED} THEN 1 ELSE 0 END) AS c_views, \
           SUM(CASE WHEN q.role = 'child' AND {ABLE} AND ({ATTENDED} OR {SHARED}) THEN 1 ELSE 0 END) AS c_took_part, \
           SUM(CASE WHEN q.role IN ('parent', 'carer') THEN 1 ELSE 0 END) AS p_invited, \
           SUM(CASE WHEN q.role IN ('parent', 'carer') AND {ATTENDED} THEN 1 ELSE 0 END) AS p_attended, \
           SUM(CASE WHEN q.role IN ('parent', 'carer') AND {SHARED} THEN 1 ELSE 0 END) AS p_views \
         FROM ( \
           SELECT CAST(CASE WHEN m.starts_at < $2 THEN 1 WHEN m.starts_at < $3 THEN 2 WHEN m.starts_at < $4 THEN 3 ELSE 4 END AS BIGINT) AS quarter, \
                  m.id AS meeting_id, p.role, p.not_able, p.attended, p.views_shared_by \
           FROM meetings m LEFT JOIN participants p ON p.meeting_id = m.id \
           WHERE m.status = 'held' AND m.starts_at >= $1 AND m.starts_at < $5 \
             AND ($6 = '' OR m.kind = $6) AND ($7 = '' OR m.chair_id = $7) \
         ) q GROUP BY q.quarter"
    );
    let rows = sqlx::query(&sql)
        .bind(b[0])
        .bind(b[1])
        .bind(b[2])
        .bind(b[3])
        .bind(b[4])
        .bind(scope.kind.map(|k| k.as_str()).unwrap_or_default())
        .bind(scope.chair.clone().unwrap_or_default())
        .fetch_all(pool)
        .await?;
    let mut counts = [[0i64; 9]; 4];
    for r in rows {
        let q: i64 = r.try_get("quarter")?;
        let Some(slot) = counts.get_mut((q - 1) as usize) else { continue };
        // SUM over no rows is NULL; COUNT is 64-bit in both databases.
        let get = |c: &str| -> Result<i64> { Ok(r.try_get::<Option<i64>, _>(c)?.unwrap_or(0)) };
        *slot = [
            get("meetings_held")?,
            get("c_invited")?,
            get("c_not_able")?,
            get("c_attended")?,
            get("c_views")?,
            get("c_took_part")?,
            get("p_invited")?,
            get("p_attended")?,
            get("p_views")?,
        ];
    }
    let total = (0..9).map(|i| counts.iter().map(|c| c[i]).sum()).collect::<Vec<i64>>();
    let quarters = (0..4)
        .map(|i| Quarter { quarter: i as u8 + 1, from: days[i].0.clone(), to: days[i].1.clone(), figures: figures(&counts[i]) })
        .collect();
    Ok(Participation { year: format!("{}/{:02}", year, (year + 1) % 100), quarters, total: figures(&total) })
}

fn figures(c: &[i64]) -> Figures {
    let able = c[1] - c[2];
    Figures {
        meetings_held: c[0],
        children: Children {
            invited: c[1],
            not_able: c[2],
            attended: c[3],
            views_before: c[4],
            took_part: c[5],
            took_part_pct: pct(c[5], able),
            attended_pct: pct(c[3], able),
        },
        parents: Parents {
            invited: c[6],
            attended: c[7],
            attended_pct: pct(c[7], c[6]),
            views_before: c[8],
            views_before_pct: pct(c[8], c[6]),
        },
    }
}

/// The same figures as CSV: a row per quarter and a total row.
pub fn to_csv(p: &Participation) -> String {
    let mut out = String::from(
        "year,quarter,from,to,meetings_held,children_invited,children_not_able,children_attended,children_views_before,\
         children_took_part,children_took_part_pct,children_attended_pct,parents_invited,parents_attended,parents_attended_pct,\
         parents_views_before,parents_views_before_pct\r\n",
    );
    let opt = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
    let mut row = |q: &str, from: &str, to: &str, f: &Figures| {
        let c = &f.children;
        let pa = &f.parents;
        out.push_str(&format!(
            "{},{q},{from},{to},{},{},{},{},{},{},{},{},{},{},{},{},{}\r\n",
            p.year,
            f.meetings_held,
            c.invited,
            c.not_able,
            c.attended,
            c.views_before,
            c.took_part,
            opt(c.took_part_pct),
            opt(c.attended_pct),
            pa.invited,
            pa.attended,
            opt(pa.attended_pct),
            pa.views_before,
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
    fn percentages_round_half_up_and_are_null_on_nothing() {
        assert_eq!(pct(1, 8), Some(13));
        assert_eq!(pct(1, 3), Some(33));
        assert_eq!(pct(2, 3), Some(67));
        assert_eq!(pct(1, 200), Some(1));
        assert_eq!(pct(0, 5), Some(0));
        assert_eq!(pct(0, 0), None);
    }

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
