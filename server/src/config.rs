//! Settings from the environment, parsed once at start. A bad value names its variable.

use anyhow::{Context, bail};
use std::{net::SocketAddr, path::PathBuf};

#[derive(Clone, Debug)]
pub struct Config {
    /// `TIPTOES_ADDR`, default 127.0.0.1:3000. Port 0 picks a free port (tests).
    pub addr: SocketAddr,
    /// `TIPTOES_DATABASE_URL`, default `sqlite://tiptoes.db`; `postgres://…` works the same.
    pub database_url: String,
    /// `TIPTOES_INSECURE_COOKIES=1` drops the Secure flag, for plain http on localhost.
    pub insecure_cookies: bool,
    /// `TIPTOES_PUBLIC_URL`: how invite links and QR codes start, e.g. https://tiptoes.example.org.
    /// Default: http://{addr}.
    pub public_url: Option<String>,
    /// `TIPTOES_SITE_ROOT`: the built CSS, JS and WebAssembly (cargo-leptos' target/site).
    pub site_root: PathBuf,
    /// `TIPTOES_KIOSK_IDLE_WARN_SECONDS` (180) and `TIPTOES_KIOSK_IDLE_RESET_SECONDS` (60).
    pub idle_warn_secs: u32,
    pub idle_reset_secs: u32,
    /// `TIPTOES_TRUST_PROXY=1`: take the client address from X-Forwarded-For (behind a proxy
    /// you run); otherwise the socket's address, which a client cannot forge.
    pub trust_proxy: bool,
    /// `TIPTOES_HEADER_TIMEOUT_SECONDS` (10): a connection that has not sent a whole request
    /// header in this time (including an idle kept-alive one) is closed.
    pub header_timeout_secs: u32,
    /// `TIPTOES_REQUEST_TIMEOUT_SECONDS` (60): a request not answered in this time, body
    /// included, is ended with 503. The figures over a million meetings take ~20 s.
    pub request_timeout_secs: u32,
    /// `TIPTOES_MAX_IN_FLIGHT` (512): requests handled at once; one more gets 503 at once.
    pub max_in_flight: u32,
    /// `TIPTOES_SENDS_PER_HOUR` (20): how many times one person (one invite) may send views in
    /// an hour; past it, 429.
    pub sends_per_hour: u32,
    /// `TIPTOES_KEY_FILE` (default `tiptoes.key`): the keys that seal people's words (see
    /// `crypto`). Made, readable by its owner only, on first start if it is not there.
    pub key_file: PathBuf,
    /// `TIPTOES_KEEP_WORDS_DAYS` (90): every word written for a meeting is deleted this many
    /// days after it (see `service::retention`).
    pub keep_words_days: u32,
    /// `TIPTOES_PURGE_EVERY_SECONDS` (3600): how often a running server deletes what is due.
    pub purge_every_secs: u32,
}

impl Config {
    pub fn from_env() -> anyhow::Result<Config> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        let addr = var("TIPTOES_ADDR").unwrap_or_else(|| "127.0.0.1:3000".into());
        let addr: SocketAddr =
            addr.parse().with_context(|| format!("TIPTOES_ADDR={addr:?} is not an address like 127.0.0.1:3000"))?;
        let flag = |name: &str| -> anyhow::Result<bool> {
            match var(name).as_deref() {
                None | Some("0") | Some("false") => Ok(false),
                Some("1") | Some("true") => Ok(true),
                Some(v) => bail!("{name}={v:?} must be 1 or 0"),
            }
        };
        // A whole number above 0; `unit` names it in the message ("seconds", or nothing).
        let positive = |name: &str, default: u32, unit: &str| -> anyhow::Result<u32> {
            match var(name) {
                None => Ok(default),
                Some(v) => v
                    .parse::<u32>()
                    .ok()
                    .filter(|n| *n > 0)
                    .with_context(|| format!("{name}={v:?} must be a whole number {unit}above 0")),
            }
        };
        let secs = |name: &str, default: u32| positive(name, default, "of seconds ");
        let count = |name: &str, default: u32| positive(name, default, "");
        let database_url = var("TIPTOES_DATABASE_URL").unwrap_or_else(|| "sqlite://tiptoes.db".into());
        if !(database_url.starts_with("sqlite:") || database_url.starts_with("postgres://") || database_url.starts_with("postgresql://")) {
            bail!("TIPTOES_DATABASE_URL must start with sqlite:// or postgres://");
        }
        let public_url = var("TIPTOES_PUBLIC_URL").map(|u| u.trim_end_matches('/').to_string());
        if let Some(u) = &public_url
            && !(u.starts_with("http://") || u.starts_with("https://"))
        {
            bail!("TIPTOES_PUBLIC_URL={u:?} must start with http:// or https://");
        }
        Ok(Config {
            addr,
            database_url,
            insecure_cookies: flag("TIPTOES_INSECURE_COOKIES")?,
            public_url,
            site_root: var("TIPTOES_SITE_ROOT").map(PathBuf::from).unwrap_or_else(default_site_root),
            idle_warn_secs: secs("TIPTOES_KIOSK_IDLE_WARN_SECONDS", 180)?,
            idle_reset_secs: secs("TIPTOES_KIOSK_IDLE_RESET_SECONDS", 60)?,
            trust_proxy: flag("TIPTOES_TRUST_PROXY")?,
            header_timeout_secs: secs("TIPTOES_HEADER_TIMEOUT_SECONDS", 10)?,
            request_timeout_secs: secs("TIPTOES_REQUEST_TIMEOUT_SECONDS", 60)?,
            max_in_flight: count("TIPTOES_MAX_IN_FLIGHT", 512)?,
            sends_per_hour: count("TIPTOES_SENDS_PER_HOUR", 20)?,
            key_file: var("TIPTOES_KEY_FILE").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("tiptoes.key")),
            keep_words_days: positive("TIPTOES_KEEP_WORDS_DAYS", 90, "of days ")?,
            purge_every_secs: secs("TIPTOES_PURGE_EVERY_SECONDS", 3600)?,
        })
    }

    /// The start of invite links, e.g. `http://127.0.0.1:3000`.
    pub fn public_base(&self, bound: SocketAddr) -> String {
        self.public_url.clone().unwrap_or_else(|| format!("http://{bound}"))
    }

    pub fn is_https(&self) -> bool {
        self.public_url.as_deref().is_some_and(|u| u.starts_with("https://"))
    }
}

/// `target/site` under the working directory (`make run` from the repo root), else beside the
/// binary (`target/release/tiptoes` → `target/site`), so the binary runs from anywhere.
fn default_site_root() -> PathBuf {
    let cwd = PathBuf::from("target/site");
    if cwd.is_dir() {
        return cwd;
    }
    std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent()?.parent().map(|t| t.join("site")))
        .filter(|p| p.is_dir())
        .unwrap_or(cwd)
}
