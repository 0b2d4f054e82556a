//! The browser's files under /pkg: only the kiosk's screens ask for a script; each file is
//! named by its content, sent precompressed and kept for a year; nothing else is.

use reqwest::{Client, StatusCode};
use tests::{TestApp, client};

async fn html(c: &Client, app: &TestApp, path: &str) -> String {
    let r = c.get(app.url(path)).header("accept", "text/html").send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK, "{path}");
    r.text().await.unwrap()
}

/// Sends a GET for `path` exactly as written; returns the status line.
async fn raw_get(app: &TestApp, path: &str) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let addr = app.base.strip_prefix("http://").unwrap();
    let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
    s.write_all(format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").as_bytes()).await.unwrap();
    let mut answer = Vec::new();
    s.read_to_end(&mut answer).await.unwrap();
    String::from_utf8_lossy(&answer).lines().next().unwrap_or_default().to_string()
}

/// Every `/pkg/…` address a page names (stylesheet, script, WebAssembly).
fn pkg_links(html: &str) -> Vec<String> {
    html.split("\"/pkg/").skip(1).map(|rest| format!("/pkg/{}", rest.split('"').next().unwrap())).collect()
}

#[tokio::test]
async fn pkg_files_are_named_by_content_precompressed_and_kept_for_a_year() {
    let app = tests::spawn(tests::Db::Sqlite).await;
    let chair = app.chair().await;
    let m = app.meeting(&chair, "icpc", 7).await;
    let code = m["participants"][0]["invite_code"].as_str().unwrap();

    // The start screen is plain HTML: a stylesheet, no script file or WebAssembly. (Leptos
    // still writes two one-line inline scripts for its resource bookkeeping.)
    let start = html(&client(), &app, "/").await;
    assert!(!start.contains(".wasm") && !start.contains(".js\"") && !start.contains("leptos-island"), "the start screen loads no script");
    let css = pkg_links(&start);
    assert_eq!(css.len(), 1, "{css:?}");

    // A kiosk screen loads the islands' script and WebAssembly, by their hashed names.
    let kiosk = client();
    kiosk.post(app.url("/fn/enter_code")).header("accept", "text/html").form(&[("code", code)]).send().await.unwrap();
    let welcome = html(&kiosk, &app, "/k/welcome").await;
    assert!(welcome.contains("<leptos-island"), "the guard island is on the page");
    let links = pkg_links(&welcome);
    let (js, wasm) = (links.iter().find(|l| l.ends_with(".js")).unwrap(), links.iter().find(|l| l.ends_with(".wasm")).unwrap());
    assert!(welcome.contains(&format!("\"{}\"", js.trim_start_matches("/pkg/").trim_end_matches(".js"))), "the loader names the same script");
    assert_eq!(js.trim_end_matches(".js"), wasm.trim_end_matches(".wasm"), "the script and its WebAssembly share a name");

    let c = client();
    for file in [&css[0], js, wasm] {
        let name = file.rsplit('/').next().unwrap();
        let hash = name.split('.').nth(1).unwrap();
        assert!(hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()), "{name} is named by its content");
        for (accept, encoding) in [("br", Some("br")), ("gzip", Some("gzip")), ("br;q=0, gzip", Some("gzip")), ("identity", None)] {
            let r = c.get(app.url(file)).header("accept-encoding", accept).send().await.unwrap();
            assert_eq!(r.status(), StatusCode::OK, "{file} {accept}");
            let h = r.headers().clone();
            assert_eq!(h.get("content-encoding").map(|v| v.to_str().unwrap()), encoding, "{file} for {accept}");
            assert_eq!(h.get("cache-control").unwrap(), "public, max-age=31536000, immutable", "{file}");
            assert_eq!(h.get("vary").map(|v| v.to_str().unwrap().to_ascii_lowercase()).as_deref(), Some("accept-encoding"), "{file}");
            let body = r.bytes().await.unwrap();
            assert!(!body.is_empty());
            if encoding.is_none() && file.ends_with(".wasm") {
                assert_eq!(&body[..4], b"\0asm", "the WebAssembly itself, uncompressed");
            }
        }
    }

    // A name the build did not write is not found, and not kept.
    let r = c.get(app.url("/pkg/tiptoes.0123456789abcdef.js")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert_eq!(r.headers().get("cache-control").unwrap(), "no-store");
    // Nothing outside pkg/ is reachable through it. Sent as raw bytes: an HTTP client would
    // tidy the dots away before sending.
    for path in ["/pkg/../../Cargo.toml", "/pkg/%2e%2e/%2e%2e/Cargo.toml", "/pkg/..%2f..%2fCargo.toml", "/pkg/....//....//Cargo.toml"] {
        let status = raw_get(&app, path).await;
        assert!(status.starts_with("HTTP/1.1 4"), "{path}: {status}");
    }
    // Pages are never kept, and the loader runs only by this response's nonce.
    let r = kiosk.get(app.url("/k/welcome")).header("accept", "text/html").send().await.unwrap();
    assert_eq!(r.headers().get("cache-control").unwrap(), "no-store");
    let csp = r.headers().get("content-security-policy").unwrap().to_str().unwrap().to_string();
    let nonce = csp.split("'nonce-").nth(1).unwrap().split('\'').next().unwrap().to_string();
    let page = r.text().await.unwrap();
    let inline: Vec<_> = page.split("<script").skip(1).map(|s| s.split('>').next().unwrap()).filter(|t| !t.contains("src=")).collect();
    assert!(!inline.is_empty(), "the islands' loader is inline");
    for tag in inline {
        assert!(tag.contains(&format!("nonce=\"{nonce}\"")), "inline script without this response's nonce: {tag}");
    }
}
