//! The router: probes, server-rendered pages and server functions (both registered by
//! `leptos_routes_with_context`, with the database in context), then static files.
use crate::client_ip::{self, TrustedProxies};
use crate::config::Config;
use crate::{health, security};
use app::app::{App, shell};
use app::error::AppError;
use app::rate_limit::RateLimiter;
use app::settings::Settings;
use axum::{
    Router,
    body::Body,
    extract::{FromRef, Request},
    http::StatusCode,
    middleware::{self, Next},
    response::Response,
    routing::get,
};
use leptos::prelude::*;
use leptos_axum::{LeptosRoutes, generate_route_list};
use sea_orm::DatabaseConnection;
use tower_http::{compression::CompressionLayer, trace::TraceLayer};

#[derive(Clone)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub leptos_options: LeptosOptions,
    pub rates: crate::api::RateCache,
    /// What app code reads: in context for every page and server function.
    pub settings: Settings,
    /// Counts posts to the public forms per client.
    pub rate_limiter: RateLimiter,
    /// Whose `X-Forwarded-For` says who the client is.
    pub trusted_proxies: TrustedProxies,
}

impl AppState {
    pub fn from_config(db: DatabaseConnection, config: &Config) -> Self {
        Self {
            db,
            leptos_options: config.leptos_options.clone(),
            rates: Default::default(),
            settings: config.settings.clone(),
            rate_limiter: RateLimiter::new(config.rate_limits.clone()),
            trusted_proxies: config.trusted_proxies.clone(),
        }
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

pub fn router(state: AppState) -> Router {
    let routes = generate_route_list(App);
    let db = state.db.clone();
    let settings = state.settings.clone();
    let rate_limiter = state.rate_limiter.clone();
    let options = state.leptos_options.clone();
    Router::new()
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .merge(crate::api::router())
        .leptos_routes_with_context(
            &state,
            routes,
            move || {
                provide_context(db.clone());
                provide_context(settings.clone());
                provide_context(rate_limiter.clone());
            },
            move || shell(options.clone()),
        )
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell))
        .layer(middleware::from_fn(server_fn_status))
        .layer(middleware::from_fn_with_state(
            state.settings.site_url.is_https(),
            security::secure_cookies,
        ))
        .layer(middleware::from_fn_with_state(
            state.settings.site_url.clone(),
            security::same_origin,
        ))
        .layer(middleware::from_fn(security::headers))
        .layer(middleware::from_fn_with_state(
            state.trusted_proxies.clone(),
            client_ip::resolve,
        ))
        .layer(CompressionLayer::new())
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

/// Server functions. Errors raised before our code runs (arguments that do not decode) come
/// back from `server_fn` as 500; the body is our encoded `AppError`, whose own status is the
/// truth, so it is applied here: bad input is a 4xx, whatever stage caught it.
async fn server_fn_status(request: Request<Body>, next: Next) -> Response {
    let is_server_fn = request.uri().path().starts_with("/api/");
    let response = next.run(request).await;
    if !is_server_fn || response.status() != StatusCode::INTERNAL_SERVER_ERROR {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, MAX_ERROR_BODY)
        .await
        .unwrap_or_default();
    if let Ok(error) = serde_json::from_slice::<AppError>(&bytes) {
        parts.status =
            StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    }
    Response::from_parts(parts, Body::from(bytes))
}

const MAX_ERROR_BODY: usize = 64 * 1024;
