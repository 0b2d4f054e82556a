//! Builds the application (so tests and `serve` share it) and runs it.

use crate::{config::Config, db, http, service::kiosk::Kiosk, state::AppState};
use anyhow::Context;
use app::api::{KioskSettings, ssr::Backend};
use axum::{Router, middleware, routing::{get, post}};
use leptos::{config::LeptosOptions, prelude::provide_context};
use leptos_axum::{LeptosRoutes, generate_route_list};
use std::{net::SocketAddr, sync::Arc};
use tower_http::compression::CompressionLayer;

pub fn router(state: AppState) -> Router {
    let routes = generate_route_list(app::App);
    let backend: Backend = Arc::new(Kiosk { pool: state.pool.clone() });
    let staff: app::staff::ssr::Backend =
        Arc::new(http::staff::Staff { pool: state.pool.clone(), public_base: state.public_base.clone() });
    let settings = KioskSettings {
        secure_cookies: !state.config.insecure_cookies,
        idle_warn_secs: state.config.idle_warn_secs,
        idle_reset_secs: state.config.idle_reset_secs,
    };
    let context = move || {
        provide_context(backend.clone());
        provide_context(staff.clone());
        provide_context(settings.clone());
    };
    let options = state.leptos_options.clone();
    Router::new()
        .route("/healthz", get(http::api::healthz))
        .nest("/api/v1", http::api::routes())
        .route("/i/{code}", get(http::api::invite_link))
        .route("/staff/meetings/{id}/invites", post(http::staff::print_invites))
        .leptos_routes_with_context(&state, routes, context, move || app::shell(options.clone()))
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(app::shell))
        .layer(middleware::from_fn_with_state(state.clone(), http::staff::guard))
        .layer(middleware::from_fn_with_state(state.clone(), http::security_headers))
        .layer(middleware::from_fn(http::origin_check))
        .layer(middleware::from_fn_with_state(state.clone(), http::client_addr))
        .layer(CompressionLayer::new())
        .with_state(state)
}

/// Opens the database, binds the address and serves until Ctrl-C or SIGTERM.
pub async fn serve(config: Config) -> anyhow::Result<()> {
    let pool = db::connect(&config.database_url).await?;
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .with_context(|| format!("cannot listen on {} (TIPTOES_ADDR)", config.addr))?;
    let bound = listener.local_addr()?;
    if !config.site_root.join("pkg").is_dir() {
        tracing::warn!(site_root = %config.site_root.display(), "no built pages found; run `make run` (or cargo leptos build) first");
    }
    let leptos_options = LeptosOptions::builder()
        .output_name("tiptoes")
        .site_root(config.site_root.to_string_lossy().as_ref())
        .site_pkg_dir("pkg")
        .site_addr(bound)
        .build();
    let state = AppState {
        pool,
        public_base: config.public_base(bound).into(),
        config: Arc::new(config),
        leptos_options,
    };
    let app = router(state);
    // Tests and scripts read this line to learn the port.
    println!("Tiptoes is listening on http://{bound}");
    axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(shutdown())
        .await
        .context("server stopped with an error")
}

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
}
