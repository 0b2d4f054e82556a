//! Privacy by design: words sealed at rest (a copy of the database without its key reads as
//! noise), key rotation, and retention (words deleted after their time, figures kept).

use reqwest::{Client, StatusCode};
use serde_json::{Value, json};
use tests::{TestApp, both, both_with, client};

const WORRY: &str = "Dad shouts at night and I hide under the stairs";
const GOOD: &str = "I like painting with my nan on Sundays";
const IDEA: &str = "Please have biscuits and a quiet room for us";
const NAME: &str = "Zephyrine";
const CASE: &str = "QX-7731-CASE";
const TRANSLATION: &str = "My brother is kind to me in the mornings";

/// A meeting `days` from now with a child and a parent, named so that their words can be
/// searched for.
async fn meeting(app: &TestApp, chair: &Client, days: i64) -> Value {
    let r = chair
        .post(app.url("/api/v1/meetings"))
        .json(&json!({
            "kind": "icpc",
            "starts_at": tests::chrono_like_rfc3339(days * 86_400),
            "case_ref": CASE,
            "participants": [
                { "role": "child", "first_name": NAME, "language": "ti", "age_band": "13-15", "gender": "female" },
                { "role": "parent", "first_name": "Marguerite", "language": "en-GB" }
            ]
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    r.json().await.unwrap()
}

fn code(m: &Value, i: usize) -> String {
    m["participants"][i]["invite_code"].as_str().unwrap().to_string()
}

fn id(m: &Value) -> String {
    m["id"].as_str().unwrap().to_string()
}

async fn send_views(app: &TestApp, code: &str, worry: &str) {
    let answers = json!({ "good_things": { "text": GOOD, "visibility": "everyone" }, "worries": { "text": worry, "visibility": "chair_only" } });
    let (s, b) = app.post_json(&client(), "/api/v1/kiosk/views", json!({ "code": code, "submission_id": uuid::Uuid::new_v4(), "answers": answers })).await;
    assert_eq!(s, StatusCode::CREATED, "{b}");
}

async fn put(c: &Client, url: String, body: Value) -> (StatusCode, Value) {
    let r = c.put(url).json(&body).send().await.unwrap();
    (r.status(), r.json().await.unwrap_or(Value::Null))
}

/// Moves a meeting `days` into the past (as if that much time had gone by).
async fn backdate(app: &TestApp, meeting_id: &str, days: i64) {
    sqlx::query("UPDATE meetings SET starts_at = starts_at - $1 WHERE id = $2")
        .bind(days * 86_400_000)
        .bind(meeting_id)
        .execute(&app.db().await)
        .await
        .unwrap();
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle.as_bytes())
}

async fn words_never_reach_the_database_as_written(app: TestApp) {
    let chair = app.chair().await;
    let m = meeting(&app, &chair, 7).await;
    send_views(&app, &code(&m, 0), WORRY).await;
    let (_, got) = app.get_json(&chair, &format!("/api/v1/meetings/{}", id(&m))).await;
    let views_id = got["participants"][0]["views"]["id"].as_str().unwrap().to_string();
    let (s, b) = put(&chair, app.url(&format!("/api/v1/meetings/{}/views/{views_id}/translations/good_things", id(&m))), json!({ "text": TRANSLATION })).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    // Feedback after another meeting, with an idea.
    let past = meeting(&app, &chair, -1).await;
    let (s, b) = app
        .post_json(&client(), "/api/v1/kiosk/feedback", json!({ "code": code(&past, 1), "submission_id": uuid::Uuid::new_v4(), "answers": { "overall": 4, "idea": IDEA } }))
        .await;
    assert_eq!(s, StatusCode::CREATED, "{b}");
    let outcome = json!({ "held": true, "participants": [{ "id": past["participants"][0]["id"], "attended": false, "not_able": true, "not_able_reason": "In hospital with a broken leg" }] });
    assert_eq!(put(&chair, app.url(&format!("/api/v1/meetings/{}/outcome", id(&past))), outcome).await.0, StatusCode::OK);

    // The chair reads everything as it was written.
    let (_, got) = app.get_json(&chair, &format!("/api/v1/meetings/{}", id(&m))).await;
    assert_eq!((got["case_ref"].as_str(), got["participants"][0]["first_name"].as_str()), (Some(CASE), Some(NAME)));
    let views = &got["participants"][0]["views"];
    assert_eq!((views["answers"]["worries"]["text"].as_str(), views["translations"][0]["text"].as_str()), (Some(WORRY), Some(TRANSLATION)));
    let (_, got) = app.get_json(&chair, &format!("/api/v1/meetings/{}", id(&past))).await;
    assert_eq!(got["participants"][0]["outcome"]["not_able_reason"], "In hospital with a broken leg");

    // The database, as a copy of it would show it, holds none of it.
    let stored = app.stored_bytes().await;
    assert!(contains(&stored, "tt1$"), "sealed values are there");
    for secret in [WORRY, GOOD, IDEA, NAME, CASE, TRANSLATION, "broken leg", "Marguerite", &code(&m, 0), &code(&m, 0).replace('-', "")] {
        assert!(!contains(&stored, secret), "{secret:?} is in the stored database");
    }
    // Invite codes are keyed hashes: trying every code against a copy needs the key file.
    let hashes: Vec<String> = sqlx::query_scalar("SELECT code_hash FROM participants").fetch_all(&app.db().await).await.unwrap();
    assert!(hashes.iter().all(|h| h.starts_with("h1$")), "{hashes:?}");

    // The database with another key file (a copy in the wrong hands, or a mistyped
    // TIPTOES_KEY_FILE): Tiptoes will not start on it, and leaves no new key file behind.
    let other_key = app.dir.join("other.key");
    let out = tokio::process::Command::new(tests::bin())
        .arg("migrate")
        .env("TIPTOES_DATABASE_URL", &app.db_url)
        .env("TIPTOES_KEY_FILE", &other_key)
        .env("TIPTOES_LOG", "warn")
        .output()
        .await
        .unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && said.contains("not in"), "{said}");
    assert!(!other_key.exists());
    assert!(!said.contains(NAME) && !said.contains("Dad"), "{said}");
    // The key file was made readable by its owner only.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&app.key_file).unwrap().permissions().mode() & 0o777, 0o600);
    }
}
both!(words_never_reach_the_database_as_written);

/// The key lines of a key file, oldest first: `(id, secret)`.
fn key_ids(app: &TestApp) -> Vec<String> {
    std::fs::read_to_string(&app.key_file)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split_whitespace().next().unwrap().to_string())
        .collect()
}

async fn a_rotated_key_still_reads_old_words_and_old_keys_go_when_unused(app: TestApp) {
    let chair = app.chair().await;
    let manager = app.signed_in("manager@example.org", "manager").await;
    let m = meeting(&app, &chair, 7).await;
    send_views(&app, &code(&m, 0), WORRY).await;
    let old = key_ids(&app);
    assert_eq!(old.len(), 1);

    let out = app.cli(&["rotate-key"], "").await;
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let keys = key_ids(&app);
    assert_eq!((keys.len(), &keys[0]), (2, &old[0]), "the new key is added after the old one");
    let new = &keys[1];
    assert!(String::from_utf8_lossy(&out.stdout).contains(new.as_str()));
    // Every sealed value moved to the new key.
    let pool = app.db().await;
    let answers: Vec<String> = sqlx::query_scalar("SELECT answers FROM views").fetch_all(&pool).await.unwrap();
    let names: Vec<String> = sqlx::query_scalar("SELECT first_name FROM participants").fetch_all(&pool).await.unwrap();
    for v in answers.iter().chain(&names) {
        assert!(v.starts_with(&format!("tt1${new}$")), "{v}");
    }
    // The running server, which read the key file before, still reads the words.
    let (s, got) = app.get_json(&chair, &format!("/api/v1/meetings/{}", id(&m))).await;
    assert_eq!(s, StatusCode::OK, "{got}");
    assert_eq!(got["participants"][0]["views"]["answers"]["worries"]["text"], WORRY);
    // A code given out before still opens (its hash is under the old key) ...
    assert_eq!(app.post_json(&client(), "/api/v1/kiosk/invite", json!({ "code": code(&m, 0) })).await.0, StatusCode::OK);
    // ... so the old key cannot go yet.
    let out = app.cli(&["rotate-key", "--forget-retired"], "").await;
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("still needed"), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(key_ids(&app).len(), 2, "nothing changed");
    // Once its codes have expired, it goes; the words still read, after a restart too.
    sqlx::query("UPDATE participants SET code_expires_at = 1").execute(&pool).await.unwrap();
    let out = app.cli(&["rotate-key", "--forget-retired"], "").await;
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(key_ids(&app), vec![new.clone()]);
    let app = app.restart().await;
    let chair = client();
    chair.post(app.url("/api/v1/session")).json(&json!({ "email": "chair@example.org", "password": "a long enough password" })).send().await.unwrap();
    let (_, got) = app.get_json(&chair, &format!("/api/v1/meetings/{}", id(&m))).await;
    assert_eq!(got["participants"][0]["views"]["answers"]["worries"]["text"], WORRY);
    // Both steps are in the audit log, done by the command line (no user).
    let (_, audit) = app.get_json(&manager, "/api/v1/audit").await;
    let actions: Vec<(&str, &Value)> = audit["entries"].as_array().unwrap().iter().map(|e| (e["action"].as_str().unwrap(), &e["user"])).collect();
    assert!(actions.contains(&("rotate_key", &Value::Null)) && actions.contains(&("forget_keys", &Value::Null)), "{actions:?}");
}
both!(a_rotated_key_still_reads_old_words_and_old_keys_go_when_unused);

/// The year (from 1 April) that a time like `2026-08-01T10:00:00Z` is in.
fn financial_year(rfc3339: &str) -> i32 {
    let (y, m): (i32, u32) = (rfc3339[..4].parse().unwrap(), rfc3339[5..7].parse().unwrap());
    if m >= 4 { y } else { y - 1 }
}

async fn a_purge_deletes_words_past_their_time_and_leaves_the_figures_as_they_were(app: TestApp) {
    let chair = app.chair().await;
    let manager = app.signed_in("manager@example.org", "manager").await;
    // A meeting whose time is up: views, a translation, feedback with an idea, an outcome.
    let old = meeting(&app, &chair, 1).await;
    send_views(&app, &code(&old, 0), WORRY).await;
    let (_, got) = app.get_json(&chair, &format!("/api/v1/meetings/{}", id(&old))).await;
    let views_id = got["participants"][0]["views"]["id"].as_str().unwrap().to_string();
    let translation = app.url(&format!("/api/v1/meetings/{}/views/{views_id}/translations/worries", id(&old)));
    assert_eq!(put(&chair, translation.clone(), json!({ "text": TRANSLATION })).await.0, StatusCode::OK);
    backdate(&app, &id(&old), 101).await;
    let (s, b) = app
        .post_json(&client(), "/api/v1/kiosk/feedback", json!({ "code": code(&old, 1), "submission_id": uuid::Uuid::new_v4(), "answers": { "overall": 2, "listened": "no", "idea": IDEA } }))
        .await;
    assert_eq!(s, StatusCode::CREATED, "{b}");
    let outcome = json!({ "held": true, "participants": [
        { "id": old["participants"][0]["id"], "attended": true, "views_shared_by": ["someone"] },
        { "id": old["participants"][1]["id"], "attended": true }
    ] });
    assert_eq!(put(&chair, app.url(&format!("/api/v1/meetings/{}/outcome", id(&old))), outcome).await.0, StatusCode::OK);
    // A meeting still within its time.
    let recent = meeting(&app, &chair, 3).await;
    send_views(&app, &code(&recent, 0), "A worry that is kept for now").await;

    let (_, got) = app.get_json(&chair, &format!("/api/v1/meetings/{}", id(&old))).await;
    let year = financial_year(got["starts_at"].as_str().unwrap());
    let figures = |c: Client| {
        let app = &app;
        async move {
            let mut all = Vec::new();
            for path in ["participation", "breakdowns", "feedback"] {
                let (s, f) = app.get_json(&c, &format!("/api/v1/figures/{path}?year={year}")).await;
                assert_eq!(s, StatusCode::OK, "{f}");
                all.push(f);
            }
            all
        }
    };
    let before = figures(manager.clone()).await;
    assert_eq!(before[0]["total"]["parents"]["invited"], 1, "the held meeting is counted: {}", before[0]);
    let (_, ideas) = app.get_json(&manager, &format!("/api/v1/ideas?year={year}")).await;
    assert_eq!(ideas["ideas"][0]["idea"], IDEA);

    // The sealed words as stored, to look for in the file after the purge.
    let pool = app.db().await;
    let sealed_answers: String = sqlx::query_scalar("SELECT answers FROM views v JOIN participants p ON p.id = v.participant_id WHERE p.meeting_id = $1")
        .bind(id(&old))
        .fetch_one(&pool)
        .await
        .unwrap();
    let sealed_idea: String = sqlx::query_scalar("SELECT idea FROM feedback WHERE meeting_id = $1").bind(id(&old)).fetch_one(&pool).await.unwrap();
    pool.close().await;
    let out = app.cli(&["purge"], "").await;
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("Deleted the words of 1 meetings more than 90 days old: 1 versions of views, 1 translations, 1 ideas, 2 names."), "{said}");

    // The figures are exactly as they were.
    assert_eq!(figures(manager.clone()).await, before);
    // The words are gone; the meeting says when and why; the counts stay.
    let (s, got) = app.get_json(&chair, &format!("/api/v1/meetings/{}", id(&old))).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!((got["case_ref"].clone(), got["words_kept_until"].clone()), (Value::Null, Value::Null), "{got}");
    assert!(got["words_deleted_at"].as_str().is_some(), "{got}");
    for p in got["participants"].as_array().unwrap() {
        assert_eq!(p["first_name"], Value::Null, "{p}");
    }
    // The version is still counted (when and how it came), without its words.
    let views = &got["participants"][0]["views"];
    assert_eq!((views["answers"].clone(), views["translations"].clone(), got["participants"][0]["submissions"].as_i64()), (Value::Null, json!([]), Some(1)));
    assert_eq!(got["participants"][0]["outcome"]["views_shared_by"], json!(["kiosk", "someone"]));
    let (_, ideas) = app.get_json(&manager, &format!("/api/v1/ideas?year={year}")).await;
    assert_eq!(ideas["ideas"], json!([]));
    // Its codes stop: nothing new can be written for it.
    let (s, _) = app.post_json(&client(), "/api/v1/kiosk/invite", json!({ "code": code(&old, 1) })).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    // Nor can the chair write into it: its outcome again keeps no note, an edit is refused.
    let again = json!({ "held": true, "participants": [{ "id": old["participants"][0]["id"], "attended": false, "not_able": true, "not_able_reason": "a new note" }] });
    assert_eq!(put(&chair, app.url(&format!("/api/v1/meetings/{}/outcome", id(&old))), again).await.0, StatusCode::OK);
    let (_, got) = app.get_json(&chair, &format!("/api/v1/meetings/{}", id(&old))).await;
    assert_eq!(got["participants"][0]["outcome"]["not_able_reason"], Value::Null);
    // Nothing is left to translate.
    let (s, b) = put(&chair, translation, json!({ "text": "again" })).await;
    assert_eq!((s, b["error"]["code"].as_str()), (StatusCode::CONFLICT, Some("words_deleted")));
    // The recent meeting keeps its words, and says until when.
    let (_, got) = app.get_json(&chair, &format!("/api/v1/meetings/{}", id(&recent))).await;
    assert_eq!(got["participants"][0]["views"]["answers"]["worries"]["text"], "A worry that is kept for now");
    assert_eq!((got["case_ref"].as_str(), got["words_deleted_at"].clone()), (Some(CASE), Value::Null));
    let until = got["words_kept_until"].as_str().unwrap();
    assert!(until > got["starts_at"].as_str().unwrap(), "{until}");
    // The chair's pages say the same.
    let html = chair.get(app.url(&format!("/staff/meetings/{}", id(&old)))).send().await.unwrap().text().await.unwrap();
    assert!(html.contains("Deleted on") && html.contains("Their words were deleted after the meeting"), "{html}");
    assert!(!html.contains(NAME));
    let html = chair.get(app.url(&format!("/staff/meetings/{}", id(&recent)))).send().await.unwrap().text().await.unwrap();
    assert!(html.contains("Kept until"), "{html}");
    // The run is in the audit log with its counts; a second run finds nothing more to delete.
    assert!(app.cli(&["purge"], "").await.status.success());
    let (_, audit) = app.get_json(&manager, "/api/v1/audit").await;
    let purges: Vec<&Value> = audit["entries"].as_array().unwrap().iter().filter(|e| e["action"] == "purge").collect();
    assert!(purges.len() >= 2, "{audit}");
    assert_eq!(purges[0]["detail"]["meetings"], 0, "the newest run");
    let first = purges.iter().find(|p| p["detail"]["meetings"] == 1).expect("the run that deleted the meeting's words");
    assert_eq!((first["detail"]["views"].as_i64(), first["detail"]["ideas"].as_i64(), first["detail"]["translations"].as_i64()), (Some(1), Some(1), Some(1)));
    assert_eq!(first["user"], Value::Null);
    // Only what the figures need is left in the database.
    let stored = app.stored_bytes().await;
    let pool = app.db().await;
    let left: Vec<(Option<String>, Option<String>)> = sqlx::query_as("SELECT first_name, not_able_reason FROM participants WHERE meeting_id = $1")
        .bind(id(&old))
        .fetch_all(&pool)
        .await
        .unwrap();
    assert_eq!(left, vec![(None, None), (None, None)]);
    // Not even sealed: on SQLite the freed space and the log are wiped, and a dump holds only
    // live rows.
    pool.close().await;
    for gone in [&sealed_answers, &sealed_idea] {
        assert!(gone.starts_with("tt1$"));
        assert!(!contains(&stored, gone), "a deleted value is still in the stored database");
    }
}
both!(a_purge_deletes_words_past_their_time_and_leaves_the_figures_as_they_were);

async fn a_running_server_purges_by_itself(app: TestApp) {
    let chair = app.chair().await;
    let m = meeting(&app, &chair, 1).await;
    send_views(&app, &code(&m, 0), WORRY).await;
    // Past the 30 days this server keeps words for.
    backdate(&app, &id(&m), 31).await;
    let mut deleted = Value::Null;
    for _ in 0..50 {
        let (_, got) = app.get_json(&chair, &format!("/api/v1/meetings/{}", id(&m))).await;
        deleted = got["words_deleted_at"].clone();
        if !deleted.is_null() {
            assert_eq!(got["participants"][0]["views"]["answers"], Value::Null);
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    assert!(deleted.is_string(), "the server deleted the words within 10 s");
    // In the audit log as done by Tiptoes itself, with its counts.
    let manager = app.signed_in("manager@example.org", "manager").await;
    let (_, audit) = app.get_json(&manager, "/api/v1/audit").await;
    let purge = audit["entries"].as_array().unwrap().iter().find(|e| e["action"] == "purge").expect("a purge entry");
    assert_eq!((purge["user"].clone(), purge["detail"]["meetings"].as_i64(), purge["detail"]["views"].as_i64()), (Value::Null, Some(1), Some(1)));
}
both_with!(a_running_server_purges_by_itself, &[("TIPTOES_PURGE_EVERY_SECONDS", "1"), ("TIPTOES_KEEP_WORDS_DAYS", "30")]);

async fn words_stored_before_encryption_are_sealed_at_the_next_start(app: TestApp) {
    let chair = app.chair().await;
    let m = meeting(&app, &chair, 7).await;
    send_views(&app, &code(&m, 0), WORRY).await;
    // As a database from before encryption held them: in the clear.
    let pool = app.db().await;
    let plain = json!({ "worries": { "text": "An old worry written in the clear", "visibility": "everyone" } }).to_string();
    sqlx::query("UPDATE views SET answers = $1").bind(&plain).execute(&pool).await.unwrap();
    sqlx::query("UPDATE participants SET first_name = 'Oldname' WHERE id = $1").bind(m["participants"][0]["id"].as_str().unwrap()).execute(&pool).await.unwrap();
    sqlx::query("UPDATE meetings SET case_ref = 'OLD-CASE-42'").execute(&pool).await.unwrap();
    sqlx::query("UPDATE settings SET value = '0' WHERE name = 'words_sealed'").execute(&pool).await.unwrap();
    pool.close().await;
    let app = app.restart().await;
    let pool = app.db().await;
    let stored: String = sqlx::query_scalar("SELECT answers FROM views").fetch_one(&pool).await.unwrap();
    assert!(stored.starts_with("tt1$"), "{stored}");
    let chair = client();
    chair.post(app.url("/api/v1/session")).json(&json!({ "email": "chair@example.org", "password": "a long enough password" })).send().await.unwrap();
    let (_, got) = app.get_json(&chair, &format!("/api/v1/meetings/{}", id(&m))).await;
    assert_eq!((got["case_ref"].as_str(), got["participants"][0]["first_name"].as_str()), (Some("OLD-CASE-42"), Some("Oldname")));
    assert_eq!(got["participants"][0]["views"]["answers"]["worries"]["text"], "An old worry written in the clear");
    // Not even the file's free space or log keeps the old clear text.
    pool.close().await;
    let bytes = app.stored_bytes().await;
    for secret in ["An old worry", "Oldname", "OLD-CASE-42"] {
        assert!(!contains(&bytes, secret), "{secret:?} is still in the stored database");
    }
}
both!(words_stored_before_encryption_are_sealed_at_the_next_start);

/// A form post as a browser sends it from one of our pages.
async fn form(c: &Client, app: &TestApp, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    c.post(app.url(path)).header("accept", "text/html").header("sec-fetch-site", "same-origin").form(fields).send().await.unwrap()
}

async fn user_id(app: &TestApp, email: &str) -> String {
    sqlx::query_scalar("SELECT id FROM users WHERE email = $1").bind(email).fetch_one(&app.db().await).await.unwrap()
}

async fn every_listed_action_is_in_the_audit_log(app: TestApp) {
    let chair = app.chair().await;
    let manager = app.signed_in("manager@example.org", "manager").await;
    // Wrong passwords: for an account, and for an address that has none.
    for email in ["chair@example.org", "nobody@example.org"] {
        let (s, _) = app.post_json(&client(), "/api/v1/session", json!({ "email": email, "password": "not the password at all" })).await;
        assert_eq!(s, StatusCode::UNAUTHORIZED);
    }
    // A meeting set up, changed, read, cancelled.
    let m = meeting(&app, &chair, 7).await;
    let r = chair.patch(app.url(&format!("/api/v1/meetings/{}", id(&m)))).json(&json!({ "case_ref": "CASE-2" })).send().await.unwrap();
    assert!(r.status().is_success(), "{}", r.status());
    app.get_json(&chair, &format!("/api/v1/meetings/{}", id(&m))).await;
    // Feedback ideas read and given a theme; the figures downloaded.
    let past = meeting(&app, &chair, -1).await;
    app.post_json(&client(), "/api/v1/kiosk/feedback", json!({ "code": code(&past, 1), "submission_id": uuid::Uuid::new_v4(), "answers": { "idea": IDEA } })).await;
    let year = financial_year(&tests::chrono_like_rfc3339(-86_400));
    let (_, ideas) = app.get_json(&manager, &format!("/api/v1/ideas?year={year}")).await;
    let idea_id = ideas["ideas"][0]["id"].as_str().unwrap().to_string();
    assert_eq!(put(&manager, app.url(&format!("/api/v1/ideas/{idea_id}/themes")), json!({ "themes": ["rooms"] })).await.0, StatusCode::OK);
    let r = chair.get(app.url(&format!("/api/v1/figures/participation.csv?year={year}"))).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    // A notice written, published, taken back.
    let (s, n) = app.post_json(&manager, "/api/v1/notices", json!({ "you_said": "Rooms", "we_did": "Quiet rooms", "ideas": [idea_id] })).await;
    assert_eq!(s, StatusCode::CREATED, "{n}");
    for published in [true, false] {
        let r = manager.patch(app.url(&format!("/api/v1/notices/{}", n["id"].as_str().unwrap()))).json(&json!({ "published": published })).send().await.unwrap();
        assert!(r.status().is_success());
    }
    // Accounts: added, turned off and on, given a new password; a password changed.
    let staff = client();
    staff.post(app.url("/api/v1/session")).json(&json!({ "email": "manager@example.org", "password": "a long enough password" })).send().await.unwrap();
    form(&staff, &app, "/fn/add_user", &[("name", "Pat"), ("email", "pat@example.org"), ("role", "chair"), ("password", "a one-time password")]).await;
    let pat = user_id(&app, "pat@example.org").await;
    for disabled in ["yes", "no"] {
        form(&staff, &app, "/fn/set_user_disabled", &[("id", &pat), ("disabled", disabled)]).await;
    }
    form(&staff, &app, "/fn/reset_user_password", &[("id", &pat), ("password", "another one-time password")]).await;
    let own = client();
    own.post(app.url("/api/v1/session")).json(&json!({ "email": "chair@example.org", "password": "a long enough password" })).send().await.unwrap();
    form(&own, &app, "/fn/change_password", &[("current", "a long enough password"), ("new", "a longer new password"), ("confirm", "a longer new password")]).await;
    // One person's everything exported, and their words erased.
    let child = m["participants"][0]["id"].as_str().unwrap().to_string();
    assert_eq!(app.get_json(&manager, &format!("/api/v1/participants/{child}/export")).await.0, StatusCode::OK);
    assert_eq!(app.post_json(&manager, &format!("/api/v1/participants/{child}/erase"), json!({})).await.0, StatusCode::OK);
    let r = manager.delete(app.url(&format!("/api/v1/meetings/{}", id(&m)))).send().await.unwrap();
    assert!(r.status().is_success());
    assert!(app.cli(&["purge"], "").await.status.success());
    assert!(app.cli(&["rotate-key"], "").await.status.success());

    let (_, audit) = app.get_json(&manager, "/api/v1/audit").await;
    let entries = audit["entries"].as_array().unwrap();
    let actions: std::collections::BTreeSet<&str> = entries.iter().map(|e| e["action"].as_str().unwrap()).collect();
    for expected in [
        "sign_in", "sign_in_failed", "change_password", "add_user", "disable_user", "enable_user", "reset_password",
        "create_meeting", "edit_meeting", "read_views", "cancel_meeting", "read_ideas", "tag_idea", "export_figures",
        "create_notice", "publish_notice", "withdraw_notice", "export_person", "erase_person", "purge", "rotate_key",
    ] {
        assert!(actions.contains(expected), "{expected} is not in the log: {actions:?}");
    }
    // No entry holds anyone's words, or the address typed with a wrong password.
    let text = audit.to_string();
    for secret in [IDEA, NAME, CASE, "nobody@example.org"] {
        assert!(!text.contains(secret), "{secret} is in the audit log");
    }
    // Filtered by action: both failed sign-ins, one for the chair's account, one for no account.
    let (_, failed) = app.get_json(&manager, "/api/v1/audit?action=sign_in_failed").await;
    let who: Vec<Value> = failed["entries"].as_array().unwrap().iter().map(|e| e["user"]["name"].clone()).collect();
    assert_eq!(who.len(), 2, "{failed}");
    assert!(who.contains(&json!("Test User")) && who.contains(&Value::Null), "{who:?}");
    // Filtered by person: only what the chair did.
    let chair_id = user_id(&app, "chair@example.org").await;
    let (_, theirs) = app.get_json(&manager, &format!("/api/v1/audit?user={chair_id}")).await;
    assert!(theirs["entries"].as_array().unwrap().iter().all(|e| e["user"]["id"] == chair_id.as_str()));
    let (_, both) = app.get_json(&manager, &format!("/api/v1/audit?user={chair_id}&action=create_meeting")).await;
    assert_eq!(both["entries"].as_array().unwrap().len(), 2);
    // The manager's page filters the same way, and names each action in words.
    let html = manager.get(app.url("/staff/audit?action=erase_person")).send().await.unwrap().text().await.unwrap();
    assert!(html.contains("Erased one person&#x27;s words") || html.contains("Erased one person's words"), "{html}");
    assert!(!html.contains("Signed in</td>"), "only that action");
    assert!(html.contains(r#"<option value="sign_in_failed""#), "every action can be chosen");
}
both!(every_listed_action_is_in_the_audit_log);

async fn a_manager_exports_and_erases_one_persons_words(app: TestApp) {
    let chair = app.chair().await;
    let manager = app.signed_in("manager@example.org", "manager").await;
    let m = meeting(&app, &chair, 7).await;
    send_views(&app, &code(&m, 0), WORRY).await;
    let (_, got) = app.get_json(&chair, &format!("/api/v1/meetings/{}", id(&m))).await;
    let views_id = got["participants"][0]["views"]["id"].as_str().unwrap().to_string();
    let translation = app.url(&format!("/api/v1/meetings/{}/views/{views_id}/translations/worries", id(&m)));
    assert_eq!(put(&chair, translation, json!({ "text": TRANSLATION })).await.0, StatusCode::OK);
    let child = m["participants"][0]["id"].as_str().unwrap().to_string();
    let export = format!("/api/v1/participants/{child}/export");
    let erase = format!("/api/v1/participants/{child}/erase");

    // Not for a chair, not even the meeting's own; an unknown person is not found either.
    assert_eq!(app.get_json(&chair, &export).await.0, StatusCode::NOT_FOUND);
    assert_eq!(app.post_json(&chair, &erase, json!({})).await.0, StatusCode::NOT_FOUND);
    assert_eq!(app.get_json(&manager, "/api/v1/participants/nobody/export").await.0, StatusCode::NOT_FOUND);
    assert_eq!(app.get_json(&client(), &export).await.0, StatusCode::UNAUTHORIZED);

    // A subject access request: everything held, in one file.
    let r = manager.get(app.url(&export)).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.headers()["content-disposition"].to_str().unwrap().starts_with("attachment"));
    let all: Value = r.json().await.unwrap();
    assert_eq!((all["participant"]["first_name"].as_str(), all["meeting"]["case_ref"].as_str()), (Some(NAME), Some(CASE)));
    assert_eq!(all["participant"]["age_band"], "13-15");
    assert_eq!(all["views"][0]["answers"]["worries"]["text"], WORRY);
    assert_eq!(all["views"][0]["translations"][0]["text"], TRANSLATION);
    assert!(all["audit"].as_array().unwrap().iter().any(|e| e["action"] == "read_views"), "who read their words");
    assert_eq!(all["feedback"], Value::Null);

    // An erasure request: refused without the box ticked, done with it.
    let staff = client();
    staff.post(app.url("/api/v1/session")).json(&json!({ "email": "manager@example.org", "password": "a long enough password" })).send().await.unwrap();
    let page = staff.get(app.url(&format!("/staff/meetings/{}", id(&m)))).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("This person&#x27;s rights") || page.contains("This person's rights"), "a manager sees the rights");
    let own = chair.get(app.url(&format!("/staff/meetings/{}", id(&m)))).send().await.unwrap().text().await.unwrap();
    assert!(!own.contains("erase_person"), "a chair does not");
    let r = form(&staff, &app, "/fn/erase_person", &[("id", &id(&m)), ("person", &child)]).await;
    let to = r.headers()["location"].to_str().unwrap().to_string();
    assert!(to.contains("error=confirm_needed"), "{to}");
    let (_, got) = app.get_json(&chair, &format!("/api/v1/meetings/{}", id(&m))).await;
    assert_eq!(got["participants"][0]["views"]["answers"]["worries"]["text"], WORRY, "nothing changed");
    let r = form(&staff, &app, "/fn/erase_person", &[("id", &id(&m)), ("person", &child), ("confirm", "yes")]).await;
    assert_eq!(r.headers()["location"].to_str().unwrap(), format!("/staff/meetings/{}?erased=1", id(&m)));

    let (_, got) = app.get_json(&chair, &format!("/api/v1/meetings/{}", id(&m))).await;
    let (c, p) = (&got["participants"][0], &got["participants"][1]);
    assert_eq!((c["first_name"].clone(), c["views"]["answers"].clone(), c["views"]["translations"].clone()), (Value::Null, Value::Null, json!([])));
    assert!(c["words_erased_at"].is_string() && c["submissions"] == 1, "{c}");
    assert_eq!((p["first_name"].as_str(), p["words_erased_at"].clone()), (Some("Marguerite"), Value::Null), "only that person");
    assert_eq!(got["case_ref"], CASE, "the meeting keeps its reference");
    let html = chair.get(app.url(&format!("/staff/meetings/{}", id(&m)))).send().await.unwrap().text().await.unwrap();
    assert!(html.contains("Their words were erased on"), "{html}");
    // Their code stops: nothing new is written for them.
    assert_eq!(app.post_json(&client(), "/api/v1/kiosk/invite", json!({ "code": code(&m, 0) })).await.0, StatusCode::NOT_FOUND);
    // Erasing again deletes nothing more; the export now says it was erased.
    let (s, b) = app.post_json(&manager, &erase, json!({})).await;
    assert_eq!((s, b["erased"].clone()), (StatusCode::OK, json!({ "views": 0, "translations": 0, "ideas": 0, "drafts": 0 })));
    let (_, all) = app.get_json(&manager, &export).await;
    assert_eq!((all["views"][0]["answers"].clone(), all["words_erased"]["why"].as_str()), (Value::Null, Some("erasure")));
    // Both are in the audit log, naming the person, not their words.
    let (_, audit) = app.get_json(&manager, "/api/v1/audit?action=erase_person").await;
    let first = audit["entries"].as_array().unwrap().last().unwrap().clone();
    assert_eq!((first["participant_id"].as_str(), first["detail"]["views"].as_i64(), first["detail"]["translations"].as_i64()), (Some(child.as_str()), Some(1), Some(1)));
    let (_, audit) = app.get_json(&manager, "/api/v1/audit?action=export_person").await;
    assert_eq!(audit["entries"].as_array().unwrap().len(), 2, "the two exports; refused ones are not reads");
}
both!(a_manager_exports_and_erases_one_persons_words);
