//! The chair's side of the API (issue 3, first slice): sign-in lockout, the meetings list,
//! editing and cancelling, and the outcome after the meeting.

use reqwest::StatusCode;
use serde_json::{Value, json};
use tests::{TestApp, both, chrono_like_rfc3339, client};

async fn sign_in(app: &TestApp, email: &str, password: &str) -> (StatusCode, Value) {
    app.post_json(&client(), "/api/v1/session", json!({ "email": email, "password": password })).await
}

async fn five_wrong_passwords_lock_an_address_for_15_minutes_across_a_restart(app: TestApp) {
    app.chair().await;
    for _ in 0..5 {
        assert_eq!(sign_in(&app, "chair@example.org", "wrong password!!").await.0, StatusCode::UNAUTHORIZED);
    }
    let (s, b) = sign_in(&app, "chair@example.org", "a long enough password").await;
    assert_eq!(s, StatusCode::TOO_MANY_REQUESTS, "even the right password waits");
    assert_eq!(b["error"]["code"], "locked");
    assert!(b["error"]["message"].as_str().unwrap().contains("15 minutes"));
    // An address with no account locks the same way, so the answer tells nothing.
    for _ in 0..5 {
        sign_in(&app, "nobody@example.org", "wrong password!!").await;
    }
    let (s2, b2) = sign_in(&app, "nobody@example.org", "wrong password!!").await;
    assert_eq!((s2, &b2), (s, &b));
    // Stored in the database: a restart (or another instance) keeps it.
    let app = app.restart().await;
    assert_eq!(sign_in(&app, "Chair@Example.org", "a long enough password").await.0, StatusCode::TOO_MANY_REQUESTS);
    // Fifteen minutes later (moved back in the database), the right password works again.
    sqlx::query("UPDATE attempt_counts SET window_start = window_start - 900001").execute(&app.db().await).await.unwrap();
    assert_eq!(sign_in(&app, "chair@example.org", "a long enough password").await.0, StatusCode::OK);
    // And a success clears the count: four wrong passwords and the right one still get in.
    for _ in 0..4 {
        assert_eq!(sign_in(&app, "chair@example.org", "wrong password!!").await.0, StatusCode::UNAUTHORIZED);
    }
    assert_eq!(sign_in(&app, "chair@example.org", "a long enough password").await.0, StatusCode::OK);
}
both!(five_wrong_passwords_lock_an_address_for_15_minutes_across_a_restart);

async fn the_list_shows_a_chairs_own_meetings_upcoming_first_with_badges(app: TestApp) {
    let chair = app.chair().await;
    let other = app.signed_in("other@example.org", "chair").await;
    let manager = app.signed_in("manager@example.org", "manager").await;
    let past = app.meeting(&chair, "icpc", -3).await;
    let later = app.meeting(&chair, "rcpc", 20).await;
    let soon = app.meeting(&chair, "cse_strategy", 2).await;
    let others = app.meeting(&other, "icpc", 1).await;
    let code = soon["participants"][0]["invite_code"].as_str().unwrap();
    let (s, _) = app
        .post_json(&client(), "/api/v1/kiosk/views", json!({ "code": code, "submission_id": uuid::Uuid::new_v4(), "answers": { "talk_soon": true } }))
        .await;
    assert_eq!(s, StatusCode::CREATED);
    let (s, b) = app.get_json(&chair, "/api/v1/meetings").await;
    assert_eq!(s, StatusCode::OK);
    let ids: Vec<&str> = b["meetings"].as_array().unwrap().iter().map(|m| m["id"].as_str().unwrap()).collect();
    assert_eq!(ids, [soon["id"].as_str().unwrap(), later["id"].as_str().unwrap(), past["id"].as_str().unwrap()]);
    let first = &b["meetings"][0];
    assert_eq!((first["participants"].as_i64(), first["views_received"].as_i64(), first["talk_soon"].as_bool()), (Some(2), Some(1), Some(true)));
    assert_eq!(b["meetings"][1]["talk_soon"], false);
    assert!(first.get("answers").is_none(), "a list carries no one's words");
    // A manager sees everyone's, or one chair's.
    let (_, all) = app.get_json(&manager, "/api/v1/meetings").await;
    assert_eq!(all["meetings"].as_array().unwrap().len(), 4);
    let other_id = others["id"].as_str().unwrap();
    let chair_id = all["meetings"].as_array().unwrap().iter().find(|m| m["id"] == other_id).unwrap()["chair"]["id"].clone();
    let (_, one) = app.get_json(&manager, &format!("/api/v1/meetings?chair={}", chair_id.as_str().unwrap())).await;
    assert_eq!(one["meetings"].as_array().unwrap().len(), 1);
    // A chair asking for another chair's list still gets only their own.
    let (_, mine) = app.get_json(&chair, &format!("/api/v1/meetings?chair={}", chair_id.as_str().unwrap())).await;
    assert_eq!(mine["meetings"].as_array().unwrap().len(), 3);
    // from / to
    let from = chrono_like_rfc3339(0);
    let to = &chrono_like_rfc3339(10 * 86_400)[..10];
    let (_, window) = app.get_json(&chair, &format!("/api/v1/meetings?from={from}&to={to}")).await;
    assert_eq!(window["meetings"].as_array().unwrap().len(), 1);
    let (s, b) = app.get_json(&chair, "/api/v1/meetings?from=yesterday").await;
    assert_eq!((s, b["error"]["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("from")));
    let (s, _) = app.get_json(&chair, "/api/v1/meetings?colour=red").await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
}
both!(the_list_shows_a_chairs_own_meetings_upcoming_first_with_badges);

async fn a_chair_edits_and_cancels_only_their_own_meetings(app: TestApp) {
    let chair = app.chair().await;
    let other = app.signed_in("other@example.org", "chair").await;
    let m = app.meeting(&chair, "icpc", 7).await;
    let path = format!("/api/v1/meetings/{}", m["id"].as_str().unwrap());
    let new_time = chrono_like_rfc3339(14 * 86_400);
    for c in [&other] {
        let r = c.patch(app.url(&path)).json(&json!({ "case_ref": "X" })).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::NOT_FOUND);
        assert_eq!(c.delete(app.url(&path)).send().await.unwrap().status(), StatusCode::NOT_FOUND);
    }
    let r = chair.patch(app.url(&path)).json(&json!({ "starts_at": new_time, "kind": "rcpc", "case_ref": "" })).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let (_, b) = app.get_json(&chair, &path).await;
    assert_eq!((b["kind"].as_str(), b["starts_at"].as_str(), b["case_ref"].is_null()), (Some("rcpc"), Some(new_time.as_str()), true));
    let r = chair.patch(app.url(&path)).json(&json!({ "starts_at": "soon" })).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let r = chair.patch(app.url(&path)).json(&json!({ "participants": [{ "id": "nobody", "role": "child", "language": "en-GB" }] })).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    // Cancel keeps the record; twice is fine; then it cannot be edited.
    assert_eq!(chair.delete(app.url(&path)).send().await.unwrap().status(), StatusCode::NO_CONTENT);
    assert_eq!(chair.delete(app.url(&path)).send().await.unwrap().status(), StatusCode::NO_CONTENT);
    let (s, b) = app.get_json(&chair, &path).await;
    assert_eq!((s, b["status"].as_str()), (StatusCode::OK, Some("cancelled")));
    let r = chair.patch(app.url(&path)).json(&json!({ "case_ref": "X" })).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::CONFLICT);
    // A cancelled meeting's code takes no more views.
    let code = m["participants"][0]["invite_code"].as_str().unwrap();
    let (s, _) = app.post_json(&client(), "/api/v1/kiosk/views", json!({ "code": code, "submission_id": uuid::Uuid::new_v4(), "answers": {} })).await;
    assert_eq!(s, StatusCode::CONFLICT);
}
both!(a_chair_edits_and_cancels_only_their_own_meetings);

async fn the_outcome_follows_the_rules(app: TestApp) {
    let chair = app.chair().await;
    let other = app.signed_in("other@example.org", "chair").await;
    let future = app.meeting(&chair, "icpc", 3).await;
    let path = |m: &Value| format!("/api/v1/meetings/{}/outcome", m["id"].as_str().unwrap());
    let put = |c: &reqwest::Client, p: String, body: Value| {
        let c = c.clone();
        let url = app.url(&p);
        async move {
            let r = c.put(url).json(&body).send().await.unwrap();
            let s = r.status();
            (s, r.json::<Value>().await.unwrap_or(Value::Null))
        }
    };
    let (s, b) = put(&chair, path(&future), json!({ "held": true })).await;
    assert_eq!((s, b["error"]["code"].as_str()), (StatusCode::CONFLICT, Some("meeting_not_started")));

    // A meeting that has started, where the child sent views through Tiptoes beforehand.
    let m = app.meeting(&chair, "icpc", 3).await;
    let code = m["participants"][0]["invite_code"].as_str().unwrap();
    app.post_json(&client(), "/api/v1/kiosk/views", json!({ "code": code, "submission_id": uuid::Uuid::new_v4(), "answers": {} })).await;
    sqlx::query("UPDATE meetings SET starts_at = 1000 WHERE id = $1").bind(m["id"].as_str().unwrap()).execute(&app.db().await).await.unwrap();
    let child = m["participants"][0]["id"].as_str().unwrap();
    let parent = m["participants"][1]["id"].as_str().unwrap();
    assert_eq!(put(&other, path(&m), json!({ "held": true })).await.0, StatusCode::NOT_FOUND);
    let (s, b) = put(&chair, path(&m), json!({ "held": true, "participants": [
        { "id": child, "attended": true, "views_shared_by": ["written"] },
        { "id": parent, "attended": false, "interpreter_needed": true, "interpreter_present": false }
    ] }))
    .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(b["participants"][0]["views_shared_by"], json!(["kiosk", "written"]), "kiosk is filled in from Tiptoes");
    let pool = app.db().await;
    let status: String = sqlx::query_scalar("SELECT status FROM meetings WHERE id = $1").bind(m["id"].as_str().unwrap()).fetch_one(&pool).await.unwrap();
    assert_eq!(status, "held");
    // Sending again replaces it.
    let (s, _) = put(&chair, path(&m), json!({ "held": true, "participants": [{ "id": child, "attended": false }] })).await;
    assert_eq!(s, StatusCode::OK);
    let attended: Vec<Option<i64>> = sqlx::query_scalar("SELECT attended FROM participants WHERE meeting_id = $1 ORDER BY position")
        .bind(m["id"].as_str().unwrap())
        .fetch_all(&pool)
        .await
        .unwrap();
    assert_eq!(attended, vec![Some(0), None]);
    // Bad input names the field and changes nothing.
    let cases = [
        (json!({ "held": true, "participants": [{ "id": "nobody" }] }), "participants[0].id"),
        (json!({ "held": true, "participants": [{ "id": parent, "not_able": true }] }), "participants[0].not_able"),
        (json!({ "held": true, "participants": [{ "id": child, "views_shared_by": ["none", "phone"] }] }), "participants[0].views_shared_by"),
        (json!({ "held": true, "participants": [{ "id": child, "views_shared_by": ["pigeon"] }] }), "participants[0].views_shared_by[0]"),
        (json!({ "held": true, "participants": [{ "id": child }, { "id": child }] }), "participants[1].id"),
        (json!({ "held": "yes" }), "held"),
    ];
    for (body, field) in cases {
        let (s, b) = put(&chair, path(&m), body).await;
        assert_eq!((s, b["error"]["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some(field)), "{b}");
    }
    let attended_after: Vec<Option<i64>> = sqlx::query_scalar("SELECT attended FROM participants WHERE meeting_id = $1 ORDER BY position")
        .bind(m["id"].as_str().unwrap())
        .fetch_all(&pool)
        .await
        .unwrap();
    assert_eq!(attended_after, attended);
    // A child not able to take part (a baby) is recorded with a reason.
    let (s, b) = put(&chair, path(&m), json!({ "held": true, "participants": [{ "id": child, "not_able": true, "not_able_reason": "a baby", "attended": true }] })).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!((b["participants"][0]["attended"].as_bool(), b["participants"][0]["views_shared_by"].as_array().map(Vec::len)), (Some(false), Some(0)));
}
both!(the_outcome_follows_the_rules);

async fn editing_the_people_keeps_anyone_who_sent_views(app: TestApp) {
    let chair = app.chair().await;
    let m = app.meeting(&chair, "icpc", 7).await;
    let path = format!("/api/v1/meetings/{}", m["id"].as_str().unwrap());
    let child = m["participants"][0]["id"].as_str().unwrap().to_string();
    let parent = m["participants"][1]["id"].as_str().unwrap().to_string();
    let code = m["participants"][0]["invite_code"].as_str().unwrap();
    let (s, _) = app.post_json(&client(), "/api/v1/kiosk/views", json!({ "code": code, "submission_id": uuid::Uuid::new_v4(), "answers": { "wishes": { "text": "a dog", "visibility": "everyone" } } })).await;
    assert_eq!(s, StatusCode::CREATED);
    // The child sent views: removing them, or making them an adult, is refused and changes nothing.
    for list in [
        json!([{ "id": parent, "role": "parent", "language": "pl" }]),
        json!([{ "id": child, "role": "carer", "language": "en-GB" }, { "id": parent, "role": "parent", "language": "pl" }]),
    ] {
        let r = chair.patch(app.url(&path)).json(&json!({ "participants": list })).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::CONFLICT);
        assert_eq!(r.json::<Value>().await.unwrap()["error"]["code"], "has_views");
    }
    let (_, b) = app.get_json(&chair, &path).await;
    assert_eq!(b["participants"].as_array().unwrap().len(), 2);
    // Rename the child, remove the parent (no views), add a carer: the carer's code comes back once.
    let r = chair
        .patch(app.url(&path))
        .json(&json!({ "participants": [
            { "id": child, "role": "child", "first_name": "Livvy", "language": "ar", "age_band": "13-15" },
            { "role": "carer", "first_name": "Nan", "language": "en-GB" }
        ] }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let added = r.json::<Value>().await.unwrap()["added"].clone();
    assert_eq!(added.as_array().unwrap().len(), 1);
    let carer_code = added[0]["invite_code"].as_str().unwrap();
    let (s, b) = app.post_json(&client(), "/api/v1/kiosk/invite", json!({ "code": carer_code })).await;
    assert_eq!((s, b["first_name"].as_str(), b["role"].as_str()), (StatusCode::OK, Some("Nan"), Some("carer")));
    let (_, b) = app.get_json(&chair, &path).await;
    let people = b["participants"].as_array().unwrap();
    assert_eq!(people.len(), 2);
    assert_eq!((people[0]["first_name"].as_str(), people[0]["language"].as_str(), people[0]["age_band"].as_str()), (Some("Livvy"), Some("ar"), Some("13-15")));
    assert_eq!(people[0]["views"]["answers"]["wishes"]["text"], "a dog", "the views stay");
    // The removed parent's code opens nothing now.
    let parent_code = m["participants"][1]["invite_code"].as_str().unwrap();
    assert_eq!(app.post_json(&client(), "/api/v1/kiosk/invite", json!({ "code": parent_code })).await.0, StatusCode::NOT_FOUND);
}
both!(editing_the_people_keeps_anyone_who_sent_views);
