use crate::admin::staff::api::StaffInput;
use crate::error::AppError;
use leptos::prelude::*;

/// Admins: name, email, role, municipality and whether the account may sign in.
#[server(prefix = "/api", endpoint = "admin/staff/update")]
pub async fn update_staff(
    id: i32,
    input: StaffInput,
    #[server(default)] active: Option<String>,
) -> Result<(), AppError> {
    use super::ssr::*;
    let result = async {
        let admin = require(&Role::ADMINS).await?;
        let now = chrono::Utc::now();
        staff_queries::update(&use_db()?, &admin, id, &input, active.is_some(), now).await?;
        if is_plain_form_post() {
            leptos_axum::redirect(&format!("/staff/users/{id}?saved=1"));
        }
        Ok(())
    }
    .await;
    respond_keeping(result, &kept(&input))
}
