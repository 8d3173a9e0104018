//! The axum server: configuration, database start-up, routes, static files.
pub mod api;
pub mod cli;
pub mod config;
pub mod database;
pub mod health;
pub mod routes;
pub mod security;
pub mod telemetry;

use config::Config;

/// Connects, migrates, seeds demo data when asked, and serves until Ctrl-C or SIGTERM.
pub async fn serve(config: Config) -> Result<(), Box<dyn std::error::Error>> {
    let db = database::connect(&config.database_url).await?;
    database::prepare(&db, config.seed_demo).await?;
    tokio::spawn(database::forget_old_drafts(
        db.clone(),
        config.retention_months,
    ));
    let transport = config.email_transport()?;
    tracing::info!(?transport, "email transport");
    tokio::spawn(send_email(db.clone(), transport));
    let addr = config.leptos_options.site_addr;
    let app = routes::router(
        routes::AppState::new(db, config.leptos_options.clone(), config.cookie_secure)
            .with_site_url(&config.public_url),
    );
    let listener = tokio::net::TcpListener::bind(addr).await?;
    tracing::info!("listening on http://{addr}");
    // The peer address feeds the rate limits of the public forms.
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await?;
    Ok(())
}

/// Sends what the outbox holds every few seconds; failures are retried with backoff.
async fn send_email(db: sea_orm::DatabaseConnection, transport: app::email::Transport) {
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(5));
    loop {
        tick.tick().await;
        if let Err(err) = app::email::send_pending(&db, &transport, chrono::Utc::now(), 50).await {
            tracing::warn!(error = %err, "outbox: could not send");
        }
    }
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
