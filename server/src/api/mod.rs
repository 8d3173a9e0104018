//! The public JSON API (`/api/v1/…`) and its OpenAPI description. Server functions share the
//! `/api/` prefix but are the app's own; this API is the stable contract for others.
mod eligibility;
mod rates;
mod request;

pub use rates::RateCache;

use crate::routes::AppState;
use axum::{
    Router,
    http::header,
    response::IntoResponse,
    routing::{get, post},
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/eligibility", post(eligibility::check))
        .route("/api/openapi.json", get(openapi))
}

const OPENAPI: &str = include_str!("openapi.json");

async fn openapi() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI)
}
