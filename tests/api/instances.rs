//! Several instances: two servers on one PostgreSQL database, as a region runs Tiptoes behind
//! one address, with requests going to either. Everything a person does carries across:
//! a session, the limits on guesses, a child's draft; and the hourly purge runs once.

use reqwest::{Client, StatusCode};
use serde_json::{Value, json};
use std::time::Duration;
use tests::{Db, Instance, TestApp, client, spawn_with};

const PASSWORD: &str = "a long enough password";

/// The two servers' addresses, to alternate between.
fn bases(a: &TestApp, b: &Instance) -> [String; 2] {
    [a.base.clone(), b.base.clone()]
}

async fn post(c: &Client, base: &str, path: &str, body: Value) -> (StatusCode, Value) {
    let r = c.post(format!("{base}{path}")).json(&body).send().await.unwrap();
    let s = r.status();
    (s, r.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn two_servers_on_one_database_act_as_one() {
    let a = spawn_with(Db::Postgres, &[]).await;
    let b = a.another(&[]).await;
    let both = bases(&a, &b);

    // A session signed in on one works on the other, and signing out on the other ends it.
    let chair = a.chair().await;
    for base in &both {
        let r = chair.get(format!("{base}/api/v1/meetings")).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::OK, "{base}");
    }
    let page = chair.get(b.url("/staff")).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::OK, "the staff pages on the other server too");

    // Wrong passwords are counted across both: five in all, then the address is locked on
    // either, right password or not.
    let c = client();
    for i in 0..5 {
        let (s, _) = post(&c, &both[i % 2], "/api/v1/session", json!({ "email": "chair@example.org", "password": "wrong password!!" })).await;
        assert_eq!(s, StatusCode::UNAUTHORIZED, "try {i}");
    }
    for base in &both {
        let (s, body) = post(&c, base, "/api/v1/session", json!({ "email": "chair@example.org", "password": PASSWORD })).await;
        assert_eq!((s, body["error"]["code"].as_str()), (StatusCode::TOO_MANY_REQUESTS, Some("locked")), "{base}");
    }

    // A child's draft started on one is finished on the other, screen by screen, alternating.
    let m = a.meeting(&chair, "icpc", 7).await;
    let right = m["participants"][0]["invite_code"].as_str().unwrap().to_string();
    let kiosk = client();
    let form = |base: &str, path: &str, fields: &[(&str, &str)]| {
        kiosk.post(format!("{base}{path}")).header("accept", "text/html").form(fields).send()
    };
    let r = kiosk.get(a.url(&format!("/i/{right}"))).send().await.unwrap();
    assert_eq!(r.headers()["location"], "/k/welcome");
    let steps: &[&[(&str, &str)]] = &[
        &[("step", "good-things"), ("text", "Football on Saturdays"), ("visibility", "everyone")],
        &[("step", "worries"), ("text", "Moving school")],
        &[("step", "wishes"), ("text", "To stay with my sister"), ("visibility", "everyone")],
    ];
    for (i, fields) in steps.iter().enumerate() {
        let r = form(&both[(i + 1) % 2], "/fn/save_step", fields).await.unwrap();
        assert_eq!(r.status(), StatusCode::FOUND, "{fields:?}");
        assert!(!r.headers()["location"].to_str().unwrap().contains("error"), "{fields:?}: {:?}", r.headers()["location"]);
    }
    let html = kiosk.get(b.url("/k/check")).send().await.unwrap().text().await.unwrap();
    assert!(html.contains("Football on Saturdays") && html.contains("To stay with my sister"), "the draft, whole, on the other server");
    let sid = html.split(r#"name="submission_id" value=""#).nth(1).unwrap().split('"').next().unwrap().to_string();
    let r = form(&both[0], "/fn/send_views", &[("submission_id", &sid)]).await.unwrap();
    assert_eq!(r.headers()["location"], "/thanks");
    let (_, got) = a.get_json(&chair, &format!("/api/v1/meetings/{}", m["id"].as_str().unwrap())).await;
    let answers = &got["participants"][0]["views"]["answers"];
    assert_eq!(answers["worries"]["text"], "Moving school");
    assert_eq!(got["participants"][0]["submissions"], 1);

    // Wrong codes from one client are counted across both: ten in all, then neither takes a
    // code from it, not even a right one.
    for i in 0..10 {
        let (s, _) = post(&c, &both[i % 2], "/api/v1/kiosk/invite", json!({ "code": format!("WRONG-{i:05}") })).await;
        assert_eq!(s, StatusCode::NOT_FOUND, "try {i}");
    }
    for base in &both {
        let (s, body) = post(&c, base, "/api/v1/kiosk/invite", json!({ "code": right })).await;
        assert_eq!((s, body["error"]["code"].as_str()), (StatusCode::TOO_MANY_REQUESTS, Some("rate_limited")), "{base}");
    }
}

/// Both servers purge every second; a meeting past its time has its words deleted by one of
/// them, once: one purge entry counts it, and the other server's runs find nothing to do.
#[tokio::test]
async fn the_purge_runs_once_across_instances() {
    let env: &[(&str, &str)] = &[("TIPTOES_PURGE_EVERY_SECONDS", "1"), ("TIPTOES_KEEP_WORDS_DAYS", "30")];
    let a = spawn_with(Db::Postgres, env).await;
    let _b = a.another(env).await;
    let chair = a.chair().await;
    for _ in 0..6 {
        let m = a.meeting(&chair, "icpc", 1).await;
        let code = m["participants"][0]["invite_code"].as_str().unwrap();
        let (s, _) = a
            .post_json(&client(), "/api/v1/kiosk/views", json!({ "code": code, "submission_id": uuid::Uuid::new_v4(), "answers": { "wishes": { "text": "a wish", "visibility": "everyone" } } }))
            .await;
        assert_eq!(s, StatusCode::CREATED);
    }
    // All six past their time at once: both servers' next runs race for them.
    let pool = a.db().await;
    sqlx::query("UPDATE meetings SET starts_at = starts_at - $1").bind(31_i64 * 86_400_000).execute(&pool).await.unwrap();
    let mut left = i64::MAX;
    for _ in 0..100 {
        left = sqlx::query_scalar("SELECT COUNT(*) FROM meetings WHERE words_deleted_at IS NULL").fetch_one(&pool).await.unwrap();
        if left == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(left, 0, "the words were deleted within 10 s");
    // Two more seconds of both servers running: still nothing counted twice.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let manager = a.signed_in("manager@example.org", "manager").await;
    let (_, audit) = a.get_json(&manager, "/api/v1/audit?action=purge").await;
    let purges = audit["entries"].as_array().unwrap();
    let meetings_purged: i64 = purges.iter().map(|e| e["detail"]["meetings"].as_i64().unwrap()).sum();
    let views_purged: i64 = purges.iter().map(|e| e["detail"]["views"].as_i64().unwrap()).sum();
    assert_eq!((meetings_purged, views_purged), (6, 6), "each meeting's words deleted once: {audit}");
}
