//! Server bounds, tried as an attacker would over raw sockets: a header that never ends, a body
//! that trickles, more requests at once than the server takes, a forged X-Forwarded-For.
//! The socket tests do not touch the database's rules, so they run on SQLite only.

use reqwest::StatusCode;
use serde_json::{Value, json};
use std::time::Duration;
use tests::{Db, TestApp, both_with, client, spawn_with};
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::TcpStream,
};

async fn connect(app: &TestApp) -> TcpStream {
    TcpStream::connect(app.base.strip_prefix("http://").unwrap()).await.unwrap()
}

/// Starts a request whose body never arrives in full: Content-Length 100, 10 bytes sent.
async fn slow_body(app: &TestApp) -> TcpStream {
    let mut s = connect(app).await;
    let head = "POST /api/v1/kiosk/invite HTTP/1.1\r\nHost: tiptoes\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n";
    s.write_all(head.as_bytes()).await.unwrap();
    s.write_all(br#"{"code":"A"#).await.unwrap();
    s
}

/// Everything the server sends until it closes the socket; panics if it is still open after
/// `limit`.
async fn until_closed(s: &mut TcpStream, limit: Duration, what: &str) -> String {
    let mut got = Vec::new();
    let read = async {
        let mut buf = [0u8; 4096];
        loop {
            match s.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => got.extend_from_slice(&buf[..n]),
            }
        }
    };
    if tokio::time::timeout(limit, read).await.is_err() {
        panic!("{what}: the server still held the connection open after {limit:?}");
    }
    String::from_utf8_lossy(&got).into_owned()
}

/// A client for "answered at once": a queued request would wait for a place to free.
fn quick() -> reqwest::Client {
    reqwest::Client::builder().timeout(Duration::from_secs(2)).build().unwrap()
}

async fn health(app: &TestApp) -> StatusCode {
    client().get(app.url("/healthz")).timeout(Duration::from_secs(5)).send().await.unwrap().status()
}

#[tokio::test]
async fn a_half_sent_header_or_a_silent_connection_is_cut_off() {
    let app = spawn_with(Db::Sqlite, &[("TIPTOES_HEADER_TIMEOUT_SECONDS", "1")]).await;
    let mut half = connect(&app).await;
    half.write_all(b"GET /healthz HTTP/1.1\r\nHost: tiptoes\r\nX-Slow: ").await.unwrap();
    let mut silent = connect(&app).await;
    // Meanwhile everyone else is answered.
    assert_eq!(health(&app).await, StatusCode::OK);
    until_closed(&mut half, Duration::from_secs(5), "half a header").await;
    until_closed(&mut silent, Duration::from_secs(5), "a connection that sent nothing").await;
    assert_eq!(health(&app).await, StatusCode::OK);
}

#[tokio::test]
async fn a_trickling_body_is_cut_off_and_holds_no_place() {
    let app = spawn_with(Db::Sqlite, &[("TIPTOES_HEADER_TIMEOUT_SECONDS", "2"), ("TIPTOES_MAX_IN_FLIGHT", "1")]).await;
    let mut slow = Vec::new();
    for _ in 0..5 {
        slow.push(slow_body(&app).await);
    }
    // Five senders that never finish hold no place: the one place is free for everyone else.
    assert_eq!(health(&app).await, StatusCode::OK);
    for s in &mut slow {
        let answer = until_closed(s, Duration::from_secs(8), "a trickling body").await;
        assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
        assert!(answer.contains(r#""code":"timeout""#), "{answer}");
    }
}

#[tokio::test]
async fn a_body_over_the_limit_is_refused_unread() {
    let app = spawn_with(Db::Sqlite, &[]).await;
    let big = "x".repeat(300 * 1024);
    let r = client().post(app.url("/api/v1/session")).json(&json!({ "email": "a@example.org", "password": big })).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["error"]["code"], "too_large");
}

/// Sign-ins one after another (each holds its place while its password is checked), each from
/// another address behind the proxy, for `secs` seconds.
async fn keep_signing_in(app: &TestApp, secs: u64) {
    let c = client();
    let until = tokio::time::Instant::now() + Duration::from_secs(secs);
    let mut i = 0;
    while tokio::time::Instant::now() < until {
        i += 1;
        let _ = c
            .post(app.url("/api/v1/session"))
            .header("x-forwarded-for", format!("10.7.{}.{}", i / 250, i % 250 + 1))
            .json(&json!({ "email": format!("n{i}@example.org"), "password": "guess guess guess" }))
            .send()
            .await;
    }
}

#[tokio::test]
async fn past_the_in_flight_limit_a_request_gets_503_busy_at_once() {
    let app = spawn_with(Db::Sqlite, &[("TIPTOES_MAX_IN_FLIGHT", "1"), ("TIPTOES_TRUST_PROXY", "1")]).await;
    let (api, page) = tokio::join!(
        async {
            // Two at a time, so the one place is nearly always taken.
            tokio::join!(keep_signing_in(&app, 4), keep_signing_in(&app, 4));
        },
        async {
            let quick = quick();
            let mut api = None;
            let mut page = None;
            let until = tokio::time::Instant::now() + Duration::from_secs(4);
            while (api.is_none() || page.is_none()) && tokio::time::Instant::now() < until {
                let r = quick.get(app.url("/api/v1/nothing-here")).send().await.expect("answered at once, not queued");
                if r.status() == StatusCode::SERVICE_UNAVAILABLE && api.is_none() {
                    let retry = r.headers().get("retry-after").cloned();
                    api = Some((retry, r.json::<Value>().await.unwrap()));
                }
                let r = quick.get(app.url("/")).header("accept-language", "pl").send().await.expect("answered at once, not queued");
                if r.status() == StatusCode::SERVICE_UNAVAILABLE && page.is_none() {
                    let kind = r.headers()["content-type"].to_str().unwrap().to_string();
                    page = Some((kind, r.text().await.unwrap()));
                }
            }
            (api, page)
        }
    )
    .1;
    let (retry, body) = api.expect("an API request met the full server");
    assert_eq!(retry.unwrap(), "5");
    assert_eq!(body["error"]["code"], "busy", "{body}");
    // A page gets a line of text in the reader's language.
    let (kind, text) = page.expect("a page request met the full server");
    assert!(kind.starts_with("text/plain"), "{kind}");
    assert!(text.contains("Odczekaj kilka sekund"), "{text}");
    // Once the load is gone, the place is free again.
    assert_eq!(health(&app).await, StatusCode::OK);
}

async fn a_forged_left_most_forwarded_entry_does_not_escape_the_code_limit(app: TestApp) {
    let guess = |forwarded: String| {
        client()
            .post(app.url("/api/v1/kiosk/invite"))
            .header("x-forwarded-for", forwarded)
            .json(&json!({ "code": "AAAAA-BBBBB" }))
            .send()
    };
    // Our proxy appended 203.0.113.7; the client wrote a new address in front each time.
    let mut not_found = 0;
    loop {
        let r = guess(format!("10.0.{not_found}.1, 203.0.113.7")).await.unwrap();
        match r.status() {
            StatusCode::NOT_FOUND => not_found += 1,
            StatusCode::TOO_MANY_REQUESTS => break,
            s => panic!("unexpected {s}"),
        }
        assert!(not_found <= 10, "more than 10 wrong codes were answered for one client");
    }
    // Another client behind the same proxy is not held back by it, even one that writes the
    // limited address itself.
    let r = guess("203.0.113.7, 198.51.100.9".into()).await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}
both_with!(a_forged_left_most_forwarded_entry_does_not_escape_the_code_limit, &[("TIPTOES_TRUST_PROXY", "1")]);
