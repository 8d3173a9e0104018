//! The axum server: configuration, database start-up, the job scheduler, routes, static
//! files.
pub mod api;
pub mod cli;
pub mod client_ip;
pub mod config;
pub mod database;
pub mod health;
pub mod routes;
pub mod scheduler;
pub mod security;
pub mod telemetry;

use config::Config;

/// Connects, migrates, seeds demo data when asked, refuses demo accounts over https, starts
/// the jobs, and serves until Ctrl-C or SIGTERM.
pub async fn serve(config: Config) -> Result<(), Box<dyn std::error::Error>> {
    let db = database::connect(&config.database_url).await?;
    database::prepare(&db, config.seed_demo).await?;
    database::refuse_demo_accounts(&db, &config.settings.site_url).await?;
    tracing::info!(transport = ?config.email, "email transport");
    scheduler::start(db.clone(), config.job_context());
    let addr = config.leptos_options.site_addr;
    let app = routes::router(routes::AppState::from_config(db, &config));
    let listener = tokio::net::TcpListener::bind(addr).await?;
    tracing::info!("listening on http://{addr}");
    // The peer address feeds the rate limits of the public forms (`client_ip`).
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await?;
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
