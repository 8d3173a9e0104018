use crate::admin::staff::api::StaffInput;
use crate::error::AppError;
use leptos::prelude::*;

/// Admins: a new member of staff, who gets an emailed link to choose a password.
#[server(prefix = "/api", endpoint = "admin/staff/create")]
pub async fn create_staff(input: StaffInput) -> Result<i32, AppError> {
    use super::ssr::*;
    let result = async {
        let admin = require(&Role::ADMINS).await?;
        let site = use_settings()?.site_url;
        let user = staff_queries::create(
            &use_db()?,
            &admin,
            &input,
            &site.0,
            initial_lang(),
            Utc::now(),
        )
        .await?;
        if is_plain_form_post() {
            leptos_axum::redirect(&format!("/staff/users?created={}", user.id));
        }
        Ok(user.id)
    }
    .await;
    respond_keeping(result, &kept(&input))
}
