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
async fn a_trickling_body_is_ended_by_the_request_timeout() {
    let app = spawn_with(Db::Sqlite, &[("TIPTOES_REQUEST_TIMEOUT_SECONDS", "2")]).await;
    let mut s = slow_body(&app).await;
    let answer = until_closed(&mut s, Duration::from_secs(8), "a trickling body").await;
    assert!(answer.starts_with("HTTP/1.1 503"), "{answer}");
    assert!(answer.contains(r#""code":"timeout""#), "{answer}");
}

#[tokio::test]
async fn past_the_in_flight_limit_a_request_gets_503_busy_at_once() {
    // Wide margins: other tests (a sign-in flood among them) may be using both cores.
    let app = spawn_with(Db::Sqlite, &[("TIPTOES_MAX_IN_FLIGHT", "2"), ("TIPTOES_REQUEST_TIMEOUT_SECONDS", "10")]).await;
    let (mut a, mut b) = (slow_body(&app).await, slow_body(&app).await);
    // The two take both places as soon as the server has read their headers.
    let quick = quick();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(7);
    let r = loop {
        let r = quick.get(app.url("/api/v1/nothing-here")).send().await.expect("answered at once, not queued");
        if r.status() == StatusCode::SERVICE_UNAVAILABLE || tokio::time::Instant::now() > deadline {
            break r;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!(r.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(r.headers().contains_key("retry-after"));
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["error"]["code"], "busy", "{body}");
    assert!(body["error"]["message"].as_str().is_some_and(|m| !m.is_empty()), "{body}");
    // A page gets a line of text, not JSON.
    let r = quick.get(app.url("/")).send().await.expect("answered at once, not queued");
    assert_eq!(r.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(r.headers().contains_key("retry-after"));
    assert!(r.headers()["content-type"].to_str().unwrap().starts_with("text/plain"));
    // Once the slow ones have run out of time, the places are free again.
    for s in [&mut a, &mut b] {
        let answer = until_closed(s, Duration::from_secs(20), "a trickling body").await;
        assert!(answer.contains(r#""code":"timeout""#), "{answer}");
    }
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
