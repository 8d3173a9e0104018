//! Probes for load balancers and orchestrators.
use crate::routes::AppState;
use axum::{Json, extract::State, http::StatusCode};
use migrations::{Migrator, MigratorTrait};
use serde_json::{Value, json};

/// The process is alive.
pub async fn healthz() -> (StatusCode, Json<Value>) {
    (StatusCode::OK, Json(json!({ "status": "ok" })))
}

/// The database answers and every migration is applied; 503 otherwise.
pub async fn readyz(State(state): State<AppState>) -> (StatusCode, Json<Value>) {
    if let Err(err) = state.db.ping().await {
        tracing::warn!(error = %err, "readiness: database unreachable");
        return unavailable("database unreachable");
    }
    match Migrator::get_pending_migrations(&state.db).await {
        Ok(pending) if pending.is_empty() => (StatusCode::OK, Json(json!({ "status": "ready" }))),
        Ok(_) => unavailable("migrations pending"),
        Err(err) => {
            tracing::warn!(error = %err, "readiness: cannot read migrations");
            unavailable("migrations unknown")
        }
    }
}

fn unavailable(reason: &str) -> (StatusCode, Json<Value>) {
    (
        StatusCode::SERVICE_UNAVAILABLE,
        Json(json!({ "status": "unavailable", "reason": reason })),
    )
}
