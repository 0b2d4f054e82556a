//! The kiosk API: what a code opens, sending views, retries, limits and refusals.

use reqwest::StatusCode;
use serde_json::{Value, json};
use tests::{TestApp, both, client};

async fn codes(app: &TestApp, kind: &str, days: i64) -> (reqwest::Client, Value, String, String) {
    let chair = app.chair().await;
    let m = app.meeting(&chair, kind, days).await;
    let child = m["participants"][0]["invite_code"].as_str().unwrap().to_string();
    let parent = m["participants"][1]["invite_code"].as_str().unwrap().to_string();
    (chair, m, child, parent)
}

async fn views(app: &TestApp, code: &str, id: &str, answers: Value) -> (StatusCode, Value) {
    app.post_json(&client(), "/api/v1/kiosk/views", json!({ "code": code, "submission_id": id, "answers": answers })).await
}

async fn count_views(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM views").fetch_one(&app.db().await).await.unwrap()
}

async fn a_code_opens_only_what_the_kiosk_may_show(app: TestApp) {
    let (_, _, child, parent) = codes(&app, "cse_strategy", 7).await;
    // However it is typed: lower case, spaces, no dash.
    let typed = child.to_lowercase().replace('-', " ");
    let (s, b) = app.post_json(&client(), "/api/v1/kiosk/invite", json!({ "code": typed })).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let keys: Vec<&str> = b.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys.len(), 5, "{b}");
    assert_eq!(b["role"], "child");
    assert_eq!(b["first_name"], "Olivia");
    assert_eq!(b["meeting_kind"], "cse_strategy");
    assert_eq!(b["language"], "en-GB");
    assert!(b["starts_at"].as_str().unwrap().ends_with('Z'));
    let (_, b) = app.post_json(&client(), "/api/v1/kiosk/invite", json!({ "code": parent })).await;
    assert_eq!((b["role"].as_str(), b["language"].as_str()), (Some("parent"), Some("pl")));
}
both!(a_code_opens_only_what_the_kiosk_may_show);

async fn a_wrong_code_and_an_expired_code_get_the_same_404(app: TestApp) {
    let (_, _, expired, _) = codes(&app, "icpc", -31).await;
    let (s1, b1) = app.post_json(&client(), "/api/v1/kiosk/invite", json!({ "code": "ABCDE-FGHJK" })).await;
    let (s2, b2) = app.post_json(&client(), "/api/v1/kiosk/invite", json!({ "code": expired })).await;
    assert_eq!((s1, s2), (StatusCode::NOT_FOUND, StatusCode::NOT_FOUND));
    assert_eq!(b1["error"]["code"], "invalid_code");
    assert_eq!(b1, b2);
}
both!(a_wrong_code_and_an_expired_code_get_the_same_404);

async fn more_than_ten_wrong_codes_a_minute_get_429(app: TestApp) {
    let (_, _, right, _) = codes(&app, "icpc", 7).await;
    for i in 0..10 {
        let (s, _) = app.post_json(&client(), "/api/v1/kiosk/invite", json!({ "code": format!("WRONG-{i:05}") })).await;
        assert_eq!(s, StatusCode::NOT_FOUND, "attempt {i}");
    }
    let (s, b) = app.post_json(&client(), "/api/v1/kiosk/invite", json!({ "code": "WRONG-CODES" })).await;
    assert_eq!(s, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(b["error"]["code"], "rate_limited");
    // While limited, even a right code is refused: guessing cannot go on by luck.
    let (s, _) = app.post_json(&client(), "/api/v1/kiosk/invite", json!({ "code": right })).await;
    assert_eq!(s, StatusCode::TOO_MANY_REQUESTS);
    let (s, _) = views(&app, &right, &uuid::Uuid::new_v4().to_string(), json!({})).await;
    assert_eq!(s, StatusCode::TOO_MANY_REQUESTS);
    // The count lives in the database, shared by every app instance.
    // Refused tries are not counted (so right codes handed back free the client at once).
    let n: i64 = sqlx::query_scalar("SELECT MAX(count) FROM attempt_counts").fetch_one(&app.db().await).await.unwrap();
    assert_eq!(n, 10);
}
both!(more_than_ten_wrong_codes_a_minute_get_429);

async fn the_same_submission_twice_is_stored_once(app: TestApp) {
    let (_, _, child, _) = codes(&app, "icpc", 7).await;
    let id = uuid::Uuid::new_v4().to_string();
    let answers = json!({ "good_things": { "text": "football", "visibility": "everyone" }, "taking_part": ["attend", "write"] });
    let (s1, b1) = views(&app, &child, &id, answers.clone()).await;
    let (s2, b2) = views(&app, &child, &id, answers).await;
    assert_eq!((s1, s2), (StatusCode::CREATED, StatusCode::OK));
    assert_eq!(b1, b2);
    assert_eq!(b1["submission_id"], id);
    assert_eq!(count_views(&app).await, 1);
}
both!(the_same_submission_twice_is_stored_once);

async fn another_persons_submission_id_is_refused(app: TestApp) {
    let (_, _, child, parent) = codes(&app, "icpc", 7).await;
    let id = uuid::Uuid::new_v4().to_string();
    assert_eq!(views(&app, &child, &id, json!({})).await.0, StatusCode::CREATED);
    let (s, b) = views(&app, &parent, &id, json!({})).await;
    assert_eq!(s, StatusCode::CONFLICT);
    assert_eq!(b["error"]["code"], "submission_id_taken");
    assert_eq!(count_views(&app).await, 1);
}
both!(another_persons_submission_id_is_refused);

async fn views_are_refused_after_the_meeting_has_started(app: TestApp) {
    let (_, _, child, _) = codes(&app, "icpc", -1).await;
    let (s, b) = views(&app, &child, &uuid::Uuid::new_v4().to_string(), json!({ "talk_soon": true })).await;
    assert_eq!(s, StatusCode::CONFLICT);
    assert_eq!(b["error"]["code"], "meeting_started");
    assert_eq!(count_views(&app).await, 0);
}
both!(views_are_refused_after_the_meeting_has_started);

async fn a_retry_that_arrives_after_the_start_still_gets_its_receipt(app: TestApp) {
    let (_, m, child, _) = codes(&app, "icpc", 7).await;
    let id = uuid::Uuid::new_v4().to_string();
    assert_eq!(views(&app, &child, &id, json!({})).await.0, StatusCode::CREATED);
    // The meeting's time moves to the past (as time passes).
    sqlx::query("UPDATE meetings SET starts_at = 0 WHERE id = $1")
        .bind(m["id"].as_str().unwrap())
        .execute(&app.db().await)
        .await
        .unwrap();
    assert_eq!(views(&app, &child, &id, json!({})).await.0, StatusCode::OK);
}
both!(a_retry_that_arrives_after_the_start_still_gets_its_receipt);

async fn bad_answers_are_422_naming_the_field_and_change_nothing(app: TestApp) {
    let (_, _, child, parent) = codes(&app, "icpc", 7).await;
    let id = || uuid::Uuid::new_v4().to_string();
    let long = "a".repeat(4001);
    let cases: Vec<(&str, Value, &str)> = vec![
        (&child, json!({ "worries": { "text": long, "visibility": "everyone" } }), "answers.worries.text"),
        (&child, json!({ "safety_scale": 11 }), "answers.safety_scale"),
        (&child, json!({ "safety_scale": "high" }), "answers.safety_scale"),
        (&child, json!({ "worries": { "text": "x", "visibility": "the world" } }), "answers.worries.visibility"),
        (&child, json!({ "taking_part": ["fly"] }), "answers.taking_part[0]"),
        (&child, json!({ "helped_by": "robot" }), "answers.helped_by"),
        (&child, json!({ "going_well": "a parent's field" }), "answers.going_well"),
        (&parent, json!({ "safety_scale": 3 }), "answers.safety_scale"),
        (&parent, json!({ "coming": "maybe" }), "answers.coming"),
        (&parent, json!({ "access_needs": "b".repeat(4001) }), "answers.access_needs"),
    ];
    for (code, answers, field) in cases {
        let (s, b) = views(&app, code, &id(), answers).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{field}: {b}");
        assert_eq!(b["error"]["field"], field, "{b}");
    }
    let (s, b) = app.post_json(&client(), "/api/v1/kiosk/views", json!({ "code": child, "submission_id": "not-a-uuid", "answers": {} })).await;
    assert_eq!((s, b["error"]["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("submission_id")));
    let (s, b) = app.post_json(&client(), "/api/v1/kiosk/views", json!({ "code": child, "submission_id": id(), "answers": {}, "extra": 1 })).await;
    assert_eq!((s, b["error"]["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("extra")));
    let (s, _) = app.post_json(&client(), "/api/v1/kiosk/views", json!({ "code": child, "submission_id": id(), "answers": [] })).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    // 4,000 characters exactly is fine (and counted in characters, not bytes).
    let (s, _) = views(&app, &child, &id(), json!({ "wishes": { "text": "ż".repeat(4000), "visibility": "talk_first" } })).await;
    assert_eq!(s, StatusCode::CREATED);
    assert_eq!(count_views(&app).await, 1);
}
both!(bad_answers_are_422_naming_the_field_and_change_nothing);

async fn a_post_from_another_site_is_refused(app: TestApp) {
    let (_, _, child, _) = codes(&app, "icpc", 7).await;
    let body = json!({ "code": child, "submission_id": uuid::Uuid::new_v4(), "answers": {} });
    for (header, value) in [
        ("origin", "https://evil.example"),
        ("sec-fetch-site", "cross-site"),
        ("sec-fetch-site", "same-site"),
        ("origin", "null"),
    ] {
        let r = client().post(app.url("/api/v1/kiosk/views")).header(header, value).json(&body).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "{header}: {value}");
        let b: Value = r.json().await.unwrap();
        assert_eq!(b["error"]["code"], "cross_origin");
    }
    // A plain form post to a server function from another site, too.
    let r = client()
        .post(app.url("/fn/exit"))
        .header("origin", "https://evil.example")
        .header("content-type", "application/x-www-form-urlencoded")
        .body("")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert_eq!(count_views(&app).await, 0);
    // The same request from our own origin goes through.
    let own = app.base.clone();
    let r = client().post(app.url("/api/v1/kiosk/views")).header("origin", own).json(&body).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
}
both!(a_post_from_another_site_is_refused);

async fn a_database_failure_is_a_clean_500_that_leaks_nothing(app: TestApp) {
    let (_, _, child, _) = codes(&app, "icpc", 7).await;
    // (Translations hang off views: they go first, or PostgreSQL refuses.)
    let db = app.db().await;
    sqlx::query("DROP TABLE translations").execute(&db).await.unwrap();
    sqlx::query("DROP TABLE views").execute(&db).await.unwrap();
    let (s, b) = views(&app, &child, &uuid::Uuid::new_v4().to_string(), json!({})).await;
    assert_eq!(s, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(b["error"]["code"], "internal");
    let msg = b["error"]["message"].as_str().unwrap().to_lowercase();
    assert!(!msg.contains("views") && !msg.contains("sql") && !msg.contains("table"), "{msg}");
}
both!(a_database_failure_is_a_clean_500_that_leaks_nothing);
