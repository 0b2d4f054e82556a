//! The year's participation broken down by meeting kind, chair, and the child's gender and
//! age band. A cell counting fewer than 5 people shows "fewer than 5" (its number and
//! percentage are withheld), so that no family can be picked out. A chair sees the service's
//! rows for kind, gender and age band, and of the chairs only their own.

use super::{Counts, Scope, User, check_year, counts_by, meetings_sql, people_sql, year_label};
use crate::{db::Pool, service::Result};
use sqlx::Row as _;
use std::collections::BTreeMap;

pub use app::figures::{BreakdownRow, Breakdowns, Cell, ChildCells, ParentCells};

fn row(key: String, name: Option<String>, c: &Counts, with_parents: bool) -> BreakdownRow {
    let able = c.c_invited - c.c_not_able;
    BreakdownRow {
        key,
        name,
        children: ChildCells {
            able: Cell::new(able, None),
            took_part: Cell::new(c.c_took_part, Some(able)),
            attended: Cell::new(c.c_attended, Some(able)),
        },
        parents: with_parents.then(|| ParentCells {
            invited: Cell::new(c.p_invited, None),
            attended: Cell::new(c.p_attended, Some(c.p_invited)),
            views_before: Cell::new(c.p_views, Some(c.p_invited)),
        }),
    }
}

pub async fn breakdowns(pool: &Pool, user: &User, year: i32) -> Result<Breakdowns> {
    let year = check_year(year)?;
    let all = Scope::default();
    let mut by_kind: Vec<BreakdownRow> = counts_by::<String>(pool, year, &all, &meetings_sql("m.kind"))
        .await?
        .iter()
        .map(|(k, c)| row(k.clone(), None, c, true))
        .collect();
    by_kind.sort_by_key(|r| app::model::MeetingKind::ALL.iter().position(|k| k.as_str() == r.key));
    // A chair's own row only; a manager's every chair's.
    let chairs = Scope { chair: (!user.is_manager()).then(|| user.id.clone()), ..Scope::default() };
    let names = chair_names(pool).await?;
    let mut by_chair: Vec<BreakdownRow> = counts_by::<String>(pool, year, &chairs, &meetings_sql("m.chair_id"))
        .await?
        .iter()
        .map(|(id, c)| row(id.clone(), names.get(id).cloned(), c, true))
        .collect();
    by_chair.sort_by(|a, b| a.name.cmp(&b.name));
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
        let mut out: Vec<BreakdownRow> = groups.iter().map(|(k, c)| row(k.clone(), None, c, false)).collect();
        out.sort_by_key(|r| order.iter().position(|o| *o == r.key).unwrap_or(order.len()));
        out
    };
    let by_gender = children(genders, &["female", "male", "other", "not_recorded"]);
    let by_age_band = children(bands, &["0-4", "5-9", "10-12", "13-15", "16-17", "not_recorded"]);
    Ok(Breakdowns { year: year_label(year), by_kind, by_chair, by_gender, by_age_band })
}

async fn chair_names(pool: &Pool) -> Result<std::collections::HashMap<String, String>> {
    let rows = sqlx::query("SELECT id, name FROM users").fetch_all(pool).await?;
    rows.iter().map(|r| Ok((r.try_get("id")?, r.try_get("name")?))).collect()
}
