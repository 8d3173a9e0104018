use crate::admin::staff::api::StaffList;
use crate::error::AppError;
use leptos::prelude::*;

/// Admins: the members of staff they manage, and the municipalities they administer.
#[server(prefix = "/api", endpoint = "admin/staff")]
pub async fn list_staff() -> Result<StaffList, AppError> {
    use super::ssr::*;
    respond(
        async {
            let admin = require(&Role::ADMINS).await?;
            staff_queries::list(&use_db()?, &admin, Utc::now()).await
        }
        .await,
    )
}
