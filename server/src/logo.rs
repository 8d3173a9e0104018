//! `GET /logo/{cvr}.png`: a listed company's logo, as the server re-encoded it when it was
//! uploaded (`app::listing::logo`). The profile links it with `?v=` of its last change, so
//! it may be cached for a day; other sites may show it too.
use crate::routes::AppState;
use app::domain::cvr::Cvr;
use axum::{
    extract::{Path, State},
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};

pub async fn logo(State(state): State<AppState>, Path(file): Path<String>) -> Response {
    let Some(cvr) = file
        .strip_suffix(".png")
        .and_then(|cvr| Cvr::parse(cvr).ok())
    else {
        return StatusCode::NOT_FOUND.into_response();
    };
    match app::listing::published_logo(&state.db, cvr.as_str()).await {
        Ok(Some(logo)) => (
            [
                (header::CONTENT_TYPE, "image/png"),
                (header::CACHE_CONTROL, "public, max-age=86400"),
                (
                    header::HeaderName::from_static("cross-origin-resource-policy"),
                    "cross-origin",
                ),
            ],
            logo.png,
        )
            .into_response(),
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(err) => {
            tracing::error!(%err, "logo");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
