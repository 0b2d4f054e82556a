//! What children and parents said about their meetings, by quarter: how many chose each
//! face, and the yes / a bit / no counts of each question, children and parents apart. Counted
//! in one SQL query. Feedback counts from meetings that took place (not cancelled), in the
//! quarter of the meeting. Each row carries its meeting and the role the person answered
//! as, so the count is a range of meetings and an index of their feedback. Also the ideas, newest first, with the meeting's kind only.

use super::{QUARTER, Scope, User, check_scope, check_year, quarters, year_label, year_query};
use crate::{db::Pool, service::Result};
use app::model::{InterpreterReply, MeetingKind, Reply, YesNo};
use sqlx::Row;
use std::collections::BTreeMap;

/// Each question's column and the answers it can hold (the SQL is built from these, never
/// from input).
const QUESTIONS: [(&str, &[&str]); 7] = [
    ("listened", &REPLIES),
    ("understood", &REPLIES),
    ("said_what_wanted", &REPLIES),
    ("report_in_time", &REPLIES),
    ("met_chair_before", &YES_NO),
    ("interpreter", &INTERPRETER),
    ("understood_decisions", &REPLIES),
];
const REPLIES: [&str; 3] = [Reply::Yes.as_str(), Reply::ABit.as_str(), Reply::No.as_str()];
const YES_NO: [&str; 2] = [YesNo::Yes.as_str(), YesNo::No.as_str()];
const INTERPRETER: [&str; 3] =
    [InterpreterReply::Yes.as_str(), InterpreterReply::No.as_str(), InterpreterReply::NotNeeded.as_str()];
/// The three questions everyone is asked; the rest are for parents and carers.
const EVERYONE: usize = 3;

pub use app::figures::{FeedbackFigures, FeedbackTotals as Totals, Group, Idea, QuarterFeedback};

fn sql() -> String {
    let mut cols = vec!["CAST(COUNT(*) AS BIGINT) AS responses".to_string()];
    for n in 1..=5 {
        cols.push(format!("SUM(CASE WHEN f.overall = {n} THEN 1 ELSE 0 END) AS face_{n}"));
    }
    for (q, answers) in QUESTIONS {
        for a in answers {
            cols.push(format!("SUM(CASE WHEN f.{q} = '{a}' THEN 1 ELSE 0 END) AS {q}__{a}"));
        }
    }
    format!(
        "SELECT {QUARTER} AS quarter, CASE WHEN f.role = 'child' THEN 'child' ELSE 'adult' END AS grp, {} \
         FROM meetings m JOIN feedback f ON f.meeting_id = m.id \
         WHERE m.status IN ('scheduled', 'held') AND m.starts_at >= $1 AND m.starts_at < $5 \
           AND ($6 = '' OR m.kind = $6) AND ($7 = '' OR m.chair_id = $7) \
         GROUP BY {QUARTER}, CASE WHEN f.role = 'child' THEN 'child' ELSE 'adult' END",
        cols.join(", ")
    )
}

fn group_from_row(r: &sqlx::any::AnyRow, child: bool) -> Result<Group> {
    let get = |c: &str| -> Result<i64> { Ok(r.try_get::<Option<i64>, _>(c)?.unwrap_or(0)) };
    let mut g = Group { responses: get("responses")?, ..Group::default() };
    for n in 0..5 {
        g.faces[n] = get(&format!("face_{}", n + 1))?;
    }
    let asked = if child { &QUESTIONS[..EVERYONE] } else { &QUESTIONS[..] };
    for (q, answers) in asked {
        let mut counts = BTreeMap::new();
        for a in *answers {
            counts.insert(a.to_string(), get(&format!("{q}__{a}"))?);
        }
        g.questions.insert(q.to_string(), counts);
    }
    Ok(g)
}

fn empty(child: bool) -> Group {
    let asked = if child { &QUESTIONS[..EVERYONE] } else { &QUESTIONS[..] };
    Group {
        questions: asked.iter().map(|(q, a)| (q.to_string(), a.iter().map(|a| (a.to_string(), 0)).collect())).collect(),
        ..Group::default()
    }
}

fn add(a: &mut Group, b: &Group) {
    a.responses += b.responses;
    for i in 0..5 {
        a.faces[i] += b.faces[i];
    }
    for (q, counts) in &b.questions {
        let into = a.questions.entry(q.clone()).or_default();
        for (k, n) in counts {
            *into.entry(k.clone()).or_default() += n;
        }
    }
}

pub async fn feedback(pool: &Pool, user: &User, year: i32, scope: Scope) -> Result<FeedbackFigures> {
    let year = check_year(year)?;
    check_scope(user, &scope)?;
    let (_, days) = quarters(year);
    let sql = sql();
    let rows = year_query(&sql, year, &scope).fetch_all(pool).await?;
    let mut quarters: Vec<QuarterFeedback> = (0..4)
        .map(|i| QuarterFeedback {
            quarter: i as u8 + 1,
            from: days[i].0.clone(),
            to: days[i].1.clone(),
            children: empty(true),
            parents: empty(false),
        })
        .collect();
    for r in &rows {
        let q: i64 = r.try_get("quarter")?;
        let child = r.try_get::<String, _>("grp")? == "child";
        let Some(slot) = quarters.get_mut((q - 1) as usize) else { continue };
        *(if child { &mut slot.children } else { &mut slot.parents }) = group_from_row(r, child)?;
    }
    let mut total = Totals { children: empty(true), parents: empty(false) };
    for q in &quarters {
        add(&mut total.children, &q.children);
        add(&mut total.parents, &q.parents);
    }
    Ok(FeedbackFigures { year: year_label(year), quarters, total })
}

/// The ideas from a year's meetings, newest first: a chair's own meetings', or for a manager
/// every meeting's.
pub async fn ideas(pool: &Pool, user: &User, year: i32) -> Result<Vec<(Idea, i64)>> {
    let year = check_year(year)?;
    let (b, _) = quarters(year);
    let rows = sqlx::query(
        "SELECT f.id, f.idea, f.created_at, m.kind, f.role, f.themes FROM feedback f JOIN meetings m ON m.id = f.meeting_id \
         WHERE f.idea IS NOT NULL AND m.status <> 'cancelled' AND m.starts_at >= $1 AND m.starts_at < $2 \
           AND ($3 = '' OR m.chair_id = $3) \
         ORDER BY f.created_at DESC, f.id LIMIT 500",
    )
    .bind(b[0])
    .bind(b[4])
    .bind(if user.is_manager() { String::new() } else { user.id.clone() })
    .fetch_all(pool)
    .await?;
    // The ideas are children's and parents' words: every listing is in the audit log.
    let detail = serde_json::json!({ "year": year, "ideas": rows.len() });
    crate::service::audit::write(pool, Some(user), crate::service::audit::Action::ReadIdeas, crate::service::audit::About { detail: Some(detail), ..Default::default() }).await?;
    rows.iter()
        .map(|r| {
            let kind: String = r.try_get("kind")?;
            let at: i64 = r.try_get("created_at")?;
            let id: String = r.try_get("id")?;
            Ok((
                Idea {
                idea: crate::crypto::open(crate::crypto::Field::Idea, &id, &r.try_get::<String, _>("idea")?)?,
                id,
                meeting_kind: MeetingKind::parse(&kind).unwrap_or(MeetingKind::Other),
                from: if r.try_get::<String, _>("role")? == "child" { "child" } else { "parent_carer" }.into(),
                received_at: crate::service::meetings::rfc3339(at),
                themes: r.try_get::<Option<String>, _>("themes")?.map(|t| t.split(',').map(str::to_string).collect()).unwrap_or_default(),
                },
                at,
            ))
        })
        .collect()
}
