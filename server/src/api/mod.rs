//! The public JSON API (`/api/v1/…`) and its OpenAPI description, generated from the
//! handlers and types below. Server functions share the `/api/` prefix but are the app's
//! own; this API is the stable contract for others.
mod companies;
mod eligibility;
mod rates;
mod request;
mod schema;

pub use rates::RateCache;

use crate::routes::AppState;
use axum::{
    Router,
    http::{HeaderValue, header},
    routing::get,
};
use std::sync::Arc;
use tower_http::set_header::SetResponseHeaderLayer;
use utoipa::OpenApi;
use utoipa_axum::{router::OpenApiRouter, routes};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Socialøkonomi i Nordjylland API",
        version = "1.0.0",
        description = "The municipalities' registry of social-economy enterprises as open data, and the check of a company against the five criteria for a registered social-economy enterprise (Act no. 711 of 25 June 2014, §§ 4–5), dividend cap included: the same rules as the self-assessment on the site.",
        license(name = "CC BY 4.0", url = "https://creativecommons.org/licenses/by/4.0/"),
    ),
    tags(
        (name = "registry", description = "The published social-economy enterprises."),
        (name = "eligibility", description = "The self-assessment's rules."),
    )
)]
struct ApiDoc;

/// Every `/api/v1` route is registered here with its documentation, so none can be missing
/// from the document (a test also checks the source for any registered another way).
fn documented() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(eligibility::check))
        .routes(routes!(companies::list))
        .routes(routes!(companies::get))
}

/// The document as served at `/api/openapi.json`.
pub fn document() -> utoipa::openapi::OpenApi {
    documented().split_for_parts().1
}

pub fn router() -> Router<AppState> {
    let (router, document) = documented().split_for_parts();
    // Plain data, so it always serialises; the document is made once.
    let json: Arc<str> = document.to_json().unwrap_or_default().into();
    // Open data: other sites' pages may read it.
    let open = SetResponseHeaderLayer::if_not_present(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    router.layer(open).route(
        "/api/openapi.json",
        get(move || {
            let json = json.clone();
            async move {
                (
                    [(header::CONTENT_TYPE, "application/json")],
                    json.to_string(),
                )
            }
        }),
    )
}
