//! What every handler shares.

use crate::{config::Config, db::Pool};
use axum::extract::FromRef;
use leptos::config::LeptosOptions;
use std::sync::Arc;

#[derive(Clone, FromRef)]
pub struct AppState {
    pub pool: Pool,
    pub config: Arc<Config>,
    /// Where invite links point (the public URL, or the address actually bound).
    pub public_base: Arc<str>,
    pub leptos_options: LeptosOptions,
}
