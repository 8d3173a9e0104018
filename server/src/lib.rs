//! The axum server: configuration, database start-up, the job scheduler, routes, static
//! files.
pub mod api;
pub mod badge;
pub mod cli;
pub mod client_ip;
pub mod config;
pub mod database;
pub mod health;
pub mod logo;
pub mod open_data;
pub mod page_cache;
pub mod routes;
pub mod scheduler;
pub mod security;
pub mod static_files;
pub mod telemetry;

use axum::serve::ListenerExt;
use config::Config;
use std::future::IntoFuture;

/// How long a shutdown may take: requests in flight and the email in hand get this long,
/// then the process ends anyway (container platforms kill at 10 seconds).
pub const SHUTDOWN_LIMIT: std::time::Duration = std::time::Duration::from_secs(9);

/// Connects, migrates, seeds demo data when asked, refuses demo accounts over https, starts
/// the jobs, and serves until Ctrl-C or SIGTERM; then stops accepting, lets the requests in
/// flight and the email being sent finish, and returns within [`SHUTDOWN_LIMIT`].
pub async fn serve(config: Config) -> Result<(), Box<dyn std::error::Error>> {
    let db = database::connect(&config.database_url, config.pool_size).await?;
    database::prepare(&db, config.seed_demo).await?;
    database::refuse_demo_accounts(&db, &config.settings.site_url).await?;
    tracing::info!(transport = ?config.email, "email transport");
    let (stop, stopping) = app::jobs::Stopping::new();
    let mut context = config.job_context();
    context.stopping = stopping.clone();
    let jobs = scheduler::start(db.clone(), context);
    let addr = config.leptos_options.site_addr;
    let app = routes::router(routes::AppState::from_config(db, &config));
    // Without TCP_NODELAY a response written in two parts (a file's headers, then its
    // body) waits for the client's delayed ACK: 40 ms per static file (issue 11).
    let listener = tokio::net::TcpListener::bind(addr).await?.tap_io(|tcp| {
        if let Err(err) = tcp.set_nodelay(true) {
            tracing::warn!("TCP_NODELAY not set: {err}");
        }
    });
    tracing::info!("listening on http://{addr}");
    let on_signal = stop.clone();
    tokio::spawn(async move {
        shutdown_signal().await;
        let _ = on_signal.send(true);
    });
    let mut requested = stopping.clone();
    // The peer address feeds the rate limits of the public forms (`client_ip`).
    let server = axum::serve(
        listener,
        app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(async move { requested.requested().await })
    .into_future();
    let mut requested = stopping.clone();
    let serving = async move {
        let served = tokio::select! {
            served = server => served,
            () = async {
                requested.requested().await;
                tokio::time::sleep(SHUTDOWN_LIMIT).await;
            } => {
                tracing::warn!("requests still open at the shutdown limit; stopping");
                Ok(())
            }
        };
        // Should the server fail, the jobs stop too.
        let _ = stop.send(true);
        served
    };
    // The jobs are told at the same moment as the server and finish alongside it.
    let mut requested = stopping;
    let finishing = async move {
        requested.requested().await;
        jobs.finish(SHUTDOWN_LIMIT).await;
    };
    let (served, ()) = tokio::join!(serving, finishing);
    served?;
    tracing::info!("stopped");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
