//! "You said, we did": managers theme ideas and publish notices; anyone reads the published.

use reqwest::StatusCode;
use serde_json::{Value, json};
use tests::{TestApp, both, client};

async fn notices_are_made_by_managers_and_only_published_ones_are_public(app: TestApp) {
    let chair = app.chair().await;
    let m = app.meeting(&chair, "icpc", -1).await;
    let code = m["participants"][1]["invite_code"].as_str().unwrap();
    let (s, f) = app
        .post_json(&client(), "/api/v1/kiosk/feedback", json!({ "code": code, "submission_id": uuid::Uuid::new_v4(), "answers": { "idea": "Send the report sooner" } }))
        .await;
    assert_eq!(s, StatusCode::CREATED, "{f}");
    let idea = f["id"].as_str().unwrap().to_string();
    let manager = app.signed_in("manager@example.org", "manager").await;

    // Themes: tidied; chairs may not; an unknown idea is 404.
    let r = manager.put(app.url(&format!("/api/v1/ideas/{idea}/themes"))).json(&json!({ "themes": ["Reports, waiting", "reports"] })).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.json::<Value>().await.unwrap()["themes"], json!(["reports", "waiting"]));
    let r = chair.put(app.url(&format!("/api/v1/ideas/{idea}/themes"))).json(&json!({ "themes": ["x"] })).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = manager.put(app.url("/api/v1/ideas/nope/themes")).json(&json!({ "themes": ["x"] })).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    // The financial year the meeting (yesterday) was in: 1 April starts a new one.
    let yesterday = tests::chrono_like_rfc3339(-86_400);
    let (y, mo): (i32, u32) = (yesterday[..4].parse().unwrap(), yesterday[5..7].parse().unwrap());
    let year = if mo >= 4 { y } else { y - 1 };
    let (_, ideas) = app.get_json(&manager, &format!("/api/v1/ideas?year={year}")).await;
    assert_eq!(ideas["ideas"][0]["themes"], json!(["reports", "waiting"]));

    // Notices: managers only; both halves needed; the ideas must exist.
    let (s, _) = app.post_json(&chair, "/api/v1/notices", json!({ "you_said": "a", "we_did": "b" })).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (s, b) = app.post_json(&manager, "/api/v1/notices", json!({ "you_said": "  ", "we_did": "b" })).await;
    assert_eq!((s, b["error"]["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("you_said")));
    let (s, b) = app.post_json(&manager, "/api/v1/notices", json!({ "you_said": "a", "we_did": "b", "ideas": ["nope"] })).await;
    assert_eq!((s, b["error"]["code"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("unknown_idea")));
    let (_, list) = app.get_json(&manager, "/api/v1/notices").await;
    assert_eq!(list["notices"], json!([]), "a refused notice leaves nothing behind");
    let (s, draft) = app
        .post_json(&manager, "/api/v1/notices", json!({ "you_said": "Reports came late.", "we_did": "<b>Three days</b> before, always.", "ideas": [idea] }))
        .await;
    assert_eq!(s, StatusCode::CREATED, "{draft}");
    let id = draft["id"].as_str().unwrap();
    let (_, public) = app.get_json(&client(), "/api/v1/notices/published").await;
    assert_eq!(public["notices"], json!([]), "a draft is not public");
    let r = manager.patch(app.url(&format!("/api/v1/notices/{id}"))).json(&json!({ "published": true })).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let r = chair.patch(app.url(&format!("/api/v1/notices/{id}"))).json(&json!({ "published": false })).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let (_, public) = app.get_json(&client(), "/api/v1/notices/published").await;
    let n = &public["notices"][0];
    assert_eq!(n["you_said"], "Reports came late.");
    assert_eq!(n.as_object().unwrap().len(), 3, "the words and the date, nothing else: {n}");
    let (_, list) = app.get_json(&manager, "/api/v1/notices").await;
    assert_eq!(list["notices"][0]["ideas"], 1);
    // The public page: no sign-in, the words as text.
    let page = client().get(app.url("/you-said-we-did")).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    assert!(html.contains("Reports came late.") && html.contains("&lt;b&gt;Three days&lt;/b&gt;"), "escaped");
    assert!(!html.contains("Send the report sooner"), "the idea itself is not on the public page");
}
both!(notices_are_made_by_managers_and_only_published_ones_are_public);
