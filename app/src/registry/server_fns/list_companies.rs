use crate::error::AppError;
use crate::registry::api::{CompanyPage, CompanyQuery};
use leptos::prelude::*;

/// Public: the registry is open data.
#[server(prefix = "/api", endpoint = "registry/list_companies")]
pub async fn list_companies(query: CompanyQuery) -> Result<CompanyPage, AppError> {
    crate::form::respond(
        async {
            let db = crate::db::use_db()?;
            crate::registry::queries::list_companies(&db, &query).await
        }
        .await,
    )
}
