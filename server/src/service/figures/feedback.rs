//! What children and parents said about their meetings, by quarter: how many chose each
//! face, and the yes / a bit / no counts of each question, children and parents apart. Counted
//! in one SQL query. Feedback counts from meetings that took place (not cancelled), in the
//! quarter of the meeting. Each row carries its meeting and the role the person answered
//! as, so the count is a range of meetings and an index of their feedback. Also the ideas, newest first, with the meeting's kind only.

use super::{Scope, User, check_scope, check_year, quarters, small, year_label};
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

/// The counts of one group's feedback in one period, in a fixed order: responses, the five
/// faces, then each answer of each question (the order of `QUESTIONS`).
type Values = Vec<i64>;

pub(super) fn columns() -> Vec<String> {
    let mut cols = vec!["responses".to_string()];
    cols.extend((1..=5).map(|n| format!("face_{n}")));
    for (q, answers) in QUESTIONS {
        cols.extend(answers.iter().map(|a| format!("{q}__{a}")));
    }
    cols
}

/// Feedback counted by kind, chair and quarter (`super::kind_chair_quarter`), children and
/// adults apart; with `one`, only the meeting `$8`'s. What `super::tally` keeps.
pub(super) fn sql(one: bool) -> String {
    let mut cols = vec!["CAST(COUNT(*) AS BIGINT) AS responses".to_string()];
    for n in 1..=5 {
        cols.push(format!("SUM(CASE WHEN f.overall = {n} THEN 1 ELSE 0 END) AS face_{n}"));
    }
    for (q, answers) in QUESTIONS {
        for a in answers {
            cols.push(format!("SUM(CASE WHEN f.{q} = '{a}' THEN 1 ELSE 0 END) AS {q}__{a}"));
        }
    }
    let group = super::kind_chair_quarter();
    let role = "CASE WHEN f.role = 'child' THEN 'child' ELSE 'adult' END";
    format!(
        "SELECT {group} AS g, {role} AS grp, {} \
         FROM meetings m JOIN feedback f ON f.meeting_id = m.id \
         WHERE m.status IN ('scheduled', 'held') AND m.starts_at >= $1 AND m.starts_at < $5 \
           AND ($6 = '' OR m.kind = $6) AND ($7 = '' OR m.chair_id = $7){} \
         GROUP BY {group}, {role}",
        cols.join(", "),
        super::one_meeting(one)
    )
}

/// A group's counts as the page and the API show them: `hide` (the small-numbers rule) as
/// "fewer than 5", and only the questions the group is asked.
fn group(values: &[i64], hide: &[bool], child: bool) -> Group {
    let at = |i: usize| (!hide[i]).then_some(values[i]);
    let mut g = Group { responses: at(0), faces: [at(1), at(2), at(3), at(4), at(5)], ..Group::default() };
    let mut i = 6;
    for (n, (q, answers)) in QUESTIONS.iter().enumerate() {
        let counts: BTreeMap<String, Option<i64>> = answers.iter().enumerate().map(|(j, a)| (a.to_string(), at(i + j))).collect();
        if !child || n < EVERYONE {
            g.questions.insert(q.to_string(), counts);
        }
        i += answers.len();
    }
    g
}

/// The feedback figures of a year, by quarter and in total. Every count is under the
/// small-numbers rule (see `small`), whether or not the figures are filtered: a quarter's
/// faces and answers are few enough to point at one family.
pub async fn feedback(pool: &Pool, user: &User, year: i32, scope: Scope) -> Result<FeedbackFigures> {
    let year = check_year(year)?;
    check_scope(user, &scope)?;
    let (_, days) = quarters(year);
    let cols = columns();
    // (row of the table, child?) → the four quarters and the year.
    let mut table: BTreeMap<(super::RowKey, bool), [Values; 5]> = BTreeMap::new();
    let empty = || std::array::from_fn(|_| vec![0; cols.len()]);
    for child in [true, false] {
        table.insert((super::asked_key(&scope), child), empty());
        table.insert(((None, None), child), empty());
    }
    for (g, child, counts) in super::tally::feedback_of(pool, year).await? {
        let (kind, chair, q) = super::split_key(&g);
        // Into every row of the table of groups it belongs to, and the service's.
        for key in super::row_keys(kind, chair).into_iter().chain([(None, None)]) {
            let slot = table.entry((key, child)).or_insert_with(empty);
            for (i, n) in counts.iter().enumerate() {
                slot[q - 1][i] += n;
                slot[4][i] += n;
            }
        }
    }
    let mut out: [[Option<Group>; 5]; 2] = Default::default();
    for (side, child) in [true, false].into_iter().enumerate() {
        let keys: Vec<super::RowKey> = table.keys().filter(|(_, c)| *c == child).map(|(k, _)| k.clone()).collect();
        let asked = keys.iter().position(|k| *k == super::asked_key(&scope)).unwrap_or(0);
        let lines = super::table_lines(&keys);
        let mut hide = vec![vec![false; cols.len()]; 5];
        for m in 0..cols.len() {
            let cells: Vec<i64> = keys.iter().flat_map(|k| table[&(k.clone(), child)].iter().map(move |v| v[m])).collect();
            let hidden = small::hidden(&cells, &lines);
            for (col, h) in hide.iter_mut().enumerate() {
                h[m] = hidden[asked * 5 + col];
            }
        }
        let mine = &table[&(keys[asked].clone(), child)];
        for col in 0..5 {
            out[side][col] = Some(group(&mine[col], &hide[col], child));
        }
    }
    let [mut children, mut parents] = out;
    let take = |g: &mut [Option<Group>; 5], i: usize| g[i].take().unwrap_or_default();
    let quarters = (0..4)
        .map(|i| QuarterFeedback {
            quarter: i as u8 + 1,
            from: days[i].0.clone(),
            to: days[i].1.clone(),
            children: take(&mut children, i),
            parents: take(&mut parents, i),
        })
        .collect();
    let total = Totals { children: take(&mut children, 4), parents: take(&mut parents, 4) };
    Ok(FeedbackFigures { year: year_label(year), quarters, total })
}

/// The ideas from a year's meetings, newest first, each with the quarter of its meeting. A
/// manager sees every meeting's, with when each came. A chair sees their own meetings' by
/// quarter only, never the time, and only in a quarter with 5 or more (fewer could be told
/// apart: the chair knows who was at each meeting). Returns each idea and, for a manager, its
/// time.
pub async fn ideas(pool: &Pool, user: &User, year: i32) -> Result<Vec<(Idea, Option<i64>)>> {
    let year = check_year(year)?;
    let (b, _) = quarters(year);
    let rows = sqlx::query(
        "SELECT f.id, f.idea, f.created_at, m.starts_at, m.kind, f.role, f.themes FROM feedback f JOIN meetings m ON m.id = f.meeting_id \
         WHERE f.idea IS NOT NULL AND m.status <> 'cancelled' AND m.starts_at >= $1 AND m.starts_at < $2 \
           AND ($3 = '' OR m.chair_id = $3) \
         ORDER BY f.created_at DESC, f.id LIMIT 500",
    )
    .bind(b[0])
    .bind(b[4])
    .bind(if user.is_manager() { String::new() } else { user.id.clone() })
    .fetch_all(pool)
    .await?;
    let quarter_of = |starts: i64| (1..4).filter(|&i| starts >= b[i]).count() as u8 + 1;
    // What a chair sees beside each idea (its quarter, the meeting's kind, child or adult):
    // each such group must hold 5 or more, or the chair, who knows who came, could tell whose.
    let mut per_group: std::collections::HashMap<(u8, String, bool), usize> = Default::default();
    let mut found = Vec::with_capacity(rows.len());
    for r in &rows {
        let q = quarter_of(r.try_get("starts_at")?);
        let group = (q, r.try_get::<String, _>("kind")?, r.try_get::<String, _>("role")? == "child");
        *per_group.entry(group.clone()).or_default() += 1;
        found.push((r, q, group));
    }
    let shown: Vec<_> = found
        .into_iter()
        .filter(|(_, _, g)| user.is_manager() || per_group[g] >= small::SMALLEST_SHOWN as usize)
        .map(|(r, q, _)| (r, q))
        .collect();
    // The ideas are children's and parents' words: every listing is in the audit log.
    let detail = serde_json::json!({ "year": year, "ideas": shown.len() });
    crate::service::audit::write(pool, Some(user), crate::service::audit::Action::ReadIdeas, crate::service::audit::About { detail: Some(detail), ..Default::default() }).await?;
    let mut ideas = shown
        .into_iter()
        .map(|(r, quarter)| {
            let kind: String = r.try_get("kind")?;
            let at: i64 = r.try_get("created_at")?;
            let id: String = r.try_get("id")?;
            let at = user.is_manager().then_some(at);
            Ok((
                Idea {
                    idea: crate::crypto::open(crate::crypto::Field::Idea, &id, &r.try_get::<String, _>("idea")?)?,
                    id,
                    meeting_kind: MeetingKind::parse(&kind).unwrap_or(MeetingKind::Other),
                    from: if r.try_get::<String, _>("role")? == "child" { "child" } else { "parent_carer" }.into(),
                    quarter,
                    received_at: at.map(crate::service::meetings::rfc3339),
                    themes: r.try_get::<Option<String>, _>("themes")?.map(|t| t.split(',').map(str::to_string).collect()).unwrap_or_default(),
                },
                at,
            ))
        })
        .collect::<Result<Vec<_>>>()?;
    if !user.is_manager() {
        // Newest first would tell when each came: a chair's list is in the order of its words.
        ideas.sort_by(|a, b| a.0.idea.cmp(&b.0.idea));
    }
    Ok(ideas)
}
