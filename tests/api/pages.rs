//! Pages as a browser without JavaScript sees them: language, headers, and the kiosk's
//! plain form posts all the way to the chair.

use reqwest::{Client, StatusCode, header};
use serde_json::json;
use tests::{TestApp, both, client};

async fn page(c: &Client, app: &TestApp, path: &str, accept_language: &str) -> (StatusCode, header::HeaderMap, String) {
    let r = c.get(app.url(path)).header("accept", "text/html").header("accept-language", accept_language).send().await.unwrap();
    (r.status(), r.headers().clone(), r.text().await.unwrap())
}

/// A plain HTML form post, as a browser without JavaScript sends it.
async fn form(c: &Client, app: &TestApp, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    c.post(app.url(path)).header("accept", "text/html").form(fields).send().await.unwrap()
}

fn location(r: &reqwest::Response) -> String {
    r.headers().get("location").map(|v| v.to_str().unwrap().to_string()).unwrap_or_default()
}

async fn the_language_comes_from_the_cookie_then_accept_language(app: TestApp) {
    let (s, _, html) = page(&client(), &app, "/", "ar-EG,ar;q=0.9").await;
    assert_eq!(s, StatusCode::OK);
    assert!(html.contains(r#"<html lang="ar" dir="rtl""#), "{}", &html[..200.min(html.len())]);
    assert!(html.contains("اختر لغتك"));
    let (_, _, html) = page(&client(), &app, "/", "de-DE").await;
    assert!(html.contains(r#"<html lang="en-GB" dir="ltr""#));
    // The picker sets a cookie that wins over the browser's language.
    let c = client();
    let r = form(&c, &app, "/fn/set_language", &[("lang", "pl"), ("next", "/code")]).await;
    assert_eq!((r.status(), location(&r)), (StatusCode::FOUND, "/code".into()));
    let (_, _, html) = page(&c, &app, "/code", "ar").await;
    assert!(html.contains(r#"lang="pl""#) && html.contains("Wpisz swój kod"));
    // Never an open redirect.
    let r = form(&c, &app, "/fn/set_language", &[("lang", "pl"), ("next", "//evil.example/")]).await;
    assert_eq!(location(&r), "/");
}
both!(the_language_comes_from_the_cookie_then_accept_language);

async fn pages_carry_strict_security_headers_and_a_nonce_only_csp(app: TestApp) {
    let (_, h, html) = page(&client(), &app, "/", "en").await;
    let csp = h.get("content-security-policy").unwrap().to_str().unwrap();
    assert!(!csp.contains("'unsafe-inline'") && !csp.contains("'unsafe-eval'"), "{csp}");
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
    let nonce = csp.split("'nonce-").nth(1).unwrap().split('\'').next().unwrap();
    assert!(nonce.len() >= 16);
    // Every inline script carries this response's nonce.
    for script in html.split("<script").skip(1) {
        let tag = script.split('>').next().unwrap();
        if !tag.contains("src=") {
            assert!(tag.contains(&format!("nonce=\"{nonce}\"")), "inline script without the nonce: {tag}");
        }
    }
    assert_eq!(h.get("x-content-type-options").unwrap(), "nosniff");
    assert_eq!(h.get("referrer-policy").unwrap(), "no-referrer");
    assert_eq!(h.get("x-frame-options").unwrap(), "DENY");
    assert_eq!(h.get("cache-control").unwrap(), "no-store");
    // A second page gets a different nonce.
    let (_, h2, _) = page(&client(), &app, "/", "en").await;
    assert_ne!(h2.get("content-security-policy"), h.get("content-security-policy"));
    // No third-party assets: every src and href is local.
    for attr in ["src=\"", "href=\""] {
        for part in html.split(attr).skip(1) {
            let url = part.split('"').next().unwrap();
            assert!(url.starts_with('/') || url.starts_with('#'), "non-local asset {url}");
        }
    }
}
both!(pages_carry_strict_security_headers_and_a_nonce_only_csp);

async fn a_child_without_javascript_sends_views_that_reach_the_chair(app: TestApp) {
    let chair = app.chair().await;
    let m = app.meeting(&chair, "cse_strategy", 7).await;
    let code = m["participants"][0]["invite_code"].as_str().unwrap();
    let kiosk = client();
    let r = form(&kiosk, &app, "/fn/enter_code", &[("code", code)]).await;
    assert_eq!((r.status(), location(&r)), (StatusCode::FOUND, "/k/welcome".into()));
    let cookies: Vec<_> = r.headers().get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_string()).collect();
    assert!(cookies.iter().any(|c| c.starts_with("tiptoes_kiosk=") && c.contains("HttpOnly")), "{cookies:?}");
    let (s, _, html) = page(&kiosk, &app, "/k/welcome", "en").await;
    assert_eq!(s, StatusCode::OK);
    assert!(html.contains("Hi"), "greets by name");
    assert!(html.contains("Olivia"));
    // One screen at a time, each redirecting to the next.
    let steps: &[(&[(&str, &str)], &str)] = &[
        (&[("step", "taking-part"), ("attend", "on"), ("phone", "on")], "/k/what-happens"),
        (&[("step", "good-things"), ("text", "My dog <b>Rex</b>"), ("visibility", "everyone")], "/k/worries"),
        (&[("step", "worries"), ("text", "Shouting at home")], "/k/wishes"),
        (&[("step", "safety"), ("choice", "4")], "/k/who-with-me"),
        (&[("step", "anything-else"), ("text", ""), ("talk_soon", "on")], "/k/who-helped"),
        (&[("step", "who-helped"), ("choice", "advocate")], "/k/check"),
    ];
    for (fields, next) in steps {
        let r = form(&kiosk, &app, "/fn/save_step", fields).await;
        assert_eq!((r.status(), location(&r)), (StatusCode::FOUND, next.to_string()), "{fields:?}");
    }
    // A bad value is refused with a message, and what was saved stays.
    let r = form(&kiosk, &app, "/fn/save_step", &[("step", "safety"), ("choice", "12")]).await;
    assert_eq!(location(&r), "/k/safety?error=invalid");
    let (_, _, html) = page(&kiosk, &app, "/k/safety?error=invalid", "en").await;
    assert!(html.contains("There is a problem"));
    assert!(html.contains(r#"value="4" checked"#) || html.contains(r#"checked value="4""#) || html.contains("value=\"4\" checked=\"\""), "4 is still chosen");
    // Check answers shows the child's words as text, never as markup.
    let (_, _, html) = page(&kiosk, &app, "/k/check", "en").await;
    assert!(html.contains("My dog &lt;b&gt;Rex&lt;/b&gt;"));
    assert!(html.contains("Only the chair"), "CSE default visibility for worries");
    let submission_id = html.split(r#"name="submission_id" value=""#).nth(1).unwrap().split('"').next().unwrap().to_string();
    let r = form(&kiosk, &app, "/fn/send_views", &[("submission_id", &submission_id)]).await;
    assert_eq!((r.status(), location(&r)), (StatusCode::FOUND, "/thanks".into()));
    // Pressing Send again (a retry) stores nothing new.
    let r = form(&kiosk, &app, "/fn/send_views", &[("submission_id", &submission_id)]).await;
    assert_eq!(location(&r), "/thanks");
    let (_, _, html) = page(&kiosk, &app, "/thanks", "en").await;
    assert!(html.contains("0800 1111") && html.contains("999"));
    assert!(!html.contains("Shouting"), "the thank-you screen shows no answers");
    // The chair reads them.
    let (_, b) = app.get_json(&chair, &format!("/api/v1/meetings/{}", m["id"].as_str().unwrap())).await;
    let child = &b["participants"][0];
    assert_eq!(child["submissions"], 1);
    let a = &child["views"]["answers"];
    assert_eq!(child["views"]["via"], "kiosk");
    assert_eq!(a["taking_part"], json!(["attend", "phone"]));
    assert_eq!(a["good_things"], json!({ "text": "My dog <b>Rex</b>", "visibility": "everyone" }));
    assert_eq!(a["worries"], json!({ "text": "Shouting at home", "visibility": "chair_only" }));
    assert_eq!((a["safety_scale"].as_i64(), a["talk_soon"].as_bool(), a["helped_by"].as_str()), (Some(4), Some(true), Some("advocate")));
    // After sending, the draft's answers are gone from the server; Exit ends the session.
    let drafts: Vec<Option<String>> = sqlx::query_scalar("SELECT answers FROM kiosk_sessions").fetch_all(&app.db().await).await.unwrap();
    assert_eq!(drafts, vec![None]);
    let r = form(&kiosk, &app, "/fn/exit", &[]).await;
    assert_eq!(location(&r), "/");
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM kiosk_sessions").fetch_one(&app.db().await).await.unwrap();
    assert_eq!(n, 0);
    let (_, _, html) = page(&kiosk, &app, "/k/check", "en").await;
    assert!(!html.contains("Olivia"));
}
both!(a_child_without_javascript_sends_views_that_reach_the_chair);

async fn exit_throws_away_unsent_answers(app: TestApp) {
    let chair = app.chair().await;
    let m = app.meeting(&chair, "icpc", 7).await;
    let code = m["participants"][1]["invite_code"].as_str().unwrap();
    let kiosk = client();
    // The invite link starts the kiosk in the invite's language.
    let r = kiosk.get(app.url(&format!("/i/{code}"))).send().await.unwrap();
    assert_eq!(location(&r), "/k/welcome");
    let (_, _, html) = page(&kiosk, &app, "/k/welcome", "en").await;
    assert!(html.contains(r#"lang="pl""#));
    form(&kiosk, &app, "/fn/save_step", &[("step", "worries"), ("text", "a private worry")]).await;
    let pool = app.db().await;
    // The draft is on the server, sealed: the words are not in the database as written.
    let draft: Option<String> = sqlx::query_scalar("SELECT answers FROM kiosk_sessions").fetch_one(&pool).await.unwrap();
    let draft = draft.unwrap();
    assert!(draft.starts_with("tt1$") && !draft.contains("private"), "{draft}");
    let r = form(&kiosk, &app, "/fn/exit", &[]).await;
    assert_eq!((r.status(), location(&r)), (StatusCode::FOUND, "/".into()));
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM kiosk_sessions").fetch_one(&pool).await.unwrap();
    assert_eq!(n, 0);
    let views: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM views").fetch_one(&pool).await.unwrap();
    assert_eq!(views, 0);
    // The next person on the tablet finds nothing, not even the language the last one used
    // (which could say who was here).
    let (_, _, html) = page(&kiosk, &app, "/k/worries", "en").await;
    assert!(!html.contains("a private worry"));
    let (_, _, html) = page(&kiosk, &app, "/", "en").await;
    assert!(html.contains(r#"<html lang="en-GB""#), "{}", &html[..120]);
}
both!(exit_throws_away_unsent_answers);

async fn a_wrong_code_on_the_form_says_so_in_the_language(app: TestApp) {
    let kiosk = client();
    form(&kiosk, &app, "/fn/set_language", &[("lang", "ar")]).await;
    let r = form(&kiosk, &app, "/fn/enter_code", &[("code", "ZZZZZ-ZZZZZ")]).await;
    assert_eq!(location(&r), "/code?error=invalid_code");
    let (_, _, html) = page(&kiosk, &app, "/code?error=invalid_code", "en").await;
    assert!(html.contains("لم نجد هذا الرمز"), "Arabic error message");
    assert!(html.contains(r#"aria-describedby="code-hint code-error""#));
}
both!(a_wrong_code_on_the_form_says_so_in_the_language);
