//! Who reads a child's words, and what each reading tells the child. Attacks: the edit and
//! outcome forms carried every answer in their HTML and counted as the chair reading them; a
//! manager's read lit the child's "Your chair read your views"; "print for the meeting" showed
//! the safety scale and who helped, which the child was never asked to share; a manager's
//! meetings list had no end.

use reqwest::{Client, StatusCode};
use serde_json::{Value, json};
use tests::{TestApp, both, client};

const CHAIR_ONLY: &str = "Nobody else may know this sentence";
const FOR_EVERYONE: &str = "I like my new school";
const RECEIPT: &str = "Your chair read your views on";

/// A page as a browser asks for it: status and the HTML, with Fluent's isolation marks taken out.
async fn page(c: &Client, app: &TestApp, path: &str) -> (StatusCode, String) {
    let r = c.get(app.url(path)).header("accept", "text/html").header("accept-language", "en-GB").send().await.unwrap();
    let status = r.status();
    (status, r.text().await.unwrap().replace(['\u{2068}', '\u{2069}'], ""))
}

/// Sends a child's views through the API.
async fn send_views(app: &TestApp, code: &str, answers: Value) -> (StatusCode, Value) {
    app.post_json(&client(), "/api/v1/kiosk/views", json!({ "code": code, "submission_id": uuid::Uuid::new_v4(), "answers": answers })).await
}

/// A meeting in three days whose child sent views with a chair-only sentence. Its id and the child's code.
async fn meeting_with_views(app: &TestApp, chair: &Client) -> (String, String) {
    let m = app.meeting(chair, "icpc", 3).await;
    let code = m["participants"][0]["invite_code"].as_str().unwrap().to_string();
    let (s, _) = send_views(
        app,
        &code,
        json!({
            "good_things": { "text": FOR_EVERYONE, "visibility": "everyone" },
            "worries": { "text": CHAIR_ONLY, "visibility": "chair_only" },
            "safety_scale": 2,
            "helped_by": "advocate"
        }),
    )
    .await;
    assert_eq!(s, StatusCode::CREATED);
    (m["id"].as_str().unwrap().to_string(), code)
}

/// What the child sees on entering their code again: whether the chair read their views.
async fn child_sees_receipt(app: &TestApp, code: &str) -> bool {
    let kiosk = client();
    let r = kiosk
        .post(app.url("/fn/enter_code"))
        .header("accept", "text/html")
        .header("sec-fetch-site", "same-origin")
        .form(&[("code", code)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers().get("location").and_then(|v| v.to_str().ok()), Some("/k/welcome"), "the code opens");
    let (s, html) = page(&kiosk, app, "/k/welcome").await;
    assert_eq!(s, StatusCode::OK);
    assert!(!html.contains(CHAIR_ONLY) && !html.contains(FOR_EVERYONE), "the kiosk shows nothing of the views");
    html.contains(RECEIPT)
}

async fn reads(app: &TestApp, id: &str) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'read_views' AND meeting_id = $1")
        .bind(id)
        .fetch_one(&app.db().await)
        .await
        .unwrap()
}

async fn the_edit_and_outcome_forms_hold_no_words_and_only_the_chairs_read_is_a_receipt(app: TestApp) {
    let chair = app.chair().await;
    let manager = app.signed_in("manager@example.org", "manager").await;
    let (id, code) = meeting_with_views(&app, &chair).await;
    for (who, c) in [("chair", &chair), ("manager", &manager)] {
        let (s, html) = page(c, &app, &format!("/staff/meetings/{id}/edit")).await;
        assert_eq!(s, StatusCode::OK, "{who}");
        assert!(html.contains(r#"value="Olivia""#) && html.contains("This person has sent views"), "{who}: the people, and who sent views");
        assert!(!html.contains(CHAIR_ONLY) && !html.contains(FOR_EVERYONE), "{who}: the edit page holds no words, nor its hydration data");
        assert!(!html.contains("advocate") && !html.contains("safety_scale"), "{who}");
        // The server function behind it, called directly, has none either.
        let r = c
            .post(app.url("/fn/load_meeting_people"))
            .header("sec-fetch-site", "same-origin")
            .form(&[("id", id.as_str())])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::OK, "{who}");
        let body = r.text().await.unwrap();
        assert!(body.contains(r#""submissions":1"#) && !body.contains(CHAIR_ONLY) && !body.contains(FOR_EVERYONE), "{who}: {body}");
    }
    assert_eq!(reads(&app, &id).await, 0, "opening a form is not reading the views");
    assert!(!child_sees_receipt(&app, &code).await, "no receipt from the edit form");

    // The meeting has happened (moved back in the database): the outcome form opens.
    sqlx::query("UPDATE meetings SET starts_at = starts_at - 4 * 86400000").execute(&app.db().await).await.unwrap();
    for (who, c) in [("chair", &chair), ("manager", &manager)] {
        let (s, html) = page(c, &app, &format!("/staff/meetings/{id}/outcome")).await;
        assert_eq!(s, StatusCode::OK, "{who}");
        assert!(html.contains("Was the meeting held?") && html.contains("Views sent through Tiptoes are counted already."), "{who}");
        assert!(!html.contains(CHAIR_ONLY) && !html.contains(FOR_EVERYONE), "{who}: the outcome page holds no words");
    }
    assert_eq!(reads(&app, &id).await, 0);
    assert!(!child_sees_receipt(&app, &code).await, "no receipt from the outcome form");

    // A manager reads the views, through the API and the page: audited, but they are not the chair.
    let (s, b) = app.get_json(&manager, &format!("/api/v1/meetings/{id}")).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(b["participants"][0]["views"]["answers"]["worries"]["text"], CHAIR_ONLY);
    let (s, html) = page(&manager, &app, &format!("/staff/meetings/{id}")).await;
    assert_eq!(s, StatusCode::OK);
    assert!(html.contains(CHAIR_ONLY));
    assert_eq!(reads(&app, &id).await, 2, "a manager's reads are audited");
    assert!(!child_sees_receipt(&app, &code).await, "a manager's read is no receipt");

    // The meeting's own chair reads them: the receipt.
    let (s, _) = app.get_json(&chair, &format!("/api/v1/meetings/{id}")).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(reads(&app, &id).await, 3);
    assert!(child_sees_receipt(&app, &code).await, "the chair's read is the receipt");
}
both!(the_edit_and_outcome_forms_hold_no_words_and_only_the_chairs_read_is_a_receipt);

async fn a_manager_who_takes_a_meeting_over_is_its_chair_for_the_receipt(app: TestApp) {
    let chair = app.chair().await;
    let manager = app.signed_in("manager@example.org", "manager").await;
    let (id, code) = meeting_with_views(&app, &chair).await;
    let pool = app.db().await;
    let manager_id: String = sqlx::query_scalar("SELECT id FROM users WHERE email = 'manager@example.org'").fetch_one(&pool).await.unwrap();
    sqlx::query("UPDATE meetings SET chair_id = $1 WHERE id = $2").bind(&manager_id).bind(&id).execute(&pool).await.unwrap();
    let (s, _) = app.get_json(&manager, &format!("/api/v1/meetings/{id}")).await;
    assert_eq!(s, StatusCode::OK);
    assert!(child_sees_receipt(&app, &code).await);
}
both!(a_manager_who_takes_a_meeting_over_is_its_chair_for_the_receipt);

async fn print_for_the_meeting_shows_the_safety_scale_only_if_the_child_said_everyone_and_never_who_helped(app: TestApp) {
    let chair = app.chair().await;
    let (id, code) = meeting_with_views(&app, &chair).await;
    // Not chosen: the scale is the chair's alone, and the views page says so.
    let (_, html) = page(&chair, &app, &format!("/staff/meetings/{id}")).await;
    let safety = html.split("How safe they feel").nth(1).expect("the safety scale on the views page");
    assert!(safety.contains("2 out of 10") && safety.split("</dd>").next().unwrap().contains("Only you, the chair"), "{safety}");
    assert!(html.contains("An advocate"), "who helped is for the chair");
    let (s, print) = page(&chair, &app, &format!("/staff/meetings/{id}/print")).await;
    assert_eq!(s, StatusCode::OK);
    assert!(print.contains(FOR_EVERYONE) && !print.contains(CHAIR_ONLY));
    assert!(!print.contains("out of 10") && !print.contains("How safe") && !print.contains("safety_scale"), "the scale the child kept back");
    assert!(!print.contains("An advocate") && !print.contains("Who helped") && !print.contains("advocate"), "who helped");

    for kept_back in ["chair_only", "talk_first"] {
        let (s, _) = send_views(&app, &code, json!({ "safety_scale": 3, "safety_visibility": kept_back, "helped_by": "advocate" })).await;
        assert_eq!(s, StatusCode::CREATED);
        let (_, print) = page(&chair, &app, &format!("/staff/meetings/{id}/print")).await;
        assert!(!print.contains("out of 10") && !print.contains("safety_scale"), "{kept_back}");
    }
    // The child says everyone may see it: printed, with who may hear it, and still not who helped.
    let (s, _) = send_views(&app, &code, json!({ "safety_scale": 7, "safety_visibility": "everyone", "helped_by": "advocate" })).await;
    assert_eq!(s, StatusCode::CREATED);
    let (_, print) = page(&chair, &app, &format!("/staff/meetings/{id}/print")).await;
    assert!(print.contains("7 out of 10") && print.contains("Everyone at the meeting can hear this"));
    assert!(!print.contains("advocate"));
    // The chair's read has only the newest of the four versions, and counts them.
    let (_, b) = app.get_json(&chair, &format!("/api/v1/meetings/{id}")).await;
    let child = &b["participants"][0];
    assert_eq!((child["submissions"].as_i64(), &child["views"]["answers"]["safety_visibility"]), (Some(4), &json!("everyone")));
    assert_eq!(child["views"]["answers"]["safety_scale"], 7);
    assert_eq!((b["participants"][1]["submissions"].as_i64(), &b["participants"][1]["views"]), (Some(0), &Value::Null));
    // A choice that is not one of the three is refused, and names the field.
    let (s, e) = send_views(&app, &code, json!({ "safety_scale": 7, "safety_visibility": "the whole school" })).await;
    assert_eq!((s, e["error"]["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("answers.safety_visibility")));
}
both!(print_for_the_meeting_shows_the_safety_scale_only_if_the_child_said_everyone_and_never_who_helped);

/// Creates `n` meetings for `chair` with case references `{prefix}00X`…, some past, some to
/// come, six at the very same time (so the order must break ties to page correctly).
async fn meetings(app: &TestApp, chair: &Client, prefix: &str, n: usize) {
    let same = tests::chrono_like_rfc3339(5 * 86_400);
    for i in 0..n {
        let starts = match i {
            _ if i >= 50 => same.clone(),
            4 => same.clone(),
            _ if i % 3 == 0 => tests::chrono_like_rfc3339(-(i as i64 + 1) * 86_400),
            _ => tests::chrono_like_rfc3339((i as i64 + 1) * 86_400 + 60),
        };
        let (s, _) = app
            .post_json(
                chair,
                "/api/v1/meetings",
                json!({ "kind": "icpc", "starts_at": starts, "case_ref": format!("{prefix}{i:03}X"),
                        "participants": [{ "role": "child", "language": "en-GB" }] }),
            )
            .await;
        assert_eq!(s, StatusCode::CREATED);
    }
}

fn case_refs(b: &Value) -> Vec<String> {
    b["meetings"].as_array().unwrap().iter().map(|m| m["case_ref"].as_str().unwrap().to_string()).collect()
}

async fn the_meetings_list_comes_a_page_at_a_time_and_a_chair_sees_only_their_own_on_every_page(app: TestApp) {
    let a = app.chair().await;
    let b = app.signed_in("other@example.org", "chair").await;
    let manager = app.signed_in("manager@example.org", "manager").await;
    meetings(&app, &a, "AAA", 55).await;
    meetings(&app, &b, "BBB", 3).await;

    // The API: 50, then 5, every meeting once, in the list's order across the pages.
    let (s, one) = app.get_json(&a, "/api/v1/meetings").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!((one["page"].as_i64(), one["pages"].as_i64(), one["total"].as_i64()), (Some(1), Some(2), Some(55)));
    let (_, two) = app.get_json(&a, "/api/v1/meetings?page=2").await;
    assert_eq!((two["page"].as_i64(), two["meetings"].as_array().unwrap().len()), (Some(2), 5));
    let all: Vec<&Value> = one["meetings"].as_array().unwrap().iter().chain(two["meetings"].as_array().unwrap()).collect();
    let mut refs: Vec<&str> = all.iter().map(|m| m["case_ref"].as_str().unwrap()).collect();
    assert_eq!(refs.len(), 55);
    assert!(refs.iter().all(|r| r.starts_with("AAA")), "only chair A's");
    let now = tests::chrono_like_rfc3339(0);
    let starts: Vec<&str> = all.iter().map(|m| m["starts_at"].as_str().unwrap()).collect();
    let upcoming = starts.iter().take_while(|s| **s >= now.as_str()).count();
    assert!(starts[..upcoming].is_sorted(), "upcoming soonest first, across the pages");
    assert!(starts[upcoming..].iter().rev().is_sorted() && starts[upcoming..].iter().all(|s| *s < now.as_str()), "then past, latest first");
    refs.sort_unstable();
    refs.dedup();
    assert_eq!(refs.len(), 55, "no meeting on two pages, none missed");
    let (_, past_end) = app.get_json(&a, "/api/v1/meetings?page=3").await;
    assert_eq!((past_end["meetings"].as_array().unwrap().len(), past_end["total"].as_i64()), (0, Some(55)));
    for bad in ["page=0", "page=-1", "page=two"] {
        let (s, _) = app.get_json(&a, &format!("/api/v1/meetings?{bad}")).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
    }

    // Chair B: their three, on any page, whatever chair they ask for.
    let a_id = one["meetings"][0]["chair"]["id"].as_str().unwrap().to_string();
    for q in ["", "?page=2", &format!("?chair={a_id}"), &format!("?chair={a_id}&page=2")] {
        let (s, list) = app.get_json(&b, &format!("/api/v1/meetings{q}")).await;
        assert_eq!(s, StatusCode::OK);
        assert_eq!(list["total"].as_i64(), Some(3), "{q}");
        assert!(case_refs(&list).iter().all(|r| r.starts_with("BBB")), "{q}: {list}");
    }
    // A manager: everyone's, or one chair's, a page at a time.
    let (_, all) = app.get_json(&manager, "/api/v1/meetings").await;
    assert_eq!((all["total"].as_i64(), all["pages"].as_i64(), all["meetings"].as_array().unwrap().len()), (Some(58), Some(2), 50));
    let (_, only_a) = app.get_json(&manager, &format!("/api/v1/meetings?chair={a_id}&page=2")).await;
    assert_eq!((only_a["total"].as_i64(), case_refs(&only_a).len()), (Some(55), 5));

    // The page: plain links to the pages, the current one marked.
    let (s, html) = page(&a, &app, "/staff").await;
    assert_eq!(s, StatusCode::OK);
    let nav = html.split(r#"<nav aria-label="Pages of meetings""#).nth(1).expect("the page links are a named nav").split("</nav>").next().unwrap();
    assert!(nav.contains("Page 1 of 2"), "{nav}");
    assert!(html.contains("Page 1 of 2 (55 meetings)"));
    assert!(html.contains(r#"href="/staff?page=2""#) && html.contains(r#"rel="next""#) && !html.contains(r#"rel="prev""#));
    assert_eq!(html.matches(r#"aria-current="page""#).count(), 1, "one page is marked as the current one");
    assert!(html.contains(r#"href="/staff?page=1" aria-current="page""#), "and it is page 1");
    let first: Vec<String> = case_refs(&one);
    assert_eq!(first.iter().filter(|r| html.contains(r.as_str())).count(), 50);
    let (_, html) = page(&a, &app, "/staff?page=2").await;
    assert!(html.contains("Page 2 of 2") && html.contains(r#"rel="prev""#));
    assert_eq!(first.iter().filter(|r| html.contains(r.as_str())).count(), 0, "page 2 has none of page 1");
    assert_eq!(case_refs(&two).iter().filter(|r| html.contains(r.as_str())).count(), 5);
    // Chair B never sees A's meetings, on any page of theirs.
    for path in ["/staff", "/staff?page=2", &format!("/staff?chair={a_id}&page=2")] {
        let (s, html) = page(&b, &app, path).await;
        assert_eq!(s, StatusCode::OK, "{path}");
        assert!(!html.contains("AAA"), "{path}");
    }
    let (_, html) = page(&b, &app, "/staff?page=2").await;
    assert!(html.contains("There are no meetings on this page."));
    // A manager's filter stays with the page links.
    let (_, html) = page(&manager, &app, &format!("/staff?chair={a_id}")).await;
    let kept = [format!(r#"href="/staff?page=2&amp;chair={a_id}""#), format!(r#"href="/staff?page=2&chair={a_id}""#)];
    assert!(kept.iter().any(|k| html.contains(k.as_str())), "the filter is kept");
    assert!(html.contains("Page 1 of 2 (55 meetings)"));
}
both!(the_meetings_list_comes_a_page_at_a_time_and_a_chair_sees_only_their_own_on_every_page);

async fn printing_for_the_meeting_is_audited_but_gives_no_read_receipt(app: TestApp) {
    let chair = app.chair().await;
    let (id, code) = meeting_with_views(&app, &chair).await;
    let (s, _) = page(&chair, &app, &format!("/staff/meetings/{id}/print")).await;
    assert_eq!(s, StatusCode::OK);
    let printed: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'print_views' AND meeting_id = $1")
        .bind(&id)
        .fetch_one(&app.db().await)
        .await
        .unwrap();
    assert_eq!((printed, reads(&app, &id).await), (1, 0), "a print of the shared words is audited as a print");
    assert!(!child_sees_receipt(&app, &code).await, "the chair has not read everything the child said");
    page(&chair, &app, &format!("/staff/meetings/{id}")).await;
    assert!(child_sees_receipt(&app, &code).await);
}
both!(printing_for_the_meeting_is_audited_but_gives_no_read_receipt);
