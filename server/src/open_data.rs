//! The registry as files: `GET /registry.csv` (the rows of the list page's current filter,
//! streamed) and `GET /registry/dataset.jsonld` (its DCAT-AP description).
use crate::routes::AppState;
use app::registry::api::CompanyQuery;
use app::registry::company_batch;
use axum::{
    body::{Body, Bytes},
    extract::{Query, State},
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};
use futures_util::{StreamExt, stream};

/// Rows read per query: memory stays at one batch however large the registry is, and no
/// connection is held between batches, so a slow download holds none.
const BATCH: u64 = 500;

pub async fn csv(
    State(state): State<AppState>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Response {
    let query = CompanyQuery::from_params(|key| {
        pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
    });
    // The first batch is read before answering, so a refused query or a database that
    // cannot be reached is a status code, not a cut-off file.
    let first = match company_batch(&state.db, &query, None, BATCH).await {
        Ok(first) => first,
        Err(app::error::AppError::Invalid(_)) => {
            return (
                StatusCode::UNPROCESSABLE_ENTITY,
                "the search text is too long",
            )
                .into_response();
        }
        Err(err) => {
            tracing::error!(%err, "registry csv");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let site = state.settings.site_url.0.clone();
    let head = app::registry::open_data::csv_rows(&first.0, &site, true);
    // Where the download has got to: after this row, or done.
    let rest = stream::unfold(first.1, move |after| {
        let (db, query, site) = (state.db.clone(), query.clone(), site.clone());
        async move {
            let cursor = after?;
            let chunk = match company_batch(&db, &query, Some(cursor), BATCH).await {
                Ok((rows, next)) => app::registry::open_data::csv_rows(&rows, &site, false)
                    .map(|bytes| (bytes, next)),
                Err(err) => Err(err),
            };
            Some(match chunk {
                Ok((bytes, next)) => (Ok(Bytes::from(bytes)), next),
                Err(err) => {
                    // The client sees a cut-off download; the log says why.
                    tracing::error!(%err, "registry csv");
                    (Err(std::io::Error::other(err.to_string())), None)
                }
            })
        }
    });
    let head = match head {
        Ok(bytes) => bytes,
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    let body = stream::once(async move { Ok::<_, std::io::Error>(Bytes::from(head)) }).chain(rest);
    (
        [
            (
                header::CONTENT_TYPE,
                "text/csv; charset=utf-8; header=present",
            ),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"socialokonomiske-virksomheder.csv\"",
            ),
            (header::CACHE_CONTROL, "no-cache"),
            (header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"),
        ],
        // Fused: a compressing body may ask again after the end, which `unfold` forbids.
        Body::from_stream(body.fuse()),
    )
        .into_response()
}

pub async fn dataset(State(state): State<AppState>) -> Response {
    let modified = match app::registry::open_data::last_modified(&state.db).await {
        Ok(modified) => modified,
        Err(err) => {
            tracing::error!(%err, "dataset description");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let dataset = app::registry::open_data::dataset(&state.settings.site_url.0, modified);
    (
        [
            (header::CONTENT_TYPE, "application/ld+json"),
            (header::CACHE_CONTROL, "no-cache"),
            (header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"),
        ],
        dataset.to_string(),
    )
        .into_response()
}
