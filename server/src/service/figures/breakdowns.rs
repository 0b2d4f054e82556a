//! The year's participation broken down by meeting kind, chair, and the child's gender and
//! age band. A cell counting fewer than 5 people shows "fewer than 5" (its number and
//! percentage are withheld), so that no family can be picked out; and as each column adds up
//! to the service's figure for the year, a lone hidden cell takes the next smallest with it
//! (see `small`). A chair sees the service's rows for kind, gender and age band, and of the
//! chairs only their own (hidden as it is in the manager's table of every chair).

use super::{Counts, Scope, User, check_year, counts_by, meetings_sql, people_sql, small, year_label};
use crate::{db::Pool, service::Result};
use sqlx::Row as _;
use std::collections::BTreeMap;

pub use app::figures::{BreakdownRow, Breakdowns, Cell, ChildCells, ParentCells};

/// The counts a breakdown shows: children able, took part, attended; parents invited,
/// attended, shared views.
fn shown(c: &Counts) -> [i64; 6] {
    [c.c_invited - c.c_not_able, c.c_took_part, c.c_attended, c.p_invited, c.p_attended, c.p_views]
}

/// One breakdown's rows with the small-numbers rule applied down each column.
fn table(groups: Vec<(String, Option<String>, Counts)>, with_parents: bool) -> Vec<BreakdownRow> {
    let column: Vec<usize> = (0..groups.len()).collect();
    let mut hide = vec![[false; 6]; groups.len()];
    for m in 0..6 {
        let cells: Vec<i64> = groups.iter().map(|g| shown(&g.2)[m]).collect();
        for (r, h) in small::hidden(&cells, std::slice::from_ref(&column)).into_iter().enumerate() {
            hide[r][m] = h;
        }
    }
    groups
        .into_iter()
        .zip(hide)
        .map(|((key, name, c), h)| {
            let v = shown(&c);
            // A percentage only beside a count and a base that are both shown.
            let cell = |m: usize, base: Option<usize>| -> Cell {
                if h[m] {
                    Cell { n: None, pct: None, fewer_than_5: true }
                } else {
                    Cell { n: Some(v[m]), pct: base.filter(|b| !h[*b]).and_then(|b| app::figures::pct(v[m], v[b])), fewer_than_5: false }
                }
            };
            BreakdownRow {
                key,
                name,
                children: ChildCells { able: cell(0, None), took_part: cell(1, Some(0)), attended: cell(2, Some(0)) },
                parents: with_parents.then(|| ParentCells { invited: cell(3, None), attended: cell(4, Some(3)), views_before: cell(5, Some(3)) }),
            }
        })
        .collect()
}

pub async fn breakdowns(pool: &Pool, user: &User, year: i32) -> Result<Breakdowns> {
    let year = check_year(year)?;
    let all = Scope::default();
    let mut kinds: Vec<(String, Option<String>, Counts)> =
        counts_by::<String>(pool, year, &all, &meetings_sql("m.kind")).await?.into_iter().map(|(k, c)| (k, None, c)).collect();
    kinds.sort_by_key(|(k, _, _)| app::model::MeetingKind::ALL.iter().position(|kind| kind.as_str() == k));
    let by_kind = table(kinds, true);
    // Every chair's row, hidden as the whole table needs; then a chair keeps only their own.
    let names = chair_names(pool).await?;
    let mut chairs: Vec<(String, Option<String>, Counts)> = counts_by::<String>(pool, year, &all, &meetings_sql("m.chair_id"))
        .await?
        .into_iter()
        .map(|(id, c)| {
            let name = names.get(&id).cloned();
            (id, name, c)
        })
        .collect();
    chairs.sort_by(|a, b| a.1.cmp(&b.1));
    let mut by_chair = table(chairs, true);
    if !user.is_manager() {
        by_chair.retain(|r| r.key == user.id);
    }
    // Children by gender and age band together, in one pass; then each added up on its own.
    let group = "COALESCE(p.gender, 'not_recorded') || '|' || COALESCE(p.age_band, 'not_recorded')";
    let pairs = counts_by::<String>(pool, year, &all, &people_sql(group)).await?;
    let mut genders: BTreeMap<String, Counts> = BTreeMap::new();
    let mut bands: BTreeMap<String, Counts> = BTreeMap::new();
    for (key, c) in pairs.iter().filter(|(_, c)| c.c_invited > 0) {
        let (g, a) = key.split_once('|').unwrap_or((key, "not_recorded"));
        let g = genders.entry(g.to_string()).or_default();
        *g = *g + *c;
        let a = bands.entry(a.to_string()).or_default();
        *a = *a + *c;
    }
    let children = |groups: BTreeMap<String, Counts>, order: &[&str]| -> Vec<BreakdownRow> {
        let mut rows: Vec<(String, Option<String>, Counts)> = groups.into_iter().map(|(k, c)| (k, None, c)).collect();
        rows.sort_by_key(|(k, _, _)| order.iter().position(|o| o == k).unwrap_or(order.len()));
        table(rows, false)
    };
    let by_gender = children(genders, &["female", "male", "other", "not_recorded"]);
    let by_age_band = children(bands, &["0-4", "5-9", "10-12", "13-15", "16-17", "not_recorded"]);
    Ok(Breakdowns { year: year_label(year), by_kind, by_chair, by_gender, by_age_band })
}

async fn chair_names(pool: &Pool) -> Result<std::collections::HashMap<String, String>> {
    let rows = sqlx::query("SELECT id, name FROM users").fetch_all(pool).await?;
    rows.iter().map(|r| Ok((r.try_get("id")?, r.try_get("name")?))).collect()
}
