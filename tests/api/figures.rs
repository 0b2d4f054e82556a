//! The participation figures, checked number by number on meetings built through the API.

use reqwest::{Client, StatusCode};
use serde_json::{Value, json};
use tests::{TestApp, both};

/// What happened to one person at a held meeting.
#[derive(Clone, Copy)]
enum P {
    /// A child who attended, and also shared views in writing if `true`.
    ChildCame(bool),
    /// A child who did not come but shared views through someone.
    ChildViews,
    ChildNothing,
    ChildNotAble,
    ParentCame,
    ParentViews,
    ParentNothing,
}

/// A meeting at `at` (RFC 3339) with these people, held (or cancelled), its outcome recorded.
async fn meeting(app: &TestApp, chair: &Client, at: &str, people: &[P], held: bool) -> String {
    let participants: Vec<Value> = people
        .iter()
        .map(|p| match p {
            P::ParentCame | P::ParentViews | P::ParentNothing => json!({ "role": "parent", "language": "en-GB" }),
            _ => json!({ "role": "child", "language": "en-GB" }),
        })
        .collect();
    let (s, m) = app.post_json(chair, "/api/v1/meetings", json!({ "kind": "icpc", "starts_at": at, "participants": participants })).await;
    assert_eq!(s, StatusCode::CREATED, "{m}");
    let id = m["id"].as_str().unwrap().to_string();
    let outcome: Vec<Value> = people
        .iter()
        .zip(m["participants"].as_array().unwrap())
        .map(|(p, made)| {
            let pid = made["id"].clone();
            match p {
                P::ChildCame(also) => json!({ "id": pid, "attended": true, "views_shared_by": if *also { json!(["written"]) } else { json!([]) } }),
                P::ChildViews => json!({ "id": pid, "attended": false, "views_shared_by": ["someone"] }),
                P::ChildNothing => json!({ "id": pid, "attended": false, "views_shared_by": ["none"] }),
                P::ChildNotAble => json!({ "id": pid, "not_able": true, "not_able_reason": "a baby" }),
                P::ParentCame => json!({ "id": pid, "attended": true }),
                P::ParentViews => json!({ "id": pid, "attended": false, "views_shared_by": ["phone"] }),
                P::ParentNothing => json!({ "id": pid, "attended": false }),
            }
        })
        .collect();
    let r = chair
        .put(app.url(&format!("/api/v1/meetings/{id}/outcome")))
        .json(&json!({ "held": held, "participants": outcome }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    id
}

fn many(p: P, n: usize) -> Vec<P> {
    vec![p; n]
}

/// Meetings chosen so the year 2017/18 reproduces the report's Table 2: children combined
/// 57% 75% 100% 81%, children attended 22% … 56%, parents attended 29% 15% 66% 44%.
async fn table_2_year(app: &TestApp, chair: &Client) {
    // Q1: 23 children able (5 came, 2 of them also wrote; 8 more shared views; 10 neither), one baby; 7 parents (2 came, 1 phoned).
    let mut a = many(P::ChildCame(true), 2);
    a.extend(many(P::ChildCame(false), 3));
    a.extend(many(P::ChildViews, 8));
    a.extend(many(P::ChildNothing, 7));
    meeting(app, chair, "2017-05-10T09:00:00Z", &a, true).await;
    let mut b = many(P::ChildNothing, 3);
    b.push(P::ChildNotAble);
    b.extend(many(P::ParentCame, 2));
    b.push(P::ParentViews);
    b.extend(many(P::ParentNothing, 4));
    meeting(app, chair, "2017-06-30T22:30:00Z", &b, true).await; // 23:30 on 30 June, UK time: still Q1
    // Q2: 4 children (2 came, 1 shared views); 13 parents (2 came).
    let mut c = vec![P::ChildCame(false), P::ChildCame(false), P::ChildViews, P::ChildNothing];
    c.extend(many(P::ParentCame, 2));
    c.extend(many(P::ParentNothing, 11));
    meeting(app, chair, "2017-08-15T09:00:00Z", &c, true).await;
    // Q3: 2 children who came; 29 parents (19 came).
    let mut d = many(P::ChildCame(false), 2);
    d.extend(many(P::ParentCame, 19));
    d.extend(many(P::ParentNothing, 9));
    meeting(app, chair, "2017-11-20T10:00:00Z", &d, true).await;
    meeting(app, chair, "2017-11-21T10:00:00Z", &[P::ParentNothing], true).await;
    // Q4: 16 children (9 came, 4 shared views); 9 parents (4 came).
    let mut e = many(P::ChildCame(false), 9);
    e.extend(many(P::ChildViews, 4));
    e.extend(many(P::ChildNothing, 3));
    e.extend(many(P::ParentCame, 4));
    e.extend(many(P::ParentNothing, 5));
    meeting(app, chair, "2018-02-01T10:00:00Z", &e, true).await;
}

async fn the_figures_reproduce_table_2_and_follow_every_rule(app: TestApp) {
    let chair = app.chair().await;
    table_2_year(&app, &chair).await;
    // Not counted: a cancelled meeting, one not yet held, one on 31 March (the year before).
    meeting(&app, &chair, "2017-07-05T09:00:00Z", &[P::ChildCame(false), P::ParentCame], false).await;
    let (s, _) = app
        .post_json(&chair, "/api/v1/meetings", json!({ "kind": "icpc", "starts_at": "2017-09-01T09:00:00Z", "participants": [{ "role": "child", "language": "en-GB" }] }))
        .await;
    assert_eq!(s, StatusCode::CREATED);
    meeting(&app, &chair, "2017-03-31T22:30:00Z", &[P::ChildCame(false)], true).await; // 23:30 on 31 March, UK time
    meeting(&app, &chair, "2018-03-31T23:30:00Z", &[P::ChildCame(false)], true).await; // 00:30 on 1 April 2018: next year

    let (s, f) = app.get_json(&chair, "/api/v1/figures/participation?year=2017").await;
    assert_eq!(s, StatusCode::OK, "{f}");
    assert_eq!(f["year"], "2017/18");
    let q = |i: usize| f["quarters"][i].clone();
    let combined: Vec<Value> = (0..4).map(|i| q(i)["children"]["took_part_pct"].clone()).collect();
    assert_eq!(combined, [json!(57), json!(75), json!(100), json!(81)], "children combined, as Table 2");
    let parents: Vec<Value> = (0..4).map(|i| q(i)["parents"]["attended_pct"].clone()).collect();
    assert_eq!(parents, [json!(29), json!(15), json!(66), json!(44)], "parents, as Table 2");
    assert_eq!((q(0)["children"]["attended_pct"].as_i64(), q(3)["children"]["attended_pct"].as_i64()), (Some(22), Some(56)));
    // The counts behind them: a child who came and wrote is counted once; the baby apart.
    let c1 = &q(0)["children"];
    assert_eq!(
        (c1["invited"].as_i64(), c1["not_able"].as_i64(), c1["attended"].as_i64(), c1["views_before"].as_i64(), c1["took_part"].as_i64()),
        (Some(24), Some(1), Some(5), Some(10), Some(13))
    );
    assert_eq!((q(0)["parents"]["views_before"].as_i64(), q(0)["parents"]["views_before_pct"].as_i64()), (Some(1), Some(14)));
    assert_eq!((q(0)["from"].as_str(), q(0)["to"].as_str(), q(3)["to"].as_str()), (Some("2017-04-01"), Some("2017-06-30"), Some("2018-03-31")));
    assert_eq!(q(0)["meetings_held"], 2);
    assert_eq!(q(1)["meetings_held"], 1, "the cancelled and the not-yet-held meetings are left out");
    assert_eq!(q(2)["meetings_held"], 2);
    assert_eq!(q(2)["parents"]["invited"], 29);
    let t = &f["total"];
    assert_eq!((t["meetings_held"].as_i64(), t["children"]["invited"].as_i64(), t["parents"]["invited"].as_i64()), (Some(6), Some(46), Some(58)));
    // 31 March 2017 (UK time) is the last quarter of 2016/17.
    let (_, f16) = app.get_json(&chair, "/api/v1/figures/participation?year=2016").await;
    assert_eq!((f16["quarters"][3]["meetings_held"].as_i64(), f16["quarters"][0]["meetings_held"].as_i64()), (Some(1), Some(0)));
    // Nothing counted: null, not 0%.
    assert!(f16["quarters"][0]["children"]["took_part_pct"].is_null() && f16["quarters"][0]["parents"]["attended_pct"].is_null());
    let (_, f18) = app.get_json(&chair, "/api/v1/figures/participation?year=2018").await;
    assert_eq!(f18["quarters"][0]["children"]["took_part_pct"], 100);
    // Filters, and bad ones.
    let (_, k) = app.get_json(&chair, "/api/v1/figures/participation?year=2017&kind=rcpc").await;
    assert_eq!(k["total"]["meetings_held"], 0);
    for bad in ["year=1066", "year=soon", "kind=party", "colour=red"] {
        let (s, b) = app.get_json(&chair, &format!("/api/v1/figures/participation?{bad}")).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{bad}: {b}");
    }
    // CSV: the same numbers.
    let r = chair.get(app.url("/api/v1/figures/participation.csv?year=2017")).send().await.unwrap();
    assert_eq!(r.headers()["content-type"], "text/csv; charset=utf-8");
    let csv = r.text().await.unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 6);
    assert!(lines[0].starts_with("year,quarter,from,to,meetings_held,children_invited"));
    assert_eq!(lines[1], "2017/18,1,2017-04-01,2017-06-30,2,24,1,5,10,13,57,22,7,2,29,1,14");
    app.figures_agree().await;
}
both!(the_figures_reproduce_table_2_and_follow_every_rule);

async fn a_chair_sees_the_service_and_their_own_figures_not_another_chairs(app: TestApp) {
    let chair = app.chair().await;
    let other = app.signed_in("other@example.org", "chair").await;
    meeting(&app, &chair, "2017-05-10T09:00:00Z", &[P::ChildCame(false)], true).await;
    meeting(&app, &other, "2017-05-11T09:00:00Z", &[P::ChildNothing], true).await;
    let pool = app.db().await;
    let chair_id: String = sqlx::query_scalar("SELECT id FROM users WHERE email = 'chair@example.org'").fetch_one(&pool).await.unwrap();
    let other_id: String = sqlx::query_scalar("SELECT id FROM users WHERE email = 'other@example.org'").fetch_one(&pool).await.unwrap();
    let (_, all) = app.get_json(&chair, "/api/v1/figures/participation?year=2017").await;
    assert_eq!(all["total"]["children"]["took_part_pct"], 50, "service-wide");
    // One child each: a chair's own figures say "fewer than 5", never the number or its percentage.
    let (_, own) = app.get_json(&chair, &format!("/api/v1/figures/participation?year=2017&chair={chair_id}")).await;
    assert_eq!((own["total"]["children"]["took_part"].clone(), own["total"]["children"]["took_part_pct"].clone()), (Value::Null, Value::Null));
    assert!(own["total"]["fewer_than_5"].as_array().unwrap().contains(&json!("children.took_part_pct")), "{own}");
    assert_eq!(own["total"]["meetings_held"], 1, "meetings are not people: counted");
    let (s, _) = app.get_json(&chair, &format!("/api/v1/figures/participation?year=2017&chair={other_id}")).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let manager = app.signed_in("manager@example.org", "manager").await;
    let (s, theirs) = app.get_json(&manager, &format!("/api/v1/figures/participation?year=2017&chair={other_id}")).await;
    assert_eq!((s, theirs["total"]["children"]["invited"].clone()), (StatusCode::OK, Value::Null));
    let (s, _) = app.get_json(&tests::client(), "/api/v1/figures/participation?year=2017").await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
}
both!(a_chair_sees_the_service_and_their_own_figures_not_another_chairs);

/// A held 2017 meeting of `chair` with `children` as (gender, age band, came), and parents who came or not.
async fn held_with(app: &TestApp, chair: &Client, kind: &str, children: &[(&str, &str, bool)], parents: &[bool]) {
    held_on(app, chair, kind, "2017-06-01T09:00:00Z", children, parents).await
}

/// As `held_with`, at `starts`.
async fn held_on(app: &TestApp, chair: &Client, kind: &str, starts: &str, children: &[(&str, &str, bool)], parents: &[bool]) {
    let mut people: Vec<Value> =
        children.iter().map(|(g, a, _)| json!({ "role": "child", "language": "en-GB", "gender": g, "age_band": a })).collect();
    people.extend(parents.iter().map(|_| json!({ "role": "parent", "language": "en-GB" })));
    let (s, m) = app.post_json(chair, "/api/v1/meetings", json!({ "kind": kind, "starts_at": starts, "participants": people })).await;
    assert_eq!(s, StatusCode::CREATED, "{m}");
    let came = children.iter().map(|c| c.2).chain(parents.iter().copied());
    let outcome: Vec<Value> = m["participants"].as_array().unwrap().iter().zip(came).map(|(p, c)| json!({ "id": p["id"], "attended": c })).collect();
    let r = chair.put(app.url(&format!("/api/v1/meetings/{}/outcome", m["id"].as_str().unwrap()))).json(&json!({ "held": true, "participants": outcome })).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
}

async fn breakdowns_hide_cells_under_five_and_other_chairs_rows(app: TestApp) {
    let chair = app.chair().await;
    let other = app.signed_in("other@example.org", "chair").await;
    let third = app.signed_in("third@example.org", "chair").await;
    // Six girls aged 10-12 (five came) and two boys at Sam's conference, with six parents (all came).
    let mut kids = vec![("female", "10-12", true); 5];
    kids.push(("female", "10-12", false));
    kids.extend([("male", "13-15", true), ("male", "13-15", false)]);
    held_with(&app, &chair, "icpc", &kids, &[true; 6]).await;
    // Twelve children at a review (ten came), seven parents (all came), another chair.
    let mut review = vec![("female", "13-15", true); 6];
    review.extend([("male", "5-9", true); 4]);
    review.extend([("male", "5-9", false); 2]);
    held_with(&app, &third, "rcpc", &review, &[true; 7]).await;
    // Three children at another chair's CSE meeting.
    held_with(&app, &other, "cse_strategy", &[("female", "16-17", true), ("other", "16-17", false), ("female", "13-15", true)], &[]).await;

    let manager = app.signed_in("manager@example.org", "manager").await;
    let (s, b) = app.get_json(&manager, "/api/v1/figures/breakdowns?year=2017").await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(b["year"], "2017/18");
    let find = |list: &str, key: &str| b[list].as_array().unwrap().iter().find(|r| r["key"] == key).cloned().unwrap_or(Value::Null);
    let hidden = json!({ "n": null, "fewer_than_5": true });
    // The CSE meeting's 3 children are fewer than 5; the next smallest kind, the conference's 8,
    // is hidden with them, or 23 - 12 - 8 would give the 3 away. The review's 12 stand.
    let (icpc, rcpc, cse) = (find("by_kind", "icpc"), find("by_kind", "rcpc"), find("by_kind", "cse_strategy"));
    assert_eq!((cse["children"]["able"].clone(), icpc["children"]["able"].clone()), (hidden.clone(), hidden.clone()));
    assert_eq!(rcpc["children"]["able"], json!({ "n": 12, "fewer_than_5": false }));
    assert_eq!(rcpc["children"]["attended"], json!({ "n": 10, "pct": 83, "fewer_than_5": false }));
    assert_eq!(rcpc["parents"]["attended"], json!({ "n": 7, "pct": 100, "fewer_than_5": false }));
    assert_eq!(cse["parents"]["invited"], hidden, "no parents is also not shown");
    assert_eq!(icpc["parents"]["invited"]["n"], 6, "no parents hides no one: the conference's 6 stand");
    let girls = find("by_gender", "female");
    assert_eq!((girls["children"]["able"]["n"].as_i64(), girls["children"]["took_part"]["pct"].as_i64()), (Some(14), Some(93)));
    assert!(girls.get("parents").is_none(), "gender is the child's: no parents' cells");
    assert_eq!(find("by_gender", "other")["children"]["attended"], hidden);
    assert_eq!(find("by_gender", "male")["children"]["able"], hidden, "8 boys, hidden beside the 1 'other'");
    let bands: Vec<&str> = b["by_age_band"].as_array().unwrap().iter().map(|r| r["key"].as_str().unwrap()).collect();
    assert_eq!(bands, ["5-9", "10-12", "13-15", "16-17"], "in age order");
    assert_eq!(b["by_chair"].as_array().unwrap().len(), 3, "a manager sees every chair");
    // In no column of any breakdown can a hidden number be worked out from the service's total
    // (the exact figures of the dashboard): one hidden alone may only be a 0.
    let (_, service) = app.get_json(&manager, "/api/v1/figures/participation?year=2017").await;
    let t = &service["total"];
    let total = |side: &str, cell: &str| -> i64 {
        match (side, cell) {
            ("children", "able") => t["children"]["invited"].as_i64().unwrap() - t["children"]["not_able"].as_i64().unwrap(),
            (side, cell) => t[side][cell].as_i64().unwrap(),
        }
    };
    for list in ["by_kind", "by_chair", "by_gender", "by_age_band"] {
        for (side, cells) in [("children", ["able", "took_part", "attended"]), ("parents", ["invited", "attended", "views_before"])] {
            let rows = b[list].as_array().unwrap();
            if side == "parents" && rows.iter().all(|r| r.get("parents").is_none()) {
                continue;
            }
            for cell in cells {
                let lone = rows.iter().filter(|r| r[side][cell]["fewer_than_5"] == true).count();
                if lone == 1 {
                    let shown: i64 = rows.iter().filter_map(|r| r[side][cell]["n"].as_i64()).sum();
                    assert_eq!(total(side, cell) - shown, 0, "{list} {side}.{cell}: a hidden number can be worked out");
                }
            }
        }
    }
    // A chair sees the service's rows, but of the chairs only their own, hidden as in the whole table.
    let (_, mine) = app.get_json(&chair, "/api/v1/figures/breakdowns?year=2017").await;
    let chairs = mine["by_chair"].as_array().unwrap();
    assert_eq!(chairs.len(), 1);
    assert_eq!((chairs[0]["name"].as_str(), chairs[0]["children"]["able"].clone()), (Some("Test User"), hidden.clone()));
    assert_eq!(mine["by_kind"].as_array().unwrap().len(), 3);
    let (s, _) = app.get_json(&chair, "/api/v1/figures/breakdowns?year=nope").await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
}
both!(breakdowns_hide_cells_under_five_and_other_chairs_rows);

/// Every count of people in a `Figures` object, as `fewer_than_5` names them.
const PEOPLE: [(&str, &str); 8] = [
    ("children", "invited"),
    ("children", "not_able"),
    ("children", "attended"),
    ("children", "views_before"),
    ("children", "took_part"),
    ("parents", "invited"),
    ("parents", "attended"),
    ("parents", "views_before"),
];

/// The four quarters and the year of one participation answer.
fn periods(f: &Value) -> Vec<Value> {
    let mut out: Vec<Value> = f["quarters"].as_array().unwrap().clone();
    out.push(f["total"].clone());
    out
}

async fn a_filtered_figure_under_5_is_hidden_and_cannot_be_worked_out_from_the_totals(app: TestApp) {
    let a = app.chair().await;
    let b = app.signed_in("other@example.org", "chair").await;
    let c = app.signed_in("third@example.org", "chair").await;
    let kids = |n: usize, came: usize| -> Vec<(&'static str, &'static str, bool)> { (0..n).map(|i| ("female", "10-12", i < came)).collect() };
    held_on(&app, &a, "icpc", "2017-05-01T09:00:00Z", &kids(10, 10), &[true; 6]).await;
    held_on(&app, &a, "rcpc", "2017-08-01T09:00:00Z", &kids(3, 3), &[]).await;
    held_on(&app, &b, "icpc", "2017-05-02T09:00:00Z", &kids(3, 2), &[true; 5]).await;
    held_on(&app, &b, "cse_strategy", "2017-11-01T09:00:00Z", &kids(2, 2), &[]).await;
    held_on(&app, &c, "rcpc", "2017-05-03T09:00:00Z", &kids(8, 8), &[true; 6]).await;
    let manager = app.signed_in("manager@example.org", "manager").await;
    let (_, service) = app.get_json(&manager, "/api/v1/figures/participation?year=2017").await;
    assert_eq!(service["quarters"][0]["children"]["invited"], 21, "the service's own figures are exact");
    assert!(service["total"].get("fewer_than_5").is_none());

    for (filter, groups) in [
        ("chair", vec!["chair@example.org", "other@example.org", "third@example.org"]),
        ("kind", vec!["icpc", "rcpc", "cse_strategy"]),
    ] {
        let mut answers = Vec::new();
        for g in &groups {
            let value = if filter == "chair" {
                sqlx::query_scalar::<_, String>("SELECT id FROM users WHERE email = $1").bind(g).fetch_one(&app.db().await).await.unwrap()
            } else {
                g.to_string()
            };
            let (s, f) = app.get_json(&manager, &format!("/api/v1/figures/participation?year=2017&{filter}={value}")).await;
            assert_eq!(s, StatusCode::OK, "{f}");
            answers.push(periods(&f));
        }
        let service = periods(&service);
        for (side, count) in PEOPLE {
            let hidden = |g: usize, p: usize| answers[g][p][side][count].is_null();
            let shown = |g: usize, p: usize| answers[g][p][side][count].as_i64().unwrap_or(0);
            for (g, periods) in answers.iter().enumerate() {
                // A group's four quarters add up to its year: one hidden among them can be worked
                // out, so it may only be one that hides nobody (0).
                let lone: Vec<usize> = (0..5).filter(|&p| hidden(g, p)).collect();
                if let [p] = lone[..] {
                    let rest: i64 = (0..4).filter(|&q| q != p).map(|q| shown(g, q)).sum();
                    let worked_out = if p == 4 { rest } else { shown(g, 4) - rest };
                    assert_eq!(worked_out, 0, "{filter} {}: {side}.{count}: period {p} can be worked out", groups[g]);
                }
                for p in periods {
                    // Whatever is shown is 5 or more (or the service's own figure).
                    if let Some(n) = p[side][count].as_i64() {
                        assert!(n >= 5, "{filter} {}: {side}.{count} = {n}", groups[g]);
                    } else {
                        let names = p["fewer_than_5"].as_array().unwrap();
                        assert!(names.contains(&json!(format!("{side}.{count}"))), "{p}");
                    }
                }
            }
            // The groups add up to the service's figure each period: one hidden among them
            // would be the service's less the rest, so it may only be a 0.
            for p in 0..5 {
                let lone: Vec<usize> = (0..groups.len()).filter(|&g| hidden(g, p)).collect();
                if let [g] = lone[..] {
                    let rest: i64 = (0..groups.len()).filter(|&o| o != g).map(|o| shown(o, p)).sum();
                    let worked_out = service[p][side][count].as_i64().unwrap() - rest;
                    assert_eq!(worked_out, 0, "{filter}: {side}.{count} in period {p}: {} can be worked out", groups[g]);
                }
            }
        }
    }
    // Chairs: the first chair's 3 in the second quarter are fewer than 5; their 10 in the first
    // is hidden with them (no meetings in the third and fourth quarters, so 13 - 10 - 0 - 0
    // would give the 3 away); their year's 13 stands. The second chair's 2 in the first quarter
    // take the third chair's 8 with them (20 - 10 - 8). Those invited are hidden wherever 1 to
    // 4 not able would be told by a percentage's base.
    let id = |email: &'static str| {
        let app = &app;
        async move { sqlx::query_scalar::<_, String>("SELECT id FROM users WHERE email = $1").bind(email).fetch_one(&app.db().await).await.unwrap() }
    };
    let q1 = |f: &Value| f["quarters"][0]["children"].clone();
    let (_, fa) = app.get_json(&manager, &format!("/api/v1/figures/participation?year=2017&chair={}", id("chair@example.org").await)).await;
    let (_, fc) = app.get_json(&manager, &format!("/api/v1/figures/participation?year=2017&chair={}", id("third@example.org").await)).await;
    assert_eq!((q1(&fa)["took_part"].clone(), fa["total"]["children"]["took_part"].as_i64(), fa["total"]["children"]["took_part_pct"].as_i64()), (Value::Null, Some(13), Some(100)));
    assert_eq!((q1(&fc)["took_part"].clone(), q1(&fc)["took_part_pct"].clone()), (Value::Null, Value::Null), "{fc}");
    // The CSV says the same.
    let csv = manager.get(app.url(&format!("/api/v1/figures/participation.csv?year=2017&chair={}", id("third@example.org").await))).send().await.unwrap().text().await.unwrap();
    assert!(csv.lines().nth(1).unwrap().contains(",hidden,"), "{csv}");
}
both!(a_filtered_figure_under_5_is_hidden_and_cannot_be_worked_out_from_the_totals);

/// The dashboard reads ready counts (kept added up with every change, see the server's
/// `figures::tally`): after every kind of change a meeting can go through, one after another
/// and many at once, they agree with the meetings counted again. And the check can tell.
async fn the_ready_counts_follow_every_change(app: TestApp) {
    let chair = app.chair().await;
    let yesterday = tests::chrono_like_rfc3339(-86_400);
    let held = meeting(&app, &chair, &yesterday, &[P::ChildCame(true), P::ChildViews, P::ParentCame], true).await;
    app.figures_agree().await;
    // A new outcome replaces the first: the old counts go, the new ones come.
    meeting_outcome(&app, &chair, &held, &[("attended", false), ("attended", false), ("attended", false)], true).await;
    app.figures_agree().await;
    // Held, then cancelled after all; then held again.
    meeting_outcome(&app, &chair, &held, &[], false).await;
    app.figures_agree().await;
    meeting_outcome(&app, &chair, &held, &[("attended", true)], true).await;
    app.figures_agree().await;

    // Feedback on a meeting that started but has no outcome yet, then its kind and time change
    // (the feedback moves with it), then it is cancelled (the feedback is no longer counted).
    let (s, m) = app
        .post_json(&chair, "/api/v1/meetings", json!({ "kind": "icpc", "starts_at": yesterday, "participants": [
            { "role": "child", "language": "en-GB" }, { "role": "parent", "language": "en-GB" }] }))
        .await;
    assert_eq!(s, StatusCode::CREATED);
    let id = m["id"].as_str().unwrap().to_string();
    for (i, p) in m["participants"].as_array().unwrap().iter().enumerate() {
        let (s, b) = app
            .post_json(&tests::client(), "/api/v1/kiosk/feedback", json!({ "code": p["invite_code"], "submission_id": uuid::Uuid::new_v4(), "answers": { "overall": 3 + i, "listened": "yes" } }))
            .await;
        assert_eq!(s, StatusCode::CREATED, "{b}");
    }
    app.figures_agree().await;
    let r = chair
        .patch(app.url(&format!("/api/v1/meetings/{id}")))
        .json(&json!({ "kind": "cse_strategy", "starts_at": tests::chrono_like_rfc3339(-200 * 86_400) }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    app.figures_agree().await;
    let r = chair.delete(app.url(&format!("/api/v1/meetings/{id}"))).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    app.figures_agree().await;

    // Many at once: twenty people's feedback and two outcomes of one meeting, in parallel.
    let people: Vec<Value> = (0..20).map(|i| json!({ "role": if i % 2 == 0 { "child" } else { "parent" }, "language": "en-GB" })).collect();
    let (_, m) = app.post_json(&chair, "/api/v1/meetings", json!({ "kind": "rcpc", "starts_at": yesterday, "participants": people })).await;
    let mid = m["id"].as_str().unwrap().to_string();
    let mut set = tokio::task::JoinSet::new();
    for p in m["participants"].as_array().unwrap().clone() {
        let url = app.url("/api/v1/kiosk/feedback");
        set.spawn(async move {
            let r = tests::client()
                .post(url)
                .json(&json!({ "code": p["invite_code"], "submission_id": uuid::Uuid::new_v4(), "answers": { "overall": 4, "understood": "a_bit" } }))
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), StatusCode::CREATED);
        });
    }
    for held in [true, true] {
        let (url, c) = (app.url(&format!("/api/v1/meetings/{mid}/outcome")), chair.clone());
        let everyone: Vec<Value> = m["participants"].as_array().unwrap().iter().map(|p| json!({ "id": p["id"], "attended": true })).collect();
        set.spawn(async move {
            let r = c.put(url).json(&json!({ "held": held, "participants": everyone })).send().await.unwrap();
            assert_eq!(r.status(), StatusCode::OK);
        });
    }
    while let Some(done) = set.join_next().await {
        done.unwrap();
    }
    app.figures_agree().await;
    let (_, f) = app.get_json(&chair, &format!("/api/v1/figures/participation?year={}", year_now())).await;
    assert!(f["total"]["meetings_held"].as_i64().unwrap() >= 2, "{f}");

    // The check is real: a ready count changed behind the server's back is found, and made
    // again from the meetings.
    sqlx::query("UPDATE tally_meetings SET c_invited = c_invited + 1").execute(&app.db().await).await.unwrap();
    let out = app.cli(&["check-figures"], "").await;
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("differ"), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(app.cli(&["check-figures", "--rebuild"], "").await.status.success());
    app.figures_agree().await;
}
both!(the_ready_counts_follow_every_change);

/// The financial year today is in.
fn year_now() -> i32 {
    let today = tests::chrono_like_rfc3339(0);
    let (y, m): (i32, i32) = (today[..4].parse().unwrap(), today[5..7].parse().unwrap());
    if m >= 4 { y } else { y - 1 }
}

/// Records an outcome for meeting `id`: the people in order, each `(field, value)`.
async fn meeting_outcome(app: &TestApp, chair: &Client, id: &str, people: &[(&str, bool)], held: bool) {
    let (_, m) = app.get_json(chair, &format!("/api/v1/meetings/{id}")).await;
    let outcome: Vec<Value> = m["participants"]
        .as_array()
        .unwrap()
        .iter()
        .zip(people)
        .map(|(p, (field, v))| {
            let mut o = json!({ "id": p["id"] });
            o[*field] = json!(v);
            o
        })
        .collect();
    let r = chair.put(app.url(&format!("/api/v1/meetings/{id}/outcome"))).json(&json!({ "held": held, "participants": outcome })).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
}
