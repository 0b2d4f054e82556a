//! Feedback after the meeting: sent once per person with the invite code, counted by quarter.

use reqwest::StatusCode;
use serde_json::{Value, json};
use tests::{TestApp, both, client};

async fn feedback(app: &TestApp, code: &str, id: &str, answers: Value) -> (StatusCode, Value) {
    app.post_json(&client(), "/api/v1/kiosk/feedback", json!({ "code": code, "submission_id": id, "answers": answers })).await
}

fn id() -> String {
    uuid::Uuid::new_v4().to_string()
}

async fn count(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM feedback").fetch_one(&app.db().await).await.unwrap()
}

fn code(m: &Value, i: usize) -> String {
    m["participants"][i]["invite_code"].as_str().unwrap().to_string()
}

async fn feedback_opens_at_the_meeting_and_is_taken_once_per_person(app: TestApp) {
    let chair = app.chair().await;
    // Before the meeting: not yet.
    let soon = app.meeting(&chair, "icpc", 7).await;
    let (s, b) = feedback(&app, &code(&soon, 0), &id(), json!({ "overall": 5 })).await;
    assert_eq!((s, b["error"]["code"].as_str()), (StatusCode::CONFLICT, Some("feedback_not_open")));
    // A cancelled meeting: never.
    let cancelled = app.meeting(&chair, "icpc", -1).await;
    let r = chair.delete(app.url(&format!("/api/v1/meetings/{}", cancelled["id"].as_str().unwrap()))).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let (s, _) = feedback(&app, &code(&cancelled, 0), &id(), json!({ "overall": 5 })).await;
    assert_eq!(s, StatusCode::CONFLICT);

    let held = app.meeting(&chair, "icpc", -1).await;
    let (child, parent) = (code(&held, 0), code(&held, 1));
    // Bad answers: named, and nothing stored.
    for (answers, field) in [
        (json!({ "overall": 6 }), "answers.overall"),
        (json!({ "overall": 0 }), "answers.overall"),
        (json!({ "listened": "maybe" }), "answers.listened"),
        (json!({ "met_chair_before": "yes" }), "answers.met_chair_before"),
        (json!({ "colour": "red" }), "answers.colour"),
        (json!({ "idea": "x".repeat(4001) }), "answers.idea"),
    ] {
        let (s, b) = feedback(&app, &child, &id(), answers.clone()).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{answers}: {b}");
        assert_eq!(b["error"]["field"], field, "{answers}");
    }
    assert_eq!(count(&app).await, 0);
    let (s, b) = feedback(&app, &child, "not-a-uuid", json!({})).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{b}");

    let first = id();
    let answers = json!({ "overall": 4, "listened": "yes", "understood": "a_bit", "said_what_wanted": "no", "idea": "  <b>More breaks</b>  " });
    let (s, r1) = feedback(&app, &child, &first, answers.clone()).await;
    assert_eq!(s, StatusCode::CREATED, "{r1}");
    // A retry after a dropped connection: the same receipt, nothing new.
    let (s, r2) = feedback(&app, &child, &first, answers).await;
    assert_eq!((s, &r2["id"]), (StatusCode::OK, &r1["id"]));
    // A second feedback from the same child is refused: nobody counts twice.
    let (s, b) = feedback(&app, &child, &id(), json!({ "overall": 1 })).await;
    assert_eq!((s, b["error"]["code"].as_str()), (StatusCode::CONFLICT, Some("feedback_already_sent")));
    // Someone else's submission id opens nothing of theirs.
    let (s, b) = feedback(&app, &parent, &first, json!({})).await;
    assert_eq!((s, b["error"]["code"].as_str()), (StatusCode::CONFLICT, Some("submission_id_taken")));
    let parents = json!({ "overall": 2, "listened": "a_bit", "understood": "yes", "said_what_wanted": "a_bit",
        "report_in_time": "no", "met_chair_before": "no", "interpreter": "no", "understood_decisions": "yes" });
    let (s, b) = feedback(&app, &parent, &id(), parents).await;
    assert_eq!(s, StatusCode::CREATED, "{b}");
    assert_eq!(count(&app).await, 2);
    let (overall, idea): (Option<i64>, Option<String>) =
        sqlx::query_as("SELECT overall, idea FROM feedback WHERE idea IS NOT NULL").fetch_one(&app.db().await).await.unwrap();
    // The idea is sealed at rest (the ideas list shows it as typed, trimmed: see below).
    let idea = idea.unwrap();
    assert_eq!(overall, Some(4));
    assert!(idea.starts_with("tt1$") && !idea.contains("breaks"), "{idea}");
}
both!(feedback_opens_at_the_meeting_and_is_taken_once_per_person);

/// A meeting of `chair` yesterday with `children` children and `parents` parents.
async fn held_yesterday(app: &TestApp, chair: &reqwest::Client, kind: &str, children: usize, parents: usize) -> Value {
    let mut people: Vec<Value> = (0..children).map(|_| json!({ "role": "child", "language": "en-GB" })).collect();
    people.extend((0..parents).map(|_| json!({ "role": "parent", "language": "en-GB" })));
    let (s, m) = app.post_json(chair, "/api/v1/meetings", json!({ "kind": kind, "starts_at": tests::chrono_like_rfc3339(-86_400), "participants": people })).await;
    assert_eq!(s, StatusCode::CREATED, "{m}");
    m
}

async fn feedback_is_counted_by_quarter_and_ideas_are_shown_without_the_person(app: TestApp) {
    let chair = app.chair().await;
    let other = app.signed_in("other@example.org", "chair").await;
    let mine = held_yesterday(&app, &chair, "icpc", 7, 6).await;
    let theirs = held_yesterday(&app, &other, "cse_strategy", 1, 1).await;
    let mut sent = Vec::new();
    for i in 0..6 {
        let idea = if i < 5 { json!(format!("Idea {i}")) } else { Value::Null };
        sent.push((&mine, i, json!({ "overall": 5, "listened": "yes", "understood": "yes", "idea": idea })));
    }
    sent.push((&mine, 6, json!({ "overall": 3, "listened": "no" })));
    for i in 7..12 {
        sent.push((&mine, i, json!({ "overall": 4, "report_in_time": "no", "interpreter": "not_needed" })));
    }
    sent.push((&mine, 12, json!({ "overall": 1, "met_chair_before": "yes" })));
    sent.push((&theirs, 0, json!({ "overall": 5, "listened": "a_bit", "idea": "Snacks" })));
    sent.push((&theirs, 1, json!({ "overall": 1, "met_chair_before": "yes" })));
    for (m, i, answers) in sent {
        let (s, b) = feedback(&app, &code(m, i), &id(), answers).await;
        assert_eq!(s, StatusCode::CREATED, "{b}");
    }
    // The financial year yesterday was in (1 April starts a new one).
    let yesterday = tests::chrono_like_rfc3339(-86_400);
    let (y, m): (i32, u32) = (yesterday[..4].parse().unwrap(), yesterday[5..7].parse().unwrap());
    let year = if m >= 4 { y } else { y - 1 };
    let (s, f) = app.get_json(&chair, &format!("/api/v1/figures/feedback?year={year}")).await;
    assert_eq!(s, StatusCode::OK, "{f}");
    // Counted, children and parents apart; every count under 5 is "fewer than 5" (null).
    let t = &f["total"];
    assert_eq!(t["children"]["responses"], 8);
    assert_eq!(t["children"]["faces"], json!([null, null, null, null, 7]));
    assert_eq!(t["children"]["questions"]["listened"], json!({ "yes": 6, "a_bit": null, "no": null }));
    assert_eq!(t["children"]["questions"]["understood"]["yes"], 6);
    assert!(t["children"]["questions"].get("report_in_time").is_none(), "children are not asked the parents' questions");
    assert_eq!(t["parents"]["responses"], 7);
    assert_eq!(t["parents"]["faces"], json!([null, null, null, 5, null]));
    assert_eq!(t["parents"]["questions"]["interpreter"], json!({ "yes": null, "no": null, "not_needed": 5 }));
    assert_eq!(t["parents"]["questions"]["report_in_time"]["no"], 5);
    assert_eq!(t["parents"]["questions"]["met_chair_before"], json!({ "yes": null, "no": null }));
    // By quarter: the same counts in yesterday's quarter, none hidden alone beside the year.
    let in_quarters: Vec<Value> = f["quarters"].as_array().unwrap().iter().map(|q| q["children"]["responses"].clone()).collect();
    assert_eq!(in_quarters.iter().filter(|n| **n == json!(8)).count(), 1, "{in_quarters:?}");
    assert_eq!(in_quarters.iter().filter(|n| n.is_null()).count(), 3);
    // One meeting of one kind: everything under 5.
    let (_, f) = app.get_json(&chair, &format!("/api/v1/figures/feedback?year={year}&kind=cse_strategy")).await;
    assert_eq!((f["total"]["parents"]["responses"].clone(), f["total"]["parents"]["faces"].clone()), (Value::Null, json!([null, null, null, null, null])));
    let (_, f) = app.get_json(&chair, "/api/v1/figures/feedback?year=2017").await;
    assert_eq!(f["total"]["children"]["responses"], Value::Null, "nobody: fewer than 5 too");
    // Ideas: a chair sees their own meetings' ideas by quarter, without the time, and only in a
    // quarter with 5 or more; never the person.
    let (_, ideas) = app.get_json(&chair, &format!("/api/v1/ideas?year={year}")).await;
    let list = ideas["ideas"].as_array().unwrap();
    assert_eq!(list.len(), 5, "{ideas}");
    let one = &list[0];
    assert_eq!((one["meeting_kind"].as_str(), one["from"].as_str()), (Some("icpc"), Some("child")));
    assert!(one.get("received_at").is_none() && one["quarter"].as_u64().is_some(), "{one}");
    assert!(one.get("first_name").is_none() && one.get("participant_id").is_none(), "{one}");
    let (_, few) = app.get_json(&other, &format!("/api/v1/ideas?year={year}")).await;
    assert_eq!(few["ideas"], json!([]), "one idea in the quarter: not shown to its chair");
    // A manager sees every idea, with when it came.
    let manager = app.signed_in("manager@example.org", "manager").await;
    let (_, all) = app.get_json(&manager, &format!("/api/v1/ideas?year={year}")).await;
    assert_eq!(all["ideas"].as_array().unwrap().len(), 6);
    assert!(all["ideas"][0]["received_at"].is_string());
    let (s, _) = app.get_json(&client(), "/api/v1/figures/feedback").await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    app.figures_agree().await;
}
both!(feedback_is_counted_by_quarter_and_ideas_are_shown_without_the_person);
