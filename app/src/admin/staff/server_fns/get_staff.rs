use crate::admin::staff::api::StaffEdit;
use crate::error::AppError;
use leptos::prelude::*;

/// Admins: one member of staff.
#[server(prefix = "/api", endpoint = "admin/staff/get")]
pub async fn get_staff(id: i32) -> Result<StaffEdit, AppError> {
    use super::ssr::*;
    respond(
        async {
            let admin = require(&Role::ADMINS).await?;
            staff_queries::get(&use_db()?, &admin, id, Utc::now()).await
        }
        .await,
    )
}
