use crate::error::AppError;
use leptos::prelude::*;

/// Admins: emails the member of staff a link to choose a (new) password.
#[server(prefix = "/api", endpoint = "admin/staff/password_link")]
pub async fn send_staff_password_link(id: i32) -> Result<(), AppError> {
    use super::ssr::*;
    respond(
        async {
            let admin = require(&Role::ADMINS).await?;
            let site = use_settings()?.site_url;
            staff_queries::send_password_link(
                &use_db()?,
                &admin,
                id,
                &site.0,
                initial_lang(),
                Utc::now(),
            )
            .await?;
            if is_plain_form_post() {
                leptos_axum::redirect(&format!("/staff/users/{id}?sent=1"));
            }
            Ok(())
        }
        .await,
    )
}
