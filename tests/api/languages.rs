//! Every family's language (issue 11): read-aloud on each kiosk screen, someone helping with
//! the English beneath, the way back to the language screen, and the chair's English
//! translation of words written in another language.

use reqwest::{Client, StatusCode};
use serde_json::{Value, json};
use tests::{TestApp, both, chrono_like_rfc3339, client};

async fn html(c: &Client, app: &TestApp, path: &str) -> String {
    let r = c.get(app.url(path)).header("accept", "text/html").send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK, "{path}");
    r.text().await.unwrap()
}

async fn form(c: &Client, app: &TestApp, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    let r = c.post(app.url(path)).header("accept", "text/html").form(fields).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::FOUND, "{path} {fields:?}");
    r
}

/// A meeting next week with one child who speaks `lang`; returns (meeting, the child's code).
async fn meeting_with_child(app: &TestApp, chair: &Client, lang: &str) -> (Value, String) {
    let (s, m) = app
        .post_json(
            chair,
            "/api/v1/meetings",
            json!({
                "kind": "icpc",
                "starts_at": chrono_like_rfc3339(7 * 86_400),
                "participants": [{ "role": "child", "first_name": "Selam", "language": lang }]
            }),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{m}");
    let code = m["participants"][0]["invite_code"].as_str().unwrap().to_string();
    (m, code)
}

/// What the page's Listen control will say, in order: the clips the server lists in a
/// template beside the button, each `{"src": file or null, "text"}`.
fn listen_clips(page: &str) -> Vec<Value> {
    let list = page.find("app-listen__clips").expect("a Listen control");
    let list = &page[list..page[list..].find("</template>").unwrap() + list];
    let unescape = |s: &str| s.replace("<!>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    list.split("<li")
        .skip(1)
        .map(|item| {
            let (attrs, rest) = item.split_once('>').unwrap();
            let src = attrs.split("data-src=\"").nth(1).map(|a| a.split('"').next().unwrap().to_string());
            json!({ "src": src, "text": unescape(rest.split("</li>").next().unwrap()) })
        })
        .collect()
}

async fn each_screen_reads_its_question_from_files_where_espeak_speaks_and_never_typed_words(app: TestApp) {
    let chair = app.chair().await;
    let m = app.meeting(&chair, "icpc", 7).await;
    let code = m["participants"][0]["invite_code"].as_str().unwrap();
    let kiosk = client();
    form(&kiosk, &app, "/fn/enter_code", &[("code", code)]).await;
    form(&kiosk, &app, "/fn/save_step", &[("step", "good-things"), ("text", "my secret words"), ("visibility", "everyone")]).await;
    for screen in ["/k/welcome", "/k/taking-part", "/k/good-things", "/k/safety", "/k/who-helped", "/k/check"] {
        let page = html(&kiosk, &app, screen).await;
        let clips = listen_clips(&page);
        assert!(!clips.is_empty(), "{screen} has words to read");
        assert!(!page.contains("my secret words") || screen == "/k/good-things" || screen == "/k/check");
        for c in &clips {
            assert!(!c["text"].as_str().unwrap().contains("secret"), "{screen}: a child's typed words are never read aloud");
        }
        // English is spoken by espeak-ng: every fixed piece has a file. Only a name and a date
        // (on the welcome screen) are left to the device's voice.
        let by_device = clips.iter().filter(|c| c["src"].is_null()).count();
        assert!(by_device <= if screen == "/k/welcome" { 2 } else { 0 }, "{screen}: {clips:?}");
    }
    let page = html(&kiosk, &app, "/k/taking-part").await;
    // Without a script nothing could play: the button is there, hidden, until one shows it.
    assert!(page.contains(r#"<button type="button" hidden class="app-listen__button">"#), "hidden without a script");
    let clips = listen_clips(&page);
    let texts: Vec<&str> = clips.iter().map(|c| c["text"].as_str().unwrap()).collect();
    assert_eq!(texts[..3], ["How do you want to take part?", "Choose all that you like.", "I want to come to the meeting"]);
    // The file is ours, named by its content, kept for a year, fetched only when asked for.
    let src = clips[0]["src"].as_str().unwrap();
    assert!(src.starts_with("/pkg/audio/en-GB.") && src.ends_with(".mp3"), "{src}");
    assert!(!page.contains("<audio") && !page.contains(&format!(" src=\"{src}\"")), "nothing loads it with the page");
    let r = client().get(app.url(src)).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers()["content-type"], "audio/mpeg");
    assert!(r.headers()["cache-control"].to_str().unwrap().contains("immutable"));
    let bytes = r.bytes().await.unwrap();
    assert!(bytes.len() > 1000 && bytes.len() < 40_000, "a small mono file: {} bytes", bytes.len());
}
both!(each_screen_reads_its_question_from_files_where_espeak_speaks_and_never_typed_words);

async fn tigrinya_has_no_espeak_voice_so_the_device_speaks_its_own_words(app: TestApp) {
    let chair = app.chair().await;
    let (_, code) = meeting_with_child(&app, &chair, "ti").await;
    let kiosk = client();
    form(&kiosk, &app, "/fn/enter_code", &[("code", &code)]).await;
    let page = html(&kiosk, &app, "/k/taking-part").await;
    assert!(page.contains(r#"<html lang="ti" dir="ltr""#));
    let clips = listen_clips(&page);
    assert!(clips.iter().all(|c| c["src"].is_null()), "{clips:?}");
    assert!(clips[0]["text"].as_str().unwrap().chars().any(|ch| ('\u{1200}'..='\u{137F}').contains(&ch)), "Ethiopic: {clips:?}");
    assert!(page.contains(r#"data-lang="ti""#), "the device is asked for a Tigrinya voice");
}
both!(tigrinya_has_no_espeak_voice_so_the_device_speaks_its_own_words);

async fn someone_helping_sees_english_beneath_and_the_answers_are_stored_once(app: TestApp) {
    let chair = app.chair().await;
    let (m, code) = meeting_with_child(&app, &chair, "ti").await;
    let kiosk = client();
    // The worker ticks "I am helping someone" on the language screen, then picks Tigrinya.
    form(&kiosk, &app, "/fn/set_language", &[("lang", "ti"), ("helping", "1"), ("next", "/code")]).await;
    let page = html(&kiosk, &app, "/code").await;
    assert!(page.contains(r#"<span lang="en-GB" dir="ltr" class="app-en">Type your code</span>"#), "English beneath");
    assert!(page.contains(r#"<span lang="ti" dir="ltr">"#), "the family's words marked as theirs");
    form(&kiosk, &app, "/fn/enter_code", &[("code", &code)]).await;
    let page = html(&kiosk, &app, "/k/worries").await;
    assert!(page.contains(r#"<span lang="en-GB" dir="ltr" class="app-en">What are you worried about?</span>"#), "the question in English too");
    // "Who helped" starts as an interpreter, and can be changed.
    let page = html(&kiosk, &app, "/k/who-helped").await;
    let interpreter = page.find(r#"value="interpreter""#).unwrap();
    let tag_start = page[..interpreter].rfind('<').unwrap();
    let tag_end = interpreter + page[interpreter..].find('>').unwrap();
    assert!(page[tag_start..tag_end].contains("checked"), "{}", &page[tag_start..tag_end]);
    form(&kiosk, &app, "/fn/save_step", &[("step", "worries"), ("text", "ትምህርቲ ቤት"), ("visibility", "everyone")]).await;
    form(&kiosk, &app, "/fn/save_step", &[("step", "who-helped"), ("choice", "interpreter")]).await;
    let page = html(&kiosk, &app, "/k/check").await;
    let sid = page.split(r#"name="submission_id" value=""#).nth(1).unwrap().split('"').next().unwrap().to_string();
    form(&kiosk, &app, "/fn/send_views", &[("submission_id", &sid)]).await;
    // The answers are stored once, in the family's words, and say the language they are in.
    let (_, got) = app.get_json(&chair, &format!("/api/v1/meetings/{}", m["id"].as_str().unwrap())).await;
    let views = &got["participants"][0]["views"];
    assert_eq!(views["language"], "ti");
    assert_eq!(views["answers"]["worries"]["text"], "ትምህርቲ ቤት");
    assert_eq!(views["answers"]["helped_by"], "interpreter");
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM views").fetch_one(&app.db().await).await.unwrap();
    assert_eq!(count, 1);
    // Leaving ends the helping too: the next person on the tablet starts without it.
    let r = form(&kiosk, &app, "/fn/exit", &[]).await;
    let cookies: Vec<_> = r.headers().get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_string()).collect();
    assert!(cookies.iter().any(|c| c.starts_with("tiptoes_helping=;") && c.contains("Max-Age=0")), "{cookies:?}");
    assert!(!html(&kiosk, &app, "/").await.contains("class=\"app-en\""));
}
both!(someone_helping_sees_english_beneath_and_the_answers_are_stored_once);

async fn every_kiosk_screen_leads_back_to_the_language_screen_and_returns(app: TestApp) {
    let chair = app.chair().await;
    let (_, code) = meeting_with_child(&app, &chair, "ur").await;
    let kiosk = client();
    form(&kiosk, &app, "/fn/enter_code", &[("code", &code)]).await;
    for screen in ["/k/welcome", "/k/worries?to_check=1", "/k/safety", "/k/check"] {
        let page = html(&kiosk, &app, screen).await;
        let link = format!(r#"href="/language?next={screen}""#);
        assert!(page.contains(&link), "{screen}: {link}");
        assert!(page.contains(r#"<span lang="ur" dir="rtl">اردو</span>"#), "named in its own script");
    }
    let page = html(&kiosk, &app, "/language?next=/k/safety").await;
    assert!(page.contains(r#"name="next" value="/k/safety""#));
    assert!(page.contains(r#"aria-current="true""#) && page.contains(r#"value="ur""#), "the current language is marked");
    let r = form(&kiosk, &app, "/fn/set_language", &[("lang", "fa"), ("next", "/k/safety")]).await;
    assert_eq!(r.headers()["location"], "/k/safety");
    assert!(html(&kiosk, &app, "/k/safety").await.contains(r#"<html lang="fa" dir="rtl""#));
    // Back only into the kiosk, never elsewhere.
    let page = html(&kiosk, &app, "/language?next=https://evil.example/").await;
    assert!(page.contains(r#"name="next" value="/code""#));
}
both!(every_kiosk_screen_leads_back_to_the_language_screen_and_returns);

async fn a_chair_adds_an_english_translation_beside_words_written_in_another_language(app: TestApp) {
    let chair = app.chair().await;
    let (m, code) = meeting_with_child(&app, &chair, "ti").await;
    let id = m["id"].as_str().unwrap();
    let (s, _) = app
        .post_json(
            &client(),
            "/api/v1/kiosk/views",
            json!({ "code": code, "submission_id": uuid::Uuid::new_v4(), "answers": { "worries": { "text": "ትምህርቲ ቤት", "visibility": "everyone" }, "safety_scale": 7 } }),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED);
    let (_, got) = app.get_json(&chair, &format!("/api/v1/meetings/{id}")).await;
    let views = &got["participants"][0]["views"];
    assert_eq!(views["language"], "ti", "the invite's language, through the API");
    let views_id = views["id"].as_str().unwrap().to_string();
    let path = |field: &str| format!("/api/v1/meetings/{id}/views/{views_id}/translations/{field}");
    let put = |c: &Client, field: &str, body: Value| {
        let (c, url) = (c.clone(), app.url(&path(field)));
        async move {
            let r = c.put(url).json(&body).send().await.unwrap();
            (r.status(), r.json::<Value>().await.unwrap_or(Value::Null))
        }
    };
    let (s, b) = put(&chair, "worries", json!({ "text": "  School  " })).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!((b["translation"]["text"].as_str(), b["translation"]["translated_by"].as_str()), (Some("School"), Some("Test User")));
    // Read back beside the words as written, which stay as they were.
    let (_, got) = app.get_json(&chair, &format!("/api/v1/meetings/{id}")).await;
    let views = &got["participants"][0]["views"];
    assert_eq!(views["answers"]["worries"]["text"], "ትምህርቲ ቤት");
    assert_eq!(views["translations"][0]["field"], "worries");
    assert_eq!(views["translations"][0]["text"], "School");
    // The chair's page shows both, the original marked as Tigrinya; "print for the meeting" too.
    for page in [format!("/staff/meetings/{id}"), format!("/staff/meetings/{id}/print")] {
        let p = html(&chair, &app, &page).await;
        assert!(p.contains(r#"<p lang="ti" dir="ltr" class="staff-answer">ትምህርቲ ቤት</p>"#), "{page}");
        assert!(p.contains(r#"<p lang="en-GB" dir="ltr" class="staff-answer">School</p>"#), "{page}");
        assert!(p.contains("English translation") && p.contains("Translated by \u{2068}Test User\u{2069}"), "{page}");
    }
    // Refused, changing nothing: a choice (not typed), an unanswered answer, too long, unknown fields.
    assert_eq!(put(&chair, "safety_scale", json!({ "text": "x" })).await.1["error"]["code"], "invalid_field");
    assert_eq!(put(&chair, "wishes", json!({ "text": "x" })).await.1["error"]["code"], "not_answered");
    let (s, b) = put(&chair, "worries", json!({ "text": "a".repeat(4001) })).await;
    assert_eq!((s, b["error"]["code"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("text_too_long")));
    assert_eq!(put(&chair, "worries", json!({ "text": "x", "by": "me" })).await.0, StatusCode::UNPROCESSABLE_ENTITY);
    // Another chair: the meeting is not there. Another meeting's id with these views: neither.
    let other = app.signed_in("other@example.org", "chair").await;
    assert_eq!(put(&other, "worries", json!({ "text": "Hacked" })).await.0, StatusCode::NOT_FOUND);
    let elsewhere = app.meeting(&chair, "icpc", 3).await;
    let wrong = format!("/api/v1/meetings/{}/views/{views_id}/translations/worries", elsewhere["id"].as_str().unwrap());
    assert_eq!(chair.put(app.url(&wrong)).json(&json!({ "text": "Hacked" })).send().await.unwrap().status(), StatusCode::NOT_FOUND);
    let (_, got) = app.get_json(&chair, &format!("/api/v1/meetings/{id}")).await;
    assert_eq!(got["participants"][0]["views"]["translations"][0]["text"], "School");
    // Each save is audited; empty text takes the translation away (audited too).
    let (s, b) = put(&chair, "worries", json!({ "text": "" })).await;
    assert_eq!((s, &b["translation"]), (StatusCode::OK, &Value::Null));
    let manager = app.signed_in("manager@example.org", "manager").await;
    let (_, audit) = app.get_json(&manager, &format!("/api/v1/audit?meeting={id}")).await;
    let saves = audit["entries"].as_array().unwrap().iter().filter(|e| e["action"] == "translate_views").count();
    assert_eq!(saves, 2, "{audit}");
    // The chair's form does the same without JavaScript.
    let r = form(&chair, &app, "/fn/save_translation", &[("id", id), ("views_id", &views_id), ("field", "worries"), ("text", "School work")]).await;
    assert_eq!(r.headers()["location"].to_str().unwrap(), format!("/staff/meetings/{id}?translated=1#translation-{views_id}-worries"));
    let (_, got) = app.get_json(&chair, &format!("/api/v1/meetings/{id}")).await;
    assert_eq!(got["participants"][0]["views"]["translations"][0]["text"], "School work");
}
both!(a_chair_adds_an_english_translation_beside_words_written_in_another_language);
