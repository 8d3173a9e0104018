use crate::admin::municipalities::api::MunicipalityRow;
use crate::error::AppError;
use leptos::prelude::*;

#[server(prefix = "/api", endpoint = "admin/municipalities")]
pub async fn list_municipalities_admin() -> Result<Vec<MunicipalityRow>, AppError> {
    use crate::account::{api::Role, auth};
    crate::form::respond(
        async {
            auth::require(&[Role::SuperAdmin]).await?;
            crate::admin::municipalities::queries::list(&crate::db::use_db()?).await
        }
        .await,
    )
}
