//! The chair's pages as a browser without JavaScript uses them: sign in, set up a meeting,
//! print invites, read views, record the outcome. And the attacks on each.

use reqwest::{Client, StatusCode};
use serde_json::json;
use tests::{TestApp, both, client};

async fn page(c: &Client, app: &TestApp, path: &str) -> (StatusCode, String, String) {
    let r = c.get(app.url(path)).header("accept", "text/html").header("accept-language", "en-GB").send().await.unwrap();
    (r.status(), location(&r), plain(r.text().await.unwrap()))
}

/// Fluent wraps each variable in Unicode isolation marks; the words are what a test reads.
fn plain(s: String) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

/// A same-site HTML form post, as a browser sends it.
async fn form(c: &Client, app: &TestApp, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    c.post(app.url(path)).header("accept", "text/html").header("sec-fetch-site", "same-origin").form(fields).send().await.unwrap()
}

fn location(r: &reqwest::Response) -> String {
    r.headers().get("location").map(|v| v.to_str().unwrap().to_string()).unwrap_or_default()
}

/// A chair added with the CLI, signed in through the sign-in form.
async fn chair_page_client(app: &TestApp, email: &str) -> Client {
    let out = app.cli(&["user", "add", "--email", email, "--name", "Sam Chair", "--role", "chair"], "a long enough password\n").await;
    assert!(out.status.success());
    let c = client();
    let r = form(&c, app, "/fn/staff_sign_in", &[("email", email), ("password", "a long enough password")]).await;
    assert_eq!((r.status(), location(&r)), (StatusCode::FOUND, "/staff".into()));
    c
}

/// The new-meeting form filled in for a meeting `days` from now, with a child and a parent.
fn meeting_form(date: &str) -> Vec<(&'static str, String)> {
    vec![
        ("form[kind]", "icpc".into()),
        ("form[date]", date.into()),
        ("form[time]", "10:30".into()),
        ("form[case_ref]", "CASE-9".into()),
        ("form[people][0][role]", "child".into()),
        ("form[people][0][first_name]", "Olivia".into()),
        ("form[people][0][language]", "en-GB".into()),
        ("form[people][0][age_band]", "10-12".into()),
        ("form[people][0][gender]", "female".into()),
        ("form[people][1][role]", "parent".into()),
        ("form[people][1][first_name]", "Kasia".into()),
        ("form[people][1][language]", "pl".into()),
        ("form[people][1][age_band]", "".into()),
        ("form[people][1][gender]", "".into()),
        ("form[people][2][role]", "".into()),
        ("form[people][2][first_name]", "".into()),
        ("form[people][2][language]", "en-GB".into()),
    ]
}

fn date_in(days: i64) -> String {
    tests::chrono_like_rfc3339(days * 86_400)[..10].to_string()
}

async fn create_by_form(c: &Client, app: &TestApp, date: &str) -> reqwest::Response {
    let fields = meeting_form(date);
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    form(c, app, "/fn/create_meeting", &pairs).await
}

async fn staff_pages_are_never_served_signed_out_and_sign_in_says_why_not(app: TestApp) {
    let visitor = client();
    for path in ["/staff", "/staff/meetings/new", "/staff/meetings/some-id", "/staff/meetings/some-id/print", "/staff/meetings/some-id/outcome"] {
        let (s, loc, body) = page(&visitor, &app, path).await;
        assert_eq!((s, loc.as_str()), (StatusCode::SEE_OTHER, "/staff/sign-in"), "{path}");
        assert!(!body.contains("Meetings"), "{path} leaked a page");
    }
    let (s, _, html) = page(&visitor, &app, "/staff/sign-in").await;
    assert_eq!(s, StatusCode::OK);
    assert!(html.contains(r#"autocomplete="current-password""#));
    // A wrong password and an unknown address read the same.
    app.cli(&["user", "add", "--email", "sam@example.org", "--name", "Sam", "--role", "chair"], "a long enough password\n").await;
    let r = form(&visitor, &app, "/fn/staff_sign_in", &[("email", "sam@example.org"), ("password", "not the password")]).await;
    let wrong = location(&r);
    let r = form(&visitor, &app, "/fn/staff_sign_in", &[("email", "nobody@example.org"), ("password", "not the password")]).await;
    assert_eq!(location(&r), wrong);
    assert_eq!(wrong, "/staff/sign-in?error=invalid_credentials");
    let (_, _, html) = page(&visitor, &app, &wrong).await;
    assert!(html.contains("The email address or password is not right."));
    // Five wrong in all: the address waits, and the page says for how long.
    for _ in 0..4 {
        form(&visitor, &app, "/fn/staff_sign_in", &[("email", "sam@example.org"), ("password", "not the password")]).await;
    }
    let r = form(&visitor, &app, "/fn/staff_sign_in", &[("email", "sam@example.org"), ("password", "a long enough password")]).await;
    assert_eq!(location(&r), "/staff/sign-in?error=locked&minutes=15");
    let (_, _, html) = page(&visitor, &app, &location(&r)).await;
    assert!(html.contains("Wait 15 minutes"), "says how long");
    assert!(page(&visitor, &app, "/staff").await.1 == "/staff/sign-in", "still signed out");
}
both!(staff_pages_are_never_served_signed_out_and_sign_in_says_why_not);

async fn a_chair_sets_up_a_meeting_prints_invites_and_reads_views(app: TestApp) {
    let chair = chair_page_client(&app, "sam@example.org").await;
    let (s, _, html) = page(&chair, &app, "/staff").await;
    assert_eq!(s, StatusCode::OK);
    assert!(html.contains("There are no meetings yet."));
    // Bad input comes back to the form with a message, and nothing is made.
    let r = create_by_form(&chair, &app, "2020-01-01").await;
    assert_eq!(location(&r), "/staff/meetings/new?error=in_the_past&field=date");
    let r = create_by_form(&chair, &app, "not a date").await;
    assert_eq!(location(&r), "/staff/meetings/new?error=invalid_date&field=date");
    let (_, _, html) = page(&chair, &app, "/staff/meetings/new?error=invalid_date&field=date").await;
    assert!(html.contains("Enter the date of the meeting.") && html.contains(r##"href="#date""##));
    let pool = app.db().await;
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM meetings").fetch_one(&pool).await.unwrap();
    assert_eq!(n, 0);
    // A good form makes the meeting and its two people (the unused row is left out).
    let r = create_by_form(&chair, &app, &date_in(5)).await;
    let loc = location(&r);
    assert!(loc.starts_with("/staff/meetings/") && loc.ends_with("?created=1"), "{loc}");
    let id = loc.trim_start_matches("/staff/meetings/").trim_end_matches("?created=1").to_string();
    let (s, _, html) = page(&chair, &app, &loc).await;
    assert_eq!(s, StatusCode::OK);
    assert!(html.contains("Initial child protection conference") && html.contains("at 10:30") && html.contains("CASE-9"));
    assert!(html.contains("Olivia (Child)") && html.contains("Kasia (Parent)") && html.contains("Invite not printed yet"));
    let ages: Vec<Option<String>> =
        sqlx::query_scalar("SELECT age_band FROM participants WHERE meeting_id = $1 ORDER BY position").bind(&id).fetch_all(&pool).await.unwrap();
    assert_eq!(ages, vec![Some("10-12".to_string()), None]);

    // Printing: one sheet each, in the person's language, with a code and a QR code.
    let r = form(&chair, &app, &format!("/staff/meetings/{id}/invites"), &[]).await;
    assert_eq!(r.status(), StatusCode::OK);
    let csp = r.headers()["content-security-policy"].to_str().unwrap().to_string();
    assert!(csp.contains("default-src 'none'") && !csp.contains("unsafe-inline"), "{csp}");
    let sheets = plain(r.text().await.unwrap());
    assert_eq!(sheets.matches(r#"class="invite-sheet""#).count(), 2);
    assert!(sheets.contains(r#"lang="pl""#) && sheets.contains("Hello Olivia!"));
    assert_eq!(sheets.matches("<svg").count(), 2, "a QR code on each sheet");
    let links: Vec<String> = sheets.split(r#"<span dir="ltr">"#).skip(1).map(|s| s.split('<').next().unwrap().to_string()).collect();
    let child_code = links[0].rsplit('/').next().unwrap().to_string();
    // The new code opens the kiosk for Olivia; printing again retires it.
    let kiosk = client();
    let (s, _) = app.post_json(&kiosk, "/api/v1/kiosk/invite", json!({ "code": child_code })).await;
    assert_eq!(s, StatusCode::OK);
    form(&chair, &app, &format!("/staff/meetings/{id}/invites"), &[]).await;
    let (s, _) = app.post_json(&kiosk, "/api/v1/kiosk/invite", json!({ "code": child_code })).await;
    assert_eq!(s, StatusCode::NOT_FOUND, "an earlier printout stops working");
    let (_, _, html) = page(&chair, &app, &format!("/staff/meetings/{id}")).await;
    assert!(html.contains("Invite printed"));

    // Editing: the form comes filled in; a new time, the parent removed, a carer added.
    let (s, _, html) = page(&chair, &app, &format!("/staff/meetings/{id}/edit")).await;
    assert_eq!(s, StatusCode::OK);
    assert!(html.contains(r#"value="10:30""#) && html.contains(r#"value="Olivia""#) && html.contains("Remove this person"));
    let ids: Vec<String> =
        sqlx::query_scalar("SELECT id FROM participants WHERE meeting_id = $1 ORDER BY position").bind(&id).fetch_all(&pool).await.unwrap();
    let date = date_in(6);
    let fields = [
        ("id", id.as_str()),
        ("form[kind]", "rcpc"),
        ("form[date]", date.as_str()),
        ("form[time]", "11:15"),
        ("form[case_ref]", ""),
        ("form[people][0][id]", ids[0].as_str()),
        ("form[people][0][role]", "child"),
        ("form[people][0][first_name]", "Olivia"),
        ("form[people][0][language]", "pl"),
        ("form[people][1][id]", ids[1].as_str()),
        ("form[people][1][role]", ""),
        ("form[people][1][language]", "pl"),
        ("form[people][2][role]", "carer"),
        ("form[people][2][first_name]", "Nan"),
        ("form[people][2][language]", "en-GB"),
    ];
    let r = form(&chair, &app, "/fn/update_meeting", &fields).await;
    assert_eq!(location(&r), format!("/staff/meetings/{id}?edited=1"));
    let (_, _, html) = page(&chair, &app, &format!("/staff/meetings/{id}?edited=1")).await;
    assert!(html.contains("Review child protection conference") && html.contains("at 11:15") && !html.contains("CASE-9"));
    assert!(html.contains("Nan (Carer)") && !html.contains("Kasia"));
    // A time in the past comes back to the form, and nothing changes.
    let mut past = fields.to_vec();
    past[2] = ("form[date]", "2020-01-01");
    let r = form(&chair, &app, "/fn/update_meeting", &past).await;
    assert_eq!(location(&r), format!("/staff/meetings/{id}/edit?error=in_the_past&field=date"));
}
both!(a_chair_sets_up_a_meeting_prints_invites_and_reads_views);

/// Views sent through the API for the meeting's child, with one answer for everyone, one for
/// the chair only and one with markup in it.
async fn child_sends_views(app: &TestApp, chair_api: &Client) -> (String, String) {
    let m = app.meeting(chair_api, "cse_strategy", 3).await;
    let code = m["participants"][0]["invite_code"].as_str().unwrap().to_string();
    let (s, _) = app
        .post_json(
            &client(),
            "/api/v1/kiosk/views",
            json!({ "code": code, "submission_id": uuid::Uuid::new_v4(), "answers": {
                "good_things": { "text": "My dog <script>alert(1)</script>", "visibility": "everyone" },
                "worries": { "text": "A secret worry", "visibility": "chair_only" },
                "wishes": { "text": "Ask me first", "visibility": "talk_first" },
                "safety_scale": 6,
                "talk_soon": true
            }}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED);
    (m["id"].as_str().unwrap().to_string(), code)
}

async fn reading_views_is_audited_escaped_and_gives_the_child_a_receipt(app: TestApp) {
    let chair = app.chair().await;
    let (id, code) = child_sends_views(&app, &chair).await;
    // Before the chair reads: no receipt.
    let kiosk = client();
    form(&kiosk, &app, "/fn/enter_code", &[("code", &code)]).await;
    let (_, _, html) = page(&kiosk, &app, "/k/welcome").await;
    assert!(!html.contains("read your views"));
    // The list flags the child who wants to talk soon.
    let (_, _, list) = page(&chair, &app, "/staff").await;
    assert!(list.contains("Views received (1)") && list.contains("A child wants to talk to someone soon"));
    let pool = app.db().await;
    let reads = || async {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM audit_log WHERE action = 'read_views' AND meeting_id = $1")
            .bind(&id)
            .fetch_one(&pool)
            .await
            .unwrap()
    };
    assert_eq!(reads().await, 0, "the list reads no one's words");
    let (s, _, html) = page(&chair, &app, &format!("/staff/meetings/{id}")).await;
    assert_eq!(s, StatusCode::OK);
    assert!(html.contains("My dog &lt;script&gt;alert(1)&lt;/script&gt;"), "a child's markup is text");
    assert!(!html.contains("<script>alert(1)"));
    assert!(html.contains("A secret worry") && html.contains("Only you, the chair"));
    assert!(html.contains("Wants to talk to you about this first") && html.contains("Everyone at the meeting can hear this"));
    assert!(html.contains("6 out of 10") && html.contains("asked to talk to someone soon"));
    assert!(reads().await >= 1, "the read is in the audit log");
    // Printing for the meeting leaves out what the child kept back.
    let (_, _, print) = page(&chair, &app, &format!("/staff/meetings/{id}/print")).await;
    assert!(print.contains("My dog"));
    assert!(!print.contains("A secret worry") && !print.contains("Ask me first"));
    // The child enters the code again: the receipt, and nothing else.
    let kiosk = client();
    let r = form(&kiosk, &app, "/fn/enter_code", &[("code", &code)]).await;
    assert_eq!(location(&r), "/k/welcome");
    let (_, _, html) = page(&kiosk, &app, "/k/welcome").await;
    assert!(html.contains("Your chair read your views on"), "read receipt");
    assert!(!html.contains("My dog") && !html.contains("A secret worry"));
}
both!(reading_views_is_audited_escaped_and_gives_the_child_a_receipt);

async fn another_chairs_meeting_is_not_found_on_every_page_and_action(app: TestApp) {
    let owner = app.chair().await;
    let (id, _) = child_sends_views(&app, &owner).await;
    let other = chair_page_client(&app, "other@example.org").await;
    for path in [format!("/staff/meetings/{id}"), format!("/staff/meetings/{id}/print"), format!("/staff/meetings/{id}/outcome")] {
        let (s, _, html) = page(&other, &app, &path).await;
        assert_eq!(s, StatusCode::NOT_FOUND, "{path}");
        assert!(!html.contains("My dog") && !html.contains("Olivia"), "{path}");
    }
    let r = form(&other, &app, &format!("/staff/meetings/{id}/invites"), &[]).await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = form(&other, &app, "/fn/cancel_meeting", &[("id", &id)]).await;
    assert_eq!(location(&r), format!("/staff/meetings/{id}?error=not_found"));
    let pool = app.db().await;
    let status: String = sqlx::query_scalar("SELECT status FROM meetings WHERE id = $1").bind(&id).fetch_one(&pool).await.unwrap();
    assert_eq!(status, "scheduled");
    let printed: Option<i64> =
        sqlx::query_scalar("SELECT MAX(invite_printed_at) FROM participants WHERE meeting_id = $1").bind(&id).fetch_one(&pool).await.unwrap();
    assert_eq!(printed, None, "no codes were changed");
    // Nor did the other chair's tries count as reads.
    let reads: Vec<String> = sqlx::query_scalar("SELECT action FROM audit_log WHERE meeting_id = $1").bind(&id).fetch_all(&pool).await.unwrap();
    assert_eq!(reads, ["create_meeting"], "only its creation");
}
both!(another_chairs_meeting_is_not_found_on_every_page_and_action);

async fn cross_site_form_posts_are_refused_and_change_nothing(app: TestApp) {
    let chair = chair_page_client(&app, "sam@example.org").await;
    let r = create_by_form(&chair, &app, &date_in(5)).await;
    let id = location(&r).trim_start_matches("/staff/meetings/").trim_end_matches("?created=1").to_string();
    for (path, fields) in [
        (format!("/staff/meetings/{id}/invites"), vec![]),
        ("/fn/cancel_meeting".to_string(), vec![("id", id.as_str())]),
        ("/fn/create_meeting".to_string(), vec![("form[kind]", "icpc")]),
    ] {
        let r = chair
            .post(app.url(&path))
            .header("accept", "text/html")
            .header("sec-fetch-site", "cross-site")
            .header("origin", "https://evil.example")
            .form(&fields)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "{path}");
    }
    let pool = app.db().await;
    let (n, status): (i64, String) =
        (sqlx::query_scalar("SELECT COUNT(*) FROM meetings").fetch_one(&pool).await.unwrap(),
         sqlx::query_scalar("SELECT status FROM meetings").fetch_one(&pool).await.unwrap());
    assert_eq!((n, status.as_str()), (1, "scheduled"));
}
both!(cross_site_form_posts_are_refused_and_change_nothing);

async fn the_outcome_form_waits_for_the_meeting_then_records_who_took_part(app: TestApp) {
    let chair = app.chair().await;
    let (id, _) = child_sends_views(&app, &chair).await;
    let (_, _, html) = page(&chair, &app, &format!("/staff/meetings/{id}/outcome")).await;
    assert!(html.contains("once the meeting has started"));
    let (_, b) = app.get_json(&chair, &format!("/api/v1/meetings/{id}")).await;
    let child = b["participants"][0]["id"].as_str().unwrap().to_string();
    let parent = b["participants"][1]["id"].as_str().unwrap().to_string();
    let fields = [
        ("id", id.as_str()),
        ("form[held]", "yes"),
        ("form[people][0][id]", child.as_str()),
        ("form[people][0][attended]", "yes"),
        ("form[people][0][phone]", "yes"),
        ("form[people][1][id]", parent.as_str()),
        ("form[people][1][interpreter_needed]", "yes"),
    ];
    let r = form(&chair, &app, "/fn/record_outcome", &fields).await;
    assert_eq!(location(&r), format!("/staff/meetings/{id}/outcome?error=meeting_not_started"));
    // The meeting starts (moved back in the database).
    sqlx::query("UPDATE meetings SET starts_at = starts_at - 4 * 86400000").execute(&app.db().await).await.unwrap();
    let (_, _, html) = page(&chair, &app, &format!("/staff/meetings/{id}/outcome")).await;
    assert!(html.contains("Was the meeting held?") && html.contains("Views sent through Tiptoes are counted already."));
    let r = form(&chair, &app, "/fn/record_outcome", &fields).await;
    assert_eq!(location(&r), format!("/staff/meetings/{id}?saved=1"));
    let (_, b) = app.get_json(&chair, &format!("/api/v1/meetings/{id}")).await;
    assert_eq!(b["status"], "held");
    let o = &b["participants"][0]["outcome"];
    assert_eq!((o["attended"].as_bool(), &o["views_shared_by"]), (Some(true), &json!(["kiosk", "phone"])));
    let o = &b["participants"][1]["outcome"];
    assert_eq!((o["attended"].as_bool(), o["interpreter_needed"].as_bool(), o["interpreter_present"].as_bool()), (Some(false), Some(true), Some(false)));
    // The form shows what was recorded, ready to correct.
    let (_, _, html) = page(&chair, &app, &format!("/staff/meetings/{id}/outcome")).await;
    let tag = |id: &str| html.split(&format!(r#"id="{id}""#)).nth(1).unwrap().split('>').next().unwrap().to_string();
    assert!(tag("people-0-phone").contains("checked"), "recorded boxes stay ticked");
    assert!(!tag("people-0-written").contains("checked"));
}
both!(the_outcome_form_waits_for_the_meeting_then_records_who_took_part);

async fn a_manager_sees_the_audit_log_and_a_chair_does_not(app: TestApp) {
    let chair = app.chair().await;
    let (id, _) = child_sends_views(&app, &chair).await;
    let (other, _) = child_sends_views(&app, &chair).await;
    let (s, _) = app.get_json(&chair, &format!("/api/v1/meetings/{id}")).await;
    assert_eq!(s, StatusCode::OK);
    let (s, _, _) = page(&chair, &app, &format!("/staff/meetings/{other}")).await;
    assert_eq!(s, StatusCode::OK);
    // A chair: the log does not exist, on the API and the page.
    let (s, b) = app.get_json(&chair, "/api/v1/audit").await;
    assert_eq!((s, b["error"]["code"].as_str()), (StatusCode::NOT_FOUND, Some("not_found")));
    let (s, _, html) = page(&chair, &app, "/staff/audit").await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    assert!(!html.contains("Opened the views"));
    // A manager: every read, newest first, filterable by meeting and by user.
    let manager = app.signed_in("manager@example.org", "manager").await;
    let (s, b) = app.get_json(&manager, "/api/v1/audit?action=read_views").await;
    assert_eq!(s, StatusCode::OK);
    let entries = b["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0]["meeting_id"].as_str(), Some(other.as_str()));
    assert_eq!((entries[1]["action"].as_str(), entries[1]["user"]["name"].as_str()), (Some("read_views"), Some("Test User")));
    let (_, b) = app.get_json(&manager, &format!("/api/v1/audit?meeting={id}&action=read_views")).await;
    assert_eq!(b["entries"].as_array().unwrap().len(), 1);
    let (s, b) = app.get_json(&manager, "/api/v1/audit?action=launch_rockets").await;
    assert_eq!((s, b["error"]["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("action")));
    let (_, b) = app.get_json(&manager, "/api/v1/audit?user=nobody").await;
    assert_eq!(b["entries"].as_array().unwrap().len(), 0);
    let (s, _) = app.get_json(&manager, "/api/v1/audit?colour=red").await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    let (s, _, html) = page(&manager, &app, &format!("/staff/audit?meeting={id}")).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(html.matches("<td>Opened the views</td>").count(), 1, "one row for that meeting");
}
both!(a_manager_sees_the_audit_log_and_a_chair_does_not);

async fn a_manager_adds_a_user_who_must_change_the_one_time_password(app: TestApp) {
    let out = app.cli(&["user", "add", "--email", "boss@example.org", "--name", "Morgan", "--role", "manager"], "a long enough password\n").await;
    assert!(out.status.success());
    let manager = client();
    form(&manager, &app, "/fn/staff_sign_in", &[("email", "boss@example.org"), ("password", "a long enough password")]).await;
    let (s, _, html) = page(&manager, &app, "/staff/users").await;
    assert_eq!(s, StatusCode::OK);
    // A one-time password is offered, made on the server.
    let suggested = html.split(r#"id="password""#).nth(1).unwrap().split("value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    assert!(suggested.len() >= 16, "{suggested}");
    // Too short, or an address already taken: a message, and no one added.
    let r = form(&manager, &app, "/fn/add_user", &[("name", "Pat"), ("email", "pat@example.org"), ("role", "chair"), ("password", "short")]).await;
    assert_eq!(location(&r), "/staff/users?error=password_too_short&field=password");
    let r = form(&manager, &app, "/fn/add_user", &[("name", "Pat"), ("email", "BOSS@example.org"), ("role", "chair"), ("password", &suggested)]).await;
    assert_eq!(location(&r), "/staff/users?error=email_taken");
    let r = form(&manager, &app, "/fn/add_user", &[("name", "Pat"), ("email", "pat@example.org"), ("role", "chair"), ("password", &suggested)]).await;
    assert_eq!(location(&r), "/staff/users?added=1");
    let (_, _, html) = page(&manager, &app, "/staff/users?added=1").await;
    assert!(html.contains("pat@example.org") && html.contains("Must change their one-time password"));

    // Pat signs in with it: every page, server function and API call waits for a new password.
    let pat = client();
    let r = form(&pat, &app, "/fn/staff_sign_in", &[("email", "pat@example.org"), ("password", &suggested)]).await;
    assert_eq!(location(&r), "/staff");
    assert_eq!(page(&pat, &app, "/staff").await.1, "/staff/password");
    assert_eq!(page(&pat, &app, "/staff/meetings/new").await.1, "/staff/password");
    let (s, b) = app.get_json(&pat, "/api/v1/meetings").await;
    assert_eq!((s, b["error"]["code"].as_str()), (StatusCode::FORBIDDEN, Some("password_change_required")));
    let r = form(&pat, &app, "/fn/create_meeting", &[("form[kind]", "icpc"), ("form[date]", "2030-01-01"), ("form[time]", "10:00")]).await;
    assert_eq!(location(&r), "/staff/password");
    let (s, _, html) = page(&pat, &app, "/staff/password").await;
    assert_eq!(s, StatusCode::OK);
    assert!(html.contains("Change your password"));
    // Mistakes say what is wrong.
    let r = form(&pat, &app, "/fn/change_password", &[("current", "wrong one entirely"), ("new", "my own long password"), ("confirm", "my own long password")]).await;
    assert_eq!(location(&r), "/staff/password?error=wrong_password&field=current");
    let r = form(&pat, &app, "/fn/change_password", &[("current", &suggested), ("new", "my own long password"), ("confirm", "my own long passwore")]).await;
    assert_eq!(location(&r), "/staff/password?error=passwords_differ&field=confirm");
    let r = form(&pat, &app, "/fn/change_password", &[("current", &suggested), ("new", "my own long password"), ("confirm", "my own long password")]).await;
    assert_eq!(location(&r), "/staff?password_changed=1");
    let (s, _, html) = page(&pat, &app, "/staff?password_changed=1").await;
    assert_eq!(s, StatusCode::OK);
    assert!(html.contains("Your password is changed."));
    // A chair cannot see the users page.
    let (s, _, _) = page(&pat, &app, "/staff/users").await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let r = form(&pat, &app, "/fn/set_user_disabled", &[("id", "anything"), ("disabled", "yes")]).await;
    assert!(location(&r).contains("error=not_found"));

    // Disabling ends Pat's session at once; a reset needs a new password again.
    let pool = app.db().await;
    let pat_id: String = sqlx::query_scalar("SELECT id FROM users WHERE email = 'pat@example.org'").fetch_one(&pool).await.unwrap();
    let r = form(&manager, &app, "/fn/set_user_disabled", &[("id", &pat_id), ("disabled", "yes")]).await;
    assert_eq!(location(&r), "/staff/users?saved=1");
    assert_eq!(page(&pat, &app, "/staff").await.1, "/staff/sign-in");
    let r = form(&pat, &app, "/fn/staff_sign_in", &[("email", "pat@example.org"), ("password", "my own long password")]).await;
    assert_eq!(location(&r), "/staff/sign-in?error=invalid_credentials");
    form(&manager, &app, "/fn/set_user_disabled", &[("id", &pat_id), ("disabled", "no")]).await;
    let r = form(&manager, &app, "/fn/reset_user_password", &[("id", &pat_id), ("password", "another one-time pw")]).await;
    assert_eq!(location(&r), "/staff/users?reset=1");
    let r = form(&pat, &app, "/fn/staff_sign_in", &[("email", "pat@example.org"), ("password", "another one-time pw")]).await;
    assert_eq!(location(&r), "/staff");
    assert_eq!(page(&pat, &app, "/staff").await.1, "/staff/password");
    // A manager cannot disable themselves.
    let boss_id: String = sqlx::query_scalar("SELECT id FROM users WHERE email = 'boss@example.org'").fetch_one(&pool).await.unwrap();
    let r = form(&manager, &app, "/fn/set_user_disabled", &[("id", &boss_id), ("disabled", "yes")]).await;
    assert_eq!(location(&r), "/staff/users?error=own_account");
}
both!(a_manager_adds_a_user_who_must_change_the_one_time_password);
