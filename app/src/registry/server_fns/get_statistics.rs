use crate::error::AppError;
use crate::registry::api::Statistics;
use leptos::prelude::*;

/// Public: the registry's figures.
#[server(prefix = "/api", endpoint = "registry/statistics")]
pub async fn get_statistics() -> Result<Statistics, AppError> {
    crate::form::respond(
        async {
            let db = crate::db::use_db()?;
            crate::registry::statistics::statistics(&db).await
        }
        .await,
    )
}
