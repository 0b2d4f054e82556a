//! Creating meetings and reading them back: codes, field errors, ownership, audit.

use reqwest::StatusCode;
use serde_json::{Value, json};
use tests::{TestApp, both, client};

async fn creating_a_meeting_needs_a_signed_in_user(app: TestApp) {
    let (s, b) = app.post_json(&client(), "/api/v1/meetings", json!({ "kind": "icpc", "starts_at": "2030-01-01T10:00:00Z" })).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    assert_eq!(b["error"]["code"], "unauthenticated");
}
both!(creating_a_meeting_needs_a_signed_in_user);

async fn a_chair_gets_one_easy_to_type_code_per_participant(app: TestApp) {
    let chair = app.chair().await;
    let m = app.meeting(&chair, "icpc", 7).await;
    let ps = m["participants"].as_array().unwrap();
    assert_eq!(ps.len(), 2);
    assert_eq!(ps[0]["role"], "child");
    assert_eq!(ps[1]["role"], "parent");
    let mut codes = vec![];
    for p in ps {
        let code = p["invite_code"].as_str().unwrap();
        assert_eq!(code.len(), 11, "{code}");
        assert!(code.chars().all(|c| c == '-' || "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".contains(c)), "{code}");
        assert_eq!(p["invite_url"].as_str().unwrap(), format!("{}/i/{code}", app.base));
        codes.push(code.to_string());
    }
    assert_ne!(codes[0], codes[1]);
    // Only hashes are stored.
    let pool = app.db().await;
    let stored: Vec<String> = sqlx::query_scalar("SELECT code_hash FROM participants").fetch_all(&pool).await.unwrap();
    for c in &codes {
        assert!(!stored.iter().any(|h| h.contains(c.as_str()) || h.contains(&c.replace('-', ""))));
    }
}
both!(a_chair_gets_one_easy_to_type_code_per_participant);

async fn meeting_errors_name_the_field_and_create_nothing(app: TestApp) {
    let chair = app.chair().await;
    let good = |f: &dyn Fn(&mut Value)| {
        let mut v = json!({
            "kind": "icpc", "starts_at": "2030-01-01T10:00:00Z",
            "participants": [{ "role": "child", "language": "en-GB" }, { "role": "parent", "language": "pl" }]
        });
        f(&mut v);
        v
    };
    let cases: Vec<(Value, &str)> = vec![
        (good(&|v| v["kind"] = json!("party")), "kind"),
        (good(&|v| v["starts_at"] = json!("next tuesday")), "starts_at"),
        (good(&|v| v["starts_at"] = json!(12)), "starts_at"),
        (good(&|v| v["colour"] = json!("red")), "colour"),
        (good(&|v| v["participants"][0]["role"] = json!("uncle")), "participants[0].role"),
        (good(&|v| v["participants"][1]["language"] = json!("xx")), "participants[1].language"),
        (good(&|v| v["participants"][0]["age_band"] = json!("18-25")), "participants[0].age_band"),
        (good(&|v| v["participants"][1]["age_band"] = json!("10-12")), "participants[1].age_band"),
        (good(&|v| v["participants"][0]["first_name"] = json!("x".repeat(101))), "participants[0].first_name"),
        (good(&|v| { v.as_object_mut().unwrap().remove("kind"); }), "kind"),
    ];
    for (body, field) in cases {
        let (s, b) = app.post_json(&chair, "/api/v1/meetings", body).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{field}: {b}");
        assert_eq!(b["error"]["field"], field, "{b}");
        assert!(b["error"]["message"].as_str().is_some_and(|m| !m.is_empty()));
    }
    let r = chair.post(app.url("/api/v1/meetings")).header("content-type", "application/json").body("{not json").send().await.unwrap();
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let r = chair.post(app.url("/api/v1/meetings")).header("content-type", "text/plain").body("{}").send().await.unwrap();
    assert_eq!(r.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM meetings").fetch_one(&app.db().await).await.unwrap();
    assert_eq!(n, 0);
}
both!(meeting_errors_name_the_field_and_create_nothing);

async fn another_chairs_meeting_is_not_found_but_a_manager_reads_it(app: TestApp) {
    let chair = app.chair().await;
    let other = app.signed_in("other@example.org", "chair").await;
    let manager = app.signed_in("manager@example.org", "manager").await;
    let m = app.meeting(&chair, "icpc", 7).await;
    let path = format!("/api/v1/meetings/{}", m["id"].as_str().unwrap());
    let (s, b) = app.get_json(&other, &path).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    // The same answer as a meeting that does not exist: nothing tells them it is there.
    let (s2, b2) = app.get_json(&other, "/api/v1/meetings/00000000-0000-0000-0000-000000000000").await;
    assert_eq!((s2, b2), (s, b));
    let (s, b) = app.get_json(&manager, &path).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(b["id"], m["id"]);
    assert_eq!(app.get_json(&client(), &path).await.0, StatusCode::UNAUTHORIZED);
}
both!(another_chairs_meeting_is_not_found_but_a_manager_reads_it);

async fn every_read_of_a_meeting_is_audited(app: TestApp) {
    let chair = app.chair().await;
    let other = app.signed_in("other@example.org", "chair").await;
    let m = app.meeting(&chair, "icpc", 7).await;
    let id = m["id"].as_str().unwrap();
    let path = format!("/api/v1/meetings/{id}");
    app.get_json(&chair, &path).await;
    app.get_json(&chair, &path).await;
    app.get_json(&other, &path).await; // refused: not a read
    let pool = app.db().await;
    let rows: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT u.email, a.action, a.meeting_id FROM audit_log a JOIN users u ON u.id = a.user_id WHERE a.action = 'read_views' ORDER BY a.at",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert!(rows.iter().all(|(e, a, mid)| e == "chair@example.org" && a == "read_views" && mid == id));
}
both!(every_read_of_a_meeting_is_audited);

async fn the_meeting_shows_each_persons_newest_views(app: TestApp) {
    let chair = app.chair().await;
    let m = app.meeting(&chair, "icpc", 7).await;
    let child_code = m["participants"][0]["invite_code"].as_str().unwrap();
    let parent_code = m["participants"][1]["invite_code"].as_str().unwrap();
    let c = client();
    let (s, _) = app
        .post_json(&c, "/api/v1/kiosk/views", json!({
            "code": child_code, "submission_id": uuid::Uuid::new_v4(),
            "answers": { "worries": { "text": "first", "visibility": "chair_only" } }
        }))
        .await;
    assert_eq!(s, StatusCode::CREATED);
    let (s, _) = app
        .post_json(&c, "/api/v1/kiosk/views", json!({
            "code": child_code, "submission_id": uuid::Uuid::new_v4(),
            "answers": { "worries": { "text": "second", "visibility": "everyone" }, "safety_scale": 7, "talk_soon": true }
        }))
        .await;
    assert_eq!(s, StatusCode::CREATED);
    let (s, _) = app
        .post_json(&c, "/api/v1/kiosk/views", json!({
            "code": parent_code, "submission_id": uuid::Uuid::new_v4(), "answers": { "coming": "yes", "going_well": "school" }
        }))
        .await;
    assert_eq!(s, StatusCode::CREATED);
    let (_, b) = app.get_json(&chair, &format!("/api/v1/meetings/{}", m["id"].as_str().unwrap())).await;
    let child = &b["participants"][0];
    assert_eq!(child["first_name"], "Olivia");
    assert_eq!(child["submissions"], 2);
    assert_eq!(child["views"]["answers"]["worries"], json!({ "text": "second", "visibility": "everyone" }));
    assert_eq!(child["views"]["answers"]["safety_scale"], 7);
    assert_eq!(child["views"]["via"], "api");
    let parent = &b["participants"][1];
    assert_eq!(parent["views"]["answers"], json!({ "coming": "yes", "going_well": "school" }));
    let kept: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM views").fetch_one(&app.db().await).await.unwrap();
    assert_eq!(kept, 3, "earlier submissions are kept in history");
    assert_eq!(b["starts_at"].as_str().unwrap().len(), 20);
}
both!(the_meeting_shows_each_persons_newest_views);
