use crate::error::AppError;
use crate::registry::api::MunicipalityOption;
use leptos::prelude::*;

/// Public: the municipalities the registry can be filtered by.
#[server(prefix = "/api", endpoint = "registry/list_municipalities")]
pub async fn list_municipalities() -> Result<Vec<MunicipalityOption>, AppError> {
    crate::form::respond(
        async {
            let db = crate::db::use_db()?;
            crate::registry::queries::list_municipalities(&db).await
        }
        .await,
    )
}
