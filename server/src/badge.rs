//! `GET /badge/{cvr}.svg`: the live badge companies embed on their own sites, as the
//! registry says now (`app::registry::badge`). Cached for an hour, revalidated by `ETag`;
//! `?lang=en` for English.
use crate::routes::AppState;
use app::domain::cvr::Cvr;
use app::i18n::Lang;
use axum::{
    extract::{Path, Query, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use std::collections::HashMap;

pub async fn badge(
    State(state): State<AppState>,
    Path(file): Path<String>,
    Query(query): Query<HashMap<String, String>>,
    request: HeaderMap,
) -> Response {
    let Some(cvr) = file
        .strip_suffix(".svg")
        .and_then(|cvr| Cvr::parse(cvr).ok())
    else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let lang = query
        .get("lang")
        .and_then(|code| Lang::from_code(code))
        .unwrap_or(Lang::Da);
    let badge = match app::registry::badge::badge(&state.db, cvr.as_str()).await {
        Ok(badge) => badge,
        Err(err) => {
            tracing::error!(%err, "badge");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let svg = app::registry::badge::badge_svg(&badge, lang);
    let etag = format!("\"{}\"", &app::token::hash(&svg)[..32]);
    let headers = [
        (header::CACHE_CONTROL, "public, max-age=3600"),
        (header::CONTENT_TYPE, "image/svg+xml; charset=utf-8"),
        // Other sites show it in an `<img>`.
        (
            header::HeaderName::from_static("cross-origin-resource-policy"),
            "cross-origin",
        ),
    ];
    let unchanged = request
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|seen| seen.split(',').any(|tag| tag.trim() == etag));
    let Ok(etag) = HeaderValue::from_str(&etag) else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    if unchanged {
        return (StatusCode::NOT_MODIFIED, headers, [(header::ETAG, etag)]).into_response();
    }
    (headers, [(header::ETAG, etag)], svg).into_response()
}
