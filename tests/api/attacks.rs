//! Attacks on the limits, as someone would try them against a running server: many requests
//! at once against each limit (a check-then-write lets a burst through), a flood of sign-ins
//! against the server's memory, a send loop from one code, and a shared tablet without
//! JavaScript that must forget what the last person typed.

use reqwest::{Client, StatusCode};
use serde_json::{Value, json};
use std::{collections::BTreeMap, sync::Arc, time::Duration};
use tests::{TestApp, both, both_with, client};
use tokio::{sync::Semaphore, task::JoinSet};

/// Sends `n` requests, at most `at_once` in flight, and counts the answers by status.
/// `make(i)` builds the i-th request.
async fn burst<F>(n: usize, at_once: usize, make: F) -> BTreeMap<u16, usize>
where
    F: Fn(usize) -> reqwest::RequestBuilder,
{
    let gate = Arc::new(Semaphore::new(at_once));
    let mut set = JoinSet::new();
    for i in 0..n {
        let req = make(i);
        let gate = gate.clone();
        set.spawn(async move {
            let _permit = gate.acquire_owned().await.unwrap();
            match req.send().await {
                Ok(r) => r.status().as_u16(),
                Err(_) => 0,
            }
        });
    }
    let mut counts = BTreeMap::new();
    while let Some(status) = set.join_next().await {
        *counts.entry(status.unwrap()).or_insert(0) += 1;
    }
    counts
}

fn sign_in_request(c: &Client, app: &TestApp, email: &str, password: &str) -> reqwest::RequestBuilder {
    c.post(app.url("/api/v1/session")).json(&json!({ "email": email, "password": password }))
}

async fn sixty_wrong_passwords_at_once_get_at_most_five_tries(app: TestApp) {
    app.chair().await;
    let c = client();
    let counts = burst(60, 60, |_| sign_in_request(&c, &app, "chair@example.org", "wrong password!!")).await;
    let tried = counts.get(&401).copied().unwrap_or(0);
    assert!(tried <= 5, "at most 5 wrong passwords are checked: {counts:?}");
    assert_eq!(tried + counts.get(&429).copied().unwrap_or(0), 60, "every other answer is 429: {counts:?}");
    // The address is locked now: even the right password waits.
    let r = sign_in_request(&c, &app, "chair@example.org", "a long enough password").send().await.unwrap();
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
}
both!(sixty_wrong_passwords_at_once_get_at_most_five_tries);

async fn sixty_wrong_codes_at_once_get_at_most_ten_answers(app: TestApp) {
    let c = client();
    let counts = burst(60, 60, |i| c.post(app.url("/api/v1/kiosk/invite")).json(&json!({ "code": format!("WRONG-{i:05}") }))).await;
    let answered = counts.get(&404).copied().unwrap_or(0);
    assert!(answered <= 10, "at most 10 wrong codes are looked up: {counts:?}");
    assert_eq!(answered + counts.get(&429).copied().unwrap_or(0), 60, "{counts:?}");
}
both!(sixty_wrong_codes_at_once_get_at_most_ten_answers);

/// A burst of guesses with right codes at its end: the right ones must meet the count the
/// wrong ones left, not a count of nought. (When codes were looked up before the wrong ones
/// were counted, all ten right codes here were let in past a full window.)
async fn right_codes_at_the_end_of_a_burst_of_guesses_meet_the_full_window(app: TestApp) {
    let chair = app.chair().await;
    let mut right = vec![];
    for _ in 0..5 {
        let m = app.meeting(&chair, "icpc", 7).await;
        right.extend(m["participants"].as_array().unwrap().iter().map(|p| p["invite_code"].as_str().unwrap().to_string()));
    }
    let statuses = Arc::new(std::sync::Mutex::new(vec![]));
    let c = client();
    let mut set = JoinSet::new();
    for i in 0..110 {
        let code = if i < 100 { format!("WRONG-{i:05}") } else { right[i - 100].clone() };
        let (req, statuses) = (c.post(app.url("/api/v1/kiosk/invite")).json(&json!({ "code": code })), statuses.clone());
        set.spawn(async move {
            let status = req.send().await.map(|r| r.status().as_u16()).unwrap_or(0);
            statuses.lock().unwrap().push((i >= 100, status));
        });
    }
    while set.join_next().await.is_some() {}
    let statuses = statuses.lock().unwrap();
    let wrong_answered = statuses.iter().filter(|(r, s)| !r && *s == 404).count();
    let right_let_in = statuses.iter().filter(|(r, s)| *r && *s == 200).count();
    assert_eq!(wrong_answered, 10, "{statuses:?}");
    assert!(right_let_in < 10, "right codes sent after 100 guesses were let in past the full window: {statuses:?}");
    assert!(statuses.iter().all(|(_, s)| [200, 404, 429].contains(s)), "{statuses:?}");
}
both!(right_codes_at_the_end_of_a_burst_of_guesses_meet_the_full_window);

/// Resident memory stays bounded under a flood of sign-ins with random addresses, and a kiosk
/// page answers in the middle of it. Each argon2id check takes about 19 MiB; unbounded, this
/// flood held hundreds at once.
async fn a_flood_of_sign_ins_keeps_memory_bounded(app: TestApp, spoof_clients: bool) {
    let c = Client::builder().pool_max_idle_per_host(200).build().unwrap();
    let base_kib = app.server_memory_kib().0;
    let flood = {
        let c = c.clone();
        let url = app.url("/api/v1/session");
        tokio::spawn(async move {
            burst(400, 200, |i| {
                let email = format!("{}@example.org", uuid::Uuid::new_v4().simple());
                let mut req = c.post(&url).json(&json!({ "email": email, "password": "guess guess guess" }));
                if spoof_clients {
                    // Behind our own proxy each request seems to come from somewhere else, so
                    // the per-client limit does not help: the hashing pool must.
                    req = req.header("x-forwarded-for", format!("10.9.{}.{}", i / 250, i % 250 + 1));
                }
                req
            })
            .await
        })
    };
    // Meanwhile a child opens the kiosk.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let r = client().get(app.url("/code")).header("accept", "text/html").send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK, "a kiosk page answers during the flood");
    let during_kib = app.server_memory_kib().0;
    let counts = flood.await.unwrap();
    let (_, peak_kib) = app.server_memory_kib();
    println!("sign-in flood (spoofed clients: {spoof_clients}): {counts:?}; resident {base_kib} KiB before, {during_kib} during, peak {peak_kib}");
    assert!(peak_kib < 150 * 1024, "peak resident memory {peak_kib} KiB is over 150 MB");
    for status in counts.keys() {
        assert!([401, 429, 503].contains(status), "only 401, 429 or 503: {counts:?}");
    }
    if spoof_clients {
        assert!(counts.get(&401).copied().unwrap_or(0) > 0, "some were checked: {counts:?}");
    } else {
        assert!(counts.get(&401).copied().unwrap_or(0) <= 30, "one client is limited before hashing: {counts:?}");
    }
}

async fn a_flood_from_one_client(app: TestApp) {
    a_flood_of_sign_ins_keeps_memory_bounded(app, false).await
}
both!(a_flood_from_one_client);

async fn a_flood_from_many_clients_behind_the_proxy(app: TestApp) {
    a_flood_of_sign_ins_keeps_memory_bounded(app, true).await
}
both_with!(a_flood_from_many_clients_behind_the_proxy, &[("TIPTOES_TRUST_PROXY", "1")]);

async fn views(app: &TestApp, code: &str, submission_id: &str, answers: Value) -> (StatusCode, Value) {
    app.post_json(&client(), "/api/v1/kiosk/views", json!({ "code": code, "submission_id": submission_id, "answers": answers })).await
}

async fn the_twenty_first_send_in_an_hour_is_refused_kindly(app: TestApp) {
    let chair = app.chair().await;
    let m = app.meeting(&chair, "icpc", 7).await;
    let code = m["participants"][0]["invite_code"].as_str().unwrap().to_string();
    let first = uuid::Uuid::new_v4().to_string();
    assert_eq!(views(&app, &code, &first, json!({ "wishes": { "text": "send 1", "visibility": "everyone" } })).await.0, StatusCode::CREATED);
    for i in 2..=20 {
        let (s, _) = views(&app, &code, &uuid::Uuid::new_v4().to_string(), json!({ "wishes": { "text": format!("send {i}"), "visibility": "everyone" } })).await;
        assert_eq!(s, StatusCode::CREATED, "send {i}");
    }
    let (s, b) = views(&app, &code, &uuid::Uuid::new_v4().to_string(), json!({ "wishes": { "text": "send 21", "visibility": "everyone" } })).await;
    assert_eq!((s, b["error"]["code"].as_str()), (StatusCode::TOO_MANY_REQUESTS, Some("too_many_sends")));
    // A retry of a send already stored is no new send: it still gets its receipt.
    assert_eq!(views(&app, &code, &first, json!({})).await.0, StatusCode::OK);
    // On the kiosk's screens the 21st send gets a kind message, and the answers stay.
    let kiosk = client();
    let r = kiosk.post(app.url("/fn/enter_code")).header("accept", "text/html").form(&[("code", code.as_str())]).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::FOUND);
    kiosk
        .post(app.url("/fn/save_step"))
        .header("accept", "text/html")
        .form(&[("step", "wishes"), ("text", "send 22"), ("visibility", "everyone")])
        .send()
        .await
        .unwrap();
    let html = kiosk.get(app.url("/k/check")).header("accept", "text/html").send().await.unwrap().text().await.unwrap();
    let sid = html.split(r#"name="submission_id" value=""#).nth(1).unwrap().split('"').next().unwrap().to_string();
    let r = kiosk.post(app.url("/fn/send_views")).header("accept", "text/html").form(&[("submission_id", sid.as_str())]).send().await.unwrap();
    let to = r.headers().get("location").unwrap().to_str().unwrap().to_string();
    assert_eq!(to, "/k/check?error=too_many_sends");
    let html = kiosk.get(app.url(&to)).header("accept", "text/html").send().await.unwrap().text().await.unwrap();
    assert!(html.contains("You have sent your answers many times in the last hour"), "kind message");
    assert!(html.contains("send 22"), "the answers are still there to send later");
    let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM views").fetch_one(&app.db().await).await.unwrap();
    assert_eq!(stored, 20);
}
both!(the_twenty_first_send_in_an_hour_is_refused_kindly);

async fn forty_sends_at_once_store_at_most_twenty(app: TestApp) {
    let chair = app.chair().await;
    let m = app.meeting(&chair, "icpc", 7).await;
    let code = m["participants"][1]["invite_code"].as_str().unwrap().to_string();
    let c = client();
    // Each from another address behind our proxy, so that only the limit on sends is tested
    // (every try of a code holds a slot of its client's wrong-code limit while it is checked).
    let counts = burst(40, 40, |i| {
        c.post(app.url("/api/v1/kiosk/views"))
            .header("x-forwarded-for", format!("10.8.0.{}", i + 1))
            .json(&json!({ "code": code, "submission_id": uuid::Uuid::new_v4(), "answers": { "worries": "x" } }))
    })
    .await;
    assert_eq!(counts.get(&201).copied().unwrap_or(0), 20, "{counts:?}");
    assert_eq!(counts.get(&429).copied().unwrap_or(0), 20, "{counts:?}");
    let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM views").fetch_one(&app.db().await).await.unwrap();
    assert_eq!(stored, 20);
}
both_with!(forty_sends_at_once_store_at_most_twenty, &[("TIPTOES_TRUST_PROXY", "1")]);

/// What a kiosk page without JavaScript refreshes to when idle, read from its own HTML.
fn idle_refresh_target(html: &str) -> String {
    let tag = html.split("<meta").find(|t| t.split('>').next().unwrap().contains("refresh")).expect("an idle refresh");
    let tag = tag.split('>').next().unwrap();
    tag.split("url=").nth(1).expect("a refresh target").split('"').next().unwrap().to_string()
}

async fn the_no_javascript_idle_end_leaves_nothing_on_the_tablet(app: TestApp) {
    let chair = app.chair().await;
    let m = app.meeting(&chair, "icpc", 7).await;
    let code = m["participants"][1]["invite_code"].as_str().unwrap();
    let kiosk = client();
    let r = kiosk.get(app.url(&format!("/i/{code}"))).send().await.unwrap();
    let cookie = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().split(';').next().unwrap().to_string())
        .find(|c| c.starts_with("tiptoes_kiosk="))
        .unwrap();
    kiosk.post(app.url("/fn/save_step")).header("accept", "text/html").form(&[("step", "worries"), ("text", "a private worry")]).send().await.unwrap();
    let html = kiosk.get(app.url("/k/worries")).header("accept", "text/html").send().await.unwrap().text().await.unwrap();
    assert!(html.contains("a private worry"));
    // The page's idle refresh goes through the server…
    let target = idle_refresh_target(&html);
    let r = kiosk.get(app.url(&target)).header("accept", "text/html").send().await.unwrap();
    assert_eq!(r.headers().get("location").unwrap(), "/?ended=1");
    let expired = r.headers().get_all("set-cookie").iter().any(|v| {
        let v = v.to_str().unwrap();
        v.starts_with("tiptoes_kiosk=;") && v.contains("Max-Age=0")
    });
    assert!(expired, "the kiosk cookie is expired");
    // …which deleted the draft: nothing of it is left in the database,
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM kiosk_sessions").fetch_one(&app.db().await).await.unwrap();
    assert_eq!(n, 0);
    // and not even a browser that kept the old cookie sees anything on any kiosk screen.
    let kept = client();
    for path in ["/k/welcome", "/k/worries", "/k/wishes", "/k/check", "/thanks"] {
        let html = kept.get(app.url(path)).header("cookie", &cookie).header("accept", "text/html").send().await.unwrap().text().await.unwrap();
        assert!(!html.contains("a private worry") && !html.contains("Kasia"), "{path} shows nothing of the last person");
    }
}
both!(the_no_javascript_idle_end_leaves_nothing_on_the_tablet);

async fn a_draft_ends_a_few_hours_after_it_began_however_often_it_is_read(app: TestApp) {
    let chair = app.chair().await;
    let m = app.meeting(&chair, "icpc", 7).await;
    let code = m["participants"][0]["invite_code"].as_str().unwrap();
    let kiosk = client();
    kiosk.get(app.url(&format!("/i/{code}"))).send().await.unwrap();
    kiosk.post(app.url("/fn/save_step")).header("accept", "text/html").form(&[("step", "wishes"), ("text", "a wish")]).send().await.unwrap();
    // Read just now, but begun more than three hours ago.
    sqlx::query("UPDATE kiosk_sessions SET created_at = created_at - 10800001").execute(&app.db().await).await.unwrap();
    let html = kiosk.get(app.url("/k/wishes")).header("accept", "text/html").send().await.unwrap().text().await.unwrap();
    assert!(!html.contains("a wish"));
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM kiosk_sessions").fetch_one(&app.db().await).await.unwrap();
    assert_eq!(n, 0, "the old draft was deleted when it was found");
}
both!(a_draft_ends_a_few_hours_after_it_began_however_often_it_is_read);

async fn the_current_password_is_guessed_against_the_same_lockout(app: TestApp) {
    let chair = app.chair().await;
    let change = |current: &'static str| {
        chair
            .post(app.url("/fn/change_password"))
            .header("accept", "text/html")
            .form(&[("current", current), ("new", "a brand new password"), ("confirm", "a brand new password")])
            .send()
    };
    for i in 0..5 {
        let r = change("not my password").await.unwrap();
        let to = r.headers().get("location").unwrap().to_str().unwrap().to_string();
        assert!(to.contains("error=wrong_password"), "try {i}: {to}");
    }
    // The sixth guess waits, and so does the right password.
    for current in ["not my password", "a long enough password"] {
        let r = change(current).await.unwrap();
        let to = r.headers().get("location").unwrap().to_str().unwrap().to_string();
        assert!(to.contains("error=locked"), "{to}");
    }
}
both!(the_current_password_is_guessed_against_the_same_lockout);

async fn right_codes_sent_at_once_do_not_lock_their_client_out(app: TestApp) {
    let chair = app.chair().await;
    let m = app.meeting(&chair, "icpc", 7).await;
    let code = m["participants"][0]["invite_code"].as_str().unwrap().to_string();
    let c = client();
    let counts = burst(30, 30, |_| c.post(app.url("/api/v1/kiosk/invite")).json(&json!({ "code": code }))).await;
    assert!(counts.get(&200).copied().unwrap_or(0) >= 10, "{counts:?}");
    // Every right code handed its place back: the client may still enter codes.
    let r = c.post(app.url("/api/v1/kiosk/invite")).json(&json!({ "code": code })).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
}
both!(right_codes_sent_at_once_do_not_lock_their_client_out);

async fn a_screen_name_with_a_newline_gets_an_answer_not_a_crash(app: TestApp) {
    let chair = app.chair().await;
    let m = app.meeting(&chair, "icpc", 7).await;
    let kiosk = client();
    kiosk.get(app.url(&format!("/i/{}", m["participants"][0]["invite_code"].as_str().unwrap()))).send().await.unwrap();
    let r = kiosk
        .post(app.url("/fn/save_step"))
        .header("accept", "text/html")
        .form(&[("step", "worries\r\nSet-Cookie: x=y"), ("text", "a worry")])
        .send()
        .await
        .expect("an answer");
    assert_eq!(r.status(), StatusCode::FOUND);
    assert_eq!(r.headers().get("location").unwrap(), "/k/welcome?error=invalid");
    assert!(r.headers().get_all("set-cookie").iter().all(|v| !v.to_str().unwrap().starts_with("x=")));
}
both!(a_screen_name_with_a_newline_gets_an_answer_not_a_crash);

/// U+0000 cannot be stored in PostgreSQL's text (it made a sign-in a 500, found by
/// Schemathesis): refused wherever text arrives, as JSON, in a query, in a form, and nothing
/// is written.
async fn text_with_a_nul_is_refused_wherever_it_arrives(app: TestApp) {
    let chair = app.chair().await;
    let (s, b) = app.post_json(&client(), "/api/v1/session", json!({ "email": "a\u{0}b@example.org", "password": "x" })).await;
    assert_eq!((s, b["error"]["code"].as_str()), (StatusCode::BAD_REQUEST, Some("invalid_text")), "{b}");
    let (s, _) = app
        .post_json(&chair, "/api/v1/meetings", json!({ "kind": "icpc", "starts_at": tests::chrono_like_rfc3339(86_400), "case_ref": "A\u{0}", "participants": [] }))
        .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    let (s, _) = app.get_json(&chair, "/api/v1/audit?meeting=a%00b").await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    let r = client().post(app.url("/fn/enter_code")).header("accept", "text/html").form(&[("code", "AB\u{0}CD")]).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    // A server function reads its body as a form whatever the Content-Type says.
    let r = client()
        .post(app.url("/fn/staff_sign_in"))
        .header("content-type", "text/plain")
        .body("email=a%00b%40example.org&password=a+long+enough+password")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let (_, list) = app.get_json(&chair, "/api/v1/meetings").await;
    assert_eq!(list["total"], 0, "nothing was made");
}
both!(text_with_a_nul_is_refused_wherever_it_arrives);
