//! The router: probes, server-rendered pages and server functions (both registered by
//! `leptos_routes_with_context`, with the database in context), then static files; the
//! built JS, WASM and CSS apart (`static_files`).
use crate::client_ip::{self, TrustedProxies};
use crate::config::Config;
use crate::{health, security};
use app::app::{App, shell};
use app::email::Transport;
use app::error::AppError;
use app::i18n::Msg;
use app::rate_limit::RateLimiter;
use app::settings::Settings;
use axum::{
    BoxError, Router,
    body::{Body, HttpBody},
    error_handling::HandleErrorLayer,
    extract::{FromRef, Request},
    handler::Handler,
    http::{StatusCode, header},
    middleware::{self, Next},
    response::{IntoResponse, Redirect, Response},
    routing::get,
};
use leptos::prelude::*;
use leptos_axum::{LeptosRoutes, generate_route_list};
use sea_orm::DatabaseConnection;
use std::time::Duration;
use tower::{ServiceBuilder, limit::GlobalConcurrencyLimitLayer};
use tower_http::services::ServeDir;
use tower_http::{compression::CompressionLayer, timeout::TimeoutLayer, trace::TraceLayer};

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
    /// Requests served at once (`MAX_REQUESTS_IN_FLIGHT`).
    pub max_in_flight: usize,
    /// Where email goes; an erasure makes it forget what it delivered.
    pub transport: Transport,
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
            max_in_flight: config.max_in_flight,
            transport: config.email.clone(),
        }
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

/// The largest request body: every form and JSON request fits in it many times over.
pub const MAX_BODY_BYTES: usize = 64 * 1024;
/// The largest body of a form with a file (`UPLOADS`). Its file's own limit is the app's
/// (a logo's 1 MB), which reads the rest of a larger file and drops it, then answers with a
/// message by the field: a browser shows an answer only once it has sent the whole body
/// (Chromium reports an answer given earlier as a reset connection). So this is as large
/// as a photo from a phone's camera; above it the body is refused unread (a browser's form
/// is sent back to its page with the same message, which it may not show).
pub const MAX_UPLOAD_BYTES: usize = 32 * 1024 * 1024;
/// The forms with a file: their server function and the file's field.
const UPLOADS: [(&str, &str); 2] = [
    ("/api/listing/logo", "logo"),
    ("/api/staff/listing/logo", "logo"),
];
/// A request not answered by then gets 408: nothing the app does should take a second.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

pub fn router(state: AppState) -> Router {
    // The probes answer even when the app is at its limit.
    Router::new()
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .with_state(state.clone())
        .merge(crate::static_files::router(&state.leptos_options))
        .merge(
            app_routes(state.clone()).layer(
                ServiceBuilder::new()
                    // Pages and JSON compressed as they go out; the static files come
                    // compressed from disk.
                    .layer(CompressionLayer::new())
                    .layer(HandleErrorLayer::new(overloaded))
                    .load_shed()
                    // One count for the whole app: `Router::layer` wraps each route on its own.
                    .layer(GlobalConcurrencyLimitLayer::new(state.max_in_flight))
                    .layer(middleware::from_fn(limit_body))
                    .layer(TimeoutLayer::with_status_code(
                        StatusCode::REQUEST_TIMEOUT,
                        REQUEST_TIMEOUT,
                    )),
            ),
        )
        .layer(TraceLayer::new_for_http())
}

/// A body over [`MAX_BODY_BYTES`] gets 413 before the app sees it, whether its length was
/// announced or it streams without one (then it is read here, up to the limit: every app
/// route reads its whole body anyway). Forms with a file may send [`MAX_UPLOAD_BYTES`]; a
/// browser's form announcing more is answered with a redirect to its page and the file's
/// message by the field rather than a bare error page (best effort: see the constant).
async fn limit_body(request: Request<Body>, next: Next) -> Response {
    let too_large = || StatusCode::PAYLOAD_TOO_LARGE.into_response();
    let upload = UPLOADS
        .iter()
        .find(|(path, _)| *path == request.uri().path());
    let limit = match upload {
        Some(_) => MAX_UPLOAD_BYTES,
        None => MAX_BODY_BYTES,
    };
    let announced = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok()?.parse::<usize>().ok());
    if announced.is_some_and(|length| length > limit) {
        let error = upload.map(|(_, field)| AppError::invalid(field, Msg::ErrorLogoTooLarge));
        let back = error.and_then(|e| app::form::back_to_form(request.headers(), &e, &[]));
        return match back {
            Some(page) => Redirect::to(&page).into_response(),
            None => too_large(),
        };
    }
    if announced.is_some() || request.body().size_hint().exact() == Some(0) {
        return next.run(request).await;
    }
    let (parts, body) = request.into_parts();
    if limit == MAX_UPLOAD_BYTES {
        // A form with a file is read as it streams (`form::upload`): limited, not held.
        let body = Body::new(http_body_util::Limited::new(body, limit));
        return next.run(Request::from_parts(parts, body)).await;
    }
    match axum::body::to_bytes(body, limit).await {
        Ok(bytes) => {
            next.run(Request::from_parts(parts, Body::from(bytes)))
                .await
        }
        Err(err) => match err.into_inner().is::<http_body_util::LengthLimitError>() {
            true => too_large(),
            false => StatusCode::BAD_REQUEST.into_response(),
        },
    }
}

/// More requests in flight than `MAX_REQUESTS_IN_FLIGHT`: said at once, not queued.
async fn overloaded(_: BoxError) -> StatusCode {
    StatusCode::SERVICE_UNAVAILABLE
}

fn app_routes(state: AppState) -> Router {
    let routes = generate_route_list(App);
    let db = state.db.clone();
    let settings = state.settings.clone();
    let rate_limiter = state.rate_limiter.clone();
    let transport = state.transport.clone();
    let options = state.leptos_options.clone();
    Router::new()
        .merge(crate::api::router())
        .route("/badge/{file}", get(crate::badge::badge))
        .route("/logo/{file}", get(crate::logo::logo))
        .route("/registry.csv", get(crate::open_data::csv))
        .route("/registry/dataset.jsonld", get(crate::open_data::dataset))
        .leptos_routes_with_context(
            &state,
            routes,
            move || {
                provide_context(db.clone());
                provide_context(settings.clone());
                provide_context(rate_limiter.clone());
                provide_context(transport.clone());
            },
            move || shell(options.clone()),
        )
        // The other files of the site root (`LEPTOS_SITE_ROOT`: the icon) straight from disk
        // (`/pkg` is `static_files`); any other path gets the app's "not found" page. Not through Leptos' own file handler:
        // it hands a file the response headers of a page rendered at the same moment on the
        // same thread (its reactive owner leaks into the file's), and that page then went
        // out without its Content-Security-Policy, its hydration script blocked.
        .fallback_service(
            ServeDir::new(&*state.leptos_options.site_root)
                .append_index_html_on_directories(false)
                .fallback(
                    leptos_axum::file_and_error_handler::<AppState, _>(shell)
                        .with_state(state.clone()),
                ),
        )
        .layer(middleware::from_fn_with_state(
            state.db.clone(),
            crate::page_cache::serve,
        ))
        .layer(middleware::from_fn(server_fn_status))
        .layer(middleware::from_fn_with_state(
            state.settings.site_url.is_https(),
            security::secure_cookies,
        ))
        .layer(middleware::from_fn_with_state(
            state.settings.site_url.clone(),
            security::same_origin,
        ))
        .layer(middleware::from_fn(security::private_pages))
        .layer(middleware::from_fn_with_state(
            state.settings.site_url.is_https(),
            security::headers,
        ))
        .layer(middleware::from_fn_with_state(
            state.trusted_proxies.clone(),
            client_ip::resolve,
        ))
        .with_state(state)
}

/// Server functions. Errors raised before our code runs (arguments that do not decode) come
/// back from `server_fn` as 500; the body is our encoded `AppError`, whose own status is the
/// truth, so it is applied here: bad input is a 4xx, whatever stage caught it.
///
/// A download (a server function that answers with `Content-Disposition: attachment`) posted
/// by a plain form is the file itself: the server-function layer turns every plain form post
/// into a redirect back to the page, body kept, so here it becomes the 200 it is.
async fn server_fn_status(request: Request<Body>, next: Next) -> Response {
    let is_server_fn = request.uri().path().starts_with("/api/");
    let mut response = next.run(request).await;
    let is_download = response
        .headers()
        .get(header::CONTENT_DISPOSITION)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("attachment"));
    if is_server_fn && is_download && response.status() == StatusCode::FOUND {
        *response.status_mut() = StatusCode::OK;
        response.headers_mut().remove(header::LOCATION);
        return response;
    }
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
