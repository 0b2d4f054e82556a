//! Starts the real `tiptoes` binary on a free port with a fresh database (a SQLite file, or a
//! new database in the throwaway PostgreSQL cluster), and gives tests clients for it.

use reqwest::{Client, StatusCode, redirect::Policy};
use serde_json::{Value, json};
use std::{path::PathBuf, process::Stdio, time::Duration};
use tokio::{
    io::{AsyncBufReadExt, AsyncWriteExt, BufReader},
    process::{Child, Command},
};

#[derive(Clone, Copy, Debug)]
pub enum Db {
    Sqlite,
    Postgres,
}

pub struct TestApp {
    pub base: String,
    pub db_url: String,
    /// This app's own key file (see the server's `crypto`), in its temporary directory.
    pub key_file: PathBuf,
    /// The temporary directory: the SQLite file and the key file.
    pub dir: PathBuf,
    _server: Child,
    _dir: TempDir,
}

/// A temporary directory removed on drop.
pub struct TempDir(pub PathBuf);
impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub fn bin() -> PathBuf {
    std::env::var_os("TIPTOES_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/release/tiptoes"))
}

async fn fresh_database(db: Db, dir: &std::path::Path) -> String {
    match db {
        Db::Sqlite => format!("sqlite://{}", dir.join("tiptoes.db").display()),
        Db::Postgres => {
            let base = std::env::var("TIPTOES_TEST_POSTGRES_URL")
                .expect("TIPTOES_TEST_POSTGRES_URL is not set: run the tests with `make test`, which starts PostgreSQL");
            sqlx::any::install_default_drivers();
            let name = format!("t_{}", uuid::Uuid::new_v4().simple());
            let pool = sqlx::AnyPool::connect(&base).await.expect("connect to the test PostgreSQL");
            sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}"))).execute(&pool).await.expect("create a test database");
            pool.close().await;
            let (prefix, _) = base.rsplit_once('/').expect("a database URL");
            format!("{prefix}/{name}")
        }
    }
}

pub async fn spawn(db: Db) -> TestApp {
    spawn_with(db, &[]).await
}

/// Starts the server with extra environment variables.
pub async fn spawn_with(db: Db, env: &[(&str, &str)]) -> TestApp {
    let dir = std::env::temp_dir().join(format!("tiptoes-test-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).unwrap();
    let db_url = fresh_database(db, &dir).await;
    let key_file = dir.join("tiptoes.key");
    let (base, server) = start(&db_url, &key_file, env).await;
    TestApp { base, db_url, key_file, dir: dir.clone(), _server: server, _dir: TempDir(dir) }
}

/// Starts the server on a database made elsewhere (a PostgreSQL cluster of the test's own).
pub async fn spawn_on(db_url: &str, env: &[(&str, &str)]) -> TestApp {
    let dir = std::env::temp_dir().join(format!("tiptoes-test-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).unwrap();
    let key_file = dir.join("tiptoes.key");
    let (base, server) = start(db_url, &key_file, env).await;
    TestApp { base, db_url: db_url.to_string(), key_file, dir: dir.clone(), _server: server, _dir: TempDir(dir) }
}

/// Another server process on the same database and key file (stopped on drop).
pub struct Instance {
    pub base: String,
    _server: Child,
}

impl Instance {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

impl TestApp {
    /// Stops the server and starts a new one on the same database (state must survive).
    pub async fn restart(mut self) -> TestApp {
        self.kill().await;
        self.start_again(&[]).await;
        self
    }

    /// Kills the server at once (SIGKILL, as `kill -9`: no clean shutdown) and waits for it.
    pub async fn kill(&mut self) {
        self._server.kill().await.unwrap();
    }

    /// Starts the server again on the same database and key file, on a new port.
    pub async fn start_again(&mut self, env: &[(&str, &str)]) {
        let (base, server) = start(&self.db_url, &self.key_file, env).await;
        self.base = base;
        self._server = server;
    }

    /// A second server on this one's database and key file, as a service with several
    /// instances behind one address runs.
    pub async fn another(&self, env: &[(&str, &str)]) -> Instance {
        let (base, server) = start(&self.db_url, &self.key_file, env).await;
        Instance { base, _server: server }
    }
}

async fn start(db_url: &str, key_file: &std::path::Path, env: &[(&str, &str)]) -> (String, Child) {
    let mut cmd = Command::new(bin());
    cmd.arg("serve")
        .env("TIPTOES_ADDR", "127.0.0.1:0")
        .env("TIPTOES_DATABASE_URL", db_url)
        .env("TIPTOES_KEY_FILE", key_file)
        .env("TIPTOES_INSECURE_COOKIES", "1")
        .env("TIPTOES_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .kill_on_drop(true);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut server = cmd.spawn().unwrap_or_else(|e| panic!("cannot start {}: {e} (build it with `make build`)", bin().display()));
    let stdout = server.stdout.take().unwrap();
    let mut lines = BufReader::new(stdout).lines();
    let base = tokio::time::timeout(Duration::from_secs(30), async {
        while let Some(line) = lines.next_line().await.unwrap() {
            if let Some(url) = line.strip_prefix("Tiptoes is listening on ") {
                return url.trim().to_string();
            }
        }
        panic!("the server stopped before it listened");
    })
    .await
    .expect("the server did not start within 30 s");
    // Keep draining stdout so the server never blocks on a full pipe.
    tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
    (base, server)
}

/// A browser-like client: keeps cookies, does not follow redirects.
pub fn client() -> Client {
    Client::builder().cookie_store(true).redirect(Policy::none()).build().unwrap()
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Runs the CLI against this app's database.
    pub async fn cli(&self, args: &[&str], stdin: &str) -> std::process::Output {
        let mut child = Command::new(bin())
            .args(args)
            .env("TIPTOES_DATABASE_URL", &self.db_url)
            .env("TIPTOES_KEY_FILE", &self.key_file)
            .env("TIPTOES_LOG", "warn")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // The CLI may refuse (and exit) before it reads its input: a closed pipe is its answer.
        if let Err(e) = child.stdin.take().unwrap().write_all(stdin.as_bytes()).await {
            assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
        }
        child.wait_with_output().await.unwrap()
    }

    /// Adds a user with the CLI and returns a client signed in as them.
    pub async fn signed_in(&self, email: &str, role: &str) -> Client {
        let out = self.cli(&["user", "add", "--email", email, "--name", "Test User", "--role", role], "a long enough password\n").await;
        assert!(out.status.success(), "user add failed: {}", String::from_utf8_lossy(&out.stderr));
        let c = client();
        self.session_cookie(&c, email).await;
        c
    }

    /// Signs `email` in (with the password `signed_in` gives everyone) on client `c`, and
    /// returns the session cookie (`name=value`), for a tool that is not a browser.
    pub async fn session_cookie(&self, c: &Client, email: &str) -> String {
        let r = c.post(self.url("/api/v1/session")).json(&json!({ "email": email, "password": "a long enough password" })).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::OK, "sign in");
        r.headers()["set-cookie"].to_str().unwrap().split(';').next().unwrap().to_string()
    }

    pub async fn chair(&self) -> Client {
        self.signed_in("chair@example.org", "chair").await
    }

    /// Creates a meeting as `chair`, starting `days` from now, with a child and a parent.
    pub async fn meeting(&self, chair: &Client, kind: &str, days: i64) -> Value {
        let starts = chrono_like_rfc3339(days * 86_400);
        let r = chair
            .post(self.url("/api/v1/meetings"))
            .json(&json!({
                "kind": kind,
                "starts_at": starts,
                "case_ref": "CASE-1",
                "participants": [
                    { "role": "child", "first_name": "Olivia", "language": "en-GB", "age_band": "10-12", "gender": "female" },
                    { "role": "parent", "first_name": "Kasia", "language": "pl" }
                ]
            }))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::CREATED);
        r.json().await.unwrap()
    }

    pub async fn post_json(&self, c: &Client, path: &str, body: Value) -> (StatusCode, Value) {
        let r = c.post(self.url(path)).json(&body).send().await.unwrap();
        let status = r.status();
        (status, r.json().await.unwrap_or(Value::Null))
    }

    pub async fn get_json(&self, c: &Client, path: &str) -> (StatusCode, Value) {
        let r = c.get(self.url(path)).send().await.unwrap();
        let status = r.status();
        (status, r.json().await.unwrap_or(Value::Null))
    }

    /// Asserts that the figures' ready counts agree with the meetings, counted again
    /// (`tiptoes check-figures`).
    pub async fn figures_agree(&self) {
        let out = self.cli(&["check-figures"], "").await;
        assert!(out.status.success(), "the ready counts differ from the meetings: {}", String::from_utf8_lossy(&out.stderr));
    }

    /// Runs SQL against the app's database (for checks the API does not expose yet).
    pub async fn db(&self) -> sqlx::AnyPool {
        sqlx::any::install_default_drivers();
        sqlx::AnyPool::connect(&self.db_url).await.unwrap()
    }
}

/// An RFC 3339 UTC time `secs` from now, without pulling a date crate into the tests.
pub fn chrono_like_rfc3339(secs: i64) -> String {
    let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64 + secs;
    let days = t.div_euclid(86_400);
    let rem = t.rem_euclid(86_400);
    // Civil-from-days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z", rem / 3600, rem % 3600 / 60, rem % 60)
}

/// Runs one test body against SQLite and against PostgreSQL.
#[macro_export]
macro_rules! both {
    ($name:ident) => {
        mod $name {
            #[tokio::test]
            async fn sqlite() {
                super::$name(tests::spawn(tests::Db::Sqlite).await).await
            }
            #[tokio::test]
            async fn postgres() {
                super::$name(tests::spawn(tests::Db::Postgres).await).await
            }
        }
    };
}

impl TestApp {
    /// Everything the database holds as stored bytes: the SQLite files (with the write-ahead
    /// log), or a `pg_dump` of the PostgreSQL database. What a stolen copy would show.
    pub async fn stored_bytes(&self) -> Vec<u8> {
        if self.db_url.starts_with("sqlite:") {
            let mut out = Vec::new();
            for entry in std::fs::read_dir(&self.dir).unwrap() {
                let entry = entry.unwrap();
                if entry.file_name().to_string_lossy().starts_with("tiptoes.db") {
                    out.extend(std::fs::read(entry.path()).unwrap());
                }
            }
            assert!(!out.is_empty(), "no SQLite files in {}", self.dir.display());
            out
        } else {
            let bin = std::fs::read_dir("/usr/lib/postgresql")
                .expect("PostgreSQL is installed by make test")
                .filter_map(|e| e.ok().map(|e| e.path().join("bin/pg_dump")))
                .filter(|p| p.exists())
                .max()
                .expect("pg_dump");
            let out = Command::new(bin).arg("--dbname").arg(&self.db_url).output().await.unwrap();
            assert!(out.status.success(), "pg_dump: {}", String::from_utf8_lossy(&out.stderr));
            out.stdout
        }
    }

    /// The server's process id, to read its memory from /proc.
    pub fn server_pid(&self) -> u32 {
        self._server.id().expect("the server is running")
    }

    /// The server's resident memory now and at its peak, in KiB (Linux /proc).
    pub fn server_memory_kib(&self) -> (u64, u64) {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.server_pid())).expect("read /proc/PID/status");
        let field = |name: &str| -> u64 {
            status
                .lines()
                .find_map(|l| l.strip_prefix(name))
                .and_then(|v| v.split_whitespace().next())
                .and_then(|n| n.parse().ok())
                .unwrap_or_else(|| panic!("no {name} in /proc status"))
        };
        (field("VmRSS:"), field("VmHWM:"))
    }
}

/// Runs one test body against SQLite and against PostgreSQL, the server started with extra
/// environment variables.
#[macro_export]
macro_rules! both_with {
    ($name:ident, $env:expr) => {
        mod $name {
            #[tokio::test]
            async fn sqlite() {
                super::$name(tests::spawn_with(tests::Db::Sqlite, $env).await).await
            }
            #[tokio::test]
            async fn postgres() {
                super::$name(tests::spawn_with(tests::Db::Postgres, $env).await).await
            }
        }
    };
}

/// A PostgreSQL cluster of a test's own, durable (unlike the shared one), that the test can
/// stop hard and start again: `.ci/postgres.sh`. Removed on drop.
pub struct Postgres {
    pub url: String,
    dir: PathBuf,
}

fn postgres_sh(args: &[&str]) -> String {
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../.ci/postgres.sh");
    let out = std::process::Command::new(&script).args(args).output().expect("run .ci/postgres.sh");
    assert!(out.status.success(), "postgres.sh {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

impl Postgres {
    pub async fn start() -> Postgres {
        let dir = std::env::temp_dir().join(format!("tiptoes-pg-{}", uuid::Uuid::new_v4().simple()));
        let d = dir.to_string_lossy().to_string();
        let url = tokio::task::spawn_blocking(move || postgres_sh(&["start", &d, "--durable"])).await.unwrap();
        Postgres { url, dir }
    }

    /// Stops the server at once, as a crash would (`pg_ctl stop -m immediate`).
    pub async fn stop_hard(&self) {
        let d = self.dir.to_string_lossy().to_string();
        tokio::task::spawn_blocking(move || postgres_sh(&["pause", &d])).await.unwrap();
    }

    /// Starts it again on the same port, with its data.
    pub async fn start_again(&self) {
        let d = self.dir.to_string_lossy().to_string();
        tokio::task::spawn_blocking(move || postgres_sh(&["resume", &d])).await.unwrap();
    }
}

impl Drop for Postgres {
    fn drop(&mut self) {
        let _ = std::process::Command::new(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../.ci/postgres.sh"))
            .args(["stop", &self.dir.to_string_lossy()])
            .output();
    }
}
