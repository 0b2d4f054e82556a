//! Health, sign-in and sign-out, the CLI's user rules.

use reqwest::StatusCode;
use serde_json::json;
use tests::{TestApp, both, client};

async fn health_is_ok_when_the_database_answers(app: TestApp) {
    let (status, body) = app.get_json(&client(), "/healthz").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, json!({ "status": "ok" }));
}
both!(health_is_ok_when_the_database_answers);

async fn signing_in_sets_a_strict_http_only_session_cookie(app: TestApp) {
    let out = app.cli(&["user", "add", "--email", "Chair@Example.org", "--name", "Chair", "--role", "chair"], "a long enough password\n").await;
    assert!(out.status.success());
    let r = client()
        .post(app.url("/api/v1/session"))
        .json(&json!({ "email": "chair@example.org", "password": "a long enough password" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let cookie = r.headers().get("set-cookie").unwrap().to_str().unwrap().to_string();
    assert!(cookie.starts_with("tiptoes_session="), "{cookie}");
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), "{cookie}");
    let body: serde_json::Value = r.json().await.unwrap();
    assert_eq!(body["user"]["role"], "chair");
    assert!(body["user"].get("password_hash").is_none());
}
both!(signing_in_sets_a_strict_http_only_session_cookie);

async fn a_wrong_password_and_an_unknown_email_get_the_same_401(app: TestApp) {
    app.chair().await;
    let c = client();
    let (s1, b1) = app.post_json(&c, "/api/v1/session", json!({ "email": "chair@example.org", "password": "not the password" })).await;
    let (s2, b2) = app.post_json(&c, "/api/v1/session", json!({ "email": "nobody@example.org", "password": "not the password" })).await;
    assert_eq!((s1, s2), (StatusCode::UNAUTHORIZED, StatusCode::UNAUTHORIZED));
    assert_eq!(b1, b2);
    assert_eq!(b1["error"]["code"], "invalid_credentials");
}
both!(a_wrong_password_and_an_unknown_email_get_the_same_401);

async fn signing_out_ends_the_session_in_the_database(app: TestApp) {
    let chair = app.chair().await;
    let meeting = app.meeting(&chair, "icpc", 7).await;
    let path = format!("/api/v1/meetings/{}", meeting["id"].as_str().unwrap());
    assert_eq!(app.get_json(&chair, &path).await.0, StatusCode::OK);
    let r = chair.delete(app.url("/api/v1/session")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    assert_eq!(app.get_json(&chair, &path).await.0, StatusCode::UNAUTHORIZED);
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM staff_sessions").fetch_one(&app.db().await).await.unwrap();
    assert_eq!(n, 0);
}
both!(signing_out_ends_the_session_in_the_database);

async fn the_cli_refuses_a_short_password_in_one_clear_line(app: TestApp) {
    let out = app.cli(&["user", "add", "--email", "a@example.org", "--name", "A", "--role", "chair"], "short\n").await;
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("at least 12 characters"), "{err}");
    let out = app.cli(&["user", "add", "--email", "a@example.org", "--name", "A", "--role", "boss"], "a long enough password\n").await;
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("chair or manager"));
}
both!(the_cli_refuses_a_short_password_in_one_clear_line);

async fn passwords_are_stored_as_argon2id_hashes(app: TestApp) {
    app.chair().await;
    let hash: String = sqlx::query_scalar("SELECT password_hash FROM users").fetch_one(&app.db().await).await.unwrap();
    assert!(hash.starts_with("$argon2id$"), "{hash}");
    assert!(!hash.contains("a long enough password"));
}
both!(passwords_are_stored_as_argon2id_hashes);

async fn the_demo_loads_once_and_its_codes_open_the_kiosk(app: TestApp) {
    for _ in 0..2 {
        let out = app.cli(&["demo"], "").await;
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert!(String::from_utf8_lossy(&out.stdout).contains("HAPPY-STARS"));
    }
    let pool = app.db().await;
    let count = |sql: &'static str| sqlx::query_scalar::<_, i64>(sql).fetch_one(&pool);
    // The demo's meetings have fixed ids (their case references are sealed, so not searchable).
    assert_eq!(count("SELECT COUNT(*) FROM meetings WHERE id LIKE '00000000-0000-4000-8000-0000000000d%'").await.unwrap(), 2, "demo is idempotent");
    let history = count("SELECT COUNT(*) FROM meetings WHERE id LIKE '00000000-0000-4000-8000-00000001%'").await.unwrap();
    assert!(history > 200, "a history of held meetings: {history}");
    assert_eq!(count("SELECT COUNT(*) FROM notices WHERE published_at IS NOT NULL").await.unwrap(), 2);
    let (s, b) = app.post_json(&client(), "/api/v1/kiosk/invite", json!({ "code": "happy-stars" })).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!((b["first_name"].as_str(), b["language"].as_str()), (Some("Amira"), Some("ar")));
    // Printing the demo invites makes new codes; loading the demo again brings these back.
    sqlx::query("UPDATE participants SET code_hash = 'printed'||position WHERE meeting_id = '00000000-0000-4000-8000-0000000000d1'")
        .execute(&app.db().await)
        .await
        .unwrap();
    assert_eq!(app.post_json(&client(), "/api/v1/kiosk/invite", json!({ "code": "happy-stars" })).await.0, StatusCode::NOT_FOUND);
    // Yesterday's meeting takes feedback; loading again clears it so the codes can be tried again.
    let kiosk = client();
    let feedback = || app.post_json(&kiosk, "/api/v1/kiosk/feedback", json!({ "code": "BRAVE-DUCKS", "submission_id": uuid::Uuid::new_v4(), "answers": { "overall": 5 } }));
    assert_eq!(feedback().await.0, StatusCode::CREATED);
    assert_eq!(feedback().await.0, StatusCode::CONFLICT);
    assert!(app.cli(&["demo"], "").await.status.success());
    assert_eq!(app.post_json(&client(), "/api/v1/kiosk/invite", json!({ "code": "happy-stars" })).await.0, StatusCode::OK);
    assert_eq!(feedback().await.0, StatusCode::CREATED);
    assert_eq!(count("SELECT COUNT(*) FROM meetings WHERE id LIKE '00000000-0000-4000-8000-00000001%'").await.unwrap(), history);
}
both!(the_demo_loads_once_and_its_codes_open_the_kiosk);
