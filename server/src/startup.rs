//! Builds the application (so tests and `serve` share it) and runs it.

use crate::{config::Config, db, http, service::kiosk::Kiosk, state::AppState};
use anyhow::Context;
use app::api::{KioskSettings, ssr::Backend};
use axum::{Router, middleware, routing::{get, post}};
use leptos::{config::LeptosOptions, prelude::provide_context};
use leptos_axum::{LeptosRoutes, generate_route_list};
use hyper_util::{
    rt::{TokioIo, TokioTimer},
    server::graceful::GracefulShutdown,
    service::TowerToHyperService,
};
use std::{net::SocketAddr, sync::Arc, time::Duration};
use tokio::sync::Semaphore;
use tower::Service;
use tower_http::compression::CompressionLayer;

pub fn router(state: AppState) -> Router {
    let routes = generate_route_list(app::App);
    let backend: Backend = Arc::new(Kiosk { pool: state.pool.clone(), sends_per_hour: state.config.sends_per_hour });
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
    let request_timeout = Duration::from_secs(state.config.request_timeout_secs.into());
    let in_flight = http::bounds::InFlight {
        slots: Arc::new(Semaphore::new(state.config.max_in_flight as usize)),
        body_timeout: Duration::from_secs(state.config.header_timeout_secs.into()),
    };
    Router::new()
        .route("/healthz", get(http::api::healthz))
        // Alive, whatever the database says: for a supervisor that restarts a hung process
        // (not one that lost its database), and the baseline beside which `make bench`
        // measures the API (the same middleware, no work).
        .route("/livez", get(|| async { "ok" }))
        .nest("/api/v1", http::api::routes())
        .route("/i/{code}", get(http::api::invite_link))
        .route(app::KIOSK_END_PATH, get(http::api::kiosk_end))
        .route("/staff/meetings/{id}/invites", post(http::staff::print_invites))
        .nest("/pkg", http::assets::routes(std::path::Path::new(&*state.leptos_options.site_root)))
        .leptos_routes_with_context(&state, routes, context, move || app::shell(options.clone()))
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(app::shell))
        .layer(middleware::from_fn_with_state(state.clone(), http::staff::guard))
        // Inside the limit, so a request that runs out of time gives back its place.
        .layer(middleware::from_fn_with_state(request_timeout, http::bounds::deadline))
        // /healthz is not exempt: it asks the database, and a 503 from a full instance tells a
        // load balancer to send people elsewhere.
        .layer(middleware::from_fn_with_state(in_flight, http::bounds::in_flight))
        .layer(middleware::from_fn_with_state(state.clone(), http::security_headers))
        .layer(middleware::from_fn(http::origin_check))
        .layer(middleware::from_fn_with_state(state.clone(), http::client_addr))
        .layer(CompressionLayer::new())
        .with_state(state)
}

/// Opens the database, binds the address and serves until Ctrl-C or SIGTERM.
pub async fn serve(config: Config) -> anyhow::Result<()> {
    let pool = open(&config).await?;
    // Deletes what is past its time now and every hour (see service::retention).
    tokio::spawn(crate::service::retention::every(pool.clone(), Duration::from_secs(config.purge_every_secs.into())));
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .with_context(|| format!("cannot listen on {} (TIPTOES_ADDR)", config.addr))?;
    let bound = listener.local_addr()?;
    if !config.site_root.join("pkg").is_dir() {
        tracing::warn!(site_root = %config.site_root.display(), "no built pages found; run `make run` (or cargo leptos build) first");
    }
    // The build names the script, WebAssembly and stylesheet by their content (see http::assets).
    let assets = http::assets::AssetNames::read(&config.site_root);
    app::set_stylesheet(format!("/pkg/{}", assets.stylesheet));
    // Read-aloud files the build made or copied (see .ci/audio.sh); none is fine: the
    // device's own voice speaks where it can.
    let audio = std::fs::read_to_string(config.site_root.join("audio.txt")).unwrap_or_default();
    app::speech::set_audio(app::speech::AudioIndex::parse(&audio));
    let leptos_options = LeptosOptions::builder()
        .output_name(assets.script.as_str())
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
    let header_timeout = Duration::from_secs(state.config.header_timeout_secs.into());
    let request_timeout = Duration::from_secs(state.config.request_timeout_secs.into());
    let mut app = router(state).into_make_service_with_connect_info::<SocketAddr>();
    // HTTP/1.1 only, with a deadline for each request's header (also for a kept-alive
    // connection waiting for its next request). `axum::serve` sets no such deadline, and
    // hyper-util's HTTP/1-or-2 detection has none before the header timer starts
    // (hyperium/hyper#3962): a client could hold a socket open forever by sending nothing.
    // Our proxy speaks HTTP/1.1 to us; browsers only use HTTP/2 over TLS.
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new()).header_read_timeout(header_timeout);
    let http = Arc::new(http);
    let graceful = GracefulShutdown::new();
    let stop = shutdown();
    tokio::pin!(stop);
    // Tests and scripts read this line to learn the port.
    println!("Tiptoes is listening on http://{bound}");
    loop {
        let (socket, remote) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(conn) => conn,
                Err(e) => {
                    // Out of file descriptors, say: wait rather than spin; others pass at once.
                    tracing::warn!(error = %e, "could not accept a connection");
                    if !is_connection_error(&e) {
                        tokio::time::sleep(Duration::from_secs(1)).await;
                    }
                    continue;
                }
            },
            () = &mut stop => break,
        };
        // Puts `ConnectInfo<SocketAddr>` on each request, which `http::client_addr` reads.
        let Ok(service) = app.call(remote).await;
        let (http, watcher) = (http.clone(), graceful.watcher());
        tokio::spawn(async move {
            let conn = http.serve_connection(TokioIo::new(socket), TowerToHyperService::new(service));
            if let Err(e) = watcher.watch(conn).await {
                // A header timeout, a client that went away: the client's business, not ours.
                tracing::debug!(error = %e, %remote, "connection ended with an error");
            }
        });
    }
    drop(listener);
    // Lets requests in progress finish (each is bounded by the request timeout), then stops.
    if tokio::time::timeout(request_timeout + Duration::from_secs(1), graceful.shutdown()).await.is_err() {
        tracing::warn!("some connections were still open at shutdown; closing them");
    }
    Ok(())
}

/// What every command that touches people's words starts with: the keys (made on first
/// start), the retention setting, the database brought up to date, and any words stored
/// before encryption sealed.
pub async fn open(config: &Config) -> anyhow::Result<db::Pool> {
    let had_keys = config.key_file.exists();
    let ring = crate::crypto::install_from(&config.key_file)?;
    crate::service::retention::set_keep_days(config.keep_words_days);
    let pool = db::connect(&config.database_url).await?;
    // A new key file beside a database that already holds sealed words is the wrong file (a
    // mistyped TIPTOES_KEY_FILE, another working directory): starting would split the words
    // between two keys. Stop, and take the new file away again.
    if !had_keys && crate::service::keys::holds_sealed(&pool).await.map_err(|e| anyhow::anyhow!("{e:?}"))? {
        let _ = std::fs::remove_file(&config.key_file);
        anyhow::bail!(
            "the database holds words sealed with a key that is not in {} (TIPTOES_KEY_FILE); point TIPTOES_KEY_FILE at the key file this database was used with",
            config.key_file.display()
        );
    }
    crate::service::keys::seal_existing(&pool, ring).await.map_err(|e| anyhow::anyhow!("cannot seal the stored words: {e:?}"))?;
    // A database from before the figures' ready counts gets them (see figures::tally).
    crate::service::figures::tally::ensure(&pool).await.map_err(|e| anyhow::anyhow!("cannot add up the figures: {e:?}"))?;
    Ok(pool)
}

fn is_connection_error(e: &std::io::Error) -> bool {
    use std::io::ErrorKind::*;
    matches!(e.kind(), ConnectionRefused | ConnectionAborted | ConnectionReset)
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
