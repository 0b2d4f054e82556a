//! The figures pages: participation by quarter laid out like the report's Table 2 (counts
//! beside every percentage, last year beside every figure), a bar chart drawn here on the
//! server, the breakdowns with "fewer than 5", and the feedback with the ideas.

use super::layout::{StaffLayout, staff_page};
use super::{FeedbackPage, FiguresPage, load_feedback, load_figures};
use crate::figures::{BreakdownRow, Cell, Figures, Group, Participation};
use crate::i18n::{meeting_time, t, t_args, use_lang};
use crate::kiosk::feedback::{face, face_word, interpreter_label, reply_label};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// "2017/18"
fn year_label(year: i32) -> String {
    format!("{}/{:02}", year, (year + 1) % 100)
}

fn year_query() -> impl Fn() -> Option<i32> + Copy {
    let query = use_query_map();
    move || query.with(|q| q.get("year").and_then(|y| y.trim().parse::<i32>().ok()))
}

/// The year picker: a plain GET form, so it works without JavaScript.
fn year_picker(action: &'static str, year: i32, years: Vec<i32>) -> impl IntoView {
    view! {
        <form method="get" action=action class="staff-filter">
            <div>
                <label class="app-label" for="year">{t("staff-figures-year")}</label>
                <select class="app-select" id="year" name="year">
                    {years.into_iter().map(|y| view! { <option value=y.to_string() selected=y == year>{year_label(y)}</option> }).collect_view()}
                </select>
            </div>
            <button type="submit" class="app-button app-button--secondary">{t("staff-filter-apply")}</button>
        </form>
    }
}

#[component]
pub fn FiguresDashboard() -> impl IntoView {
    let year = year_query();
    let page = Resource::new(year, load_figures);
    staff_page(t("staff-figures-title"), page, figures_view)
}

/// The four measures of Table 2: a label, and for a quarter's figures (count, of, percentage).
/// A count is `None` only where the small-numbers rule hides it.
type Measure = (&'static str, fn(&Figures) -> (Option<i64>, Option<i64>, Option<i64>));

const MEASURES: [Measure; 4] = [
    ("staff-figures-children-combined", |f| (f.children.took_part, f.children.able(), f.children.took_part_pct)),
    ("staff-figures-children-attended", |f| (f.children.attended, f.children.able(), f.children.attended_pct)),
    ("staff-figures-parents-attended", |f| (f.parents.attended, f.parents.invited, f.parents.attended_pct)),
    ("staff-figures-parents-views", |f| (f.parents.views_before, f.parents.invited, f.parents.views_before_pct)),
];

fn pct_text(p: Option<i64>) -> String {
    p.map(|p| format!("{p}%")).unwrap_or_else(|| t("staff-figures-none"))
}

/// "n of total", when both are shown.
fn of_text(n: Option<i64>, of: Option<i64>) -> Option<String> {
    Some(t_args("staff-figures-of", &[("n", n?.into()), ("total", of?.into())]))
}

/// A count, or "fewer than 5" where it is hidden.
fn count_text(n: Option<i64>) -> String {
    n.map(|n| n.to_string()).unwrap_or_else(|| t("staff-figures-hidden"))
}

/// One figure with its count, and last year's beside it.
fn figure_cell(now: (Option<i64>, Option<i64>, Option<i64>), last: (Option<i64>, Option<i64>, Option<i64>)) -> impl IntoView {
    let last_text = match (last.2, of_text(last.0, last.1)) {
        (Some(p), Some(of)) => format!("{p}% ({of})"),
        _ => t("staff-figures-none"),
    };
    let shown = if now.0.is_none() { t("staff-figures-hidden") } else { pct_text(now.2) };
    view! {
        <td>
            <span class="staff-figure">{shown}</span>
            {now.2.and(of_text(now.0, now.1)).map(|of| view! { <span class="staff-count">{of}</span> })}
            <span class="staff-last">{t_args("staff-figures-last-year", &[("label", last_text.into())])}</span>
        </td>
    }
}

fn count_cell(now: Option<i64>, last: Option<i64>) -> impl IntoView {
    view! {
        <td>
            <span class="staff-figure">{count_text(now)}</span>
            <span class="staff-last">{t_args("staff-figures-last-year", &[("label", count_text(last).into())])}</span>
        </td>
    }
}

fn figures_view(p: FiguresPage) -> impl IntoView {
    let year = year_label(p.year);
    let csv = format!("/api/v1/figures/participation.csv?year={}", p.year);
    let (this, last) = (p.this, p.last);
    // Quarters and the whole year, each beside the same period a year before.
    let periods: Vec<(Figures, Figures)> = this
        .quarters
        .iter()
        .zip(&last.quarters)
        .map(|(a, b)| (a.figures.clone(), b.figures.clone()))
        .chain(std::iter::once((this.total.clone(), last.total.clone())))
        .collect();
    let rows = MEASURES
        .iter()
        .map(|(label, get)| {
            let cells = periods.iter().map(|(now, before)| figure_cell(get(now), get(before))).collect_view();
            view! { <tr><th scope="row">{t(label)}</th>{cells}</tr> }
        })
        .collect_view();
    let counts = [
        ("staff-figures-meetings-held", (|f: &Figures| Some(f.meetings_held)) as fn(&Figures) -> Option<i64>),
        ("staff-figures-not-able", |f: &Figures| f.children.not_able),
    ]
    .into_iter()
    .map(|(label, get)| {
        let cells = periods.iter().map(|(now, before)| count_cell(get(now), get(before))).collect_view();
        view! { <tr><th scope="row">{t(label)}</th>{cells}</tr> }
    })
    .collect_view();
    let heads = (1..=4)
        .map(|q| {
            view! {
                <th scope="col">
                    {t_args("staff-quarter", &[("quarter", q.into())])}
                    <span class="staff-count">{t(&format!("staff-quarter-months-{q}"))}</span>
                </th>
            }
        })
        .collect_view();
    let b = p.breakdowns;
    view! {
        <StaffLayout user=p.user>
            <h1 class="app-heading-l">{t_args("staff-figures-heading", &[("year", year.clone().into())])}</h1>
            {year_picker("/staff/figures", p.year, p.years)}
            <p class="app-body">{t("staff-figures-intro")}</p>
            <div class="staff-table-wrap">
                <table class="staff-table staff-table--figures">
                    <caption class="app-heading-m">{t_args("staff-figures-table-caption", &[("year", year.clone().into())])}</caption>
                    <thead><tr><th scope="col">{t("staff-figures-measure")}</th>{heads}<th scope="col">{t("staff-figures-year-total")}</th></tr></thead>
                    <tbody>{rows}{counts}</tbody>
                </table>
            </div>
            <p class="app-body"><a class="app-link" href=csv download="">{t("staff-figures-csv")}</a></p>
            {chart(&this, &year)}
            <h2 class="app-heading-m">{t("staff-figures-breakdowns")}</h2>
            <p class="app-body">{t("staff-figures-breakdowns-intro")}</p>
            <p class="app-inset">{t("staff-figures-small-rule")}</p>
            {breakdown_table("staff-figures-by-kind", b.by_kind, |r| t(&format!("staff-kind-{}", r.key.replace('_', "-"))), true)}
            {breakdown_table("staff-figures-by-chair", b.by_chair, |r| r.name.clone().unwrap_or_default(), true)}
            {breakdown_table("staff-figures-by-gender", b.by_gender, |r| group_name("staff-gender", &r.key), false)}
            {breakdown_table("staff-figures-by-age", b.by_age_band, |r| group_name("staff-age", &r.key), false)}
        </StaffLayout>
    }
}

fn group_name(prefix: &str, key: &str) -> String {
    match key {
        "not_recorded" => t("staff-not-recorded"),
        k if prefix == "staff-age" => t_args("staff-age", &[("band", k.to_string().into())]),
        k => t(&format!("{prefix}-{k}")),
    }
}

/// A bar per measure per quarter, drawn on the server as SVG. The table above carries the
/// same figures in words; the chart says so, and its bars carry their numbers.
fn chart(p: &Participation, year: &str) -> impl IntoView + use<> {
    const W: i64 = 680;
    const H: i64 = 260;
    const TOP: i64 = 20;
    const BASE: i64 = 220;
    const LEFT: i64 = 52;
    let group_w = (W - LEFT) / 4;
    let bar_w = (group_w - 24) / 4;
    let bars = p
        .quarters
        .iter()
        .enumerate()
        .map(|(qi, q)| {
            let x0 = LEFT + qi as i64 * group_w + 12;
            let bars = MEASURES
                .iter()
                .enumerate()
                .map(|(mi, (_, get))| {
                    let pct = get(&q.figures).2;
                    let h = pct.unwrap_or(0) * (BASE - TOP) / 100;
                    let x = x0 + mi as i64 * bar_w;
                    let label = pct.map(|p| format!("{p}%")).unwrap_or_else(|| "–".into());
                    view! {
                        <rect class=format!("staff-bar staff-bar--{mi}") x=x.to_string() y=(BASE - h).to_string() width=(bar_w - 4).to_string() height=h.to_string()></rect>
                        <text class="staff-bar__value" x=(x + (bar_w - 4) / 2).to_string() y=(BASE - h - 4).to_string() text-anchor="middle">{label}</text>
                    }
                })
                .collect_view();
            view! {
                {bars}
                <text class="staff-bar__axis" x=(x0 + 2 * bar_w).to_string() y=(BASE + 24).to_string() text-anchor="middle">
                    {t_args("staff-quarter", &[("quarter", (qi + 1).into())])}
                </text>
            }
        })
        .collect_view();
    let grid = [0, 50, 100]
        .into_iter()
        .map(|v| {
            let y = BASE - v * (BASE - TOP) / 100;
            view! {
                <line class="staff-chart__grid" x1=(LEFT - 4).to_string() x2=W.to_string() y1=y.to_string() y2=y.to_string()></line>
                <text class="staff-bar__axis" x=(LEFT - 8).to_string() y=(y + 5).to_string() text-anchor="end">{format!("{v}%")}</text>
            }
        })
        .collect_view();
    let legend = MEASURES
        .iter()
        .enumerate()
        .map(|(i, (label, _))| view! { <li><span class=format!("staff-key staff-bar--{i}") aria-hidden="true"></span>{t(label)}</li> })
        .collect_view();
    let title = t_args("staff-figures-chart-title", &[("year", year.to_string().into())]);
    view! {
        <figure class="staff-chart">
            <svg viewBox=format!("0 0 {W} {H}") role="img" aria-labelledby="chart-title chart-desc" class="staff-chart__svg">
                <title id="chart-title">{title.clone()}</title>
                <desc id="chart-desc">{t("staff-figures-chart-desc")}</desc>
                {grid}
                {bars}
            </svg>
            <figcaption>
                <p class="app-body">{title}</p>
                <ul class="staff-legend">{legend}</ul>
            </figcaption>
        </figure>
    }
}

fn cell_text(c: &Cell) -> String {
    match (c.fewer_than_5, c.n, c.pct) {
        (true, _, _) | (_, None, _) => t("staff-figures-hidden"),
        (false, Some(n), Some(p)) => format!("{p}% ({n})"),
        (false, Some(n), None) => n.to_string(),
    }
}

fn breakdown_table(caption: &'static str, rows: Vec<BreakdownRow>, name: fn(&BreakdownRow) -> String, parents: bool) -> impl IntoView {
    let empty = rows.is_empty();
    let body = rows
        .into_iter()
        .map(|r| {
            let c = &r.children;
            let p = r.parents.as_ref().map(|p| {
                view! { <td>{cell_text(&p.invited)}</td><td>{cell_text(&p.attended)}</td><td>{cell_text(&p.views_before)}</td> }
            });
            view! {
                <tr>
                    <th scope="row">{name(&r)}</th>
                    <td>{cell_text(&c.able)}</td><td>{cell_text(&c.took_part)}</td><td>{cell_text(&c.attended)}</td>
                    {p}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="staff-table-wrap">
            <table class="staff-table">
                <caption class="app-heading-s">{t(caption)}</caption>
                <thead><tr>
                    <th scope="col"><span class="app-visually-hidden">{t(caption)}</span></th>
                    <th scope="col">{t("staff-figures-children-able")}</th>
                    <th scope="col">{t("staff-figures-children-combined")}</th>
                    <th scope="col">{t("staff-figures-children-attended")}</th>
                    {parents.then(|| view! {
                        <th scope="col">{t("staff-figures-parents-invited")}</th>
                        <th scope="col">{t("staff-figures-parents-attended")}</th>
                        <th scope="col">{t("staff-figures-parents-views")}</th>
                    })}
                </tr></thead>
                <tbody>{body}</tbody>
            </table>
            {empty.then(|| view! { <p class="app-body">{t("staff-figures-no-meetings")}</p> })}
        </div>
    }
}

#[component]
pub fn FeedbackFiguresPage() -> impl IntoView {
    let year = year_query();
    let page = Resource::new(year, load_feedback);
    staff_page(t("staff-feedback-title"), page, feedback_view)
}

fn feedback_view(p: FeedbackPage) -> impl IntoView {
    let year = year_label(p.year);
    let f = p.figures;
    let children: Vec<Group> = f.quarters.iter().map(|q| q.children.clone()).chain([f.total.children.clone()]).collect();
    let parents: Vec<Group> = f.quarters.iter().map(|q| q.parents.clone()).chain([f.total.parents.clone()]).collect();
    let lang = use_lang();
    let ideas_empty = p.ideas.is_empty();
    let (manager, page_year) = (p.user.manager, p.year);
    let ideas = p
        .ideas
        .into_iter()
        .enumerate()
        .map(|(n, (i, at))| {
            let from = t(&format!("staff-feedback-from-{}", i.from.replace('_', "-")));
            let kind = t(&format!("staff-kind-{}", i.meeting_kind.as_str().replace('_', "-")));
            let tags = i.themes.iter().map(|th| view! { <span class="app-tag">{th.clone()}</span>" " }).collect_view();
            // Managers give ideas themes, to answer them together in "you said, we did".
            let tagging = manager.then(|| {
                let field = format!("themes-{n}");
                view! {
                    <form method="post" action="/fn/tag_idea" class="staff-filter">
                        <input type="hidden" name="id" value=i.id.clone()/>
                        <input type="hidden" name="year" value=page_year.to_string()/>
                        <div>
                            <label class="app-label" for=field.clone()>{t("staff-feedback-themes")}</label>
                            <input class="app-input" id=field name="themes" type="text" autocomplete="off" maxlength="200" value=i.themes.join(", ")/>
                        </div>
                        <button type="submit" class="app-button app-button--secondary">{t("staff-feedback-save-themes")}</button>
                    </form>
                }
            });
            view! {
                <li class="staff-idea">
                    <p class="staff-idea__text">{i.idea}</p>
                    <p class="app-hint">{kind}" · "{from}" · "{match &at {
                        Some(at) => meeting_time(lang, at),
                        None => t_args("staff-quarter", &[("quarter", i.quarter.into())]),
                    }}</p>
                    <p>{tags}</p>
                    {tagging}
                </li>
            }
        })
        .collect_view();
    view! {
        <StaffLayout user=p.user>
            <h1 class="app-heading-l">{t_args("staff-feedback-heading", &[("year", year.into())])}</h1>
            {year_picker("/staff/feedback", p.year, p.years)}
            <p class="app-body">{t("staff-feedback-intro")}</p>
            <p class="app-inset">{t("staff-figures-small-rule")}</p>
            {group_view("staff-feedback-children", "children", children)}
            {group_view("staff-feedback-parents", "parents", parents)}
            <h2 class="app-heading-m" id="ideas">{t("staff-feedback-ideas")}</h2>
            // A manager's list is newest first, with each idea's day; a chair's is not (see
            // `figures::feedback::ideas`), and says so.
            <p class="app-body">{if manager { t("staff-feedback-ideas-intro") } else { t("staff-feedback-ideas-chair") }}</p>
            {ideas_empty.then(|| view! { <p class="app-body">{t("staff-feedback-no-ideas")}</p> })}
            <ul class="staff-ideas">{ideas}</ul>
        </StaffLayout>
    }
}

/// A small horizontal bar of `n` out of `most`, drawn as SVG (no inline styles under our CSP).
fn small_bar(n: i64, most: i64) -> impl IntoView {
    let w = if most > 0 { n * 120 / most } else { 0 };
    view! {
        <svg class="staff-small-bar" viewBox="0 0 120 12" width="120" height="12" aria-hidden="true" focusable="false">
            <rect x="0" y="0" width=w.to_string() height="12"></rect>
        </svg>
    }
}

/// Faces and answers of one group: quarters across, the year last.
fn group_view(heading: &'static str, id: &'static str, periods: Vec<Group>) -> impl IntoView {
    let year = periods.last().cloned().unwrap_or_default();
    let heads = move || {
        view! {
            {(1..=4).map(|q| view! { <th scope="col">{t_args("staff-quarter", &[("quarter", q.into())])}</th> }).collect_view()}
            <th scope="col">{t("staff-figures-year-total")}</th>
        }
    };
    let most = year.faces.iter().flatten().copied().max().unwrap_or(0);
    let faces = (0..5)
        .map(|i| {
            let n = i as u8 + 1;
            view! {
                <tr>
                    <th scope="row"><span class="staff-face">{face(n)}{t(&face_word(n))}</span></th>
                    {periods.iter().map(|g| view! { <td>{count_text(g.faces[i])}</td> }).collect_view()}
                    <td>{year.faces[i].map(|n| small_bar(n, most))}</td>
                </tr>
            }
        })
        .collect_view();
    let order = ["listened", "understood", "said_what_wanted", "report_in_time", "met_chair_before", "interpreter", "understood_decisions"];
    let questions = order
        .into_iter()
        .filter_map(|q| year.questions.get(q).map(|c| (q, c)))
        .map(|(q, counts)| {
            let title = t(&format!("feedback-{}-title", q.replace('_', "-")));
            let total: i64 = counts.values().flatten().sum();
            // A hidden count gets no bar: its length would tell it.
            let answers = counts_in_order(counts)
                .into_iter()
                .map(|(label, n)| view! { <li>{label}": "<strong>{count_text(n)}</strong>" "{n.map(|n| small_bar(n, total))}</li> })
                .collect_view();
            view! { <tr><th scope="row">{title}</th><td><ul class="staff-answers">{answers}</ul></td></tr> }
        })
        .collect_view();
    view! {
        <h2 class="app-heading-m" id=id>{t(heading)}</h2>
        <p class="app-body">{match year.responses {
            Some(n) => t_args("staff-feedback-responses", &[("count", n.into())]),
            None => t("staff-feedback-responses-few"),
        }}</p>
        <div class="staff-table-wrap">
            <table class="staff-table">
                <caption class="app-heading-s">{t("feedback-overall-title")}</caption>
                <thead><tr><th scope="col">{t("staff-feedback-face")}</th>{heads()}<th scope="col"><span class="app-visually-hidden">{t("staff-feedback-chart")}</span></th></tr></thead>
                <tbody>{faces}</tbody>
            </table>
        </div>
        <div class="staff-table-wrap">
            <table class="staff-table">
                <caption class="app-heading-s">{t("staff-feedback-questions")}</caption>
                <thead><tr><th scope="col">{t("staff-feedback-question")}</th><th scope="col">{t("staff-figures-year-total")}</th></tr></thead>
                <tbody>{questions}</tbody>
            </table>
        </div>
    }
}

/// Yes, a bit, no (or not needed), in that order, with their words.
fn counts_in_order(counts: &std::collections::BTreeMap<String, Option<i64>>) -> Vec<(String, Option<i64>)> {
    ["yes", "a_bit", "no", "not_needed"]
        .into_iter()
        .filter_map(|k| {
            counts.get(k).map(|n| {
                let label = match k {
                    "not_needed" => t(&interpreter_label(crate::model::InterpreterReply::NotNeeded)),
                    "yes" => t(&reply_label(crate::model::Reply::Yes)),
                    "a_bit" => t(&reply_label(crate::model::Reply::ABit)),
                    _ => t(&reply_label(crate::model::Reply::No)),
                };
                (label, *n)
            })
        })
        .collect()
}
