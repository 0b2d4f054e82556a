//! The year's participation broken down by meeting kind, chair, and the child's gender and
//! age band. A cell counting fewer than 5 people shows "fewer than 5" (its number and
//! percentage are withheld), so that no family can be picked out; and as each column adds up
//! to the service's figure for the year, a lone hidden cell takes the next smallest with it
//! (see `small`). A chair sees the service's rows for kind, gender and age band, and of the
//! chairs only their own (hidden as it is in the manager's table of every chair).

use super::{Counts, User, check_year, small, year_label};
use crate::{db::Pool, service::Result};
use sqlx::Row as _;
use std::collections::BTreeMap;

pub use app::figures::{BreakdownRow, Breakdowns, Cell, ChildCells, ParentCells};

/// The counts a breakdown shows: children able, took part, attended; parents invited,
/// attended, shared views.
fn shown(c: &Counts) -> [i64; 6] {
    [c.c_invited - c.c_not_able, c.c_took_part, c.c_attended, c.p_invited, c.p_attended, c.p_views]
}

/// A cell: `n` (of `base`, for a percentage), or hidden.
fn cell(n: i64, hidden: bool, base: Option<(i64, bool)>) -> Cell {
    if hidden {
        return Cell { n: None, pct: None, fewer_than_5: true };
    }
    // A percentage only beside a count and a base that are both shown.
    let pct = base.filter(|(_, hidden)| !hidden).and_then(|(of, _)| app::figures::pct(n, of));
    Cell { n: Some(n), pct, fewer_than_5: false }
}

/// The kinds' or the chairs' rows, read out of the table of groups (their year), so they are
/// hidden exactly as the participation figures filtered by kind or chair are.
fn from_groups(t: &super::GroupTable, chairs: bool, names: &std::collections::HashMap<String, String>) -> Vec<BreakdownRow> {
    t.keys
        .iter()
        .enumerate()
        .filter_map(|(r, key)| {
            let key = match key {
                (None, Some(c)) if chairs => c.clone(),
                (Some(k), None) if !chairs => k.clone(),
                _ => return None,
            };
            let c = t.counts[r][4];
            let h = |m: usize| t.hide[m][r * 5 + 4];
            let able = c.c_invited - c.c_not_able;
            // Able is invited less not able: hidden where either is (a hidden 0 hides no one).
            let able_hidden = h(0) || (h(1) && c.c_not_able > 0) || able < small::SMALLEST_SHOWN;
            Some(BreakdownRow {
                name: chairs.then(|| names.get(&key).cloned()).flatten(),
                key,
                children: ChildCells {
                    able: cell(able, able_hidden, None),
                    took_part: cell(c.c_took_part, h(4), Some((able, able_hidden))),
                    attended: cell(c.c_attended, h(2), Some((able, able_hidden))),
                },
                parents: Some(ParentCells {
                    invited: cell(c.p_invited, h(5), None),
                    attended: cell(c.p_attended, h(6), Some((c.p_invited, h(5)))),
                    views_before: cell(c.p_views, h(7), Some((c.p_invited, h(5)))),
                }),
            })
        })
        .collect()
}

/// One breakdown's rows with the small-numbers rule applied down each column.
fn table(groups: Vec<(String, Option<String>, Counts)>, with_parents: bool) -> Vec<BreakdownRow> {
    // Gender and age band: the children's own; no parents' cells.
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
            let at = |m: usize, base: Option<usize>| cell(v[m], h[m], base.map(|b| (v[b], h[b])));
            BreakdownRow {
                key,
                name,
                children: ChildCells { able: at(0, None), took_part: at(1, Some(0)), attended: at(2, Some(0)) },
                parents: with_parents.then(|| ParentCells { invited: at(3, None), attended: at(4, Some(3)), views_before: at(5, Some(3)) }),
            }
        })
        .collect()
}

pub async fn breakdowns(pool: &Pool, user: &User, year: i32) -> Result<Breakdowns> {
    let year = check_year(year)?;
    // Kinds and chairs come from the same table of groups as the filtered participation
    // figures, so the two never hide differently.
    let groups = super::group_table(pool, year, None).await?;
    let names = chair_names(pool).await?;
    let mut by_kind = from_groups(&groups, false, &names);
    by_kind.sort_by_key(|r| app::model::MeetingKind::ALL.iter().position(|k| k.as_str() == r.key));
    // Every chair's row, hidden as the whole table needs; then a chair keeps only their own.
    let mut by_chair = from_groups(&groups, true, &names);
    by_chair.sort_by(|a, b| a.name.cmp(&b.name));
    if !user.is_manager() {
        by_chair.retain(|r| r.key == user.id);
    }
    // Children by gender and age band together (as kept, see `tally`); then each added up on
    // its own.
    let pairs = super::tally::people(pool, year).await?;
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
