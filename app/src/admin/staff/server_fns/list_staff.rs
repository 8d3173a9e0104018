use crate::admin::staff::api::StaffList;
use crate::error::AppError;
use leptos::prelude::*;

/// Admins: every member of staff of the installation, and the municipalities.
#[server(prefix = "/api", endpoint = "admin/staff")]
pub async fn list_staff() -> Result<StaffList, AppError> {
    use super::ssr::*;
    respond(
        async {
            require(&[Role::Admin]).await?;
            staff_queries::list(&use_db()?, Utc::now()).await
        }
        .await,
    )
}
