//! The Tiptoes server: configuration, database, the service layer (the operations on
//! meetings, invites, views and users), and the HTTP adapters over it (JSON API and the
//! Leptos pages' server functions).

pub mod auth;
pub mod bench;
pub mod cli;
pub mod config;
pub mod crypto;
pub mod db;
pub mod error;
pub mod http;
pub mod service;
pub mod startup;
pub mod state;
pub mod time;

/// Milliseconds since 1970 (UTC): the one time unit stored.
pub fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}
