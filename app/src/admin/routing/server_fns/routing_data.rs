use crate::admin::routing::api::RoutingData;
use crate::error::AppError;
use leptos::prelude::*;

/// Admins: the routing rules of their municipality, and who may be chosen.
#[server(RoutingDataFn, prefix = "/api", endpoint = "admin/routing")]
pub async fn routing_data() -> Result<RoutingData, AppError> {
    use crate::account::{api::Role, auth};
    crate::form::respond(
        async {
            let admin = auth::require(&Role::ADMINS).await?;
            crate::admin::routing::queries::page(&crate::db::use_db()?, admin.municipality_id).await
        }
        .await,
    )
}
