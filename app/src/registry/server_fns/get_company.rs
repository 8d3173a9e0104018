use crate::error::AppError;
use crate::registry::api::CompanyDetail;
use leptos::prelude::*;

/// Public: one published company's profile.
#[server(prefix = "/api", endpoint = "registry/get_company")]
pub async fn get_company(cvr: String) -> Result<CompanyDetail, AppError> {
    crate::form::respond(
        async {
            let db = crate::db::use_db()?;
            let mut detail = crate::registry::queries::get_company(&db, &cvr).await?;
            detail.site_url = crate::settings::use_settings()?.site_url.0;
            Ok(detail)
        }
        .await,
    )
}
