//! Faults, as they happen to a service: the server killed (`kill -9`) while children send
//! their views, PostgreSQL stopped and started again under load, SQLite's disk full. Nothing
//! acknowledged is lost, nothing is stored twice, nothing already saved is damaged, and the
//! server says clearly what is wrong and recovers by itself.

use reqwest::{Client, StatusCode};
use serde_json::{Value, json};
use std::{collections::BTreeMap, sync::Arc, time::Duration};
use tests::{Db, Postgres, TestApp, client, spawn_on, spawn_with};
use tokio::{sync::Mutex, task::JoinSet};

/// What one send came to: acknowledged (201 or 200), refused with a status, sent but no
/// answer came (the server died with it in hand), or never sent (nothing was listening).
#[derive(Clone, Debug, PartialEq)]
enum Outcome {
    Stored,
    Refused(u16, String),
    NoAnswer,
    NotSent,
}

async fn send(c: &Client, base: &str, code: &str, submission_id: &str) -> Outcome {
    let body = json!({ "code": code, "submission_id": submission_id, "answers": {
        "good_things": { "text": format!("good things, send {submission_id}"), "visibility": "everyone" },
        "worries": { "text": "a worry", "visibility": "chair_only" } } });
    match c.post(format!("{base}/api/v1/kiosk/views")).json(&body).timeout(Duration::from_secs(20)).send().await {
        Ok(r) if r.status() == StatusCode::CREATED || r.status() == StatusCode::OK => Outcome::Stored,
        Ok(r) => {
            let status = r.status().as_u16();
            let b: Value = r.json().await.unwrap_or(Value::Null);
            Outcome::Refused(status, b["error"]["code"].as_str().unwrap_or("").to_string())
        }
        Err(e) if e.is_connect() => Outcome::NotSent,
        Err(_) => Outcome::NoAnswer,
    }
}

/// `n` children's codes, a meeting each, a week ahead.
async fn child_codes(app: &TestApp, chair: &Client, n: usize) -> Vec<String> {
    let mut codes = vec![];
    for _ in 0..n {
        let m = app.meeting(chair, "icpc", 7).await;
        codes.push(m["participants"][0]["invite_code"].as_str().unwrap().to_string());
    }
    codes
}

/// Each submission id stored, with how many times.
async fn stored(app: &TestApp) -> BTreeMap<String, i64> {
    let rows: Vec<(String, i64)> =
        sqlx::query_as("SELECT submission_id, COUNT(*) FROM views GROUP BY submission_id").fetch_all(&app.db().await).await.unwrap();
    rows.into_iter().collect()
}

/// Senders that each send views again and again with new submission ids until told to stop,
/// recording what each send came to.
struct Senders {
    log: Arc<Mutex<Vec<(String, String, Outcome)>>>,
    stop: Arc<std::sync::atomic::AtomicBool>,
    set: JoinSet<()>,
}

impl Senders {
    fn start(base: Arc<Mutex<String>>, codes: &[String]) -> Senders {
        let log = Arc::new(Mutex::new(vec![]));
        let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let mut set = JoinSet::new();
        for code in codes {
            let (log, stop, base, code) = (log.clone(), stop.clone(), base.clone(), code.clone());
            set.spawn(async move {
                let c = client();
                while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                    let id = uuid::Uuid::new_v4().to_string();
                    let url = base.lock().await.clone();
                    let outcome = send(&c, &url, &code, &id).await;
                    let pause = outcome != Outcome::Stored;
                    log.lock().await.push((code.clone(), id, outcome));
                    if pause {
                        tokio::time::sleep(Duration::from_millis(50)).await;
                    }
                }
            });
        }
        Senders { log, stop, set }
    }

    async fn stop(mut self) -> Vec<(String, String, Outcome)> {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
        while self.set.join_next().await.is_some() {}
        Arc::try_unwrap(self.log).unwrap().into_inner()
    }

    async fn acknowledged(&self) -> usize {
        self.log.lock().await.iter().filter(|(_, _, o)| *o == Outcome::Stored).count()
    }
}

async fn a_killed_server_loses_no_acknowledged_views(mut app: TestApp) {
    let chair = app.chair().await;
    let codes = child_codes(&app, &chair, 32).await;
    let base = Arc::new(Mutex::new(app.base.clone()));
    let senders = Senders::start(base.clone(), &codes);
    // Kill it in the middle of the stream, once a good number are in.
    while senders.acknowledged().await < 300 {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    app.kill().await;
    let log = senders.stop().await;
    app.start_again(&[("TIPTOES_SENDS_PER_HOUR", "100000")]).await;
    let acknowledged: Vec<&(String, String, Outcome)> = log.iter().filter(|(_, _, o)| *o == Outcome::Stored).collect();
    let unanswered: Vec<&(String, String, Outcome)> = log.iter().filter(|(_, _, o)| *o == Outcome::NoAnswer).collect();
    assert!(acknowledged.len() >= 300, "{} acknowledged", acknowledged.len());
    assert!(!unanswered.is_empty(), "the kill came while sends were in flight (a send refused a connection does not count)");
    assert!(
        log.iter().all(|(_, _, o)| matches!(o, Outcome::Stored | Outcome::NoAnswer | Outcome::NotSent)),
        "every send was stored, had no answer or could not be sent: {:?}",
        log.iter().filter(|(_, _, o)| matches!(o, Outcome::Refused(..))).take(3).collect::<Vec<_>>()
    );
    // Every acknowledged send is stored, once.
    let before = stored(&app).await;
    for (_, id, _) in &acknowledged {
        assert_eq!(before.get(id), Some(&1), "acknowledged {id}");
    }
    // A child whose send got no answer presses Send again: stored once, whether or not the
    // first try had reached the database before the kill.
    let c = client();
    for (code, id, _) in &unanswered {
        assert_eq!(send(&c, &app.base, code, id).await, Outcome::Stored);
        assert_eq!(send(&c, &app.base, code, id).await, Outcome::Stored, "a second retry");
    }
    let after = stored(&app).await;
    assert!(after.values().all(|n| *n == 1), "no submission stored twice");
    assert_eq!(after.len(), acknowledged.len() + unanswered.len(), "nothing stored that was never sent");
    if app.db_url.starts_with("sqlite:") {
        let check: String = sqlx::query_scalar("PRAGMA integrity_check").fetch_one(&app.db().await).await.unwrap();
        assert_eq!(check, "ok");
    }
}

mod a_killed_server_loses_no_acknowledged_views {
    const ENV: &[(&str, &str)] = &[("TIPTOES_SENDS_PER_HOUR", "100000")];
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn sqlite() {
        super::a_killed_server_loses_no_acknowledged_views(super::spawn_with(super::Db::Sqlite, ENV).await).await
    }
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn postgres() {
        super::a_killed_server_loses_no_acknowledged_views(super::spawn_with(super::Db::Postgres, ENV).await).await
    }
}

/// A kiosk form post, as a browser without JavaScript sends it.
async fn form(c: &Client, base: &str, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    c.post(format!("{base}{path}")).header("accept", "text/html").form(fields).send().await.unwrap()
}

fn location(r: &reqwest::Response) -> String {
    r.headers().get("location").map(|v| v.to_str().unwrap().to_string()).unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_stopped_and_started_again_under_load() {
    let pg = Postgres::start().await;
    let app = spawn_on(&pg.url, &[("TIPTOES_SENDS_PER_HOUR", "100000")]).await;
    let chair = app.chair().await;
    let codes = child_codes(&app, &chair, 8).await;
    // A child is half-way through on a tablet when the database goes away.
    let m = app.meeting(&chair, "icpc", 7).await;
    let kiosk = client();
    let r = form(&kiosk, &app.base, "/fn/enter_code", &[("code", m["participants"][0]["invite_code"].as_str().unwrap())]).await;
    assert_eq!(location(&r), "/k/welcome");
    let r = form(&kiosk, &app.base, "/fn/save_step", &[("step", "good-things"), ("text", "My nan's garden"), ("visibility", "everyone")]).await;
    assert_eq!(location(&r), "/k/worries");

    let senders = Senders::start(Arc::new(Mutex::new(app.base.clone())), &codes);
    while senders.acknowledged().await < 100 {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    pg.stop_hard().await;
    // While it is down the server answers, and says the database cannot be reached.
    let c = client();
    let (s, b) = app.post_json(&c, "/api/v1/kiosk/views", json!({ "code": codes[0], "submission_id": uuid::Uuid::new_v4(), "answers": {} })).await;
    // (Or "busy": this client's code checks take turns, and the one before it is waiting for
    // the database. Both are 503 with Retry-After: try again shortly.)
    assert_eq!(s, StatusCode::SERVICE_UNAVAILABLE, "{b}");
    assert!(matches!(b["error"]["code"].as_str(), Some("unavailable" | "busy")), "{b}");
    let (s, _) = app.get_json(&c, "/healthz").await;
    assert_eq!(s, StatusCode::SERVICE_UNAVAILABLE);
    // The child's next screen says to try again, and keeps them where they were.
    let r = form(&kiosk, &app.base, "/fn/save_step", &[("step", "worries"), ("text", "Shouting")]).await;
    assert_eq!(location(&r), "/k/worries?error=busy");
    tokio::time::sleep(Duration::from_secs(1)).await;
    pg.start_again().await;
    // It recovers by itself: no restart, the pool connects again.
    let mut back = false;
    for _ in 0..120 {
        if send(&c, &app.base, &codes[0], &uuid::Uuid::new_v4().to_string()).await == Outcome::Stored {
            back = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    assert!(back, "sends are stored again within 30 s of the database's return");
    let (s, _) = app.get_json(&c, "/healthz").await;
    assert_eq!(s, StatusCode::OK);
    let log = senders.stop().await;
    // What the senders saw: stored, or 503 "unavailable" (or "busy") while it was down. Never
    // a 500, never silence.
    let refused: Vec<&Outcome> = log.iter().map(|(_, _, o)| o).filter(|o| **o != Outcome::Stored).collect();
    assert!(!refused.is_empty(), "some sends met the outage");
    assert!(refused.iter().all(|o| matches!(o, Outcome::Refused(503, code) if code == "unavailable" || code == "busy")), "{refused:?}");
    // Every acknowledged send is stored once. (A send refused while the database went down
    // may have been stored all the same, if its commit was in flight: sending it again gives
    // its receipt, not a second copy.)
    let now = stored(&app).await;
    for (_, id, _) in log.iter().filter(|(_, _, o)| *o == Outcome::Stored) {
        assert_eq!(now.get(id), Some(&1), "acknowledged {id}");
    }
    for (code, id, _) in log.iter().filter(|(_, _, o)| *o != Outcome::Stored) {
        assert_eq!(send(&c, &app.base, code, id).await, Outcome::Stored);
    }
    assert!(stored(&app).await.values().all(|n| *n == 1));
    // The draft survived: the child goes on from where they were, and the chair reads it.
    let r = form(&kiosk, &app.base, "/fn/save_step", &[("step", "worries"), ("text", "Shouting")]).await;
    assert_eq!(location(&r), "/k/wishes");
    let html = kiosk.get(app.url("/k/check")).send().await.unwrap().text().await.unwrap();
    let sid = html.split(r#"name="submission_id" value=""#).nth(1).unwrap().split('"').next().unwrap().to_string();
    let r = form(&kiosk, &app.base, "/fn/send_views", &[("submission_id", &sid)]).await;
    assert_eq!(location(&r), "/thanks");
    let (_, b) = app.get_json(&chair, &format!("/api/v1/meetings/{}", m["id"].as_str().unwrap())).await;
    let answers = &b["participants"][0]["views"]["answers"];
    assert_eq!((answers["good_things"]["text"].as_str(), answers["worries"]["text"].as_str()), (Some("My nan's garden"), Some("Shouting")));
}

/// A small tmpfs of the test's own, unmounted on drop: a disk that fills up.
struct SmallDisk(std::path::PathBuf);

impl SmallDisk {
    fn mount(size: &str) -> SmallDisk {
        let dir = std::env::temp_dir().join(format!("tiptoes-disk-{}", uuid::Uuid::new_v4().simple()));
        std::fs::create_dir_all(&dir).unwrap();
        let sudo = !matches!(std::process::Command::new("id").arg("-u").output(), Ok(o) if o.stdout.starts_with(b"0"));
        let mut cmd = std::process::Command::new(if sudo { "sudo" } else { "mount" });
        if sudo {
            cmd.args(["-n", "mount"]);
        }
        let out = cmd.args(["-t", "tmpfs", "-o", &format!("size={size},mode=0777"), "tmpfs"]).arg(&dir).output().unwrap();
        assert!(out.status.success(), "this test mounts a small tmpfs, as root or with sudo: {}", String::from_utf8_lossy(&out.stderr));
        SmallDisk(dir)
    }

    /// Writes a file until the disk is full; returns its path.
    fn fill(&self) -> std::path::PathBuf {
        use std::io::Write;
        let path = self.0.join("filler");
        let mut f = std::fs::File::create(&path).unwrap();
        let chunk = vec![0u8; 4096];
        loop {
            match f.write_all(&chunk) {
                Ok(()) => {}
                Err(e) if e.raw_os_error() == Some(28) => break, // ENOSPC
                Err(e) => panic!("filling the disk: {e}"),
            }
        }
        let _ = f.sync_all();
        path
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg("-l").arg(&self.0).status();
        let _ = std::process::Command::new("sudo").args(["-n", "umount", "-l"]).arg(&self.0).status();
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[tokio::test]
async fn sqlite_on_a_full_disk_refuses_clearly_and_corrupts_nothing() {
    let disk = SmallDisk::mount("16m");
    let app = spawn_on(&format!("sqlite://{}", disk.0.join("tiptoes.db").display()), &[]).await;
    let chair = app.chair().await;
    let codes = child_codes(&app, &chair, 3).await;
    let c = client();
    let mut sent = vec![];
    for code in &codes {
        let id = uuid::Uuid::new_v4().to_string();
        assert_eq!(send(&c, &app.base, code, &id).await, Outcome::Stored);
        sent.push(id);
    }
    let filler = disk.fill();
    // Full: a send is refused with a clear error, every time, and the server keeps answering.
    for code in &codes {
        let outcome = send(&c, &app.base, code, &uuid::Uuid::new_v4().to_string()).await;
        assert_eq!(outcome, Outcome::Refused(507, "storage_full".into()));
    }
    let (s, b) = app.post_json(&c, "/api/v1/kiosk/views", json!({ "code": codes[0], "submission_id": uuid::Uuid::new_v4(), "answers": {} })).await;
    assert_eq!(s, StatusCode::INSUFFICIENT_STORAGE);
    assert!(b["error"]["message"].as_str().unwrap().contains("storage is full"), "{b}");
    // Reading goes on: the chair still reads what was sent.
    let (s, _) = app.get_json(&chair, "/api/v1/meetings").await;
    assert_eq!(s, StatusCode::OK);
    // Space again: sends are stored, by the same server.
    std::fs::remove_file(filler).unwrap();
    let id = uuid::Uuid::new_v4().to_string();
    assert_eq!(send(&c, &app.base, &codes[0], &id).await, Outcome::Stored);
    sent.push(id);
    // Nothing was damaged, nothing half-written: exactly what was acknowledged is there.
    let pool = app.db().await;
    let check: String = sqlx::query_scalar("PRAGMA integrity_check").fetch_one(&pool).await.unwrap();
    assert_eq!(check, "ok");
    let now = stored(&app).await;
    assert_eq!(now.len(), sent.len());
    assert!(sent.iter().all(|id| now.get(id) == Some(&1)));
}
