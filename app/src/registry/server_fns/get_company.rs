use crate::error::AppError;
use crate::registry::api::CompanyDetail;
use leptos::prelude::*;

/// Public: one published company's profile.
#[server(prefix = "/api", endpoint = "registry/get_company")]
pub async fn get_company(cvr: String) -> Result<CompanyDetail, AppError> {
    crate::form::respond(
        async {
            let db = crate::db::use_db()?;
            crate::registry::queries::get_company(&db, &cvr).await
        }
        .await,
    )
}
